/* juxta-file-dialog.h: asking for a file, and saving to it
 *
 * What the window and its dialogs (Save Scenario, the decision record)
 * share around a file: a native file chooser, run modally, that hands
 * the chosen file back; the local path a file needs to be written; and
 * how a dialog ends a save.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The user accepted @file, with @filter chosen (or NULL), for @owner. */
typedef void (*JuxtaFileChosenFunc) (GFile         *file,
                                     GtkFileFilter *filter,
                                     gpointer       owner);

GtkFileChooserNative *juxta_file_dialog_new         (GtkWindow             *parent,
                                                     const char            *title,
                                                     GtkFileChooserAction   action,
                                                     const char            *accept_label);
GtkFileFilter        *juxta_file_dialog_add_filter  (GtkFileChooserNative  *dialog,
                                                     const char            *name,
                                                     const char            *pattern);
void                  juxta_file_dialog_run         (GtkFileChooserNative  *dialog,
                                                     JuxtaFileChosenFunc    chosen,
                                                     gpointer               owner);

char                 *juxta_file_dialog_local_path  (GFile                 *file,
                                                     GError               **error);
gboolean              juxta_file_dialog_end_save    (GtkWindow             *dialog,
                                                     GtkLabel              *error_label,
                                                     const char            *path,
                                                     GError                *local_error,
                                                     GError               **error);

G_END_DECLS
