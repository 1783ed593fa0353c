/* juxta-meeting-cards.c: the spoken-ready answer and the bottom line, each copyable */

#define G_LOG_DOMAIN "juxta-meeting-cards"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-meeting-cards-private.h"
#include "juxta-wrap.h"

struct _JuxtaMeetingCards
{
  GtkWidget  parent_instance;

  GtkWidget *content;
  GtkWidget *answer_card;
  GtkWidget *question_label;
  GtkWidget *answer_label;
  GtkWidget *bottom_line_card;
  GtkWidget *avoid_label;
  GtkWidget *say_label;

  char      *avoid;
  char      *say;
  JuxtaSession *session;
};

G_DEFINE_FINAL_TYPE (JuxtaMeetingCards, juxta_meeting_cards, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
copy_text (JuxtaMeetingCards *self,
           const char        *text,
           const char        *what)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  g_signal_emit (self, signals[COPIED], 0, what);
}

static void
copy_answer_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JuxtaMeetingCards *self = JUXTA_MEETING_CARDS (widget);

  copy_text (self, juxta_meeting_cards_get_answer (self), _("Spoken answer copied"));
}

static void
copy_bottom_line_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  JuxtaMeetingCards *self = JUXTA_MEETING_CARDS (widget);
  g_autofree char *text = juxta_meeting_cards_dup_bottom_line (self);

  copy_text (self, text, _("Bottom line copied"));
}

/* Shows the answer for @audience and the deck's bottom line; a card with
 * nothing to show is hidden, and so is the whole widget when both are. */
static void
show_deck (JuxtaMeetingCards *self,
           JuxtaDeck         *deck,
           guint              audience)
{
  int index;
  const JuxtaAnswer *answer = NULL;
  g_autofree char *avoid = NULL;
  g_autofree char *say = NULL;

  index = juxta_deck_find_answer_for_audience (deck, audience);
  if (index >= 0)
    answer = juxta_deck_get_answer (deck, (guint) index);
  juxta_wrap_label_or_hide (GTK_LABEL (self->question_label), answer != NULL ? answer->question : NULL);
  juxta_wrap_label_or_hide (GTK_LABEL (self->answer_label), answer != NULL ? answer->text : NULL);
  gtk_widget_set_visible (self->answer_card, answer != NULL);

  g_free (self->avoid);
  g_free (self->say);
  self->avoid = g_strdup (juxta_deck_get_bottom_line_avoid (deck));
  self->say = g_strdup (juxta_deck_get_bottom_line_say (deck));
  if (self->avoid != NULL)
    /* TRANSLATORS: the bottom line's first half */
    avoid = g_strdup_printf (_("Don't say: %s"), self->avoid);
  if (self->say != NULL)
    /* TRANSLATORS: the bottom line's second half */
    say = g_strdup_printf (_("Say: %s"), self->say);
  juxta_wrap_label_or_hide (GTK_LABEL (self->avoid_label), avoid);
  juxta_wrap_label_or_hide (GTK_LABEL (self->say_label), say);
  gtk_widget_set_visible (self->bottom_line_card, self->avoid != NULL || self->say != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.copy-answer", answer != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.copy-bottom-line",
                                 self->avoid != NULL || self->say != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), answer != NULL || self->avoid != NULL || self->say != NULL);
}

static void
session_changed_cb (JuxtaSession       *session,
                    JuxtaSessionChange  changes,
                    JuxtaMeetingCards  *self)
{
  if (juxta_session_get_deck (session) != NULL &&
      (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_AUDIENCE)))
    show_deck (self, juxta_session_get_deck (session), juxta_session_get_scenario (session)->audience);
}

static void
juxta_meeting_cards_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  JuxtaMeetingCards *self = JUXTA_MEETING_CARDS (object);

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
juxta_meeting_cards_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  JuxtaMeetingCards *self = JUXTA_MEETING_CARDS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_meeting_cards_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_meeting_cards_dispose (GObject *object)
{
  JuxtaMeetingCards *self = JUXTA_MEETING_CARDS (object);

  juxta_session_unfollow (&self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_MEETING_CARDS);

  G_OBJECT_CLASS (juxta_meeting_cards_parent_class)->dispose (object);
}

static void
juxta_meeting_cards_finalize (GObject *object)
{
  JuxtaMeetingCards *self = JUXTA_MEETING_CARDS (object);

  g_free (self->avoid);
  g_free (self->say);

  G_OBJECT_CLASS (juxta_meeting_cards_parent_class)->finalize (object);
}

static void
juxta_meeting_cards_class_init (JuxtaMeetingCardsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_meeting_cards_dispose;
  object_class->finalize = juxta_meeting_cards_finalize;
  object_class->get_property = juxta_meeting_cards_get_property;
  object_class->set_property = juxta_meeting_cards_set_property;

  /**
   * JuxtaMeetingCards:session:
   * The session whose deck and audience give the cards.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JuxtaMeetingCards::copied:
   * A card's text went to the clipboard; the argument says so in words.
   */
  signals[COPIED] =
    g_signal_new ("copied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "meeting.copy-answer", NULL, copy_answer_activated);
  gtk_widget_class_install_action (widget_class, "meeting.copy-bottom-line", NULL, copy_bottom_line_activated);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-meeting-cards.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaMeetingCards, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaMeetingCards, answer_card);
  gtk_widget_class_bind_template_child (widget_class, JuxtaMeetingCards, question_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaMeetingCards, answer_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaMeetingCards, bottom_line_card);
  gtk_widget_class_bind_template_child (widget_class, JuxtaMeetingCards, avoid_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaMeetingCards, say_label);
  gtk_widget_class_set_css_name (widget_class, "meetingcards");
}

static void
juxta_meeting_cards_init (JuxtaMeetingCards *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
juxta_meeting_cards_new (void)
{
  return g_object_new (JUXTA_TYPE_MEETING_CARDS, NULL);
}

/* Set once, by the window, after its template is built. */
void
juxta_meeting_cards_set_session (JuxtaMeetingCards *self,
                                 JuxtaSession *session)
{
  g_return_if_fail (JUXTA_IS_MEETING_CARDS (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const char *
juxta_meeting_cards_get_answer (JuxtaMeetingCards *self)
{
  g_return_val_if_fail (JUXTA_IS_MEETING_CARDS (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->answer_label));
}

/* The bottom line as one line of plain text, as copied. */
char *
juxta_meeting_cards_dup_bottom_line (JuxtaMeetingCards *self)
{
  g_return_val_if_fail (JUXTA_IS_MEETING_CARDS (self), NULL);

  if (self->avoid != NULL && self->say != NULL)
    /* TRANSLATORS: the bottom line copied as one line */
    return g_strdup_printf (_("Don't say: %s. Say: %s."), self->avoid, self->say);
  if (self->avoid != NULL)
    return g_strdup_printf (_("Don't say: %s."), self->avoid);
  return g_strdup (self->say != NULL ? self->say : "");
}
