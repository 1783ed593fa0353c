/* juxta-application.h: the application: actions, accelerators and windows */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JUXTA_TYPE_APPLICATION (juxta_application_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaApplication, juxta_application, JUXTA, APPLICATION, AdwApplication)

JuxtaApplication *juxta_application_new          (void);
GSettings        *juxta_application_get_settings (JuxtaApplication *self);

G_END_DECLS
