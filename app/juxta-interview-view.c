/* juxta-interview-view.c: "Ask the customer": pairwise trade-off questions that set the sliders
 *
 * One question at a time: which of two priorities matters more, and by
 * how much, on a nine-position scale from "A overwhelmingly" through
 * "equal" to "B overwhelmingly" (JuxtaInterviewChoice).  Each answer goes
 * to the session, which sets every slider from the answers as soon as
 * they connect every priority; the core chooses the next question
 * (juxta_interview_next_question ()) and measures how well the answers
 * agree; the run (juxta-interview-run.h) keeps what the session does
 * not: the questions skipped and the order of the answers, for Back.  The
 * view keeps the sliders as they were before the interview, for Cancel:
 * the weights and answers (a person's, with stakeholders), and nothing
 * else, so that a must-have switched on meanwhile, the audience, hidden
 * options or notes stay as they are.
 *
 * Keyboard: the choice is a scale (arrows, Home, End, or drag), Enter
 * answers and asks the next question, Alt+B goes back, Alt+S skips,
 * Alt+F finishes and Esc cancels.
 */

#define G_LOG_DOMAIN "juxta-interview-view"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-interview-choice.h"
#include "juxta-interview-run.h"
#include "juxta-interview-view-private.h"
#include "juxta-wrap.h"

struct _JuxtaInterviewView
{
  GtkWidget           parent_instance;

  /* template children */
  GtkWidget          *content;
  GtkWidget          *cancel_button;
  GtkWidget          *progress_label;
  GtkWidget          *start_over_button;
  GtkWidget          *finish_button;
  GtkScrolledWindow  *scroller;
  GtkStack           *stack;
  GtkWidget          *a_box;
  GtkWidget          *a_label;
  GtkWidget          *a_question;
  GtkWidget          *b_box;
  GtkWidget          *b_label;
  GtkWidget          *b_question;
  JuxtaInterviewChoice *choice;
  GtkWidget          *done_title;
  GtkWidget          *done_text;
  GtkWidget          *back_button;
  GtkWidget          *skip_button;
  GtkWidget          *ask_skipped_button;
  GtkWidget          *next_button;
  GtkWidget          *agreement_box;
  GtkWidget          *agreement_icon;
  GtkWidget          *agreement_label;
  GtkWidget          *worst_box;
  GtkWidget          *worst_label;
  GtkWidget          *revisit_button;
  GtkWidget          *hint_label;

  JuxtaSession       *session;
  GVariant           *saved_sliders; /* the sliders before the interview, for Cancel */
  JuxtaInterviewRun  *run;           /* the question on screen, the history and the questions skipped */
  gboolean            active;
  gboolean            answering;     /* the session's change is our own answer */
};

G_DEFINE_FINAL_TYPE (JuxtaInterviewView, juxta_interview_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_question (JuxtaInterviewView *self);

/* ------------------------------------------------------------ helpers */

static JuxtaDeck *
get_deck (JuxtaInterviewView *self)
{
  return self->session != NULL ? juxta_session_get_deck (self->session) : NULL;
}

static guint
get_n_priorities (JuxtaInterviewView *self)
{
  JuxtaDeck *deck = get_deck (self);

  return deck != NULL ? juxta_deck_get_n_priorities (deck) : 0;
}

/* Whether this is a good place to stop: the answers set the sliders,
 * every one of them is checked by another, and they agree. */
static gboolean
reasonable_to_stop (JuxtaInterviewView *self)
{
  const JuxtaInterviewResult *result = juxta_session_get_interview (self->session);
  guint n_answers = 0;
  const JuxtaInterviewAnswer *answers = juxta_session_get_answers (self->session, &n_answers);

  return result != NULL && result->connected && result->checked && result->acceptable &&
         juxta_interview_count_unchecked (result->n_priorities, answers, n_answers) == 0;
}

/* --------------------------------------------------------- the choice */

static void
mark_favoured (GtkWidget *side,
               gboolean   favoured)
{
  if (favoured)
    gtk_widget_add_css_class (side, "favoured");
  else
    gtk_widget_remove_css_class (side, "favoured");
}

/* The priority the answer favours stands out. */
static void
choice_step_changed_cb (JuxtaInterviewChoice *choice,
                        GParamSpec           *pspec,
                        JuxtaInterviewView   *self)
{
  int step = juxta_interview_choice_get_step (choice);

  mark_favoured (self->a_box, step > 0);
  mark_favoured (self->b_box, step < 0);
}

/* ------------------------------------------------------------- status */

static void
append_part (GString    *s,
             const char *part)
{
  if (s->len > 0)
    g_string_append (s, " · ");
  g_string_append (s, part);
}

static void
show_progress (JuxtaInterviewView         *self,
               const JuxtaInterviewAnswer *answers,
               guint                       n_answers)
{
  g_autoptr(GString) s = g_string_new (NULL);
  guint open = juxta_interview_run_count_open (self->run, get_n_priorities (self), answers, n_answers);
  g_autofree char *answered = NULL;
  g_autofree char *left = NULL;

  if (self->run->revisiting >= 0)
    {
      g_autofree char *text = g_strdup_printf (_("Changing answer %d of %u"), self->run->revisiting + 1,
                                               self->run->history->len);
      gtk_label_set_label (GTK_LABEL (self->progress_label), text);
      return;
    }
  answered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer", "%u answers", n_answers), n_answers);
  left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question left", "%u questions left", open), open);
  append_part (s, answered);
  append_part (s, left);
  if (self->run->skipped->len > 0)
    {
      g_autofree char *skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u skipped", "%u skipped",
                                                               self->run->skipped->len),
                                                  self->run->skipped->len);
      append_part (s, skipped);
    }
  /* Short, and no deck text: on one line (a wrapping label in the bar's
   * middle gets a sliver of its width). */
  gtk_label_set_label (GTK_LABEL (self->progress_label), s->str);
}

/* "Your answers agree" or "Two answers pull against each other", with the
 * answer that fits the others worst; nothing until they can be checked. */
static void
show_agreement (JuxtaInterviewView         *self,
                const JuxtaInterviewResult *result,
                const JuxtaInterviewAnswer *answers)
{
  gboolean checked = result != NULL && result->connected && result->checked;
  gboolean agree = checked && result->acceptable;

  gtk_widget_set_visible (self->agreement_box, checked);
  if (!checked)
    return;
  gtk_image_set_from_icon_name (GTK_IMAGE (self->agreement_icon),
                                agree ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  juxta_wrap_label_or_hide (GTK_LABEL (self->agreement_label),
                            agree ? _("Your answers agree") : _("Two answers pull against each other"));
  if (agree)
    {
      gtk_widget_add_css_class (self->agreement_box, "agree");
      gtk_widget_remove_css_class (self->agreement_box, "disagree");
    }
  else
    {
      g_autofree char *worst = juxta_interview_describe_worst (get_deck (self), answers, result);

      gtk_widget_add_css_class (self->agreement_box, "disagree");
      gtk_widget_remove_css_class (self->agreement_box, "agree");
      juxta_wrap_label_or_hide (GTK_LABEL (self->worst_label), worst);
    }
  gtk_widget_set_visible (self->worst_box, !agree);
}

/* How far the interview has come, and when it is reasonable to stop. */
static char *
describe_stage (JuxtaInterviewView         *self,
                const JuxtaInterviewResult *result,
                const JuxtaInterviewAnswer *answers,
                guint                       n_answers)
{
  guint n = get_n_priorities (self);
  guint unchecked;

  /* With nothing left to ask, the closing words say it all. */
  if (!self->run->has_question && self->run->revisiting < 0)
    return NULL;
  if (result == NULL || !result->connected)
    {
      guint needed = juxta_interview_count_missing (n, answers, n_answers);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u more answer sets the sliders.",
                                           "%u more answers set the sliders.", needed),
                              needed);
    }
  unchecked = juxta_interview_count_unchecked (n, answers, n_answers);
  if (unchecked == n_answers)
    return g_strdup (_("The sliders follow your answers. The next answer checks them against each other."));
  if (unchecked > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The sliders follow your answers. "
                                         "%u answer is not checked by another yet.",
                                         "The sliders follow your answers. "
                                         "%u answers are not checked by others yet.",
                                         unchecked),
                            unchecked);
  if (result->acceptable)
    return g_strdup (_("Every answer is checked by another: a good place to stop."));
  return g_strdup (_("Revisit the answer that fits least, or ask more questions."));
}

static void
show_done (JuxtaInterviewView         *self,
           const JuxtaInterviewResult *result,
           guint                       n_answers)
{
  JuxtaDeck *deck = get_deck (self);
  g_autofree char *text = NULL;

  if (self->run->skipped->len == 0)
    juxta_wrap_label_or_hide (GTK_LABEL (self->done_title), _("Every question is answered"));
  else
    juxta_wrap_label_or_hide (GTK_LABEL (self->done_title), _("No questions left to ask"));

  if (n_answers == 0)
    text = g_strdup (_("No answers yet: the sliders stay as they were."));
  else if (result != NULL && result->connected)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The sliders are set from %u answer.",
                                         "The sliders are set from %u answers.", n_answers),
                            n_answers);
  else if (result != NULL && result->unconnected >= 0)
    /* TRANSLATORS: %s is a priority's label */
    text = g_strdup_printf (_("The answers do not connect %s with the other priorities: the sliders stay as "
                              "they were."),
                            juxta_deck_get_priority (deck, (guint) result->unconnected)->label);
  juxta_wrap_label_or_hide (GTK_LABEL (self->done_text), text);

  if (self->run->skipped->len > 0)
    {
      guint n_skipped = self->run->skipped->len;
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Ask the _Skipped Question",
                                                             "Ask the %u _Skipped Questions", n_skipped),
                                                n_skipped);
      gtk_button_set_label (GTK_BUTTON (self->ask_skipped_button), label);
    }
}

/* Everything but the question itself: progress, agreement, what to do
 * next, and which buttons apply. */
static void
update_status (JuxtaInterviewView *self)
{
  const JuxtaInterviewResult *result = juxta_session_get_interview (self->session);
  guint n_answers = 0;
  const JuxtaInterviewAnswer *answers = juxta_session_get_answers (self->session, &n_answers);
  gboolean asking = juxta_interview_run_is_asking (self->run);
  g_autofree char *stage = NULL;
  gboolean stop;

  show_progress (self, answers, n_answers);
  show_agreement (self, result, answers);
  stage = describe_stage (self, result, answers, n_answers);
  juxta_wrap_label_or_hide (GTK_LABEL (self->hint_label), stage);
  if (!asking)
    show_done (self, result, n_answers);

  gtk_widget_set_visible (self->skip_button, asking);
  gtk_widget_set_visible (self->next_button, asking);
  gtk_widget_set_visible (self->ask_skipped_button, !asking && self->run->skipped->len > 0);
  gtk_widget_set_visible (self->start_over_button, self->run->history->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.back", juxta_interview_run_can_back (self->run));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.skip", juxta_interview_run_can_skip (self->run));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.next", asking);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.revisit",
                                 result != NULL && result->worst >= 0 && !result->acceptable &&
                                 !juxta_interview_run_is_revisiting (self->run, answers[result->worst].priority,
                                                                     answers[result->worst].other));

  /* Finish is the thing to do once the answers are enough. */
  stop = !asking || reasonable_to_stop (self);
  if (stop)
    gtk_widget_add_css_class (self->finish_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->finish_button, "suggested-action");
}

/* ---------------------------------------------------------- questions */

/* The next new question, if any is left. */
static void
find_next_question (JuxtaInterviewView *self)
{
  guint n_answers = 0;
  const JuxtaInterviewAnswer *answers = juxta_session_get_answers (self->session, &n_answers);

  juxta_interview_run_next (self->run, get_n_priorities (self), answers, n_answers);
}

static void
show_question (JuxtaInterviewView *self)
{
  JuxtaDeck *deck = get_deck (self);
  guint n_answers = 0;
  const JuxtaInterviewAnswer *answers = juxta_session_get_answers (self->session, &n_answers);
  int step = juxta_interview_run_get_step (self->run, answers, n_answers);
  gboolean asking = juxta_interview_run_is_asking (self->run);

  gtk_stack_set_visible_child_name (self->stack, asking ? "question" : "done");
  if (asking)
    {
      const JuxtaPriority *a = juxta_deck_get_priority (deck, self->run->pair.a);
      const JuxtaPriority *b = juxta_deck_get_priority (deck, self->run->pair.b);
      g_autofree char *question = juxta_interview_describe_question (deck, self->run->pair.a, self->run->pair.b);

      juxta_wrap_label_or_hide (GTK_LABEL (self->a_label), a->label);
      juxta_wrap_label_or_hide (GTK_LABEL (self->a_question), a->question);
      juxta_wrap_label_or_hide (GTK_LABEL (self->b_label), b->label);
      juxta_wrap_label_or_hide (GTK_LABEL (self->b_question), b->question);
      juxta_interview_choice_set_question (self->choice, a->label, b->label, question, step);
    }
  update_status (self);
  /* A new question starts at the top of the page. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* After a move: the keyboard stays on the choice (or, with nothing left
 * to ask, on Finish), so that the arrows and Enter go on working. */
static void
refocus (JuxtaInterviewView *self)
{
  if (juxta_interview_run_is_asking (self->run))
    gtk_widget_grab_focus (GTK_WIDGET (self->choice));
  else
    gtk_widget_grab_focus (self->finish_button);
}

static void
close_interview (JuxtaInterviewView *self,
                 gboolean            finished)
{
  if (!self->active)
    return;
  self->active = FALSE;
  g_clear_pointer (&self->saved_sliders, g_variant_unref);
  g_signal_emit (self, signals[CLOSED], 0, finished);
}

static void
session_changed_cb (JuxtaSession       *session,
                    JuxtaSessionChange  changes,
                    JuxtaInterviewView *self)
{
  if (!self->active)
    return;
  /* Another deck, or a new version of this one: the questions were about
   * the old one.  What was answered stays with the scenario. */
  if (changes & JUXTA_SESSION_CHANGE_DECK)
    {
      close_interview (self, FALSE);
      return;
    }
  if (changes & JUXTA_SESSION_CHANGE_ANSWERS)
    {
      guint n_answers = 0;
      const JuxtaInterviewAnswer *answers = juxta_session_get_answers (self->session, &n_answers);

      juxta_interview_run_sync (self->run, answers, n_answers);
      /* Answers changed elsewhere: ask what is left to ask now. */
      if (!self->answering && self->run->revisiting < 0)
        {
          find_next_question (self);
          show_question (self);
          return;
        }
    }
  if (changes & (JUXTA_SESSION_CHANGE_ANSWERS | JUXTA_SESSION_CHANGE_WEIGHTS))
    update_status (self);
}

/* ------------------------------------------------------------ actions */

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (widget);
  JuxtaInterviewAnswer answer;

  if (!self->active || !juxta_interview_run_is_asking (self->run))
    return;
  juxta_interview_answer_from_step (&answer, self->run->pair.a, self->run->pair.b,
                                    juxta_interview_choice_get_step (self->choice));
  self->answering = TRUE;
  juxta_session_set_answer (self->session, &answer, NULL);
  self->answering = FALSE;
  find_next_question (self);
  show_question (self);
  refocus (self);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (widget);

  if (!juxta_interview_run_back (self->run))
    return;
  show_question (self);
  refocus (self);
}

static void
skip_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (widget);
  guint n_answers = 0;
  const JuxtaInterviewAnswer *answers = juxta_session_get_answers (self->session, &n_answers);

  if (!juxta_interview_run_skip (self->run, get_n_priorities (self), answers, n_answers))
    return;
  show_question (self);
  refocus (self);
}

/* The answer that fits the others worst, asked again. */
static void
revisit_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (widget);
  const JuxtaInterviewResult *result = juxta_session_get_interview (self->session);
  const JuxtaInterviewAnswer *answers = juxta_session_get_answers (self->session, NULL);

  if (result == NULL || result->worst < 0 ||
      !juxta_interview_run_revisit (self->run, answers[result->worst].priority, answers[result->worst].other))
    return;
  show_question (self);
  refocus (self);
}

static void
start_over_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (widget);

  g_array_set_size (self->run->skipped, 0);
  self->answering = TRUE;
  juxta_session_clear_answers (self->session);
  self->answering = FALSE;
  find_next_question (self);
  show_question (self);
  refocus (self);
}

static void
ask_skipped_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (widget);
  guint n_answers = 0;
  const JuxtaInterviewAnswer *answers = juxta_session_get_answers (self->session, &n_answers);

  juxta_interview_run_unskip (self->run, get_n_priorities (self), answers, n_answers);
  show_question (self);
  refocus (self);
}

static void
finish_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  juxta_interview_view_finish (JUXTA_INTERVIEW_VIEW (widget));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  juxta_interview_view_cancel (JUXTA_INTERVIEW_VIEW (widget));
}

/* Enter answers the question on screen, or, with nothing left to ask,
 * finishes.  (A focused button takes Enter for itself first.) */
static gboolean
accept_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (widget);

  if (!self->active)
    return FALSE;
  if (juxta_interview_run_is_asking (self->run))
    gtk_widget_activate_action (widget, "interview.next", NULL);
  else
    juxta_interview_view_finish (self);
  return TRUE;
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (widget);

  if (!self->active)
    return FALSE;
  juxta_interview_view_cancel (self);
  return TRUE;
}

/* ---------------------------------------------------------- overrides */

static void
juxta_interview_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (object);

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
juxta_interview_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_interview_view_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_interview_view_dispose (GObject *object)
{
  JuxtaInterviewView *self = JUXTA_INTERVIEW_VIEW (object);

  juxta_session_unfollow (&self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_INTERVIEW_VIEW);
  g_clear_pointer (&self->saved_sliders, g_variant_unref);
  g_clear_pointer (&self->run, juxta_interview_run_free);

  G_OBJECT_CLASS (juxta_interview_view_parent_class)->dispose (object);
}

static void
juxta_interview_view_class_init (JuxtaInterviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_interview_view_dispose;
  object_class->get_property = juxta_interview_view_get_property;
  object_class->set_property = juxta_interview_view_set_property;

  /**
   * JuxtaInterviewView:session:
   * The session whose answers the interview sets.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JuxtaInterviewView::closed:
   * @finished: TRUE for Finish (the answers stay); FALSE for Cancel (the
   *   sliders and answers are back as they were) or when another deck ended it
   * The interview is over.
   */
  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  g_type_ensure (JUXTA_TYPE_INTERVIEW_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-interview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, finish_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, stack);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, a_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, a_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, a_question);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, b_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, b_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, b_question);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, choice);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, done_title);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, done_text);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, back_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, skip_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, ask_skipped_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, next_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, agreement_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, agreement_icon);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, agreement_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, worst_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, worst_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, revisit_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaInterviewView, hint_label);
  gtk_widget_class_set_css_name (widget_class, "interviewview");

  gtk_widget_class_install_action (widget_class, "interview.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "interview.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "interview.skip", NULL, skip_activated);
  gtk_widget_class_install_action (widget_class, "interview.revisit", NULL, revisit_activated);
  gtk_widget_class_install_action (widget_class, "interview.start-over", NULL, start_over_activated);
  gtk_widget_class_install_action (widget_class, "interview.ask-skipped", NULL, ask_skipped_activated);
  gtk_widget_class_install_action (widget_class, "interview.finish", NULL, finish_activated);
  gtk_widget_class_install_action (widget_class, "interview.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, accept_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, accept_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, accept_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static void
juxta_interview_view_init (JuxtaInterviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->run = juxta_interview_run_new ();

  g_signal_connect (self->choice, "notify::step", G_CALLBACK (choice_step_changed_cb), self);
}

/* ------------------------------------------------------------- public */

GtkWidget *
juxta_interview_view_new (JuxtaSession *session)
{
  return g_object_new (JUXTA_TYPE_INTERVIEW_VIEW, "session", session, NULL);
}

void
juxta_interview_view_set_session (JuxtaInterviewView *self,
                                  JuxtaSession       *session)
{
  g_return_if_fail (JUXTA_IS_INTERVIEW_VIEW (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (self->session == session)
    return;
  close_interview (self, TRUE);
  /* Not asking: the first call of session_changed_cb () does nothing. */
  juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

JuxtaSession *
juxta_interview_view_get_session (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), NULL);
  return self->session;
}

/* Starts asking: from the answers the scenario already has (a scenario
 * file's, or an earlier interview's), with the sliders as they are now
 * kept for Cancel.  Needs a deck with at least two priorities. */
void
juxta_interview_view_start (JuxtaInterviewView *self)
{
  const JuxtaInterviewAnswer *answers;
  guint n_answers = 0;

  g_return_if_fail (JUXTA_IS_INTERVIEW_VIEW (self));
  g_return_if_fail (get_n_priorities (self) >= 2);

  g_clear_pointer (&self->saved_sliders, g_variant_unref);
  self->saved_sliders = juxta_session_save_sliders (self->session);
  answers = juxta_session_get_answers (self->session, &n_answers);
  juxta_interview_run_start (self->run, get_n_priorities (self), answers, n_answers);
  self->active = TRUE;
  show_question (self);
}

gboolean
juxta_interview_view_get_active (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), FALSE);
  return self->active;
}

/* Keeps the answers and the weights they set. */
void
juxta_interview_view_finish (JuxtaInterviewView *self)
{
  g_return_if_fail (JUXTA_IS_INTERVIEW_VIEW (self));
  close_interview (self, TRUE);
}

/* Puts the sliders and the answers back as they were before the
 * interview, in one change; the rest of the scenario stays as it is. */
void
juxta_interview_view_cancel (JuxtaInterviewView *self)
{
  g_autoptr(GVariant) sliders = NULL;

  g_return_if_fail (JUXTA_IS_INTERVIEW_VIEW (self));

  if (!self->active)
    return;
  sliders = g_steal_pointer (&self->saved_sliders);
  self->active = FALSE;
  if (sliders != NULL)
    juxta_session_restore_sliders (self->session, sliders);
  g_signal_emit (self, signals[CLOSED], 0, FALSE);
}

gboolean
juxta_interview_view_focus_choice (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), FALSE);

  if (juxta_interview_run_is_asking (self->run))
    return gtk_widget_grab_focus (GTK_WIDGET (self->choice));
  return gtk_widget_grab_focus (self->finish_button);
}

/* ------------------------------------------------------------ testing */

GtkRange *
juxta_interview_view_get_choice (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), NULL);
  return juxta_interview_choice_get_scale (self->choice);
}

/* The question on screen; FALSE when there is none (nothing left to ask). */
gboolean
juxta_interview_view_get_question (JuxtaInterviewView *self,
                                   guint              *a,
                                   guint              *b)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), FALSE);

  if (!self->active || !juxta_interview_run_is_asking (self->run))
    return FALSE;
  if (a != NULL)
    *a = self->run->pair.a;
  if (b != NULL)
    *b = self->run->pair.b;
  return TRUE;
}

int
juxta_interview_view_get_step (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), 0);
  return juxta_interview_choice_get_step (self->choice);
}

/* "next", "back", "skip", "revisit", "finish", "cancel", "start-over",
 * "ask-skipped": the button that does it. */
GtkWidget *
juxta_interview_view_get_button (JuxtaInterviewView *self,
                                 const char         *name)
{
  g_autofree char *action = NULL;
  GtkWidget *buttons[] = {
    self->next_button, self->back_button, self->skip_button, self->finish_button,
    self->start_over_button, self->ask_skipped_button, self->revisit_button, self->cancel_button,
  };

  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), NULL);

  action = g_strconcat ("interview.", name, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (buttons[i])), action) == 0)
      return buttons[i];
  return NULL;
}

/* The agreement's headline as shown, or NULL when it is not. */
const char *
juxta_interview_view_get_agreement (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), NULL);
  return gtk_widget_get_visible (self->agreement_box) ? gtk_label_get_label (GTK_LABEL (self->agreement_label))
                                                       : NULL;
}

const char *
juxta_interview_view_get_worst (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), NULL);
  return gtk_widget_get_visible (self->agreement_box) && gtk_widget_get_visible (self->worst_box)
           ? gtk_label_get_label (GTK_LABEL (self->worst_label)) : NULL;
}

const char *
juxta_interview_view_get_progress (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->progress_label));
}

const char *
juxta_interview_view_get_hint (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), NULL);
  return gtk_widget_get_visible (self->hint_label) ? gtk_label_get_label (GTK_LABEL (self->hint_label)) : NULL;
}

/* The answer in words under the choice, or the closing title. */
const char *
juxta_interview_view_get_answer (JuxtaInterviewView *self)
{
  g_return_val_if_fail (JUXTA_IS_INTERVIEW_VIEW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "done") == 0)
    return gtk_label_get_label (GTK_LABEL (self->done_title));
  return juxta_interview_choice_get_answer (self->choice);
}
