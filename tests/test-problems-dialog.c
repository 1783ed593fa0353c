/* test-problems-dialog.c: a deck that was not opened, its problems in the window's details
 *
 * The real window loads a broken deck; Details (win.show-errors) opens the
 * problems dialog, which must list every problem the loader found with its
 * line and column, copy FILE:LINE:COLUMN, copy them all, and open the file
 * in the default application for it (here a stand-in "editor" registered
 * in this test's own XDG directories, which copies the file it is given).
 */

#include "config.h"

#include <glib/gstdio.h>

#include "juxta-deck-loader.h"
#include "juxta-problems-dialog.h"
#include "juxta-window.h"
#include "juxta-window-test-util.h"

/* A score of 7 on line 9, a priority without a label (line 5), an unknown
 * key (line 10, a warning). */
static const char bad_deck[] =
  "{\n"
  "  \"format\": \"juxta-deck\",\n"
  "  \"version\": 1,\n"
  "  \"id\": \"broken\", \"title\": \"Broken\",\n"
  "  \"priorities\": [{\"id\": \"taste\", \"label\": \"Taste\"}, {\"id\": \"cost\"}],\n"
  "  \"options\": [\n"
  "    {\"id\": \"tea\", \"name\": \"Tea\",\n"
  "     \"scores\": {\"taste\": 3, \"cost\": 4}},\n"
  "    {\"id\": \"coffee\", \"name\": \"Coffee\", \"scores\": {\"taste\": 7, \"cost\": 3},\n"
  "     \"colour\": \"brown\"}\n"
  "  ]\n"
  "}\n";

static char *work_dir;      /* this test's files */
static char *opened_copy;   /* what the stand-in editor writes */

typedef struct
{
  JuxtaWindow *window;
  char        *bad;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  juxta_test_reset_settings ();
  f->bad = g_build_filename (work_dir, "broken.json", NULL);
  g_assert_true (g_file_set_contents (f->bad, bad_deck, -1, NULL));
  f->window = juxta_test_window_new ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  juxta_test_window_destroy (f->window);
  g_unlink (f->bad);
  g_free (f->bad);
}

/* The line and column where @needle first starts in @text. */
static void
position_of (const char *text,
             const char *needle,
             guint      *line,
             guint      *column)
{
  const char *at = strstr (text, needle);
  const char *line_start = text;

  g_assert_nonnull (at);
  *line = 1;
  for (const char *c = text; c < at; c++)
    if (*c == '\n')
      {
        (*line)++;
        line_start = c + 1;
      }
  *column = (guint) (at - line_start) + 1;
}

static JuxtaProblemsDialog *
find_dialog (void)
{
  return (JuxtaProblemsDialog *) juxta_test_find_toplevel (JUXTA_TYPE_PROBLEMS_DIALOG);
}

static JuxtaProblemsDialog *
open_details (Fixture *f)
{
  JuxtaProblemsDialog *dialog;

  g_assert_false (juxta_window_load_deck (f->window, f->bad, NULL));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-errors", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  juxta_test_wait_until (juxta_test_is_mapped, dialog);
  juxta_test_wait_idle ();
  return dialog;
}

static void
close_dialog (JuxtaProblemsDialog *dialog)
{
  GObject *weak = G_OBJECT (dialog);

  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  gtk_window_close (GTK_WINDOW (dialog));
  juxta_test_wait_idle ();
  g_assert_null (weak);
}

/* Every problem the loader finds is a row, with its line and column. */
static void
test_rows_show_positions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_file (f->bad, &diagnostics, NULL);
  JuxtaProblemsDialog *dialog = open_details (f);
  g_autofree char *title = NULL;
  guint line, column;

  g_assert_null (deck);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Problems in “broken.json”");
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (dialog), "The deck was not opened because of 2 errors. "
                                                                "Fix them, save, and open the deck again."));

  /* Errors and the warning alike, in file order. */
  g_assert_cmpuint (diagnostics->len, ==, 3);
  g_assert_cmpuint (juxta_problems_dialog_get_n_problems (dialog), ==, diagnostics->len);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);
      GtkWidget *row = juxta_problems_dialog_get_row (dialog, i);
      g_autofree char *position = g_strdup_printf ("Line %u, column %u", d->line, d->column);

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_get_mapped (row));
      g_assert_nonnull (juxta_test_find_label (row, position));
      g_assert_nonnull (juxta_test_find_label (row, d->message));
      g_assert_nonnull (juxta_test_find_label (row, d->path));
    }
  g_assert_null (juxta_problems_dialog_get_row (dialog, diagnostics->len));

  /* The label is missing from the object on line 5; the 7 is on line 9. */
  position_of (bad_deck, "{\"id\": \"cost\"}", &line, &column);
  g_assert_cmpuint (line, ==, 5);
  title = g_strdup_printf ("Line %u, column %u", line, column);
  g_assert_nonnull (juxta_test_find_label (juxta_problems_dialog_get_row (dialog, 0), title));
  g_assert_nonnull (juxta_test_find_label (juxta_problems_dialog_get_row (dialog, 0),
                                           "missing; expected text"));
  position_of (bad_deck, "7,", &line, &column);
  g_assert_cmpuint (line, ==, 9);
  g_free (title);
  title = g_strdup_printf ("Line %u, column %u", line, column);
  g_assert_nonnull (juxta_test_find_label (juxta_problems_dialog_get_row (dialog, 1), title));
  g_assert_nonnull (juxta_test_find_label (juxta_problems_dialog_get_row (dialog, 1),
                                           "expected a score from 0 to 5, got 7"));
  g_assert_nonnull (juxta_test_find_label (juxta_problems_dialog_get_row (dialog, 1),
                                           "$.options[1].scores.taste"));
  g_assert_nonnull (juxta_test_find_label (juxta_problems_dialog_get_row (dialog, 2),
                                           "$.options[1].colour"));

  close_dialog (dialog);
}

/* A row's button copies FILE:LINE:COLUMN; the header's copies every line
 * as juxta --check prints it. */
static void
test_copy_positions (Fixture       *f,
                     gconstpointer  data)
{
  JuxtaProblemsDialog *dialog = open_details (f);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (dialog));
  GtkWidget *button = juxta_test_find_widget (juxta_problems_dialog_get_row (dialog, 1), GTK_TYPE_BUTTON);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_file (f->bad, &diagnostics, NULL);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *copied = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *tooltip = NULL;
  guint line, column;

  position_of (bad_deck, "7,", &line, &column);
  expected = g_strdup_printf ("%s:%u:%u", f->bad, line, column);
  tooltip = g_strdup_printf ("Copy “%s”", expected);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, tooltip);
  g_signal_emit_by_name (button, "clicked");
  copied = juxta_test_read_clipboard (clipboard, "text/plain;charset=utf-8");
  g_assert_cmpstr (copied, ==, expected);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "problems.copy-all", NULL);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line_text = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      g_string_append_printf (all, "%s\n", line_text);
    }
  g_free (copied);
  copied = juxta_test_read_clipboard (clipboard, "text/plain;charset=utf-8");
  g_assert_cmpstr (copied, ==, all->str);
  g_assert_true (g_str_has_prefix (copied, f->bad));

  close_dialog (dialog);
}

/* Open in Editor hands the deck file to its default application. */
static void
test_open_in_editor (Fixture       *f,
                     gconstpointer  data)
{
  JuxtaProblemsDialog *dialog = open_details (f);
  g_autofree char *contents = NULL;

  g_unlink (opened_copy);
  g_assert_nonnull (juxta_test_find_button (GTK_WIDGET (dialog), "_Open in Editor"));
  g_signal_emit_by_name (juxta_test_find_button (GTK_WIDGET (dialog), "_Open in Editor"), "clicked");
  juxta_test_wait_for_file (opened_copy);

  g_assert_true (g_file_get_contents (opened_copy, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, bad_deck);
  g_unlink (opened_copy);

  close_dialog (dialog);
}

/* Escape closes it. */
static void
test_escape_closes (Fixture       *f,
                    gconstpointer  data)
{
  JuxtaProblemsDialog *dialog = open_details (f);
  GObject *weak = G_OBJECT (dialog);

  g_object_add_weak_pointer (weak, (gpointer *) &weak);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  juxta_test_wait_idle ();
  g_assert_null (weak);
  g_assert_null (find_dialog ());
}

int
main (int   argc,
      char *argv[])
{
  int status;

  work_dir = g_dir_make_tmp ("juxta-problems-XXXXXX", NULL);
  g_assert_nonnull (work_dir);
  /* Before GLib reads the XDG directories. */
  opened_copy = juxta_test_install_editor (work_dir);

  g_test_init (&argc, &argv, NULL);
  if (juxta_test_init_ui ())
    {
      g_test_add ("/juxta/problems/rows-show-positions", Fixture, NULL, fixture_setup,
                  test_rows_show_positions, fixture_teardown);
      g_test_add ("/juxta/problems/copy-positions", Fixture, NULL, fixture_setup,
                  test_copy_positions, fixture_teardown);
      g_test_add ("/juxta/problems/open-in-editor", Fixture, NULL, fixture_setup,
                  test_open_in_editor, fixture_teardown);
      g_test_add ("/juxta/problems/escape-closes", Fixture, NULL, fixture_setup,
                  test_escape_closes, fixture_teardown);
    }
  status = g_test_run ();
  juxta_test_remove_tree (work_dir);
  g_free (work_dir);
  g_free (opened_copy);
  return status;
}
