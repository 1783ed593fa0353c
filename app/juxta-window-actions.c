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
#include "juxta-paths.h"
#include "juxta-print.h"
#include "juxta-record-dialog.h"
#include "juxta-scenario-dialog.h"
#include "juxta-starter-deck.h"
#include "juxta-window-private.h"

#define ZOOM_STEP 1.1

static JuxtaExportSections chosen_sections (JuxtaWindow *self);

void
_juxta_window_update_actions (JuxtaWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  gboolean have_deck = deck != NULL;

  gtk_widget_action_set_enabled (widget, "win.reload", have_deck && juxta_deck_get_path (deck) != NULL);
  gtk_widget_action_set_enabled (widget, "win.edit-deck", have_deck && juxta_deck_get_path (deck) != NULL);
  gtk_widget_action_set_enabled (widget, "win.save-scenario", have_deck);
  gtk_widget_action_set_enabled (widget, "win.save-scenario-as", have_deck);
  gtk_widget_action_set_enabled (widget, "win.export", have_deck && chosen_sections (self) != 0);
  gtk_widget_action_set_enabled (widget, "win.copy", have_deck && chosen_sections (self) != 0);
  /* With stakeholders, they move the selected person's sliders: none while everyone is. */
  gtk_widget_action_set_enabled (widget, "win.reset", juxta_session_get_weights_editable (self->session));
  gtk_widget_action_set_enabled (widget, "win.preset", juxta_session_get_weights_editable (self->session) &&
                                                       juxta_deck_get_n_presets (deck) > 0);
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

/* ---------------------------------------------------------- new deck */

static char *
render_starter_deck (const char  *path,
                     GError     **error)
{
  g_autofree char *id = juxta_starter_deck_make_id_for_file (path);
  g_autofree char *today = juxta_export_today ();
  g_autofree char *schema = juxta_paths_deck_json_schema ();
  g_autofree char *schema_uri = g_filename_to_uri (schema, NULL, NULL);
  JuxtaStarterDeckSpec spec = { id, NULL, NULL, today, schema_uri };

  return juxta_starter_deck_render (&spec, error);
}

static void
deck_created (JuxtaWindow *self,
              const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);
  /* TRANSLATORS: a toast after New Deck… "New deck “my-deck.json”: …" */
  g_autofree char *message = g_strdup_printf (_("New deck “%s”: edit it in any text editor, and the window "
                                                "follows each save"), name);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("Open in _Editor"));
  adw_toast_set_action_name (toast, "win.edit-deck");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Writes a starter deck (juxta --new's) to @file, which must not exist,
 * and opens it: editing it in a text editor is then a live preview.  An
 * existing file is left as it is, and the bar says so. */
gboolean
juxta_window_new_deck_at (JuxtaWindow  *self,
                          GFile        *file,
                          GError      **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *deck = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (JUXTA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* A deck is a .json file: the open dialog and editors look for that. */
  if (path != NULL && strchr (base, '.') == NULL)
    {
      char *with_suffix = g_strconcat (path, ".json", NULL);

      g_free (path);
      path = with_suffix;
    }
  if (path == NULL)
    g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Could not create the deck: only local files can be written"));
  else if ((deck = render_starter_deck (path, &local_error)) != NULL)
    juxta_export_save_new (path, deck, strlen (deck), &local_error);
  if (local_error != NULL)
    {
      g_autofree char *name = path != NULL ? g_path_get_basename (path) : NULL;
      g_autofree char *summary = NULL;

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        /* TRANSLATORS: New Deck… was given a file that exists */
        summary = g_strdup_printf (_("“%s” already exists, and a new deck never replaces a file: it was left "
                                     "as it was. Choose another name, or open that deck with Open…"), name);
      _juxta_window_show_errors (self, summary != NULL ? summary : local_error->message, NULL, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!juxta_window_load_deck (self, path, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  _juxta_window_remember_recent (self, path);
  deck_created (self, path);
  return TRUE;
}

static void
new_deck_chosen (GFile         *file,
                 GtkFileFilter *filter,
                 gpointer       self)
{
  juxta_window_new_deck_at (self, file, NULL);
}

/* Asks where the new deck goes; the file chooser offers to replace an
 * existing file, which New Deck then refuses (GTK 4.8's chooser cannot be
 * told not to ask). */
static void
new_deck_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  GtkFileChooserNative *dialog;

  if (self->chosen_file != NULL)
    {
      juxta_window_new_deck_at (self, self->chosen_file, NULL);
      return;
    }
  dialog = juxta_file_dialog_new (GTK_WINDOW (self), _("New Deck"), GTK_FILE_CHOOSER_ACTION_SAVE, _("C_reate"));
  juxta_file_dialog_add_filter (dialog, _("Juxta decks (JSON)"), "*.json");
  /* TRANSLATORS: the file name New Deck… suggests; the deck's id is made from it */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("My deck.json"));
  juxta_file_dialog_run (dialog, new_deck_chosen, self);
}

/* The deck's file, in the application that opens such files: with the
 * window following each save, a live preview. */
static void
edit_deck_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autoptr(GError) error = NULL;

  if (deck == NULL || juxta_deck_get_path (deck) == NULL)
    return;
  file = g_file_new_for_path (juxta_deck_get_path (deck));
  uri = g_file_get_uri (file);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  if (!g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* TRANSLATORS: "Could not open “deck.json”: <reason>" */
      g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);

      _juxta_window_toast (self, message);
    }
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

/* ------------------------------------- what Export and Copy include */

/* The parts of the document, as the settings and juxta --sections name
 * them, and as the toast after Copy lists them. */
static const struct
{
  JuxtaExportSections  section;
  const char          *name;
  const char          *label;
} export_sections[] = {
  { JUXTA_EXPORT_SECTION_RECOMMENDATION, "recommendation", NC_("export section", "the recommendation") },
  { JUXTA_EXPORT_SECTION_TALKING_POINTS, "talking-points", NC_("export section", "the talking points") },
  { JUXTA_EXPORT_SECTION_COMPARISON, "comparison", NC_("export section", "the comparison") },
  { JUXTA_EXPORT_SECTION_GLOSSARY, "glossary", NC_("export section", "the glossary") },
  { JUXTA_EXPORT_SECTION_SOURCES, "sources", NC_("export section", "the sources") },
};

/* What Export and Copy include now (the "export-sections" setting); 0
 * only when the setting was emptied by hand. */
static JuxtaExportSections
chosen_sections (JuxtaWindow *self)
{
  g_auto(GStrv) names = g_settings_get_strv (self->settings, "export-sections");
  g_autofree char *list = g_strjoinv (",", names);
  JuxtaExportSections sections = 0;

  if (!juxta_export_sections_from_string (list, &sections, NULL))
    return 0;
  return sections;
}

/* One check item per section ("include.comparison", …), each bound to its
 * flag in the setting: every window's items follow it. */
typedef struct
{
  GSettings  *settings;
  const char *name;
} SectionBinding;

static void
section_binding_free (gpointer data)
{
  SectionBinding *binding = data;

  g_object_unref (binding->settings);
  g_free (binding);
}

static gboolean
section_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  SectionBinding *binding = user_data;
  g_autofree const char **names = g_variant_get_strv (variant, NULL);

  g_value_set_variant (value, g_variant_new_boolean (g_strv_contains (names, binding->name)));
  return TRUE;
}

/* The setting with this flag set or cleared, the others as they are. */
static GVariant *
section_set_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  SectionBinding *binding = user_data;
  const char *name = binding->name;
  gboolean on = g_variant_get_boolean (g_value_get_variant (value));
  g_auto(GStrv) old = g_settings_get_strv (binding->settings, "export-sections");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (export_sections); i++)
    if (g_str_equal (export_sections[i].name, name) ? on : g_strv_contains ((const char *const *) old,
                                                                             export_sections[i].name))
      g_strv_builder_add (builder, export_sections[i].name);
  names = g_strv_builder_end (builder);
  return g_variant_new_strv ((const char *const *) names, -1);
}

/* A part cannot be left out when it is the only one left: Export and Copy
 * always have something to write. */
static void
update_section_actions (JuxtaWindow *self)
{
  JuxtaExportSections sections = chosen_sections (self);

  for (guint i = 0; self->include_actions != NULL && i < G_N_ELEMENTS (export_sections); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->include_actions), export_sections[i].name);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), sections != export_sections[i].section);
    }
  _juxta_window_update_actions (self);
}

static void
export_sections_changed_cb (GSettings   *settings,
                            const char  *key,
                            JuxtaWindow *self)
{
  /* Not for a window on its way out. */
  if (self->session != NULL && self->settings != NULL)
    update_section_actions (self);
}

/* The "include" actions: what Export and Copy include. */
void
_juxta_window_actions_init (JuxtaWindow *self)
{
  GSimpleActionGroup *group = g_simple_action_group_new ();

  for (guint i = 0; i < G_N_ELEMENTS (export_sections); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (export_sections[i].name, NULL,
                                                                      g_variant_new_boolean (FALSE));
      SectionBinding *binding = g_new (SectionBinding, 1);

      binding->settings = g_object_ref (self->settings);
      binding->name = export_sections[i].name;
      g_settings_bind_with_mapping (self->settings, "export-sections", action, "state", G_SETTINGS_BIND_DEFAULT,
                                    section_get_mapping, section_set_mapping, binding, section_binding_free);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (GTK_WIDGET (self), "include", G_ACTION_GROUP (group));
  self->include_actions = group;
  g_signal_connect_object (self->settings, "changed::export-sections", G_CALLBACK (export_sections_changed_cb),
                           self, 0);
  update_section_actions (self);
}

/* "the recommendation, the talking points and the sources" */
static char *
describe_sections (JuxtaExportSections sections)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (export_sections); i++)
    if (sections & export_sections[i].section)
      g_ptr_array_add (labels, (gpointer) g_dpgettext2 (GETTEXT_PACKAGE, "export section", export_sections[i].label));
  for (guint i = 0; i < labels->len; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between the parts copied, "A, B and C": ", " then " and " before the last */
        g_string_append (s, i + 1 < labels->len ? _(", ") : _(" and "));
      g_string_append (s, g_ptr_array_index (labels, i));
    }
  return g_string_free (s, FALSE);
}

/* ---------------------------------------------------- copy and export */

static void
put_on_clipboard (GtkWidget  *widget,
                  const char *text,
                  char       *html)
{
  gsize html_length = strlen (html);
  g_autoptr(GBytes) html_bytes = g_bytes_new_take (html, html_length);
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];

  /* Plain text for terminals and chat, HTML for mail and documents. */
  providers[0] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  providers[1] = gdk_content_provider_new_for_bytes ("text/html", html_bytes);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider);
}

/* Copy puts on the clipboard what Export would write, with the same
 * parts, as plain text and HTML; the talking points alone are just the
 * numbered points, ready for a chat or a mail. */
static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  JuxtaExportSections sections = chosen_sections (self);
  GPtrArray *points = juxta_session_get_talking_points (self->session);
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  g_autofree char *text = NULL;
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;

  if (deck == NULL || points == NULL || sections == 0)
    return;

  if (sections == JUXTA_EXPORT_SECTION_TALKING_POINTS)
    {
      text = juxta_export_talking_points_text (points);
      put_on_clipboard (widget, text, juxta_export_talking_points_html (points));
      _juxta_window_toast (self, _("Talking points copied"));
      return;
    }
  {
    g_autoptr(JuxtaExportInterview) interview = juxta_session_dup_export_interview (self->session);
    JuxtaExportExtras extras = { .interview = interview, .sections = sections };
    const JuxtaScenario *scenario = juxta_session_get_scenario (self->session);

    extras.stakeholders = juxta_session_get_stakeholders (self->session, &extras.n_stakeholders);

    text = juxta_export_render_with (deck, scenario, JUXTA_EXPORT_TEXT, &extras);
    put_on_clipboard (widget, text, juxta_export_render_with (deck, scenario, JUXTA_EXPORT_HTML, &extras));
  }
  what = describe_sections (sections);
  /* TRANSLATORS: "Copied the recommendation, the talking points and the sources" */
  message = g_strdup_printf (_("Copied %s"), what);
  _juxta_window_toast (self, message);
}

static JuxtaExportFormat
format_for_file (GFile         *file,
                 GtkFileFilter *filter)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *filter_format = filter != NULL ? g_object_get_data (G_OBJECT (filter), "format") : NULL;
  JuxtaExportFormat format = JUXTA_EXPORT_MARKDOWN;

  if (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm"))
    return JUXTA_EXPORT_HTML;
  if (g_str_has_suffix (name, ".txt"))
    return JUXTA_EXPORT_TEXT;
  if (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown"))
    return JUXTA_EXPORT_MARKDOWN;
  if (filter_format != NULL)
    juxta_export_format_from_string (filter_format, &format);
  return format;
}

gboolean
juxta_window_export_to_file (JuxtaWindow        *self,
                             GFile              *file,
                             JuxtaExportFormat   format,
                             GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *document = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JuxtaExportInterview) interview = NULL;
  JuxtaExportExtras extras = { NULL };

  g_return_val_if_fail (JUXTA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (juxta_session_get_deck (self->session) != NULL, FALSE);

  interview = juxta_session_dup_export_interview (self->session);
  extras.interview = interview;
  extras.sections = chosen_sections (self);
  extras.stakeholders = juxta_session_get_stakeholders (self->session, &extras.n_stakeholders);
  document = juxta_export_render_with (juxta_session_get_deck (self->session),
                                       juxta_session_get_scenario (self->session), format, &extras);
  if ((path = juxta_file_dialog_local_path (file, &local_error)) == NULL ||
      !juxta_export_save (path, document, strlen (document), &local_error))
    {
      _juxta_window_show_errors (self, local_error->message, NULL, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  name = g_file_get_basename (file);
  message = g_strdup_printf (_("Exported to “%s”"), name);
  _juxta_window_hide_errors (self);
  _juxta_window_toast (self, message);
  return TRUE;
}

static void
export_chosen (GFile         *file,
               GtkFileFilter *filter,
               gpointer       self)
{
  juxta_window_export_to_file (self, file, format_for_file (file, filter), NULL);
}

static void
add_export_filter (GtkFileChooserNative *dialog,
                   const char           *name,
                   const char           *pattern,
                   const char           *format)
{
  GtkFileFilter *filter = juxta_file_dialog_add_filter (dialog, name, pattern);

  g_object_set_data (G_OBJECT (filter), "format", (gpointer) format);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *suggested = NULL;

  if (self->chosen_file != NULL)
    {
      juxta_window_export_to_file (self, self->chosen_file, format_for_file (self->chosen_file, NULL), NULL);
      return;
    }
  dialog = juxta_file_dialog_new (GTK_WINDOW (self), _("Export"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  add_export_filter (dialog, _("Markdown"), "*.md", "markdown");
  add_export_filter (dialog, _("Plain text"), "*.txt", "text");
  add_export_filter (dialog, _("HTML document"), "*.html", "html");
  suggested = g_strdup_printf ("%s.md", juxta_deck_get_id (juxta_session_get_deck (self->session)));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  juxta_file_dialog_run (dialog, export_chosen, self);
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
