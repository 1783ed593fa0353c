/* juxta-scenario-dialog-private.h: what the notes field and the file chooser do, for tests */
#pragma once

#include "juxta-scenario-dialog.h"

G_BEGIN_DECLS

void                 juxta_scenario_dialog_set_notes (JuxtaScenarioDialog *self,
                                                      const char          *notes);
gboolean             juxta_scenario_dialog_save_to   (JuxtaScenarioDialog *self,
                                                      GFile               *file,
                                                      GError             **error);

G_END_DECLS
