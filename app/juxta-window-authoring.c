/* juxta-window-authoring.c: writing a deck with the window
 *
 * New Deck… writes the deck `juxta --new` writes (every text says what
 * belongs there) where the user chooses, never over a file, and opens
 * it; Open in Editor hands the deck's file to the application that opens
 * such files.  The window follows each save of it (juxta-window-deck.c),
 * and lists what checking it found, as `juxta --check` says it
 * (juxta-window.c): a live preview.
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-file-dialog.h"
#include "juxta-paths.h"
#include "juxta-starter-deck.h"
#include "juxta-window-private.h"

static char *
render_starter_deck (const char  *path,
                     GError     **error)
{
  g_autofree char *id = juxta_starter_deck_make_id_for_file (path);
  g_autofree char *today = juxta_export_today ();
  g_autofree char *schema = juxta_paths_deck_json_schema ();
  g_autofree char *schema_uri = g_filename_to_uri (schema, NULL, NULL);
  JuxtaStarterDeckSpec spec = { id, NULL, NULL, today, schema_uri };

  return juxta_starter_deck_render (&spec, error);
}

static gboolean
has_json_suffix (const char *name)
{
  gsize length = strlen (name);

  return length > 5 && g_ascii_strcasecmp (name + length - 5, ".json") == 0;
}

static void
deck_created (JuxtaWindow *self,
              const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);
  /* TRANSLATORS: a toast after New Deck… "New deck “my-deck.json”: …" */
  g_autofree char *message = g_strdup_printf (_("New deck “%s”: edit it in any text editor, and the window "
                                                "follows each save"), name);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("Open in _Editor"));
  adw_toast_set_action_name (toast, "win.edit-deck");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Writes a starter deck (juxta --new's) to @file, which must not exist,
 * and opens it: editing it in a text editor is then a live preview.  An
 * existing file is left as it is, and the bar says so. */
gboolean
juxta_window_new_deck_at (JuxtaWindow  *self,
                          GFile        *file,
                          GError      **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *deck = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (JUXTA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* A deck is a .json file: the open dialog and editors look for that.
   * "deck.v2" is not one; "Deck.JSON" is. */
  if (path != NULL && !has_json_suffix (base))
    {
      char *with_suffix = g_strconcat (path, ".json", NULL);

      g_free (path);
      path = with_suffix;
    }
  if (path == NULL)
    g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Could not create the deck: only local files can be written"));
  else if ((deck = render_starter_deck (path, &local_error)) != NULL)
    juxta_export_save_new (path, deck, strlen (deck), &local_error);
  if (local_error != NULL)
    {
      g_autofree char *name = path != NULL ? g_path_get_basename (path) : NULL;
      g_autofree char *summary = NULL;

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        /* TRANSLATORS: New Deck… was given a file that exists */
        summary = g_strdup_printf (_("“%s” already exists, and a new deck never replaces a file: it was left "
                                     "as it was. Choose another name, or open that deck with Open…"), name);
      _juxta_window_show_errors (self, summary != NULL ? summary : local_error->message, NULL, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!juxta_window_load_deck (self, path, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  _juxta_window_remember_recent (self, path);
  deck_created (self, path);
  return TRUE;
}

static void
new_deck_chosen (GFile         *file,
                 GtkFileFilter *filter,
                 gpointer       self)
{
  juxta_window_new_deck_at (self, file, NULL);
}

/* Asks where the new deck goes; the file chooser offers to replace an
 * existing file, which New Deck then refuses (GTK 4.8's chooser cannot be
 * told not to ask). */
void
_juxta_window_new_deck (JuxtaWindow *self)
{
  GtkFileChooserNative *dialog;

  if (self->chosen_file != NULL)
    {
      juxta_window_new_deck_at (self, self->chosen_file, NULL);
      return;
    }
  dialog = juxta_file_dialog_new (GTK_WINDOW (self), _("New Deck"), GTK_FILE_CHOOSER_ACTION_SAVE, _("C_reate"));
  juxta_file_dialog_add_filter (dialog, _("Juxta decks (JSON)"), "*.json");
  /* TRANSLATORS: the file name New Deck… suggests; the deck's id is made from it */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("My deck.json"));
  juxta_file_dialog_run (dialog, new_deck_chosen, self);
}

/* The deck's file, in the application that opens such files: with the
 * window following each save, a live preview. */
void
_juxta_window_edit_deck (JuxtaWindow *self)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autoptr(GError) error = NULL;

  if (deck == NULL || juxta_deck_get_path (deck) == NULL)
    return;
  file = g_file_new_for_path (juxta_deck_get_path (deck));
  uri = g_file_get_uri (file);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));
  if (!g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* TRANSLATORS: "Could not open “deck.json”: <reason>" */
      g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);

      _juxta_window_toast (self, message);
    }
}
