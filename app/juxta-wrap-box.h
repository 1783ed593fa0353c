/* juxta-wrap-box.h: children in a row, at their natural widths, wrapping to more lines */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define JUXTA_TYPE_WRAP_BOX (juxta_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaWrapBox, juxta_wrap_box, JUXTA, WRAP_BOX, GtkWidget)

GtkWidget *juxta_wrap_box_new        (int           spacing);
void       juxta_wrap_box_append     (JuxtaWrapBox *self,
                                      GtkWidget    *child);
void       juxta_wrap_box_remove_all (JuxtaWrapBox *self);

G_END_DECLS
