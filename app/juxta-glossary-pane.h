/* juxta-glossary-pane.h: the deck's terms, searchable as you type */
#pragma once

#include <gtk/gtk.h>

#include "juxta-deck.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_GLOSSARY_PANE (juxta_glossary_pane_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaGlossaryPane, juxta_glossary_pane, JUXTA, GLOSSARY_PANE, GtkWidget)

GtkWidget *juxta_glossary_pane_new           (void);
void       juxta_glossary_pane_set_deck      (JuxtaGlossaryPane *self,
                                              JuxtaDeck         *deck);
void       juxta_glossary_pane_set_search    (JuxtaGlossaryPane *self,
                                              const char        *text);
void       juxta_glossary_pane_focus_search  (JuxtaGlossaryPane *self);
guint      juxta_glossary_pane_get_n_visible (JuxtaGlossaryPane *self);

G_END_DECLS
