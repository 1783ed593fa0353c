/* juxta-recommendation-card.c: the leader, the verdict, why, and what would change it */

#define G_LOG_DOMAIN "juxta-recommendation-card"

#define MAX_DRIVERS_SHOWN 3
#define MAX_TIPS_SHOWN 2

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-recommendation-card-private.h"
#include "juxta-talking-points.h"
#include "juxta-wrap.h"

struct _JuxtaRecommendationCard
{
  GtkWidget  parent_instance;

  GtkWidget *content;
  GtkWidget *caption_label;
  GtkWidget *verdict_label;
  GtkWidget *body;
  GtkWidget *headline_label;
  GtkWidget *because_label;
  GtkWidget *stronger_label;
  GtkWidget *tips;
  GtkWidget *tips_box;
  GtkWidget *more_tips_button;
  GtkWidget *all_tips_box;

  JuxtaSession *session;
  GPtrArray *tip_labels;     /* pools, grown as needed, never shrunk */
  GPtrArray *all_tip_labels;
  gboolean   show_tips;
  guint      n_tips;         /* of the pool, on show */
};

G_DEFINE_FINAL_TYPE (JuxtaRecommendationCard, juxta_recommendation_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const verdict_classes[] = {
  [JUXTA_VERDICT_NONE] = "verdict-none",
  [JUXTA_VERDICT_ONLY] = "verdict-only",
  [JUXTA_VERDICT_TIE] = "verdict-tie",
  [JUXTA_VERDICT_NARROW] = "verdict-narrow",
  [JUXTA_VERDICT_CLEAR] = "verdict-clear",
};

/* The verdict as a title, for the pill on the card. */
static const char *
verdict_title (JuxtaVerdict verdict)
{
  switch (verdict)
    {
    case JUXTA_VERDICT_CLEAR:  return C_("verdict", "Clear lead");
    case JUXTA_VERDICT_NARROW: return C_("verdict", "Narrow lead");
    case JUXTA_VERDICT_TIE:    return C_("verdict", "Too close to call");
    case JUXTA_VERDICT_ONLY:   return C_("verdict", "Only option left");
    case JUXTA_VERDICT_NONE:
    default:                   return C_("verdict", "Nothing to recommend yet");
    }
}

static char *
describe_verdict (const JuxtaAdvice *advice)
{
  double margin;
  int decimals;

  if (advice->runner_up < 0)
    return g_strdup (verdict_title (advice->verdict));
  margin = juxta_margin_for_display (advice, &decimals);
  /* TRANSLATORS: a verdict and the margin in points, "Clear lead · +23 pts",
   * "Too close to call · +2.9 pts" */
  return g_strdup_printf (_("%s · +%.*f pts"), verdict_title (advice->verdict), decimals, margin);
}

/* What the verdicts mean, in points: the thresholds of juxta-advisor.h. */
static char *
describe_thresholds (void)
{
  return g_strdup_printf (_("Clear lead: ahead by %d points or more.\n"
                            "Narrow lead: ahead by %d points or more, but less than %d.\n"
                            "Too close to call: less than %d points apart."),
                          JUXTA_CLEAR_MARGIN, JUXTA_NARROW_MARGIN, JUXTA_CLEAR_MARGIN,
                          JUXTA_NARROW_MARGIN);
}

/* Lists the priority labels of the drivers with the given sign. */
static char *
list_drivers (JuxtaDeck         *deck,
              const JuxtaAdvice *advice,
              gboolean           positive)
{
  GString *s = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < advice->n_drivers && n < MAX_DRIVERS_SHOWN; i++)
    {
      const JuxtaDriver *driver = &advice->drivers[positive ? i : advice->n_drivers - 1 - i];

      if ((driver->contribution > 0) != positive)
        break;
      g_string_append_printf (s, "%s%s", n > 0 ? ", " : "",
                              juxta_deck_get_priority (deck, driver->priority)->label);
      n++;
    }
  return g_string_free (s, n == 0);
}

static char *
describe_headline (JuxtaDeck         *deck,
                   const JuxtaAdvice *advice)
{
  if (advice->leader >= 0)
    return g_strdup (juxta_deck_get_option (deck, (guint) advice->leader)->name);
  if (!juxta_advice_has_scores (advice))
    return g_strdup (_("Move a slider"));
  return g_strdup (_("Every option is ruled out"));
}

/* Label @index of a pool of labels in @box, made as needed. */
static GtkWidget *
pool_label (GPtrArray *pool,
            GtkWidget *box,
            guint      index)
{
  while (pool->len <= index)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_widget_add_css_class (label, "tipping-point");
      gtk_box_append (GTK_BOX (box), label);
      g_ptr_array_add (pool, label);
    }
  return g_ptr_array_index (pool, index);
}

/* Shows @lines in the pool's first labels and hides the rest. */
static void
fill_pool (GPtrArray  *pool,
           GtkWidget  *box,
           GPtrArray  *lines,
           guint       from,
           guint       to)
{
  guint n = 0;

  for (guint i = from; i < to && i < lines->len; i++, n++)
    {
      GtkWidget *label = pool_label (pool, box, n);

      juxta_wrap_label (GTK_LABEL (label), g_ptr_array_index (lines, i));
      gtk_widget_set_visible (label, TRUE);
    }
  for (guint i = n; i < pool->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (pool, i), FALSE);
}

typedef struct
{
  const JuxtaTippingPoint *tip;
  int                      distance;   /* from the slider's value now */
} NearTip;

static int
compare_near_tips (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const NearTip *x = a, *y = b;

  return x->distance - y->distance;
}

/* The tipping points nearest to where the sliders are come first: the
 * card shows a few, the button beside its title all of them. */
static void
show_tipping_points (JuxtaRecommendationCard *self,
                     JuxtaDeck               *deck,
                     const JuxtaAdvice       *advice)
{
  const JuxtaScenario *scenario = juxta_session_get_scenario (self->session);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  NearTip near[G_N_ELEMENTS (advice->tipping_points)];
  guint n = advice->n_tipping_points;

  for (guint i = 0; i < n; i++)
    {
      near[i].tip = &advice->tipping_points[i];
      near[i].distance = ABS (near[i].tip->value - scenario->weights[near[i].tip->priority]);
    }
  /* Stable for equal distances: deck order. */
  g_qsort_with_data (near, (int) n, sizeof near[0], compare_near_tips, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *sentence = juxta_describe_tipping_point (deck, near[i].tip);
      g_ptr_array_add (lines, g_strdup_printf ("→ %s", sentence));
    }
  if (n == 0 && advice->runner_up >= 0)
    g_ptr_array_add (lines, g_strdup (_("No single slider, moved on its own, changes the leader.")));

  fill_pool (self->tip_labels, self->tips_box, lines, 0, MAX_TIPS_SHOWN);
  if (lines->len > MAX_TIPS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more", "%u more",
                                                            lines->len - MAX_TIPS_SHOWN),
                                               lines->len - MAX_TIPS_SHOWN);
      gtk_menu_button_set_label (GTK_MENU_BUTTON (self->more_tips_button), more);
      fill_pool (self->all_tip_labels, self->all_tips_box, lines, 0, lines->len);
    }
  gtk_widget_set_visible (self->more_tips_button, lines->len > MAX_TIPS_SHOWN);
  self->n_tips = lines->len;
  gtk_widget_set_visible (self->tips, self->show_tips && self->n_tips > 0);
}

static void
show_advice (JuxtaRecommendationCard *self,
             JuxtaDeck               *deck,
             const JuxtaAdvice       *advice)
{
  g_autofree char *verdict = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *because = NULL;
  g_autofree char *stronger = NULL;
  g_autofree char *ahead = NULL;
  g_autofree char *behind = NULL;

  verdict = describe_verdict (advice);
  headline = describe_headline (deck, advice);
  if (advice->runner_up >= 0)
    {
      ahead = list_drivers (deck, advice, TRUE);
      behind = list_drivers (deck, advice, FALSE);
    }
  if (ahead != NULL)
    /* TRANSLATORS: the priorities that give the leader its lead */
    because = g_strdup_printf (_("Ahead on %s"), ahead);
  if (behind != NULL)
    /* TRANSLATORS: "Amazon SageMaker is stronger on Control, Governance" */
    stronger = g_strdup_printf (_("%s is stronger on %s"),
                                juxta_deck_get_option (deck, (guint) advice->runner_up)->name, behind);

  /* Touch the style only when the verdict changes: a class change restyles
   * the card, and that would cost every slider step a frame's work. */
  for (guint i = 0; i < G_N_ELEMENTS (verdict_classes); i++)
    if (i != advice->verdict)
      gtk_widget_remove_css_class (self->verdict_label, verdict_classes[i]);
  gtk_widget_add_css_class (self->verdict_label, verdict_classes[advice->verdict]);

  juxta_wrap_label_or_hide (GTK_LABEL (self->verdict_label), verdict);
  juxta_wrap_label_or_hide (GTK_LABEL (self->headline_label), headline);
  juxta_wrap_label_or_hide (GTK_LABEL (self->because_label), because);
  juxta_wrap_label_or_hide (GTK_LABEL (self->stronger_label), stronger);
  show_tipping_points (self, deck, advice);
}

static void
session_changed_cb (JuxtaSession            *session,
                    JuxtaSessionChange       changes,
                    JuxtaRecommendationCard *self)
{
  guint n;

  if (juxta_session_get_deck (session) != NULL && (changes & JUXTA_SESSION_CHANGE_ADVICE))
    show_advice (self, juxta_session_get_deck (session), juxta_session_get_advice (session));
  if ((changes & JUXTA_SESSION_CHANGE_STAKEHOLDERS) == 0)
    return;
  /* With stakeholders, whose it is: the consensus, whoever's sliders show. */
  n = juxta_session_get_n_stakeholders (session);
  if (n == 0)
    gtk_label_set_label (GTK_LABEL (self->caption_label), _("Recommendation"));
  else
    {
      g_autofree char *caption =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Recommendation for %u stakeholder",
                                      "Recommendation for the consensus of %u stakeholders", n),
                         n);
      gtk_label_set_label (GTK_LABEL (self->caption_label), caption);
    }
}

static void
juxta_recommendation_card_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  JuxtaRecommendationCard *self = JUXTA_RECOMMENDATION_CARD (object);

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
juxta_recommendation_card_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  JuxtaRecommendationCard *self = JUXTA_RECOMMENDATION_CARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_recommendation_card_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_recommendation_card_dispose (GObject *object)
{
  JuxtaRecommendationCard *self = JUXTA_RECOMMENDATION_CARD (object);

  juxta_session_unfollow (&self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_RECOMMENDATION_CARD);
  g_clear_pointer (&self->tip_labels, g_ptr_array_unref);
  g_clear_pointer (&self->all_tip_labels, g_ptr_array_unref);

  G_OBJECT_CLASS (juxta_recommendation_card_parent_class)->dispose (object);
}

static void
juxta_recommendation_card_class_init (JuxtaRecommendationCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_recommendation_card_dispose;
  object_class->get_property = juxta_recommendation_card_get_property;
  object_class->set_property = juxta_recommendation_card_set_property;

  /**
   * JuxtaRecommendationCard:session:
   * The session whose advice the card shows.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/juxta/Juxta/ui/juxta-recommendation-card.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, caption_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, body);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, headline_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, because_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, stronger_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, tips);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, tips_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, more_tips_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, all_tips_box);
  gtk_widget_class_set_css_name (widget_class, "recommendationcard");
}

static void
juxta_recommendation_card_init (JuxtaRecommendationCard *self)
{
  g_autofree char *thresholds = describe_thresholds ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->tip_labels = g_ptr_array_new ();
  gtk_widget_set_tooltip_text (self->verdict_label, thresholds);
  self->all_tip_labels = g_ptr_array_new ();
  self->show_tips = TRUE;
}

GtkWidget *
juxta_recommendation_card_new (void)
{
  return g_object_new (JUXTA_TYPE_RECOMMENDATION_CARD, NULL);
}

/* Set once, by the window, after its template is built. */
void
juxta_recommendation_card_set_session (JuxtaRecommendationCard *self,
                                       JuxtaSession            *session)
{
  g_return_if_fail (JUXTA_IS_RECOMMENDATION_CARD (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/* Narrow: the leader's name above the reasons rather than beside them. */
void
juxta_recommendation_card_set_stacked (JuxtaRecommendationCard *self,
                                       gboolean                 stacked)
{
  g_return_if_fail (JUXTA_IS_RECOMMENDATION_CARD (self));

  GtkLayoutManager *layout = gtk_widget_get_layout_manager (self->body);
  GtkLayoutChild *reasons = gtk_layout_manager_get_layout_child (layout, gtk_widget_get_next_sibling (self->headline_label));

  gtk_grid_layout_child_set_column (GTK_GRID_LAYOUT_CHILD (reasons), stacked ? 0 : 1);
  gtk_grid_layout_child_set_row (GTK_GRID_LAYOUT_CHILD (reasons), stacked ? 1 : 0);
}

/* What would change the leader: the presenter's to know, and left out in
 * presentation mode, where the card is the audience's verdict. */
void
juxta_recommendation_card_set_show_tipping_points (JuxtaRecommendationCard *self,
                                                   gboolean                 show)
{
  g_return_if_fail (JUXTA_IS_RECOMMENDATION_CARD (self));

  self->show_tips = show;
  gtk_widget_set_visible (self->tips, show && self->n_tips > 0);
}

const char *
juxta_recommendation_card_get_headline (JuxtaRecommendationCard *self)
{
  g_return_val_if_fail (JUXTA_IS_RECOMMENDATION_CARD (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->headline_label));
}
