/* juxta-meeting-cards.h: the spoken-ready answer and the bottom line, each copyable */
#pragma once

#include <gtk/gtk.h>

#include "juxta-deck.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_MEETING_CARDS (juxta_meeting_cards_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaMeetingCards, juxta_meeting_cards, JUXTA, MEETING_CARDS, GtkWidget)

GtkWidget  *juxta_meeting_cards_new              (void);
void        juxta_meeting_cards_set_deck         (JuxtaMeetingCards *self,
                                                  JuxtaDeck         *deck,
                                                  guint              audience);
const char *juxta_meeting_cards_get_answer       (JuxtaMeetingCards *self);
char       *juxta_meeting_cards_dup_bottom_line  (JuxtaMeetingCards *self);

G_END_DECLS
