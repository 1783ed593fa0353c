/* juxta-sensitivity-chart.c: one priority's slider from 0 to 100, and every option's score along it
 *
 * The data (lines, crossings, who leads where) comes from the core, for
 * the session's chart priority; this widget draws it and turns clicks,
 * drags and keys into that priority's weight in the session.  It follows
 * the slider board: with stakeholders, the selected person's sliders
 * (their scores, under the meeting's must-haves), or the consensus,
 * which it cannot move, while everyone is selected.  It costs
 * more than the other views, so it follows the session only while it is
 * on screen.  The drawing is plain cairo inside the snapshot so that
 * printing can draw the very same chart.
 */

#define G_LOG_DOMAIN "juxta-sensitivity-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "juxta-sensitivity-chart-private.h"

struct _JuxtaSensitivityChart
{
  GtkWidget         parent_instance;

  JuxtaSession     *session;
  JuxtaDeck        *deck;
  JuxtaSensitivity *sensitivity;   /* owned */
  char             *description;
  gboolean          stale;         /* the session changed while the chart was not shown */
  double            drag_start_x;
  int               last_value;
};

G_DEFINE_FINAL_TYPE (JuxtaSensitivityChart, juxta_sensitivity_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GNOME's palette; an option keeps its colour whoever leads. */
static const char *const palette[] = {
  "#3584e4", "#e66100", "#2ec27e", "#9141ac", "#c01c28", "#986a44", "#e5a50a", "#5e5c64",
};

typedef struct
{
  double left, right, top, bottom;   /* the plot area */
  double em;                         /* a line of text */
  double y_min, y_max;               /* the score range shown */
  double legend_top;
} Geometry;

void
juxta_sensitivity_chart_option_color (guint    option,
                                      GdkRGBA *color)
{
  gdk_rgba_parse (color, palette[option % G_N_ELEMENTS (palette)]);
}


static PangoLayout *
new_layout (PangoContext *pango,
            const char   *text,
            gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (pango);

  pango_layout_set_text (layout, text, -1);
  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

static double
text_height (PangoContext *pango)
{
  g_autoptr(PangoLayout) layout = new_layout (pango, "100%", FALSE);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
score_range (const JuxtaSensitivity *s,
             double                 *y_min,
             double                 *y_max)
{
  double lo = 100, hi = 0;

  for (guint l = 0; l < s->n_lines; l++)
    for (int x = 0; x < JUXTA_SENSITIVITY_STEPS; x++)
      if (!isnan (s->lines[l].scores[x]))
        {
          lo = MIN (lo, s->lines[l].scores[x]);
          hi = MAX (hi, s->lines[l].scores[x]);
        }
  if (lo > hi)
    lo = 0, hi = 100;
  *y_min = MAX (0, floor (lo / 10) * 10);
  *y_max = MIN (100, ceil (hi / 10) * 10);
  if (*y_max - *y_min < 20)
    {
      *y_min = MAX (0, *y_min - 10);
      *y_max = MIN (100, *y_min + 20);
    }
}

static void
set_color (cairo_t       *cr,
           const GdkRGBA *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Lays the legend out in rows of swatch and name; returns the number of
 * rows, and when @cr is given, draws it from @top. */
static int
layout_legend (cairo_t                *cr,
               PangoContext           *pango,
               double                  left,
               double                  right,
               double                  top,
               double                  em,
               JuxtaDeck              *deck,
               const JuxtaSensitivity *s,
               const JuxtaChartColors *colors)
{
  int leader = s->leaders[s->weight];
  double x = left;
  int rows = s->n_lines > 0 ? 1 : 0;

  for (guint l = 0; l < s->n_lines; l++)
    {
      const char *name = juxta_deck_get_option (deck, s->lines[l].option)->name;
      g_autoptr(PangoLayout) layout = new_layout (pango, name, (int) s->lines[l].option == leader);
      double item;
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      item = 1.5 * em + w;
      if (x > left && x + item > right)
        {
          x = left;
          rows++;
        }
      if (cr != NULL)
        {
          double y = top + (rows - 1) * 1.5 * em;
          GdkRGBA color;

          juxta_sensitivity_chart_option_color (s->lines[l].option, &color);
          set_color (cr, &color, 1);
          cairo_rectangle (cr, x, y + h / 2.0 - 2, 1.1 * em, 4);
          cairo_fill (cr);
          set_color (cr, &colors->foreground, 1);
          cairo_move_to (cr, x + 1.5 * em, y);
          pango_cairo_show_layout (cr, layout);
        }
      x += item + 1.2 * em;
    }
  return rows;
}

static void
compute_geometry (PangoContext           *pango,
                  double                  width,
                  double                  height,
                  JuxtaDeck              *deck,
                  const JuxtaSensitivity *s,
                  Geometry               *g)
{
  int rows = 0;

  g->em = text_height (pango);
  g->left = 3.4 * g->em;
  g->right = width - 1.2 * g->em;
  g->top = 1.6 * g->em;
  if (s != NULL && deck != NULL)
    rows = layout_legend (NULL, pango, g->left, g->right, 0, g->em, deck, s, NULL);
  /* Below the plot: the axis labels and the marker's value, then the legend. */
  g->bottom = height - 2.8 * g->em - rows * 1.5 * g->em;
  g->legend_top = g->bottom + 2.8 * g->em;
  if (s != NULL)
    score_range (s, &g->y_min, &g->y_max);
  else
    g->y_min = 0, g->y_max = 100;
}

static double
x_of (const Geometry *g,
      double          value)
{
  return g->left + value / 100.0 * (g->right - g->left);
}

static double
y_of (const Geometry *g,
      double          score)
{
  return g->bottom - (score - g->y_min) / (g->y_max - g->y_min) * (g->bottom - g->top);
}

static void
show_text (cairo_t      *cr,
           PangoContext *pango,
           const char   *text,
           double        x,
           double        y,
           double        xalign,
           gboolean      bold)
{
  g_autoptr(PangoLayout) layout = new_layout (pango, text, bold);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - xalign * w, y);
  pango_cairo_show_layout (cr, layout);
}


/* Faint bands behind the plot: who leads over which range. */
static void
paint_lead_bands (cairo_t                *cr,
                  const Geometry         *g,
                  const JuxtaSensitivity *s)
{
  int x = 0;

  while (x < JUXTA_SENSITIVITY_STEPS)
    {
      int leader = s->leaders[x];
      int end = x;
      GdkRGBA color;

      while (end + 1 < JUXTA_SENSITIVITY_STEPS && s->leaders[end + 1] == leader)
        end++;
      if (leader >= 0)
        {
          juxta_sensitivity_chart_option_color ((guint) leader, &color);
          set_color (cr, &color, 0.07);
          cairo_rectangle (cr, x_of (g, MAX (0, x - 0.5)), g->top,
                           x_of (g, MIN (100, end + 0.5)) - x_of (g, MAX (0, x - 0.5)), g->bottom - g->top);
          cairo_fill (cr);
        }
      x = end + 1;
    }
}

static void
paint_axes (cairo_t                *cr,
            PangoContext           *pango,
            const Geometry         *g,
            const JuxtaChartColors *colors)
{
  cairo_set_line_width (cr, 1);
  for (double score = g->y_min; score <= g->y_max + 0.01; score += 10)
    {
      char label[16];

      set_color (cr, &colors->foreground, score == g->y_min ? 0.35 : 0.1);
      cairo_move_to (cr, g->left, round (y_of (g, score)) + 0.5);
      cairo_line_to (cr, g->right, round (y_of (g, score)) + 0.5);
      cairo_stroke (cr);
      g_snprintf (label, sizeof label, "%.0f%%", score);
      set_color (cr, &colors->foreground, 0.6);
      show_text (cr, pango, label, g->left - 0.4 * g->em, y_of (g, score) - g->em / 2, 1.0, FALSE);
    }
  for (int value = 0; value <= 100; value += 25)
    {
      char label[8];

      g_snprintf (label, sizeof label, "%d", value);
      set_color (cr, &colors->foreground, 0.6);
      show_text (cr, pango, label, x_of (g, value), g->bottom + 0.3 * g->em, 0.5, FALSE);
    }
}

static void
paint_line (cairo_t                    *cr,
            const Geometry             *g,
            const JuxtaSensitivityLine *line,
            double                      width)
{
  gboolean drawing = FALSE;

  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (int x = 0; x < JUXTA_SENSITIVITY_STEPS; x++)
    {
      if (isnan (line->scores[x]))
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (cr, x_of (g, x), y_of (g, line->scores[x]));
      else
        cairo_move_to (cr, x_of (g, x), y_of (g, line->scores[x]));
      drawing = TRUE;
    }
  cairo_stroke (cr);
}

static const JuxtaSensitivityLine *
find_line (const JuxtaSensitivity *s,
           int                     option)
{
  for (guint l = 0; l < s->n_lines; l++)
    if ((int) s->lines[l].option == option)
      return &s->lines[l];
  return NULL;
}

static void
paint_lines (cairo_t                *cr,
             const Geometry         *g,
             const JuxtaSensitivity *s)
{
  int leader = s->leaders[s->weight];
  const JuxtaSensitivityLine *leading = find_line (s, leader);
  GdkRGBA color;

  for (guint l = 0; l < s->n_lines; l++)
    {
      if (&s->lines[l] == leading)
        continue;
      juxta_sensitivity_chart_option_color (s->lines[l].option, &color);
      set_color (cr, &color, 0.85);
      paint_line (cr, g, &s->lines[l], 2);
    }
  /* The leader's line goes on top, thick, with a soft halo. */
  if (leading != NULL)
    {
      juxta_sensitivity_chart_option_color (leading->option, &color);
      set_color (cr, &color, 0.25);
      paint_line (cr, g, leading, 10);
      set_color (cr, &color, 1);
      paint_line (cr, g, leading, 4);
    }
}

static void
paint_crossings (cairo_t                *cr,
                 PangoContext           *pango,
                 const Geometry         *g,
                 const JuxtaSensitivity *s,
                 const JuxtaChartColors *colors)
{
  static const double dash[] = { 4, 4 };

  for (guint i = 0; i < s->n_crossings; i++)
    {
      const JuxtaCrossing *c = &s->crossings[i];
      const JuxtaSensitivityLine *line = find_line (s, (int) c->to);
      double x = x_of (g, c->value);
      char label[16];
      GdkRGBA color;

      set_color (cr, &colors->foreground, 0.45);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, round (x) + 0.5, g->top);
      cairo_line_to (cr, round (x) + 0.5, g->bottom);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      if (line != NULL && !isnan (line->scores[c->value]))
        {
          juxta_sensitivity_chart_option_color (c->to, &color);
          set_color (cr, &color, 1);
          cairo_arc (cr, x, y_of (g, line->scores[c->value]), 0.3 * g->em, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      g_snprintf (label, sizeof label, "%d", c->value);
      juxta_sensitivity_chart_option_color (c->to, &color);
      set_color (cr, &color, 1);
      show_text (cr, pango, label, x, g->top - 1.3 * g->em, 0.5, TRUE);
    }
}

static void
paint_marker (cairo_t                *cr,
              PangoContext           *pango,
              const Geometry         *g,
              const JuxtaSensitivity *s,
              const JuxtaChartColors *colors)
{
  double x = x_of (g, s->weight);
  char label[16];

  set_color (cr, &colors->foreground, 0.8);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, x, g->top);
  cairo_line_to (cr, x, g->bottom);
  cairo_stroke (cr);

  /* A handle on the axis: this is a slider too. */
  set_color (cr, &colors->accent, 1);
  cairo_arc (cr, x, g->bottom, 0.45 * g->em, 0, 2 * G_PI);
  cairo_fill (cr);
  g_snprintf (label, sizeof label, "%d", s->weight);
  set_color (cr, &colors->foreground, 1);
  show_text (cr, pango, label, x, g->bottom + 1.3 * g->em, 0.5, TRUE);
}

void
juxta_sensitivity_chart_paint (cairo_t                *cr,
                               PangoContext           *pango,
                               double                  width,
                               double                  height,
                               JuxtaDeck              *deck,
                               const JuxtaSensitivity *s,
                               const JuxtaChartColors *colors)
{
  Geometry g;

  g_return_if_fail (cr != NULL && s != NULL && colors != NULL);

  compute_geometry (pango, width, height, deck, s, &g);
  if (g.right - g.left < 20 || g.bottom - g.top < 20)
    return;

  cairo_save (cr);
  paint_lead_bands (cr, &g, s);
  paint_axes (cr, pango, &g, colors);
  paint_crossings (cr, pango, &g, s, colors);
  paint_lines (cr, &g, s);
  paint_marker (cr, pango, &g, s, colors);
  layout_legend (cr, pango, g.left, g.right, g.legend_top, g.em, deck, s, colors);
  cairo_restore (cr);
}

/* ------------------------------------------------------------ widget */

static void
choose_value (JuxtaSensitivityChart *self,
              int                    value)
{
  value = CLAMP (value, 0, 100);
  if (self->sensitivity == NULL || value == self->last_value || !juxta_session_get_weights_editable (self->session))
    return;
  self->last_value = value;
  juxta_session_set_weight (self->session, self->sensitivity->priority, value);
}

static void
drag_begin_cb (GtkGestureDrag        *gesture,
               double                 x,
               double                 y,
               JuxtaSensitivityChart *self)
{
  self->drag_start_x = x;
  self->last_value = -1;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  choose_value (self, juxta_sensitivity_chart_value_at (self, x));
}

static void
drag_update_cb (GtkGestureDrag        *gesture,
                double                 offset_x,
                double                 offset_y,
                JuxtaSensitivityChart *self)
{
  choose_value (self, juxta_sensitivity_chart_value_at (self, self->drag_start_x + offset_x));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                JuxtaSensitivityChart *self)
{
  int value;

  if (self->sensitivity == NULL || !juxta_session_get_weights_editable (self->session))
    return FALSE;
  value = self->sensitivity->weight;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_Down: case GDK_KEY_KP_Left: case GDK_KEY_KP_Down:
      value -= 1;
      break;
    case GDK_KEY_Right: case GDK_KEY_Up: case GDK_KEY_KP_Right: case GDK_KEY_KP_Up:
      value += 1;
      break;
    case GDK_KEY_Page_Down:
      value -= 10;
      break;
    case GDK_KEY_Page_Up:
      value += 10;
      break;
    case GDK_KEY_Home:
      value = 0;
      break;
    case GDK_KEY_End:
      value = 100;
      break;
    default:
      return FALSE;
    }
  self->last_value = -1;
  choose_value (self, value);
  return TRUE;
}

void
juxta_sensitivity_chart_get_colors (JuxtaSensitivityChart *self,
                                    JuxtaChartColors      *colors)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (style, &colors->foreground);
  if (!gtk_style_context_lookup_color (style, "accent_color", &colors->accent))
    gdk_rgba_parse (&colors->accent, palette[0]);
}

static void
juxta_sensitivity_chart_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  JuxtaSensitivityChart *self = JUXTA_SENSITIVITY_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  JuxtaChartColors colors;
  cairo_t *cr;

  if (self->sensitivity == NULL || width <= 0 || height <= 0)
    return;

  juxta_sensitivity_chart_get_colors (self, &colors);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  juxta_sensitivity_chart_paint (cr, gtk_widget_get_pango_context (widget), width, height,
                                 self->deck, self->sensitivity, &colors);
  cairo_destroy (cr);
}

static void
juxta_sensitivity_chart_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  double em = text_height (gtk_widget_get_pango_context (widget));

  /* Room for the axes and the legend at any zoom. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (16 * em);
      *natural = (int) (24 * em);
    }
  else
    {
      *minimum = (int) (12 * em);
      *natural = (int) (20 * em);
    }
}

/* Takes ownership of @sensitivity. */
static void
show_data (JuxtaSensitivityChart *self,
           JuxtaDeck             *deck,
           JuxtaSensitivity      *sensitivity)
{
  g_autofree char *label = NULL;

  g_set_object (&self->deck, deck);
  g_clear_pointer (&self->sensitivity, juxta_sensitivity_free);
  self->sensitivity = sensitivity;
  g_clear_pointer (&self->description, g_free);
  /* Described once: the same words are the chart's accessible
   * description and the caption under it (the "description" property). */
  self->description = juxta_sensitivity_describe (deck, sensitivity);
  /* TRANSLATORS: the chart's accessible name: "How the scores move with Control" */
  label = g_strdup_printf (_("How the scores move with %s"),
                           juxta_deck_get_priority (deck, sensitivity->priority)->label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/* The scenario the sliders show, and its advice: the session's, or the
 * selected stakeholder's own. */
static const JuxtaAdvice *
sliders_scenario (JuxtaSensitivityChart *self,
                  JuxtaScenario         *scenario)
{
  const JuxtaConsensus *consensus = juxta_session_get_consensus (self->session);
  int selected = juxta_session_get_selected_stakeholder (self->session);

  *scenario = *juxta_session_get_scenario (self->session);
  if (consensus == NULL || selected < 0 || (guint) selected >= consensus->n_stakeholders)
    return juxta_session_get_advice (self->session);
  memcpy (scenario->weights, juxta_session_get_slider_weights (self->session),
          juxta_deck_get_n_priorities (juxta_session_get_deck (self->session)) * sizeof (int));
  return consensus->outcomes[selected].advice;
}

static void
update (JuxtaSensitivityChart *self)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  JuxtaScenario scenario;
  const JuxtaAdvice *advice = sliders_scenario (self, &scenario);

  self->stale = FALSE;
  /* Nothing to drag while the sliders are the consensus. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   juxta_session_get_weights_editable (self->session) ? "pointer" : NULL);
  show_data (self, deck,
             juxta_sensitivity_new (deck, &scenario, advice, juxta_session_get_chart_priority (self->session)));
}

static void
session_changed_cb (JuxtaSession          *session,
                    JuxtaSessionChange     changes,
                    JuxtaSensitivityChart *self)
{
  if (juxta_session_get_deck (session) == NULL ||
      (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_WEIGHTS | JUXTA_SESSION_CHANGE_REQUIREMENTS |
                  JUXTA_SESSION_CHANGE_CHART | JUXTA_SESSION_CHANGE_STAKEHOLDERS)) == 0)
    return;
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update (self);
}

static void
juxta_sensitivity_chart_map (GtkWidget *widget)
{
  JuxtaSensitivityChart *self = JUXTA_SENSITIVITY_CHART (widget);

  GTK_WIDGET_CLASS (juxta_sensitivity_chart_parent_class)->map (widget);
  if (self->stale && self->session != NULL)
    update (self);
}

static void
juxta_sensitivity_chart_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  JuxtaSensitivityChart *self = JUXTA_SENSITIVITY_CHART (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_sensitivity_chart_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  JuxtaSensitivityChart *self = JUXTA_SENSITIVITY_CHART (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_sensitivity_chart_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_sensitivity_chart_dispose (GObject *object)
{
  JuxtaSensitivityChart *self = JUXTA_SENSITIVITY_CHART (object);

  juxta_session_unfollow (&self->session, self);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->sensitivity, juxta_sensitivity_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (juxta_sensitivity_chart_parent_class)->dispose (object);
}

static void
juxta_sensitivity_chart_class_init (JuxtaSensitivityChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_sensitivity_chart_dispose;
  object_class->get_property = juxta_sensitivity_chart_get_property;
  object_class->set_property = juxta_sensitivity_chart_set_property;

  /**
   * JuxtaSensitivityChart:session:
   * The session whose chart priority the chart shows, and whose weight it moves.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * JuxtaSensitivityChart:description:
   * The chart in words: who leads where, and where the lead changes hands.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->snapshot = juxta_sensitivity_chart_snapshot;
  widget_class->measure = juxta_sensitivity_chart_measure;
  widget_class->map = juxta_sensitivity_chart_map;

  gtk_widget_class_set_css_name (widget_class, "sensitivitychart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
juxta_sensitivity_chart_init (JuxtaSensitivityChart *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->last_value = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
}

GtkWidget *
juxta_sensitivity_chart_new (void)
{
  return g_object_new (JUXTA_TYPE_SENSITIVITY_CHART, NULL);
}

/* Set once, by the window, after its template is built. */
void
juxta_sensitivity_chart_set_session (JuxtaSensitivityChart *self,
                                     JuxtaSession *session)
{
  g_return_if_fail (JUXTA_IS_SENSITIVITY_CHART (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const char *
juxta_sensitivity_chart_get_description (JuxtaSensitivityChart *self)
{
  g_return_val_if_fail (JUXTA_IS_SENSITIVITY_CHART (self), NULL);
  return self->description;
}

const JuxtaSensitivity *
juxta_sensitivity_chart_get_data (JuxtaSensitivityChart *self)
{
  g_return_val_if_fail (JUXTA_IS_SENSITIVITY_CHART (self), NULL);
  return self->sensitivity;
}

/* The slider value under horizontal position @x of the widget. */
int
juxta_sensitivity_chart_value_at (JuxtaSensitivityChart *self,
                                  double                 x)
{
  Geometry g;

  g_return_val_if_fail (JUXTA_IS_SENSITIVITY_CHART (self), 0);

  compute_geometry (gtk_widget_get_pango_context (GTK_WIDGET (self)), gtk_widget_get_width (GTK_WIDGET (self)),
                    gtk_widget_get_height (GTK_WIDGET (self)), self->deck, self->sensitivity, &g);
  if (g.right <= g.left)
    return 0;
  return CLAMP ((int) lround ((x - g.left) / (g.right - g.left) * 100), 0, 100);
}
