/* screenshots.c: puts the real window in each documented state and grabs the screen
 *
 * Run by `build-aux/dev screenshots` under Xvfb (no window manager, so the
 * window sits at the top left and fills the shot; presentation mode under
 * a window manager on a screen of 1280×720, which fullscreen fills).
 * Writes the PNGs that data/screenshots/ and the README show.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "juxta-interview-view-private.h"
#include "juxta-paths.h"
#include "juxta-scenario-dialog-private.h"
#include "juxta-stakeholder-bar-private.h"
#include "juxta-window-test-util.h"

static const char *out_dir;

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 800 * 1000;

  /* Long enough for revealers, toasts' absence and the phrase check. */
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  juxta_test_wait_idle ();
}

static void
grab (JuxtaWindow *window,
      const char  *name)
{
  g_autofree char *path = g_build_filename (out_dir, name, NULL);
  g_autofree char *crop = NULL;
  const char *argv[] = { "import", "-window", "root", "-crop", NULL, "+repage", path, NULL };
  g_autoptr(GError) error = NULL;
  int width, height;
  int status;

  /* The window's size as set, which is what the screen shows. */
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  crop = g_strdup_printf ("%dx%d+0+0", width, height);
  argv[4] = crop;
  settle ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("import failed: %s", error->message);
  g_print ("%s (%dx%d)\n", path, width, height);
}

static JuxtaWindow *
open_window (const char *deck_id,
             int         width,
             int         height)
{
  g_autofree char *decks = juxta_paths_bundled_decks ();
  g_autofree char *file = g_strconcat (deck_id, ".json", NULL);
  g_autofree char *path = g_build_filename (decks, file, NULL);

  return juxta_test_window_open_sized (path, width, height);
}

static void
set_weight (JuxtaWindow *window,
            const char  *priority,
            int          weight)
{
  JuxtaSliderBoard *board = JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD));
  int p = juxta_deck_find_priority (juxta_test_deck (window), priority);

  g_assert_cmpint (p, >=, 0);
  gtk_range_set_value (juxta_slider_board_get_fader (board, (guint) p), weight);
}

static void
show_chart (JuxtaWindow *window,
            const char  *priority)
{
  JuxtaSliderBoard *board = JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD));

  juxta_slider_board_activate_priority (board, (guint) juxta_deck_find_priority (juxta_test_deck (window), priority));
}

static void
workbench (const char *name,
           gboolean    dark)
{
  JuxtaWindow *window;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = open_window ("aws-genai-platforms", 1280, 720);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preset", "s", "prototype-fast");
  grab (window, name);
  juxta_test_window_destroy (window);
}

static void
narrow (void)
{
  JuxtaWindow *window = open_window ("aws-genai-platforms", 600, 900);
  int minimum;

  /* The first allocation switches to the narrow layout, which lets the
   * window shrink further: ask again. */
  settle ();
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_print ("narrow layout: window minimum width %d\n", minimum);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 900);
  grab (window, "narrow.png");
  juxta_test_window_destroy (window);
}

static char *
test_deck (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".json", NULL);

  return g_build_filename (JUXTA_SOURCE_ROOT, "tests", "decks", "good", file, NULL);
}

/* A deck of the test corpus at 1280×720, in the workbench or presenting. */
static void
options (const char *deck,
         gboolean    presenting,
         const char *name)
{
  g_autofree char *path = test_deck (deck);
  JuxtaWindow *window = juxta_test_window_open_sized (path, 1280, 720);

  if (presenting)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  grab (window, name);
  juxta_test_window_destroy (window);
}

/* The talking points, the bottom line and the spoken answer: their own
 * page at 1280 pixels. */
static void
talking_points (void)
{
  JuxtaWindow *window = open_window ("aws-genai-platforms", 1280, 720);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                 ADW_TYPE_VIEW_STACK)),
                                         "notes");
  grab (window, "talking-points.png");
  juxta_test_window_destroy (window);
}

/* Answers the question on screen: @presses as in juxta_test_interview_lean (), then Next. */
static void
answer (JuxtaInterviewView *view,
        int                 presses)
{
  juxta_test_interview_lean (view, presses);
  g_signal_emit_by_name (juxta_interview_view_get_button (view, "next"), "clicked");
}

/* The laptops deck, with the customer asked the first questions of the
 * interview; the next one on screen, its choice moved. */
static JuxtaWindow *
interview_window (gboolean presenting,
                  gboolean contradict)
{
  g_autofree char *path = test_deck ("laptops");
  JuxtaWindow *window = juxta_test_window_open_sized (path, 1280, 720);
  JuxtaInterviewView *view;

  if (presenting)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.interview", NULL);
  view = JUXTA_INTERVIEW_VIEW (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_INTERVIEW_VIEW));
  /* Battery life against each of the others, then weight against power. */
  answer (view, 1);
  answer (view, 3);
  answer (view, -1);
  /* Raw power overwhelmingly over Low weight: against the answers so far. */
  if (contradict)
    answer (view, -4);
  else
    juxta_test_interview_lean (view, -3);
  return window;
}

static void
interview (void)
{
  JuxtaWindow *window = interview_window (FALSE, TRUE);

  grab (window, "interview.png");
  juxta_test_window_destroy (window);
}

static void stakeholders_presentation (void);

/* Presentation mode needs a window manager (fullscreen) on a 1280×720
 * screen: build-aux/dev runs these apart. */
static void
presentation (void)
{
  JuxtaWindow *window = open_window ("aws-genai-platforms", 1280, 720);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  grab (window, "presentation.png");
  /* The presenter brings the sliders in with F9. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.board", NULL);
  set_weight (window, "control", 85);
  grab (window, "presentation-board.png");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.board", NULL);
  show_chart (window, "control");
  grab (window, "chart-presentation.png");
  juxta_test_window_destroy (window);

  window = interview_window (TRUE, FALSE);
  grab (window, "interview-presentation.png");
  juxta_test_window_destroy (window);

  options ("databases-3", TRUE, "presentation-3-options.png");
  options ("container-services-5", TRUE, "presentation-5-options.png");
  stakeholders_presentation ();
}

/* A 1920×1080 screen: the talking points get a pane of their own. */
static void
wide (void)
{
  JuxtaWindow *window = open_window ("aws-genai-build-paths", 1920, 1080);

  grab (window, "wide.png");
  juxta_test_window_destroy (window);
}

static void
phrase_guard (void)
{
  JuxtaWindow *window = open_window ("aws-genai-platforms", 1280, 720);
  JuxtaPhraseGuardPane *pane = JUXTA_PHRASE_GUARD_PANE (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                 JUXTA_TYPE_PHRASE_GUARD_PANE));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.phrase-guard", NULL);
  gtk_text_buffer_set_text (juxta_phrase_guard_pane_get_buffer (pane),
                            "Think of it this way: Bedrock is like EKS, and SageMaker is like Kubernetes "
                            "running on EC2. Bedrock has nothing to do with Kubernetes, though.", -1);
  grab (window, "phrase-guard.png");
  juxta_test_window_destroy (window);
}

static void
chart (void)
{
  JuxtaWindow *window = open_window ("aws-genai-build-paths", 1280, 720);

  show_chart (window, "portability");
  grab (window, "chart-light.png");
  juxta_test_window_destroy (window);
}

/* A deck with mistakes: the bar, then Details with every problem where it is. */
static void
problems (void)
{
  g_autofree char *good = g_build_filename (JUXTA_SOURCE_ROOT, "tests", "decks", "good", "databases.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("juxta-screenshots-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "booking.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) broken = NULL;
  JuxtaWindow *window = open_window ("aws-genai-platforms", 1280, 720);

  g_assert_true (g_file_get_contents (good, &text, NULL, NULL));
  broken = g_string_new (text);
  g_string_replace (broken, "\"scale\": 4.5,", "\"scale\": 7,", 1);
  g_string_replace (broken, "\"tagline\": \"A database in a file\"", "\"taglin\": \"A database in a file\"", 1);
  g_string_replace (broken, "{\"id\": \"runs-on\", \"label\": \"Runs on\"}", "{\"id\": \"runs-on\"}", 1);
  g_assert_true (g_file_set_contents (bad, broken->str, -1, NULL));

  g_assert_false (juxta_window_load_deck (window, bad, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-errors", NULL);
  grab (window, "problems.png");
  juxta_test_window_destroy (window);
  g_unlink (bad);
  g_rmdir (dir);
}

/* Save Scenario's dialog, over a scenario of the laptops deck; then the
 * same scenario opened after its deck changed. */
static void
scenario (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-shots-XXXXXX", NULL);
  g_autofree char *deck_path = g_build_filename (dir, "laptops.json", NULL);
  g_autofree char *path = g_build_filename (dir, "Tuesday review.json", NULL);
  g_autofree char *fixture = g_build_filename (JUXTA_SOURCE_ROOT, "tests", "decks", "good", "laptops.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog;
  JuxtaWindow *window;

  g_assert_true (g_file_get_contents (fixture, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (deck_path, text, -1, NULL));
  window = juxta_test_window_open_sized (deck_path, 1280, 720);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preset", "s", "demo-heavy");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.audience", "s", "business");
  gtk_switch_set_active (juxta_slider_board_get_requirement_switch (JUXTA_SLIDER_BOARD (
    juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD)), 0), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_COMPARISON_PANELS)),
                              "panels.hide", "s", "budget");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-scenario-as", NULL);
  dialog = GTK_WIDGET (juxta_test_wait_for_toplevel (JUXTA_TYPE_SCENARIO_DIALOG));
  juxta_scenario_dialog_set_notes (JUXTA_SCENARIO_DIALOG (dialog),
                                   "Prepared for the Tuesday review with the demo team: they want the GPU.");
  grab (window, "scenario-save.png");
  g_assert_true (juxta_scenario_dialog_save_to (JUXTA_SCENARIO_DIALOG (dialog), file, NULL));

  edited = g_string_new (text);
  g_string_replace (edited, "\"Which laptop for the field team?\"", "\"Which laptop for the field team, 2027?\"", 1);
  g_assert_true (g_file_set_contents (deck_path, edited->str, -1, NULL));
  juxta_window_open_file (window, file);
  grab (window, "scenario-changed.png");
  juxta_test_window_destroy (window);
  g_unlink (path);
  g_unlink (deck_path);
  g_rmdir (dir);
}

/* New Deck: the starter deck on screen, and the toast that offers the
 * editor. */
static void
new_deck (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-shots-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "My deck.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  JuxtaWindow *window = open_window ("aws-genai-platforms", 1280, 720);

  juxta_window_set_chosen_file (window, file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-deck", NULL);
  grab (window, "new-deck.png");
  juxta_test_window_destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A deck that opened with warnings: the count beside its name, the
 * popover that says so, and the list at their lines and columns. */
static void
deck_warnings (void)
{
  g_autofree char *path = test_deck ("container-services-5");
  JuxtaWindow *window = juxta_test_window_open_sized (path, 1280, 720);
  GtkWidget *sources = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SOURCES_BUTTON);

  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_first_child (sources)));
  grab (window, "deck-warnings.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (gtk_widget_get_first_child (sources)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-deck-warnings", NULL);
  grab (window, "deck-warnings-details.png");
  juxta_test_window_destroy (window);
}

/* What Export and Copy include: the check items beside them. */
static void
export_sections (void)
{
  JuxtaWindow *window = open_window ("aws-genai-platforms", 1280, 720);
  GtkWidget *pane = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_TALKING_POINTS_PANE);
  GtkWidget *button = juxta_test_find_widget (pane, GTK_TYPE_MENU_BUTTON);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                 ADW_TYPE_VIEW_STACK)),
                                         "notes");
  settle ();
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  grab (window, "export-sections.png");
  juxta_test_window_destroy (window);
}

/* Adds a person as a user does: the bar's +, their name, Add. */
static void
add_person (JuxtaWindow *window,
            const char  *name)
{
  JuxtaStakeholderBar *bar = JUXTA_STAKEHOLDER_BAR (juxta_test_find_widget (GTK_WIDGET (window),
                                                                            JUXTA_TYPE_STAKEHOLDER_BAR));

  gtk_menu_button_popup (GTK_MENU_BUTTON (juxta_stakeholder_bar_get_widget (bar, "add")));
  gtk_editable_set_text (GTK_EDITABLE (juxta_stakeholder_bar_get_widget (bar, "add-entry")), name);
  g_signal_emit_by_name (juxta_stakeholder_bar_get_widget (bar, "add-confirm"), "clicked");
  juxta_test_wait_idle ();
}

/* Three people with priorities of their own: each is added, their
 * sliders set; then the board on the consensus, and who prefers what. */
static JuxtaWindow *
stakeholders_window (gboolean presenting)
{
  JuxtaWindow *window = open_window ("aws-genai-platforms", 1280, 720);

  const struct { const char *name; int weights[6]; } people[] = {
    /*                                     risk speed control governance cost time-to-value */
    { "CTO",                                { 40, 95, 20, 30, 40, 90 } },
    { "Chief Information Security Officer", { 80, 20, 95, 100, 30, 25 } },
    { "Dana Kowalczyk",                     { 70, 40, 20, 40, 90, 50 } },
  };
  const char *priorities[] = { "risk", "speed", "control", "governance", "cost", "time-to-value" };

  for (guint k = 0; k < G_N_ELEMENTS (people); k++)
    {
      add_person (window, people[k].name);
      for (guint p = 0; p < G_N_ELEMENTS (priorities); p++)
        set_weight (window, priorities[p], people[k].weights[p]);
    }
  if (presenting)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  return window;
}

static void
stakeholders (void)
{
  JuxtaWindow *window = stakeholders_window (FALSE);
  AdwViewStack *stack = ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  grab (window, "stakeholders-board.png");
  /* Everyone: the consensus on the board, read-only, beside the table. */
  gtk_widget_activate_action (GTK_WIDGET (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_STAKEHOLDER_BAR)),
                              "stakeholders.select", "i", -1);
  adw_view_stack_set_visible_child_name (stack, "stakeholders");
  grab (window, "stakeholders.png");
  juxta_test_window_destroy (window);
}

static void
stakeholders_presentation (void)
{
  JuxtaWindow *window = stakeholders_window (TRUE);
  AdwViewStack *stack = ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  adw_view_stack_set_visible_child_name (stack, "stakeholders");
  grab (window, "stakeholders-presentation.png");
  juxta_test_window_destroy (window);
}

static void
german (void)
{
  JuxtaWindow *window = open_window ("aws-eks-vs-sagemaker", 1280, 720);

  set_weight (window, "portability", 80);
  grab (window, "workbench-german.png");
  juxta_test_window_destroy (window);
}

/* Any deck at any size, for a look while working on the layout:
 * juxta-screenshots OUT_DIR custom DECK.json WIDTH HEIGHT [presenting] [interview] [people] NAME.png
 * (people: three stakeholders, and who prefers what) */
static void
custom (char **argv,
        int    argc)
{
  JuxtaWindow *window;

  if (argc < 7)
    g_error ("custom DECK.json WIDTH HEIGHT [presenting] [interview] NAME.png");
  window = juxta_test_window_open_sized (argv[3], atoi (argv[4]), atoi (argv[5]));
  for (int i = 6; i < argc - 1; i++)
    if (g_str_equal (argv[i], "presenting"))
      gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
    else if (g_str_equal (argv[i], "interview"))
      {
        gtk_widget_activate_action (GTK_WIDGET (window), "win.interview", NULL);
        answer (JUXTA_INTERVIEW_VIEW (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_INTERVIEW_VIEW)), 1);
      }
    else if (g_str_equal (argv[i], "people"))
      {
        JuxtaSession *session = juxta_window_get_session (window);
        const char *names[] = { "Chief Information Security Officer", "Łukasz Wąsowski-Kowalczyk", "王秀英 (财务)" };
        guint n = juxta_deck_get_n_priorities (juxta_session_get_deck (session));

        for (guint k = 0; k < G_N_ELEMENTS (names); k++)
          {
            juxta_session_add_stakeholder (session, names[k], NULL);
            for (guint p = 0; p < n; p++)
              juxta_session_set_stakeholder_weight (session, k, p, p == k % n ? 100 : (int) (10 + 7 * p));
          }
        juxta_session_select_stakeholder (session, -1);
        adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                       ADW_TYPE_VIEW_STACK)),
                                               "stakeholders");
      }
  /* As narrow () does: a narrow layout lets the window shrink further. */
  settle ();
  gtk_window_set_default_size (GTK_WINDOW (window), atoi (argv[4]), atoi (argv[5]));
  grab (window, argv[argc - 1]);
  juxta_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = juxta_paths_locale_dir ();
  const char *only = argc > 2 ? argv[2] : NULL;

  if (argc < 2)
    {
      g_printerr ("usage: juxta-screenshots OUT_DIR [NAME]\n");
      return 2;
    }
  out_dir = argv[1];

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!juxta_test_init_program ("juxta-screenshots"))
    return 1;
  {
    /* Xvfb has no compositor: the shadow around a popover would be drawn
     * black.  A border instead. */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_data (css, "popover > contents, popover > arrow { box-shadow: none; "
                                     "border: 1px solid alpha(black, 0.2); }", -1);
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  }

  if (g_strcmp0 (only, "custom") == 0)
    {
      custom (argv, argc);
      return 0;
    }
  if (g_strcmp0 (only, "german") == 0)
    {
      german ();
      return 0;
    }
  if (g_strcmp0 (only, "authoring") == 0)
    {
      new_deck ();
      deck_warnings ();
      export_sections ();
      return 0;
    }
  if (g_strcmp0 (only, "problems") == 0)
    {
      problems ();
      return 0;
    }
  if (g_strcmp0 (only, "scenario") == 0)
    {
      scenario ();
      return 0;
    }
  if (g_strcmp0 (only, "presentation") == 0)
    {
      presentation ();
      return 0;
    }
  if (g_strcmp0 (only, "interview") == 0)
    {
      interview ();
      return 0;
    }
  if (g_strcmp0 (only, "interview-presentation") == 0)
    {
      JuxtaWindow *window = interview_window (TRUE, FALSE);
      grab (window, "interview-presentation.png");
      juxta_test_window_destroy (window);
      return 0;
    }
  if (g_strcmp0 (only, "stakeholders") == 0)
    {
      stakeholders ();
      return 0;
    }
  if (g_strcmp0 (only, "stakeholders-presentation") == 0)
    {
      stakeholders_presentation ();
      return 0;
    }
  if (g_strcmp0 (only, "wide") == 0)
    {
      wide ();
      return 0;
    }
  workbench ("workbench-light.png", FALSE);
  workbench ("workbench-dark.png", TRUE);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  narrow ();
  options ("databases-3", FALSE, "workbench-3-options.png");
  options ("container-services-5", FALSE, "workbench-5-options.png");
  talking_points ();
  phrase_guard ();
  chart ();
  problems ();
  scenario ();
  interview ();
  new_deck ();
  deck_warnings ();
  export_sections ();
  stakeholders ();
  return 0;
}
