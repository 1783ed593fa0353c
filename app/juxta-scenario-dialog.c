/* juxta-scenario-dialog.c: save the scenario on screen to a file, with notes
 *
 * The dialog says what the file will keep, takes the notes, and asks
 * where to save; the session writes the file.  GtkFileChooserNative can
 * carry no text field, hence a dialog of our own before it.
 */

#define G_LOG_DOMAIN "juxta-scenario-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-file-dialog.h"
#include "juxta-scenario-dialog-private.h"

struct _JuxtaScenarioDialog
{
  AdwWindow      parent_instance;

  AdwActionRow  *deck_row;
  AdwActionRow  *audience_row;
  AdwActionRow  *requirements_row;
  AdwActionRow  *hidden_row;
  GtkTextView   *notes_view;
  GtkLabel      *error_label;

  JuxtaSession  *session;
};

G_DEFINE_FINAL_TYPE (JuxtaScenarioDialog, juxta_scenario_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
get_notes (JuxtaScenarioDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* What the file will keep, in words. */
static void
describe (JuxtaScenarioDialog *self)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  const JuxtaScenario *scenario = juxta_session_get_scenario (self->session);
  g_autoptr(GString) requirements = g_string_new (NULL);
  g_autoptr(GString) hidden = g_string_new (NULL);

  for (guint r = 0; r < juxta_deck_get_n_requirements (deck); r++)
    if (scenario->requirements & (1u << r))
      g_string_append_printf (requirements, "%s%s", requirements->len > 0 ? ", " : "",
                              juxta_deck_get_requirement (deck, r)->label);
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    if (juxta_session_is_hidden (self->session, o))
      g_string_append_printf (hidden, "%s%s", hidden->len > 0 ? ", " : "", juxta_deck_get_option (deck, o)->name);

  adw_action_row_set_subtitle (self->deck_row, juxta_deck_get_title (deck));
  adw_action_row_set_subtitle (self->audience_row, juxta_deck_get_audience (deck, scenario->audience)->label);
  adw_action_row_set_subtitle (self->requirements_row,
                               requirements->len > 0 ? requirements->str : C_("must-haves", "None"));
  adw_action_row_set_subtitle (self->hidden_row, hidden->len > 0 ? hidden->str : C_("hidden options", "None"));
}

static void
file_chosen (GFile         *file,
             GtkFileFilter *filter,
             gpointer       self)
{
  juxta_scenario_dialog_save_to (self, file, NULL);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JuxtaScenarioDialog *self = JUXTA_SCENARIO_DIALOG (widget);
  const char *current = juxta_session_get_file (self->session);
  GtkFileChooserNative *chooser;

  chooser = juxta_file_dialog_new (GTK_WINDOW (self), _("Save Scenario"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  juxta_file_dialog_add_filter (chooser, _("Juxta scenarios (JSON)"), "*.json");
  if (current != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (current);
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
    }
  else
    {
      /* TRANSLATORS: the file name suggested for a new scenario: "<deck id>-scenario.json" */
      g_autofree char *name = g_strdup_printf (_("%s-scenario.json"),
                                               juxta_deck_get_id (juxta_session_get_deck (self->session)));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  juxta_file_dialog_run (chooser, file_chosen, self);
}

static void
juxta_scenario_dialog_dispose (GObject *object)
{
  JuxtaScenarioDialog *self = JUXTA_SCENARIO_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_SCENARIO_DIALOG);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (juxta_scenario_dialog_parent_class)->dispose (object);
}

static void
juxta_scenario_dialog_class_init (JuxtaScenarioDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_scenario_dialog_dispose;

  /**
   * JuxtaScenarioDialog::saved:
   * The scenario was written to the file with this name.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "scenario.choose-file", NULL, choose_file_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-scenario-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaScenarioDialog, deck_row);
  gtk_widget_class_bind_template_child (widget_class, JuxtaScenarioDialog, audience_row);
  gtk_widget_class_bind_template_child (widget_class, JuxtaScenarioDialog, requirements_row);
  gtk_widget_class_bind_template_child (widget_class, JuxtaScenarioDialog, hidden_row);
  gtk_widget_class_bind_template_child (widget_class, JuxtaScenarioDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, JuxtaScenarioDialog, error_label);
}

static void
juxta_scenario_dialog_init (JuxtaScenarioDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

JuxtaScenarioDialog *
juxta_scenario_dialog_new (GtkWindow    *parent,
                           JuxtaSession *session)
{
  JuxtaScenarioDialog *self;

  g_return_val_if_fail (JUXTA_IS_SESSION (session), NULL);
  g_return_val_if_fail (juxta_session_get_deck (session) != NULL, NULL);

  self = g_object_new (JUXTA_TYPE_SCENARIO_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  describe (self);
  juxta_scenario_dialog_set_notes (self, juxta_session_get_notes (session));
  return self;
}

void
juxta_scenario_dialog_set_notes (JuxtaScenarioDialog *self,
                                 const char          *notes)
{
  g_return_if_fail (JUXTA_IS_SCENARIO_DIALOG (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
}

/* Writes the scenario with the notes typed; an error stays in the
 * dialog, which stays open. */
gboolean
juxta_scenario_dialog_save_to (JuxtaScenarioDialog  *self,
                               GFile                *file,
                               GError              **error)
{
  g_autofree char *path = NULL;
  g_autofree char *notes = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (JUXTA_IS_SCENARIO_DIALOG (self), FALSE);

  notes = get_notes (self);
  juxta_session_set_notes (self->session, notes);
  if ((path = juxta_file_dialog_local_path (file, &local_error)) != NULL)
    juxta_session_save_to_file (self->session, path, &local_error);
  return juxta_file_dialog_end_save (GTK_WINDOW (self), self->error_label, path, local_error, error);
}
