/* juxta-scenario-dialog.h: save the scenario on screen to a file, with notes */
#pragma once

#include <adwaita.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_SCENARIO_DIALOG (juxta_scenario_dialog_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaScenarioDialog, juxta_scenario_dialog, JUXTA, SCENARIO_DIALOG, AdwWindow)

JuxtaScenarioDialog *juxta_scenario_dialog_new       (GtkWindow           *parent,
                                                      JuxtaSession        *session);

G_END_DECLS
