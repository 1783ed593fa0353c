/* juxta-window-actions.c: everything a user can do in the window, as actions
 *
 * The actions are installed on the class here, and enabled or disabled
 * in one place, _juxta_window_update_actions ().  Their accelerators are
 * the application's (juxta-application.c).
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-file-dialog.h"
#include "juxta-print.h"
#include "juxta-record-dialog.h"
#include "juxta-scenario-dialog.h"
#include "juxta-window-private.h"

#define ZOOM_STEP 1.1

void
_juxta_window_update_actions (JuxtaWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  gboolean have_deck = deck != NULL;
  /* Export and Copy have nothing to write when the setting was emptied by hand. */
  gboolean have_sections = have_deck && _juxta_window_get_export_sections (self) != 0;

  gtk_widget_action_set_enabled (widget, "win.reload", have_deck && juxta_deck_get_path (deck) != NULL);
  gtk_widget_action_set_enabled (widget, "win.edit-deck", have_deck && juxta_deck_get_path (deck) != NULL);
  gtk_widget_action_set_enabled (widget, "win.save-scenario", have_deck);
  gtk_widget_action_set_enabled (widget, "win.save-scenario-as", have_deck);
  gtk_widget_action_set_enabled (widget, "win.export", have_sections);
  gtk_widget_action_set_enabled (widget, "win.copy", have_sections);
  /* With stakeholders, they move the selected person's sliders: none while
   * everyone is.  Nor during the interview, whose answers are setting the
   * sliders (must-haves and the audience stay live: they are the meeting's). */
  gtk_widget_action_set_enabled (widget, "win.reset", juxta_session_get_weights_editable (self->session) &&
                                                      !self->interviewing);
  gtk_widget_action_set_enabled (widget, "win.preset", juxta_session_get_weights_editable (self->session) &&
                                                       juxta_deck_get_n_presets (deck) > 0 && !self->interviewing);
  gtk_widget_action_set_enabled (widget, "win.record", have_deck);
  gtk_widget_action_set_enabled (widget, "win.print", have_deck);
  gtk_widget_action_set_enabled (widget, "win.glossary", have_deck && juxta_deck_get_n_terms (deck) > 0);
  gtk_widget_action_set_enabled (widget, "win.show-errors", self->problems->len > 0);
  gtk_widget_action_set_enabled (widget, "win.show-deck-warnings", have_deck && self->deck_warnings->len > 0);
  gtk_widget_action_set_enabled (widget, "win.leave-presentation", self->presenting || self->interviewing);
  /* One priority: nothing to ask. */
  gtk_widget_action_set_enabled (widget, "win.interview", have_deck && juxta_deck_get_n_priorities (deck) >= 2);
  gtk_widget_action_set_enabled (widget, "win.tools", !self->presenting);
}

static void
export_sections_changed_cb (GSettings   *settings,
                            const char  *key,
                            JuxtaWindow *self)
{
  /* Not for a window on its way out. */
  if (self->session != NULL && self->settings != NULL)
    _juxta_window_update_actions (self);
}

/* The "include.*" actions, what Export and Copy include; Export and Copy
 * follow them. */
void
_juxta_window_actions_init (JuxtaWindow *self)
{
  _juxta_window_export_init (self);
  g_signal_connect_object (self->settings, "changed::export-sections", G_CALLBACK (export_sections_changed_cb),
                           self, 0);
}

/* ---------------------------------------------------------- authoring */

static void
new_deck_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _juxta_window_new_deck (JUXTA_WINDOW (widget));
}

static void
edit_deck_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _juxta_window_edit_deck (JUXTA_WINDOW (widget));
}

/* Test hook: New Deck and Export take @file instead of asking (NULL: ask). */
void
juxta_window_set_chosen_file (JuxtaWindow *self,
                              GFile       *file)
{
  g_return_if_fail (JUXTA_IS_WINDOW (self));
  g_set_object (&self->chosen_file, file);
}

/* ------------------------------------------------------------- files */

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _juxta_window_choose_file (JUXTA_WINDOW (widget));
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  if (_juxta_window_reload (self))
    _juxta_window_toast (self, _("Deck reloaded"));
}

static void
scenario_saved (JuxtaWindow *self,
                const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = g_strdup_printf (_("Scenario saved to “%s”"), name);

  _juxta_window_hide_errors (self);
  _juxta_window_remember_recent (self, path);
  _juxta_window_toast (self, message);
}

/* Saves the scenario on screen to @file, which becomes its file. */
gboolean
juxta_window_save_scenario_to (JuxtaWindow  *self,
                               GFile        *file,
                               GError      **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (JUXTA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (juxta_session_get_deck (self->session) != NULL, FALSE);

  if ((path = juxta_file_dialog_local_path (file, &local_error)) != NULL)
    juxta_session_save_to_file (self->session, path, &local_error);
  if (local_error != NULL)
    {
      _juxta_window_show_errors (self, local_error->message, NULL, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  scenario_saved (self, path);
  return TRUE;
}

static void
scenario_dialog_saved_cb (JuxtaScenarioDialog *dialog,
                          const char          *path,
                          JuxtaWindow         *self)
{
  scenario_saved (self, path);
}

static void
show_scenario_dialog (JuxtaWindow *self)
{
  JuxtaScenarioDialog *dialog = juxta_scenario_dialog_new (GTK_WINDOW (self), self->session);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (scenario_dialog_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ctrl+S: into the scenario's file when it has one; the first time, the
 * dialog asks for notes and a file. */
static void
save_scenario_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  const char *path = juxta_session_get_file (self->session);

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      juxta_window_save_scenario_to (self, file, NULL);
    }
  else
    show_scenario_dialog (self);
}

static void
save_scenario_as_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  show_scenario_dialog (JUXTA_WINDOW (widget));
}

/* ---------------------------------------------------------- documents */

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _juxta_window_export (JUXTA_WINDOW (widget));
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _juxta_window_copy (JUXTA_WINDOW (widget));
}

static void
record_saved_cb (JuxtaRecordDialog *dialog,
                 const char        *path,
                 JuxtaWindow       *self)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = g_strdup_printf (_("Decision recorded in “%s”"), name);

  _juxta_window_toast (self, message);
}

static void
record_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  JuxtaRecordDialog *dialog = juxta_record_dialog_new (GTK_WINDOW (self), self->session);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (record_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!juxta_print_run (GTK_WINDOW (self), self->session, NULL, &error))
    _juxta_window_show_errors (self, error->message, NULL, NULL);
}

/* ---------------------------------------------------------- scenario */

static void
reset_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  juxta_session_reset (JUXTA_WINDOW (widget)->session);
}

static void
preset_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JuxtaSession *session = JUXTA_WINDOW (widget)->session;
  int preset = juxta_deck_find_preset (juxta_session_get_deck (session), g_variant_get_string (parameter, NULL));

  if (preset >= 0)
    juxta_session_apply_preset (session, (guint) preset);
}

/* ------------------------------------------------------------- bars */

static void
show_errors_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _juxta_window_show_error_details (JUXTA_WINDOW (widget));
}

static void
show_deck_warnings_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  _juxta_window_show_deck_warnings (JUXTA_WINDOW (widget));
}

static void
dismiss_errors_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  _juxta_window_hide_errors (JUXTA_WINDOW (widget));
}

static void
dismiss_scenario_warning_activated (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (JUXTA_WINDOW (widget)->scenario_revealer, FALSE);
}

/* --------------------------------------- presentation, zoom, tools */

/* Esc: first cancels the interview, then puts the board away if the
 * presenter brought it in, then leaves presentation mode. */
static void
leave_presentation_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  if (self->interviewing)
    _juxta_window_cancel_interview (self);
  else if (!self->presenting)
    return;
  else if (adw_flap_get_reveal_flap (self->board_flap))
    adw_flap_set_reveal_flap (self->board_flap, FALSE);
  else
    _juxta_window_set_presenting (self, FALSE);
}

static void
zoom_in_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  _juxta_window_set_zoom (self, self->zoom * ZOOM_STEP);
}

static void
zoom_out_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  _juxta_window_set_zoom (self, self->zoom / ZOOM_STEP);
}

static void
zoom_reset_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _juxta_window_set_zoom (JUXTA_WINDOW (widget), 1.0);
}

static void
glossary_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  _juxta_window_show_tool (self, "glossary");
  juxta_glossary_pane_focus_search (self->glossary_pane);
}

static void
phrase_guard_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  _juxta_window_show_tool (self, "phrase-guard");
  juxta_phrase_guard_pane_focus (self->phrase_guard_pane);
}

/* ---------------------------------------------------------- interview */

static void
interview_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _juxta_window_open_interview (JUXTA_WINDOW (widget));
}

void
_juxta_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-deck", NULL, new_deck_activated);
  gtk_widget_class_install_action (widget_class, "win.edit-deck", NULL, edit_deck_activated);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "win.save-scenario", NULL, save_scenario_activated);
  gtk_widget_class_install_action (widget_class, "win.save-scenario-as", NULL, save_scenario_as_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "win.record", NULL, record_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.reset", NULL, reset_activated);
  gtk_widget_class_install_action (widget_class, "win.preset", "s", preset_activated);
  gtk_widget_class_install_action (widget_class, "win.show-errors", NULL, show_errors_activated);
  gtk_widget_class_install_action (widget_class, "win.show-deck-warnings", NULL, show_deck_warnings_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-errors", NULL, dismiss_errors_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-scenario-warning", NULL,
                                   dismiss_scenario_warning_activated);
  gtk_widget_class_install_property_action (widget_class, "win.audience", "audience");
  gtk_widget_class_install_property_action (widget_class, "win.presentation", "presenting");
  gtk_widget_class_install_property_action (widget_class, "win.tools", "tools-visible");
  gtk_widget_class_install_property_action (widget_class, "win.board", "board-visible");
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_activated);
  gtk_widget_class_install_action (widget_class, "win.glossary", NULL, glossary_activated);
  gtk_widget_class_install_action (widget_class, "win.phrase-guard", NULL, phrase_guard_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_activated);
  gtk_widget_class_install_action (widget_class, "win.interview", NULL, interview_activated);
  /* Esc leaves presentation mode; the action is off otherwise, so Esc
   * keeps its usual meaning elsewhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);
}
