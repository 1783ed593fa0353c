/* juxta-window-test-util.h: helpers for tests that drive the real window */
#pragma once

#include <adwaita.h>
#include <string.h>

#include "juxta-comparison-panels-private.h"
#include "juxta-glossary-pane-private.h"
#include "juxta-meeting-cards-private.h"
#include "juxta-phrase-guard-pane-private.h"
#include "juxta-recommendation-card-private.h"
#include "juxta-resources.h"
#include "juxta-sensitivity-chart-private.h"
#include "juxta-slider-board-private.h"
#include "juxta-sources-button-private.h"
#include "juxta-talking-points-pane-private.h"
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
  if (!gtk_init_check ())
    {
      g_test_add_func ("/juxta/ui/no-display", juxta_test_skip_no_display);
      return FALSE;
    }
  adw_init ();
  g_resources_register (juxta_get_resource ());
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

static inline void
juxta_test_wait_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
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
