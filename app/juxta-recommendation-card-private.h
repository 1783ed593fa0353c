/* juxta-recommendation-card-private.h: what the card shows, for tests */
#pragma once

#include "juxta-recommendation-card.h"

G_BEGIN_DECLS

const char *juxta_recommendation_card_get_headline (JuxtaRecommendationCard *self);

G_END_DECLS
