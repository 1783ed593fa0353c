/* test-interview-window.c: "Ask the customer" in the real window
 *
 * Drives the interview through its real widgets, as the keyboard and the
 * mouse do: the choice moves by its arrow-key signal ("move-slider"), the
 * buttons are clicked, Esc is the window's binding; and reads back what
 * the customer sees: the question, the answer in words, the agreement,
 * and the faders of the slider board.  Decks unlike the bundled ones:
 * laptops (four priorities, each with a question text) and databases-3
 * (six long labels, no question texts).
 */

#include "config.h"

#include <math.h>

#include "juxta-interview-view-private.h"
#include "juxta-scenario-dialog-private.h"
#include "juxta-window-test-util.h"

static AdwFlap *
board_flap_of (JuxtaWindow *window)
{
  return ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (juxta_test_board (window)), ADW_TYPE_FLAP));
}

/* Opens the interview with the header bar's button. */
static JuxtaInterviewView *
ask (JuxtaWindow *window)
{
  GtkWidget *header = juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *button = juxta_test_find_actionable (header, "win.interview");
  JuxtaInterviewView *view;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  juxta_test_wait_idle ();
  view = JUXTA_INTERVIEW_VIEW (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_INTERVIEW_VIEW));
  g_assert_nonnull (view);
  g_assert_true (juxta_interview_view_get_active (view));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (juxta_test_center_stack (window)), ==, "interview");
  return view;
}

/* Clicks the interview's button @name, which must be on screen and
 * sensitive, as a user could. */
static void
click (JuxtaInterviewView *view,
       const char         *name)
{
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  juxta_test_click (juxta_interview_view_get_button (view, name));
}

static gboolean
button_usable (JuxtaInterviewView *view,
               const char         *name)
{
  GtkWidget *button = juxta_interview_view_get_button (view, name);

  return gtk_widget_get_visible (button) && gtk_widget_is_sensitive (button);
}

static void
assert_question (JuxtaInterviewView *view,
                 guint               a,
                 guint               b)
{
  guint shown_a, shown_b;

  g_assert_true (juxta_interview_view_get_question (view, &shown_a, &shown_b));
  g_assert_cmpuint (shown_a, ==, a);
  g_assert_cmpuint (shown_b, ==, b);
}

/* What the board's faders show. */
static void
faders (JuxtaWindow *window,
        int         *values)
{
  JuxtaSliderBoard *board = juxta_test_board (window);

  for (guint p = 0; p < juxta_deck_get_n_priorities (juxta_test_deck (window)); p++)
    values[p] = (int) gtk_range_get_value (juxta_slider_board_get_fader (board, p));
}

/* ------------------------------------------------------------- tests */

/* The first priority against each other one: each answer through the
 * choice and Next; the faders stay until the answers connect every
 * priority, then they are the answers' weights. */
static void
test_answers_move_sliders (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaDeck *deck = juxta_test_deck (window);
  JuxtaInterviewView *view = ask (window);
  GtkRange *choice = juxta_interview_view_get_choice (view);
  /* Battery life 3× Low weight, 7× Raw power, Low price 3× Battery life. */
  const int presses[] = { 1, 3, -1 };
  const double ratio_to_first[] = { 1, 1 / 3.0, 1 / 7.0, 3 };
  int before[4], after[4];
  g_autofree char *spoken = NULL;
  const char *error;

  g_assert_cmpuint (juxta_deck_get_n_priorities (deck), ==, 4);
  faders (window, before);
  /* The board stands beside the questions. */
  juxta_test_wait_until (juxta_test_flap_at_rest, board_flap_of (window));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (juxta_slider_board_get_fader (juxta_test_board (window), 0))));
  /* The keyboard is on the choice, which starts at equal. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (choice));
  assert_question (view, 0, 1);
  g_assert_cmpint (juxta_interview_view_get_step (view), ==, 0);
  g_assert_cmpstr (juxta_interview_view_get_answer (view), ==, "Both matter equally");
  /* The deck's question texts are on screen beside the labels. */
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (view), juxta_deck_get_priority (deck, 0)->question));
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (view), juxta_deck_get_priority (deck, 1)->question));

  /* One arrow press to the left: Battery life, somewhat more. */
  juxta_test_interview_lean (view, 1);
  g_assert_cmpint (juxta_interview_view_get_step (view), ==, 2);
  g_assert_cmpstr (juxta_interview_view_get_answer (view), ==, "Battery life matters somewhat more");
  /* A screen reader hears which priority is favoured, and by how much. */
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Battery life matters somewhat more: 3× as much as Low weight");
  g_assert_null (error);
  /* Nothing is recorded before Next. */
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 0);

  for (guint q = 0; q < G_N_ELEMENTS (presses); q++)
    {
      int now[4];

      assert_question (view, 0, q + 1);
      if (q > 0)
        juxta_test_interview_lean (view, presses[q]);
      click (view, "next");
      g_assert_cmpuint (juxta_test_n_answers (window), ==, q + 1);
      faders (window, now);
      if (q + 1 < G_N_ELEMENTS (presses))
        {
          /* Not yet connected: the sliders stay, and say how far it is. */
          g_assert_cmpmem (now, sizeof now, before, sizeof before);
          g_assert_nonnull (strstr (juxta_interview_view_get_hint (view), "more answer"));
          g_assert_true (g_str_has_suffix (juxta_interview_view_get_hint (view), "the sliders."));
        }
    }

  /* Three answers connect the four priorities: the faders moved, to the
   * weights of those ratios, the largest at 100. */
  faders (window, after);
  for (guint p = 0; p < 4; p++)
    g_assert_cmpint (after[p], ==, (int) lround (100 * ratio_to_first[p] / 3));
  g_assert_cmpmem (after, sizeof after, juxta_test_scenario (window)->weights, sizeof after);
  g_assert_cmpint (juxta_session_get_interview_status (juxta_window_get_session (window)), ==,
                   JUXTA_INTERVIEW_STATUS_APPLIED);
  g_assert_true (juxta_interview_view_get_question (view, NULL, NULL));
  g_assert_nonnull (strstr (juxta_interview_view_get_hint (view), "The sliders follow your answers"));

  /* Every further answer moves them again, live. */
  juxta_test_interview_lean (view, 4);
  click (view, "next");
  {
    int again[4];
    faders (window, again);
    g_assert_cmpuint (juxta_test_n_answers (window), ==, 4);
    g_assert_false (memcmp (again, after, sizeof after) == 0);
    g_assert_cmpmem (again, sizeof again, juxta_test_scenario (window)->weights, sizeof again);
  }

  juxta_test_window_destroy (window);
}

/* Back shows the earlier answers with the choice where it was; a new
 * choice there replaces that answer, and the sliders follow. */
static void
test_back_changes_an_answer (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaSession *session = juxta_window_get_session (window);
  JuxtaInterviewView *view = ask (window);
  const JuxtaInterviewAnswer *answers;
  int before[4], after[4];
  guint next_a, next_b;

  /* Back has nowhere to go yet. */
  g_assert_false (button_usable (view, "back"));
  juxta_test_interview_lean (view, 2);
  click (view, "next");
  juxta_test_interview_lean (view, -1);
  click (view, "next");
  juxta_test_interview_lean (view, 0);
  click (view, "next");
  g_assert_true (juxta_interview_view_get_question (view, &next_a, &next_b));
  faders (window, before);

  /* Back: the third answer, equal; again: the second, Raw power 3×. */
  click (view, "back");
  assert_question (view, 0, 3);
  g_assert_cmpint (juxta_interview_view_get_step (view), ==, 0);
  g_assert_cmpstr (juxta_interview_view_get_progress (view), ==, "Changing answer 3 of 3");
  click (view, "back");
  assert_question (view, 0, 2);
  g_assert_cmpint (juxta_interview_view_get_step (view), ==, -2);
  g_assert_cmpstr (juxta_interview_view_get_answer (view), ==, "Raw power matters somewhat more");
  click (view, "back");
  assert_question (view, 0, 1);
  g_assert_cmpint (juxta_interview_view_get_step (view), ==, 4);
  g_assert_false (button_usable (view, "back"));
  /* An earlier answer cannot be skipped, only changed or kept. */
  g_assert_false (button_usable (view, "skip"));

  /* Changed: Low weight overwhelmingly.  Still three answers, the first
   * one replaced; then on to the question that was next. */
  juxta_test_interview_lean (view, -8);
  g_assert_cmpint (juxta_interview_view_get_step (view), ==, -8);
  click (view, "next");
  answers = juxta_session_get_answers (session, NULL);
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 3);
  g_assert_cmpuint (answers[0].priority, ==, 1);
  g_assert_cmpuint (answers[0].other, ==, 0);
  g_assert_cmpuint (answers[0].ratio, ==, 9);
  assert_question (view, next_a, next_b);
  faders (window, after);
  g_assert_cmpint (after[1], ==, 100);
  g_assert_cmpint (after[1], >, before[1]);
  g_assert_cmpmem (after, sizeof after, juxta_test_scenario (window)->weights, sizeof after);

  juxta_test_window_destroy (window);
}

/* A skipped question is not asked again, the count says so, and the
 * skipped ones can be asked at the end. */
static void
test_skip (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaSession *session = juxta_window_get_session (window);
  JuxtaInterviewView *view = ask (window);
  guint a, b;

  assert_question (view, 0, 1);
  click (view, "skip");
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 0);
  g_assert_nonnull (strstr (juxta_interview_view_get_progress (view), "1 skipped"));
  g_assert_nonnull (strstr (juxta_interview_view_get_progress (view), "5 questions left"));

  /* The five other pairs, each answered equal; (0, 1) never comes back. */
  for (guint i = 0; i < 5; i++)
    {
      g_assert_true (juxta_interview_view_get_question (view, &a, &b));
      g_assert_false (a == 0 && b == 1);
      click (view, "next");
    }
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 5);
  g_assert_cmpint (juxta_interview_find_pair (juxta_session_get_answers (session, NULL), 5, 0, 1), ==, -1);

  /* Nothing left but the skipped question: asked on request. */
  g_assert_false (juxta_interview_view_get_question (view, NULL, NULL));
  g_assert_cmpstr (juxta_interview_view_get_answer (view), ==, "No questions left to ask");
  g_assert_false (button_usable (view, "next"));
  g_assert_false (button_usable (view, "skip"));
  click (view, "ask-skipped");
  assert_question (view, 0, 1);
  click (view, "next");
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 6);
  g_assert_cmpstr (juxta_interview_view_get_answer (view), ==, "Every question is answered");

  juxta_test_window_destroy (window);
}

/* Cancel puts the sliders (moved by hand before) and the answers back, in
 * one change; the window is as it was. */
static void
test_cancel_restores (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaSliderBoard *board = juxta_test_board (window);
  AdwViewStack *center = juxta_test_center_stack (window);
  JuxtaInterviewView *view;
  int before[4], during[4], after[4];

  gtk_range_set_value (juxta_slider_board_get_fader (board, 2), 77);
  adw_view_stack_set_visible_child_name (center, "sensitivity");
  faders (window, before);
  g_assert_cmpint (before[2], ==, 77);

  for (int by_escape = 0; by_escape <= 1; by_escape++)
    {
      view = ask (window);
      for (guint q = 0; q < 3; q++)
        {
          juxta_test_interview_lean (view, (int) q + 1);
          click (view, "next");
        }
      faders (window, during);
      g_assert_false (memcmp (during, before, sizeof before) == 0);

      if (by_escape)
        /* Esc, from wherever the keyboard is. */
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));
      else
        click (view, "cancel");
      juxta_test_wait_idle ();

      faders (window, after);
      g_assert_cmpmem (after, sizeof after, before, sizeof before);
      g_assert_cmpuint (juxta_test_n_answers (window), ==, 0);
      g_assert_false (juxta_interview_view_get_active (view));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (center), ==, "sensitivity");
      g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (
        ADW_VIEW_SWITCHER_TITLE (juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE))));
      g_assert_true (adw_flap_get_reveal_flap (board_flap_of (window)));
      /* The page is out of the view switcher again. */
      g_assert_false (adw_view_stack_page_get_visible (adw_view_stack_get_page (center, GTK_WIDGET (view))));
    }

  juxta_test_window_destroy (window);
}

static gboolean
no_scenario_dialog (gpointer data)
{
  return juxta_test_find_toplevel (JUXTA_TYPE_SCENARIO_DIALOG) == NULL;
}

/* Cancel puts back the sliders and the answers, nothing else: a must-have
 * switched on, the audience, an option hidden and the notes written
 * during the interview stay.  Presets and Reset, which would move the
 * sliders the answers are setting, are off while it runs. */
static void
test_cancel_keeps_the_rest (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaSession *session = juxta_window_get_session (window);
  JuxtaSliderBoard *board = juxta_test_board (window);
  GtkWidget *panels = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_COMPARISON_PANELS);
  GtkWidget *reset = juxta_test_find_actionable (GTK_WIDGET (board), "win.reset");
  GtkWidget *preset = juxta_test_find_actionable (GTK_WIDGET (board), "win.preset");
  g_autofree char *dir = g_dir_make_tmp ("juxta-interview-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Tuesday.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *audience = NULL;
  JuxtaScenarioDialog *dialog;
  JuxtaInterviewView *view;
  int before[4], after[4];

  g_assert_nonnull (reset);
  g_assert_nonnull (preset);
  g_assert_true (gtk_widget_is_sensitive (reset));
  g_assert_true (gtk_widget_is_sensitive (preset));
  faders (window, before);

  view = ask (window);
  g_assert_false (gtk_widget_is_sensitive (reset));
  g_assert_false (gtk_widget_is_sensitive (preset));
  for (guint q = 0; q < 3; q++)
    {
      juxta_test_interview_lean (view, (int) q + 1);
      click (view, "next");
    }

  /* Meanwhile, the meeting: a must-have, the audience, an option hidden,
   * and the scenario saved with notes. */
  gtk_switch_set_active (juxta_slider_board_get_requirement_switch (board, 1), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.audience", "s", "business"));
  g_assert_true (gtk_widget_activate_action (panels, "panels.hide", "s", "workstation"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-scenario-as", NULL));
  dialog = JUXTA_SCENARIO_DIALOG (juxta_test_wait_for_toplevel (JUXTA_TYPE_SCENARIO_DIALOG));
  juxta_scenario_dialog_set_notes (dialog, "Asked on Tuesday");
  g_assert_true (juxta_scenario_dialog_save_to (dialog, file, &error));
  g_assert_no_error (error);
  juxta_test_wait_until (no_scenario_dialog, NULL);
  g_assert_true (juxta_interview_view_get_active (view));

  click (view, "cancel");
  faders (window, after);
  g_assert_cmpmem (after, sizeof after, before, sizeof before);
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 0);
  g_assert_true (gtk_switch_get_active (juxta_slider_board_get_requirement_switch (board, 1)));
  g_assert_cmphex (juxta_test_scenario (window)->requirements, ==, 1u << 1);
  g_object_get (window, "audience", &audience, NULL);
  g_assert_cmpstr (audience, ==, "business");
  g_assert_true (juxta_session_is_hidden (session, (guint) juxta_deck_find_option (juxta_test_deck (window),
                                                                                   "workstation")));
  g_assert_false (gtk_widget_get_visible (juxta_comparison_panels_get_card (
    JUXTA_COMPARISON_PANELS (panels), (guint) juxta_deck_find_option (juxta_test_deck (window), "workstation"))));
  g_assert_cmpstr (juxta_session_get_notes (session), ==, "Asked on Tuesday");
  g_assert_cmpstr (juxta_session_get_file (session), ==, path);
  /* Presets and Reset are back. */
  g_assert_true (gtk_widget_is_sensitive (reset));
  g_assert_true (gtk_widget_is_sensitive (preset));

  juxta_test_window_destroy (window);
  juxta_test_remove_tree (dir);
}

/* Finish keeps the answers and the weights they set, and a new interview
 * goes on from them. */
static void
test_finish_keeps (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaInterviewView *view = ask (window);
  int during[4], after[4];

  for (guint q = 0; q < 3; q++)
    {
      juxta_test_interview_lean (view, -(int) q);
      click (view, "next");
    }
  faders (window, during);
  click (view, "finish");
  g_assert_false (juxta_interview_view_get_active (view));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (juxta_test_center_stack (window)), ==, "comparison");
  faders (window, after);
  g_assert_cmpmem (after, sizeof after, during, sizeof during);
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 3);

  /* Asked again: the three answers stand, the fourth question is next. */
  view = ask (window);
  g_assert_nonnull (strstr (juxta_interview_view_get_progress (view), "3 answers"));
  g_assert_true (button_usable (view, "back"));
  g_assert_true (button_usable (view, "start-over"));
  click (view, "start-over");
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 0);
  assert_question (view, 0, 1);
  /* Cancel goes back to before this interview: the three answers. */
  click (view, "cancel");
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 3);

  juxta_test_window_destroy (window);
}

/* Consistent answers agree; an answer against the others is shown with
 * what the others say, and Revisit asks it again. */
static void
test_inconsistency (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaSession *session = juxta_window_get_session (window);
  JuxtaInterviewView *view = ask (window);
  const JuxtaInterviewResult *result;
  guint a, b;
  int direction;

  /* Battery life 3× Low weight and 9× Raw power: so Low weight about 3×
   * Raw power.  Price equal to battery. */
  juxta_test_interview_lean (view, 1);
  click (view, "next");
  juxta_test_interview_lean (view, 4);
  click (view, "next");
  click (view, "next");
  g_assert_null (juxta_interview_view_get_agreement (view));

  /* The fourth question closes a loop: answered as the others imply, the
   * answers agree. */
  g_assert_true (juxta_interview_view_get_question (view, &a, &b));
  result = juxta_session_get_interview (session);
  direction = result->weights[a] >= result->weights[b] ? 1 : -1;
  {
    double implied = exp (result->log_weights[a] - result->log_weights[b]);
    double r = implied >= 1 ? implied : 1 / implied;
    /* The nearest position to what the others say. */
    int positions = (int) lround ((r - 1) / 2);
    juxta_test_interview_lean (view, direction * positions);
  }
  click (view, "next");
  g_assert_cmpstr (juxta_interview_view_get_agreement (view), ==, "Your answers agree");
  g_assert_null (juxta_interview_view_get_worst (view));

  /* The fifth, answered overwhelmingly against what the others say. */
  g_assert_true (juxta_interview_view_get_question (view, &a, &b));
  result = juxta_session_get_interview (session);
  direction = result->weights[a] >= result->weights[b] ? -1 : 1;
  juxta_test_interview_lean (view, 4 * direction);
  click (view, "next");
  g_assert_cmpstr (juxta_interview_view_get_agreement (view), ==, "Two answers pull against each other");
  g_assert_true (g_str_has_prefix (juxta_interview_view_get_worst (view), "You said "));
  g_assert_nonnull (strstr (juxta_interview_view_get_worst (view), "your answers as a whole"));

  /* Revisit: the worst answer is on screen, as it was answered. */
  result = juxta_session_get_interview (session);
  {
    const JuxtaInterviewAnswer *worst = &juxta_session_get_answers (session, NULL)[result->worst];

    click (view, "revisit");
    g_assert_true (juxta_interview_view_get_question (view, &a, &b));
    g_assert_true ((a == worst->priority && b == worst->other) || (a == worst->other && b == worst->priority));
    g_assert_cmpint (juxta_interview_view_get_step (view), ==, juxta_interview_answer_get_step (worst, a, b));
    g_assert_true (g_str_has_prefix (juxta_interview_view_get_progress (view), "Changing answer "));
  }

  juxta_test_window_destroy (window);
}

/* Every question answered: nothing left to ask, Finish is the thing to
 * do, Back still reaches the answers. */
static void
test_all_answered (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaInterviewView *view = ask (window);
  GtkWidget *finish = juxta_interview_view_get_button (view, "finish");

  g_assert_false (gtk_widget_has_css_class (finish, "suggested-action"));
  for (guint q = 0; q < 6; q++)
    click (view, "next");
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 6);
  g_assert_false (juxta_interview_view_get_question (view, NULL, NULL));
  g_assert_cmpstr (juxta_interview_view_get_answer (view), ==, "Every question is answered");
  g_assert_false (button_usable (view, "next"));
  g_assert_true (gtk_widget_has_css_class (finish, "suggested-action"));
  g_assert_cmpstr (juxta_interview_view_get_agreement (view), ==, "Your answers agree");
  g_assert_nonnull (strstr (juxta_interview_view_get_progress (view), "0 questions left"));
  click (view, "back");
  g_assert_true (juxta_interview_view_get_question (view, NULL, NULL));
  click (view, "finish");
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 6);

  juxta_test_window_destroy (window);
}

/* Long labels and no question texts, while presenting: the board slides
 * in beside the questions, the sliders move, Esc cancels and puts the
 * board away again, and a second Esc leaves presentation mode. */
static void
test_presentation (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("databases-3");
  AdwFlap *flap = board_flap_of (window);
  guint n = juxta_deck_get_n_priorities (juxta_test_deck (window));
  JuxtaInterviewView *view;
  int before[JUXTA_MAX_PRIORITIES], during[JUXTA_MAX_PRIORITIES], after[JUXTA_MAX_PRIORITIES];

  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  juxta_test_wait_until (juxta_test_is_fullscreen, window);
  juxta_test_wait_until (juxta_test_flap_at_rest, flap);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  faders (window, before);

  view = ask (window);
  juxta_test_wait_until (juxta_test_flap_at_rest, flap);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (juxta_slider_board_get_fader (juxta_test_board (window), 0))));
  /* The keyboard is on the choice, not on the board's first fader. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (juxta_interview_view_get_choice (view)));
  /* The deck has no question texts: the labels alone. */
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (view),
                                           juxta_deck_get_priority (juxta_test_deck (window), 0)->label));

  for (guint q = 0; q + 1 < n; q++)
    {
      juxta_test_interview_lean (view, q % 2 == 0 ? 2 : -1);
      click (view, "next");
    }
  faders (window, during);
  g_assert_false (memcmp (during, before, n * sizeof (int)) == 0);
  g_assert_cmpmem (during, n * sizeof (int), juxta_test_scenario (window)->weights, n * sizeof (int));

  /* Esc: the interview is cancelled, the sliders are back, the board goes. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);
  juxta_test_wait_until (juxta_test_flap_at_rest, flap);
  g_assert_false (juxta_interview_view_get_active (view));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  faders (window, after);
  g_assert_cmpmem (after, n * sizeof (int), before, n * sizeof (int));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (juxta_test_center_stack (window)), ==, "comparison");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);
  juxta_test_wait_until (juxta_test_is_not_fullscreen, window);

  juxta_test_window_destroy (window);
}

/* A deck with one priority has nothing to ask: the button is off; and
 * another deck ends an interview. */
static void
test_one_priority (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("minimal");
  GtkWidget *header = juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *button = juxta_test_find_actionable (header, "win.interview");

  g_assert_cmpuint (juxta_deck_get_n_priorities (juxta_test_deck (window)), ==, 1);
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));
  _juxta_window_open_interview (window);
  juxta_test_wait_idle ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (juxta_test_center_stack (window)), ==, "comparison");

  /* Another deck, with priorities to compare: on again. */
  {
    g_autofree char *laptops = juxta_test_good_deck_path ("laptops");
    g_autofree char *minimal = juxta_test_good_deck_path ("minimal");
    JuxtaInterviewView *view;

    g_assert_true (juxta_window_load_deck (window, laptops, NULL));
    g_assert_true (gtk_widget_is_sensitive (button));

    /* A deck opened during the interview ends it: its questions were
     * about the other deck. */
    view = ask (window);
    click (view, "next");
    g_assert_true (juxta_window_load_deck (window, minimal, NULL));
    juxta_test_wait_idle ();
    g_assert_false (juxta_interview_view_get_active (view));
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (juxta_test_center_stack (window)), ==, "comparison");
    g_assert_false (gtk_widget_is_sensitive (button));
  }
  juxta_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!juxta_test_init_ui ())
    return g_test_run ();

  g_test_add_func ("/juxta/interview-window/answers-move-sliders", test_answers_move_sliders);
  g_test_add_func ("/juxta/interview-window/back-changes-an-answer", test_back_changes_an_answer);
  g_test_add_func ("/juxta/interview-window/skip", test_skip);
  g_test_add_func ("/juxta/interview-window/cancel-restores", test_cancel_restores);
  g_test_add_func ("/juxta/interview-window/cancel-keeps-the-rest", test_cancel_keeps_the_rest);
  g_test_add_func ("/juxta/interview-window/finish-keeps", test_finish_keeps);
  g_test_add_func ("/juxta/interview-window/inconsistency", test_inconsistency);
  g_test_add_func ("/juxta/interview-window/all-answered", test_all_answered);
  g_test_add_func ("/juxta/interview-window/presentation", test_presentation);
  g_test_add_func ("/juxta/interview-window/one-priority", test_one_priority);

  return g_test_run ();
}
