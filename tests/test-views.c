/* test-views.c: each view built alone with a session, under Xvfb
 *
 * A view is given a session, the session changes, and what the view shows
 * is read back; where the view writes to the session, the session is read
 * back too.  No window: nothing but the session connects them.
 */

#include "config.h"

#include "juxta-talking-points.h"
#include "juxta-test-util.h"
#include "juxta-window-test-util.h"
#include "juxta-wrap.h"

typedef struct
{
  JuxtaSession *session;
  JuxtaDeck    *deck;
  GtkWindow    *window;    /* shows the view, so that it is mapped */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->session = juxta_session_new ();
  f->deck = juxta_test_good_deck ("laptops.json");
  juxta_session_set_deck (f->session, f->deck, NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  juxta_test_wait_idle ();
  g_object_unref (f->deck);
  g_assert_finalize_object (f->session);
}

/* Puts @view on screen, then gives it the session, as the window does. */
static GtkWidget *
show (Fixture   *f,
      GtkWidget *view)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_set_child (f->window, scroller);
  gtk_window_present (f->window);
  juxta_test_wait_until (juxta_test_is_mapped, view);
  g_object_set (view, "session", f->session, NULL);
  juxta_test_wait_idle ();
  return view;
}

static int
priority (Fixture    *f,
          const char *id)
{
  return juxta_deck_find_priority (f->deck, id);
}

static void
test_slider_board (Fixture       *f,
                   gconstpointer  data)
{
  JuxtaSliderBoard *board = JUXTA_SLIDER_BOARD (show (f, juxta_slider_board_new ()));
  GtkRange *power = juxta_slider_board_get_fader (board, (guint) priority (f, "power"));
  GtkSwitch *gpu = juxta_slider_board_get_requirement_switch (board, 0);
  g_autoptr(JuxtaDeck) minimal = juxta_test_good_deck ("minimal.json");

  g_assert_true (juxta_slider_board_get_session (board) == f->session);
  g_assert_cmpfloat (gtk_range_get_value (power), ==, 30);

  /* The session changes: the faders and switches follow. */
  juxta_session_set_weight (f->session, (guint) priority (f, "power"), 64);
  juxta_session_set_requirement (f->session, 0, TRUE);
  g_assert_cmpfloat (gtk_range_get_value (power), ==, 64);
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (board), "64"));
  g_assert_true (gtk_switch_get_active (gpu));

  /* The user moves a fader or a switch: the session changes. */
  gtk_range_set_value (power, 12);
  gtk_switch_set_active (gpu, FALSE);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[priority (f, "power")], ==, 12);
  g_assert_cmphex (juxta_session_get_scenario (f->session)->requirements, ==, 0);

  /* A label click makes that priority the chart's. */
  juxta_slider_board_activate_priority (board, (guint) priority (f, "price"));
  g_assert_cmpuint (juxta_session_get_chart_priority (f->session), ==, (guint) priority (f, "price"));

  /* Another deck: its faders. */
  juxta_session_set_deck (f->session, minimal, NULL);
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (board), juxta_deck_get_priority (minimal, 0)->label));
  g_assert_null (juxta_test_find_label (GTK_WIDGET (board), juxta_deck_get_priority (f->deck, 0)->label));
}

static void
test_comparison_panels (Fixture       *f,
                        gconstpointer  data)
{
  JuxtaComparisonPanels *panels = JUXTA_COMPARISON_PANELS (show (f, juxta_comparison_panels_new ()));
  GtkWidget *ultrabook = juxta_comparison_panels_get_card (panels, 0);
  GtkWidget *workstation = juxta_comparison_panels_get_card (panels, 1);
  GtkWidget *budget = juxta_comparison_panels_get_card (panels, 2);

  g_assert_true (gtk_widget_has_css_class (ultrabook, "leader"));

  /* A new advice moves the leader's mark. */
  juxta_session_apply_preset (f->session, (guint) juxta_deck_find_preset (f->deck, "demo-heavy"));
  g_assert_cmpint (juxta_session_get_advice (f->session)->leader, ==, 1);
  g_assert_true (gtk_widget_has_css_class (workstation, "leader"));
  g_assert_false (gtk_widget_has_css_class (ultrabook, "leader"));

  /* Hidden in the session, hidden on screen; and the other way. */
  juxta_session_hide_option (f->session, 2, TRUE);
  g_assert_false (gtk_widget_get_visible (budget));
  g_assert_nonnull (juxta_test_find_button (GTK_WIDGET (panels), "Budget 14"));
  gtk_widget_activate_action (GTK_WIDGET (panels), "panels.show", "s", "budget");
  g_assert_false (juxta_session_is_hidden (f->session, 2));
  g_assert_true (gtk_widget_get_visible (budget));
  gtk_widget_activate_action (GTK_WIDGET (panels), "panels.hide", "s", "ultrabook");
  g_assert_true (juxta_session_is_hidden (f->session, 0));
  g_assert_false (gtk_widget_get_visible (ultrabook));
}

static void
test_recommendation_card (Fixture       *f,
                          gconstpointer  data)
{
  JuxtaRecommendationCard *card = JUXTA_RECOMMENDATION_CARD (show (f, juxta_recommendation_card_new ()));

  g_assert_cmpstr (juxta_recommendation_card_get_headline (card), ==, "Ultrabook 13");
  juxta_session_set_requirement (f->session, (guint) juxta_deck_find_requirement (f->deck, "gpu"), TRUE);
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card), ==, "Workstation 16");
  for (guint p = 0; p < juxta_deck_get_n_priorities (f->deck); p++)
    juxta_session_set_weight (f->session, p, 0);
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card), ==, "Move a slider");
}

static void
test_talking_points_pane (Fixture       *f,
                          gconstpointer  data)
{
  JuxtaTalkingPointsPane *pane = JUXTA_TALKING_POINTS_PANE (show (f, juxta_talking_points_pane_new ()));
  GPtrArray *points;
  g_autofree char *before = juxta_talking_points_pane_dup_shown (pane, 1);

  juxta_session_set_requirement (f->session, (guint) juxta_deck_find_requirement (f->deck, "gpu"), TRUE);
  points = juxta_session_get_talking_points (f->session);
  g_assert_cmpuint (juxta_talking_points_pane_get_n_shown (pane), ==, points->len);
  for (guint i = 0; i < points->len; i++)
    {
      g_autofree char *shown = juxta_talking_points_pane_dup_shown (pane, i);
      g_assert_cmpstr (shown, ==, g_ptr_array_index (points, i));
    }
  {
    g_autofree char *after = juxta_talking_points_pane_dup_shown (pane, 1);
    g_assert_cmpstr (after, !=, before);
  }
}

static void
test_meeting_cards (Fixture       *f,
                    gconstpointer  data)
{
  JuxtaMeetingCards *cards = JUXTA_MEETING_CARDS (show (f, juxta_meeting_cards_new ()));
  g_autoptr(JuxtaDeck) minimal = juxta_test_good_deck ("minimal.json");
  g_autofree char *bottom = juxta_meeting_cards_dup_bottom_line (cards);

  g_assert_cmpstr (juxta_meeting_cards_get_answer (cards), ==, juxta_deck_get_answer (f->deck, 0)->text);
  g_assert_true (g_str_has_prefix (bottom, "Don't say: The workstation is a desktop you can carry."));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (cards)));
  /* A deck with neither an answer nor a bottom line: nothing to show. */
  juxta_session_set_deck (f->session, minimal, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (cards)));
}

static void
test_sensitivity_chart (Fixture       *f,
                        gconstpointer  data)
{
  JuxtaSensitivityChart *chart = JUXTA_SENSITIVITY_CHART (show (f, juxta_sensitivity_chart_new ()));
  int power = priority (f, "power");
  g_autofree char *description = NULL;
  g_autofree char *expected = NULL;
  GtkGesture *drag = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart));

  g_assert_cmpuint (juxta_sensitivity_chart_get_data (chart)->priority, ==, 0);
  juxta_session_set_chart_priority (f->session, (guint) power);
  g_assert_cmpuint (juxta_sensitivity_chart_get_data (chart)->priority, ==, (guint) power);
  juxta_session_set_weight (f->session, (guint) power, 77);
  g_assert_cmpint (juxta_sensitivity_chart_get_data (chart)->weight, ==, 77);

  /* Described once, in the property the window's caption shows. */
  g_object_get (chart, "description", &description, NULL);
  expected = juxta_sensitivity_describe (f->deck, juxta_sensitivity_chart_get_data (chart));
  g_assert_cmpstr (description, ==, expected);

  /* A drag writes the chart priority's weight to the session. */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_GESTURE_DRAG (controller))
        drag = GTK_GESTURE (controller);
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chart));
  g_signal_emit_by_name (drag, "drag-begin", 0.0, 10.0);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[power], ==, 0);
  g_assert_cmpint (juxta_sensitivity_chart_get_data (chart)->weight, ==, 0);
}

/* Off screen, the chart does not follow; back on screen, it catches up. */
static void
test_sensitivity_chart_off_screen (Fixture       *f,
                                   gconstpointer  data)
{
  JuxtaSensitivityChart *chart = JUXTA_SENSITIVITY_CHART (show (f, juxta_sensitivity_chart_new ()));
  const JuxtaSensitivity *before = juxta_sensitivity_chart_get_data (chart);

  gtk_widget_set_visible (GTK_WIDGET (chart), FALSE);
  juxta_session_set_weight (f->session, 0, 3);
  g_assert_true (juxta_sensitivity_chart_get_data (chart) == before);
  gtk_widget_set_visible (GTK_WIDGET (chart), TRUE);
  juxta_test_wait_until (juxta_test_is_mapped, chart);
  g_assert_cmpint (juxta_sensitivity_chart_get_data (chart)->weight, ==, 3);
}

static gboolean
has_a_finding (gpointer pane)
{
  return juxta_phrase_guard_pane_get_n_findings (pane) > 0;
}

static void
test_phrase_guard_pane (Fixture       *f,
                        gconstpointer  data)
{
  JuxtaPhraseGuardPane *pane = JUXTA_PHRASE_GUARD_PANE (show (f, juxta_phrase_guard_pane_new ()));
  g_autoptr(JuxtaDeck) minimal = juxta_test_good_deck ("minimal.json");

  /* Checked once the typing pauses, not at each key: nothing yet, then
   * the finding. */
  gtk_text_buffer_set_text (juxta_phrase_guard_pane_get_buffer (pane), "The workstation is basically a desktop.", -1);
  g_assert_cmpuint (juxta_phrase_guard_pane_get_n_findings (pane), ==, 0);
  juxta_test_wait_until (has_a_finding, pane);
  g_assert_cmpuint (juxta_phrase_guard_pane_get_n_findings (pane), ==, 1);

  /* Another deck, other analogies: the same text is checked again. */
  juxta_session_set_deck (f->session, minimal, NULL);
  g_assert_cmpuint (juxta_phrase_guard_pane_get_n_findings (pane), ==, 0);
}

static void
test_glossary_pane (Fixture       *f,
                    gconstpointer  data)
{
  JuxtaGlossaryPane *glossary = JUXTA_GLOSSARY_PANE (show (f, juxta_glossary_pane_new ()));
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "decks", "aws-eks-vs-sagemaker.json", NULL);
  g_autoptr(JuxtaDeck) eks = juxta_deck_load_file (path, NULL, NULL);

  g_assert_cmpuint (juxta_glossary_pane_get_n_visible (glossary), ==, juxta_deck_get_n_terms (f->deck));
  juxta_session_set_deck (f->session, eks, NULL);
  g_assert_cmpuint (juxta_glossary_pane_get_n_visible (glossary), ==, juxta_deck_get_n_terms (eks));
  g_assert_cmpuint (juxta_deck_get_n_terms (eks), !=, juxta_deck_get_n_terms (f->deck));
}

/* The wrap mode of deck text is what Unicode's line breaking says of its
 * longest run, whether or not the text has a run between spaces long
 * enough to ask it. */
static void
test_wrap_mode (void)
{
  const char *texts[] = {
    "", "Short words only", "PostgreSQL and MySQL-compatible engines",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123", "A code: XK-2000-ABCDEFGHIJ-KLMNOP-QRS",
    "twenty-five-characters-xx", "twenty-four-characters-x", "/usr/share/juxta/decks/aws-genai-platforms.json",
    "Non\u00a0breaking\u00a0spaces\u00a0between\u00a0words", "\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u306f\u5358\u8a9e\u306e\u9593\u306b\u7a7a\u767d\u304c\u3042\u308a\u307e\u305b\u3093\u304c\u3001\u3069\u3053\u3067\u3082\u6539\u884c\u3067\u304d\u307e\u3059",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "x\ty\nzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_cmpint (juxta_wrap_mode_for (texts[i]), ==,
                     juxta_wrap_longest_run (texts[i]) > JUXTA_WRAP_LONGEST_WORD ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
  /* Both answers occur. */
  g_assert_cmpint (juxta_wrap_mode_for (texts[1]), ==, PANGO_WRAP_WORD);
  g_assert_cmpint (juxta_wrap_mode_for (texts[3]), ==, PANGO_WRAP_WORD_CHAR);
  g_assert_cmpint (juxta_wrap_mode_for (texts[7]), ==, PANGO_WRAP_WORD);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!juxta_test_init_ui ())
    return g_test_run ();

  g_test_add_func ("/juxta/views/wrap-mode", test_wrap_mode);
#define ADD(path, func) g_test_add ("/juxta/views/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("slider-board", test_slider_board);
  ADD ("comparison-panels", test_comparison_panels);
  ADD ("recommendation-card", test_recommendation_card);
  ADD ("talking-points-pane", test_talking_points_pane);
  ADD ("meeting-cards", test_meeting_cards);
  ADD ("sensitivity-chart", test_sensitivity_chart);
  ADD ("sensitivity-chart-off-screen", test_sensitivity_chart_off_screen);
  ADD ("phrase-guard-pane", test_phrase_guard_pane);
  ADD ("glossary-pane", test_glossary_pane);
#undef ADD

  return g_test_run ();
}
