/* juxta-file-dialog.c: asking for a file, and saving to it
 *
 * GTK 4.8 has no GtkFileDialog: a GtkFileChooserNative it is, which goes
 * through the portal where there is one.
 */

#define G_LOG_DOMAIN "juxta-file-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-file-dialog.h"

/* The owner (the window or dialog that asked) may be closed while the
 * chooser is open: it is held weakly, and a file chosen after it is gone
 * goes nowhere. */
typedef struct
{
  JuxtaFileChosenFunc chosen;
  GWeakRef            owner;
} Run;

/* A chooser with the usual Cancel, for juxta_file_dialog_run (). */
GtkFileChooserNative *
juxta_file_dialog_new (GtkWindow            *parent,
                       const char           *title,
                       GtkFileChooserAction  action,
                       const char           *accept_label)
{
  return gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
}

/* Offers the files whose names match @pattern, under @name; returns the
 * filter, which @dialog owns. */
GtkFileFilter *
juxta_file_dialog_add_filter (GtkFileChooserNative *dialog,
                              const char           *name,
                              const char           *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  return filter;
}

static void
run_free (Run *run)
{
  g_weak_ref_clear (&run->owner);
  g_free (run);
}

static gboolean
is_gone (GObject *owner)
{
  /* A destroyed window may live on a while, held by whoever still has a
   * reference: it is gone all the same. */
  return owner == NULL || (GTK_IS_WINDOW (owner) && !gtk_widget_get_realized (GTK_WIDGET (owner)));
}

static void
response_cb (GtkNativeDialog *dialog,
             int              response,
             Run             *run)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&run->owner);

  if (response == GTK_RESPONSE_ACCEPT && !is_gone (owner))
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      run->chosen (file, gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog)), owner);
    }
  run_free (run);
  g_object_unref (dialog);
}

/* Shows @dialog (taken) over its parent; @chosen gets the file, and
 * @owner, when the user accepts one while @owner is still there. */
void
juxta_file_dialog_run (GtkFileChooserNative *dialog,
                       JuxtaFileChosenFunc   chosen,
                       gpointer              owner)
{
  Run *run;

  g_return_if_fail (GTK_IS_FILE_CHOOSER_NATIVE (dialog));
  g_return_if_fail (G_IS_OBJECT (owner));

  run = g_new0 (Run, 1);
  run->chosen = chosen;
  g_weak_ref_init (&run->owner, owner);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), run);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Where to write @file: its path, or NULL and @error when it has none (a
 * file of a remote place, which is not written). */
char *
juxta_file_dialog_local_path (GFile   *file,
                              GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Could not save: only local files can be written"));
  return path;
}

/* How a dialog that saves to @path ends: with @local_error (taken), its
 * message under the dialog's fields, which stay as typed, and FALSE; else
 * the dialog's "saved" signal, with @path, and the dialog closes. */
gboolean
juxta_file_dialog_end_save (GtkWindow   *dialog,
                            GtkLabel    *error_label,
                            const char  *path,
                            GError      *local_error,
                            GError     **error)
{
  if (local_error != NULL)
    {
      gtk_label_set_label (error_label, local_error->message);
      gtk_widget_set_visible (GTK_WIDGET (error_label), TRUE);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  g_signal_emit_by_name (dialog, "saved", path);
  gtk_window_close (dialog);
  return TRUE;
}
