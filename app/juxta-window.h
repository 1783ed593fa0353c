/* juxta-window.h: the workbench window */
#pragma once

#include <adwaita.h>

#include "juxta-application.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_WINDOW (juxta_window_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaWindow, juxta_window, JUXTA, WINDOW, AdwApplicationWindow)

JuxtaWindow *juxta_window_new        (JuxtaApplication *application);
void         juxta_window_open_file  (JuxtaWindow      *self,
                                      GFile            *file);
void         juxta_window_set_accels (GtkApplication   *application);

G_END_DECLS
