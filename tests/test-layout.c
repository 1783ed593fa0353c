/* test-layout.c: the comparison as the audience meets it, on a 1280×720 screen
 *
 * Opens decks of 2 to 6 options in the real window at 1280×720, in the
 * workbench and in presentation mode, and checks from the widgets' computed
 * bounds (against the window) that every option's name and the first row
 * of facts lie wholly inside what the screen shows: below the header bar,
 * inside every scrolled window they are in, and outside the side panes
 * (the slider board, the talking points, the tools).  Nothing may scroll
 * sideways, and no label that shows deck text may break a word or hide
 * part of it behind an ellipsis.  The interview ("Ask the customer") is
 * checked the same way: its question, choice and buttons on screen,
 * beside the slider board.  So is "Who prefers what" with three people
 * of long and non-Latin names: every name, score and sentence on
 * screen, whole, for two to six options, the stakeholder bar's names
 * whole on the board.
 *
 * Presentation mode is fullscreen: under the test suite's window manager
 * the screen is 1280×800, so the area checked there is the top 720 pixels,
 * what a 1280×720 screen would show.
 */

#include "config.h"

#include "juxta-interview-view-private.h"
#include "juxta-deck-lint.h"
#include "juxta-stakeholder-bar-private.h"
#include "juxta-stakeholder-matrix-private.h"
#include "juxta-window-test-util.h"
#include "juxta-wrap.h"

/* Records the failure and goes on, so that one run reports every case. */
#define fail(...) G_STMT_START { g_test_message (__VA_ARGS__); g_test_fail_printf (__VA_ARGS__); } G_STMT_END

#define SCREEN_WIDTH        1280
#define SCREEN_HEIGHT       720
#define NARROW_SCREEN_WIDTH 600

typedef struct
{
  const char *dir;     /* "good" (tests/decks/good) or "bundled" (data/decks) */
  const char *name;
} DeckCase;

static const DeckCase decks[] = {
  { "good", "two-long-names-2" },
  { "good", "databases-3" },
  { "good", "odd-text-3" },
  { "good", "static-sites-4" },
  { "good", "container-services-5" },
  { "good", "fleet-vehicles-6" },
  /* Names, taglines and labels as long as the lint lets them be, with six
   * options and with three. */
  { "good", "courier-bikes-6" },
  { "good", "courier-bikes-3" },
  { "bundled", "aws-genai-platforms" },
  { "bundled", "aws-genai-build-paths" },
  { "bundled", "aws-eks-vs-sagemaker" },
};

typedef struct
{
  const DeckCase *deck;
  gboolean        presenting;
  int             width;        /* of the window; 0 for the screen above */
} LayoutCase;

static char *
deck_path (const DeckCase *deck)
{
  if (g_str_equal (deck->dir, "bundled"))
    return juxta_test_bundled_deck_path (deck->name);
  return juxta_test_good_deck_path (deck->name);
}

static void
enter_presentation (JuxtaWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  juxta_test_wait_until (juxta_test_fills_monitor, window);
}

static graphene_rect_t
bounds (JuxtaWindow *window,
        GtkWidget   *widget)
{
  graphene_rect_t rect;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &rect));
  return rect;
}

static gboolean
contains (const graphene_rect_t *outer,
          const graphene_rect_t *inner)
{
  /* Half a pixel for rounding. */
  return inner->origin.x >= outer->origin.x - 0.5 &&
         inner->origin.y >= outer->origin.y - 0.5 &&
         inner->origin.x + inner->size.width <= outer->origin.x + outer->size.width + 0.5 &&
         inner->origin.y + inner->size.height <= outer->origin.y + outer->size.height + 0.5;
}

static gboolean
overlaps (const graphene_rect_t *a,
          const graphene_rect_t *b)
{
  graphene_rect_t both;

  return graphene_rect_intersection (a, b, &both) && both.size.width > 0.5 && both.size.height > 0.5;
}

static char *
describe (const graphene_rect_t *r)
{
  return g_strdup_printf ("%.0f,%.0f %.0f×%.0f", r->origin.x, r->origin.y, r->size.width, r->size.height);
}

/* What the screen shows of the window's content: below the header bar, the
 * size of the window or of a 1280×720 screen, whichever is smaller. */
static graphene_rect_t
visible_area (JuxtaWindow *window)
{
  GtkWidget *header = juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  float top = 0;
  graphene_rect_t area;

  if (header != NULL && gtk_widget_is_drawable (header))
    {
      graphene_rect_t h = bounds (window, header);
      top = h.origin.y + h.size.height;
    }
  graphene_rect_init (&area, 0, top,
                      MIN (gtk_widget_get_width (GTK_WIDGET (window)), SCREEN_WIDTH),
                      MIN (gtk_widget_get_height (GTK_WIDGET (window)), SCREEN_HEIGHT) - top);
  return area;
}

/* The side panes on screen: the slider board, the talking points and
 * meeting cards, the tools sidebar, each as much of it as its scrolled
 * window shows. */
static GPtrArray *
side_panes (JuxtaWindow *window)
{
  GType types[] = {
    JUXTA_TYPE_SLIDER_BOARD, JUXTA_TYPE_TALKING_POINTS_PANE, JUXTA_TYPE_MEETING_CARDS,
    JUXTA_TYPE_RECOMMENDATION_CARD, JUXTA_TYPE_PHRASE_GUARD_PANE, JUXTA_TYPE_GLOSSARY_PANE,
  };
  GPtrArray *panes = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      GtkWidget *pane = juxta_test_find_widget (GTK_WIDGET (window), types[t]);
      GtkWidget *viewport;
      graphene_rect_t rect, shown;

      if (pane == NULL || !gtk_widget_is_drawable (pane))
        continue;
      rect = bounds (window, pane);
      viewport = gtk_widget_get_ancestor (pane, GTK_TYPE_SCROLLED_WINDOW);
      if (viewport != NULL)
        {
          graphene_rect_t clip = bounds (window, viewport);
          if (!graphene_rect_intersection (&rect, &clip, &shown))
            continue;
          rect = shown;
        }
      g_ptr_array_add (panes, g_memdup2 (&rect, sizeof rect));
    }
  return panes;
}

/* @widget is drawn, wholly inside the area the screen shows and inside
 * every scrolled window around it, and clear of every side pane. */
static void
assert_in_view (JuxtaWindow *window,
                GtkWidget   *widget,
                const char  *what)
{
  graphene_rect_t area = visible_area (window);
  graphene_rect_t rect;
  g_autoptr(GPtrArray) panes = side_panes (window);
  g_autofree char *where = NULL;

  if (!gtk_widget_is_drawable (widget))
    {
      fail ("%s is not on screen", what);
      return;
    }
  rect = bounds (window, widget);
  where = describe (&rect);
  if (g_test_verbose ())
    g_test_message ("%s at %s", what, where);
  if (rect.size.width < 1 || rect.size.height < 1)
    {
      fail ("%s has no size (%s)", what, where);
      return;
    }
  if (!contains (&area, &rect))
    {
      g_autofree char *visible = describe (&area);
      fail ("%s at %s is not inside the visible area %s", what, where, visible);
      return;
    }
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      {
        graphene_rect_t clip = bounds (window, w);
        if (!contains (&clip, &rect))
          {
            g_autofree char *shown = describe (&clip);
            fail ("%s at %s is scrolled out of view (its scrolled window shows %s)", what, where, shown);
            return;
          }
      }
  for (guint i = 0; i < panes->len; i++)
    {
      graphene_rect_t *pane = g_ptr_array_index (panes, i);
      if (overlaps (pane, &rect))
        {
          g_autofree char *pane_where = describe (pane);
          fail ("%s at %s is under a side pane at %s", what, where, pane_where);
        }
    }
}

/* A label's text is all there: not ellipsized, and as wide and tall as
 * its allocation (a word too long for it would run out of it). */
static void
assert_text_whole (GtkWidget  *widget,
                   const char *what)
{
  GtkLabel *label = GTK_LABEL (widget);
  PangoLayout *layout = gtk_label_get_layout (label);
  PangoRectangle logical;

  if (pango_layout_is_ellipsized (layout))
    {
      fail ("%s (“%s”) is ellipsized", what, gtk_label_get_label (label));
      return;
    }
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  if (logical.width > gtk_widget_get_width (widget) + 1 || logical.height > gtk_widget_get_height (widget) + 1)
    fail ("%s (“%s”) needs %d×%d but has %d×%d", what, gtk_label_get_label (label),
          logical.width, logical.height, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
}

/* The grid cell of @option's card that shows @text in a label. */
static GtkWidget *
find_cell (JuxtaComparisonPanels *panels,
           guint                  option,
           const char            *text)
{
  GtkWidget *header = juxta_comparison_panels_get_card (panels, option);
  GtkWidget *grid = gtk_widget_get_parent (header);
  int column;

  gtk_grid_query_child (GTK_GRID (grid), header, &column, NULL, NULL, NULL);
  for (GtkWidget *cell = gtk_widget_get_first_child (grid); cell != NULL; cell = gtk_widget_get_next_sibling (cell))
    {
      int cell_column;

      gtk_grid_query_child (GTK_GRID (grid), cell, &cell_column, NULL, NULL, NULL);
      if (cell_column == column && juxta_test_find_label (cell, text) != NULL)
        return cell;
    }
  return NULL;
}

static void
assert_no_sideways_scrolling (JuxtaWindow *window)
{
  g_autoptr(GPtrArray) scrollers = g_ptr_array_new ();

  juxta_test_collect (GTK_WIDGET (window), GTK_TYPE_SCROLLED_WINDOW, scrollers);
  for (guint i = 0; i < scrollers->len; i++)
    {
      GtkWidget *scroller = g_ptr_array_index (scrollers, i);
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));

      if (!gtk_widget_is_drawable (scroller))
        continue;
      if (gtk_adjustment_get_upper (h) - gtk_adjustment_get_lower (h) > gtk_adjustment_get_page_size (h) + 0.5)
        fail ("a %s scrolls sideways: %.0f wide, %.0f shown",
              G_OBJECT_TYPE_NAME (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))),
              gtk_adjustment_get_upper (h) - gtk_adjustment_get_lower (h), gtk_adjustment_get_page_size (h));
    }
}

/* The characters around @offset between two places where a line may break
 * (white space ends a run too). */
static int
run_length (const PangoLogAttr *attrs,
            int                 n_attrs,
            int                 offset)
{
  int start = offset, end = offset;

  while (start > 0 && !attrs[start].is_line_break && !attrs[start - 1].is_white)
    start--;
  while (end + 1 < n_attrs - 1 && !attrs[end + 1].is_line_break && !attrs[end + 1].is_white)
    end++;
  return end - start + 1;
}

/* Where @label's lines break as laid out now: only where a line may break,
 * or inside a run too long to be a word (more than JUXTA_WRAP_LONGEST_WORD
 * characters with no place to break, such as a product code). */
static gboolean
breaks_between_words (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  int n_attrs;
  const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      int offset = (int) g_utf8_pointer_to_offset (text, text + line->start_index);

      if (line->start_index == 0 || offset >= n_attrs || attrs[offset].is_line_break)
        continue;
      if (run_length (attrs, n_attrs, offset) <= JUXTA_WRAP_LONGEST_WORD)
        return FALSE;
    }
  return TRUE;
}

/* No label in @view breaks a word, and none hides deck text behind an
 * ellipsis: wrapping is by word, and by character only for a label that
 * has a run too long to be a word. */
static void
assert_view_words_whole (GtkWidget *view)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  g_assert_nonnull (view);
  juxta_test_collect (view, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_label (label);

      if (gtk_label_get_wrap (label) && gtk_label_get_wrap_mode (label) != PANGO_WRAP_WORD &&
          juxta_wrap_longest_run (text) <= JUXTA_WRAP_LONGEST_WORD)
        {
          fail ("%s: the label “%s” may break inside a word", G_OBJECT_TYPE_NAME (view), text);
          break;
        }
      if (gtk_widget_is_drawable (GTK_WIDGET (label)) && !breaks_between_words (label))
        {
          fail ("%s: the label “%s” breaks inside a word", G_OBJECT_TYPE_NAME (view), text);
          break;
        }
      if (gtk_label_get_ellipsize (label) != PANGO_ELLIPSIZE_NONE)
        {
          fail ("%s: the label “%s” is cut short with an ellipsis", G_OBJECT_TYPE_NAME (view), text);
          break;
        }
    }
  juxta_test_collect (view, GTK_TYPE_TEXT_VIEW, texts);
  for (guint i = 0; i < texts->len; i++)
    if (gtk_text_view_get_wrap_mode (g_ptr_array_index (texts, i)) != GTK_WRAP_WORD)
      fail ("%s: a text view may break inside a word", G_OBJECT_TYPE_NAME (view));
}

static void
assert_words_whole (JuxtaWindow *window)
{
  GType views[] = {
    JUXTA_TYPE_COMPARISON_PANELS, JUXTA_TYPE_RECOMMENDATION_CARD, JUXTA_TYPE_SLIDER_BOARD,
    JUXTA_TYPE_MEETING_CARDS, JUXTA_TYPE_TALKING_POINTS_PANE,
  };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    assert_view_words_whole (juxta_test_find_widget (GTK_WIDGET (window), views[v]));
}

/* Each priority's label is whole, wrapped rather than cut short. */
static void
assert_priorities_whole (JuxtaWindow *window)
{
  JuxtaDeck *deck = juxta_test_deck (window);
  GtkWidget *board = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD);

  if (!gtk_widget_is_drawable (board))
    return;
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    {
      GtkWidget *label = juxta_test_find_label (board, juxta_deck_get_priority (deck, p)->label);

      g_assert_nonnull (label);
      if (!gtk_label_get_wrap (GTK_LABEL (label)))
        fail ("the priority “%s” does not wrap", gtk_label_get_label (GTK_LABEL (label)));
      assert_text_whole (label, "a priority");
    }
}

static void
test_layout (gconstpointer data)
{
  const LayoutCase *c = data;
  g_autofree char *path = deck_path (c->deck);
  JuxtaWindow *window;
  JuxtaComparisonPanels *panels;
  JuxtaDeck *deck;
  const char *first_dimension;

  window = juxta_test_window_open_sized (path, c->width > 0 ? c->width : SCREEN_WIDTH, SCREEN_HEIGHT);
  if (c->presenting)
    enter_presentation (window);
  g_assert_true (juxta_test_settle (window));
  g_test_message ("window %d×%d", gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));

  deck = juxta_test_deck (window);
  panels = JUXTA_COMPARISON_PANELS (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_COMPARISON_PANELS));
  first_dimension = juxta_deck_get_dimension (deck, 0)->label;
  g_assert_cmpuint (juxta_deck_get_n_options (deck), >=, 2);

  assert_no_sideways_scrolling (window);
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (deck, o);
      GtkWidget *header = juxta_comparison_panels_get_card (panels, o);
      GtkWidget *name = juxta_test_find_label (header, option->name);
      GtkWidget *first_row = find_cell (panels, o, first_dimension);
      g_autofree char *name_what = g_strdup_printf ("the name of “%s”", option->name);
      g_autofree char *row_what = g_strdup_printf ("the first facts row (%s) of “%s”", first_dimension, option->name);

      g_assert_nonnull (name);
      g_assert_nonnull (first_row);
      assert_in_view (window, name, name_what);
      assert_text_whole (name, "a name");
      assert_in_view (window, first_row, row_what);
    }
  assert_words_whole (window);
  assert_priorities_whole (window);

  juxta_test_window_destroy (window);
}

/* The decks the interview is checked on: question texts (laptops, and
 * long ones in conference-venues-3), long labels without them, and the
 * most priorities of the corpus. */
static const DeckCase interview_decks[] = {
  { "good", "laptops" },
  { "good", "conference-venues-3" },
  { "good", "databases-3" },
  { "good", "two-long-names-2" },
};

/* "Ask the customer" at 1280×720: the question, its choice, the answer in
 * words and the buttons lie inside the screen, clear of the slider board,
 * which stands beside them with every priority's label whole; nothing
 * scrolls sideways and no word breaks. */
static void
test_interview_layout (gconstpointer data)
{
  const LayoutCase *c = data;
  g_autofree char *path = deck_path (c->deck);
  const char *buttons[] = { "next", "back", "skip", "cancel", "finish" };
  JuxtaInterviewView *view;
  JuxtaWindow *window;
  JuxtaDeck *deck;
  guint a, b;

  window = juxta_test_window_open_sized (path, SCREEN_WIDTH, SCREEN_HEIGHT);
  if (c->presenting)
    enter_presentation (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.interview", NULL));
  /* One answer, so that Back is on screen as it is for most questions. */
  view = JUXTA_INTERVIEW_VIEW (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_INTERVIEW_VIEW));
  g_signal_emit_by_name (juxta_interview_view_get_choice (view), "move-slider", GTK_SCROLL_STEP_LEFT);
  g_signal_emit_by_name (juxta_interview_view_get_button (view, "next"), "clicked");
  g_assert_true (juxta_test_settle (window));
  deck = juxta_test_deck (window);
  g_assert_true (juxta_interview_view_get_question (view, &a, &b));

  assert_no_sideways_scrolling (window);
  if (!gtk_widget_is_drawable (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD)))
    fail ("the slider board is not on screen beside the interview");
  assert_priorities_whole (window);
  for (guint side = 0; side < 2; side++)
    {
      const JuxtaPriority *priority = juxta_deck_get_priority (deck, side == 0 ? a : b);
      GtkWidget *label = juxta_test_find_label (GTK_WIDGET (view), priority->label);

      g_assert_nonnull (label);
      assert_in_view (window, label, "a priority in the question");
      assert_text_whole (label, "a priority in the question");
      if (priority->question != NULL)
        {
          GtkWidget *question = juxta_test_find_label (GTK_WIDGET (view), priority->question);
          g_assert_nonnull (question);
          assert_in_view (window, question, "a priority's question text");
        }
    }
  assert_in_view (window, GTK_WIDGET (juxta_interview_view_get_choice (view)), "the choice");
  assert_in_view (window, juxta_test_find_label (GTK_WIDGET (view), juxta_interview_view_get_answer (view)),
                  "the answer in words");
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      g_autofree char *what = g_strdup_printf ("the interview's %s button", buttons[i]);
      assert_in_view (window, juxta_interview_view_get_button (view, buttons[i]), what);
    }
  assert_view_words_whole (GTK_WIDGET (view));

  juxta_test_window_destroy (window);
}

/* The decks "Who prefers what" is checked on: two to six options, long names. */
static const DeckCase stakeholder_decks[] = {
  { "good", "two-long-names-2" },
  { "good", "databases-3" },
  { "good", "static-sites-4" },
  { "good", "container-services-5" },
  { "good", "fleet-vehicles-6" },
};

/* Three people who disagree, with long names and names in other scripts. */
static void
add_people (JuxtaSession *session)
{
  const char *names[] = { "Chief Information Security Officer", "Łukasz Wąsowski-Kowalczyk", "王秀英 (财务)" };
  JuxtaDeck *deck = juxta_session_get_deck (session);

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_assert_cmpint (juxta_session_add_stakeholder (session, names[k], NULL), ==, (int) k);
      /* Each cares most about a different priority. */
      for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
        juxta_session_set_stakeholder_weight (session, k, p,
                                              p == k % juxta_deck_get_n_priorities (deck) ? 100 : (int) (10 + 7 * p));
    }
  juxta_session_select_stakeholder (session, -1);
}

/* "Who prefers what" at 1280×720 with three people: each option's name,
 * each person's name, every score and what each gives up, inside the
 * screen and clear of the board, whole and wrapped between words;
 * nothing scrolls sideways.  The bar's chips, on the board, are whole. */
static void
test_stakeholders_layout (gconstpointer data)
{
  const LayoutCase *c = data;
  g_autofree char *path = deck_path (c->deck);
  JuxtaStakeholderMatrix *matrix;
  JuxtaStakeholderBar *bar;
  AdwViewStack *stack;
  JuxtaWindow *window;
  guint rows, columns;

  window = juxta_test_window_open_sized (path, SCREEN_WIDTH, SCREEN_HEIGHT);
  add_people (juxta_window_get_session (window));
  if (c->presenting)
    enter_presentation (window);
  stack = ADW_VIEW_STACK (juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "stakeholders");
  g_assert_true (juxta_test_settle (window));
  matrix = JUXTA_STAKEHOLDER_MATRIX (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_STAKEHOLDER_MATRIX));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (matrix)));
  rows = juxta_stakeholder_matrix_get_n_rows (matrix);
  columns = juxta_stakeholder_matrix_get_n_columns (matrix);
  g_assert_cmpuint (rows, ==, 4);
  g_assert_cmpuint (columns, ==, juxta_deck_get_n_options (juxta_test_deck (window)));

  assert_no_sideways_scrolling (window);
  assert_in_view (window, juxta_stakeholder_matrix_get_regret_header (matrix), "the last column's heading");
  for (guint col = 0; col < columns; col++)
    {
      GtkWidget *header = juxta_stakeholder_matrix_get_header (matrix, col);
      g_autofree char *what = g_strdup_printf ("the column of “%s”", gtk_label_get_label (GTK_LABEL (header)));

      assert_in_view (window, header, what);
      assert_text_whole (header, "an option's name in the table");
    }
  for (guint row = 0; row < rows; row++)
    {
      GtkWidget *name = juxta_stakeholder_matrix_get_name_label (matrix, row);
      g_autofree char *what = g_strdup_printf ("the row of “%s”", gtk_label_get_label (GTK_LABEL (name)));

      assert_in_view (window, name, what);
      assert_text_whole (name, "a person's name in the table");
      for (guint col = 0; col < columns; col++)
        assert_in_view (window, juxta_stakeholder_matrix_get_cell (matrix, row, col), "a score in the table");
      if (row + 1 < rows)
        {
          GtkWidget *regret = juxta_stakeholder_matrix_get_regret (matrix, row);

          assert_in_view (window, regret, "what a person gives up");
          assert_text_whole (regret, "what a person gives up");
        }
    }
  assert_view_words_whole (GTK_WIDGET (matrix));

  /* The chips: on the board in the workbench, brought in by F9 while
   * presenting. */
  if (c->presenting)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.board", NULL);
      g_assert_true (juxta_test_settle (window));
    }
  bar = JUXTA_STAKEHOLDER_BAR (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_STAKEHOLDER_BAR));
  for (int k = -1; k < 3; k++)
    {
      GtkToggleButton *chip = juxta_stakeholder_bar_get_chip (bar, k);
      GtkWidget *label = g_object_get_data (G_OBJECT (chip), "label");

      g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (chip)));
      assert_text_whole (label, "a stakeholder's chip");
    }
  /* (The popovers' entries, not on screen, have placeholders of their own.) */
  assert_view_words_whole (gtk_widget_get_parent (GTK_WIDGET (juxta_stakeholder_bar_get_chip (bar, -1))));
  assert_text_whole (juxta_stakeholder_bar_get_widget (bar, "note"), "the line under the chips");
  assert_no_sideways_scrolling (window);

  juxta_test_window_destroy (window);
}

/* The header bar at its most crowded: Ask, the deck picker, the sources,
 * four tabs (People among them), Presets and the window's buttons.  The
 * decks: the longest titles of the corpus. */
static const DeckCase header_decks[] = {
  { "good", "two-long-names-2" },
  { "good", "odd-text-3" },
  { "good", "databases-3" },
};

/* How many of a deck title's characters the picker shows at least. */
#define PICKER_READABLE_CHARS 16
/* And of a scenario's name beside it. */
#define SCENARIO_READABLE_CHARS 5

/* The width, in @label's font, of the first @n characters of its text and
 * an ellipsis: what it takes to show them. */
static int
prefix_width (GtkLabel *label,
              guint     n)
{
  const char *text = gtk_label_get_label (label);
  const char *end = g_utf8_offset_to_pointer (text, MIN (n, (guint) g_utf8_strlen (text, -1)));
  g_autofree char *prefix = g_strdup_printf ("%.*s…", (int) (end - text), text);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (label), prefix);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* At 1280×720 with people in the meeting (so the People tab) and Ask,
 * the deck picker gets at least the width it asks for, and that shows a
 * deck's title readably (its first PICKER_READABLE_CHARS characters); it
 * stays clear of the tabs, and the header bar does not push the window
 * wider than the screen. */
static void
test_header_layout (gconstpointer data)
{
  const DeckCase *deck = data;
  g_autofree char *path = deck_path (deck);
  GtkWidget *picker, *title, *scenario, *switcher, *ask;
  const char *deck_title;
  graphene_rect_t picker_rect, switcher_rect;
  JuxtaWindow *window;
  int min_width, readable;

  window = juxta_test_window_open_sized (path, SCREEN_WIDTH, SCREEN_HEIGHT);
  add_people (juxta_window_get_session (window));
  g_assert_true (juxta_test_settle (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, SCREEN_WIDTH);

  deck_title = juxta_deck_get_title (juxta_test_deck (window));
  picker = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_DECK_PICKER);
  title = juxta_test_find_label (picker, deck_title);
  switcher = juxta_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE);
  ask = juxta_test_find_actionable (GTK_WIDGET (window), "win.interview");
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_is_drawable (picker));
  g_assert_true (gtk_widget_is_drawable (ask));
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (ADW_VIEW_SWITCHER_TITLE (switcher)));

  gtk_widget_measure (picker, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (gtk_widget_get_width (picker) < min_width)
    fail ("the deck picker has %d pixels of the %d it needs", gtk_widget_get_width (picker), min_width);
  gtk_widget_measure (title, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  readable = prefix_width (GTK_LABEL (title), PICKER_READABLE_CHARS);
  if (min_width < readable || gtk_widget_get_width (title) < readable)
    fail ("the deck picker shows “%s” in %d pixels (at least %d); %d show its first %d characters",
          deck_title, gtk_widget_get_width (title), min_width, readable, PICKER_READABLE_CHARS);

  picker_rect = bounds (window, picker);
  switcher_rect = bounds (window, switcher);
  if (overlaps (&picker_rect, &switcher_rect))
    {
      g_autofree char *a = describe (&picker_rect);
      g_autofree char *b = describe (&switcher_rect);
      fail ("the deck picker at %s runs into the tabs at %s", a, b);
    }

  /* A scenario's name beside the title shows a word of it, not a bare
   * "…", and the picker still gets what it needs. */
  juxta_deck_picker_set_scenario (JUXTA_DECK_PICKER (picker), "Tuesday review", "/nonexistent/Tuesday review.json");
  g_assert_true (juxta_test_settle (window));
  scenario = juxta_test_find_label (picker, "Tuesday review");
  g_assert_nonnull (scenario);
  readable = prefix_width (GTK_LABEL (scenario), SCENARIO_READABLE_CHARS);
  if (gtk_widget_get_width (scenario) < readable)
    fail ("the scenario's name gets %d pixels; %d show its first %d characters",
          gtk_widget_get_width (scenario), readable, SCENARIO_READABLE_CHARS);
  gtk_widget_measure (picker, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (gtk_widget_get_width (picker) < min_width)
    fail ("with a scenario, the deck picker has %d pixels of the %d it needs", gtk_widget_get_width (picker), min_width);

  juxta_test_window_destroy (window);
}

static double
name_font_size (GtkWidget *name)
{
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (name));

  return pango_font_description_get_size (font) / (double) PANGO_SCALE;
}

/* The rule for names that cannot fit: the heading gets smaller, the same
 * for every name of the deck; with room, it is back to its full size. */
static void
test_names_step_down (void)
{
  g_autofree char *fleet = deck_path (&decks[5]);
  JuxtaComparisonPanels *panels;
  JuxtaWindow *window;
  double narrow_size, wide_size;

  window = juxta_test_window_open_sized (fleet, SCREEN_WIDTH, SCREEN_HEIGHT);
  g_assert_true (juxta_test_settle (window));
  panels = JUXTA_COMPARISON_PANELS (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_COMPARISON_PANELS));
  g_assert_cmpuint (juxta_deck_get_n_options (juxta_test_deck (window)), ==, 6);
  narrow_size = name_font_size (juxta_test_find_label (juxta_comparison_panels_get_card (panels, 0),
                                                       juxta_deck_get_option (juxta_test_deck (window), 0)->name));
  for (guint o = 1; o < 6; o++)
    g_assert_cmpfloat (name_font_size (juxta_test_find_label (juxta_comparison_panels_get_card (panels, o),
                                                              juxta_deck_get_option (juxta_test_deck (window), o)->name)),
                       ==, narrow_size);

  /* Four of the six hidden: two wide columns, full-size names. */
  for (guint o = 2; o < 6; o++)
    juxta_session_hide_option (juxta_window_get_session (window), o, TRUE);
  g_assert_true (juxta_test_settle (window));
  wide_size = name_font_size (juxta_test_find_label (juxta_comparison_panels_get_card (panels, 0),
                                                     juxta_deck_get_option (juxta_test_deck (window), 0)->name));
  g_assert_cmpfloat (wide_size, >, narrow_size * 1.1);
  juxta_test_window_destroy (window);
}

/* A narrow window (600 pixels, as on a phone-sized or side-by-side
 * screen) is as wide as it was made: nothing in its header bar (the deck
 * picker's title above all) asks for more, whatever the deck. */
static void
test_narrow_window_fits (gconstpointer data)
{
  const DeckCase *deck = data;
  g_autofree char *path = deck_path (deck);
  JuxtaWindow *window;
  int minimum;

  window = juxta_test_window_open_sized (path, NARROW_SCREEN_WIDTH, 900);
  g_assert_true (juxta_test_settle (window));

  /* The first allocation, in the wide layout, may be wider; it switches
   * to the narrow layout, which must then let the window be 600 wide. */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, NARROW_SCREEN_WIDTH);
  gtk_window_set_default_size (GTK_WINDOW (window), NARROW_SCREEN_WIDTH, 900);
  g_assert_true (juxta_test_settle (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_SCREEN_WIDTH);
  juxta_test_window_destroy (window);
}

static int
line_count (GtkWidget *label)
{
  return pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (label)));
}

static guint
longest (guint       current,
         const char *text,
         guint      *word)
{
  *word = MAX (*word, juxta_wrap_longest_run (text));
  return MAX (current, (guint) g_utf8_strlen (text, -1));
}

/* A deck at the lint's limits for its number of options, in a mode. */
typedef struct
{
  const char *name;
  guint       n_options;
  gboolean    presenting;
} LimitsCase;

static const LimitsCase limits_cases[] = {
  { "courier-bikes-6", 6, FALSE },
  { "courier-bikes-6", 6, TRUE },
  { "courier-bikes-3", 3, FALSE },
  { "courier-bikes-3", 3, TRUE },
};

/* The limit a deck at the limits has its longest word at: a word limit
 * that is not below the text's own length is no limit of its own (a long
 * enough run may break inside, so with two or three options a tagline's
 * word limit reaches its length limit), and is not reached. */
static void
assert_word_at_limit (guint word,
                      guint word_limit,
                      guint text_limit)
{
  if (word_limit < text_limit)
    g_assert_cmpuint (word, ==, word_limit);
  else
    g_assert_cmpuint (word, <=, word_limit);
}

/* The lint's text limits hold on the window: a deck whose names, taglines
 * and priority labels are as long as the limits for its number of options
 * let them be (its first texts at each limit) shows them as the
 * measurement found: names and taglines in at most three lines, labels in
 * two on a board no wider than for short ones; test_layout () checks the
 * rest (names whole, the first row of facts on screen, nothing sideways). */
static void
test_texts_at_the_lint_limits (gconstpointer data)
{
  const LimitsCase *c = data;
  gboolean presenting = c->presenting;
  const JuxtaLintTextLimits *limits = juxta_lint_default_text_limits (c->n_options);
  g_autofree char *courier = NULL;
  g_autofree char *laptops = g_test_build_filename (G_TEST_DIST, "decks", "good", "laptops.json", NULL);
  guint name = 0, name_word = 0, tagline = 0, tagline_word = 0, label = 0, label_word = 0;
  JuxtaComparisonPanels *panels;
  GtkWidget *board;
  JuxtaWindow *window;
  JuxtaDeck *deck;
  int short_board = 0;

  for (guint d = 0; d < G_N_ELEMENTS (decks); d++)
    if (g_str_equal (decks[d].name, c->name))
      courier = deck_path (&decks[d]);
  g_assert_nonnull (courier);
  window = juxta_test_window_open_sized (NULL, SCREEN_WIDTH, SCREEN_HEIGHT);
  board = juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD);
  if (!presenting)
    {
      g_assert_true (juxta_window_load_deck (window, laptops, NULL));
      g_assert_true (juxta_test_settle (window));
      short_board = gtk_widget_get_width (board);
    }
  g_assert_true (juxta_window_load_deck (window, courier, NULL));
  if (presenting)
    enter_presentation (window);
  g_assert_true (juxta_test_settle (window));

  deck = juxta_test_deck (window);
  panels = JUXTA_COMPARISON_PANELS (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_COMPARISON_PANELS));
  g_assert_cmpuint (juxta_deck_get_n_options (deck), ==, c->n_options);
  for (guint o = 0; o < c->n_options; o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (deck, o);
      GtkWidget *header = juxta_comparison_panels_get_card (panels, o);

      name = longest (name, option->name, &name_word);
      tagline = longest (tagline, option->tagline, &tagline_word);
      g_assert_cmpint (line_count (juxta_test_find_label (header, option->name)), <=, 3);
      g_test_message ("“%s” in %d lines, “%s” in %d", option->name,
                      line_count (juxta_test_find_label (header, option->name)), option->tagline,
                      line_count (juxta_test_find_label (header, option->tagline)));
      g_assert_cmpint (line_count (juxta_test_find_label (header, option->tagline)), <=, 3);
    }
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    {
      const char *text = juxta_deck_get_priority (deck, p)->label;

      label = longest (label, text, &label_word);
      if (!presenting)
        g_assert_cmpint (line_count (juxta_test_find_label (board, text)), <=, 2);
    }
  if (!presenting)
    g_assert_cmpint (gtk_widget_get_width (board), ==, short_board);

  /* The deck is at the limits: when they are measured again, so is it. */
  g_assert_cmpuint (name, ==, limits->option_name);
  assert_word_at_limit (name_word, limits->option_name_word, limits->option_name);
  g_assert_cmpuint (tagline, ==, limits->option_tagline);
  assert_word_at_limit (tagline_word, limits->option_tagline_word, limits->option_tagline);
  g_assert_cmpuint (label, ==, limits->priority_label);
  g_assert_cmpuint (label_word, <=, limits->priority_label_word);
  juxta_test_window_destroy (window);
}

/* @func on each of the @n decks of @table, in the workbench and
 * presenting: /juxta/layout/1280x720/KIND/workbench/DECK and so on. */
static void
add_cases (GPtrArray      *cases,
           const char     *kind,
           const DeckCase *table,
           guint           n,
           GTestDataFunc   func)
{
  for (guint d = 0; d < n; d++)
    for (int presenting = 0; presenting <= 1; presenting++)
      {
        LayoutCase *c = g_new0 (LayoutCase, 1);
        g_autofree char *path = NULL;

        c->deck = &table[d];
        c->presenting = presenting;
        path = g_strdup_printf ("/juxta/layout/1280x720/%s%s/%s", kind, presenting ? "presenting" : "workbench",
                                table[d].name);
        g_test_add_data_func (path, c, func);
        g_ptr_array_add (cases, c);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);
  if (!juxta_test_init_ui ())
    return g_test_run ();
  juxta_test_load_style ();

  add_cases (cases, "", decks, G_N_ELEMENTS (decks), test_layout);
  add_cases (cases, "interview/", interview_decks, G_N_ELEMENTS (interview_decks), test_interview_layout);
  add_cases (cases, "stakeholders/", stakeholder_decks, G_N_ELEMENTS (stakeholder_decks), test_stakeholders_layout);

  for (guint d = 0; d < G_N_ELEMENTS (header_decks); d++)
    {
      g_autofree char *path = g_strdup_printf ("/juxta/layout/1280x720/header/%s", header_decks[d].name);
      g_test_add_data_func (path, &header_decks[d], test_header_layout);
    }
  g_test_add_func ("/juxta/layout/names-step-down", test_names_step_down);
  for (guint d = 0; d < G_N_ELEMENTS (decks); d++)
    {
      g_autofree char *path = g_strdup_printf ("/juxta/layout/narrow/%s", decks[d].name);

      g_test_add_data_func (path, &decks[d], test_narrow_window_fits);
    }
  for (guint i = 0; i < G_N_ELEMENTS (limits_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/juxta/layout/texts-at-the-lint-limits/%s/%s", limits_cases[i].name,
                                               limits_cases[i].presenting ? "presenting" : "workbench");
      g_test_add_data_func (path, &limits_cases[i], test_texts_at_the_lint_limits);
    }

  return g_test_run ();
}
