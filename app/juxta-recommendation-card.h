/* juxta-recommendation-card.h: the leader, the verdict, why, and what would change it */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_RECOMMENDATION_CARD (juxta_recommendation_card_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaRecommendationCard, juxta_recommendation_card, JUXTA, RECOMMENDATION_CARD, GtkWidget)

GtkWidget  *juxta_recommendation_card_new         (void);
void        juxta_recommendation_card_set_session (JuxtaRecommendationCard *self,
                                                   JuxtaSession            *session);

G_END_DECLS
