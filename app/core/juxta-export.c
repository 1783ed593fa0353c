/* juxta-export.c: the advice as a document: formats, sections, and what
 * renders it (the parts are in juxta-export-*.c: see juxta-export-private.h) */

#define G_LOG_DOMAIN "juxta-export"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-export.h"
#include "juxta-export-private.h"
#include "juxta-talking-points.h"

static const struct {
  const char *name;
  const char *extension;
} formats[] = {
  [JUXTA_EXPORT_MARKDOWN] = { "markdown", "md" },
  [JUXTA_EXPORT_TEXT]     = { "text", "txt" },
  [JUXTA_EXPORT_HTML]     = { "html", "html" },
  [JUXTA_EXPORT_JSON]     = { "json", "json" },
};

gboolean
juxta_export_format_from_string (const char        *name,
                                 JuxtaExportFormat *format)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (name, formats[i].name))
      {
        *format = (JuxtaExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
juxta_export_format_to_string (JuxtaExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);
  return formats[format].name;
}

const char *
juxta_export_format_extension (JuxtaExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);
  return formats[format].extension;
}

G_DEFINE_QUARK (juxta-export-error-quark, juxta_export_error)

static const struct {
  const char          *name;
  JuxtaExportSections  section;
} section_names[] = {
  { "recommendation", JUXTA_EXPORT_SECTION_RECOMMENDATION },
  { "talking-points", JUXTA_EXPORT_SECTION_TALKING_POINTS },
  { "comparison",     JUXTA_EXPORT_SECTION_COMPARISON },
  { "glossary",       JUXTA_EXPORT_SECTION_GLOSSARY },
  { "sources",        JUXTA_EXPORT_SECTION_SOURCES },
};

/* "recommendation,comparison" or "all" (spaces around names, and empty
 * names, ignored). */
gboolean
juxta_export_sections_from_string (const char           *list,
                                   JuxtaExportSections  *sections,
                                   GError              **error)
{
  g_auto(GStrv) names = NULL;
  JuxtaExportSections found = 0;

  g_return_val_if_fail (list != NULL && sections != NULL, FALSE);

  names = g_strsplit (list, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      guint s;

      if (name[0] == '\0')
        continue;
      if (g_str_equal (name, "all"))
        {
          found |= JUXTA_EXPORT_SECTIONS_ALL;
          continue;
        }
      for (s = 0; s < G_N_ELEMENTS (section_names) && !g_str_equal (name, section_names[s].name); s++)
        ;
      if (s == G_N_ELEMENTS (section_names))
        {
          g_set_error (error, JUXTA_EXPORT_ERROR, JUXTA_EXPORT_ERROR_UNKNOWN_SECTION,
                       _("unknown section \"%s\" (known: recommendation, talking-points, comparison, "
                         "glossary, sources, all)"), name);
          return FALSE;
        }
      found |= section_names[s].section;
    }
  if (found == 0)
    {
      g_set_error_literal (error, JUXTA_EXPORT_ERROR, JUXTA_EXPORT_ERROR_UNKNOWN_SECTION,
                           _("no section named (known: recommendation, talking-points, comparison, "
                             "glossary, sources, all)"));
      return FALSE;
    }
  *sections = found;
  return TRUE;
}

/* The names of @sections, in document order, separated by commas: what
 * juxta_export_sections_from_string () reads back. */
char *
juxta_export_sections_to_string (JuxtaExportSections sections)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (section_names); i++)
    if (sections & section_names[i].section)
      g_string_append_printf (s, "%s%s", s->len > 0 ? "," : "", section_names[i].name);
  return g_string_free (s, FALSE);
}

char *
juxta_export_render_sections (JuxtaDeck           *deck,
                              const JuxtaScenario *scenario,
                              JuxtaExportFormat    format,
                              JuxtaExportSections  sections)
{
  JuxtaExportExtras extras = { .sections = sections };

  return juxta_export_render_with (deck, scenario, format, &extras);
}

char *
juxta_export_render_with (JuxtaDeck               *deck,
                          const JuxtaScenario     *scenario,
                          JuxtaExportFormat        format,
                          const JuxtaExportExtras *extras)
{
  g_autoptr(JuxtaAdvice) own_advice = NULL;
  g_autoptr(GPtrArray) points = NULL;
  g_auto(JuxtaExportGroup) group = { NULL, NULL };
  const JuxtaAdvice *advice;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);
  g_return_val_if_fail (extras == NULL || extras->stakeholders != NULL || extras->n_stakeholders == 0, NULL);

  if (extras != NULL && extras->n_stakeholders > 0)
    {
      group.people = extras->stakeholders;
      group.consensus = juxta_consensus_new (deck, scenario, extras->stakeholders, extras->n_stakeholders);
      scenario = &group.consensus->scenario;
      advice = group.consensus->advice;
      points = juxta_talking_points_compose_consensus (deck, group.consensus, group.people);
    }
  else
    {
      advice = own_advice = juxta_advice_new (deck, scenario);
      points = juxta_talking_points_compose (deck, scenario, advice);
    }

  if (format == JUXTA_EXPORT_JSON)
    return _juxta_export_render_json (deck, scenario, advice, points, extras,
                                      group.consensus != NULL ? &group : NULL);
  return _juxta_export_render_document (deck, scenario, advice, points, format, extras,
                                        group.consensus != NULL ? &group : NULL);
}

char *
juxta_export_render (JuxtaDeck           *deck,
                     const JuxtaScenario *scenario,
                     JuxtaExportFormat    format)
{
  return juxta_export_render_with (deck, scenario, format, NULL);
}

/* -------------------------------------------------------- the clipboard */

char *
juxta_export_talking_points_text (GPtrArray *points)
{
  JuxtaExportWriter w = { g_string_new (NULL), JUXTA_EXPORT_TEXT };

  g_return_val_if_fail (points != NULL, NULL);

  _juxta_export_write_list (&w, points, TRUE);
  if (w.out->len > 0)
    g_string_truncate (w.out, w.out->len - 1);   /* the list's trailing blank line */
  return g_string_free (w.out, FALSE);
}

char *
juxta_export_talking_points_html (GPtrArray *points)
{
  JuxtaExportWriter w = { g_string_new (NULL), JUXTA_EXPORT_HTML };

  g_return_val_if_fail (points != NULL, NULL);

  _juxta_export_write_list (&w, points, TRUE);
  return g_string_free (w.out, FALSE);
}
