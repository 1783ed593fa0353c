/* juxta-glossary-pane-private.h: the search and what it finds, for tests */
#pragma once

#include "juxta-glossary-pane.h"

G_BEGIN_DECLS

void       juxta_glossary_pane_set_search    (JuxtaGlossaryPane *self,
                                              const char        *text);
guint      juxta_glossary_pane_get_n_visible (JuxtaGlossaryPane *self);

G_END_DECLS
