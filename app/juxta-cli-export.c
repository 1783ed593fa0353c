/* juxta-cli-export.c: --export: a document or a decision record, to standard
 * output or a file */

#define G_LOG_DOMAIN "juxta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "juxta-cli-private.h"

/* Where the weights came from, for the export; NULL without answers. */
static JuxtaExportInterview *
export_interview (JuxtaDeck           *deck,
                  const JuxtaScenario *scenario,
                  GArray              *answers)
{
  if (answers == NULL || answers->len == 0)
    return NULL;
  return juxta_export_interview_new ((const JuxtaInterviewAnswer *) (gpointer) answers->data, answers->len,
                                     juxta_deck_get_n_priorities (deck), scenario->weights);
}

/* --------------------------------------------------------------- export */

static int
write_document (JuxtaCliOptions *o,
                const char      *document)
{
  g_autoptr(GError) error = NULL;

  if (o->output == NULL)
    {
      fputs (document, stdout);
      if (fflush (stdout) != 0 || ferror (stdout))
        {
          g_printerr (_("juxta: could not write the export to standard output\n"));
          return EXIT_FAILED;
        }
      return EXIT_OK;
    }
  if (!juxta_export_save (o->output, document, strlen (document), &error))
    {
      g_printerr ("juxta: %s\n", error->message);
      return EXIT_FAILED;
    }
  return EXIT_OK;
}

/* The decision record: the chosen option (by default the leader), who was
 * there and why, with today's date. */
static int
render_record (JuxtaCliOptions             *o,
               JuxtaDeck                   *deck,
               const JuxtaScenario         *scenario,
               const JuxtaExportInterview  *interview,
               GPtrArray                   *stakeholders,
               char                       **document)
{
  g_autofree char *date = juxta_export_today ();
  JuxtaDecision decision = { 0, o->attendees, o->rationale, date, o->scenario, interview,
                             stakeholders != NULL ? (JuxtaStakeholder *const *) stakeholders->pdata : NULL,
                             stakeholders != NULL ? stakeholders->len : 0 };

  if (o->chose != NULL)
    {
      int option = juxta_deck_find_option (deck, o->chose);
      if (option < 0)
        {
          g_autofree char *known = juxta_deck_list_option_ids (deck);
          return _juxta_cli_usage_error (_("unknown option \"%s\" in --chose (known: %s)"),
                                         o->chose, known);
        }
      decision.chosen = (guint) option;
    }
  else
    {
      g_autoptr(JuxtaAdvice) advice = juxta_advice_new (deck, scenario);
      decision.chosen = advice->leader >= 0 ? (guint) advice->leader : 0;
    }
  *document = juxta_export_decision_record (deck, scenario, &decision);
  return EXIT_OK;
}

/* --sections LIST: which parts of the document (not for a record). */
static int
parse_sections (JuxtaCliOptions     *o,
                gboolean             record,
                JuxtaExportSections *sections)
{
  g_autoptr(GError) error = NULL;

  if (o->sections == NULL)
    return EXIT_OK;
  if (record)
    return _juxta_cli_usage_error (_("--sections does not go with --export record"));
  if (!juxta_export_sections_from_string (o->sections, sections, &error))
    return _juxta_cli_usage_error (_("--sections: %s"), error->message);
  return EXIT_OK;
}

/* Which document, and which parts of it. */
static int
check_export_options (JuxtaCliOptions     *o,
                      gboolean             record,
                      JuxtaExportFormat   *format,
                      JuxtaExportSections *sections)
{
  if (!record && !juxta_export_format_from_string (o->export_format, format))
    return _juxta_cli_usage_error (_("unknown export format \"%s\" (known: markdown, text, html, json, "
                                     "record)"), o->export_format);
  if (!record && (o->chose != NULL || o->rationale != NULL || o->attendees != NULL))
    return _juxta_cli_usage_error (_("--chose, --rationale and --attendees only go with --export "
                                     "record"));
  return parse_sections (o, record, sections);
}

static char *
render_document (JuxtaDeck                  *deck,
                 const JuxtaScenario        *scenario,
                 JuxtaExportFormat           format,
                 JuxtaExportSections         sections,
                 const JuxtaExportInterview *interview,
                 GPtrArray                  *stakeholders)
{
  JuxtaExportExtras extras = {
    .interview = interview,
    .sections = sections,
    .stakeholders = stakeholders != NULL ? (JuxtaStakeholder *const *) stakeholders->pdata : NULL,
    .n_stakeholders = stakeholders != NULL ? stakeholders->len : 0,
  };

  return juxta_export_render_with (deck, scenario, format, &extras);
}

int
_juxta_cli_run_export (JuxtaCliOptions *o)
{
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autoptr(GArray) answers = NULL;
  g_autoptr(GPtrArray) stakeholders = NULL;
  g_autoptr(JuxtaExportInterview) interview = NULL;
  g_autofree char *document = NULL;
  gboolean record = g_str_equal (o->export_format, "record");
  JuxtaExportFormat format = JUXTA_EXPORT_MARKDOWN;
  JuxtaExportSections sections = JUXTA_EXPORT_SECTIONS_DEFAULT;
  JuxtaScenario scenario;
  int status;

  if ((status = check_export_options (o, record, &format, &sections)) != EXIT_OK ||
      (status = _juxta_cli_load_scenario (o, &deck, &scenario, &answers, &stakeholders)) != EXIT_OK)
    return status;
  interview = export_interview (deck, &scenario, answers);
  if (record)
    status = render_record (o, deck, &scenario, interview, stakeholders, &document);
  else
    document = render_document (deck, &scenario, format, sections, interview, stakeholders);
  if (status != EXIT_OK)
    return status;
  return write_document (o, document);
}
