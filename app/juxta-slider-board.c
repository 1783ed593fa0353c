/* juxta-slider-board.c: one fader per priority, presets and requirements
 *
 * The board shows the session's scenario and writes what the user changes
 * to the session; it never computes advice.  Faders are built once per
 * deck and only their values change afterwards.
 */

#define G_LOG_DOMAIN "juxta-slider-board"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-slider-board-private.h"

typedef struct
{
  JuxtaSliderBoard *board;
  guint             priority;
  GtkWidget        *row;
  GtkLabel         *value_label;
  GtkRange         *scale;
} Fader;

struct _JuxtaSliderBoard
{
  GtkWidget   parent_instance;

  GtkWidget  *content;
  GtkWidget  *reset_button;
  GtkWidget  *faders_box;
  GtkWidget  *presets_title;
  GtkWidget  *presets_box;
  GtkWidget  *requirements_title;
  GtkWidget  *requirements_list;

  JuxtaSession *session;
  GPtrArray  *faders;         /* Fader, one per priority */
  GPtrArray  *switches;       /* GtkSwitch, one per requirement */
  gboolean    syncing;        /* set while showing the scenario: nothing is written back */
  gboolean    editable;       /* presets, reset and must-haves on show */
  guint       n_presets;
  guint       n_requirements;
};

G_DEFINE_FINAL_TYPE (JuxtaSliderBoard, juxta_slider_board, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PRIORITY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
remove_all_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_BOX (box))
        gtk_box_remove (GTK_BOX (box), child);
      else if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
    }
}

static void
show_weight (Fader *fader,
             int    weight)
{
  char text[8];

  g_snprintf (text, sizeof text, "%d", weight);
  gtk_label_set_label (fader->value_label, text);
}

static void
fader_value_changed_cb (GtkRange *scale,
                        Fader    *fader)
{
  JuxtaSliderBoard *self = fader->board;
  int weight = (int) gtk_range_get_value (scale);

  show_weight (fader, weight);
  /* A fader that cannot move the session (the consensus, while everyone
   * is selected) goes back to what the session has. */
  if (!self->syncing && !juxta_session_set_weight (self->session, fader->priority, weight) &&
      juxta_session_get_deck (self->session) != NULL)
    {
      self->syncing = TRUE;
      gtk_range_set_value (scale, juxta_session_get_slider_weights (self->session)[fader->priority]);
      self->syncing = FALSE;
    }
}

static void
fader_label_clicked_cb (GtkGestureClick *gesture,
                        int              n_press,
                        double           x,
                        double           y,
                        Fader           *fader)
{
  juxta_slider_board_activate_priority (fader->board, fader->priority);
}

/* The priority's name: a long one wraps to a second line rather than
 * losing its end; clicking it shows the priority's chart. */
static GtkWidget *
new_name_label (const JuxtaPriority *priority,
                Fader               *fader)
{
  GtkWidget *name = gtk_label_new (priority->label);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "fader-label");
  g_signal_connect (click, "released", G_CALLBACK (fader_label_clicked_cb), fader);
  gtk_widget_add_controller (name, GTK_EVENT_CONTROLLER (click));
  return name;
}

static GtkWidget *
new_value_label (void)
{
  GtkWidget *value = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (value), 3);
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_widget_set_valign (value, GTK_ALIGN_START);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "fader-value");
  return value;
}

/* The slider, named for a screen reader by its priority. */
static GtkWidget *
new_scale (const JuxtaPriority *priority,
           Fader               *fader)
{
  GtkWidget *scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 100, 1);

  gtk_scale_set_draw_value (GTK_SCALE (scale), FALSE);
  gtk_range_set_increments (GTK_RANGE (scale), 1, 10);
  gtk_widget_add_css_class (scale, "fader");
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, priority->label,
                                  -1);
  if (priority->description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (scale),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, priority->description,
                                    -1);
  g_signal_connect (scale, "value-changed", G_CALLBACK (fader_value_changed_cb), fader);
  return scale;
}

static Fader *
create_fader (JuxtaSliderBoard    *self,
              const JuxtaPriority *priority,
              guint                index)
{
  Fader *fader = g_new0 (Fader, 1);
  /* A grid, not a box: a horizontal box measures a wrapping label for the
   * width it would take at the row's height (a search, layout after
   * layout, on every allocation); a grid asks it for its height. */
  GtkWidget *header = gtk_grid_new ();
  GtkWidget *value = new_value_label ();
  GtkWidget *scale;

  fader->board = self;
  fader->priority = index;
  fader->row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  fader->value_label = GTK_LABEL (value);
  scale = new_scale (priority, fader);
  fader->scale = GTK_RANGE (scale);
  if (priority->description != NULL)
    gtk_widget_set_tooltip_text (fader->row, priority->description);

  gtk_grid_set_column_spacing (GTK_GRID (header), 6);
  gtk_grid_attach (GTK_GRID (header), new_name_label (priority, fader), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (header), value, 1, 0, 1, 1);
  gtk_box_append (GTK_BOX (fader->row), header);
  gtk_box_append (GTK_BOX (fader->row), scale);
  gtk_box_append (GTK_BOX (self->faders_box), fader->row);
  return fader;
}

static char *
describe_preset (JuxtaDeck         *deck,
                 const JuxtaPreset *preset)
{
  GString *s = g_string_new (NULL);

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    if (preset->weights[p] >= 0)
      g_string_append_printf (s, "%s%s %d", s->len > 0 ? ", " : "",
                              juxta_deck_get_priority (deck, p)->label, preset->weights[p]);
  return g_string_free (s, FALSE);
}

static void
add_preset_button (JuxtaSliderBoard  *self,
                   JuxtaDeck         *deck,
                   const JuxtaPreset *preset)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (preset->label);
  g_autofree char *weights = describe_preset (deck, preset);
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", preset->label, weights);

  /* Long names must not widen the board: they wrap. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_button_set_child (GTK_BUTTON (button), label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.preset");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (preset->id));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "preset");
  gtk_flow_box_append (GTK_FLOW_BOX (self->presets_box), button);
}

static void
requirement_switch_cb (GtkSwitch        *toggle,
                       GParamSpec       *pspec,
                       JuxtaSliderBoard *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "requirement"));

  if (!self->syncing)
    juxta_session_set_requirement (self->session, index, gtk_switch_get_active (toggle));
}

static GtkWidget *
new_row_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A must-have and its switch, its words whole (a preferences row would
 * cut them short or break them anywhere). */
static void
add_requirement_row (JuxtaSliderBoard       *self,
                     const JuxtaRequirement *requirement,
                     guint                   index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  /* A grid, not a box: a box would give the wrapping text only the width
   * it needs at the row's height, a narrow column. */
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = new_row_label (requirement->label, "requirement-title");
  GtkWidget *text = title;
  GtkWidget *toggle = gtk_switch_new ();

  /* The text fills its cell (no valign: GTK 4.8 measures a widget that is
   * not aligned to fill for the width it would take at its height, and a
   * wrapping label searches for that width, layout after layout); a title
   * alone is centred beside the switch by its yalign, and with its reason
   * it is taller than the switch. */
  if (requirement->why != NULL)
    {
      text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_box_append (GTK_BOX (text), title);
      gtk_box_append (GTK_BOX (text), new_row_label (requirement->why, "requirement-why"));
    }
  else
    gtk_label_set_yalign (GTK_LABEL (title), 0.5);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, requirement->label,
                                  -1);
  g_object_set_data (G_OBJECT (toggle), "requirement", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "switch", toggle);
  g_signal_connect (toggle, "notify::active", G_CALLBACK (requirement_switch_cb), self);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_attach (GTK_GRID (grid), text, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), toggle, 1, 0, 1, 1);
  gtk_widget_add_css_class (grid, "requirement-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_list_box_append (GTK_LIST_BOX (self->requirements_list), row);
  g_ptr_array_add (self->switches, toggle);
}

/* Activating a row flips its switch, as a preferences row would. */
static void
requirement_row_activated_cb (GtkListBox       *list,
                              GtkListBoxRow    *row,
                              JuxtaSliderBoard *self)
{
  GtkSwitch *toggle = g_object_get_data (G_OBJECT (row), "switch");

  if (toggle != NULL)
    gtk_switch_set_active (toggle, !gtk_switch_get_active (toggle));
}

static void
update_editing_controls (JuxtaSliderBoard *self)
{
  gtk_widget_set_visible (self->reset_button, self->editable);
  gtk_widget_set_visible (self->presets_title, self->editable && self->n_presets > 0);
  gtk_widget_set_visible (self->presets_box, self->editable && self->n_presets > 0);
  gtk_widget_set_visible (self->requirements_title, self->editable && self->n_requirements > 0);
  gtk_widget_set_visible (self->requirements_list, self->editable && self->n_requirements > 0);
}

static void
build_faders (JuxtaSliderBoard *self,
              JuxtaDeck        *deck)
{
  remove_all_children (self->faders_box);
  remove_all_children (self->presets_box);
  remove_all_children (self->requirements_list);
  g_ptr_array_set_size (self->faders, 0);
  g_ptr_array_set_size (self->switches, 0);

  self->syncing = TRUE;
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    g_ptr_array_add (self->faders, create_fader (self, juxta_deck_get_priority (deck, p), p));
  for (guint i = 0; i < juxta_deck_get_n_presets (deck); i++)
    add_preset_button (self, deck, juxta_deck_get_preset (deck, i));
  for (guint r = 0; r < juxta_deck_get_n_requirements (deck); r++)
    add_requirement_row (self, juxta_deck_get_requirement (deck, r), r);
  self->syncing = FALSE;

  self->n_presets = juxta_deck_get_n_presets (deck);
  self->n_requirements = juxta_deck_get_n_requirements (deck);
  update_editing_controls (self);
}

/* Shows the sliders and the must-haves without writing them back.  The
 * sliders are the session's: the selected stakeholder's, or (everyone
 * selected) the consensus's, which no fader can move. */
static void
show_scenario (JuxtaSliderBoard    *self,
               const JuxtaScenario *scenario)
{
  const int *weights = juxta_session_get_slider_weights (self->session);
  gboolean editable = juxta_session_get_weights_editable (self->session);

  self->syncing = TRUE;
  for (guint p = 0; p < self->faders->len; p++)
    {
      Fader *fader = g_ptr_array_index (self->faders, p);

      if ((int) gtk_range_get_value (fader->scale) != weights[p])
        gtk_range_set_value (fader->scale, weights[p]);
      else
        show_weight (fader, weights[p]);
      gtk_widget_set_sensitive (GTK_WIDGET (fader->scale), editable);
    }
  for (guint r = 0; r < self->switches->len; r++)
    gtk_switch_set_active (g_ptr_array_index (self->switches, r), (scenario->requirements & (1u << r)) != 0);
  self->syncing = FALSE;
}

static void
session_changed_cb (JuxtaSession       *session,
                    JuxtaSessionChange  changes,
                    JuxtaSliderBoard   *self)
{
  if (juxta_session_get_deck (session) == NULL)
    return;
  if (changes & JUXTA_SESSION_CHANGE_DECK)
    build_faders (self, juxta_session_get_deck (session));
  if (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_WEIGHTS | JUXTA_SESSION_CHANGE_REQUIREMENTS |
                 JUXTA_SESSION_CHANGE_STAKEHOLDERS))
    show_scenario (self, juxta_session_get_scenario (session));
}

static void
juxta_slider_board_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  JuxtaSliderBoard *self = JUXTA_SLIDER_BOARD (object);

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
juxta_slider_board_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  JuxtaSliderBoard *self = JUXTA_SLIDER_BOARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_slider_board_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_slider_board_dispose (GObject *object)
{
  JuxtaSliderBoard *self = JUXTA_SLIDER_BOARD (object);

  juxta_session_unfollow (&self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_SLIDER_BOARD);
  g_clear_pointer (&self->faders, g_ptr_array_unref);
  g_clear_pointer (&self->switches, g_ptr_array_unref);

  G_OBJECT_CLASS (juxta_slider_board_parent_class)->dispose (object);
}

static void
juxta_slider_board_class_init (JuxtaSliderBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_slider_board_dispose;
  object_class->get_property = juxta_slider_board_get_property;
  object_class->set_property = juxta_slider_board_set_property;

  /**
   * JuxtaSliderBoard:session:
   * The session whose scenario the board shows and changes.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JuxtaSliderBoard::priority-activated:
   * The user clicked a fader's label, to look at that priority (which is
   * now the session's chart priority).
   */
  signals[PRIORITY_ACTIVATED] =
    g_signal_new ("priority-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-slider-board.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaSliderBoard, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSliderBoard, reset_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSliderBoard, faders_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSliderBoard, presets_title);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSliderBoard, presets_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSliderBoard, requirements_title);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSliderBoard, requirements_list);
  gtk_widget_class_set_css_name (widget_class, "sliderboard");
}

static void
juxta_slider_board_init (JuxtaSliderBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->faders = g_ptr_array_new_with_free_func (g_free);
  self->switches = g_ptr_array_new ();
  self->editable = TRUE;
  g_signal_connect (self->requirements_list, "row-activated", G_CALLBACK (requirement_row_activated_cb), self);
}

GtkWidget *
juxta_slider_board_new (void)
{
  return g_object_new (JUXTA_TYPE_SLIDER_BOARD, NULL);
}

/* Shows @session and writes the user's changes to it; set once, by the
 * window, after its template is built. */
void
juxta_slider_board_set_session (JuxtaSliderBoard *self,
                                JuxtaSession     *session)
{
  g_return_if_fail (JUXTA_IS_SLIDER_BOARD (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

JuxtaSession *
juxta_slider_board_get_session (JuxtaSliderBoard *self)
{
  g_return_val_if_fail (JUXTA_IS_SLIDER_BOARD (self), NULL);
  return self->session;
}

/* Presentation mode shows the faders alone: presets, the reset button and
 * the must-haves are editing, and stay out of the audience's view. */
void
juxta_slider_board_set_editable (JuxtaSliderBoard *self,
                                 gboolean          editable)
{
  g_return_if_fail (JUXTA_IS_SLIDER_BOARD (self));

  self->editable = editable;
  update_editing_controls (self);
}

/* The first fader, for the keyboard to land on when the board slides in. */
gboolean
juxta_slider_board_focus_first_fader (JuxtaSliderBoard *self)
{
  g_return_val_if_fail (JUXTA_IS_SLIDER_BOARD (self), FALSE);

  return self->faders->len > 0 &&
         gtk_widget_grab_focus (GTK_WIDGET (((Fader *) g_ptr_array_index (self->faders, 0))->scale));
}

GtkRange *
juxta_slider_board_get_fader (JuxtaSliderBoard *self,
                              guint             priority)
{
  g_return_val_if_fail (JUXTA_IS_SLIDER_BOARD (self), NULL);
  g_return_val_if_fail (priority < self->faders->len, NULL);

  return ((Fader *) g_ptr_array_index (self->faders, priority))->scale;
}

GtkSwitch *
juxta_slider_board_get_requirement_switch (JuxtaSliderBoard *self,
                                           guint             requirement)
{
  g_return_val_if_fail (JUXTA_IS_SLIDER_BOARD (self), NULL);
  g_return_val_if_fail (requirement < self->switches->len, NULL);

  return g_ptr_array_index (self->switches, requirement);
}

/* What clicking a fader's label does: that priority becomes the chart's. */
void
juxta_slider_board_activate_priority (JuxtaSliderBoard *self,
                                      guint             priority)
{
  g_return_if_fail (JUXTA_IS_SLIDER_BOARD (self));
  g_return_if_fail (priority < self->faders->len);

  juxta_session_set_chart_priority (self->session, priority);
  g_signal_emit (self, signals[PRIORITY_ACTIVATED], 0, priority);
}
