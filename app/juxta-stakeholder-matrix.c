/* juxta-stakeholder-matrix.c: "Who prefers what": each stakeholder's scores, leader and regret
 *
 * A compact table: one row per person and a last row for the consensus,
 * one column per option, each cell the option's score under that row's
 * priorities (with the meeting's must-haves), the row's favourite marked
 * with a star; at the end of each person's row, what the consensus costs
 * them, in words, under a heading that names the consensus's choice: the
 * row reads "Dana … gives up 6 points … under Amazon Bedrock" (a screen
 * reader hears that sentence for the cell).  Above it, the one sentence
 * the room needs: who gives up most, or that nobody gives anything up.
 * Short cells, so that six options and three people fit a 1280×720
 * screen in presentation mode.
 *
 * The options are the comparison's: those hidden from it are left out,
 * unless a row prefers one (the table never hides a preference).  Names
 * wrap between words, as in the comparison.  The table is built when its
 * shape changes (deck, people, options shown) and otherwise updated in
 * place; like the chart, it follows the session only while on screen.
 */

#define G_LOG_DOMAIN "juxta-stakeholder-matrix"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "juxta-stakeholder-bar.h"
#include "juxta-stakeholder-matrix-private.h"
#include "juxta-talking-points.h"
#include "juxta-wrap.h"

#define NAME_CHARS   14
#define REGRET_CHARS 16
/* What the last column needs at least: "Gives up 6 points" on one or two
 * lines, never a word a line. */
#define REGRET_MIN_CHARS 11

typedef struct
{
  GtkWidget *box;
  GtkLabel  *score;
  GtkWidget *mark;
  gboolean   favourite;
} Cell;

struct _JuxtaStakeholderMatrix
{
  GtkWidget     parent_instance;

  /* template children */
  GtkWidget    *clamp;
  GtkWidget    *summary_label;
  GtkWidget    *grid;

  JuxtaSession *session;
  gboolean      stale;          /* the session changed while the table was not on screen */

  /* The table's shape: what it was built for. */
  JuxtaDeck    *deck;
  guint         n_rows;         /* the people and the consensus */
  guint         columns[JUXTA_MAX_OPTIONS];
  guint         n_columns;
  GPtrArray    *names;          /* GtkLabel, one per row */
  GPtrArray    *avatars;        /* AdwAvatar, one per person */
  GPtrArray    *headers;        /* GtkLabel, one per column */
  GtkWidget    *regret_header;  /* GtkLabel: "Under <the consensus's choice>" */
  GPtrArray    *regrets;        /* GtkLabel, one per row (empty for the consensus) */
  GArray       *cells;          /* Cell, row by row */
};

G_DEFINE_FINAL_TYPE (JuxtaStakeholderMatrix, juxta_stakeholder_matrix, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static Cell *
cell_at (JuxtaStakeholderMatrix *self,
         guint                   row,
         guint                   column)
{
  return &g_array_index (self->cells, Cell, row * self->n_columns + column);
}

/* The options shown: the comparison's, and every row's favourite. */
static guint
choose_columns (JuxtaSession         *session,
                const JuxtaConsensus *consensus,
                guint                *columns)
{
  JuxtaDeck *deck = juxta_session_get_deck (session);
  guint64 favourites = 0;
  guint n = 0;

  if (consensus->advice->leader >= 0)
    favourites |= G_GUINT64_CONSTANT (1) << consensus->advice->leader;
  for (guint k = 0; k < consensus->n_stakeholders; k++)
    if (consensus->outcomes[k].leader >= 0)
      favourites |= G_GUINT64_CONSTANT (1) << consensus->outcomes[k].leader;
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    if (!juxta_session_is_hidden (session, o) || (favourites & (G_GUINT64_CONSTANT (1) << o)))
      columns[n++] = o;
  return n;
}

/* ------------------------------------------------------------ building */

static GtkWidget *
new_cell (JuxtaStakeholderMatrix *self,
          guint                   row,
          guint                   column,
          const char             *css_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_add_css_class (box, "matrix-cell");
  if (css_class != NULL)
    gtk_widget_add_css_class (box, css_class);
  if (row == self->n_rows)
    gtk_widget_add_css_class (box, "consensus");
  gtk_grid_attach (GTK_GRID (self->grid), box, (int) column, (int) row, 1, 1);
  return box;
}

static GtkWidget *
new_label (const char *css_class,
           int         max_chars,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (xalign == 0.5f)
    gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  if (max_chars > 0)
    gtk_label_set_max_width_chars (GTK_LABEL (label), max_chars);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
build_header_row (JuxtaStakeholderMatrix *self)
{
  GtkWidget *regret;

  new_cell (self, 0, 0, "header");
  for (guint c = 0; c < self->n_columns; c++)
    {
      GtkWidget *box = new_cell (self, 0, c + 1, "header");
      /* Narrow naturals: the width left goes to every column alike. */
      GtkWidget *label = new_label ("matrix-option", NAME_CHARS, 0.5f);

      gtk_widget_set_hexpand (box, TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_valign (label, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (box), label);
      g_ptr_array_add (self->headers, label);
    }
  regret = new_label ("matrix-column-title", REGRET_CHARS, 0);
  gtk_label_set_width_chars (GTK_LABEL (regret), REGRET_MIN_CHARS);
  gtk_widget_set_valign (regret, GTK_ALIGN_END);
  self->regret_header = regret;
  gtk_box_append (GTK_BOX (new_cell (self, 0, self->n_columns + 1, "header")), regret);
}

/* Row @row (1-based; the last is the consensus): its name, a cell per
 * option and what the consensus costs the person. */
static void
build_row (JuxtaStakeholderMatrix *self,
           guint                   row)
{
  gboolean consensus = row == self->n_rows;
  GtkWidget *name_box = new_cell (self, row, 0, "row-name");
  GtkWidget *name = new_label ("matrix-name", NAME_CHARS, 0);
  GtkWidget *picture;
  GtkWidget *regret = new_label ("matrix-regret", REGRET_CHARS, 0);

  if (consensus)
    picture = gtk_image_new_from_icon_name ("system-users-symbolic");
  else
    {
      picture = adw_avatar_new (24, NULL, TRUE);
      g_ptr_array_add (self->avatars, picture);
    }
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (name, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (name_box), picture);
  gtk_box_append (GTK_BOX (name_box), name);
  g_ptr_array_add (self->names, name);

  for (guint c = 0; c < self->n_columns; c++)
    {
      Cell cell = { NULL };
      GtkWidget *score = new_label ("matrix-score", 0, 1);
      GtkWidget *mark = gtk_label_new ("★");

      cell.box = new_cell (self, row, c + 1, "score");
      gtk_widget_set_hexpand (cell.box, TRUE);
      /* The number stays centred whether or not it is marked: the mark
       * takes its room either way. */
      gtk_widget_set_halign (cell.box, GTK_ALIGN_FILL);
      gtk_widget_set_hexpand (score, TRUE);
      gtk_label_set_wrap (GTK_LABEL (score), FALSE);
      gtk_widget_add_css_class (mark, "favourite-mark");
      gtk_widget_set_hexpand (mark, TRUE);
      gtk_label_set_xalign (GTK_LABEL (mark), 0);
      gtk_box_append (GTK_BOX (cell.box), score);
      gtk_box_append (GTK_BOX (cell.box), mark);
      cell.score = GTK_LABEL (score);
      cell.mark = mark;
      g_array_append_val (self->cells, cell);
    }

  gtk_label_set_width_chars (GTK_LABEL (regret), REGRET_MIN_CHARS);
  gtk_widget_set_valign (regret, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (new_cell (self, row, self->n_columns + 1, "row-regret")), regret);
  g_ptr_array_add (self->regrets, regret);
}

static void
clear_table (JuxtaStakeholderMatrix *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  g_ptr_array_set_size (self->names, 0);
  g_ptr_array_set_size (self->avatars, 0);
  g_ptr_array_set_size (self->headers, 0);
  g_ptr_array_set_size (self->regrets, 0);
  g_array_set_size (self->cells, 0);
  self->regret_header = NULL;
  self->n_rows = 0;
  self->n_columns = 0;
}

static void
build_table (JuxtaStakeholderMatrix *self,
             JuxtaDeck              *deck,
             guint                   n_people,
             const guint            *columns,
             guint                   n_columns)
{
  clear_table (self);
  g_set_object (&self->deck, deck);
  self->n_rows = n_people + 1;
  self->n_columns = n_columns;
  memcpy (self->columns, columns, n_columns * sizeof *columns);
  build_header_row (self);
  for (guint row = 1; row <= self->n_rows; row++)
    build_row (self, row);
}

/* ------------------------------------------------------------- showing */

static void
set_text (GtkWidget  *label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    juxta_wrap_label (GTK_LABEL (label), text);
}

/* Row @row's scores (0: the first person, n: the consensus) under
 * @advice, which has none for a person whose weights are all 0. */
static void
show_scores (JuxtaStakeholderMatrix *self,
             guint                   row,
             const char             *name,
             const JuxtaAdvice      *advice)
{
  JuxtaDeck *deck = self->deck;

  for (guint c = 0; c < self->n_columns; c++)
    {
      Cell *cell = cell_at (self, row, c);
      guint option = self->columns[c];
      const char *option_name = juxta_deck_get_option (deck, option)->name;
      gboolean eligible = juxta_advice_is_eligible (advice, option);
      gboolean scored = eligible && juxta_advice_has_scores (advice);
      gboolean favourite = scored && advice->leader == (int) option;
      g_autofree char *score = scored ? g_strdup_printf (_("%d%%"), juxta_percent (advice->scores[option]))
                                      : g_strdup ("—");
      g_autofree char *spoken = NULL;

      gtk_label_set_label (cell->score, score);
      gtk_widget_set_opacity (cell->mark, favourite ? 1 : 0);
      cell->favourite = favourite;
      if (favourite)
        gtk_widget_add_css_class (cell->box, "favourite");
      else
        gtk_widget_remove_css_class (cell->box, "favourite");
      if (!eligible)
        gtk_widget_add_css_class (cell->box, "ruled-out");
      else
        gtk_widget_remove_css_class (cell->box, "ruled-out");

      if (!eligible)
        /* TRANSLATORS: a cell of "Who prefers what", read by a screen reader: "Dana: Amazon EKS, ruled out" */
        spoken = g_strdup_printf (_("%s: %s, ruled out"), name, option_name);
      else if (!scored)
        /* TRANSLATORS: a cell of "Who prefers what" for a person whose sliders are all at 0 */
        spoken = g_strdup_printf (_("%s: %s, no score"), name, option_name);
      else if (favourite)
        /* TRANSLATORS: a cell of "Who prefers what", read by a screen reader:
         * "Dana: Amazon Bedrock, 84%, their first choice" */
        spoken = g_strdup_printf (_("%s: %s, %s, their first choice"), name, option_name, score);
      else
        /* TRANSLATORS: a cell of "Who prefers what", read by a screen reader: "Dana: Amazon SageMaker AI, 61%" */
        spoken = g_strdup_printf (_("%s: %s, %s"), name, option_name, score);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->box), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }
}

/* The last column's heading: under which option the people give up what
 * they do. */
static char *
describe_regret_header (JuxtaDeck            *deck,
                        const JuxtaConsensus *consensus)
{
  if (consensus->advice->leader < 0)
    /* TRANSLATORS: the heading of the last column of "Who prefers what" when the consensus has no choice */
    return g_strdup (_("Under the consensus"));
  /* TRANSLATORS: the heading of the last column of "Who prefers what": "Under Amazon Bedrock (the
   * consensus)"; each cell under it says what that row's person gives up: "Gives up 6 points" */
  return g_strdup_printf (_("Under %s (the consensus)"),
                          juxta_deck_get_option (deck, (guint) consensus->advice->leader)->name);
}

/* What person @k gives up, short, for their row under that heading. */
static char *
describe_regret_short (const JuxtaConsensus *consensus,
                       guint                 k)
{
  const JuxtaStakeholderOutcome *outcome = &consensus->outcomes[k];
  int whole;

  if (!outcome->counted)
    /* TRANSLATORS: in "Who prefers what", a person whose sliders are all at 0 */
    return g_strdup (_("Left out: every weight is 0"));
  if (outcome->leader < 0 || consensus->advice->leader < 0)
    /* TRANSLATORS: in "Who prefers what", when the must-haves rule out every option */
    return g_strdup (_("No option to prefer"));
  if (outcome->regret <= 0)
    /* TRANSLATORS: in "Who prefers what", under "Under Amazon Bedrock (the consensus)" */
    return g_strdup (_("Gives up nothing"));
  if ((whole = juxta_whole_points (outcome->regret)) == 0)
    /* TRANSLATORS: in "Who prefers what", under "Under Amazon Bedrock (the consensus)" */
    return g_strdup (_("Gives up less than a point"));
  /* TRANSLATORS: in "Who prefers what", under "Under Amazon Bedrock (the consensus)": "Gives up 6 points" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Gives up %d point", "Gives up %d points", (gulong) whole),
                          whole);
}

/* The sentence above the table. */
static char *
describe_summary (JuxtaDeck               *deck,
                  const JuxtaConsensus    *consensus,
                  JuxtaStakeholder *const *people)
{
  if (consensus->advice->leader < 0)
    return g_strdup (_("No option to recommend yet: every slider of everyone is at 0, or the must-haves rule out "
                       "every option."));
  if (consensus->disagreement >= 0)
    return juxta_describe_disagreement (deck, consensus, people);
  /* TRANSLATORS: above "Who prefers what" when nobody gives anything up: "Nobody gives anything up under Amazon Bedrock." */
  return g_strdup_printf (_("Nobody gives anything up under %s."),
                          juxta_deck_get_option (deck, (guint) consensus->advice->leader)->name);
}

static void
show (JuxtaStakeholderMatrix *self)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  const JuxtaConsensus *consensus = juxta_session_get_consensus (self->session);
  JuxtaStakeholder *const *people;
  guint columns[JUXTA_MAX_OPTIONS];
  guint n_columns, n_people;
  g_autofree char *summary = NULL;
  g_autofree char *header = NULL;

  self->stale = FALSE;
  if (deck == NULL || consensus == NULL)
    {
      clear_table (self);
      return;
    }
  people = juxta_session_get_stakeholders (self->session, &n_people);
  n_columns = choose_columns (self->session, consensus, columns);
  if (deck != self->deck || n_people + 1 != self->n_rows || n_columns != self->n_columns ||
      memcmp (columns, self->columns, n_columns * sizeof *columns) != 0)
    build_table (self, deck, n_people, columns, n_columns);

  for (guint c = 0; c < n_columns; c++)
    set_text (g_ptr_array_index (self->headers, c), juxta_deck_get_option (deck, columns[c])->name);
  header = describe_regret_header (deck, consensus);
  set_text (self->regret_header, header);
  for (guint k = 0; k < n_people; k++)
    {
      g_autofree char *regret = describe_regret_short (consensus, k);
      g_autofree char *spoken = juxta_describe_regret (deck, consensus, people, k);
      GtkWidget *label = g_ptr_array_index (self->regrets, k);

      set_text (g_ptr_array_index (self->names, k), people[k]->name);
      g_autofree char *initials = juxta_stakeholder_avatar_text (people[k]->name);

      adw_avatar_set_text (g_ptr_array_index (self->avatars, k), initials);
      show_scores (self, k, people[k]->name, consensus->outcomes[k].advice);
      set_text (label, regret);
      /* The whole sentence, for a screen reader and a pointer. */
      gtk_widget_set_tooltip_text (gtk_widget_get_parent (label), spoken);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }
  set_text (g_ptr_array_index (self->names, n_people), _("Everyone (consensus)"));
  show_scores (self, n_people, _("Everyone (consensus)"), consensus->advice);
  summary = describe_summary (deck, consensus, people);
  set_text (self->summary_label, summary);
}

static void
session_changed_cb (JuxtaSession           *session,
                    JuxtaSessionChange      changes,
                    JuxtaStakeholderMatrix *self)
{
  if ((changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_ADVICE | JUXTA_SESSION_CHANGE_STAKEHOLDERS |
                  JUXTA_SESSION_CHANGE_HIDDEN)) == 0)
    return;
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show (self);
}

/* --------------------------------------------------------- overrides */

static void
juxta_stakeholder_matrix_map (GtkWidget *widget)
{
  JuxtaStakeholderMatrix *self = JUXTA_STAKEHOLDER_MATRIX (widget);

  /* Up to date before it is first drawn. */
  if (self->stale && self->session != NULL)
    show (self);
  GTK_WIDGET_CLASS (juxta_stakeholder_matrix_parent_class)->map (widget);
}

static void
juxta_stakeholder_matrix_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  JuxtaStakeholderMatrix *self = JUXTA_STAKEHOLDER_MATRIX (object);

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
juxta_stakeholder_matrix_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  JuxtaStakeholderMatrix *self = JUXTA_STAKEHOLDER_MATRIX (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_stakeholder_matrix_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_stakeholder_matrix_dispose (GObject *object)
{
  JuxtaStakeholderMatrix *self = JUXTA_STAKEHOLDER_MATRIX (object);

  juxta_session_unfollow (&self->session, self);
  g_clear_object (&self->deck);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_STAKEHOLDER_MATRIX);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->avatars, g_ptr_array_unref);
  g_clear_pointer (&self->headers, g_ptr_array_unref);
  g_clear_pointer (&self->regrets, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_array_unref);

  G_OBJECT_CLASS (juxta_stakeholder_matrix_parent_class)->dispose (object);
}

static void
juxta_stakeholder_matrix_class_init (JuxtaStakeholderMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_stakeholder_matrix_dispose;
  object_class->get_property = juxta_stakeholder_matrix_get_property;
  object_class->set_property = juxta_stakeholder_matrix_set_property;
  widget_class->map = juxta_stakeholder_matrix_map;

  /**
   * JuxtaStakeholderMatrix:session:
   * The session whose stakeholders and consensus the table shows.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ADW_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-stakeholder-matrix.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderMatrix, clamp);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderMatrix, summary_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderMatrix, grid);
  gtk_widget_class_set_css_name (widget_class, "stakeholdermatrix");
}

static void
juxta_stakeholder_matrix_init (JuxtaStakeholderMatrix *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->names = g_ptr_array_new ();
  self->avatars = g_ptr_array_new ();
  self->headers = g_ptr_array_new ();
  self->regrets = g_ptr_array_new ();
  self->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
}

GtkWidget *
juxta_stakeholder_matrix_new (void)
{
  return g_object_new (JUXTA_TYPE_STAKEHOLDER_MATRIX, NULL);
}

/* Set once, by the window. */
void
juxta_stakeholder_matrix_set_session (JuxtaStakeholderMatrix *self,
                                      JuxtaSession           *session)
{
  g_return_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

JuxtaSession *
juxta_stakeholder_matrix_get_session (JuxtaStakeholderMatrix *self)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), NULL);
  return self->session;
}

/* ------------------------------------------------------------- tests */

/* What the table shows: up to date while it is on screen. */
guint
juxta_stakeholder_matrix_get_n_rows (JuxtaStakeholderMatrix *self)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), 0);
  return self->n_rows;
}

guint
juxta_stakeholder_matrix_get_n_columns (JuxtaStakeholderMatrix *self)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), 0);
  return self->n_columns;
}

guint
juxta_stakeholder_matrix_get_option (JuxtaStakeholderMatrix *self,
                                     guint                   column)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), 0);
  g_return_val_if_fail (column < self->n_columns, 0);
  return self->columns[column];
}

GtkWidget *
juxta_stakeholder_matrix_get_cell (JuxtaStakeholderMatrix *self,
                                   guint                   row,
                                   guint                   column)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), NULL);
  g_return_val_if_fail (row < self->n_rows && column < self->n_columns, NULL);
  return cell_at (self, row, column)->box;
}

const char *
juxta_stakeholder_matrix_get_score (JuxtaStakeholderMatrix *self,
                                    guint                   row,
                                    guint                   column)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), NULL);
  g_return_val_if_fail (row < self->n_rows && column < self->n_columns, NULL);
  return gtk_label_get_label (cell_at (self, row, column)->score);
}

gboolean
juxta_stakeholder_matrix_is_favourite (JuxtaStakeholderMatrix *self,
                                       guint                   row,
                                       guint                   column)
{
  Cell *cell;

  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), FALSE);
  g_return_val_if_fail (row < self->n_rows && column < self->n_columns, FALSE);
  cell = cell_at (self, row, column);
  return cell->favourite && gtk_widget_get_opacity (cell->mark) == 1 &&
         gtk_widget_has_css_class (cell->box, "favourite");
}

GtkWidget *
juxta_stakeholder_matrix_get_name_label (JuxtaStakeholderMatrix *self,
                                         guint                   row)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), NULL);
  g_return_val_if_fail (row < self->n_rows, NULL);
  return g_ptr_array_index (self->names, row);
}

GtkWidget *
juxta_stakeholder_matrix_get_header (JuxtaStakeholderMatrix *self,
                                     guint                   column)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);
  return g_ptr_array_index (self->headers, column);
}

GtkWidget *
juxta_stakeholder_matrix_get_regret (JuxtaStakeholderMatrix *self,
                                     guint                   row)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), NULL);
  g_return_val_if_fail (row < self->n_rows, NULL);
  return g_ptr_array_index (self->regrets, row);
}

GtkWidget *
juxta_stakeholder_matrix_get_regret_header (JuxtaStakeholderMatrix *self)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), NULL);
  return self->regret_header;
}

const char *
juxta_stakeholder_matrix_get_summary (JuxtaStakeholderMatrix *self)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_MATRIX (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->summary_label));
}
