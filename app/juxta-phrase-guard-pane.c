/* juxta-phrase-guard-pane.c: type what you plan to say, see what to avoid
 *
 * The text is checked a moment after typing stops, so typing never waits
 * for the check; the core decides what is flagged, this pane only shows it.
 */

#define G_LOG_DOMAIN "juxta-phrase-guard-pane"

#define CHECK_DELAY_MS 250

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-phrase-guard.h"
#include "juxta-phrase-guard-pane-private.h"
#include "juxta-wrap.h"

struct _JuxtaPhraseGuardPane
{
  GtkWidget  parent_instance;

  GtkWidget *content;
  GtkWidget *text_view;
  GtkWidget *status_label;
  GtkWidget *findings_box;

  JuxtaDeck *deck;
  JuxtaSession *session;
  guint      check_id;
  guint      n_findings;
};

G_DEFINE_FINAL_TYPE (JuxtaPhraseGuardPane, juxta_phrase_guard_pane, GTK_TYPE_WIDGET)

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

static GtkWidget *
new_wrapped (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  juxta_wrap_label (GTK_LABEL (label), text);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
copy_safer_clicked_cb (GtkButton            *button,
                       JuxtaPhraseGuardPane *self)
{
  const char *text = g_object_get_data (G_OBJECT (button), "text");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  g_signal_emit (self, signals[COPIED], 0, _("Safer sentence copied"));
}

static GtkWidget *
build_finding (JuxtaPhraseGuardPane *self,
               const JuxtaFinding   *finding)
{
  const JuxtaAnalogy *analogy = juxta_deck_get_analogy (self->deck, finding->analogy);
  gboolean avoid = finding->verdict == JUXTA_ANALOGY_AVOID;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *verdict = gtk_label_new (avoid ? _("Avoid") : _("Use with care"));
  /* TRANSLATORS: a quoted sentence; use your language's quotation marks */
  g_autofree char *quoted = g_strdup_printf (_("“%s”"), finding->sentence);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "finding");
  gtk_widget_add_css_class (verdict, avoid ? "finding-avoid" : "finding-caution");
  gtk_widget_set_halign (verdict, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), verdict);
  gtk_box_append (GTK_BOX (box), new_wrapped (quoted, "finding-sentence"));
  if (analogy->why != NULL)
    gtk_box_append (GTK_BOX (box), new_wrapped (analogy->why, "dim-label"));

  if (analogy->instead >= 0)
    {
      const char *safer = juxta_deck_get_analogy (self->deck, (guint) analogy->instead)->text;
      g_autofree char *line = g_strdup_printf (_("Say instead: %s"), safer);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = new_wrapped (line, "finding-instead");
      GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");

      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_valign (copy, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (copy, _("Copy the safer sentence"));
      gtk_widget_add_css_class (copy, "flat");
      gtk_widget_add_css_class (copy, "circular");
      g_object_set_data_full (G_OBJECT (copy), "text", g_strdup (safer), g_free);
      g_signal_connect (copy, "clicked", G_CALLBACK (copy_safer_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), copy);
      gtk_box_append (GTK_BOX (box), row);
    }
  return box;
}

static void
show_findings (JuxtaPhraseGuardPane *self,
               GPtrArray            *findings,
               gboolean              empty_text)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->findings_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->findings_box), child);

  self->n_findings = findings != NULL ? findings->len : 0;
  for (guint i = 0; i < self->n_findings; i++)
    gtk_box_append (GTK_BOX (self->findings_box), build_finding (self, g_ptr_array_index (findings, i)));

  if (empty_text)
    gtk_label_set_label (GTK_LABEL (self->status_label), "");
  else if (self->n_findings == 0)
    gtk_label_set_label (GTK_LABEL (self->status_label), _("Nothing to avoid found."));
  else
    gtk_label_set_label (GTK_LABEL (self->status_label), "");
  gtk_widget_set_visible (self->status_label, !empty_text && self->n_findings == 0);
}

static gboolean
check_timeout (gpointer user_data)
{
  JuxtaPhraseGuardPane *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  self->check_id = 0;
  if (self->deck == NULL)
    return G_SOURCE_REMOVE;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  findings = juxta_phrase_guard_check (self->deck, text);
  show_findings (self, findings, g_strstrip (text)[0] == '\0');
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (GtkTextBuffer        *buffer,
                   JuxtaPhraseGuardPane *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_timeout_add (CHECK_DELAY_MS, check_timeout, self);
}

/* A new deck has other analogies: check the same text against them. */
static void
show_deck (JuxtaPhraseGuardPane *self,
           JuxtaDeck            *deck)
{
  g_set_object (&self->deck, deck);
  g_clear_handle_id (&self->check_id, g_source_remove);
  check_timeout (self);
}

static void
session_changed_cb (JuxtaSession         *session,
                    JuxtaSessionChange    changes,
                    JuxtaPhraseGuardPane *self)
{
  if (juxta_session_get_deck (session) != NULL && (changes & JUXTA_SESSION_CHANGE_DECK))
    show_deck (self, juxta_session_get_deck (session));
}

static void
juxta_phrase_guard_pane_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  JuxtaPhraseGuardPane *self = JUXTA_PHRASE_GUARD_PANE (object);

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
juxta_phrase_guard_pane_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  JuxtaPhraseGuardPane *self = JUXTA_PHRASE_GUARD_PANE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_phrase_guard_pane_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_phrase_guard_pane_dispose (GObject *object)
{
  JuxtaPhraseGuardPane *self = JUXTA_PHRASE_GUARD_PANE (object);

  juxta_session_unfollow (&self->session, self);
  g_clear_handle_id (&self->check_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_PHRASE_GUARD_PANE);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (juxta_phrase_guard_pane_parent_class)->dispose (object);
}

static void
juxta_phrase_guard_pane_class_init (JuxtaPhraseGuardPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_phrase_guard_pane_dispose;
  object_class->get_property = juxta_phrase_guard_pane_get_property;
  object_class->set_property = juxta_phrase_guard_pane_set_property;

  /**
   * JuxtaPhraseGuardPane:session:
   * The session whose deck's analogies the text is checked against.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JuxtaPhraseGuardPane::copied:
   * A safer sentence went to the clipboard; the argument says so in words.
   */
  signals[COPIED] =
    g_signal_new ("copied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/juxta/Juxta/ui/juxta-phrase-guard-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaPhraseGuardPane, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaPhraseGuardPane, text_view);
  gtk_widget_class_bind_template_child (widget_class, JuxtaPhraseGuardPane, status_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaPhraseGuardPane, findings_box);
  gtk_widget_class_set_css_name (widget_class, "phraseguard");
}

static void
juxta_phrase_guard_pane_init (JuxtaPhraseGuardPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)), "changed",
                    G_CALLBACK (buffer_changed_cb), self);
  gtk_widget_set_visible (self->status_label, FALSE);
}

GtkWidget *
juxta_phrase_guard_pane_new (void)
{
  return g_object_new (JUXTA_TYPE_PHRASE_GUARD_PANE, NULL);
}

/* Set once, by the window, after its template is built. */
void
juxta_phrase_guard_pane_set_session (JuxtaPhraseGuardPane *self,
                                     JuxtaSession *session)
{
  g_return_if_fail (JUXTA_IS_PHRASE_GUARD_PANE (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

GtkTextBuffer *
juxta_phrase_guard_pane_get_buffer (JuxtaPhraseGuardPane *self)
{
  g_return_val_if_fail (JUXTA_IS_PHRASE_GUARD_PANE (self), NULL);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
}

guint
juxta_phrase_guard_pane_get_n_findings (JuxtaPhraseGuardPane *self)
{
  g_return_val_if_fail (JUXTA_IS_PHRASE_GUARD_PANE (self), 0);
  return self->n_findings;
}

/* Whether a check waits for the typing to pause: the findings shown are
 * those of the text before its last change. */
gboolean
juxta_phrase_guard_pane_get_pending (JuxtaPhraseGuardPane *self)
{
  g_return_val_if_fail (JUXTA_IS_PHRASE_GUARD_PANE (self), FALSE);
  return self->check_id != 0;
}

void
juxta_phrase_guard_pane_focus (JuxtaPhraseGuardPane *self)
{
  g_return_if_fail (JUXTA_IS_PHRASE_GUARD_PANE (self));
  gtk_widget_grab_focus (self->text_view);
}
