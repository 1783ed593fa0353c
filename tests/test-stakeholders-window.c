/* test-stakeholders-window.c: the people in the meeting, in the real window
 *
 * Adds people through the stakeholder bar's widgets (the + button, the
 * name entry, Add), moves their sliders with the board's faders, and
 * reads back what the window shows: the chips, the line under them, the
 * faders, the "Who prefers what" table, the chart and the interview.
 * The expected values are computed again here from the people's weights
 * with the core (juxta_consensus_new), never written down.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "juxta-interview-view-private.h"
#include "juxta-print.h"
#include "juxta-stakeholder-bar-private.h"
#include "juxta-stakeholder-matrix-private.h"
#include "juxta-talking-points.h"
#include "juxta-window-test-util.h"

static JuxtaSession *
session_of (JuxtaWindow *window)
{
  return juxta_window_get_session (window);
}

static JuxtaStakeholderBar *
bar_of (JuxtaWindow *window)
{
  return JUXTA_STAKEHOLDER_BAR (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_STAKEHOLDER_BAR));
}

static GtkWidget *
bar_widget (JuxtaWindow *window,
            const char  *name)
{
  return juxta_stakeholder_bar_get_widget (bar_of (window), name);
}

/* The bar's +, the name, Add; returns who is selected after. */
static int
add_person (JuxtaWindow *window,
            const char  *name)
{
  GtkWidget *add = bar_widget (window, "add");
  GtkWidget *entry = bar_widget (window, "add-entry");
  GtkWidget *popover = gtk_widget_get_ancestor (entry, GTK_TYPE_POPOVER);

  g_assert_true (gtk_widget_is_drawable (add));
  gtk_menu_button_popup (GTK_MENU_BUTTON (add));
  juxta_test_wait_until (juxta_test_is_mapped, popover);
  /* The popover opens on an empty name, which cannot be added. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_false (gtk_widget_is_sensitive (bar_widget (window, "add-confirm")));
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  juxta_test_click (bar_widget (window, "add-confirm"));
  g_assert_false (gtk_widget_get_visible (popover));
  return juxta_session_get_selected_stakeholder (session_of (window));
}

static GtkToggleButton *
chip (JuxtaWindow *window,
      int          index)
{
  GtkToggleButton *button = juxta_stakeholder_bar_get_chip (bar_of (window), index);

  g_assert_nonnull (button);
  return button;
}

static const char *
chip_label (JuxtaWindow *window,
            int          index)
{
  return gtk_label_get_label (g_object_get_data (G_OBJECT (chip (window, index)), "label"));
}

static void
select_chip (JuxtaWindow *window,
             int          index)
{
  juxta_test_click (GTK_WIDGET (chip (window, index)));
  g_assert_cmpint (juxta_session_get_selected_stakeholder (session_of (window)), ==, index);
  g_assert_true (gtk_toggle_button_get_active (chip (window, index)));
}

/* Moves a fader as the keyboard or the mouse does. */
static void
move_fader (JuxtaWindow *window,
            const char  *priority,
            int          value)
{
  int p = juxta_deck_find_priority (juxta_test_deck (window), priority);
  GtkRange *fader;

  g_assert_cmpint (p, >=, 0);
  fader = juxta_slider_board_get_fader (juxta_test_board (window), (guint) p);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (fader)));
  gtk_range_set_value (fader, value);
  juxta_test_wait_idle ();
}

static void
read_faders (JuxtaWindow *window,
             int         *values)
{
  for (guint p = 0; p < juxta_deck_get_n_priorities (juxta_test_deck (window)); p++)
    values[p] = (int) gtk_range_get_value (juxta_slider_board_get_fader (juxta_test_board (window), p));
}

static JuxtaStakeholderMatrix *
show_matrix (JuxtaWindow *window)
{
  AdwViewStack *stack = juxta_test_center_stack (window);
  GtkWidget *page = adw_view_stack_get_child_by_name (stack, "stakeholders");
  JuxtaStakeholderMatrix *matrix;

  g_assert_nonnull (page);
  g_assert_true (adw_view_stack_page_get_visible (adw_view_stack_get_page (stack, page)));
  adw_view_stack_set_visible_child (stack, page);
  juxta_test_wait_idle ();
  matrix = JUXTA_STAKEHOLDER_MATRIX (juxta_test_find_widget (page, JUXTA_TYPE_STAKEHOLDER_MATRIX));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (matrix)));
  return matrix;
}

static gboolean
people_page_visible (JuxtaWindow *window)
{
  AdwViewStack *stack = juxta_test_center_stack (window);
  GtkWidget *page = adw_view_stack_get_child_by_name (stack, "stakeholders");

  return page != NULL && adw_view_stack_page_get_visible (adw_view_stack_get_page (stack, page));
}

/* The consensus of the session's people, computed again from their
 * weights and the meeting's must-haves. */
static JuxtaConsensus *
recompute (JuxtaWindow *window)
{
  guint n = 0;
  JuxtaStakeholder *const *people = juxta_session_get_stakeholders (session_of (window), &n);

  g_assert_cmpuint (n, >, 0);
  return juxta_consensus_new (juxta_test_deck (window), juxta_test_scenario (window), people, n);
}

static char *
percent (const JuxtaAdvice *advice,
         guint              option)
{
  if (!juxta_advice_is_eligible (advice, option) || !juxta_advice_has_scores (advice))
    return g_strdup ("—");
  return g_strdup_printf ("%d%%", juxta_percent (advice->scores[option]));
}

/* Every cell, star and sentence of the table is what the people's
 * weights give. */
static void
assert_matrix_shows (JuxtaWindow            *window,
                     JuxtaStakeholderMatrix *matrix)
{
  g_autoptr(JuxtaConsensus) expected = recompute (window);
  JuxtaDeck *deck = juxta_test_deck (window);
  JuxtaStakeholder *const *people = juxta_session_get_stakeholders (session_of (window), NULL);
  guint n = expected->n_stakeholders;

  g_assert_cmpuint (juxta_stakeholder_matrix_get_n_rows (matrix), ==, n + 1);
  g_assert_cmpuint (juxta_stakeholder_matrix_get_n_columns (matrix), ==, juxta_deck_get_n_options (deck));
  for (guint row = 0; row <= n; row++)
    {
      const JuxtaAdvice *advice = row < n ? expected->outcomes[row].advice : expected->advice;

      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (juxta_stakeholder_matrix_get_name_label (matrix, row))), ==,
                       row < n ? people[row]->name : "Everyone (consensus)");
      for (guint c = 0; c < juxta_stakeholder_matrix_get_n_columns (matrix); c++)
        {
          guint option = juxta_stakeholder_matrix_get_option (matrix, c);
          g_autofree char *score = percent (advice, option);

          g_assert_cmpstr (juxta_stakeholder_matrix_get_score (matrix, row, c), ==, score);
          g_assert_cmpint (juxta_stakeholder_matrix_is_favourite (matrix, row, c), ==, advice->leader == (int) option);
          /* A screen reader hears whose score for what, and the favourite. */
          if (advice->leader == (int) option)
            {
              g_autofree char *spoken = g_strdup_printf ("%s: %s, %s, their first choice",
                                                         row < n ? people[row]->name : "Everyone (consensus)",
                                                         juxta_deck_get_option (deck, option)->name, score);
              g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (juxta_stakeholder_matrix_get_cell (matrix, row, c)),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, spoken));
            }
        }
      if (row < n)
        {
          /* "Gives up 6 points", under "Under Amazon Bedrock (the consensus)"; the
           * whole sentence for a screen reader. */
          g_autofree char *sentence = juxta_describe_regret (deck, expected, people, row);
          long whole = lround (expected->outcomes[row].regret);
          g_autofree char *gives_up = whole == 0 ? g_strdup ("Gives up less than a point")
                                                 : g_strdup_printf ("Gives up %ld point%s", whole, whole == 1 ? "" : "s");
          GtkWidget *regret = juxta_stakeholder_matrix_get_regret (matrix, row);

          g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (regret)), ==,
                           expected->outcomes[row].regret > 0 ? gives_up : "Gives up nothing");
          g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (regret)),
                                                             GTK_ACCESSIBLE_PROPERTY_LABEL, sentence));
        }
    }
  if (expected->advice->leader >= 0)
    {
      g_autofree char *header = g_strdup_printf ("Under %s (the consensus)",
                                                 juxta_deck_get_option (deck, (guint) expected->advice->leader)->name);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (juxta_stakeholder_matrix_get_regret_header (matrix))), ==,
                       header);
    }
}

/* ------------------------------------------------------------- tests */

/* Two people through the bar's widgets; one person's fader moves their
 * weight alone, and the consensus (its faders, its row of the table)
 * follows. */
static void
test_add_and_move (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaSession *session = session_of (window);
  JuxtaDeck *deck = juxta_test_deck (window);
  JuxtaStakeholderMatrix *matrix;
  int sliders[JUXTA_MAX_PRIORITIES], consensus_before[JUXTA_MAX_PRIORITIES], faders[JUXTA_MAX_PRIORITIES];
  int dana_before[JUXTA_MAX_PRIORITIES];
  guint price = (guint) juxta_deck_find_priority (deck, "price");
  g_auto(GStrv) row_before = g_new0 (char *, juxta_deck_get_n_options (deck) + 1);
  gboolean changed = FALSE;

  /* Nobody yet: no chips, no page, and the board as it always was. */
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (chip (window, -1))));
  g_assert_false (people_page_visible (window));
  read_faders (window, sliders);

  g_assert_cmpint (add_person (window, "Dana"), ==, 0);
  g_assert_cmpuint (juxta_session_get_n_stakeholders (session), ==, 1);
  g_assert_cmpstr (chip_label (window, 0), ==, "Dana");
  g_assert_cmpstr (chip_label (window, -1), ==, "Everyone (consensus)");
  g_assert_true (gtk_toggle_button_get_active (chip (window, 0)));
  g_assert_false (gtk_toggle_button_get_active (chip (window, -1)));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (chip (window, 0))));
  /* Adding someone changes no slider: they start where the sliders were. */
  read_faders (window, faders);
  g_assert_cmpmem (faders, juxta_deck_get_n_priorities (deck) * sizeof (int),
                   sliders, juxta_deck_get_n_priorities (deck) * sizeof (int));
  g_assert_true (people_page_visible (window));

  /* A name from another script, with spaces. */
  g_assert_cmpint (add_person (window, "Łukasz 王 Wąsowski"), ==, 1);
  g_assert_cmpstr (chip_label (window, 1), ==, "Łukasz 王 Wąsowski");
  g_assert_true (gtk_toggle_button_get_active (chip (window, 1)));
  g_assert_false (gtk_toggle_button_get_active (chip (window, 0)));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (chip (window, 1)),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, "Łukasz 王 Wąsowski"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (bar_widget (window, "note"))), "Łukasz 王 Wąsowski"));
  /* The recommendation says whose it is. */
  g_assert_nonnull (juxta_test_find_label (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_RECOMMENDATION_CARD),
                                           "Recommendation for the consensus of 2 stakeholders"));

  matrix = show_matrix (window);
  assert_matrix_shows (window, matrix);
  memcpy (consensus_before, juxta_test_scenario (window)->weights, sizeof consensus_before);
  memcpy (dana_before, juxta_session_get_stakeholder (session, 0)->weights, sizeof dana_before);
  for (guint c = 0; c < juxta_stakeholder_matrix_get_n_columns (matrix); c++)
    row_before[c] = g_strdup (juxta_stakeholder_matrix_get_score (matrix, 2, c));

  /* Łukasz cares about the price and nothing about power. */
  move_fader (window, "price", 100);
  move_fader (window, "power", 0);
  move_fader (window, "battery", 10);
  g_assert_cmpint (juxta_session_get_stakeholder (session, 1)->weights[price], ==, 100);
  g_assert_cmpmem (juxta_session_get_stakeholder (session, 0)->weights, sizeof dana_before,
                   dana_before, sizeof dana_before);
  /* The consensus moved, to the mean of the two people's shares. */
  {
    int expected[JUXTA_MAX_PRIORITIES] = { 0 };
    guint n = 0;
    JuxtaStakeholder *const *people = juxta_session_get_stakeholders (session, &n);

    juxta_consensus_compute_weights (deck, people, n, expected, NULL);
    g_assert_cmpmem (juxta_test_scenario (window)->weights, juxta_deck_get_n_priorities (deck) * sizeof (int),
                     expected, juxta_deck_get_n_priorities (deck) * sizeof (int));
    g_assert_false (memcmp (expected, consensus_before, juxta_deck_get_n_priorities (deck) * sizeof (int)) == 0);
  }
  /* The table, on screen, follows live: the consensus row changed. */
  assert_matrix_shows (window, matrix);
  for (guint c = 0; c < juxta_stakeholder_matrix_get_n_columns (matrix); c++)
    changed |= g_strcmp0 (row_before[c], juxta_stakeholder_matrix_get_score (matrix, 2, c)) != 0;
  g_assert_true (changed);

  /* Everyone: the faders show the consensus. */
  select_chip (window, -1);
  read_faders (window, faders);
  g_assert_cmpmem (faders, juxta_deck_get_n_priorities (deck) * sizeof (int),
                   juxta_test_scenario (window)->weights, juxta_deck_get_n_priorities (deck) * sizeof (int));

  juxta_test_window_destroy (window);
}

static gboolean
chips_are (JuxtaWindow *window,
           guint        n)
{
  return juxta_stakeholder_bar_get_chip (bar_of (window), (int) n - 1) != NULL &&
         juxta_stakeholder_bar_get_chip (bar_of (window), (int) n) == NULL;
}

/* Rename with the selected person's button (a name someone has is
 * refused, with the reason), remove from a chip's menu and with the
 * button, and undo from the toast. */
static void
test_rename_and_remove (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("databases-3");
  JuxtaSession *session = session_of (window);
  JuxtaStakeholderMatrix *matrix;
  GtkWidget *entry, *confirm, *error, *popover;
  GtkPopover *menu;
  GMenuModel *model;
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;
  int sam_weights[JUXTA_MAX_PRIORITIES];
  AdwToast *toast;

  add_person (window, "Dana");
  move_fader (window, "cost", 100);
  add_person (window, "Sam");
  move_fader (window, "relational", 5);
  memcpy (sam_weights, juxta_session_get_stakeholder (session, 1)->weights, sizeof sam_weights);
  matrix = show_matrix (window);

  /* Rename Dana: select her, the pencil beside the line under the chips. */
  select_chip (window, 0);
  juxta_test_click (bar_widget (window, "rename"));
  entry = bar_widget (window, "rename-entry");
  confirm = bar_widget (window, "rename-confirm");
  error = bar_widget (window, "rename-error");
  popover = gtk_widget_get_ancestor (entry, GTK_TYPE_POPOVER);
  juxta_test_wait_until (juxta_test_is_mapped, popover);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Dana");
  /* Sam's name is taken, whatever its case: refused, and why. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "  sam ");
  g_assert_false (gtk_widget_is_sensitive (confirm));
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error)), "“Sam”"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Dana Ruiz, Chief Financial Officer");
  g_assert_false (gtk_widget_get_visible (error));
  juxta_test_click (confirm);
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpstr (juxta_session_get_stakeholder (session, 0)->name, ==, "Dana Ruiz, Chief Financial Officer");
  g_assert_cmpstr (chip_label (window, 0), ==, "Dana Ruiz, Chief Financial Officer");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (juxta_stakeholder_matrix_get_name_label (matrix, 0))), ==,
                   "Dana Ruiz, Chief Financial Officer");
  assert_matrix_shows (window, matrix);

  /* The same in the add popover: a name someone has cannot be added. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (bar_widget (window, "add")));
  juxta_test_wait_until (juxta_test_is_mapped, gtk_widget_get_ancestor (bar_widget (window, "add-entry"), GTK_TYPE_POPOVER));
  gtk_editable_set_text (GTK_EDITABLE (bar_widget (window, "add-entry")), "SAM");
  g_assert_false (gtk_widget_is_sensitive (bar_widget (window, "add-confirm")));
  g_assert_true (gtk_widget_get_visible (bar_widget (window, "add-error")));
  /* Nor a name longer than a name: the limit, said. */
  {
    g_autofree char *too_long = g_strnfill (JUXTA_STAKEHOLDER_MAX_NAME_LENGTH + 1, 'x');

    gtk_editable_set_text (GTK_EDITABLE (bar_widget (window, "add-entry")), too_long);
    g_assert_false (gtk_widget_is_sensitive (bar_widget (window, "add-confirm")));
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (bar_widget (window, "add-error"))), ==,
                     "A name has at most 100 characters.");
    too_long[JUXTA_STAKEHOLDER_MAX_NAME_LENGTH] = '\0';
    gtk_editable_set_text (GTK_EDITABLE (bar_widget (window, "add-entry")), too_long);
    g_assert_true (gtk_widget_is_sensitive (bar_widget (window, "add-confirm")));
  }
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (bar_widget (window, "add-entry"), GTK_TYPE_POPOVER)));

  /* Sam's chip has a menu: Rename… and Remove, for him. */
  menu = juxta_stakeholder_bar_popup_menu (bar_of (window), 1);
  g_assert_nonnull (menu);
  juxta_test_wait_until (juxta_test_is_mapped, menu);
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu));
  g_assert_cmpint (g_menu_model_get_n_items (model), ==, 2);
  g_assert_true (g_menu_model_get_item_attribute (model, 1, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "stakeholders.remove");
  target = g_menu_model_get_item_attribute_value (model, 1, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_INT32);
  g_assert_cmpint (g_variant_get_int32 (target), ==, 1);
  /* Remove (what the menu item activates). */
  gtk_popover_popdown (menu);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar_of (window)), action, "i", 1));
  juxta_test_wait_idle ();
  g_assert_cmpuint (juxta_session_get_n_stakeholders (session), ==, 1);
  g_assert_true (chips_are (window, 1));
  g_assert_cmpuint (juxta_stakeholder_matrix_get_n_rows (matrix), ==, 2);

  /* The toast's Undo brings him back, weights and all. */
  toast = juxta_stakeholder_bar_get_removed_toast (bar_of (window));
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Sam” removed");
  g_signal_emit_by_name (toast, "button-clicked");
  juxta_test_wait_idle ();
  g_assert_cmpuint (juxta_session_get_n_stakeholders (session), ==, 2);
  g_assert_cmpstr (juxta_session_get_stakeholder (session, 1)->name, ==, "Sam");
  g_assert_cmpmem (juxta_session_get_stakeholder (session, 1)->weights, sizeof sam_weights,
                   sam_weights, sizeof sam_weights);
  g_assert_cmpstr (chip_label (window, 1), ==, "Sam");
  assert_matrix_shows (window, matrix);

  /* A rename under way is for one person: it ends when people come or
   * go, since the index would then name someone else. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar_of (window)), "stakeholders.rename", "i", 1));
  juxta_test_wait_until (juxta_test_is_mapped, popover);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Sam");
  /* (Someone added elsewhere: a scenario opened, an undo.) */
  g_assert_cmpint (juxta_session_add_stakeholder (session, "Ines", NULL), ==, 2);
  juxta_test_wait_idle ();
  g_assert_false (gtk_widget_get_visible (popover));
  select_chip (window, 2);
  juxta_test_click (bar_widget (window, "remove"));

  /* The trash button removes the one selected; the last one gives the
   * board back its sliders, and the page goes. */
  select_chip (window, 1);
  juxta_test_click (bar_widget (window, "remove"));
  g_assert_cmpuint (juxta_session_get_n_stakeholders (session), ==, 1);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (session), ==, -1);
  select_chip (window, 0);
  juxta_test_click (bar_widget (window, "remove"));
  g_assert_cmpuint (juxta_session_get_n_stakeholders (session), ==, 0);
  g_assert_false (people_page_visible (window));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (juxta_test_center_stack (window)), ==, "comparison");
  g_assert_nonnull (juxta_test_find_label (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_RECOMMENDATION_CARD),
                                           "Recommendation"));
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (chip (window, -1))));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (juxta_slider_board_get_fader (juxta_test_board (window), 0))));

  juxta_test_window_destroy (window);
}

static gboolean
shows_label (gpointer text)
{
  GtkWidget *label = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; label == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      label = juxta_test_find_label (window, text);
    }
  return label != NULL && gtk_widget_is_drawable (label);
}

/* Undo brings back the one removed, where they were, with their weights;
 * what changed since stays: another person's slider, the selection. */
static void
test_undo_keeps_later_edits (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaSession *session = session_of (window);
  int sam[JUXTA_MAX_PRIORITIES], kim[JUXTA_MAX_PRIORITIES];
  AdwToast *toast;

  add_person (window, "Dana");
  add_person (window, "Sam");
  move_fader (window, "power", 100);
  add_person (window, "Kim");
  memcpy (sam, juxta_session_get_stakeholder (session, 1)->weights, sizeof sam);

  /* Sam goes (from his chip's menu), then Kim's slider moves. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar_of (window)), "stakeholders.remove", "i", 1));
  juxta_test_wait_idle ();
  toast = juxta_stakeholder_bar_get_removed_toast (bar_of (window));
  g_assert_nonnull (toast);
  g_assert_true (chips_are (window, 2));
  select_chip (window, 1);
  move_fader (window, "price", 3);
  memcpy (kim, juxta_session_get_stakeholder (session, 1)->weights, sizeof kim);

  g_signal_emit_by_name (toast, "button-clicked");
  juxta_test_wait_idle ();
  g_assert_true (chips_are (window, 3));
  g_assert_cmpstr (chip_label (window, 1), ==, "Sam");
  g_assert_cmpmem (juxta_session_get_stakeholder (session, 1)->weights, sizeof sam, sam, sizeof sam);
  g_assert_cmpstr (chip_label (window, 2), ==, "Kim");
  g_assert_cmpmem (juxta_session_get_stakeholder (session, 2)->weights, sizeof kim, kim, sizeof kim);
  /* Kim is still the one selected, and her fader shows it. */
  g_assert_true (gtk_toggle_button_get_active (chip (window, 2)));
  g_assert_cmpfloat (gtk_range_get_value (juxta_slider_board_get_fader (
                       juxta_test_board (window), (guint) juxta_deck_find_priority (juxta_test_deck (window), "price"))),
                     ==, 3);

  /* Removed while selected: back, selected again. */
  select_chip (window, 1);
  juxta_test_click (bar_widget (window, "remove"));
  g_assert_cmpint (juxta_session_get_selected_stakeholder (session), ==, -1);
  toast = juxta_stakeholder_bar_get_removed_toast (bar_of (window));
  g_signal_emit_by_name (toast, "button-clicked");
  juxta_test_wait_idle ();
  g_assert_cmpstr (chip_label (window, 1), ==, "Sam");
  g_assert_true (gtk_toggle_button_get_active (chip (window, 1)));

  /* Someone called Sam came meanwhile: Undo says why it cannot. */
  juxta_test_click (bar_widget (window, "remove"));
  toast = juxta_stakeholder_bar_get_removed_toast (bar_of (window));
  g_object_ref (toast);
  add_person (window, "sam");
  g_signal_emit_by_name (toast, "button-clicked");
  juxta_test_wait_idle ();
  g_assert_cmpuint (juxta_session_get_n_stakeholders (session), ==, 3);
  g_assert_cmpstr (juxta_session_get_stakeholder (session, 2)->name, ==, "sam");
  g_object_unref (toast);
  juxta_test_wait_until (shows_label, (gpointer) "Could not bring back “Sam”: someone is already called “sam”");

  juxta_test_window_destroy (window);
}

/* A key on the chart, as its key controller gets it. */
static gboolean
chart_key (JuxtaSensitivityChart *chart,
           guint                  keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  juxta_test_wait_idle ();
  return handled;
}

/* Everyone selected: the faders show the consensus and cannot move it,
 * presets and Reset do nothing, the line under the chips says where
 * the weights come from, and the chart shows the consensus, read-only;
 * with a person selected, the chart follows and moves their slider. */
static void
test_everyone_is_read_only (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaSession *session = session_of (window);
  JuxtaDeck *deck = juxta_test_deck (window);
  guint n = juxta_deck_get_n_priorities (deck);
  guint power = (guint) juxta_deck_find_priority (deck, "power");
  int consensus[JUXTA_MAX_PRIORITIES], faders[JUXTA_MAX_PRIORITIES];
  GtkRange *fader;
  JuxtaSensitivityChart *chart;
  GtkLabel *hint;
  int dana_power;

  add_person (window, "Dana");
  move_fader (window, "power", 90);
  /* One person: the note says so in the singular. */
  select_chip (window, -1);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (bar_widget (window, "note"))), ==,
                   "Read-only: the consensus of 1 person’s sliders. Select them to move theirs.");
  add_person (window, "Sam");
  move_fader (window, "price", 100);
  move_fader (window, "power", 10);
  select_chip (window, -1);

  memcpy (consensus, juxta_test_scenario (window)->weights, sizeof consensus);
  read_faders (window, faders);
  g_assert_cmpmem (faders, n * sizeof (int), consensus, n * sizeof (int));
  for (guint p = 0; p < n; p++)
    g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (juxta_slider_board_get_fader (juxta_test_board (window),
                                                                                      p))));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (bar_widget (window, "note"))),
                                   "Read-only: the consensus of 2 people’s sliders."));
  g_assert_false (gtk_widget_get_visible (bar_widget (window, "rename")));
  g_assert_false (gtk_widget_get_visible (bar_widget (window, "remove")));

  /* A fader pushed anyway goes back; nothing moves. */
  fader = juxta_slider_board_get_fader (juxta_test_board (window), power);
  gtk_range_set_value (fader, 55);
  juxta_test_wait_idle ();
  g_assert_cmpfloat (gtk_range_get_value (fader), ==, consensus[power]);
  g_assert_cmpmem (juxta_test_scenario (window)->weights, n * sizeof (int), consensus, n * sizeof (int));
  /* Reset and the presets are off, and do nothing. */
  g_assert_false (gtk_widget_is_sensitive (juxta_test_find_actionable (GTK_WIDGET (juxta_test_board (window)),
                                                                       "win.reset")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preset", "s", "road-warrior");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reset", NULL);
  juxta_test_wait_idle ();
  g_assert_cmpmem (juxta_test_scenario (window)->weights, n * sizeof (int), consensus, n * sizeof (int));

  /* The chart of Raw power: the consensus, and no key moves it. */
  juxta_slider_board_activate_priority (juxta_test_board (window), power);
  juxta_test_wait_idle ();
  chart = JUXTA_SENSITIVITY_CHART (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SENSITIVITY_CHART));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  g_assert_cmpint (juxta_sensitivity_chart_get_data (chart)->weight, ==, consensus[power]);
  g_assert_false (chart_key (chart, GDK_KEY_Right));
  g_assert_cmpmem (juxta_test_scenario (window)->weights, n * sizeof (int), consensus, n * sizeof (int));
  hint = GTK_LABEL (juxta_test_find_label (gtk_widget_get_parent (GTK_WIDGET (chart)),
                                           "The chart shows the consensus, which is read-only: select a "
                                           "stakeholder above the sliders to follow and move theirs."));
  g_assert_nonnull (hint);

  /* Dana: the chart is hers, and its keys move her slider. */
  select_chip (window, 0);
  dana_power = juxta_session_get_stakeholder (session, 0)->weights[power];
  g_assert_cmpint (juxta_sensitivity_chart_get_data (chart)->weight, ==, dana_power);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (hint), "The chart follows Dana’s sliders"));
  g_assert_true (chart_key (chart, GDK_KEY_Page_Down));
  g_assert_cmpint (juxta_session_get_stakeholder (session, 0)->weights[power], ==, dana_power - 10);
  g_assert_cmpint (juxta_sensitivity_chart_get_data (chart)->weight, ==, dana_power - 10);
  g_assert_cmpfloat (gtk_range_get_value (fader), ==, dana_power - 10);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (fader)));

  juxta_test_window_destroy (window);
}

static void
answer (JuxtaInterviewView *view,
        int                 presses)
{
  juxta_test_interview_lean (view, presses);
  juxta_test_click (juxta_interview_view_get_button (view, "next"));
}

static JuxtaInterviewView *
interview_view (JuxtaWindow *window)
{
  GtkWidget *view = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_INTERVIEW_VIEW);

  return view != NULL ? JUXTA_INTERVIEW_VIEW (view) : NULL;
}

static const char *
header_title (JuxtaWindow *window)
{
  return adw_view_switcher_title_get_title (ADW_VIEW_SWITCHER_TITLE (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                          ADW_TYPE_VIEW_SWITCHER_TITLE)));
}

/* The interview asks one person: with everyone selected, Ask offers the
 * people; the answers set that person's sliders alone; Cancel puts them
 * back, Finish keeps them as theirs. */
static void
test_interview_per_person (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  JuxtaSession *session = session_of (window);
  GtkWidget *header = juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *ask = juxta_test_find_actionable (header, "win.interview");
  JuxtaInterviewView *view;
  GtkPopover *whom = NULL;
  GMenuModel *people;
  int dana[JUXTA_MAX_PRIORITIES], sam[JUXTA_MAX_PRIORITIES];
  g_autofree char *label = NULL;

  add_person (window, "Dana");
  add_person (window, "Sam");
  move_fader (window, "price", 100);
  select_chip (window, -1);
  memcpy (dana, juxta_session_get_stakeholder (session, 0)->weights, sizeof dana);
  memcpy (sam, juxta_session_get_stakeholder (session, 1)->weights, sizeof sam);

  /* Everyone: Ask asks whom. */
  juxta_test_click (ask);
  view = interview_view (window);
  g_assert_true (view == NULL || !juxta_interview_view_get_active (view));
  for (GtkWidget *child = gtk_widget_get_first_child (ask); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      whom = GTK_POPOVER (child);
  g_assert_nonnull (whom);
  juxta_test_wait_until (juxta_test_is_mapped, whom);
  people = g_menu_model_get_item_link (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (whom)), 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (people), ==, 2);
  g_assert_true (g_menu_model_get_item_attribute (people, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Dana");
  g_object_unref (people);

  /* Dana (what her item does): she is selected and asked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.interview-for", "i", 0));
  juxta_test_wait_idle ();
  view = interview_view (window);
  g_assert_true (juxta_interview_view_get_active (view));
  g_assert_cmpint (juxta_session_get_selected_stakeholder (session), ==, 0);
  g_assert_cmpstr (header_title (window), ==, "Ask Dana");
  /* Nobody else can be chosen meanwhile. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (bar_of (window))));

  answer (view, 1);
  answer (view, 3);
  answer (view, -1);
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 3);
  g_assert_false (memcmp (juxta_session_get_stakeholder (session, 0)->weights, dana, sizeof dana) == 0);
  g_assert_cmpmem (juxta_session_get_stakeholder (session, 1)->weights, sizeof sam, sam, sizeof sam);

  /* Cancel: Dana's sliders and answers as they were; Sam untouched. */
  juxta_test_click (juxta_interview_view_get_button (view, "cancel"));
  g_assert_false (juxta_interview_view_get_active (view));
  g_assert_cmpmem (juxta_session_get_stakeholder (session, 0)->weights, sizeof dana, dana, sizeof dana);
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 0);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (bar_of (window))));

  /* Dana selected: Ask asks her at once.  Finish keeps her answers. */
  juxta_test_click (ask);
  g_assert_true (juxta_interview_view_get_active (view));
  g_assert_cmpstr (header_title (window), ==, "Ask Dana");
  answer (view, 2);
  answer (view, 0);
  answer (view, -2);
  juxta_test_click (juxta_interview_view_get_button (view, "finish"));
  g_assert_false (juxta_interview_view_get_active (view));
  g_assert_cmpstr (header_title (window), !=, "Ask Dana");
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 3);
  g_assert_false (memcmp (juxta_session_get_stakeholder (session, 0)->weights, dana, sizeof dana) == 0);
  g_assert_cmpmem (juxta_session_get_stakeholder (session, 1)->weights, sizeof sam, sam, sizeof sam);
  /* They are hers: Sam has none. */
  select_chip (window, 1);
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 0);
  select_chip (window, 0);
  g_assert_cmpuint (juxta_test_n_answers (window), ==, 3);

  juxta_test_window_destroy (window);
}

/* People with their weights, saved in a scenario file and opened in
 * another window; and kept per deck when the window closes. */
static void
test_round_trip (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("laptops");
  g_autofree char *dir = g_dir_make_tmp ("juxta-people-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meeting.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *deck_path = juxta_test_good_deck_path ("laptops");
  g_autoptr(GError) error = NULL;
  JuxtaStakeholder *saved[2];
  JuxtaStakeholderMatrix *matrix;

  add_person (window, "Dana");
  move_fader (window, "weight", 95);
  add_person (window, "李娜");
  move_fader (window, "price", 100);
  move_fader (window, "battery", 0);
  for (guint k = 0; k < 2; k++)
    saved[k] = juxta_stakeholder_copy (juxta_session_get_stakeholder (session_of (window), k));
  g_assert_true (juxta_window_save_scenario_to (window, file, &error));
  g_assert_no_error (error);
  juxta_test_window_destroy (window);

  /* Another window opens the file: the same people, weights and page. */
  window = juxta_test_window_open_good_deck ("databases-3");
  g_assert_true (juxta_window_load_scenario (window, path, &error));
  g_assert_no_error (error);
  juxta_test_wait_idle ();
  g_assert_cmpuint (juxta_session_get_n_stakeholders (session_of (window)), ==, 2);
  for (guint k = 0; k < 2; k++)
    {
      const JuxtaStakeholder *person = juxta_session_get_stakeholder (session_of (window), k);

      g_assert_cmpstr (person->name, ==, saved[k]->name);
      g_assert_cmpmem (person->weights, sizeof person->weights, saved[k]->weights, sizeof saved[k]->weights);
      g_assert_cmpstr (chip_label (window, (int) k), ==, saved[k]->name);
    }
  matrix = show_matrix (window);
  assert_matrix_shows (window, matrix);

  /* Per deck: the window closes, the next one on this deck has them. */
  select_chip (window, 1);
  gtk_window_close (GTK_WINDOW (window));
  juxta_test_window_destroy (window);
  window = juxta_test_window_new ();
  g_assert_true (juxta_window_load_deck (window, deck_path, NULL));
  juxta_test_wait_idle ();
  g_assert_cmpuint (juxta_session_get_n_stakeholders (session_of (window)), ==, 2);
  g_assert_cmpstr (juxta_session_get_stakeholder (session_of (window), 1)->name, ==, "李娜");
  g_assert_cmpmem (juxta_session_get_stakeholder (session_of (window), 1)->weights, sizeof saved[1]->weights,
                   saved[1]->weights, sizeof saved[1]->weights);
  /* And who was selected. */
  g_assert_true (gtk_toggle_button_get_active (chip (window, 1)));
  juxta_test_window_destroy (window);

  for (guint k = 0; k < 2; k++)
    juxta_stakeholder_free (saved[k]);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
board_at_rest (gpointer window)
{
  return juxta_test_flap_at_rest (gtk_widget_get_ancestor (GTK_WIDGET (bar_of (window)), ADW_TYPE_FLAP));
}

/* Presentation mode: the bar comes in with the board (F9), chips alone,
 * still choosing whose sliders show; no bar without people. */
static void
test_presentation (void)
{
  JuxtaWindow *window = juxta_test_window_open_good_deck ("databases-3");
  JuxtaSession *session = session_of (window);

  /* Nobody: no bar while presenting, even with the board in. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  juxta_test_wait_until (juxta_test_is_fullscreen, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.board", NULL);
  juxta_test_wait_until (board_at_rest, window);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (juxta_test_board (window))));
  g_assert_false (gtk_widget_is_drawable (bar_widget (window, "add")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  juxta_test_wait_idle ();

  /* Two people, prepared in the workbench. */
  add_person (window, "Dana");
  move_fader (window, "cost", 100);
  add_person (window, "Sam");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  juxta_test_wait_until (juxta_test_is_fullscreen, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.board", NULL);
  juxta_test_wait_until (board_at_rest, window);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (chip (window, -1))));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (chip (window, 1))));
  /* Adding, renaming and removing are preparation: out of view. */
  g_assert_false (gtk_widget_is_drawable (bar_widget (window, "add")));
  g_assert_false (gtk_widget_is_drawable (bar_widget (window, "rename")));
  g_assert_false (gtk_widget_is_drawable (bar_widget (window, "remove")));
  g_assert_null (juxta_stakeholder_bar_popup_menu (bar_of (window), 0));
  /* Choosing whose sliders show works live. */
  select_chip (window, 0);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (juxta_slider_board_get_fader (juxta_test_board (window), 0))));
  select_chip (window, -1);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (juxta_slider_board_get_fader (juxta_test_board (window),
                                                                                    0))));
  /* Who prefers what is one of the pages. */
  assert_matrix_shows (window, show_matrix (window));
  g_assert_cmpuint (juxta_session_get_n_stakeholders (session), ==, 2);

  /* Back in the workbench, the editing comes back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  juxta_test_wait_idle ();
  g_assert_true (gtk_widget_get_visible (bar_widget (window, "add")));
  juxta_test_window_destroy (window);
}

/* On paper: the consensus's talking points with the line on who gives
 * up most, and who prefers what. */
static void
test_print (void)
{
  g_autofree char *deck_path = juxta_test_bundled_deck_path ("aws-genai-platforms");
  JuxtaWindow *window = juxta_test_window_open (deck_path);
  JuxtaSession *session = session_of (window);
  g_autofree char *dir = g_dir_make_tmp ("juxta-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "meeting.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *disagreement = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  int status;

  add_person (window, "Builder");
  move_fader (window, "control", 100);
  move_fader (window, "governance", 100);
  move_fader (window, "speed", 0);
  move_fader (window, "time-to-value", 0);
  add_person (window, "Shipper");
  move_fader (window, "control", 0);
  move_fader (window, "speed", 100);
  move_fader (window, "time-to-value", 100);
  disagreement = juxta_describe_disagreement (juxta_test_deck (window), juxta_session_get_consensus (session),
                                              juxta_session_get_stakeholders (session, NULL));
  g_assert_nonnull (disagreement);

  g_assert_true (juxta_print_run (GTK_WINDOW (window), session, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  {
    g_auto(GStrv) pieces = g_strsplit_set (text, " \n", -1);
    g_auto(GStrv) words = g_strsplit (disagreement, " ", -1);
    const char *at;

    flat = g_strjoinv (" ", pieces);
    /* The disagreement's first words, in order. */
    at = flat;
    for (guint i = 0; words[i] != NULL && i < 6; i++)
      {
        at = strstr (at, words[i]);
        g_assert_nonnull (at);
      }
  }
  g_assert_nonnull (strstr (flat, "Who prefers what"));
  g_assert_nonnull (strstr (flat, "Everyone (consensus)"));
  g_assert_nonnull (strstr (flat, "Builder"));

  g_unlink (pdf);
  g_rmdir (dir);
  juxta_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!juxta_test_init_ui ())
    return g_test_run ();

  g_test_add_func ("/juxta/stakeholders/add-and-move", test_add_and_move);
  g_test_add_func ("/juxta/stakeholders/rename-and-remove", test_rename_and_remove);
  g_test_add_func ("/juxta/stakeholders/everyone-is-read-only", test_everyone_is_read_only);
  g_test_add_func ("/juxta/stakeholders/interview-per-person", test_interview_per_person);
  g_test_add_func ("/juxta/stakeholders/undo-keeps-later-edits", test_undo_keeps_later_edits);
  g_test_add_func ("/juxta/stakeholders/round-trip", test_round_trip);
  g_test_add_func ("/juxta/stakeholders/presentation", test_presentation);
  g_test_add_func ("/juxta/stakeholders/print", test_print);

  return g_test_run ();
}
