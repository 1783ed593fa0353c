/* juxta-record-dialog.c: record what was decided, as an architecture decision record
 *
 * The presenter picks the option the customer chose (which may differ from
 * the leader), who was there and why; the core writes the record.
 */

#define G_LOG_DOMAIN "juxta-record-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-export.h"
#include "juxta-file-dialog.h"
#include "juxta-record-dialog-private.h"

struct _JuxtaRecordDialog
{
  AdwWindow      parent_instance;

  AdwComboRow   *chosen_row;
  AdwEntryRow   *attendees_row;
  GtkTextView   *rationale_view;
  GtkLabel      *error_label;

  JuxtaDeck     *deck;
  JuxtaScenario  scenario;
  char          *scenario_file;   /* nullable */
  JuxtaExportInterview *interview;   /* nullable: where the weights came from */
  GPtrArray     *stakeholders;    /* JuxtaStakeholder *, copies; nullable */
};

G_DEFINE_FINAL_TYPE (JuxtaRecordDialog, juxta_record_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
get_rationale (JuxtaRecordDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->rationale_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
file_chosen (GFile         *file,
             GtkFileFilter *filter,
             gpointer       self)
{
  juxta_record_dialog_save_to (self, file, NULL);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JuxtaRecordDialog *self = JUXTA_RECORD_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *today = juxta_export_today ();
  g_autofree char *name = g_strdup_printf ("%s-decision-%s.md", juxta_deck_get_id (self->deck), today);

  chooser = juxta_file_dialog_new (GTK_WINDOW (self), _("Export Decision Record"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                   _("_Export"));
  juxta_file_dialog_add_filter (chooser, _("Markdown"), "*.md");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  juxta_file_dialog_run (chooser, file_chosen, self);
}

static void
juxta_record_dialog_dispose (GObject *object)
{
  JuxtaRecordDialog *self = JUXTA_RECORD_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_RECORD_DIALOG);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->scenario_file, g_free);
  g_clear_pointer (&self->interview, juxta_export_interview_free);
  g_clear_pointer (&self->stakeholders, g_ptr_array_unref);

  G_OBJECT_CLASS (juxta_record_dialog_parent_class)->dispose (object);
}

static void
juxta_record_dialog_class_init (JuxtaRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_record_dialog_dispose;

  /**
   * JuxtaRecordDialog::saved:
   * The record was written to the file with this name.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "record.export", NULL, export_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecordDialog, chosen_row);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecordDialog, attendees_row);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecordDialog, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, JuxtaRecordDialog, error_label);
}

static void
juxta_record_dialog_init (JuxtaRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The decision is recorded on the session's deck and scenario as they are
 * when the dialog opens, with the leader chosen to begin with. */
JuxtaRecordDialog *
juxta_record_dialog_new (GtkWindow    *parent,
                         JuxtaSession *session)
{
  JuxtaRecordDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  JuxtaStakeholder *const *people;
  JuxtaDeck *deck;
  guint n_people = 0;
  int leader;

  g_return_val_if_fail (JUXTA_IS_SESSION (session), NULL);
  g_return_val_if_fail (juxta_session_get_deck (session) != NULL, NULL);

  self = g_object_new (JUXTA_TYPE_RECORD_DIALOG, "transient-for", parent, NULL);
  deck = juxta_session_get_deck (session);
  leader = juxta_session_get_advice (session)->leader;
  self->deck = g_object_ref (deck);
  self->scenario = *juxta_session_get_scenario (session);
  self->scenario_file = g_strdup (juxta_session_get_file (session));
  self->interview = juxta_session_dup_export_interview (session);
  people = juxta_session_get_stakeholders (session, &n_people);
  if (n_people > 0)
    {
      self->stakeholders = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);
      for (guint k = 0; k < n_people; k++)
        g_ptr_array_add (self->stakeholders, juxta_stakeholder_copy (people[k]));
    }
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    gtk_string_list_append (names, juxta_deck_get_option (deck, o)->name);
  adw_combo_row_set_model (self->chosen_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->chosen_row, leader >= 0 ? (guint) leader : 0);
  return self;
}

void
juxta_record_dialog_set_chosen (JuxtaRecordDialog *self,
                                guint              option)
{
  g_return_if_fail (JUXTA_IS_RECORD_DIALOG (self));
  adw_combo_row_set_selected (self->chosen_row, option);
}

void
juxta_record_dialog_set_attendees (JuxtaRecordDialog *self,
                                   const char        *attendees)
{
  g_return_if_fail (JUXTA_IS_RECORD_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->attendees_row), attendees);
}

void
juxta_record_dialog_set_rationale (JuxtaRecordDialog *self,
                                   const char        *rationale)
{
  g_return_if_fail (JUXTA_IS_RECORD_DIALOG (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->rationale_view), rationale, -1);
}

char *
juxta_record_dialog_render (JuxtaRecordDialog *self)
{
  g_autofree char *rationale = get_rationale (self);
  g_autofree char *today = juxta_export_today ();
  JuxtaDecision decision = {
    .chosen = adw_combo_row_get_selected (self->chosen_row),
    .attendees = gtk_editable_get_text (GTK_EDITABLE (self->attendees_row)),
    .rationale = rationale,
    .date = today,
    .scenario = self->scenario_file,
    .interview = self->interview,
    .stakeholders = self->stakeholders != NULL ? (JuxtaStakeholder *const *) self->stakeholders->pdata : NULL,
    .n_stakeholders = self->stakeholders != NULL ? self->stakeholders->len : 0,
  };

  g_return_val_if_fail (JUXTA_IS_RECORD_DIALOG (self), NULL);
  if (decision.chosen >= juxta_deck_get_n_options (self->deck))
    decision.chosen = 0;
  return juxta_export_decision_record (self->deck, &self->scenario, &decision);
}

/* Writes the record; an error stays in the dialog, which stays open. */
gboolean
juxta_record_dialog_save_to (JuxtaRecordDialog  *self,
                             GFile              *file,
                             GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *record = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (JUXTA_IS_RECORD_DIALOG (self), FALSE);

  record = juxta_record_dialog_render (self);
  if ((path = juxta_file_dialog_local_path (file, &local_error)) != NULL)
    juxta_export_save (path, record, strlen (record), &local_error);
  return juxta_file_dialog_end_save (GTK_WINDOW (self), self->error_label, path, local_error, error);
}
