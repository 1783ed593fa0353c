/* juxta-phrase-guard-pane-private.h: the text and the findings, for tests */
#pragma once

#include "juxta-phrase-guard-pane.h"

G_BEGIN_DECLS

GtkTextBuffer *juxta_phrase_guard_pane_get_buffer      (JuxtaPhraseGuardPane *self);
guint          juxta_phrase_guard_pane_get_n_findings  (JuxtaPhraseGuardPane *self);
gboolean       juxta_phrase_guard_pane_get_pending     (JuxtaPhraseGuardPane *self);

G_END_DECLS
