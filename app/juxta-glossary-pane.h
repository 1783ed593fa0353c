/* juxta-glossary-pane.h: the deck's terms, searchable as you type */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_GLOSSARY_PANE (juxta_glossary_pane_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaGlossaryPane, juxta_glossary_pane, JUXTA, GLOSSARY_PANE, GtkWidget)

GtkWidget *juxta_glossary_pane_new           (void);
void       juxta_glossary_pane_set_session   (JuxtaGlossaryPane *self,
                                              JuxtaSession      *session);
void       juxta_glossary_pane_focus_search  (JuxtaGlossaryPane *self);

G_END_DECLS
