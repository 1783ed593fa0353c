/* juxta-comparison-panels.c: the options side by side
 *
 * One card per option; rows (header, summary, score, dimensions) line up
 * across cards because each row's cells share a vertical size group, so a
 * row is as tall as its tallest cell.  (The cards are equally wide, which
 * the size groups need: they measure every cell at the same width.)  Each
 * fact carries its dimension's name, so a card reads on its own when the
 * row is scrolled sideways or other cards are hidden.  Cards are built once per deck; a
 * new advice only changes scores, the leader mark and ruled-out notes.
 */

#define G_LOG_DOMAIN "juxta-comparison-panels"

#define ROW_HEADER  0
#define ROW_SUMMARY 1
#define ROW_SCORE   2
#define ROW_NOTE    3
#define N_FIXED_ROWS 4

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-comparison-panels.h"
#include "juxta-talking-points.h"

typedef struct
{
  GtkWidget *card;
  GtkWidget *badge;
  GtkWidget *hide_button;
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
  GtkWidget  *cards_box;

  JuxtaDeck  *deck;
  GArray     *cards;          /* Card, one per option */
  GPtrArray  *row_groups;     /* GtkSizeGroup, one per row */
  guint64     hidden;         /* bit o: option o is hidden */
  gboolean    editable;
};

G_DEFINE_FINAL_TYPE (JuxtaComparisonPanels, juxta_comparison_panels, GTK_TYPE_WIDGET)

static void
remove_all (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static GtkWidget *
new_text (const char *text,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Adds @cell to row @row of a card. */
static void
add_cell (JuxtaComparisonPanels *self,
          GtkWidget             *column,
          guint                  row,
          GtkWidget             *cell)
{
  gtk_size_group_add_widget (g_ptr_array_index (self->row_groups, row), cell);
  gtk_box_append (GTK_BOX (column), cell);
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

static GtkWidget *
build_header (JuxtaComparisonPanels *self,
              const JuxtaOption     *option,
              Card                  *card)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = new_text (option->name, "option-name");
  g_autofree char *hide_tooltip = g_strdup_printf (_("Hide %s from the comparison"), option->name);

  card->badge = gtk_label_new (_("Recommended"));
  gtk_widget_add_css_class (card->badge, "leader-badge");
  gtk_widget_set_halign (card->badge, GTK_ALIGN_START);
  gtk_widget_set_visible (card->badge, FALSE);

  card->hide_button = gtk_button_new_from_icon_name ("view-conceal-symbolic");
  gtk_widget_set_valign (card->hide_button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (card->hide_button, hide_tooltip);
  gtk_widget_add_css_class (card->hide_button, "flat");
  gtk_widget_add_css_class (card->hide_button, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (card->hide_button), "panels.hide");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (card->hide_button), g_variant_new_string (option->id));
  gtk_widget_set_visible (card->hide_button, self->editable);

  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), card->hide_button);
  gtk_box_append (GTK_BOX (box), card->badge);
  gtk_box_append (GTK_BOX (box), top);
  if (option->tagline != NULL)
    gtk_box_append (GTK_BOX (box), new_text (option->tagline, "option-tagline"));
  gtk_widget_add_css_class (box, "cell");
  gtk_widget_add_css_class (box, "header-cell");
  return box;
}

static GtkWidget *
build_score (Card *card)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  card->score_bar = gtk_level_bar_new_for_interval (0, 100);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (card->score_bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (card->score_bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (card->score_bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_hexpand (card->score_bar, TRUE);
  gtk_widget_set_valign (card->score_bar, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (card->score_bar, "score-bar");

  card->score_label = gtk_label_new ("—");
  gtk_label_set_width_chars (GTK_LABEL (card->score_label), 4);
  gtk_label_set_xalign (GTK_LABEL (card->score_label), 1);
  gtk_widget_add_css_class (card->score_label, "score-percent");
  gtk_widget_add_css_class (card->score_label, "numeric");

  gtk_box_append (GTK_BOX (box), card->score_bar);
  gtk_box_append (GTK_BOX (box), card->score_label);
  gtk_widget_add_css_class (box, "cell");
  gtk_widget_add_css_class (box, "score-cell");
  return box;
}

static GtkWidget *
build_card (JuxtaComparisonPanels *self,
            const JuxtaOption     *option,
            Card                  *card)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *summary = new_text (option->summary != NULL ? option->summary : "", "option-summary");

  gtk_widget_add_css_class (column, "option-card");
  gtk_widget_set_size_request (column, 140, -1);
  card->card = column;

  add_cell (self, column, ROW_HEADER, build_header (self, option, card));
  gtk_widget_add_css_class (summary, "cell");
  add_cell (self, column, ROW_SUMMARY, summary);
  add_cell (self, column, ROW_SCORE, build_score (card));

  card->note = new_text ("", "ruled-out-note");
  gtk_widget_add_css_class (card->note, "cell");
  add_cell (self, column, ROW_NOTE, card->note);

  for (guint d = 0; d < juxta_deck_get_n_dimensions (self->deck); d++)
    {
      g_autofree char *text = format_fact (option->facts[d]);
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *name = new_text (juxta_deck_get_dimension (self->deck, d)->label, "dimension-label");
      GtkWidget *fact = new_text (text, NULL);

      if (option->facts[d] == NULL)
        gtk_widget_add_css_class (fact, "dim-label");
      gtk_label_set_selectable (GTK_LABEL (fact), TRUE);
      gtk_box_append (GTK_BOX (cell), name);
      gtk_box_append (GTK_BOX (cell), fact);
      gtk_widget_add_css_class (cell, "cell");
      gtk_widget_add_css_class (cell, "fact");
      add_cell (self, column, N_FIXED_ROWS + d, cell);
    }
  return column;
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

      if ((self->hidden & (G_GUINT64_CONSTANT (1) << o)) == 0)
        continue;
      button = gtk_button_new_with_label (option->name);
      tooltip = g_strdup_printf (_("Show %s again"), option->name);
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_widget_add_css_class (button, "pill-small");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "panels.show");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (option->id));
      gtk_box_append (GTK_BOX (self->hidden_buttons), button);
    }
  gtk_widget_set_visible (self->hidden_bar, self->hidden != 0 && self->editable);
}

static void
apply_hidden (JuxtaComparisonPanels *self)
{
  for (guint o = 0; o < self->cards->len; o++)
    {
      Card *card = &g_array_index (self->cards, Card, o);
      gtk_widget_set_visible (card->card, (self->hidden & (G_GUINT64_CONSTANT (1) << o)) == 0);
    }
  update_hidden_bar (self);
}

static void
set_option_hidden (JuxtaComparisonPanels *self,
                   const char            *option_id,
                   gboolean               hidden)
{
  int option;
  guint64 bit;

  if (self->deck == NULL || (option = juxta_deck_find_option (self->deck, option_id)) < 0)
    return;
  bit = G_GUINT64_CONSTANT (1) << option;
  juxta_comparison_panels_set_hidden (self, hidden ? (self->hidden | bit) : (self->hidden & ~bit));
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
clear_cards (JuxtaComparisonPanels *self)
{
  remove_all (self->cards_box);
  g_array_set_size (self->cards, 0);
  g_ptr_array_set_size (self->row_groups, 0);
}

static void
juxta_comparison_panels_dispose (GObject *object)
{
  JuxtaComparisonPanels *self = JUXTA_COMPARISON_PANELS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_COMPARISON_PANELS);
  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_pointer (&self->row_groups, g_ptr_array_unref);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (juxta_comparison_panels_parent_class)->dispose (object);
}

static void
juxta_comparison_panels_class_init (JuxtaComparisonPanelsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_comparison_panels_dispose;

  gtk_widget_class_install_action (widget_class, "panels.hide", "s", hide_activated);
  gtk_widget_class_install_action (widget_class, "panels.show", "s", show_activated);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/juxta/Juxta/ui/juxta-comparison-panels.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaComparisonPanels, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaComparisonPanels, hidden_bar);
  gtk_widget_class_bind_template_child (widget_class, JuxtaComparisonPanels, hidden_buttons);
  gtk_widget_class_bind_template_child (widget_class, JuxtaComparisonPanels, cards_box);
  gtk_widget_class_set_css_name (widget_class, "comparisonpanels");
}

static void
juxta_comparison_panels_init (JuxtaComparisonPanels *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cards = g_array_new (FALSE, TRUE, sizeof (Card));
  self->row_groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->editable = TRUE;
}

GtkWidget *
juxta_comparison_panels_new (void)
{
  return g_object_new (JUXTA_TYPE_COMPARISON_PANELS, NULL);
}

void
juxta_comparison_panels_set_deck (JuxtaComparisonPanels *self,
                                  JuxtaDeck             *deck)
{
  guint n_rows;

  g_return_if_fail (JUXTA_IS_COMPARISON_PANELS (self));
  g_return_if_fail (JUXTA_IS_DECK (deck));

  clear_cards (self);
  g_set_object (&self->deck, deck);
  self->hidden = 0;

  n_rows = N_FIXED_ROWS + juxta_deck_get_n_dimensions (deck);
  for (guint r = 0; r < n_rows; r++)
    g_ptr_array_add (self->row_groups, gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL));

  g_array_set_size (self->cards, juxta_deck_get_n_options (deck));
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    {
      Card *card = &g_array_index (self->cards, Card, o);
      gtk_box_append (GTK_BOX (self->cards_box), build_card (self, juxta_deck_get_option (deck, o), card));
    }
  apply_hidden (self);
}

void
juxta_comparison_panels_set_advice (JuxtaComparisonPanels *self,
                                    const JuxtaAdvice     *advice)
{
  g_return_if_fail (JUXTA_IS_COMPARISON_PANELS (self));
  g_return_if_fail (advice != NULL);

  for (guint o = 0; o < self->cards->len && o < advice->n_options; o++)
    {
      Card *card = &g_array_index (self->cards, Card, o);
      gboolean leader = advice->leader == (int) o;
      gboolean ruled_out = advice->ruled_out_by[o] >= 0;
      g_autofree char *note = juxta_describe_ruled_out (self->deck, advice, o);

      if (juxta_advice_has_scores (advice))
        {
          char percent[16];

          /* TRANSLATORS: a score as a whole percentage, "84%" */
          g_snprintf (percent, sizeof percent, _("%d%%"), juxta_percent (advice->scores[o]));
          gtk_label_set_label (GTK_LABEL (card->score_label), percent);
          gtk_level_bar_set_value (GTK_LEVEL_BAR (card->score_bar), advice->scores[o]);
        }
      else
        {
          gtk_label_set_label (GTK_LABEL (card->score_label), "—");
          gtk_level_bar_set_value (GTK_LEVEL_BAR (card->score_bar), 0);
        }

      if (leader)
        gtk_widget_add_css_class (card->card, "leader");
      else
        gtk_widget_remove_css_class (card->card, "leader");
      if (ruled_out)
        gtk_widget_add_css_class (card->card, "ruled-out");
      else
        gtk_widget_remove_css_class (card->card, "ruled-out");
      gtk_widget_set_visible (card->badge, leader);
      gtk_label_set_label (GTK_LABEL (card->note), note != NULL ? note : "");
      gtk_widget_set_visible (card->note, note != NULL);
    }
}

guint64
juxta_comparison_panels_get_hidden (JuxtaComparisonPanels *self)
{
  g_return_val_if_fail (JUXTA_IS_COMPARISON_PANELS (self), 0);
  return self->hidden;
}

void
juxta_comparison_panels_set_hidden (JuxtaComparisonPanels *self,
                                    guint64                hidden)
{
  g_return_if_fail (JUXTA_IS_COMPARISON_PANELS (self));

  if (self->cards->len < 64)
    hidden &= (G_GUINT64_CONSTANT (1) << self->cards->len) - 1;
  if (hidden == self->hidden)
    return;
  self->hidden = hidden;
  apply_hidden (self);
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

  return g_array_index (self->cards, Card, option).card;
}
