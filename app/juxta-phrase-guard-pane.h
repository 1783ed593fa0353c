/* juxta-phrase-guard-pane.h: type what you plan to say, see what to avoid */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_PHRASE_GUARD_PANE (juxta_phrase_guard_pane_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaPhraseGuardPane, juxta_phrase_guard_pane, JUXTA, PHRASE_GUARD_PANE, GtkWidget)

GtkWidget     *juxta_phrase_guard_pane_new             (void);
void           juxta_phrase_guard_pane_set_session     (JuxtaPhraseGuardPane *self,
                                                        JuxtaSession         *session);
void           juxta_phrase_guard_pane_focus           (JuxtaPhraseGuardPane *self);

G_END_DECLS
