/* juxta-problems-dialog.h: every problem of a deck, where it is */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JUXTA_TYPE_PROBLEMS_DIALOG (juxta_problems_dialog_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaProblemsDialog, juxta_problems_dialog, JUXTA, PROBLEMS_DIALOG, AdwWindow)

JuxtaProblemsDialog *juxta_problems_dialog_new               (GtkWindow           *parent,
                                                              const char          *path,
                                                              GPtrArray           *diagnostics);
JuxtaProblemsDialog *juxta_problems_dialog_new_for_open_deck (GtkWindow           *parent,
                                                              const char          *path,
                                                              GPtrArray           *diagnostics);
const char          *juxta_problems_dialog_get_path          (JuxtaProblemsDialog *self);
guint                juxta_problems_dialog_get_n_problems    (JuxtaProblemsDialog *self);
GtkWidget           *juxta_problems_dialog_get_row           (JuxtaProblemsDialog *self,
                                                              guint                index);

G_END_DECLS
