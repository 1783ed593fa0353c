/* juxta-meeting-cards.h: the spoken-ready answer and the bottom line, each copyable */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_MEETING_CARDS (juxta_meeting_cards_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaMeetingCards, juxta_meeting_cards, JUXTA, MEETING_CARDS, GtkWidget)

GtkWidget  *juxta_meeting_cards_new              (void);
void        juxta_meeting_cards_set_session      (JuxtaMeetingCards *self,
                                                  JuxtaSession      *session);

G_END_DECLS
