/* juxta-window-export.c: Export and Copy, and what they include
 *
 * Both write the document the core renders (juxta_export_render_with ())
 * with the parts the "export-sections" setting names: Export to a file,
 * in Markdown, plain text or HTML; Copy to the clipboard, as plain text
 * and HTML.  The "include.*" actions are the setting's check items, beside
 * Export and Copy in the talking points' pane, shared by every window.
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-file-dialog.h"
#include "juxta-window-private.h"

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
JuxtaExportSections
_juxta_window_get_export_sections (JuxtaWindow *self)
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
 * always have something to write (their own actions follow the setting
 * too: _juxta_window_update_actions ()). */
static void
update_section_actions (JuxtaWindow *self)
{
  JuxtaExportSections sections = _juxta_window_get_export_sections (self);

  for (guint i = 0; self->include_actions != NULL && i < G_N_ELEMENTS (export_sections); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->include_actions), export_sections[i].name);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), sections != export_sections[i].section);
    }
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
_juxta_window_export_init (JuxtaWindow *self)
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
void
_juxta_window_copy (JuxtaWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  JuxtaExportSections sections = _juxta_window_get_export_sections (self);
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
  extras.sections = _juxta_window_get_export_sections (self);
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

/* Asks where to export, and in which format (the file's name or the
 * filter chosen says). */
void
_juxta_window_export (JuxtaWindow *self)
{
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
