/* juxta-window.h: the workbench window */
#pragma once

#include <adwaita.h>

#include "juxta-application.h"
#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_WINDOW (juxta_window_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaWindow, juxta_window, JUXTA, WINDOW, AdwApplicationWindow)

JuxtaWindow  *juxta_window_new          (JuxtaApplication *application);
JuxtaWindow  *juxta_window_new_deferred (JuxtaApplication *application);
void          juxta_window_open_file    (JuxtaWindow      *self,
                                         GFile            *file);
JuxtaSession *juxta_window_get_session  (JuxtaWindow      *self);

G_END_DECLS
