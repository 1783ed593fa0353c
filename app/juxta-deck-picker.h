/* juxta-deck-picker.h: the header bar's deck menu: bundled, user and recent decks and scenarios */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define JUXTA_TYPE_DECK_PICKER (juxta_deck_picker_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaDeckPicker, juxta_deck_picker, JUXTA, DECK_PICKER, GtkWidget)

GtkWidget *juxta_deck_picker_new         (void);
void       juxta_deck_picker_set_current (JuxtaDeckPicker    *self,
                                          const char         *title,
                                          const char         *path);
void       juxta_deck_picker_set_recent  (JuxtaDeckPicker    *self,
                                          const char *const  *paths);
void       juxta_deck_picker_set_scenario (JuxtaDeckPicker   *self,
                                           const char        *name,
                                           const char        *path);
void       juxta_deck_picker_set_compact (JuxtaDeckPicker    *self,
                                          gboolean            compact);

G_END_DECLS
