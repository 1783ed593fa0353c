/* juxta-export-document.c: the document in Markdown, plain text or HTML: the
 * context, the recommendation, the comparison of facts and the glossary */

#define G_LOG_DOMAIN "juxta-export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "juxta-export-private.h"
#include "juxta-talking-points.h"

/* ------------------------------------- context and recommendation */

static char *
describe_weights (JuxtaDeck           *deck,
                  const JuxtaScenario *scenario)
{
  GString *s = g_string_new (NULL);

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    g_string_append_printf (s, "%s%s %d", p > 0 ? ", " : "",
                            juxta_deck_get_priority (deck, p)->label, scenario->weights[p]);
  return g_string_free (s, FALSE);
}

char *
_juxta_export_describe_requirements (JuxtaDeck           *deck,
                                     const JuxtaScenario *scenario)
{
  GString *s = g_string_new (NULL);

  for (guint r = 0; r < juxta_deck_get_n_requirements (deck); r++)
    if (scenario->requirements & (1u << r))
      g_string_append_printf (s, "%s%s", s->len > 0 ? "; " : "",
                              juxta_deck_get_requirement (deck, r)->label);
  if (s->len == 0)
    g_string_append (s, C_("no requirements", "none"));
  return g_string_free (s, FALSE);
}

static void
write_context (JuxtaExportWriter   *w,
               JuxtaDeck           *deck,
               const JuxtaScenario *scenario)
{
  g_autofree char *weights = describe_weights (deck, scenario);
  g_autofree char *requirements = _juxta_export_describe_requirements (deck, scenario);
  g_autofree char *audience = g_strdup_printf (_("Audience: %s"),
                                               juxta_deck_get_audience (deck, scenario->audience)->label);
  g_autofree char *priorities = g_strdup_printf (_("Priorities: %s"), weights);
  g_autofree char *musts = g_strdup_printf (_("Requirements: %s"), requirements);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  g_ptr_array_add (items, audience);
  g_ptr_array_add (items, priorities);
  g_ptr_array_add (items, musts);
  _juxta_export_write_list (w, items, FALSE);
}

/* "Amazon EKS: ruled out by …" for each option a requirement rules out. */
void
_juxta_export_add_ruled_out (GPtrArray         *items,
                             JuxtaDeck         *deck,
                             const JuxtaAdvice *advice)
{
  for (guint o = 0; o < advice->n_options; o++)
    if (advice->ruled_out_by[o] >= 0)
      {
        g_autofree char *why = juxta_describe_ruled_out (deck, advice, o);
        g_ptr_array_add (items, g_strdup_printf (_("%s: %s"), juxta_deck_get_option (deck, o)->name, why));
      }
}

static void
write_ranking (JuxtaExportWriter *w,
               JuxtaDeck         *deck,
               const JuxtaAdvice *advice)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < advice->n_ranked; i++)
    {
      guint o = advice->ranking[i];
      g_ptr_array_add (items, g_strdup_printf (_("%s: %d%%"), juxta_deck_get_option (deck, o)->name,
                                               juxta_percent (advice->scores[o])));
    }
  _juxta_export_add_ruled_out (items, deck, advice);
  _juxta_export_write_list (w, items, FALSE);
}

static char *
describe_drivers (JuxtaDeck         *deck,
                  const JuxtaAdvice *advice,
                  gboolean           positive)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < advice->n_drivers; i++)
    {
      guint index = positive ? i : advice->n_drivers - 1 - i;
      const JuxtaDriver *driver = &advice->drivers[index];

      if ((driver->contribution > 0) != positive)
        break;
      if (s->len > 0)
        g_string_append (s, ", ");
      /* Points ahead on that priority, for the leader or the runner-up:
       * a strength is never a negative number. */
      /* TRANSLATORS: a priority and how many points of score it puts its
       * option ahead: "Speed (+4.2 points)" */
      g_string_append_printf (s, _("%s (%+.1f points)"),
                              juxta_deck_get_priority (deck, driver->priority)->label,
                              fabs (driver->contribution));
    }
  return g_string_free (s, s->len == 0);
}

/* @heading, then the tipping points, or @none when there are none. */
void
_juxta_export_write_tipping_points (JuxtaExportWriter *w,
                                    JuxtaDeck         *deck,
                                    const JuxtaAdvice *advice,
                                    const char        *heading,
                                    const char        *none)
{
  g_autoptr(GPtrArray) tips = g_ptr_array_new_with_free_func (g_free);

  _juxta_export_write_heading (w, 2, heading);
  for (guint i = 0; i < advice->n_tipping_points; i++)
    g_ptr_array_add (tips, juxta_describe_tipping_point (deck, &advice->tipping_points[i]));
  if (tips->len > 0)
    _juxta_export_write_list (w, tips, FALSE);
  else
    _juxta_export_write_paragraph (w, none);
}

static void
write_recommendation (JuxtaExportWriter *w,
                      JuxtaDeck         *deck,
                      const JuxtaAdvice *advice)
{
  g_autofree char *sentence = juxta_describe_recommendation (deck, advice);
  g_autofree char *why = NULL;
  g_autofree char *against = NULL;

  _juxta_export_write_heading (w, 2, _("Recommendation"));
  _juxta_export_write_paragraph (w, sentence);
  write_ranking (w, deck, advice);

  if (advice->runner_up < 0)
    return;

  if ((why = describe_drivers (deck, advice, TRUE)) != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Why %s leads: %s."),
                                               juxta_deck_get_option (deck, (guint) advice->leader)->name, why);
      _juxta_export_write_paragraph (w, line);
    }
  if ((against = describe_drivers (deck, advice, FALSE)) != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Where %s is stronger: %s."),
                                               juxta_deck_get_option (deck, (guint) advice->runner_up)->name,
                                               against);
      _juxta_export_write_paragraph (w, line);
    }

  _juxta_export_write_tipping_points (w, deck, advice, _("What would change the answer"),
                                      _("No single slider, moved on its own, changes the leader."));
}

/* ----------------------------------------------- comparison, glossary */

/* A fact in a table cell: several texts are bullets (Markdown, where a
 * cell holds one line) or a list (HTML). */
static void
write_fact_cell (JuxtaExportWriter *w,
                 const char *const *fact)
{
  _juxta_export_write_cell_start (w);
  if (fact == NULL)
    g_string_append (w->out, "—");
  else if (!_juxta_export_fact_is_list (fact))
    _juxta_export_write_cell_text (w, fact[0]);
  else if (w->format == JUXTA_EXPORT_HTML)
    {
      g_string_append (w->out, "<ul>");
      for (guint i = 0; fact[i] != NULL; i++)
        {
          g_string_append (w->out, "<li>");
          _juxta_export_append_html (w->out, fact[i]);
          g_string_append (w->out, "</li>");
        }
      g_string_append (w->out, "</ul>");
    }
  else
    for (guint i = 0; fact[i] != NULL; i++)
      {
        g_string_append (w->out, i > 0 ? "<br>• " : "• ");
        _juxta_export_append_markdown_cell (w->out, fact[i]);
      }
  _juxta_export_write_cell_end (w);
}

/* Markdown and HTML: a table, dimensions as rows, options as columns. */
static void
write_comparison_table (JuxtaExportWriter *w,
                        JuxtaDeck         *deck)
{
  _juxta_export_write_table_start (w, deck, "comparison");
  for (guint d = 0; d < juxta_deck_get_n_dimensions (deck); d++)
    {
      _juxta_export_write_row_start (w, juxta_deck_get_dimension (deck, d)->label);
      for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
        write_fact_cell (w, juxta_deck_get_option (deck, o)->facts[d]);
      _juxta_export_write_row_end (w);
    }
  _juxta_export_write_table_end (w);
}

static void
write_comparison_text (JuxtaExportWriter *w,
                       JuxtaDeck         *deck)
{
  for (guint d = 0; d < juxta_deck_get_n_dimensions (deck); d++)
    {
      g_string_append_printf (w->out, "%s\n", juxta_deck_get_dimension (deck, d)->label);
      for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
        {
          const char *const *fact = juxta_deck_get_option (deck, o)->facts[d];

          g_string_append_printf (w->out, "- %s:", juxta_deck_get_option (deck, o)->name);
          if (fact == NULL)
            g_string_append (w->out, " —\n");
          else if (!_juxta_export_fact_is_list (fact))
            g_string_append_printf (w->out, " %s\n", fact[0]);
          else
            {
              g_string_append_c (w->out, '\n');
              for (guint i = 0; fact[i] != NULL; i++)
                g_string_append_printf (w->out, "  - %s\n", fact[i]);
            }
        }
      g_string_append_c (w->out, '\n');
    }
}

/* Every option's facts, one row per dimension, options in deck order. */
static void
write_comparison (JuxtaExportWriter *w,
                  JuxtaDeck         *deck)
{
  _juxta_export_write_heading (w, 2, _("Comparison"));
  if (juxta_deck_get_n_dimensions (deck) == 0)
    {
      _juxta_export_write_paragraph (w, _("The deck compares no facts side by side."));
      return;
    }
  if (w->format == JUXTA_EXPORT_MARKDOWN || w->format == JUXTA_EXPORT_HTML)
    write_comparison_table (w, deck);
  else
    write_comparison_text (w, deck);
}

static void
write_glossary (JuxtaExportWriter *w,
                JuxtaDeck         *deck)
{
  guint n = juxta_deck_get_n_terms (deck);

  _juxta_export_write_heading (w, 2, _("Glossary"));
  if (n == 0)
    {
      _juxta_export_write_paragraph (w, _("The deck has no glossary."));
      return;
    }
  if (w->format == JUXTA_EXPORT_HTML)
    g_string_append (w->out, "<dl>\n");
  for (guint i = 0; i < n; i++)
    {
      const JuxtaTerm *term = juxta_deck_get_term (deck, i);

      switch (w->format)
        {
        case JUXTA_EXPORT_HTML:
          g_string_append (w->out, "<dt>");
          _juxta_export_append_html (w->out, term->term);
          g_string_append (w->out, "</dt><dd>");
          _juxta_export_append_html (w->out, term->definition);
          g_string_append (w->out, "</dd>\n");
          break;
        case JUXTA_EXPORT_MARKDOWN:
          g_string_append (w->out, "- **");
          _juxta_export_append_markdown_inline (w->out, term->term);
          g_string_append (w->out, "**: ");
          _juxta_export_append_markdown_inline (w->out, term->definition);
          g_string_append_c (w->out, '\n');
          break;
        default:
          g_string_append_printf (w->out, "- %s: %s\n", term->term, term->definition);
          break;
        }
    }
  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</dl>\n" : "\n");
}

/* ---------------------------------------------------- the document */

static const char html_style[] =
  "body{font-family:system-ui,-apple-system,'Cantarell','Segoe UI',sans-serif;line-height:1.5;"
  "color:#1e1e1e;background:#fafafa;margin:0}"
  "main{max-width:46em;margin:2em auto;padding:0 1.5em}"
  "h1{font-size:1.8em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.6em;"
  "border-bottom:1px solid #ddd;padding-bottom:.2em}"
  ".subtitle{color:#555;margin-top:0}li{margin:.25em 0}a{color:#1c71d8}"
  ".comparison{overflow-x:auto}table{border-collapse:collapse}"
  "th,td{border:1px solid #ddd;padding:.35em .6em;text-align:left;vertical-align:top}"
  "td ul{margin:0;padding-left:1.2em}dt{font-weight:600}dd{margin:0 0 .6em 1.5em}"
  "@media (prefers-color-scheme:dark){body{color:#eee;background:#242424}"
  "h2,th,td{border-color:#444}.subtitle{color:#aaa}a{color:#78aeed}}";

static void
write_document_start (JuxtaExportWriter *w,
                      JuxtaDeck         *deck)
{
  const char *subtitle = juxta_deck_get_subtitle (deck);

  if (w->format == JUXTA_EXPORT_HTML)
    {
      g_string_append (w->out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<title>");
      _juxta_export_append_html (w->out, juxta_deck_get_title (deck));
      g_string_append_printf (w->out, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", html_style);
    }

  _juxta_export_write_heading (w, 1, juxta_deck_get_title (deck));
  if (subtitle != NULL && w->format == JUXTA_EXPORT_HTML)
    {
      g_string_append (w->out, "<p class=\"subtitle\">");
      _juxta_export_append_html (w->out, subtitle);
      g_string_append (w->out, "</p>\n");
    }
  else if (subtitle != NULL)
    _juxta_export_write_paragraph (w, subtitle);
}

static void
write_weights_origin (JuxtaExportWriter       *w,
                      const JuxtaExportExtras *extras,
                      const JuxtaExportGroup  *group)
{
  g_autofree char *sentence = NULL;

  if (group != NULL)
    sentence = _juxta_export_describe_group (group);
  else if (_juxta_export_get_interview (extras) != NULL)
    sentence = _juxta_export_describe_interview (_juxta_export_get_interview (extras));
  if (sentence != NULL)
    _juxta_export_write_paragraph (w, sentence);
}

/* The sections in a fixed order, the sources last. */
char *
_juxta_export_render_document (JuxtaDeck               *deck,
                               const JuxtaScenario     *scenario,
                               const JuxtaAdvice       *advice,
                               GPtrArray               *points,
                               JuxtaExportFormat        format,
                               const JuxtaExportExtras *extras,
                               const JuxtaExportGroup  *group)
{
  JuxtaExportWriter w = { g_string_new (NULL), format };
  JuxtaExportSections sections = _juxta_export_get_sections (extras);

  write_document_start (&w, deck);
  /* The audience, weights and requirements that the advice is for, and
   * where the weights came from. */
  if (sections & (JUXTA_EXPORT_SECTION_RECOMMENDATION | JUXTA_EXPORT_SECTION_TALKING_POINTS))
    {
      write_context (&w, deck, scenario);
      write_weights_origin (&w, extras, group);
    }
  if (sections & JUXTA_EXPORT_SECTION_RECOMMENDATION)
    write_recommendation (&w, deck, advice);
  if ((sections & JUXTA_EXPORT_SECTION_RECOMMENDATION) && group != NULL)
    _juxta_export_write_who_prefers (&w, deck, group);
  if (sections & JUXTA_EXPORT_SECTION_TALKING_POINTS)
    {
      _juxta_export_write_heading (&w, 2, _("Talking points"));
      _juxta_export_write_list (&w, points, TRUE);
    }
  if (sections & JUXTA_EXPORT_SECTION_COMPARISON)
    write_comparison (&w, deck);
  if (sections & JUXTA_EXPORT_SECTION_GLOSSARY)
    write_glossary (&w, deck);
  if (sections & JUXTA_EXPORT_SECTION_SOURCES)
    _juxta_export_write_sources (&w, deck);

  if (format == JUXTA_EXPORT_HTML)
    g_string_append (w.out, "</main>\n</body>\n</html>\n");
  else
    _juxta_export_trim_blank_lines (w.out);

  return g_string_free (w.out, FALSE);
}
