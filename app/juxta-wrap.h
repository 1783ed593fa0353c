/* juxta-wrap.h: how deck text wraps: at word boundaries, never inside a word */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A run of more characters than this with no place to break is not a word
 * (a product code, a path, an address): it may break anywhere. */
#define JUXTA_WRAP_LONGEST_WORD 24

guint          juxta_wrap_longest_run   (const char *text);
PangoWrapMode  juxta_wrap_mode_for      (const char *text);
void           juxta_wrap_label         (GtkLabel   *label,
                                         const char *text);
void           juxta_wrap_label_or_hide (GtkLabel   *label,
                                         const char *text);

G_END_DECLS
