/* juxta-window-deck.c: decks and scenario files coming into the window
 *
 * Loading a deck or a scenario file (from the open dialog, a drop, the
 * deck menu or the command line), the first deck of a launch after the
 * first frame (a file named at launch is that first deck: one deck is
 * laid out, never two), reloading a deck whose file changed, and the
 * per-deck settings that bring back the last sliders.  A file with errors
 * never replaces what is on screen: its errors are shown instead.
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-catalog.h"
#include "juxta-deck-loader.h"
#include "juxta-file-dialog.h"
#include "juxta-window-private.h"

#define MAX_RECENT_FILES 8
#define SAVE_STATE_DELAY_MS 1000
/* Editors write a file in several steps: reload once they are done. */
#define RELOAD_DELAY_MS 150

/* ------------------------------------------------- per-deck settings */

/* The scenario on screen is kept per deck id, without its notes (they
 * belong to scenario files); the audience is kept across decks. */
void
_juxta_window_save_deck_state (JuxtaWindow *self)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  g_autoptr(GVariant) states = NULL;
  g_autoptr(GVariant) state = NULL;
  GVariantBuilder builder;
  GVariantDict dict;
  GVariantIter iter;
  const char *id;
  GVariant *value;

  g_clear_handle_id (&self->save_state_id, g_source_remove);
  if (deck == NULL)
    return;

  state = juxta_session_save_state (self->session);
  g_variant_dict_init (&dict, state);
  g_variant_dict_remove (&dict, "notes");
  states = g_settings_get_value (self->settings, "deck-scenarios");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sa{sv}}"));
  g_variant_iter_init (&iter, states);
  while (g_variant_iter_next (&iter, "{&s@a{sv}}", &id, &value))
    {
      if (!g_str_equal (id, juxta_deck_get_id (deck)))
        g_variant_builder_add (&builder, "{s@a{sv}}", id, value);
      g_variant_unref (value);
    }
  g_variant_builder_add (&builder, "{s@a{sv}}", juxta_deck_get_id (deck), g_variant_dict_end (&dict));
  g_settings_set_value (self->settings, "deck-scenarios", g_variant_builder_end (&builder));
}

static gboolean
save_deck_state_timeout (gpointer user_data)
{
  JuxtaWindow *self = user_data;

  self->save_state_id = 0;
  _juxta_window_save_deck_state (self);
  return G_SOURCE_REMOVE;
}

/* Settings are written a moment after the last change, not per slider step. */
void
_juxta_window_scenario_changed (JuxtaWindow *self)
{
  g_clear_handle_id (&self->save_state_id, g_source_remove);
  self->save_state_id = g_timeout_add (SAVE_STATE_DELAY_MS, save_deck_state_timeout, self);
}

static GVariant *
saved_deck_state (JuxtaWindow *self,
                  JuxtaDeck   *deck)
{
  g_autoptr(GVariant) states = g_settings_get_value (self->settings, "deck-scenarios");
  g_autoptr(GVariant) state = g_variant_lookup_value (states, juxta_deck_get_id (deck), G_VARIANT_TYPE_VARDICT);
  g_autofree char *audience = g_settings_get_string (self->settings, "audience");
  GVariantDict dict;

  g_variant_dict_init (&dict, state);
  g_variant_dict_insert (&dict, "audience", "s", audience);
  return g_variant_ref_sink (g_variant_dict_end (&dict));
}

void
_juxta_window_remember_recent (JuxtaWindow *self,
                               const char  *path)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-decks");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT_FILES; i++)
    if (!g_str_equal (old[i], path))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-decks", (const char *const *) recent);
  juxta_deck_picker_set_recent (self->deck_picker, (const char *const *) recent);
}

/* ------------------------------------------------------------ errors */

static void
show_file_errors (JuxtaWindow *self,
                  const char  *path,
                  GPtrArray   *diagnostics,
                  GError      *error)
{
  g_autofree char *name = g_path_get_basename (path);
  const char *first = error->message;
  g_autofree char *summary = NULL;

  /* The bar shows the first problem; Details lists every one. */
  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);
      if (d->severity == JUXTA_SEVERITY_ERROR)
        {
          first = d->message;
          break;
        }
    }
  if (juxta_session_get_deck (self->session) != NULL)
    /* TRANSLATORS: "“deck.json” was not opened: <problem>. The deck on screen stays." */
    summary = g_strdup_printf (_("“%s” was not opened: %s. The deck on screen stays."), name, first);
  else
    summary = g_strdup_printf (_("“%s” was not opened: %s."), name, first);
  _juxta_window_show_errors (self, summary, path, diagnostics);
}

/* A scenario that opened with warnings: its deck changed since it was
 * saved, or it names things the deck no longer has. */
static void
show_scenario_warnings (JuxtaWindow *self,
                        GPtrArray   *diagnostics)
{
  gboolean changed = juxta_session_get_deck_changed (self->session);
  guint n_left_out = diagnostics->len - (changed ? 1 : 0);
  g_autoptr(GString) text = g_string_new (NULL);

  if (changed)
    g_string_append (text, _("The deck has changed since this scenario was saved: check the sliders, "
                             "must-haves and hidden options before you rely on them."));
  if (n_left_out > 0)
    {
      g_autofree char *left_out =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u setting names something the deck does not have, and was left out.",
                                      "%u settings name things the deck does not have, and were left out.",
                                      n_left_out),
                         n_left_out);
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", left_out);
    }
  gtk_label_set_label (self->scenario_label, text->str);
  gtk_revealer_set_reveal_child (self->scenario_revealer, text->len > 0);
}

/* ----------------------------------------------------------- loading */

static gboolean open_first_file (JuxtaWindow   *self,
                                 const char    *path,
                                 JuxtaFileKind  kind,
                                 GError       **error);

/* Shows the deck at @path; on failure leaves everything as it was and
 * says nothing. */
static gboolean
try_load_deck (JuxtaWindow  *self,
               const char   *path,
               GPtrArray   **diagnostics,
               GError      **error)
{
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GPtrArray) found = NULL;

  /* The loader's warnings are the deck's, whoever asked for it. */
  deck = juxta_deck_load_file (path, &found, error);
  if (diagnostics != NULL)
    *diagnostics = found != NULL ? g_ptr_array_ref (found) : NULL;
  if (deck == NULL)
    return FALSE;

  _juxta_window_hide_errors (self);
  gtk_revealer_set_reveal_child (self->scenario_revealer, FALSE);
  _juxta_window_save_deck_state (self);
  state = saved_deck_state (self, deck);
  _juxta_window_take_load_warnings (self, found);
  juxta_session_set_deck (self->session, deck, state);
  g_settings_set_string (self->settings, "last-deck", path);
  return TRUE;
}

/* The same for a scenario file and its deck. */
static gboolean
try_load_scenario (JuxtaWindow  *self,
                   const char   *path,
                   GPtrArray   **diagnostics,
                   GError      **error)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-decks");
  JuxtaDeck *deck;

  _juxta_window_save_deck_state (self);
  if (!juxta_session_load_file (self->session, path, (const char *const *) recent, diagnostics, error))
    return FALSE;

  _juxta_window_hide_errors (self);
  show_scenario_warnings (self, *diagnostics);
  deck = juxta_session_get_deck (self->session);
  if (juxta_deck_get_path (deck) != NULL)
    g_settings_set_string (self->settings, "last-deck", juxta_deck_get_path (deck));
  return TRUE;
}

/* A deck or a scenario file, as @kind says. */
static gboolean
try_load (JuxtaWindow    *self,
          const char     *path,
          JuxtaFileKind   kind,
          GPtrArray     **diagnostics,
          GError        **error)
{
  if (kind == JUXTA_FILE_SCENARIO)
    return try_load_scenario (self, path, diagnostics, error);
  return try_load_deck (self, path, diagnostics, error);
}

/* The same, saying why when it fails. */
static gboolean
load (JuxtaWindow    *self,
      const char     *path,
      JuxtaFileKind   kind,
      GError        **error)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) local_error = NULL;

  if (self->first_deck_pending)
    return open_first_file (self, path, kind, error);
  if (!try_load (self, path, kind, &diagnostics, &local_error))
    {
      show_file_errors (self, path, diagnostics, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
juxta_window_load_deck (JuxtaWindow *self,
                        const char  *path,
                        GError     **error)
{
  g_return_val_if_fail (JUXTA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return load (self, path, JUXTA_FILE_DECK, error);
}

gboolean
juxta_window_load_scenario (JuxtaWindow *self,
                            const char  *path,
                            GError     **error)
{
  g_return_val_if_fail (JUXTA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return load (self, path, JUXTA_FILE_SCENARIO, error);
}

/* Opens a deck or a scenario file, told apart by their "format".  In a
 * window that waits for its first frame (a launch on a file: the command
 * line, Files' Open With, a D-Bus activation), the file is only noted
 * here: after that frame it is the first deck, the only one laid out,
 * and nothing is read before. */
void
juxta_window_open_file (JuxtaWindow *self,
                        GFile       *file)
{
  g_autofree char *path = g_file_get_path (file);
  gboolean opened;

  g_return_if_fail (JUXTA_IS_WINDOW (self));

  if (path == NULL)
    {
      _juxta_window_toast (self, _("Only local files can be opened"));
      return;
    }
  if (self->first_deck_pending)
    {
      g_free (self->first_file);
      self->first_file = g_steal_pointer (&path);
      return;
    }
  if (juxta_file_kind_of (path) == JUXTA_FILE_SCENARIO)
    opened = juxta_window_load_scenario (self, path, NULL);
  else
    opened = juxta_window_load_deck (self, path, NULL);
  if (opened)
    _juxta_window_remember_recent (self, path);
}

/* ---------------------------------------------- the first deck, deferred */

static void
stop_waiting_for_first_frame (JuxtaWindow *self)
{
  if (self->first_frame_clock != NULL)
    g_clear_signal_handler (&self->first_frame_id, self->first_frame_clock);
  g_clear_object (&self->first_frame_clock);
}

/* The window's first deck is about to be laid out: nothing waits for it
 * any more. */
static void
first_deck_settled (JuxtaWindow *self)
{
  self->first_deck_pending = FALSE;
  g_clear_pointer (&self->first_file, g_free);
  g_clear_handle_id (&self->first_deck_id, g_source_remove);
  stop_waiting_for_first_frame (self);
}

/* The last deck, or the first bundled one. */
static void
load_default_deck (JuxtaWindow *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-deck");
  g_autoptr(GPtrArray) entries = NULL;

  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR) &&
      try_load_deck (self, last, NULL, NULL))
    return;

  entries = juxta_catalog_list (NULL);
  if (entries->len > 0 &&
      try_load_deck (self, ((JuxtaCatalogEntry *) g_ptr_array_index (entries, 0))->path, NULL, NULL))
    return;
  juxta_deck_picker_set_current (self->deck_picker, _("No deck"), NULL);
  _juxta_window_show_errors (self, _("No decks were found. Open a deck file with Open… (Ctrl+O)."), NULL, NULL);
}

/* The first deck of a window, when a file was named for it: that file is
 * the first and only deck laid out.  When it cannot be opened, the deck
 * the window would have shown without it comes instead, with the file's
 * errors in the bar above it, as when a file fails over a deck on
 * screen.  @kind is what the caller takes the file for (UNKNOWN: tell
 * from its "format"). */
static gboolean
open_first_file (JuxtaWindow   *self,
                 const char    *path,
                 JuxtaFileKind  kind,
                 GError       **error)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *file = g_strdup (path);

  first_deck_settled (self);
  if (kind == JUXTA_FILE_UNKNOWN)
    kind = juxta_file_kind_of (file) == JUXTA_FILE_SCENARIO ? JUXTA_FILE_SCENARIO : JUXTA_FILE_DECK;
  if (try_load (self, file, kind, &diagnostics, &local_error))
    return TRUE;

  load_default_deck (self);
  show_file_errors (self, file, diagnostics, local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
load_first_deck (JuxtaWindow *self)
{
  g_autofree char *file = g_steal_pointer (&self->first_file);

  if (file == NULL)
    {
      first_deck_settled (self);
      load_default_deck (self);
    }
  else if (open_first_file (self, file, JUXTA_FILE_UNKNOWN, NULL))
    _juxta_window_remember_recent (self, file);
}

void
_juxta_window_load_first_deck (JuxtaWindow *self)
{
  load_first_deck (self);
}

static gboolean
load_first_deck_idle (gpointer user_data)
{
  JuxtaWindow *self = user_data;

  self->first_deck_id = 0;
  if (self->first_deck_pending)
    load_first_deck (self);
  return G_SOURCE_REMOVE;
}

static void
first_frame_drawn_cb (GdkFrameClock *clock,
                      JuxtaWindow   *self)
{
  stop_waiting_for_first_frame (self);
  if (self->first_deck_id == 0)
    self->first_deck_id = g_idle_add (load_first_deck_idle, self);
}

static void
deferred_window_mapped_cb (GtkWidget *widget)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  g_signal_handlers_disconnect_by_func (self, deferred_window_mapped_cb, NULL);
  stop_waiting_for_first_frame (self);
  if (!self->first_deck_pending)
    return;
  self->first_frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->first_frame_id = g_signal_connect (self->first_frame_clock, "after-paint",
                                           G_CALLBACK (first_frame_drawn_cb), self);
}

/* A launched window: it is drawn without a deck, and its first deck (the
 * file named at launch, if any: juxta_window_open_file) is read and laid
 * out after that first frame.  Before it nothing is read: no deck, no
 * scenario, no catalog. */
void
_juxta_window_defer_first_deck (JuxtaWindow *self)
{
  self->first_deck_pending = TRUE;
  /* Not "No deck": one is on its way. */
  juxta_deck_picker_set_current (self->deck_picker, "", NULL);
  g_signal_connect (self, "map", G_CALLBACK (deferred_window_mapped_cb), NULL);
}

/* ------------------------------------------------------- open dialog */

static void
file_chosen (GFile         *file,
             GtkFileFilter *filter,
             gpointer       self)
{
  juxta_window_open_file (self, file);
}

void
_juxta_window_choose_file (JuxtaWindow *self)
{
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter;

  dialog = juxta_file_dialog_new (GTK_WINDOW (self), _("Open a Deck or a Scenario"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                  _("_Open"));
  filter = juxta_file_dialog_add_filter (dialog, _("Juxta decks and scenarios (JSON)"), "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  juxta_file_dialog_run (dialog, file_chosen, self);
}

/* ------------------------------------------------ reload and monitor */

/* Reads the deck's file again; an invalid file leaves the deck on screen
 * and says why, and the next valid save clears that. */
gboolean
_juxta_window_reload (JuxtaWindow *self)
{
  JuxtaDeck *current = juxta_session_get_deck (self->session);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autofree char *path = NULL;

  if (current == NULL || juxta_deck_get_path (current) == NULL)
    return FALSE;
  path = g_strdup (juxta_deck_get_path (current));
  deck = juxta_deck_load_file (path, &diagnostics, &error);
  if (deck == NULL)
    {
      show_file_errors (self, path, diagnostics, error);
      return FALSE;
    }
  _juxta_window_hide_errors (self);
  _juxta_window_take_load_warnings (self, diagnostics);
  juxta_session_replace_deck (self->session, deck);
  return TRUE;
}

static gboolean
reload_timeout (gpointer user_data)
{
  JuxtaWindow *self = user_data;

  self->reload_id = 0;
  _juxta_window_reload (self);
  return G_SOURCE_REMOVE;
}

static void
deck_file_changed_cb (GFileMonitor      *monitor,
                      GFile             *file,
                      GFile             *other_file,
                      GFileMonitorEvent  event,
                      JuxtaWindow       *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      /* Includes a save that renames a new file over the deck. */
      g_clear_handle_id (&self->reload_id, g_source_remove);
      self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_timeout, self);
      break;
    default:
      break;
    }
}

static void
stop_watching (JuxtaWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, deck_file_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_id, g_source_remove);
}

/* A deck is on screen (new, or a new version of it): watch its file. */
void
_juxta_window_deck_shown (JuxtaWindow *self)
{
  const char *path = juxta_deck_get_path (juxta_session_get_deck (self->session));
  g_autoptr(GFile) file = NULL;

  if (self->monitor != NULL && path != NULL &&
      g_strcmp0 (g_object_get_data (G_OBJECT (self->monitor), "path"), path) == 0)
    return;

  stop_watching (self);
  if (path == NULL)
    return;
  file = g_file_new_for_path (path);
  /* Watching moves too catches editors that save by renaming. */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor == NULL)
    return;
  g_object_set_data_full (G_OBJECT (self->monitor), "path", g_strdup (path), g_free);
  g_signal_connect (self->monitor, "changed", G_CALLBACK (deck_file_changed_cb), self);
}

/* ----------------------------------------------------- drag and drop */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         JuxtaWindow   *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  juxta_window_open_file (self, files->data);
  return TRUE;
}

void
_juxta_window_deck_init (JuxtaWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-decks");

  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  juxta_deck_picker_set_recent (self->deck_picker, (const char *const *) recent);
}

void
_juxta_window_deck_dispose (JuxtaWindow *self)
{
  g_clear_handle_id (&self->first_deck_id, g_source_remove);
  g_clear_pointer (&self->first_file, g_free);
  stop_waiting_for_first_frame (self);
  g_clear_handle_id (&self->save_state_id, g_source_remove);
  stop_watching (self);
}
