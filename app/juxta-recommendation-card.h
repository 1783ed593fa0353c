/* juxta-recommendation-card.h: the leader, the verdict, why, and what would change it */
#pragma once

#include <gtk/gtk.h>

#include "juxta-advisor.h"
#include "juxta-deck.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_RECOMMENDATION_CARD (juxta_recommendation_card_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaRecommendationCard, juxta_recommendation_card, JUXTA, RECOMMENDATION_CARD, GtkWidget)

GtkWidget  *juxta_recommendation_card_new        (void);
void        juxta_recommendation_card_set_advice (JuxtaRecommendationCard *self,
                                                  JuxtaDeck               *deck,
                                                  const JuxtaAdvice       *advice);
const char *juxta_recommendation_card_get_headline (JuxtaRecommendationCard *self);

G_END_DECLS
