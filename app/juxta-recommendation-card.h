/* juxta-recommendation-card.h: the leader, the verdict, why, and what would change it */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_RECOMMENDATION_CARD (juxta_recommendation_card_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaRecommendationCard, juxta_recommendation_card, JUXTA, RECOMMENDATION_CARD, GtkWidget)

GtkWidget  *juxta_recommendation_card_new                      (void);
void        juxta_recommendation_card_set_session              (JuxtaRecommendationCard *self,
                                                                JuxtaSession            *session);
void        juxta_recommendation_card_set_stacked              (JuxtaRecommendationCard *self,
                                                                gboolean                 stacked);
void        juxta_recommendation_card_set_show_tipping_points  (JuxtaRecommendationCard *self,
                                                                gboolean                 show);

G_END_DECLS
