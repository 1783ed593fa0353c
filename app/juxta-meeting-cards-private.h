/* juxta-meeting-cards-private.h: what the cards show, for tests */
#pragma once

#include "juxta-meeting-cards.h"

G_BEGIN_DECLS

const char *juxta_meeting_cards_get_answer       (JuxtaMeetingCards *self);
char       *juxta_meeting_cards_dup_bottom_line  (JuxtaMeetingCards *self);

G_END_DECLS
