/* juxta-interview-choice.c: the interview's answer: which of two priorities matters more, and how much
 *
 * A scale of nine positions, from "the first overwhelmingly" through
 * "equal" to "the second overwhelmingly" (Saaty's 9, 7, 5, 3, 1, 3, 5,
 * 7, 9: the positions a customer can put into words), with the answer in
 * those words under it.  The keyboard moves it a position at a time
 * (arrows, Home, End); a click or a drag lands on the nearest position.
 * Its "step" is the answer on the core's scale
 * (juxta_interview_answer_from_step ()): above 0 the first priority is
 * favoured.
 */

#define G_LOG_DOMAIN "juxta-interview-choice"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "juxta-interview-choice.h"
#include "juxta-wrap.h"

/* The scale's positions run from −POSITIONS (the first priority
 * overwhelmingly) to +POSITIONS (the second); a position is two steps of
 * the core's scale, so that each one is a ratio with a name: 1, 3, 5, 7, 9. */
#define POSITIONS 4

struct _JuxtaInterviewChoice
{
  GtkWidget  parent_instance;

  /* template children */
  GtkWidget *scale;
  GtkWidget *answer_label;
  GtkWidget *ratio_label;

  char      *a;          /* the two priorities' labels */
  char      *b;
  char      *question;   /* the question, in one line, for screen readers */
  int        step;
  gboolean   syncing;    /* the scale is moved for the step, not by the user */
};

G_DEFINE_FINAL_TYPE (JuxtaInterviewChoice, juxta_interview_choice, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------ helpers */

/* The answer in words, as the customer would say it: @big names the
 * priority that matters more and how much, @small the ratio. */
static void
describe (JuxtaInterviewChoice  *self,
          char                 **big,
          char                 **small)
{
  const char *more = self->step > 0 ? self->a : self->b;
  const char *less = self->step > 0 ? self->b : self->a;
  guint ratio = (guint) ABS (self->step) + 1;

  switch (ratio)
    {
    case 1:
      *big = g_strdup (_("Both matter equally"));
      *small = g_strdup (_("Neither matters more than the other"));
      return;
    case 3:
      /* TRANSLATORS: an answer to "Which matters more to you?"; 3× on Saaty's scale */
      *big = g_strdup_printf (_("%s matters somewhat more"), more);
      break;
    case 5:
      /* TRANSLATORS: an answer to "Which matters more to you?"; 5× on Saaty's scale */
      *big = g_strdup_printf (_("%s matters clearly more"), more);
      break;
    case 7:
      /* TRANSLATORS: an answer to "Which matters more to you?"; 7× on Saaty's scale */
      *big = g_strdup_printf (_("%s matters much more"), more);
      break;
    case 9:
      /* TRANSLATORS: an answer to "Which matters more to you?"; 9× on Saaty's scale */
      *big = g_strdup_printf (_("%s matters overwhelmingly more"), more);
      break;
    default:
      /* 2, 4, 6, 8: only from the command line or a scenario file. */
      *big = g_strdup_printf (_("%s matters more"), more);
      break;
    }
  /* TRANSLATORS: below an answer: "7× as much as Battery life" */
  *small = g_strdup_printf (_("%u× as much as %s"), ratio, less);
}

/* The answer in words under the scale, and for screen readers the
 * scale's name: which priority is favoured by how much. */
static void
show_answer (JuxtaInterviewChoice *self)
{
  g_autofree char *big = NULL;
  g_autofree char *small = NULL;
  g_autofree char *spoken = NULL;

  if (self->a == NULL || self->b == NULL)
    return;
  describe (self, &big, &small);
  juxta_wrap_label_or_hide (GTK_LABEL (self->answer_label), big);
  juxta_wrap_label_or_hide (GTK_LABEL (self->ratio_label), small);

  if (self->step == 0)
    /* TRANSLATORS: what a screen reader says for the interview's choice at "equal" */
    spoken = g_strdup_printf (_("%s and %s matter equally"), self->a, self->b);
  else
    /* TRANSLATORS: what a screen reader says for the interview's choice:
     * "Raw power matters much more: 7× as much as Battery life" */
    spoken = g_strdup_printf (C_("accessible", "%s: %s"), big, small);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->question,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, spoken,
                                  -1);
}

/* @step is the answer now: in words, and for whoever follows it. */
static void
take_step (JuxtaInterviewChoice *self,
           int                   step)
{
  gboolean changed = self->step != step;

  self->step = step;
  show_answer (self);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

/* ---------------------------------------------------------- callbacks */

/* The user's move, snapped to a position: an arrow key goes to the next
 * position that way (from an answer between two positions, the nearer of
 * those), a click or a drag to the nearest one.  The scale's left end is
 * the first priority, so a value below 0 favours it. */
static gboolean
change_value_cb (GtkRange             *range,
                 GtkScrollType         scroll,
                 double                value,
                 JuxtaInterviewChoice *self)
{
  double current = gtk_range_get_value (range);
  double target;

  if (scroll != GTK_SCROLL_JUMP && fabs (value - current) <= 1 + 1e-9)
    target = value > current ? floor (current + 1e-9) + 1 : ceil (current - 1e-9) - 1;
  else
    target = round (value);
  target = CLAMP (target, -POSITIONS, POSITIONS);
  if (target != current)
    gtk_range_set_value (range, target);
  return TRUE;
}

static void
value_changed_cb (GtkRange             *range,
                  JuxtaInterviewChoice *self)
{
  if (self->syncing)
    return;
  take_step (self, (int) lround (-2 * gtk_range_get_value (range)));
}

/* ---------------------------------------------------------- overrides */

static gboolean
juxta_interview_choice_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (JUXTA_INTERVIEW_CHOICE (widget)->scale);
}

static void
juxta_interview_choice_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  JuxtaInterviewChoice *self = JUXTA_INTERVIEW_CHOICE (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_int (value, self->step);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_interview_choice_dispose (GObject *object)
{
  JuxtaInterviewChoice *self = JUXTA_INTERVIEW_CHOICE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_INTERVIEW_CHOICE);

  G_OBJECT_CLASS (juxta_interview_choice_parent_class)->dispose (object);
}

static void
juxta_interview_choice_finalize (GObject *object)
{
  JuxtaInterviewChoice *self = JUXTA_INTERVIEW_CHOICE (object);

  g_free (self->a);
  g_free (self->b);
  g_free (self->question);

  G_OBJECT_CLASS (juxta_interview_choice_parent_class)->finalize (object);
}

static void
juxta_interview_choice_class_init (JuxtaInterviewChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_interview_choice_dispose;
  object_class->finalize = juxta_interview_choice_finalize;
  object_class->get_property = juxta_interview_choice_get_property;
  widget_class->grab_focus = juxta_interview_choice_grab_focus;

  /**
   * JuxtaInterviewChoice:step:
   * The answer on the core's scale: from -8 (the second priority
   * overwhelmingly) through 0 (equal) to 8 (the first overwhelmingly).
   */
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, NULL, -2 * POSITIONS, 2 * POSITIONS, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-interview-choice.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewChoice, scale);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewChoice, answer_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewChoice, ratio_label);
}

static void
juxta_interview_choice_init (JuxtaInterviewChoice *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* One mark per position, with its ratio: 9× … 3×, equal, 3× … 9×. */
  for (int position = -POSITIONS; position <= POSITIONS; position++)
    {
      g_autofree char *ratio = g_strdup_printf (C_("interview scale", "%d×"), 2 * ABS (position) + 1);

      gtk_scale_add_mark (GTK_SCALE (self->scale), position, GTK_POS_BOTTOM,
                          /* TRANSLATORS: the middle of the interview's scale,
                           * where two priorities matter equally */
                          position == 0 ? C_("interview scale", "equal") : ratio);
    }
  g_signal_connect (self->scale, "change-value", G_CALLBACK (change_value_cb), self);
  g_signal_connect (self->scale, "value-changed", G_CALLBACK (value_changed_cb), self);
}

/* ------------------------------------------------------------- public */

GtkWidget *
juxta_interview_choice_new (void)
{
  return g_object_new (JUXTA_TYPE_INTERVIEW_CHOICE, NULL);
}

/* Asks which of @a and @b (the priorities' labels) matters more, the
 * answer at @step to begin with; @question is the question in one line. */
void
juxta_interview_choice_set_question (JuxtaInterviewChoice *self,
                                     const char           *a,
                                     const char           *b,
                                     const char           *question,
                                     int                   step)
{
  g_return_if_fail (JUXTA_IS_INTERVIEW_CHOICE (self));
  g_return_if_fail (a != NULL && b != NULL);

  g_free (self->a);
  self->a = g_strdup (a);
  g_free (self->b);
  self->b = g_strdup (b);
  g_free (self->question);
  self->question = g_strdup (question);
  step = CLAMP (step, -2 * POSITIONS, 2 * POSITIONS);
  self->syncing = TRUE;
  gtk_range_set_value (GTK_RANGE (self->scale), -step / 2.0);
  self->syncing = FALSE;
  take_step (self, step);
}

int
juxta_interview_choice_get_step (JuxtaInterviewChoice *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_CHOICE (self), 0);
  return self->step;
}

GtkRange *
juxta_interview_choice_get_scale (JuxtaInterviewChoice *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_CHOICE (self), NULL);
  return GTK_RANGE (self->scale);
}

/* The answer in words, as shown under the scale. */
const char *
juxta_interview_choice_get_answer (JuxtaInterviewChoice *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_CHOICE (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->answer_label));
}
