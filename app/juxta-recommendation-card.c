/* juxta-recommendation-card.c: the leader, the verdict, why, and what would change it */

#define G_LOG_DOMAIN "juxta-recommendation-card"

#define MAX_DRIVERS_SHOWN 3

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-recommendation-card-private.h"
#include "juxta-talking-points.h"

struct _JuxtaRecommendationCard
{
  GtkWidget  parent_instance;

  GtkWidget *content;
  GtkWidget *verdict_label;
  GtkWidget *headline_label;
  GtkWidget *sentence_label;
  GtkWidget *because_label;
  GtkWidget *stronger_label;
  GtkWidget *tips_title;
  GtkWidget *tips_box;

  JuxtaSession *session;
  GPtrArray *tip_labels;     /* a pool, grown as needed, never shrunk */
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

static void
set_text (GtkWidget  *label,
          const char *text)
{
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL && text[0] != '\0');
}

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

static GtkWidget *
tip_label (JuxtaRecommendationCard *self,
           guint                    index)
{
  while (self->tip_labels->len <= index)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "tipping-point");
      gtk_box_append (GTK_BOX (self->tips_box), label);
      g_ptr_array_add (self->tip_labels, label);
    }
  return g_ptr_array_index (self->tip_labels, index);
}

static void
show_tipping_points (JuxtaRecommendationCard *self,
                     JuxtaDeck               *deck,
                     const JuxtaAdvice       *advice)
{
  guint n_shown = 0;

  for (guint i = 0; i < advice->n_tipping_points; i++)
    {
      g_autofree char *sentence = juxta_describe_tipping_point (deck, &advice->tipping_points[i]);
      g_autofree char *line = g_strdup_printf ("→ %s", sentence);

      set_text (tip_label (self, n_shown++), line);
    }
  if (n_shown == 0 && advice->runner_up >= 0)
    set_text (tip_label (self, n_shown++), _("No single slider, moved on its own, changes the leader."));

  for (guint i = n_shown; i < self->tip_labels->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->tip_labels, i), FALSE);
  gtk_widget_set_visible (self->tips_title, n_shown > 0);
}

static void
show_advice (JuxtaRecommendationCard *self,
             JuxtaDeck               *deck,
             const JuxtaAdvice       *advice)
{
  g_autofree char *verdict = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *because = NULL;
  g_autofree char *stronger = NULL;
  g_autofree char *ahead = NULL;
  g_autofree char *behind = NULL;

  verdict = describe_verdict (advice);
  headline = describe_headline (deck, advice);
  sentence = juxta_describe_recommendation (deck, advice);
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

  set_text (self->verdict_label, verdict);
  set_text (self->headline_label, headline);
  set_text (self->sentence_label, sentence);
  set_text (self->because_label, because);
  set_text (self->stronger_label, stronger);
  show_tipping_points (self, deck, advice);
}

static void
session_changed_cb (JuxtaSession            *session,
                    JuxtaSessionChange       changes,
                    JuxtaRecommendationCard *self)
{
  if (juxta_session_get_deck (session) != NULL && (changes & JUXTA_SESSION_CHANGE_ADVICE))
    show_advice (self, juxta_session_get_deck (session), juxta_session_get_advice (session));
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

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_RECOMMENDATION_CARD);
  g_clear_pointer (&self->tip_labels, g_ptr_array_unref);

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
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, headline_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, because_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, stronger_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, tips_title);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecommendationCard, tips_box);
  gtk_widget_class_set_css_name (widget_class, "recommendationcard");
}

static void
juxta_recommendation_card_init (JuxtaRecommendationCard *self)
{
  g_autofree char *thresholds = describe_thresholds ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->tip_labels = g_ptr_array_new ();
  gtk_widget_set_tooltip_text (self->verdict_label, thresholds);
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

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      g_signal_connect_object (session, "changed", G_CALLBACK (session_changed_cb), self, 0);
      session_changed_cb (session, JUXTA_SESSION_CHANGE_ALL, self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const char *
juxta_recommendation_card_get_headline (JuxtaRecommendationCard *self)
{
  g_return_val_if_fail (JUXTA_IS_RECOMMENDATION_CARD (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->headline_label));
}
