/* juxta-window.h: the workbench window */
#pragma once

#include <adwaita.h>

#include "juxta-advisor.h"
#include "juxta-application.h"
#include "juxta-deck.h"
#include "juxta-export.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_WINDOW (juxta_window_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaWindow, juxta_window, JUXTA, WINDOW, AdwApplicationWindow)

JuxtaWindow         *juxta_window_new                (JuxtaApplication   *application);
JuxtaWindow         *juxta_window_new_deferred       (JuxtaApplication   *application);
void                 juxta_window_open_file          (JuxtaWindow        *self,
                                                      GFile              *file);
gboolean             juxta_window_load_deck          (JuxtaWindow        *self,
                                                      const char         *path,
                                                      GError            **error);
gboolean             juxta_window_export_to_file     (JuxtaWindow        *self,
                                                      GFile              *file,
                                                      JuxtaExportFormat   format,
                                                      GError            **error);
JuxtaDeck           *juxta_window_get_deck           (JuxtaWindow        *self);
const JuxtaScenario *juxta_window_get_scenario       (JuxtaWindow        *self);
const JuxtaAdvice   *juxta_window_get_advice         (JuxtaWindow        *self);
GPtrArray           *juxta_window_get_talking_points (JuxtaWindow        *self);
guint                juxta_window_get_chart_priority (JuxtaWindow        *self);
void                 juxta_window_set_accels         (GtkApplication     *application);

G_END_DECLS
