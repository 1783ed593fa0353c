/* juxta-window-test-util.h: helpers for tests that drive the real window */
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "juxta-comparison-panels-private.h"
#include "juxta-glossary-pane-private.h"
#include "juxta-interview-view-private.h"
#include "juxta-meeting-cards-private.h"
#include "juxta-phrase-guard-pane-private.h"
#include "juxta-recommendation-card-private.h"
#include "juxta-resources.h"
#include "juxta-test-quarks.h"
#include "juxta-sensitivity-chart-private.h"
#include "juxta-slider-board-private.h"
#include "juxta-sources-button-private.h"
#include "juxta-talking-points-pane-private.h"
#include "juxta-test-util.h"
#include "juxta-window-private.h"

/* What the window's session holds. */
static inline JuxtaDeck *
juxta_test_deck (JuxtaWindow *window)
{
  return juxta_session_get_deck (juxta_window_get_session (window));
}

static inline const JuxtaScenario *
juxta_test_scenario (JuxtaWindow *window)
{
  return juxta_session_get_scenario (juxta_window_get_session (window));
}

static inline const JuxtaAdvice *
juxta_test_advice (JuxtaWindow *window)
{
  return juxta_session_get_advice (juxta_window_get_session (window));
}

static void
juxta_test_skip_no_display (void)
{
  g_test_skip ("no display: run under xvfb-run");
}

/* Call after g_test_init: returns FALSE (and registers a skipped test)
 * when there is no display, so the suite still runs anywhere. */
static inline gboolean
juxta_test_init_ui (void)
{
  juxta_test_ignore_first_quark_block ();
  if (!gtk_init_check ())
    {
      g_test_add_func ("/juxta/ui/no-display", juxta_test_skip_no_display);
      return FALSE;
    }
  adw_init ();
  g_resources_register (juxta_get_resource ());
  return TRUE;
}

/* The application's style sheet, as AdwApplication loads it: the sizes
 * under test, or on a screenshot, are the ones users see. */
static inline void
juxta_test_load_style (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/io/github/juxta/Juxta/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* For a program that drives the window outside the test suite (the
 * screenshots, the text limits' measurements): GTK, libadwaita, the
 * resources and the style sheet.  FALSE, said on stderr, without a
 * display. */
static inline gboolean
juxta_test_init_program (const char *name)
{
  juxta_test_ignore_first_quark_block ();
  if (!gtk_init_check ())
    {
      g_printerr ("%s: no display (run under xvfb-run)\n", name);
      return FALSE;
    }
  adw_init ();
  g_resources_register (juxta_get_resource ());
  juxta_test_load_style ();
  return TRUE;
}

static inline void
juxta_test_reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

/* Runs the main loop until nothing is pending. */
static inline void
juxta_test_wait_idle (void)
{
  for (guint rounds = 0; rounds < 3; rounds++)
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
}

static inline gboolean
juxta_test_deadline_passed (gpointer data)
{
  *(guint *) data = 0;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says so: whatever it waits for (a
 * frame, a timeout, a file monitor's event) wakes the loop.  Ten seconds
 * is a bound, not a pace: past it the test fails instead of hanging. */
static inline void
juxta_test_wait_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint alarm = 0;

  alarm = g_timeout_add_seconds (11, juxta_test_deadline_passed, &alarm);
  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  if (alarm != 0)
    g_source_remove (alarm);
}

static gboolean
juxta_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* A window with its deck, and every page built (a window builds its
 * hidden pages on first use: juxta-window-pages.c), so that tests can
 * reach into any of them. */
static inline JuxtaWindow *
juxta_test_window_new (void)
{
  JuxtaWindow *window = g_object_ref (juxta_window_new (NULL));

  juxta_window_build_pages (window);
  gtk_window_present (GTK_WINDOW (window));
  juxta_test_wait_until (juxta_test_is_mapped, window);
  juxta_test_wait_idle ();
  return window;
}

/* The same, with the deck at @path on screen (the settings as new). */
static inline JuxtaWindow *
juxta_test_window_open (const char *path)
{
  JuxtaWindow *window;

  juxta_test_reset_settings ();
  window = juxta_test_window_new ();
  g_assert_true (juxta_window_load_deck (window, path, NULL));
  juxta_test_wait_idle ();
  return window;
}

/* A new window of @width × @height (as saved in the settings, which
 * start afresh), on the deck at @path unless it is NULL. */
static inline JuxtaWindow *
juxta_test_window_open_sized (const char *path,
                              int         width,
                              int         height)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  JuxtaWindow *window;

  juxta_test_reset_settings ();
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  window = juxta_test_window_new ();
  if (path != NULL)
    g_assert_true (juxta_window_load_deck (window, path, NULL));
  return window;
}

/* The same, on tests/decks/good/NAME.json. */
static inline JuxtaWindow *
juxta_test_window_open_good_deck (const char *name)
{
  g_autofree char *path = juxta_test_good_deck_path (name);

  return juxta_test_window_open (path);
}

/* Destroys the window and checks that nothing kept it alive. */
static inline void
juxta_test_window_destroy (JuxtaWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  juxta_test_wait_idle ();
  g_assert_finalize_object (window);
}

static inline GtkWidget *
juxta_test_find_widget (GtkWidget *root,
                        GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = juxta_test_find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every widget of @type at or under @root, into @found. */
static inline void
juxta_test_collect (GtkWidget *root,
                    GType      type,
                    GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    juxta_test_collect (child, type, found);
}

/* The window's slider board, and its centre stack of pages. */
static inline JuxtaSliderBoard *
juxta_test_board (JuxtaWindow *window)
{
  return JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD));
}

static inline AdwViewStack *
juxta_test_center_stack (JuxtaWindow *window)
{
  return ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
}

/* The first widget at or under @root that does @action (a button, a menu
 * button). */
static inline GtkWidget *
juxta_test_find_actionable (GtkWidget  *root,
                            const char *action)
{
  if (GTK_IS_ACTIONABLE (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = juxta_test_find_actionable (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The application's first visible window of @type (a dialog), or NULL. */
static inline GtkWindow *
juxta_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static inline gboolean
juxta_test_toplevel_shown (gpointer type)
{
  return juxta_test_find_toplevel ((GType) GPOINTER_TO_SIZE (type)) != NULL;
}

/* Waits for a window of @type, and returns it. */
static inline GtkWindow *
juxta_test_wait_for_toplevel (GType type)
{
  juxta_test_wait_until (juxta_test_toplevel_shown, GSIZE_TO_POINTER (type));
  return juxta_test_find_toplevel (type);
}

/* Clicks @button as a user could: it must be on screen and sensitive. */
static inline void
juxta_test_click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  juxta_test_wait_idle ();
}

static inline gboolean
juxta_test_is_fullscreen (gpointer window)
{
  return gtk_window_is_fullscreen (window);
}

static inline gboolean
juxta_test_is_not_fullscreen (gpointer window)
{
  return !gtk_window_is_fullscreen (window);
}

/* Fullscreen, and at the monitor's size (the layout is then final). */
static inline gboolean
juxta_test_fills_monitor (gpointer window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  GdkRectangle geometry;

  gdk_monitor_get_geometry (monitor, &geometry);
  return gtk_window_is_fullscreen (window) && gdk_surface_get_width (surface) == geometry.width &&
         gdk_surface_get_height (surface) == geometry.height;
}

/* An AdwFlap that is not sliding. */
static inline gboolean
juxta_test_flap_at_rest (gpointer flap)
{
  double progress = adw_flap_get_reveal_progress (flap);

  return progress == 0.0 || progress == 1.0;
}

/* Every sliding pane of @window has come to rest. */
static inline gboolean
juxta_test_flaps_at_rest (gpointer window)
{
  g_autoptr(GPtrArray) flaps = g_ptr_array_new ();

  juxta_test_collect (window, ADW_TYPE_FLAP, flaps);
  for (guint i = 0; i < flaps->len; i++)
    if (!juxta_test_flap_at_rest (g_ptr_array_index (flaps, i)))
      return FALSE;
  return TRUE;
}

/* Until @window is drawn with everything at rest: the sliding panes, and
 * the comparison's cards, which fit their columns a frame after a new
 * deck or width.  FALSE when they are still changing after ten frames. */
static inline gboolean
juxta_test_settle (JuxtaWindow *window)
{
  GtkWidget *panels = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_COMPARISON_PANELS);
  g_autofree char *before = NULL;

  juxta_test_wait_idle ();
  juxta_test_wait_until (juxta_test_flaps_at_rest, window);
  for (guint frame = 0; frame < 10; frame++)
    {
      g_auto(GStrv) classes = NULL;
      g_autofree char *after = NULL;

      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      juxta_test_wait_idle ();
      classes = gtk_widget_get_css_classes (panels);
      after = g_strjoinv (" ", classes);
      if (before != NULL && g_str_equal (before, after))
        return TRUE;
      g_free (before);
      before = g_steal_pointer (&after);
    }
  return FALSE;
}

/* The interview's choice moved as the arrow keys move it: @presses
 * towards the first priority (the left end), or below 0 towards the
 * second. */
static inline void
juxta_test_interview_lean (JuxtaInterviewView *view,
                           int                 presses)
{
  GtkRange *choice = juxta_interview_view_get_choice (view);

  for (int i = 0; i < ABS (presses); i++)
    g_signal_emit_by_name (choice, "move-slider", presses > 0 ? GTK_SCROLL_STEP_LEFT : GTK_SCROLL_STEP_RIGHT);
}

/* How many answers the window's session has. */
static inline guint
juxta_test_n_answers (JuxtaWindow *window)
{
  guint n = 0;

  juxta_session_get_answers (juxta_window_get_session (window), &n);
  return n;
}

static inline GtkWidget *
juxta_test_find_label (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = juxta_test_find_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline GtkWidget *
juxta_test_find_button (GtkWidget  *root,
                        const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = juxta_test_find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first talking point on screen that starts with @prefix (owned). */
static inline char *
juxta_test_find_point (JuxtaTalkingPointsPane *pane,
                       const char             *prefix)
{
  for (guint i = 0; i < juxta_talking_points_pane_get_n_shown (pane); i++)
    {
      char *point = juxta_talking_points_pane_dup_shown (pane, i);
      if (g_str_has_prefix (point, prefix))
        return point;
      g_free (point);
    }
  return NULL;
}

typedef struct
{
  GOutputStream *memory;
  gboolean       done;
} ClipboardRead;

static void
juxta_test_spliced_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;

  g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static void
juxta_test_clipboard_read_cb (GObject      *source,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);

  g_assert_no_error (error);
  g_output_stream_splice_async (read->memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, juxta_test_spliced_cb, read);
}

static gboolean
juxta_test_read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

/* Reads @mime_type back from the clipboard, as another application would. */
static inline char *
juxta_test_read_clipboard (GdkClipboard *clipboard,
                           const char   *mime_type)
{
  const char *mime_types[] = { mime_type, NULL };
  ClipboardRead read = { g_memory_output_stream_new_resizable (), FALSE };
  char *data;

  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL,
                            juxta_test_clipboard_read_cb, &read);
  juxta_test_wait_until (juxta_test_read_done, &read);
  /* NUL-terminate what was read. */
  g_output_stream_write (G_OUTPUT_STREAM (read.memory), "", 1, NULL, NULL);
  data = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (read.memory));
  g_object_unref (read.memory);
  return data;
}

/* Delivers @file to the window's drop target, as a drag and drop would. */
static inline void
juxta_test_drop_file (GtkWidget *widget,
                      GFile     *file)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_auto(GValue) value = G_VALUE_INIT;
  GSList files = { file, NULL };
  gboolean handled = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, &files);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 0.0, 0.0, &handled);
    }
  g_assert_true (handled);
  juxta_test_wait_idle ();
}

/* A stand-in editor, the default application for JSON and text files in
 * XDG directories of its own under @dir: it copies the file it is given
 * to the file whose name this returns, under another name first and then
 * renamed, so that the copy appears whole or not at all.  Call it before
 * GLib reads the XDG directories. */
static inline char *
juxta_test_install_editor (const char *dir)
{
  g_autofree char *data_home = g_build_filename (dir, "data", NULL);
  g_autofree char *config_home = g_build_filename (dir, "config", NULL);
  g_autofree char *applications = g_build_filename (data_home, "applications", NULL);
  g_autofree char *desktop = g_build_filename (applications, "juxta-test-editor.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (config_home, "mimeapps.list", NULL);
  g_autofree char *editor = g_build_filename (dir, "editor.sh", NULL);
  char *copy = g_build_filename (dir, "opened.json", NULL);
  g_autofree char *script = NULL;
  g_autofree char *entry = NULL;
  const char *types[] = { "application/json", "text/plain", "application/octet-stream" };
  g_autoptr(GString) defaults = g_string_new ("[Default Applications]\n");

  script = g_strdup_printf ("#!/bin/sh\ncp \"$1\" '%s.part' && mv '%s.part' '%s'\n", copy, copy, copy);
  entry = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Juxta Test Editor\n"
                           "Exec=%s %%f\nMimeType=application/json;text/plain;application/octet-stream;\n"
                           "NoDisplay=true\n", editor);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_string_append_printf (defaults, "%s=juxta-test-editor.desktop\n", types[i]);

  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config_home, 0700), ==, 0);
  g_assert_true (g_file_set_contents (editor, script, -1, NULL));
  g_assert_cmpint (g_chmod (editor, 0700), ==, 0);
  g_assert_true (g_file_set_contents (desktop, entry, -1, NULL));
  g_assert_true (g_file_set_contents (mimeapps, defaults->str, -1, NULL));
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  return copy;
}

static inline gboolean
juxta_test_file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Waits until another process (the stand-in editor) has written @path:
 * a monitor of its folder wakes the loop at each change there. */
static inline void
juxta_test_wait_for_file (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autoptr(GFile) dir = g_file_new_for_path (dir_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileMonitor) monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);

  g_assert_no_error (error);
  juxta_test_wait_until (juxta_test_file_exists, (gpointer) path);
  g_file_monitor_cancel (monitor);
}
