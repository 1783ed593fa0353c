/* test-window.c: the real window under Xvfb, driven through its widgets and actions */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "juxta-deck-loader.h"
#include "juxta-export.h"
#include "juxta-interview-view.h"
#include "juxta-resources.h"
#include "juxta-talking-points.h"
#include "juxta-record-dialog-private.h"
#include "juxta-scenario-dialog-private.h"
#include "juxta-stakeholder-matrix.h"
#include "juxta-window-test-util.h"

typedef struct
{
  JuxtaWindow *window;
  char        *laptops;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->laptops = juxta_test_good_deck_path ("laptops");
  f->window = juxta_test_window_open (f->laptops);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  juxta_test_window_destroy (f->window);
  g_free (f->laptops);
}

static JuxtaSliderBoard *
board (Fixture *f)
{
  return JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (f->window), JUXTA_TYPE_SLIDER_BOARD));
}

static JuxtaComparisonPanels *
panels (Fixture *f)
{
  return JUXTA_COMPARISON_PANELS (juxta_test_find_widget (GTK_WIDGET (f->window), JUXTA_TYPE_COMPARISON_PANELS));
}

static JuxtaRecommendationCard *
card (Fixture *f)
{
  return JUXTA_RECOMMENDATION_CARD (juxta_test_find_widget (GTK_WIDGET (f->window), JUXTA_TYPE_RECOMMENDATION_CARD));
}

static JuxtaTalkingPointsPane *
pane (Fixture *f)
{
  return JUXTA_TALKING_POINTS_PANE (juxta_test_find_widget (GTK_WIDGET (f->window), JUXTA_TYPE_TALKING_POINTS_PANE));
}

/* What the core says for the window's current deck and scenario. */
static JuxtaAdvice *
core_advice (Fixture *f)
{
  return juxta_advice_new (juxta_test_deck (f->window), juxta_test_scenario (f->window));
}

static GPtrArray *
core_points (Fixture *f)
{
  g_autoptr(JuxtaAdvice) advice = core_advice (f);

  return juxta_talking_points_compose (juxta_test_deck (f->window), juxta_test_scenario (f->window), advice);
}

static void
assert_views_match_core (Fixture *f)
{
  JuxtaDeck *deck = juxta_test_deck (f->window);
  g_autoptr(JuxtaAdvice) advice = core_advice (f);
  g_autoptr(GPtrArray) points = core_points (f);

  g_assert_cmpint (advice->leader, >=, 0);
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card (f)), ==,
                   juxta_deck_get_option (deck, (guint) advice->leader)->name);
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    g_assert_cmpint (gtk_widget_has_css_class (juxta_comparison_panels_get_card (panels (f), o), "leader"), ==,
                     advice->leader == (int) o);
  g_assert_cmpuint (juxta_talking_points_pane_get_n_shown (pane (f)), ==, points->len);
  for (guint i = 0; i < points->len; i++)
    {
      g_autofree char *shown = juxta_talking_points_pane_dup_shown (pane (f), i);
      g_assert_cmpstr (shown, ==, g_ptr_array_index (points, i));
    }
}

static void
test_slider_moves_the_recommendation (Fixture       *f,
                                      gconstpointer  data)
{
  JuxtaDeck *deck = juxta_test_deck (f->window);
  int battery = juxta_deck_find_priority (deck, "battery");
  int weight = juxta_deck_find_priority (deck, "weight");
  int power = juxta_deck_find_priority (deck, "power");
  int price = juxta_deck_find_priority (deck, "price");
  g_autofree char *before_headline = NULL;
  g_autofree char *before_sentence = NULL;

  /* At the defaults the ultrabook leads. */
  assert_views_match_core (f);
  before_headline = g_strdup (juxta_recommendation_card_get_headline (card (f)));
  before_sentence = juxta_talking_points_pane_dup_shown (pane (f), 1);
  g_assert_cmpstr (before_headline, ==, "Ultrabook 13");
  g_assert_true (gtk_widget_has_css_class (juxta_comparison_panels_get_card (panels (f), 0), "leader"));

  /* Move the real faders as a user would. */
  gtk_range_set_value (juxta_slider_board_get_fader (board (f), (guint) battery), 10);
  gtk_range_set_value (juxta_slider_board_get_fader (board (f), (guint) weight), 10);
  gtk_range_set_value (juxta_slider_board_get_fader (board (f), (guint) power), 100);
  gtk_range_set_value (juxta_slider_board_get_fader (board (f), (guint) price), 0);
  juxta_test_wait_idle ();

  g_assert_cmpint (juxta_test_scenario (f->window)->weights[power], ==, 100);
  assert_views_match_core (f);
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card (f)), ==, "Workstation 16");
  g_assert_true (gtk_widget_has_css_class (juxta_comparison_panels_get_card (panels (f), 1), "leader"));
  g_assert_false (gtk_widget_has_css_class (juxta_comparison_panels_get_card (panels (f), 0), "leader"));
  {
    g_autofree char *after_sentence = juxta_talking_points_pane_dup_shown (pane (f), 1);
    g_assert_cmpstr (after_sentence, !=, before_sentence);
  }
}

static void
test_requirement_rules_out_a_column (Fixture       *f,
                                     gconstpointer  data)
{
  JuxtaDeck *deck = juxta_test_deck (f->window);
  int gpu = juxta_deck_find_requirement (deck, "gpu");
  GtkWidget *ultrabook = juxta_comparison_panels_get_card (panels (f), 0);
  GtkWidget *note;

  g_assert_false (gtk_widget_has_css_class (ultrabook, "ruled-out"));
  gtk_switch_set_active (juxta_slider_board_get_requirement_switch (board (f), (guint) gpu), TRUE);
  juxta_test_wait_idle ();

  g_assert_cmphex (juxta_test_scenario (f->window)->requirements, ==, 1u << gpu);
  g_assert_true (gtk_widget_has_css_class (ultrabook, "ruled-out"));
  /* The first such note in the grid is the first card's, in its column. */
  note = juxta_test_find_label (GTK_WIDGET (panels (f)), "Ruled out: Needs a discrete GPU. Local model demos need CUDA.");
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_is_visible (note));
  {
    GtkWidget *cell = note;
    int column = -1;

    while (!GTK_IS_GRID (gtk_widget_get_parent (cell)))
      cell = gtk_widget_get_parent (cell);
    gtk_grid_query_child (GTK_GRID (gtk_widget_get_parent (cell)), cell, &column, NULL, NULL, NULL);
    g_assert_cmpint (column, ==, 0);
    g_assert_true (gtk_widget_has_css_class (cell, "ruled-out"));
  }
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card (f)), ==, "Workstation 16");
  assert_views_match_core (f);
}

static void
test_preset_and_reset (Fixture       *f,
                       gconstpointer  data)
{
  JuxtaDeck *deck = juxta_test_deck (f->window);
  GtkRange *power = juxta_slider_board_get_fader (board (f), (guint) juxta_deck_find_priority (deck, "power"));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preset", "s", "demo-heavy");
  juxta_test_wait_idle ();
  g_assert_cmpfloat (gtk_range_get_value (power), ==, 95);
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card (f)), ==, "Workstation 16");
  assert_views_match_core (f);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reset", NULL);
  juxta_test_wait_idle ();
  g_assert_cmpfloat (gtk_range_get_value (power), ==, 30);
  assert_views_match_core (f);
}

static void
test_audience_changes_the_analogy (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *platforms = g_test_build_filename (G_TEST_DIST, "..", "data", "decks",
                                                      "aws-genai-platforms.json", NULL);
  g_autofree char *technical_analogy = NULL;
  g_autofree char *business_analogy = NULL;

  g_assert_true (juxta_window_load_deck (f->window, platforms, NULL));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.audience", "s", "technical");
  juxta_test_wait_idle ();
  technical_analogy = juxta_test_find_point (pane (f), "Analogy to use:");
  g_assert_nonnull (strstr (technical_analogy, "RDS"));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.audience", "s", "business");
  juxta_test_wait_idle ();
  business_analogy = juxta_test_find_point (pane (f), "Analogy to use:");
  g_assert_nonnull (business_analogy);
  g_assert_cmpstr (business_analogy, !=, technical_analogy);
  g_assert_null (strstr (business_analogy, "RDS"));
  g_assert_cmpuint (juxta_test_scenario (f->window)->audience, ==, 1);
  assert_views_match_core (f);
}

/* With the talking points alone to include, Copy puts just them on the
 * clipboard (test-export-sections.c has the other parts). */
static void
test_copy_puts_text_and_html_on_the_clipboard (Fixture       *f,
                                               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *only_points[] = { "talking-points", NULL };
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->window));
  g_autoptr(GPtrArray) points = core_points (f);
  g_autofree char *expected_text = juxta_export_talking_points_text (points);
  g_autofree char *expected_html = juxta_export_talking_points_html (points);
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;

  g_assert_true (g_settings_set_strv (settings, "export-sections", only_points));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.copy", NULL);
  juxta_test_wait_idle ();

  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"));
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        "text/plain;charset=utf-8"));
  text = juxta_test_read_clipboard (clipboard, "text/plain;charset=utf-8");
  html = juxta_test_read_clipboard (clipboard, "text/html");
  g_assert_cmpstr (text, ==, expected_text);
  g_assert_cmpstr (html, ==, expected_html);
  g_assert_true (g_str_has_prefix (text, "1. Pick the laptop"));
}

static void
test_export_writes_the_core_document (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "team-laptops.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = juxta_export_render (juxta_test_deck (f->window),
                                                   juxta_test_scenario (f->window),
                                                   JUXTA_EXPORT_MARKDOWN);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (juxta_window_export_to_file (f->window, file, JUXTA_EXPORT_MARKDOWN, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  g_unlink (path);
  g_rmdir (dir);
}

/* An export that cannot be written shows the error in the window and
 * leaves the file that was there.  Root may write into a read-only folder,
 * so as root the write is made to fail with a file-size limit instead. */
static void
test_export_failure_is_shown_and_loses_nothing (Fixture       *f,
                                                gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "keep.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  struct rlimit saved, limit;
  GtkRevealer *revealer;
  gboolean as_root = geteuid () == 0;

  g_assert_true (g_file_set_contents (path, "precious\n", -1, NULL));
  if (as_root)
    {
      g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
      limit = saved;
      limit.rlim_cur = 64;
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    }
  else
    g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_assert_false (juxta_window_export_to_file (f->window, file, JUXTA_EXPORT_HTML, &error));

  if (as_root)
    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  else
    g_chmod (dir, 0755);

  g_assert_nonnull (error);
  juxta_test_wait_idle ();
  revealer = GTK_REVEALER (juxta_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (revealer), error->message));
  g_assert_true (g_str_has_prefix (error->message, "Could not save “"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious\n");

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_bad_deck_keeps_the_good_one (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-window-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GError) error = NULL;
  JuxtaDeck *before = juxta_test_deck (f->window);
  GtkRevealer *revealer;
  GtkLabel *message;

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"x\"}", -1, NULL));

  /* Opened with the file chooser or the command line ... */
  g_assert_false (juxta_window_load_deck (f->window, bad, &error));
  g_assert_error (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID);
  g_assert_true (juxta_test_deck (f->window) == before);
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card (f)), ==, "Ultrabook 13");
  revealer = GTK_REVEALER (juxta_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  message = GTK_LABEL (juxta_test_find_widget (GTK_WIDGET (revealer), GTK_TYPE_LABEL));
  g_assert_cmpstr (gtk_label_get_label (message), ==,
                   "“bad.json” was not opened: missing; expected text. The deck on screen stays.");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));

  /* ... or dropped on the window. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.dismiss-errors", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  juxta_test_drop_file (GTK_WIDGET (f->window), bad_file);
  g_assert_true (juxta_test_deck (f->window) == before);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  /* A good deck dropped replaces it and clears the error. */
  {
    g_autoptr(GFile) good = g_file_new_for_path (f->laptops);
    g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "decks", "good", "minimal.json", NULL);
    g_autoptr(GFile) minimal_file = g_file_new_for_path (minimal);

    juxta_test_drop_file (GTK_WIDGET (f->window), minimal_file);
    g_assert_cmpstr (juxta_deck_get_id (juxta_test_deck (f->window)), ==, "minimal");
    g_assert_false (gtk_revealer_get_reveal_child (revealer));
    juxta_test_drop_file (GTK_WIDGET (f->window), good);
  }

  g_unlink (bad);
  g_rmdir (dir);
}

static void
test_hide_and_show_a_column (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *budget = juxta_comparison_panels_get_card (panels (f), 2);

  g_assert_true (gtk_widget_get_visible (budget));
  gtk_widget_activate_action (GTK_WIDGET (panels (f)), "panels.hide", "s", "budget");
  g_assert_false (gtk_widget_get_visible (budget));
  g_assert_cmphex (juxta_session_get_hidden (juxta_window_get_session (f->window)), ==, 1u << 2);
  g_assert_nonnull (juxta_test_find_button (GTK_WIDGET (panels (f)), "Budget 14"));
  gtk_widget_activate_action (GTK_WIDGET (panels (f)), "panels.show", "s", "budget");
  g_assert_true (gtk_widget_get_visible (budget));
}

static void
test_settings_restore_weights (void)
{
  g_autofree char *laptops = g_test_build_filename (G_TEST_DIST, "decks", "good", "laptops.json", NULL);
  JuxtaWindow *window;
  JuxtaDeck *deck;

  juxta_test_reset_settings ();
  window = juxta_test_window_new ();
  g_assert_true (juxta_window_load_deck (window, laptops, NULL));
  deck = juxta_test_deck (window);
  gtk_range_set_value (juxta_slider_board_get_fader (JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                                  JUXTA_TYPE_SLIDER_BOARD)),
                                                     (guint) juxta_deck_find_priority (deck, "weight")), 13);
  gtk_switch_set_active (juxta_slider_board_get_requirement_switch (JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                                                JUXTA_TYPE_SLIDER_BOARD)), 1),
                         TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.audience", "s", "business");
  juxta_test_wait_idle ();
  gtk_window_close (GTK_WINDOW (window));
  juxta_test_window_destroy (window);

  /* A new window opens the last deck with the same sliders and switches. */
  window = juxta_test_window_new ();
  deck = juxta_test_deck (window);
  g_assert_cmpstr (juxta_deck_get_id (deck), ==, "team-laptops");
  g_assert_cmpint (juxta_test_scenario (window)->weights[juxta_deck_find_priority (deck, "weight")], ==, 13);
  g_assert_cmpint (juxta_test_scenario (window)->weights[juxta_deck_find_priority (deck, "battery")], ==, 70);
  g_assert_cmphex (juxta_test_scenario (window)->requirements, ==, 1u << 1);
  g_assert_cmpuint (juxta_test_scenario (window)->audience, ==, 1);
  g_assert_cmpfloat (gtk_range_get_value (juxta_slider_board_get_fader (JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD)),
                                                                         (guint) juxta_deck_find_priority (deck, "weight"))), ==, 13);
  juxta_test_window_destroy (window);
}

/* ---------------------------------------------------------- scenarios */

static gboolean
no_scenario_dialog (gpointer data)
{
  return juxta_test_find_toplevel (JUXTA_TYPE_SCENARIO_DIALOG) == NULL;
}

static gboolean
is_hidden_on_screen (Fixture *f,
                     guint    option)
{
  return !gtk_widget_get_visible (juxta_comparison_panels_get_card (panels (f), option));
}

/* Everything a scenario holds, as the widgets show it. */
typedef struct
{
  int      weights[JUXTA_MAX_PRIORITIES];
  gboolean switches[JUXTA_MAX_REQUIREMENTS];
  char    *audience;
  gboolean hidden[JUXTA_MAX_OPTIONS];
} OnScreen;

static void
read_screen (Fixture  *f,
             OnScreen *screen)
{
  JuxtaDeck *deck = juxta_test_deck (f->window);

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    screen->weights[p] = (int) gtk_range_get_value (juxta_slider_board_get_fader (board (f), p));
  for (guint r = 0; r < juxta_deck_get_n_requirements (deck); r++)
    screen->switches[r] = gtk_switch_get_active (juxta_slider_board_get_requirement_switch (board (f), r));
  g_object_get (f->window, "audience", &screen->audience, NULL);
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    screen->hidden[o] = is_hidden_on_screen (f, o);
}

/* A scenario saved from the window opens again with every slider,
 * switch, audience and hidden option as saved. */
static void
test_scenario_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Tuesday review.json", NULL);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "decks", "good", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;
  g_autoptr(GError) error = NULL;
  JuxtaScenarioDialog *dialog;
  JuxtaDeck *deck = juxta_test_deck (f->window);
  OnScreen saved = { 0 }, reopened = { 0 };

  /* Every slider, switch, the audience and a hidden option, through the
   * widgets and actions a user has. */
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    gtk_range_set_value (juxta_slider_board_get_fader (board (f), p), 11 + 17 * p);
  gtk_switch_set_active (juxta_slider_board_get_requirement_switch (board (f), 1), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.audience", "s", "business");
  gtk_widget_activate_action (GTK_WIDGET (panels (f)), "panels.hide", "s", "workstation");
  juxta_test_wait_idle ();
  read_screen (f, &saved);
  g_assert_cmpint (saved.weights[3], ==, 62);
  g_assert_true (saved.switches[1]);
  g_assert_cmpstr (saved.audience, ==, "business");
  g_assert_true (saved.hidden[1]);

  /* Save Scenario (Ctrl+S) asks for notes the first time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save-scenario", NULL));
  dialog = JUXTA_SCENARIO_DIALOG (juxta_test_wait_for_toplevel (JUXTA_TYPE_SCENARIO_DIALOG));
  juxta_scenario_dialog_set_notes (dialog, "Prepared for the Tuesday review");
  /* What the file chooser's Save does. */
  g_assert_true (juxta_scenario_dialog_save_to (dialog, file, &error));
  g_assert_no_error (error);
  juxta_test_wait_until (no_scenario_dialog, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Tuesday review — Juxta");
  recent = g_settings_get_strv (settings, "recent-decks");
  g_assert_cmpstr (recent[0], ==, path);

  /* Everything goes elsewhere: the defaults, another deck. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reset", NULL);
  gtk_widget_activate_action (GTK_WIDGET (panels (f)), "panels.show", "s", "workstation");
  g_assert_true (juxta_window_load_deck (f->window, minimal, NULL));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), !=, "Tuesday review — Juxta");

  /* Dropped on the window, the scenario brings it all back. */
  juxta_test_drop_file (GTK_WIDGET (f->window), file);
  g_assert_cmpstr (juxta_deck_get_id (juxta_test_deck (f->window)), ==, "team-laptops");
  read_screen (f, &reopened);
  g_assert_cmpmem (reopened.weights, sizeof reopened.weights, saved.weights, sizeof saved.weights);
  g_assert_cmpmem (reopened.switches, sizeof reopened.switches, saved.switches, sizeof saved.switches);
  g_assert_cmpstr (reopened.audience, ==, saved.audience);
  g_assert_cmpmem (reopened.hidden, sizeof reopened.hidden, saved.hidden, sizeof saved.hidden);
  g_assert_cmpstr (juxta_session_get_notes (juxta_window_get_session (f->window)), ==,
                   "Prepared for the Tuesday review");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Tuesday review — Juxta");
  assert_views_match_core (f);

  /* A decision recorded now names the scenario it was made on. */
  {
    JuxtaRecordDialog *record;
    g_autofree char *text = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.record", NULL));
    record = JUXTA_RECORD_DIALOG (juxta_test_wait_for_toplevel (JUXTA_TYPE_RECORD_DIALOG));
    text = juxta_record_dialog_render (record);
    g_assert_nonnull (strstr (text, "- Scenario: Tuesday review.json\n"));
    gtk_window_destroy (GTK_WINDOW (record));
  }

  /* Ctrl+S again writes to the same file, without asking. */
  gtk_range_set_value (juxta_slider_board_get_fader (board (f), 0), 99);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save-scenario", NULL));
  juxta_test_wait_idle ();
  g_assert_true (no_scenario_dialog (NULL));
  {
    g_autofree char *written = NULL;
    g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
    g_assert_nonnull (strstr (written, "\"battery\" : 99"));
    g_assert_nonnull (strstr (written, "\"notes\" : \"Prepared for the Tuesday review\""));
  }

  g_free (saved.audience);
  g_free (reopened.audience);
  g_unlink (path);
  g_rmdir (dir);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (from, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (to, text, -1, NULL));
}

/* A scenario whose deck changed since it was saved opens, with a bar
 * that says so. */
static void
test_scenario_deck_changed (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-window-XXXXXX", NULL);
  g_autofree char *deck = g_build_filename (dir, "laptops.json", NULL);
  g_autofree char *path = g_build_filename (dir, "s.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkRevealer *bar;
  GtkWidget *label;

  copy_file (f->laptops, deck);
  g_assert_true (juxta_window_load_deck (f->window, deck, NULL));
  gtk_range_set_value (juxta_slider_board_get_fader (board (f), 0), 21);
  g_assert_true (juxta_window_save_scenario_to (f->window, file, NULL));

  g_assert_true (g_file_get_contents (deck, &text, NULL, NULL));
  edited = g_string_new (text);
  g_string_replace (edited, "\"Which laptop for the field team?\"", "\"Which laptop, this year?\"", 1);
  g_assert_true (g_file_set_contents (deck, edited->str, -1, NULL));
  g_assert_true (juxta_window_load_deck (f->window, f->laptops, NULL));

  g_assert_true (juxta_window_load_scenario (f->window, path, NULL));
  label = juxta_test_find_label (GTK_WIDGET (f->window),
                                 "The deck has changed since this scenario was saved: check the sliders, "
                                 "must-haves and hidden options before you rely on them.");
  g_assert_nonnull (label);
  bar = GTK_REVEALER (gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (bar));
  g_assert_cmpstr (juxta_deck_get_title (juxta_test_deck (f->window)), ==, "Which laptop, this year?");
  g_assert_cmpfloat (gtk_range_get_value (juxta_slider_board_get_fader (board (f), 0)), ==, 21);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.dismiss-scenario-warning", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (bar));

  /* The same scenario, its deck unchanged since: no bar. */
  g_assert_true (juxta_window_save_scenario_to (f->window, file, NULL));
  g_assert_true (juxta_window_load_scenario (f->window, path, NULL));
  g_assert_false (gtk_revealer_get_reveal_child (bar));

  g_unlink (path);
  g_unlink (deck);
  g_rmdir (dir);
}

/* A broken scenario is reported like a broken deck, at its line and
 * column, and what is on screen stays. */
static void
test_scenario_broken (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JuxtaDeck *before = juxta_test_deck (f->window);
  g_autofree char *expected = NULL;
  GtkRevealer *revealer;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"juxta-scenario\", \"version\": 1,\n"
                                      " \"deck\": {\"id\": \"team-laptops\"}, \"hidden\": 3}", -1, NULL));
  g_assert_false (juxta_window_load_scenario (f->window, path, &error));
  expected = g_strdup_printf ("%s:2:44: error: $.hidden: expected an array of ids, got a number", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (juxta_test_deck (f->window) == before);
  revealer = GTK_REVEALER (juxta_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (revealer),
                                           "“broken.json” was not opened: expected an array of ids, got a number. "
                                           "The deck on screen stays."));
  /* Details lists it with its position. */
  g_assert_true (gtk_widget_is_sensitive (juxta_test_find_button (GTK_WIDGET (revealer), "_Details")));

  /* Dropped, the same. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.dismiss-errors", NULL);
  juxta_test_drop_file (GTK_WIDGET (f->window), file);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (juxta_test_deck (f->window) == before);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_faders_are_named_for_screen_readers (Fixture       *f,
                                          gconstpointer  data)
{
  JuxtaDeck *deck = juxta_test_deck (f->window);

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    {
      GtkRange *fader = juxta_slider_board_get_fader (board (f), p);

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (fader), GTK_ACCESSIBLE_ROLE_SLIDER);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fader), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           juxta_deck_get_priority (deck, p)->label);
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fader)));
    }
}

static gboolean
has_deck (gpointer window)
{
  return juxta_test_deck (window) != NULL;
}

static void
count_decks_cb (JuxtaSession       *session,
                JuxtaSessionChange  changes,
                guint              *n_decks)
{
  if (changes & JUXTA_SESSION_CHANGE_DECK)
    (*n_decks)++;
}

/* What a launched window looks like after its first frame: its deck (one
 * deck laid out: one DECK change since it was made) and the views on
 * show, but none of the pages not on show. */
static void
assert_launched (JuxtaWindow *window,
                 const char  *deck_id,
                 guint        n_decks)
{
  g_assert_cmpstr (juxta_deck_get_id (juxta_test_deck (window)), ==, deck_id);
  g_assert_cmpuint (n_decks, ==, 1);
  g_assert_nonnull (juxta_recommendation_card_get_headline (JUXTA_RECOMMENDATION_CARD (
    juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_RECOMMENDATION_CARD))));
  g_assert_null (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SENSITIVITY_CHART));
  g_assert_null (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_TALKING_POINTS_PANE));
  g_assert_null (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_MEETING_CARDS));
  g_assert_null (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_PHRASE_GUARD_PANE));
  g_assert_null (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_GLOSSARY_PANE));
  g_assert_null (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_INTERVIEW_VIEW));
  g_assert_null (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_STAKEHOLDER_MATRIX));
}

/* Whether @type's page of the centre stack is there and in the view
 * switcher. */
static gboolean
page_shown (JuxtaWindow *window,
            GType        type)
{
  AdwViewStack *stack = ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkWidget *widget = juxta_test_find_widget (GTK_WIDGET (stack), type);

  g_assert_nonnull (widget);
  for (GtkWidget *child = widget; child != NULL; child = gtk_widget_get_parent (child))
    if (adw_view_stack_get_page (stack, child) != NULL)
      return adw_view_stack_page_get_visible (adw_view_stack_get_page (stack, child));
  g_assert_not_reached ();
}

/* A launched window, for @file if not NULL, presented and waited for until
 * its deck is on screen.  Nothing is read before the first frame: the
 * window has no deck until it is drawn. */
static JuxtaWindow *
launch (GFile *file,
        guint *n_decks)
{
  JuxtaWindow *window = g_object_ref (juxta_window_new_deferred (NULL));

  *n_decks = 0;
  g_signal_connect (juxta_window_get_session (window), "changed", G_CALLBACK (count_decks_cb), n_decks);
  if (file != NULL)
    juxta_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (juxta_test_deck (window));
  juxta_test_wait_until (juxta_test_is_mapped, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  juxta_test_wait_until (has_deck, window);
  juxta_test_wait_idle ();
  return window;
}

static char *
first_deck_id (void)
{
  JuxtaWindow *reference = juxta_test_window_new ();
  char *id = g_strdup (juxta_deck_get_id (juxta_test_deck (reference)));

  juxta_test_window_destroy (reference);
  return id;
}

/* At launch the window is drawn first and the deck is laid out after the
 * first frame; the deck is the one juxta_window_new () shows.  The pages
 * not on show are built when they are first shown, and then show the
 * deck. */
static void
test_launch_draws_the_window_before_the_deck (void)
{
  g_autofree char *expected = NULL;
  JuxtaWindow *window;
  JuxtaDeck *deck;
  GtkWidget *chart, *dropdown, *glossary, *points, *popover;
  guint n_decks;

  juxta_test_reset_settings ();
  expected = first_deck_id ();
  window = launch (NULL, &n_decks);
  assert_launched (window, expected, n_decks);
  deck = juxta_test_deck (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.tools", NULL);
  juxta_test_wait_idle ();
  glossary = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_GLOSSARY_PANE);
  g_assert_nonnull (glossary);
  g_assert_nonnull (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_PHRASE_GUARD_PANE));
  g_assert_cmpuint (juxta_glossary_pane_get_n_visible (JUXTA_GLOSSARY_PANE (glossary)), ==,
                    juxta_deck_get_n_terms (deck));

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                 ADW_TYPE_VIEW_STACK)),
                                         "sensitivity");
  chart = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SENSITIVITY_CHART);
  g_assert_nonnull (chart);
  dropdown = juxta_test_find_widget (gtk_widget_get_parent (gtk_widget_get_parent (chart)), GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown))), ==,
                    juxta_deck_get_n_priorities (deck));

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                 ADW_TYPE_VIEW_STACK)),
                                         "notes");
  points = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_TALKING_POINTS_PANE);
  g_assert_nonnull (points);
  g_assert_nonnull (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_MEETING_CARDS));
  g_assert_cmpuint (juxta_talking_points_pane_get_n_shown (JUXTA_TALKING_POINTS_PANE (points)), ==,
                    juxta_session_get_talking_points (juxta_window_get_session (window))->len);
  /* Still the one deck. */
  g_assert_cmpuint (n_decks, ==, 1);

  /* The header bar's menus are built when first opened. */
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (window->menu_button)));
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (window->presets_button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (window->menu_button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (window->menu_button)));
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover))), >, 1);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (window->menu_button));
  g_assert_cmpuint (juxta_deck_get_n_presets (deck), >, 0);
  gtk_menu_button_popup (GTK_MENU_BUTTON (window->presets_button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (window->presets_button)));
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  /* The deck's presets, then Reset. */
  g_assert_cmpint (g_menu_model_get_n_items (g_menu_model_get_item_link (
                     gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)), 0, G_MENU_LINK_SECTION)),
                   ==, juxta_deck_get_n_presets (deck));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (window->presets_button));

  /* The test hook makes the rest: the interview's page and "Who prefers
   * what", both out of the switcher until they are wanted. */
  juxta_window_build_pages (window);
  g_assert_false (page_shown (window, JUXTA_TYPE_INTERVIEW_VIEW));
  g_assert_false (page_shown (window, JUXTA_TYPE_STAKEHOLDER_MATRIX));
  g_assert_cmpuint (n_decks, ==, 1);
  juxta_test_window_destroy (window);
}

/* A deck named at launch is the first and only deck laid out, after the
 * first frame, as the plain start's is; it joins the recent files. */
static void
test_launch_on_a_deck (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "decks", "good", "databases-3.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;
  g_autofree char *expected = NULL;
  JuxtaWindow *window;
  guint n_decks;

  juxta_test_reset_settings ();
  expected = first_deck_id ();
  window = launch (file, &n_decks);
  g_assert_cmpstr (expected, !=, "managed-databases-3");
  assert_launched (window, "managed-databases-3", n_decks);
  g_assert_cmpstr (juxta_deck_get_path (juxta_test_deck (window)), ==, path);
  g_assert_false (gtk_revealer_get_reveal_child (window->error_revealer));
  recent = g_settings_get_strv (settings, "recent-decks");
  g_assert_cmpstr (recent[0], ==, path);
  juxta_test_window_destroy (window);
}

/* So is the deck of a scenario named at launch, with the scenario on it. */
static void
test_launch_on_a_scenario (void)
{
  g_autofree char *deck = g_test_build_filename (G_TEST_DIST, "decks", "good", "databases-3.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("juxta-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "review.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *escaped = g_strescape (deck, NULL);
  g_autofree char *text = NULL;
  g_autoptr(JuxtaDeck) loaded = juxta_deck_load_file (deck, NULL, NULL);
  JuxtaWindow *window;
  JuxtaDeck *shown;
  int first;
  guint n_decks;

  juxta_test_reset_settings ();
  /* The first priority's weight, set apart from its default. */
  g_assert_nonnull (loaded);
  first = juxta_deck_get_priority (loaded, 0)->default_weight == 13 ? 14 : 13;
  text = g_strdup_printf ("{\"format\": \"juxta-scenario\", \"version\": 1, "
                          "\"deck\": {\"id\": \"managed-databases-3\", \"path\": \"%s\"}, "
                          "\"weights\": {\"%s\": %d}}",
                          escaped, juxta_deck_get_priority (loaded, 0)->id, first);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  window = launch (file, &n_decks);
  assert_launched (window, "managed-databases-3", n_decks);
  shown = juxta_test_deck (window);
  g_assert_cmpstr (juxta_session_get_file (juxta_window_get_session (window)), ==, path);
  g_assert_cmpint (juxta_test_scenario (window)->weights[0], ==, first);
  g_assert_cmpstr (juxta_deck_get_path (shown), ==, deck);
  g_assert_false (gtk_revealer_get_reveal_child (window->error_revealer));
  juxta_test_window_destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A bad file named at launch: the deck the window shows without one comes
 * instead, the only one laid out, with the file's errors in the bar. */
static void
test_launch_with_a_bad_file_keeps_the_first_deck (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-window-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *scenario = g_build_filename (dir, "lost.json", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) scenario_file = g_file_new_for_path (scenario);
  g_autofree char *expected = NULL;
  JuxtaWindow *window;
  guint n_decks;

  juxta_test_reset_settings ();
  expected = first_deck_id ();
  g_assert_true (g_file_set_contents (bad, "{\"format\": \"juxta-deck\"", -1, NULL));
  window = launch (bad_file, &n_decks);
  assert_launched (window, expected, n_decks);
  g_assert_true (gtk_revealer_get_reveal_child (window->error_revealer));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (window->error_label), "“bad.json” was not opened: "));
  g_assert_true (g_str_has_suffix (gtk_label_get_label (window->error_label), ". The deck on screen stays."));
  g_assert_true (gtk_widget_is_sensitive (juxta_test_find_button (GTK_WIDGET (window->error_revealer), "_Details")));
  juxta_test_window_destroy (window);

  /* A scenario whose deck is nowhere: the same. */
  g_assert_true (g_file_set_contents (scenario, "{\"format\": \"juxta-scenario\", \"version\": 1, "
                                      "\"deck\": {\"id\": \"no-such-deck\"}}", -1, NULL));
  window = launch (scenario_file, &n_decks);
  assert_launched (window, expected, n_decks);
  g_assert_true (gtk_revealer_get_reveal_child (window->error_revealer));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (window->error_label), "“lost.json” was not opened: "));
  g_assert_null (juxta_session_get_file (juxta_window_get_session (window)));
  juxta_test_window_destroy (window);
  g_unlink (bad);
  g_unlink (scenario);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!juxta_test_init_ui ())
    return g_test_run ();

#define ADD(path, func) g_test_add ("/juxta/window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("slider-moves-the-recommendation", test_slider_moves_the_recommendation);
  ADD ("requirement-rules-out-a-column", test_requirement_rules_out_a_column);
  ADD ("preset-and-reset", test_preset_and_reset);
  ADD ("audience-changes-the-analogy", test_audience_changes_the_analogy);
  ADD ("copy-puts-text-and-html-on-the-clipboard", test_copy_puts_text_and_html_on_the_clipboard);
  ADD ("export-writes-the-core-document", test_export_writes_the_core_document);
  ADD ("export-failure-is-shown-and-loses-nothing", test_export_failure_is_shown_and_loses_nothing);
  ADD ("bad-deck-keeps-the-good-one", test_bad_deck_keeps_the_good_one);
  ADD ("hide-and-show-a-column", test_hide_and_show_a_column);
  ADD ("faders-are-named-for-screen-readers", test_faders_are_named_for_screen_readers);
  ADD ("scenario/round-trip", test_scenario_round_trip);
  ADD ("scenario/deck-changed", test_scenario_deck_changed);
  ADD ("scenario/broken", test_scenario_broken);
#undef ADD
  g_test_add_func ("/juxta/window/settings-restore-weights", test_settings_restore_weights);
  g_test_add_func ("/juxta/window/launch-draws-the-window-before-the-deck",
                   test_launch_draws_the_window_before_the_deck);
  g_test_add_func ("/juxta/window/launch-on-a-deck", test_launch_on_a_deck);
  g_test_add_func ("/juxta/window/launch-on-a-scenario", test_launch_on_a_scenario);
  g_test_add_func ("/juxta/window/launch-with-a-bad-file-keeps-the-first-deck",
                   test_launch_with_a_bad_file_keeps_the_first_deck);

  return g_test_run ();
}
