/* test-authoring.c: writing a deck with the window: New Deck, and its warnings
 *
 * The real window under Xvfb.  New Deck (win.new-deck) is driven through
 * its action, the file chooser's answer stubbed with the window's test
 * hook: it writes the starter deck, opens it, and refuses a file that
 * exists.  Open in Editor (win.edit-deck) hands the deck to a stand-in
 * editor registered in this test's own XDG directories; a save of the file
 * reaches the window through its file monitor.  A deck that opens with
 * warnings shows them in its details (the sources button's count and
 * popover, and the problems dialog, each at its line and column): the
 * same lines as juxta --check, and none of it while presenting.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "juxta-file-dialog.h"
#include "juxta-problems-dialog.h"
#include "juxta-window-test-util.h"

static char *work_dir;      /* this test's files */
static char *opened_copy;   /* what the stand-in editor writes */

typedef struct
{
  JuxtaWindow *window;
  char        *dir;         /* a fresh folder for the test's decks */
  char        *laptops;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("juxta-authoring-XXXXXX", NULL);
  f->laptops = juxta_test_good_deck_path ("laptops");
  f->window = juxta_test_window_open (f->laptops);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->window != NULL)
    juxta_test_window_destroy (f->window);
  juxta_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->laptops);
}

static JuxtaSourcesButton *
sources_button (Fixture *f)
{
  return JUXTA_SOURCES_BUTTON (juxta_test_find_widget (GTK_WIDGET (f->window), JUXTA_TYPE_SOURCES_BUTTON));
}

static GtkRevealer *
error_bar (Fixture *f)
{
  /* The first revealer of the window is the error bar. */
  return GTK_REVEALER (juxta_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_REVEALER));
}

/* The count on the sources button, or NULL when it is not shown. */
static const char *
shown_count (Fixture *f)
{
  GtkWidget *count = juxta_sources_button_get_count_label (sources_button (f));

  return gtk_widget_get_visible (count) ? gtk_label_get_label (GTK_LABEL (count)) : NULL;
}

static JuxtaProblemsDialog *
find_problems_dialog (void)
{
  return (JuxtaProblemsDialog *) juxta_test_find_toplevel (JUXTA_TYPE_PROBLEMS_DIALOG);
}

/* ---------------------------------------------------------- new deck */

static gboolean
has_warnings (gpointer window)
{
  return juxta_window_get_deck_warnings (window)->len > 0;
}

/* New Deck writes the starter deck where the user chose, opens it (its id
 * from the file's name, ".json" added), and it checks clean; Open in
 * Editor hands it to the editor, and a save there is in the window at once,
 * with its warnings. */
static void
test_new_deck (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *chosen = g_build_filename (f->dir, "Kettle or teapot", NULL);
  g_autofree char *path = g_strconcat (chosen, ".json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (chosen);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;
  g_autofree char *written = NULL;
  g_autofree char *opened = NULL;
  g_autoptr(GString) misspelt = NULL;
  JuxtaDeck *deck;

  juxta_window_set_chosen_file (f->window, file);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-deck", NULL);
  juxta_test_wait_idle ();

  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_true (g_str_has_prefix (written, "{"));
  deck = juxta_test_deck (f->window);
  g_assert_cmpstr (juxta_deck_get_path (deck), ==, path);
  g_assert_cmpstr (juxta_deck_get_id (deck), ==, "kettle-or-teapot");
  g_assert_cmpuint (juxta_deck_get_n_options (deck), ==, 2);
  g_assert_cmpuint (juxta_deck_get_n_priorities (deck), ==, 3);
  g_assert_false (gtk_revealer_get_reveal_child (error_bar (f)));
  /* It checks clean: nothing in its details. */
  g_assert_cmpuint (juxta_window_get_deck_warnings (f->window)->len, ==, 0);
  g_assert_null (shown_count (f));
  recent = g_settings_get_strv (settings, "recent-decks");
  g_assert_cmpstr (recent[0], ==, path);

  /* Open in Editor (the toast's button) hands the file to the editor. */
  g_unlink (opened_copy);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-deck", NULL);
  juxta_test_wait_for_file (opened_copy);
  g_assert_true (g_file_get_contents (opened_copy, &opened, NULL, NULL));
  g_assert_cmpstr (opened, ==, written);

  /* The editor saves a misspelt key: the window follows, and says so in
   * the deck's details, at the key. */
  misspelt = g_string_new (written);
  g_assert_cmpuint (g_string_replace (misspelt, "\"tagline\"", "\"taglne\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, misspelt->str, -1, NULL));
  juxta_test_wait_until (has_warnings, f->window);
  g_assert_cmpuint (juxta_window_get_deck_warnings (f->window)->len, ==, 1);
  g_assert_nonnull (strstr (((JuxtaDiagnostic *) g_ptr_array_index (juxta_window_get_deck_warnings (f->window), 0))->message,
                            "did you mean \"tagline\"?"));
  g_assert_cmpstr (shown_count (f), ==, "1");
  g_assert_true (juxta_test_deck (f->window) != deck);
}

/* The name chosen gets ".json" unless it ends so already, in any case. */
static void
test_new_deck_suffix (Fixture       *f,
                      gconstpointer  data)
{
  const struct { const char *chosen; const char *written; } cases[] = {
    { "deck.v2", "deck.v2.json" },
    { "Tea.JSON", "Tea.JSON" },
    { "plain.json", "plain.json" },
    { "notes.Json", "notes.Json" },
    { "old.json.bak", "old.json.bak.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *chosen = g_build_filename (f->dir, cases[i].chosen, NULL);
      g_autofree char *written = g_build_filename (f->dir, cases[i].written, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (chosen);

      juxta_window_set_chosen_file (f->window, file);
      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-deck", NULL);
      juxta_test_wait_idle ();

      g_assert_true (g_file_test (written, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpstr (juxta_deck_get_path (juxta_test_deck (f->window)), ==, written);
      if (!g_str_equal (chosen, written))
        g_assert_false (g_file_test (chosen, G_FILE_TEST_EXISTS));
    }
}

/* A file that exists is never replaced: it stays as it was, the deck on
 * screen stays, and the bar says why. */
static void
test_new_deck_refuses_an_existing_file (Fixture       *f,
                                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "precious.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  GtkWidget *label;

  g_assert_true (g_file_set_contents (path, "precious\n", -1, NULL));
  juxta_window_set_chosen_file (f->window, file);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-deck", NULL);
  juxta_test_wait_idle ();

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious\n");
  g_assert_cmpstr (juxta_deck_get_path (juxta_test_deck (f->window)), ==, f->laptops);
  g_assert_true (gtk_revealer_get_reveal_child (error_bar (f)));
  label = juxta_test_find_label (GTK_WIDGET (error_bar (f)),
                                 "“precious.json” already exists, and a new deck never replaces a file: it was "
                                 "left as it was. Choose another name, or open that deck with Open…");
  g_assert_nonnull (label);
  juxta_test_wait_until (juxta_test_is_mapped, label);
}

/* ------------------------------------------------- the file chooser */

static gboolean
chooser_shown (gpointer data)
{
  return juxta_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
chooser_hidden (gpointer chooser)
{
  return !gtk_widget_get_visible (chooser);
}

/* The window closes while New Deck's chooser is open; then the chooser
 * answers (a file accepted, or Cancel): the window is gone by then, the
 * answer goes nowhere, no file is written and nothing crashes.  (GTK's
 * own chooser, not a portal's, keeps the closed window's memory alive;
 * a portal's would not, which the owner's weak reference covers.) */
static void
test_chooser_outlives_the_window (Fixture       *f,
                                  gconstpointer  data)
{
  int response = GPOINTER_TO_INT (data);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr(GDir) dir = NULL;
  JuxtaWindow *window = g_steal_pointer (&f->window);
  GtkWindow *chooser;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-deck", NULL);
  juxta_test_wait_until (chooser_shown, NULL);
  chooser = g_object_ref (juxta_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  gtk_window_destroy (GTK_WINDOW (window));
  juxta_test_wait_idle ();

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "after-the-window.json");
    }
  gtk_dialog_response (GTK_DIALOG (chooser), response);
  /* Save checks the file asynchronously before it answers. */
  juxta_test_wait_until (chooser_hidden, chooser);
  g_object_unref (chooser);
  juxta_test_wait_idle ();

  /* Nothing written in the folder chosen. */
  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));
}

/* A file with no local path is not written, and says why. */
static void
test_local_path (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GFile) remote = g_file_new_for_uri ("juxta-test-nowhere://deck.json");
  g_autoptr(GFile) local = g_file_new_for_path (f->laptops);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = juxta_file_dialog_local_path (local, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, f->laptops);
  g_assert_null (juxta_file_dialog_local_path (remote, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_cmpstr (error->message, ==, "Could not save: only local files can be written");
}

/* -------------------------------------------------- warnings shown */

/* What juxta --check prints about @path, a line each. */
static char **
check_lines (const char *path)
{
  const char *argv[] = { g_getenv ("JUXTA_EXE"), "--check", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (err, "\n"));
  err[strlen (err) - 1] = '\0';
  return g_strsplit (err, "\n", -1);
}

/* A deck that opens with warnings: the sources button counts them, its
 * popover says so with a button to list them, and the problems dialog
 * lists them at their lines and columns: what juxta --check prints.
 * Presenting shows none of it. */
static void
test_warnings_in_the_details (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "decks", "lint", "every-warning.json", NULL);
  g_autofree char *expected_count = NULL;
  g_auto(GStrv) lines = check_lines (path);
  GPtrArray *warnings;
  JuxtaProblemsDialog *dialog;
  GObject *weak;

  /* The clean deck of the fixture: nothing. */
  g_assert_null (shown_count (f));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (gtk_widget_get_parent (
    juxta_sources_button_get_warnings_label (sources_button (f))))));

  g_assert_true (juxta_window_load_deck (f->window, path, NULL));
  juxta_test_wait_idle ();
  warnings = juxta_window_get_deck_warnings (f->window);
  g_assert_cmpuint (warnings->len, ==, g_strv_length (lines));
  g_assert_cmpuint (warnings->len, ==, 13);
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = juxta_diagnostic_to_string (g_ptr_array_index (warnings, i));
      g_assert_cmpstr (line, ==, lines[i]);
    }
  /* Opened: no bar about it. */
  g_assert_false (gtk_revealer_get_reveal_child (error_bar (f)));

  expected_count = g_strdup_printf ("%u", warnings->len);
  g_assert_cmpstr (shown_count (f), ==, expected_count);
  g_assert_true (gtk_widget_is_drawable (juxta_sources_button_get_count_label (sources_button (f))));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_widget_get_first_child (GTK_WIDGET (sources_button (f)))), ==,
                   "Sources, and 13 warnings about the deck");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (juxta_sources_button_get_warnings_label (sources_button (f)))), ==,
                   "Checking this deck found 13 warnings: some things may mislead, or not show whole.");
  g_assert_nonnull (juxta_test_find_button (GTK_WIDGET (sources_button (f)), "_Show"));

  /* Show: each at its line and column. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-deck-warnings", NULL);
  dialog = find_problems_dialog ();
  g_assert_nonnull (dialog);
  juxta_test_wait_until (juxta_test_is_mapped, dialog);
  juxta_test_wait_idle ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Warnings in “every-warning.json”");
  g_assert_cmpstr (juxta_problems_dialog_get_path (dialog), ==, path);
  g_assert_cmpuint (juxta_problems_dialog_get_n_problems (dialog), ==, warnings->len);
  for (guint i = 0; i < warnings->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (warnings, i);
      g_autofree char *position = g_strdup_printf ("Line %u, column %u", d->line, d->column);

      g_assert_nonnull (juxta_test_find_label (juxta_problems_dialog_get_row (dialog, i), position));
      g_assert_nonnull (juxta_test_find_label (juxta_problems_dialog_get_row (dialog, i), d->message));
    }
  g_assert_nonnull (juxta_test_find_label (juxta_problems_dialog_get_row (dialog, 0), "Line 7, column 15"));
  weak = G_OBJECT (dialog);
  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  gtk_window_close (GTK_WINDOW (dialog));
  juxta_test_wait_idle ();
  g_assert_null (weak);

  /* Presenting: the audience sees none of it. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.presentation", NULL);
  juxta_test_wait_idle ();
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (sources_button (f))));
  g_assert_false (gtk_revealer_get_reveal_child (error_bar (f)));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.presentation", NULL);
  juxta_test_wait_idle ();

  /* A clean deck again: the count goes. */
  g_assert_true (juxta_window_load_deck (f->window, f->laptops, NULL));
  juxta_test_wait_idle ();
  g_assert_cmpuint (juxta_window_get_deck_warnings (f->window)->len, ==, 0);
  g_assert_null (shown_count (f));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-deck-warnings", NULL);
  juxta_test_wait_idle ();
  g_assert_null (find_problems_dialog ());
}

int
main (int   argc,
      char *argv[])
{
  int status;

  work_dir = g_dir_make_tmp ("juxta-authoring-XXXXXX", NULL);
  g_assert_nonnull (work_dir);
  /* The fallback file chooser lists volumes: the plain Unix mounts, so
   * that no remote monitor of the session's warns (fatally). */
  g_setenv ("GIO_USE_VOLUME_MONITOR", "unix", TRUE);
  /* Before GLib reads the XDG directories. */
  opened_copy = juxta_test_install_editor (work_dir);

  g_test_init (&argc, &argv, NULL);
  if (juxta_test_init_ui ())
    {
#define ADD(path, func) g_test_add ("/juxta/authoring/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
      ADD ("new-deck", test_new_deck);
      ADD ("new-deck-suffix", test_new_deck_suffix);
      ADD ("new-deck-refuses-an-existing-file", test_new_deck_refuses_an_existing_file);
      ADD ("warnings-in-the-details", test_warnings_in_the_details);
      ADD ("local-path", test_local_path);
#undef ADD
      g_test_add ("/juxta/authoring/chooser-outlives-the-window/accept", Fixture,
                  GINT_TO_POINTER (GTK_RESPONSE_ACCEPT), fixture_setup, test_chooser_outlives_the_window,
                  fixture_teardown);
      g_test_add ("/juxta/authoring/chooser-outlives-the-window/cancel", Fixture,
                  GINT_TO_POINTER (GTK_RESPONSE_CANCEL), fixture_setup, test_chooser_outlives_the_window,
                  fixture_teardown);
    }
  status = g_test_run ();
  juxta_test_remove_tree (work_dir);
  g_free (work_dir);
  g_free (opened_copy);
  return status;
}
