/* juxta-comparison-panels.c: the options side by side
 *
 * One card per option, drawn as a column of cells in one grid: a row
 * (header, score, a dimension, the summary) is as tall as its tallest
 * cell, in a single layout pass however many options there are.  The
 * facts come right under the names and scores, so that the first of them
 * is on screen with the names; each option's summary closes its card.
 * Each fact carries its dimension's name, so a card reads on its own when
 * other cards are hidden.  Cards are built once per deck; a new advice
 * only changes scores, the leader mark and ruled-out notes.  Which options
 * are hidden is the session's: the hide and show buttons write it there,
 * and the cards follow.
 *
 * Columns share the width equally and narrow gracefully: below about 15
 * ems a column turns compact (less padding, a smaller percentage), and the
 * names' heading steps down from 1.3 to 1.15 to 1 em until every name's
 * longest word fits its column and no name takes more than three lines.
 * Names wrap at word boundaries and are never cut short.
 */

#define G_LOG_DOMAIN "juxta-comparison-panels"

#define ROW_HEADER   0
#define ROW_SCORE    1
#define N_FIXED_ROWS 2

/* Below this width, in ems of the text, a column is compact. */
#define COMPACT_COLUMN_EMS 15.0
/* A name longer than this, in lines, takes the next smaller heading. */
#define MAX_NAME_LINES 3

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-comparison-panels-private.h"
#include "juxta-talking-points.h"
#include "juxta-wrap.h"

/* The names' heading sizes, largest first, as set in style.css. */
static const struct
{
  const char *css_class;
  double      scale;
} name_sizes[] = {
  { NULL, 1.3 },
  { "names-medium", 1.15 },
  { "names-small", 1.0 },
};

typedef struct
{
  GPtrArray *cells;       /* the card's cells, top to bottom */
  GtkWidget *badge;
  GtkWidget *hide_button;
  GtkWidget *name;
  gboolean   leader;
  gboolean   ruled_out;
  GtkWidget *score_bar;
  GtkWidget *score_label;
  GtkWidget *note;
} Card;

struct _JuxtaComparisonPanels
{
  GtkWidget   parent_instance;

  GtkWidget  *content;
  GtkWidget  *hidden_bar;
  GtkWidget  *hidden_buttons;
  GtkWidget  *grid;

  JuxtaSession *session;
  JuxtaDeck  *deck;
  GArray     *cards;          /* Card, one per option */
  guint64     hidden;         /* the session's, as shown */
  gboolean    editable;
  guint       name_size;      /* index in name_sizes */
  gboolean    compact;
  int         fitted_width;   /* the column width, overflow and text size they were fitted to */
  int         fitted_overflow;
  double      fitted_em;
  gboolean    refitting;      /* laid out again after a restyle of ours */
  guint       n_restyles;     /* in a row */
  int         height_for;     /* the width a height asked without one was measured for */
  guint       relayout_id;
};

G_DEFINE_FINAL_TYPE (JuxtaComparisonPanels, juxta_comparison_panels, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
remove_all (GtkWidget *flow_box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (flow_box)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (flow_box), child);
}

static GtkWidget *
new_text (const char *text,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  juxta_wrap_label (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Adds @cell to row @row of @card's column. */
static void
add_cell (JuxtaComparisonPanels *self,
          Card                  *card,
          guint                  column,
          guint                  row,
          GtkWidget             *cell)
{
  gtk_widget_add_css_class (cell, "option-cell");
  if (row == 0)
    gtk_widget_add_css_class (cell, "first");
  gtk_grid_attach (GTK_GRID (self->grid), cell, (int) column, (int) row, 1, 1);
  g_ptr_array_add (card->cells, cell);
}

static void
set_card_class (Card       *card,
                const char *css_class,
                gboolean    on)
{
  for (guint i = 0; i < card->cells->len; i++)
    if (on)
      gtk_widget_add_css_class (g_ptr_array_index (card->cells, i), css_class);
    else
      gtk_widget_remove_css_class (g_ptr_array_index (card->cells, i), css_class);
}

static void
set_card_visible (Card     *card,
                  gboolean  visible)
{
  for (guint i = 0; i < card->cells->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (card->cells, i), visible);
}

static char *
format_fact (const char *const *fact)
{
  GString *s;

  if (fact == NULL)
    return g_strdup ("—");
  if (fact[1] == NULL)
    return g_strdup (fact[0]);

  s = g_string_new (NULL);
  for (guint i = 0; fact[i] != NULL; i++)
    g_string_append_printf (s, "%s• %s", i > 0 ? "\n" : "", fact[i]);
  return g_string_free (s, FALSE);
}

/* The name, with the leader's badge and the hide button in a row above
 * it: that row is there in every card, so the names line up. */
static GtkWidget *
build_header (JuxtaComparisonPanels *self,
              const JuxtaOption     *option,
              Card                  *card)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *hide_tooltip = g_strdup_printf (_("Hide %s from the comparison"), option->name);

  card->badge = gtk_label_new (_("Recommended"));
  gtk_widget_add_css_class (card->badge, "leader-badge");
  gtk_widget_set_halign (card->badge, GTK_ALIGN_START);
  gtk_widget_set_valign (card->badge, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (card->badge, TRUE);
  gtk_widget_set_child_visible (card->badge, FALSE);

  card->hide_button = gtk_button_new_from_icon_name ("view-conceal-symbolic");
  gtk_widget_set_valign (card->hide_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (card->hide_button, hide_tooltip);
  gtk_widget_add_css_class (card->hide_button, "flat");
  gtk_widget_add_css_class (card->hide_button, "circular");
  gtk_widget_add_css_class (card->hide_button, "hide-button");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (card->hide_button), "panels.hide");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (card->hide_button), g_variant_new_string (option->id));
  gtk_widget_set_visible (card->hide_button, self->editable);

  /* A name is a heading: it wraps between words, never inside one, and
   * the heading gets smaller where a word would not fit (see fit_columns). */
  card->name = gtk_label_new (option->name);
  gtk_label_set_wrap (GTK_LABEL (card->name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (card->name), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (card->name), 0);
  gtk_widget_add_css_class (card->name, "option-name");

  gtk_box_append (GTK_BOX (top), card->badge);
  gtk_box_append (GTK_BOX (top), card->hide_button);
  gtk_widget_add_css_class (top, "badge-row");
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), card->name);
  if (option->tagline != NULL)
    gtk_box_append (GTK_BOX (box), new_text (option->tagline, "option-tagline"));
  gtk_widget_add_css_class (box, "cell");
  gtk_widget_add_css_class (box, "header-cell");
  return box;
}

/* The score, and under it why the option is ruled out, when it is. */
static GtkWidget *
build_score (Card *card)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  card->score_bar = gtk_level_bar_new_for_interval (0, 100);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (card->score_bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (card->score_bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (card->score_bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_hexpand (card->score_bar, TRUE);
  gtk_widget_set_valign (card->score_bar, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (card->score_bar, "score-bar");

  /* An inscription keeps its size whatever its text: a new score redraws
   * it without asking the grid (every cell of every column) for a new
   * layout, as a label would on every slider step. */
  card->score_label = gtk_inscription_new ("—");
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (card->score_label), 5);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (card->score_label), 5);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (card->score_label), 1);
  gtk_widget_add_css_class (card->score_label, "score-percent");
  gtk_widget_add_css_class (card->score_label, "numeric");

  card->note = new_text ("", "ruled-out-note");
  gtk_widget_set_visible (card->note, FALSE);

  gtk_box_append (GTK_BOX (box), card->score_bar);
  gtk_box_append (GTK_BOX (box), card->score_label);
  gtk_box_append (GTK_BOX (cell), box);
  gtk_box_append (GTK_BOX (cell), card->note);
  gtk_widget_add_css_class (cell, "cell");
  gtk_widget_add_css_class (cell, "score-cell");
  return cell;
}

static GtkWidget *
build_fact (const char *label,
            const char *text,
            gboolean    missing)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = new_text (label, "dimension-label");
  GtkWidget *fact = new_text (text, NULL);

  if (missing)
    gtk_widget_add_css_class (fact, "dim-label");
  gtk_label_set_selectable (GTK_LABEL (fact), TRUE);
  gtk_box_append (GTK_BOX (cell), name);
  gtk_box_append (GTK_BOX (cell), fact);
  gtk_widget_add_css_class (cell, "cell");
  gtk_widget_add_css_class (cell, "fact");
  return cell;
}

static gboolean
deck_has_summaries (JuxtaDeck *deck)
{
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    if (juxta_deck_get_option (deck, o)->summary != NULL)
      return TRUE;
  return FALSE;
}

static void
build_card (JuxtaComparisonPanels *self,
            const JuxtaOption     *option,
            guint                  column,
            Card                  *card)
{
  guint n_dimensions = juxta_deck_get_n_dimensions (self->deck);

  card->cells = g_ptr_array_new ();
  add_cell (self, card, column, ROW_HEADER, build_header (self, option, card));
  add_cell (self, card, column, ROW_SCORE, build_score (card));

  for (guint d = 0; d < n_dimensions; d++)
    {
      g_autofree char *text = format_fact (option->facts[d]);

      add_cell (self, card, column, N_FIXED_ROWS + d,
                build_fact (juxta_deck_get_dimension (self->deck, d)->label, text, option->facts[d] == NULL));
    }
  if (deck_has_summaries (self->deck))
    add_cell (self, card, column, N_FIXED_ROWS + n_dimensions,
              build_fact (C_("comparison row", "Summary"), option->summary != NULL ? option->summary : "—",
                          option->summary == NULL));
  gtk_widget_add_css_class (g_ptr_array_index (card->cells, card->cells->len - 1), "last");
}

static gboolean
is_hidden (JuxtaComparisonPanels *self,
           guint                  option)
{
  return (self->hidden & (G_GUINT64_CONSTANT (1) << option)) != 0;
}

static void
update_hidden_bar (JuxtaComparisonPanels *self)
{
  remove_all (self->hidden_buttons);

  for (guint o = 0; o < self->cards->len; o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (self->deck, o);
      GtkWidget *button;
      g_autofree char *tooltip = NULL;

      if (!is_hidden (self, o))
        continue;
      button = gtk_button_new_with_label (option->name);
      /* A long name wraps inside its button rather than widening the bar. */
      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), PANGO_WRAP_WORD);
      tooltip = g_strdup_printf (_("Show %s again"), option->name);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "pill-small");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "panels.show");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (option->id));
      gtk_flow_box_append (GTK_FLOW_BOX (self->hidden_buttons), button);
    }
  gtk_widget_set_visible (self->hidden_bar, self->hidden != 0 && self->editable);
}

static void
apply_hidden (JuxtaComparisonPanels *self)
{
  self->fitted_width = -1;
  for (guint o = 0; o < self->cards->len; o++)
    {
      Card *card = &g_array_index (self->cards, Card, o);
      set_card_visible (card, !is_hidden (self, o));
    }
  update_hidden_bar (self);
}

static void
set_option_hidden (JuxtaComparisonPanels *self,
                   const char            *option_id,
                   gboolean               hidden)
{
  int option;

  if (self->deck == NULL || (option = juxta_deck_find_option (self->deck, option_id)) < 0)
    return;
  juxta_session_hide_option (self->session, (guint) option, hidden);
}

static void
hide_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  set_option_hidden (JUXTA_COMPARISON_PANELS (widget), g_variant_get_string (parameter, NULL), TRUE);
}

static void
show_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  set_option_hidden (JUXTA_COMPARISON_PANELS (widget), g_variant_get_string (parameter, NULL), FALSE);
}

static void
card_clear (Card *card)
{
  g_clear_pointer (&card->cells, g_ptr_array_unref);
}

static void
clear_cards (JuxtaComparisonPanels *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  g_array_set_size (self->cards, 0);
}

static void
build_cards (JuxtaComparisonPanels *self,
             JuxtaDeck             *deck)
{
  clear_cards (self);
  g_set_object (&self->deck, deck);
  self->hidden = 0;
  self->fitted_width = -1;

  g_array_set_size (self->cards, juxta_deck_get_n_options (deck));
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    build_card (self, juxta_deck_get_option (deck, o), o, &g_array_index (self->cards, Card, o));
}

static void
show_advice (JuxtaComparisonPanels *self,
             const JuxtaAdvice     *advice)
{
  for (guint o = 0; o < self->cards->len && o < advice->n_options; o++)
    {
      Card *card = &g_array_index (self->cards, Card, o);
      gboolean leader = advice->leader == (int) o;
      gboolean ruled_out = advice->ruled_out_by[o] >= 0;
      g_autofree char *note = juxta_describe_ruled_out (self->deck, advice, o);
      char percent[16] = "—";

      if (juxta_advice_has_scores (advice))
        /* TRANSLATORS: a score as a whole percentage, "84%" */
        g_snprintf (percent, sizeof percent, _("%d%%"), juxta_percent (advice->scores[o]));
      /* Only what changed is touched: a changed label means a new layout. */
      if (g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (card->score_label)), percent) != 0)
        {
          gtk_inscription_set_text (GTK_INSCRIPTION (card->score_label), percent);
          gtk_accessible_update_property (GTK_ACCESSIBLE (card->score_label),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, percent, -1);
        }
      gtk_level_bar_set_value (GTK_LEVEL_BAR (card->score_bar),
                               juxta_advice_has_scores (advice) ? advice->scores[o] : 0);

      if (leader != card->leader)
        {
          set_card_class (card, "leader", leader);
          gtk_widget_set_child_visible (card->badge, leader);
          card->leader = leader;
        }
      if (ruled_out != card->ruled_out)
        {
          set_card_class (card, "ruled-out", ruled_out);
          card->ruled_out = ruled_out;
        }
      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (card->note)), note != NULL ? note : "") != 0)
        {
          juxta_wrap_label (GTK_LABEL (card->note), note);
          gtk_widget_set_visible (card->note, note != NULL);
        }
    }
}

static void
session_changed_cb (JuxtaSession          *session,
                    JuxtaSessionChange     changes,
                    JuxtaComparisonPanels *self)
{
  if (juxta_session_get_deck (session) == NULL)
    return;
  if (changes & JUXTA_SESSION_CHANGE_DECK)
    build_cards (self, juxta_session_get_deck (session));
  if (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_HIDDEN))
    {
      self->hidden = juxta_session_get_hidden (session);
      apply_hidden (self);
    }
  if (changes & JUXTA_SESSION_CHANGE_ADVICE)
    show_advice (self, juxta_session_get_advice (session));
}

/* ------------------------------------------------------------ fitting */

/* The size of an em of the panels' text, in pixels. */
static double
em_size (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  if (!pango_font_description_get_size_is_absolute (font))
    size *= pango_cairo_context_get_resolution (context) / 72.0;
  return size > 0 ? size : 16.0;
}

/* Whether @label's text, at heading size @step, fits @width: its longest
 * word on one line, and the whole name in MAX_NAME_LINES. */
static gboolean
name_fits (JuxtaComparisonPanels *self,
           GtkWidget             *label,
           int                    width,
           guint                  step)
{
  g_autoptr(PangoLayout) layout = pango_layout_copy (gtk_label_get_layout (GTK_LABEL (label)));
  const PangoFontDescription *shown = pango_layout_get_font_description (layout);
  PangoFontDescription *font;
  double size;
  PangoRectangle logical;
  gboolean fits;

  if (shown == NULL)
    shown = pango_context_get_font_description (pango_layout_get_context (layout));
  font = pango_font_description_copy (shown);
  size = pango_font_description_get_size (font) * name_sizes[step].scale / name_sizes[self->name_size].scale;
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size);
  else
    pango_font_description_set_size (font, (int) size);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  fits = logical.width <= width && pango_layout_get_line_count (layout) <= MAX_NAME_LINES;
  pango_font_description_free (font);
  return fits;
}

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

/* The width the columns are allocated (that of the first one shown), and
 * how many are shown; 0 when none is. */
static int
column_width (JuxtaComparisonPanels *self,
              guint                 *n_visible)
{
  int column = 0;

  *n_visible = 0;
  for (guint o = 0; o < self->cards->len; o++)
    if (!is_hidden (self, o))
      {
        Card *card = &g_array_index (self->cards, Card, o);
        if ((*n_visible)++ == 0)
          column = gtk_widget_get_width (g_ptr_array_index (card->cells, 0));
      }
  return column;
}

/* How much wider each column is than it would be without scrolling
 * sideways (columns wider than the scrolled window). */
static double
column_overflow (JuxtaComparisonPanels *self,
                 guint                  n_visible)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *h;

  if (scroller == NULL)
    return 0;
  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  return MAX (0, gtk_adjustment_get_upper (h) - gtk_adjustment_get_lower (h) - gtk_adjustment_get_page_size (h)) /
         n_visible;
}

/* The largest heading size at which every name shown fits its column. */
static guint
fitting_name_size (JuxtaComparisonPanels *self,
                   double                 overflow)
{
  guint step = 0;

  for (guint o = 0; o < self->cards->len; o++)
    {
      Card *card = &g_array_index (self->cards, Card, o);
      int width;

      if (is_hidden (self, o))
        continue;
      width = gtk_widget_get_width (card->name) - (int) overflow;
      while (step + 1 < G_N_ELEMENTS (name_sizes) && !name_fits (self, card->name, width, step))
        step++;
    }
  return step;
}

static void
restyle (JuxtaComparisonPanels *self,
         gboolean               compact,
         guint                  step)
{
  if (compact != self->compact)
    {
      self->compact = compact;
      set_class (GTK_WIDGET (self), "compact", compact);
    }
  if (step != self->name_size)
    {
      for (guint i = 0; i < G_N_ELEMENTS (name_sizes); i++)
        if (name_sizes[i].css_class != NULL)
          set_class (GTK_WIDGET (self), name_sizes[i].css_class, i == step);
      self->name_size = step;
    }
}

/* The density and the names' heading size that suit the columns as they
 * are now allocated.  A change restyles the cards, which GTK lays out
 * again before it paints: the frame shows the fitted cards. */
static void
fit_columns (JuxtaComparisonPanels *self)
{
  double em = em_size (GTK_WIDGET (self));
  guint n_visible;
  int column = column_width (self, &n_visible);
  double overflow;
  gboolean compact;
  guint step;

  if (n_visible == 0 || column <= 0)
    return;
  overflow = column_overflow (self, n_visible);
  /* A new advice lays the cards out again at the same width: nothing to
   * fit then. */
  if (column == self->fitted_width && (int) overflow == self->fitted_overflow && em == self->fitted_em)
    return;
  if (!self->refitting)
    self->n_restyles = 0;
  self->refitting = FALSE;
  self->fitted_width = column;
  self->fitted_overflow = (int) overflow;
  self->fitted_em = em;
  compact = column - overflow < COMPACT_COLUMN_EMS * em;
  step = fitting_name_size (self, overflow);

  if (compact == self->compact && step == self->name_size)
    return;
  /* Restyled, the cards are laid out again: fit them once more then; but
   * never back and forth without end. */
  if (++self->n_restyles > 4)
    return;
  self->refitting = TRUE;
  self->fitted_width = -1;
  restyle (self, compact, step);
}

/* The panels' height, asked without a width, is their height at the width
 * of the scrolled window that can scroll them sideways (never less than
 * their minimum), not at their minimum width as GTK would measure it: a
 * sideways scroller asks that, and the page would be as tall as the
 * cards at their narrowest, hundreds of pixels of nothing under them, and
 * every text laid out once more at that width.  The scroller's width is
 * the one it was last given; when the panels are then given another (the
 * window was resized), they are measured again, before the next frame. */
static void
juxta_comparison_panels_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  JuxtaComparisonPanels *self = JUXTA_COMPARISON_PANELS (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0)
    {
      GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
      int width = scroller != NULL ? gtk_widget_get_width (scroller) : 0;

      if (width > 0)
        {
          int min_width;

          gtk_widget_measure (self->content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
          for_size = self->height_for = MAX (width, min_width);
        }
    }
  gtk_widget_measure (self->content, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static gboolean
relayout_idle (gpointer user_data)
{
  JuxtaComparisonPanels *self = user_data;

  self->relayout_id = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
juxta_comparison_panels_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  JuxtaComparisonPanels *self = JUXTA_COMPARISON_PANELS (widget);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);
  fit_columns (self);
  if (self->height_for > 0 && width != self->height_for && self->relayout_id == 0)
    {
      self->height_for = 0;
      self->relayout_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout_idle, self, NULL);
    }
}

static GtkSizeRequestMode
juxta_comparison_panels_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
juxta_comparison_panels_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  JuxtaComparisonPanels *self = JUXTA_COMPARISON_PANELS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_comparison_panels_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  JuxtaComparisonPanels *self = JUXTA_COMPARISON_PANELS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_comparison_panels_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_comparison_panels_dispose (GObject *object)
{
  JuxtaComparisonPanels *self = JUXTA_COMPARISON_PANELS (object);

  g_clear_handle_id (&self->relayout_id, g_source_remove);
  juxta_session_unfollow (&self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_COMPARISON_PANELS);
  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (juxta_comparison_panels_parent_class)->dispose (object);
}

static void
juxta_comparison_panels_class_init (JuxtaComparisonPanelsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_comparison_panels_dispose;
  object_class->get_property = juxta_comparison_panels_get_property;
  object_class->set_property = juxta_comparison_panels_set_property;
  widget_class->measure = juxta_comparison_panels_measure;
  widget_class->size_allocate = juxta_comparison_panels_size_allocate;
  widget_class->get_request_mode = juxta_comparison_panels_get_request_mode;

  /**
   * JuxtaComparisonPanels:session:
   * The session whose deck, advice and hidden options the cards show.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "panels.hide", "s", hide_activated);
  gtk_widget_class_install_action (widget_class, "panels.show", "s", show_activated);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/juxta/Juxta/ui/juxta-comparison-panels.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaComparisonPanels, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaComparisonPanels, hidden_bar);
  gtk_widget_class_bind_template_child (widget_class, JuxtaComparisonPanels, hidden_buttons);
  gtk_widget_class_bind_template_child (widget_class, JuxtaComparisonPanels, grid);
  gtk_widget_class_set_css_name (widget_class, "comparisonpanels");
}

static void
juxta_comparison_panels_init (JuxtaComparisonPanels *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cards = g_array_new (FALSE, TRUE, sizeof (Card));
  g_array_set_clear_func (self->cards, (GDestroyNotify) card_clear);
  self->editable = TRUE;
}

GtkWidget *
juxta_comparison_panels_new (void)
{
  return g_object_new (JUXTA_TYPE_COMPARISON_PANELS, NULL);
}

/* Shows @session; the hide and show buttons write to it.  Set once, by
 * the window, after its template is built. */
void
juxta_comparison_panels_set_session (JuxtaComparisonPanels *self,
                                     JuxtaSession          *session)
{
  g_return_if_fail (JUXTA_IS_COMPARISON_PANELS (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* Presentation mode takes away the hide buttons and the hidden bar. */
void
juxta_comparison_panels_set_editable (JuxtaComparisonPanels *self,
                                      gboolean               editable)
{
  g_return_if_fail (JUXTA_IS_COMPARISON_PANELS (self));

  self->editable = editable;
  for (guint o = 0; o < self->cards->len; o++)
    gtk_widget_set_visible (g_array_index (self->cards, Card, o).hide_button, editable);
  update_hidden_bar (self);
}

GtkWidget *
juxta_comparison_panels_get_card (JuxtaComparisonPanels *self,
                                  guint                  option)
{
  g_return_val_if_fail (JUXTA_IS_COMPARISON_PANELS (self), NULL);
  g_return_val_if_fail (option < self->cards->len, NULL);

  /* The header cell stands for the card: it carries the card's classes. */
  return g_ptr_array_index (g_array_index (self->cards, Card, option).cells, 0);
}
