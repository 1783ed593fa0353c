/* juxta-sources-button.h: where the deck's facts come from, how fresh they are,
 * and what checking the deck found */
#pragma once

#include <gtk/gtk.h>

#include "juxta-deck.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_SOURCES_BUTTON (juxta_sources_button_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaSourcesButton, juxta_sources_button, JUXTA, SOURCES_BUTTON, GtkWidget)

GtkWidget *juxta_sources_button_new          (void);
void       juxta_sources_button_set_deck     (JuxtaSourcesButton *self,
                                              JuxtaDeck          *deck,
                                              int                 verified_age);
void       juxta_sources_button_set_warnings (JuxtaSourcesButton *self,
                                              guint               n_warnings);

G_END_DECLS
