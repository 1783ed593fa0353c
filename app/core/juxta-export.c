/* juxta-export.c: the advice as a document, and writing files safely */

#define G_LOG_DOMAIN "juxta-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "juxta-export.h"
#include "juxta-json.h"
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

/* ------------------------------------------------------------ escaping */

static void
append_html_escaped (GString    *out,
                     const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    switch (*c)
      {
      case '&':  g_string_append (out, "&amp;");  break;
      case '<':  g_string_append (out, "&lt;");   break;
      case '>':  g_string_append (out, "&gt;");   break;
      case '"':  g_string_append (out, "&quot;"); break;
      case '\'': g_string_append (out, "&#39;");  break;
      default:   g_string_append_c (out, *c);     break;
      }
}

/* Deck text is literal: every character that Markdown could read as
 * formatting is escaped.  Line breaks become spaces so a text stays in its
 * paragraph, list item or table cell.  This is for text inside a line; at
 * the start of a block, append_markdown_escaped (). */
static void
append_markdown_inline (GString    *out,
                        const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    {
      if (strchr ("\\`*_[]<>#|~&!", *c) != NULL)
        g_string_append_c (out, '\\');
      if (*c == '\n' || *c == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *c);
    }
}

/* The same at the start of a block, where "-", "+", "1." and "1)" would
 * begin a list. */
static void
append_markdown_escaped (GString    *out,
                         const char *text)
{
  const char *c = text;

  while (*c == ' ' || *c == '\t')
    c++;

  /* At the start of a block, "-", "+", "1." and "1)" would begin a list. */
  if (*c == '-' || *c == '+')
    g_string_append_c (out, '\\');
  else if (g_ascii_isdigit (*c))
    {
      const char *d = c;
      while (g_ascii_isdigit (*d))
        d++;
      if (*d == '.' || *d == ')')
        {
          g_string_append_len (out, c, d - c);
          g_string_append_c (out, '\\');
          c = d;
        }
    }

  append_markdown_inline (out, c);
}

/* A table cell holds one line: line breaks become <br> (what GitHub's
 * and most Markdown tables read as one), and "|" is escaped with the rest. */
static void
append_markdown_cell_text (GString    *out,
                           const char *text)
{
  g_auto(GStrv) lines = g_strsplit_set (text, "\n", -1);
  gboolean first = TRUE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strdelimit (lines[i], "\r", ' ');
      if (!first)
        g_string_append (out, "<br>");
      first = FALSE;
      append_markdown_inline (out, lines[i]);
    }
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  juxta_json_append_string (out, text);
}

/* The shortest decimal that reads back as the same double. */
static void
append_json_number (GString *out,
                    double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
}

static gboolean
is_web_url (const char *url)
{
  return url != NULL &&
         (g_ascii_strncasecmp (url, "https://", 8) == 0 || g_ascii_strncasecmp (url, "http://", 7) == 0);
}

/* ------------------------------------------------- document, by format */

typedef struct
{
  GString           *out;
  JuxtaExportFormat  format;
} Writer;

static void
write_text (Writer     *w,
            const char *text)
{
  switch (w->format)
    {
    case JUXTA_EXPORT_MARKDOWN:
      append_markdown_escaped (w->out, text);
      break;
    case JUXTA_EXPORT_HTML:
      append_html_escaped (w->out, text);
      break;
    case JUXTA_EXPORT_TEXT:
    case JUXTA_EXPORT_JSON:
    default:
      g_string_append (w->out, text);
      break;
    }
}

static void
write_underline (Writer     *w,
                 const char *text,
                 char        c)
{
  glong n = g_utf8_strlen (text, -1);

  for (glong i = 0; i < n; i++)
    g_string_append_c (w->out, c);
  g_string_append_c (w->out, '\n');
}

static void
write_heading (Writer     *w,
               int         level,
               const char *text)
{
  switch (w->format)
    {
    case JUXTA_EXPORT_MARKDOWN:
      for (int i = 0; i < level; i++)
        g_string_append_c (w->out, '#');
      g_string_append_c (w->out, ' ');
      write_text (w, text);
      g_string_append (w->out, "\n\n");
      break;
    case JUXTA_EXPORT_HTML:
      g_string_append_printf (w->out, "<h%d>", level);
      write_text (w, text);
      g_string_append_printf (w->out, "</h%d>\n", level);
      break;
    default:
      g_string_append_printf (w->out, "%s\n", text);
      write_underline (w, text, level == 1 ? '=' : '-');
      g_string_append_c (w->out, '\n');
      break;
    }
}

static void
write_paragraph (Writer     *w,
                 const char *text)
{
  if (w->format == JUXTA_EXPORT_HTML)
    g_string_append (w->out, "<p>");
  write_text (w, text);
  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</p>\n" : "\n\n");
}

static void
write_list (Writer    *w,
            GPtrArray *items,
            gboolean   numbered)
{
  if (items->len == 0)
    return;
  if (w->format == JUXTA_EXPORT_HTML)
    g_string_append (w->out, numbered ? "<ol>\n" : "<ul>\n");

  for (guint i = 0; i < items->len; i++)
    {
      if (w->format == JUXTA_EXPORT_HTML)
        g_string_append (w->out, "<li>");
      else if (numbered)
        g_string_append_printf (w->out, "%u. ", i + 1);
      else
        g_string_append (w->out, "- ");
      write_text (w, g_ptr_array_index (items, i));
      g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</li>\n" : "\n");
    }

  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? (numbered ? "</ol>\n" : "</ul>\n") : "\n");
}

static void
write_source (Writer            *w,
              const JuxtaSource *source)
{
  gboolean link = is_web_url (source->url);

  if (w->format == JUXTA_EXPORT_HTML)
    {
      g_string_append (w->out, "<li>");
      if (link)
        {
          g_string_append (w->out, "<a href=\"");
          append_html_escaped (w->out, source->url);
          g_string_append (w->out, "\">");
        }
      append_html_escaped (w->out, source->title);
      if (link)
        g_string_append (w->out, "</a>");
    }
  else if (w->format == JUXTA_EXPORT_MARKDOWN && link)
    {
      g_string_append (w->out, "- [");
      append_markdown_escaped (w->out, source->title);
      g_string_append (w->out, "](<");
      /* "<" and ">" end an angle-bracket destination; encode them. */
      for (const char *c = source->url; *c != '\0'; c++)
        if (*c == '<' || *c == '>' || *c == ' ' || *c == '\n')
          g_string_append_printf (w->out, "%%%02X", (guchar) *c);
        else
          g_string_append_c (w->out, *c);
      g_string_append (w->out, ">)");
    }
  else
    {
      g_string_append (w->out, "- ");
      write_text (w, source->title);
      if (source->url != NULL)
        {
          g_string_append (w->out, " — ");
          write_text (w, source->url);
        }
    }

  if (source->as_of != NULL)
    {
      g_autofree char *as_of = g_strdup_printf (_("(as of %s)"), source->as_of);
      g_string_append_c (w->out, ' ');
      write_text (w, as_of);
    }
  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</li>\n" : "\n");
}

static void
write_sources (Writer    *w,
               JuxtaDeck *deck)
{
  const char *verified = juxta_deck_get_verified (deck);
  guint n = juxta_deck_get_n_sources (deck);

  write_heading (w, 2, _("Sources"));
  if (n == 0)
    write_paragraph (w, _("The deck lists no sources."));
  else
    {
      if (w->format == JUXTA_EXPORT_HTML)
        g_string_append (w->out, "<ul>\n");
      for (guint i = 0; i < n; i++)
        write_source (w, juxta_deck_get_source (deck, i));
      g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</ul>\n" : "\n");
    }

  if (verified != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Facts last verified on %s."), verified);
      write_paragraph (w, line);
    }
  else
    write_paragraph (w, _("The deck does not say when its facts were last verified."));
}

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

static char *
describe_requirements (JuxtaDeck           *deck,
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
write_context (Writer              *w,
               JuxtaDeck           *deck,
               const JuxtaScenario *scenario)
{
  g_autofree char *weights = describe_weights (deck, scenario);
  g_autofree char *requirements = describe_requirements (deck, scenario);
  g_autofree char *audience = g_strdup_printf (_("Audience: %s"),
                                               juxta_deck_get_audience (deck, scenario->audience)->label);
  g_autofree char *priorities = g_strdup_printf (_("Priorities: %s"), weights);
  g_autofree char *musts = g_strdup_printf (_("Requirements: %s"), requirements);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  g_ptr_array_add (items, audience);
  g_ptr_array_add (items, priorities);
  g_ptr_array_add (items, musts);
  write_list (w, items, FALSE);
}

static void
write_ranking (Writer            *w,
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
  for (guint o = 0; o < advice->n_options; o++)
    if (advice->ruled_out_by[o] >= 0)
      {
        g_autofree char *why = juxta_describe_ruled_out (deck, advice, o);
        g_ptr_array_add (items, g_strdup_printf (_("%s: %s"), juxta_deck_get_option (deck, o)->name, why));
      }
  write_list (w, items, FALSE);
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

static void
write_recommendation (Writer            *w,
                      JuxtaDeck         *deck,
                      const JuxtaAdvice *advice)
{
  g_autofree char *sentence = juxta_describe_recommendation (deck, advice);
  g_autofree char *why = NULL;
  g_autofree char *against = NULL;
  g_autoptr(GPtrArray) tips = g_ptr_array_new_with_free_func (g_free);

  write_heading (w, 2, _("Recommendation"));
  write_paragraph (w, sentence);
  write_ranking (w, deck, advice);

  if (advice->runner_up < 0)
    return;

  if ((why = describe_drivers (deck, advice, TRUE)) != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Why %s leads: %s."),
                                               juxta_deck_get_option (deck, (guint) advice->leader)->name, why);
      write_paragraph (w, line);
    }
  if ((against = describe_drivers (deck, advice, FALSE)) != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Where %s is stronger: %s."),
                                               juxta_deck_get_option (deck, (guint) advice->runner_up)->name,
                                               against);
      write_paragraph (w, line);
    }

  write_heading (w, 2, _("What would change the answer"));
  for (guint i = 0; i < advice->n_tipping_points; i++)
    g_ptr_array_add (tips, juxta_describe_tipping_point (deck, &advice->tipping_points[i]));
  if (tips->len > 0)
    write_list (w, tips, FALSE);
  else
    write_paragraph (w, _("No single slider, moved on its own, changes the leader."));
}

/* ----------------------------------------------- comparison, glossary */

/* Several texts are a list; one is a text, as in the window. */
static gboolean
fact_is_list (const char *const *fact)
{
  return fact != NULL && fact[0] != NULL && fact[1] != NULL;
}

static void
write_comparison_markdown (Writer    *w,
                           JuxtaDeck *deck)
{
  guint n_options = juxta_deck_get_n_options (deck);

  g_string_append (w->out, "| ");
  for (guint o = 0; o < n_options; o++)
    {
      g_string_append (w->out, "| ");
      append_markdown_cell_text (w->out, juxta_deck_get_option (deck, o)->name);
      g_string_append_c (w->out, ' ');
    }
  g_string_append (w->out, "|\n|");
  for (guint o = 0; o <= n_options; o++)
    g_string_append (w->out, " --- |");
  g_string_append_c (w->out, '\n');

  for (guint d = 0; d < juxta_deck_get_n_dimensions (deck); d++)
    {
      g_string_append (w->out, "| ");
      append_markdown_cell_text (w->out, juxta_deck_get_dimension (deck, d)->label);
      for (guint o = 0; o < n_options; o++)
        {
          const char *const *fact = juxta_deck_get_option (deck, o)->facts[d];

          g_string_append (w->out, " | ");
          if (fact == NULL)
            g_string_append (w->out, "—");
          else if (!fact_is_list (fact))
            append_markdown_cell_text (w->out, fact[0]);
          else
            for (guint i = 0; fact[i] != NULL; i++)
              {
                g_string_append (w->out, i > 0 ? "<br>• " : "• ");
                append_markdown_cell_text (w->out, fact[i]);
              }
        }
      g_string_append (w->out, " |\n");
    }
  g_string_append_c (w->out, '\n');
}

static void
write_comparison_html (Writer    *w,
                       JuxtaDeck *deck)
{
  guint n_options = juxta_deck_get_n_options (deck);

  g_string_append (w->out, "<div class=\"comparison\">\n<table>\n<thead>\n<tr><td></td>");
  for (guint o = 0; o < n_options; o++)
    {
      g_string_append (w->out, "<th scope=\"col\">");
      append_html_escaped (w->out, juxta_deck_get_option (deck, o)->name);
      g_string_append (w->out, "</th>");
    }
  g_string_append (w->out, "</tr>\n</thead>\n<tbody>\n");
  for (guint d = 0; d < juxta_deck_get_n_dimensions (deck); d++)
    {
      g_string_append (w->out, "<tr><th scope=\"row\">");
      append_html_escaped (w->out, juxta_deck_get_dimension (deck, d)->label);
      g_string_append (w->out, "</th>");
      for (guint o = 0; o < n_options; o++)
        {
          const char *const *fact = juxta_deck_get_option (deck, o)->facts[d];

          g_string_append (w->out, "<td>");
          if (fact == NULL)
            g_string_append (w->out, "—");
          else if (!fact_is_list (fact))
            append_html_escaped (w->out, fact[0]);
          else
            {
              g_string_append (w->out, "<ul>");
              for (guint i = 0; fact[i] != NULL; i++)
                {
                  g_string_append (w->out, "<li>");
                  append_html_escaped (w->out, fact[i]);
                  g_string_append (w->out, "</li>");
                }
              g_string_append (w->out, "</ul>");
            }
          g_string_append (w->out, "</td>");
        }
      g_string_append (w->out, "</tr>\n");
    }
  g_string_append (w->out, "</tbody>\n</table>\n</div>\n");
}

static void
write_comparison_text (Writer    *w,
                       JuxtaDeck *deck)
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
          else if (!fact_is_list (fact))
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
write_comparison (Writer    *w,
                  JuxtaDeck *deck)
{
  write_heading (w, 2, _("Comparison"));
  if (juxta_deck_get_n_dimensions (deck) == 0)
    {
      write_paragraph (w, _("The deck compares no facts side by side."));
      return;
    }
  switch (w->format)
    {
    case JUXTA_EXPORT_MARKDOWN:
      write_comparison_markdown (w, deck);
      break;
    case JUXTA_EXPORT_HTML:
      write_comparison_html (w, deck);
      break;
    case JUXTA_EXPORT_TEXT:
    case JUXTA_EXPORT_JSON:
    default:
      write_comparison_text (w, deck);
      break;
    }
}

static void
write_glossary (Writer    *w,
                JuxtaDeck *deck)
{
  guint n = juxta_deck_get_n_terms (deck);

  write_heading (w, 2, _("Glossary"));
  if (n == 0)
    {
      write_paragraph (w, _("The deck has no glossary."));
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
          append_html_escaped (w->out, term->term);
          g_string_append (w->out, "</dt><dd>");
          append_html_escaped (w->out, term->definition);
          g_string_append (w->out, "</dd>\n");
          break;
        case JUXTA_EXPORT_MARKDOWN:
          g_string_append (w->out, "- **");
          append_markdown_inline (w->out, term->term);
          g_string_append (w->out, "**: ");
          append_markdown_inline (w->out, term->definition);
          g_string_append_c (w->out, '\n');
          break;
        default:
          g_string_append_printf (w->out, "- %s: %s\n", term->term, term->definition);
          break;
        }
    }
  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</dl>\n" : "\n");
}

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
write_document_start (Writer    *w,
                      JuxtaDeck *deck)
{
  const char *subtitle = juxta_deck_get_subtitle (deck);

  if (w->format == JUXTA_EXPORT_HTML)
    {
      g_string_append (w->out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<title>");
      append_html_escaped (w->out, juxta_deck_get_title (deck));
      g_string_append_printf (w->out, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", html_style);
    }

  write_heading (w, 1, juxta_deck_get_title (deck));
  if (subtitle != NULL && w->format == JUXTA_EXPORT_HTML)
    {
      g_string_append (w->out, "<p class=\"subtitle\">");
      append_html_escaped (w->out, subtitle);
      g_string_append (w->out, "</p>\n");
    }
  else if (subtitle != NULL)
    write_paragraph (w, subtitle);
}

/* One trailing newline, not the blank line a block leaves. */
static void
trim_trailing_blank_lines (GString *out)
{
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}

/* ------------------------------------------------- who prefers what */

/* The people of a meeting and their consensus, for a document. */
typedef struct
{
  JuxtaStakeholder *const *people;
  JuxtaConsensus          *consensus;
} Group;

static void
group_clear (Group *group)
{
  g_clear_pointer (&group->consensus, juxta_consensus_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Group, group_clear)

/* "The weights are the consensus of 3 stakeholders: CTO, CISO, CFO." */
static char *
describe_group_origin (const Group *group)
{
  guint n = group->consensus->n_stakeholders;
  GString *names = g_string_new (NULL);
  g_autofree char *list = NULL;

  for (guint k = 0; k < n; k++)
    g_string_append_printf (names, "%s%s", k > 0 ? ", " : "", group->people[k]->name);
  list = g_string_free (names, FALSE);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The weights are the consensus of %u stakeholder: %s.",
                                       "The weights are the consensus of %u stakeholders: %s.", n), n, list);
}

/* A cell of the table: the score of @option for @advice's weights, with
 * ★ for the leader; "—" without a score (ruled out, or no weights). */
static char *
describe_cell (const JuxtaAdvice *advice,
               guint              option)
{
  g_autofree char *score = NULL;

  if (!juxta_advice_has_scores (advice) || !juxta_advice_is_eligible (advice, option))
    return g_strdup ("—");
  /* TRANSLATORS: a score in a table cell, "81%" */
  score = g_strdup_printf (C_("table cell", "%d%%"), juxta_percent (advice->scores[option]));
  if (advice->leader == (int) option)
    return g_strdup_printf ("%s ★", score);
  return g_steal_pointer (&score);
}

/* The table's rows: each person, then the consensus; each a name and a
 * cell per option (char *, owned). */
static GPtrArray *
who_prefers_rows (JuxtaDeck   *deck,
                  const Group *group)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint n_options = juxta_deck_get_n_options (deck);

  for (guint k = 0; k <= group->consensus->n_stakeholders; k++)
    {
      gboolean consensus = k == group->consensus->n_stakeholders;
      const JuxtaAdvice *advice = consensus ? group->consensus->advice : group->consensus->outcomes[k].advice;
      char **row = g_new0 (char *, n_options + 2);

      /* TRANSLATORS: the last row of "Who prefers what", the group's consensus */
      row[0] = g_strdup (consensus ? C_("stakeholders", "Consensus") : group->people[k]->name);
      for (guint o = 0; o < n_options; o++)
        row[o + 1] = describe_cell (advice, o);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static void
write_who_prefers_markdown (Writer    *w,
                            JuxtaDeck *deck,
                            GPtrArray *rows)
{
  guint n_options = juxta_deck_get_n_options (deck);

  g_string_append (w->out, "| ");
  for (guint o = 0; o < n_options; o++)
    {
      g_string_append (w->out, "| ");
      append_markdown_cell_text (w->out, juxta_deck_get_option (deck, o)->name);
      g_string_append_c (w->out, ' ');
    }
  g_string_append (w->out, "|\n|");
  for (guint o = 0; o <= n_options; o++)
    g_string_append (w->out, " --- |");
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      for (guint c = 0; row[c] != NULL; c++)
        {
          g_string_append (w->out, c == 0 ? "| " : " | ");
          append_markdown_cell_text (w->out, row[c]);
        }
      g_string_append (w->out, " |\n");
    }
  g_string_append_c (w->out, '\n');
}

static void
write_who_prefers_html (Writer    *w,
                        JuxtaDeck *deck,
                        GPtrArray *rows)
{
  g_string_append (w->out, "<div class=\"stakeholders\">\n<table>\n<thead>\n<tr><td></td>");
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    {
      g_string_append (w->out, "<th scope=\"col\">");
      append_html_escaped (w->out, juxta_deck_get_option (deck, o)->name);
      g_string_append (w->out, "</th>");
    }
  g_string_append (w->out, "</tr>\n</thead>\n<tbody>\n");
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      g_string_append (w->out, "<tr><th scope=\"row\">");
      append_html_escaped (w->out, row[0]);
      g_string_append (w->out, "</th>");
      for (guint c = 1; row[c] != NULL; c++)
        {
          g_string_append (w->out, "<td>");
          append_html_escaped (w->out, row[c]);
          g_string_append (w->out, "</td>");
        }
      g_string_append (w->out, "</tr>\n");
    }
  g_string_append (w->out, "</tbody>\n</table>\n</div>\n");
}

static void
append_padded (GString    *out,
               const char *text,
               glong       width)
{
  g_string_append (out, text);
  for (glong i = g_utf8_strlen (text, -1); i < width; i++)
    g_string_append_c (out, ' ');
}

/* Columns of text, two spaces apart, each as wide as its widest cell. */
static void
write_who_prefers_text (Writer    *w,
                        JuxtaDeck *deck,
                        GPtrArray *rows)
{
  guint n_columns = juxta_deck_get_n_options (deck) + 1;
  g_autofree glong *widths = g_new0 (glong, n_columns);

  for (guint o = 1; o < n_columns; o++)
    widths[o] = g_utf8_strlen (juxta_deck_get_option (deck, o - 1)->name, -1);
  for (guint i = 0; i < rows->len; i++)
    for (guint c = 0; c < n_columns; c++)
      widths[c] = MAX (widths[c], g_utf8_strlen (((char **) g_ptr_array_index (rows, i))[c], -1));

  for (guint i = 0; i <= rows->len; i++)
    {
      char **row = i > 0 ? g_ptr_array_index (rows, i - 1) : NULL;
      gsize start = w->out->len;

      for (guint c = 0; c < n_columns; c++)
        {
          const char *cell = row != NULL ? row[c] : c > 0 ? juxta_deck_get_option (deck, c - 1)->name : "";
          if (c > 0)
            g_string_append (w->out, "  ");
          append_padded (w->out, cell, widths[c]);
        }
      while (w->out->len > start && w->out->str[w->out->len - 1] == ' ')
        g_string_truncate (w->out, w->out->len - 1);
      g_string_append_c (w->out, '\n');
    }
  g_string_append_c (w->out, '\n');
}

/* People as rows, options as columns, each person's leader marked, the
 * consensus last; then what each person gives up, in words. */
static void
write_who_prefers (Writer      *w,
                   JuxtaDeck   *deck,
                   const Group *group)
{
  g_autoptr(GPtrArray) rows = who_prefers_rows (deck, group);
  g_autoptr(GPtrArray) regrets = g_ptr_array_new_with_free_func (g_free);

  write_heading (w, 2, _("Who prefers what"));
  switch (w->format)
    {
    case JUXTA_EXPORT_MARKDOWN:
      write_who_prefers_markdown (w, deck, rows);
      break;
    case JUXTA_EXPORT_HTML:
      write_who_prefers_html (w, deck, rows);
      break;
    case JUXTA_EXPORT_TEXT:
    case JUXTA_EXPORT_JSON:
    default:
      write_who_prefers_text (w, deck, rows);
      break;
    }
  write_paragraph (w, _("Each row scores the options under that person's own priorities, and the last row "
                        "under the consensus; ★ marks the option each row prefers."));
  for (guint k = 0; k < group->consensus->n_stakeholders; k++)
    g_ptr_array_add (regrets, juxta_describe_regret (deck, group->consensus, group->people, k));
  write_list (w, regrets, FALSE);
}

/* ------------------------------------ where the weights came from */

/* The interview's answers, their result and its status, in one block. */
typedef struct
{
  JuxtaExportInterview  interview;
  JuxtaInterviewResult  result;
  JuxtaInterviewAnswer  answers[];
} OwnedInterview;

JuxtaExportInterview *
juxta_export_interview_new (const JuxtaInterviewAnswer *answers,
                            guint                       n_answers,
                            guint                       n_priorities,
                            const int                  *weights)
{
  OwnedInterview *owned;

  g_return_val_if_fail (answers != NULL || n_answers == 0, NULL);
  g_return_val_if_fail (weights != NULL, NULL);
  g_return_val_if_fail (n_answers <= JUXTA_INTERVIEW_MAX_ANSWERS, NULL);

  if (n_answers == 0)
    return NULL;
  owned = g_malloc (sizeof *owned + n_answers * sizeof (JuxtaInterviewAnswer));
  memcpy (owned->answers, answers, n_answers * sizeof (JuxtaInterviewAnswer));
  juxta_interview_result_compute (&owned->result, n_priorities, owned->answers, n_answers);
  owned->interview.status = juxta_interview_get_status (&owned->result, weights);
  owned->interview.n_answers = n_answers;
  owned->interview.answers = owned->answers;
  owned->interview.result = &owned->result;
  return &owned->interview;
}

void
juxta_export_interview_free (JuxtaExportInterview *interview)
{
  g_free (interview);   /* the first member of its OwnedInterview */
}

static const JuxtaExportInterview *
get_interview (const JuxtaExportExtras *extras)
{
  return extras != NULL ? extras->interview : NULL;
}

static char *
format_inconsistency (double value)
{
  return g_strdup_printf ("%.2f", value);
}

/* One sentence for the documents. */
static char *
describe_weights_origin (const JuxtaExportInterview *interview)
{
  const JuxtaInterviewResult *result = interview->result;
  guint n = interview->n_answers;
  g_autofree char *inconsistency = format_inconsistency (result->inconsistency);
  g_autofree char *threshold = format_inconsistency (result->threshold);

  switch (interview->status)
    {
    case JUXTA_INTERVIEW_STATUS_APPLIED:
      if (!result->checked)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The weights come from the customer's answer to %u trade-off "
                                             "question, too few to check their consistency.",
                                             "The weights come from the customer's answers to %u trade-off "
                                             "questions, too few to check their consistency.", n), n);
      if (result->acceptable)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The weights come from the customer's answer to %u trade-off "
                                             "question, which agree (inconsistency %s, within the limit of %s).",
                                             "The weights come from the customer's answers to %u trade-off "
                                             "questions, which agree (inconsistency %s, within the limit of %s).",
                                             n), n, inconsistency, threshold);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The weights come from the customer's answer to %u trade-off "
                                           "question, some of which pull against each other (inconsistency %s, "
                                           "above the limit of %s).",
                                           "The weights come from the customer's answers to %u trade-off "
                                           "questions, some of which pull against each other (inconsistency %s, "
                                           "above the limit of %s).", n), n, inconsistency, threshold);
    case JUXTA_INTERVIEW_STATUS_OVERRIDDEN:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The weights were set by hand after the customer's answer to %u "
                                           "trade-off question, which gives other weights.",
                                           "The weights were set by hand after the customer's answers to %u "
                                           "trade-off questions, which give other weights.", n), n);
    case JUXTA_INTERVIEW_STATUS_INCOMPLETE:
    case JUXTA_INTERVIEW_STATUS_NONE:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The weights were set by hand; the customer's answer to %u "
                                           "trade-off question does not compare every priority yet.",
                                           "The weights were set by hand; the customer's answers to %u "
                                           "trade-off questions do not compare every priority yet.", n), n);
    }
}

static void
write_weights_origin (Writer                  *w,
                      const JuxtaExportExtras *extras,
                      const Group             *group)
{
  g_autofree char *sentence = NULL;

  if (group != NULL)
    sentence = describe_group_origin (group);
  else if (get_interview (extras) != NULL)
    sentence = describe_weights_origin (get_interview (extras));
  if (sentence != NULL)
    write_paragraph (w, sentence);
}

/* The decision record's line: "Weights: from 9 answers, inconsistency 0.12". */
static char *
describe_record_weights (const JuxtaExportInterview *interview)
{
  const JuxtaInterviewResult *result = interview->result;
  guint n = interview->n_answers;
  g_autofree char *inconsistency = format_inconsistency (result->inconsistency);

  switch (interview->status)
    {
    case JUXTA_INTERVIEW_STATUS_APPLIED:
      if (!result->checked)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Weights: from %u answer (too few to check their consistency)",
                                             "Weights: from %u answers (too few to check their consistency)",
                                             n), n);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Weights: from %u answer, inconsistency %s",
                                           "Weights: from %u answers, inconsistency %s", n), n, inconsistency);
    case JUXTA_INTERVIEW_STATUS_OVERRIDDEN:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Weights: set by hand, after %u answer that gives other weights",
                                           "Weights: set by hand, after %u answers that give other weights",
                                           n), n);
    case JUXTA_INTERVIEW_STATUS_INCOMPLETE:
    case JUXTA_INTERVIEW_STATUS_NONE:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Weights: set by hand (%u answer does not compare every priority yet)",
                                           "Weights: set by hand (%u answers do not compare every priority yet)",
                                           n), n);
    }
}

static void
json_answer (GString    *out,
             JuxtaDeck  *deck,
             guint       priority,
             guint       other,
             const char *ratio_key,
             double      ratio)
{
  g_string_append (out, "{\"priority\": ");
  append_json_string (out, juxta_deck_get_priority (deck, priority)->id);
  g_string_append (out, ", \"other\": ");
  append_json_string (out, juxta_deck_get_priority (deck, other)->id);
  g_string_append_printf (out, ", \"%s\": ", ratio_key);
  append_json_number (out, ratio);
}

/* The JSON export's "interview": the answers, each with the preferred
 * priority first, the inconsistency in full precision, and the worst
 * answer with what the whole implies. */
static void
json_interview (GString                    *out,
                JuxtaDeck                  *deck,
                const JuxtaExportInterview *interview)
{
  const JuxtaInterviewResult *result = interview->result;

  g_string_append (out, "{\n    \"answers\": [");
  for (guint k = 0; k < interview->n_answers; k++)
    {
      const JuxtaInterviewAnswer *answer = &interview->answers[k];

      g_string_append (out, k > 0 ? ",\n      " : "\n      ");
      json_answer (out, deck, answer->priority, answer->other, "ratio", answer->ratio);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n    ],\n    \"inconsistency\": ");
  append_json_number (out, result->checked ? result->inconsistency : 0);
  g_string_append_printf (out, ",\n    \"checked\": %s,\n    \"acceptable\": %s",
                          result->checked ? "true" : "false", result->acceptable ? "true" : "false");
  if (result->checked && result->worst >= 0)
    {
      const JuxtaInterviewAnswer *worst = &interview->answers[result->worst];

      g_string_append (out, ",\n    \"worst\": ");
      json_answer (out, deck, worst->priority, worst->other, "answered", worst->ratio);
      g_string_append (out, ", \"implied\": ");
      append_json_number (out, result->worst_implied);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n  }");
}

static gboolean
interview_applied (const JuxtaExportExtras *extras)
{
  return get_interview (extras) != NULL && get_interview (extras)->status == JUXTA_INTERVIEW_STATUS_APPLIED;
}

/* The sections asked for; none said means the default ones. */
static JuxtaExportSections
get_sections (const JuxtaExportExtras *extras)
{
  if (extras == NULL || extras->sections == 0)
    return JUXTA_EXPORT_SECTIONS_DEFAULT;
  return extras->sections;
}

/* The sections in a fixed order, the sources last. */
static char *
render_document (JuxtaDeck               *deck,
                 const JuxtaScenario     *scenario,
                 const JuxtaAdvice       *advice,
                 GPtrArray               *points,
                 JuxtaExportFormat        format,
                 const JuxtaExportExtras *extras,
                 const Group             *group)
{
  Writer w = { g_string_new (NULL), format };
  JuxtaExportSections sections = get_sections (extras);

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
    write_who_prefers (&w, deck, group);
  if (sections & JUXTA_EXPORT_SECTION_TALKING_POINTS)
    {
      write_heading (&w, 2, _("Talking points"));
      write_list (&w, points, TRUE);
    }
  if (sections & JUXTA_EXPORT_SECTION_COMPARISON)
    write_comparison (&w, deck);
  if (sections & JUXTA_EXPORT_SECTION_GLOSSARY)
    write_glossary (&w, deck);
  if (sections & JUXTA_EXPORT_SECTION_SOURCES)
    write_sources (&w, deck);

  if (format == JUXTA_EXPORT_HTML)
    g_string_append (w.out, "</main>\n</body>\n</html>\n");
  else
    trim_trailing_blank_lines (w.out);

  return g_string_free (w.out, FALSE);
}

/* ---------------------------------------------------------------- JSON */

static void
json_key (GString    *out,
          const char *key,
          gboolean   *first)
{
  g_string_append (out, *first ? "\n  " : ",\n  ");
  *first = FALSE;
  append_json_string (out, key);
  g_string_append (out, ": ");
}

static void
json_weights (GString             *out,
              JuxtaDeck           *deck,
              const JuxtaScenario *scenario)
{
  g_string_append_c (out, '{');
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    {
      if (p > 0)
        g_string_append (out, ", ");
      append_json_string (out, juxta_deck_get_priority (deck, p)->id);
      g_string_append_printf (out, ": %d", scenario->weights[p]);
    }
  g_string_append_c (out, '}');
}

static void
json_requirements (GString             *out,
                   JuxtaDeck           *deck,
                   const JuxtaScenario *scenario)
{
  gboolean first = TRUE;

  g_string_append_c (out, '[');
  for (guint r = 0; r < juxta_deck_get_n_requirements (deck); r++)
    if (scenario->requirements & (1u << r))
      {
        if (!first)
          g_string_append (out, ", ");
        first = FALSE;
        append_json_string (out, juxta_deck_get_requirement (deck, r)->id);
      }
  g_string_append_c (out, ']');
}

static void
json_ranking (GString           *out,
              JuxtaDeck         *deck,
              const JuxtaAdvice *advice)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < advice->n_ranked; i++)
    {
      const JuxtaOption *option = juxta_deck_get_option (deck, advice->ranking[i]);

      g_string_append (out, i > 0 ? ",\n    {\"option\": " : "\n    {\"option\": ");
      append_json_string (out, option->id);
      g_string_append (out, ", \"name\": ");
      append_json_string (out, option->name);
      g_string_append (out, ", \"score\": ");
      append_json_number (out, advice->scores[advice->ranking[i]]);
      g_string_append_c (out, '}');
    }
  g_string_append (out, advice->n_ranked > 0 ? "\n  ]" : "]");
}

static void
json_excluded (GString           *out,
               JuxtaDeck         *deck,
               const JuxtaAdvice *advice)
{
  gboolean first = TRUE;

  g_string_append_c (out, '[');
  for (guint o = 0; o < advice->n_options; o++)
    {
      if (advice->ruled_out_by[o] < 0)
        continue;
      g_string_append (out, first ? "{\"option\": " : ", {\"option\": ");
      first = FALSE;
      append_json_string (out, juxta_deck_get_option (deck, o)->id);
      g_string_append (out, ", \"requirement\": ");
      append_json_string (out, juxta_deck_get_requirement (deck, (guint) advice->ruled_out_by[o])->id);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
json_drivers (GString           *out,
              JuxtaDeck         *deck,
              const JuxtaAdvice *advice)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < advice->n_drivers; i++)
    {
      g_string_append (out, i > 0 ? ", {\"priority\": " : "{\"priority\": ");
      append_json_string (out, juxta_deck_get_priority (deck, advice->drivers[i].priority)->id);
      g_string_append (out, ", \"contribution\": ");
      append_json_number (out, advice->drivers[i].contribution);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
json_tipping_points (GString           *out,
                     JuxtaDeck         *deck,
                     const JuxtaAdvice *advice)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < advice->n_tipping_points; i++)
    {
      const JuxtaTippingPoint *tp = &advice->tipping_points[i];

      g_string_append (out, i > 0 ? ",\n    {\"priority\": " : "\n    {\"priority\": ");
      append_json_string (out, juxta_deck_get_priority (deck, tp->priority)->id);
      g_string_append_printf (out, ", \"direction\": \"%s\", \"value\": %d, \"option\": ",
                              juxta_tip_direction_to_string (tp->direction), tp->value);
      append_json_string (out, juxta_deck_get_option (deck, tp->option)->id);
      g_string_append_c (out, '}');
    }
  g_string_append (out, advice->n_tipping_points > 0 ? "\n  ]" : "]");
}

static void
json_string_list (GString   *out,
                  GPtrArray *items)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < items->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      append_json_string (out, g_ptr_array_index (items, i));
    }
  g_string_append (out, items->len > 0 ? "\n  ]" : "]");
}

static void
json_avoid (GString             *out,
            JuxtaDeck           *deck,
            const JuxtaScenario *scenario)
{
  gboolean first = TRUE;

  g_string_append_c (out, '[');
  for (guint a = 0; a < juxta_deck_get_n_analogies (deck); a++)
    {
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (deck, a);
      int instead;

      if (analogy->verdict != JUXTA_ANALOGY_AVOID ||
          !juxta_audiences_include (analogy->audiences, scenario->audience))
        continue;
      instead = juxta_deck_find_instead_for_audience (deck, a, scenario->audience, NULL);
      g_string_append (out, first ? "\n    {\"analogy\": " : ",\n    {\"analogy\": ");
      first = FALSE;
      append_json_string (out, analogy->id);
      g_string_append (out, ", \"text\": ");
      append_json_string (out, analogy->text);
      g_string_append (out, ", \"instead\": ");
      if (instead >= 0)
        append_json_string (out, juxta_deck_get_analogy (deck, (guint) instead)->text);
      else
        g_string_append (out, "null");
      g_string_append_c (out, '}');
    }
  g_string_append (out, first ? "]" : "\n  ]");
}

static void
json_sources (GString   *out,
              JuxtaDeck *deck)
{
  guint n = juxta_deck_get_n_sources (deck);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      const JuxtaSource *source = juxta_deck_get_source (deck, i);

      g_string_append (out, i > 0 ? ",\n    {\"title\": " : "\n    {\"title\": ");
      append_json_string (out, source->title);
      if (source->url != NULL)
        {
          g_string_append (out, ", \"url\": ");
          append_json_string (out, source->url);
        }
      if (source->as_of != NULL)
        {
          g_string_append (out, ", \"as-of\": ");
          append_json_string (out, source->as_of);
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, n > 0 ? "\n  ]" : "]");
}

/* Facts as the deck gives them: a text, a list of texts, or null. */
static void
json_fact (GString            *out,
           const char *const  *fact)
{
  if (fact == NULL)
    g_string_append (out, "null");
  else if (!fact_is_list (fact))
    append_json_string (out, fact[0]);
  else
    {
      g_string_append_c (out, '[');
      for (guint i = 0; fact[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          append_json_string (out, fact[i]);
        }
      g_string_append_c (out, ']');
    }
}

static void
json_comparison (GString   *out,
                 JuxtaDeck *deck)
{
  guint n_options = juxta_deck_get_n_options (deck);
  guint n_dimensions = juxta_deck_get_n_dimensions (deck);

  g_string_append (out, "{\n    \"options\": [");
  for (guint o = 0; o < n_options; o++)
    {
      g_string_append (out, o > 0 ? ", {\"option\": " : "{\"option\": ");
      append_json_string (out, juxta_deck_get_option (deck, o)->id);
      g_string_append (out, ", \"name\": ");
      append_json_string (out, juxta_deck_get_option (deck, o)->name);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\n    \"dimensions\": [");
  for (guint d = 0; d < n_dimensions; d++)
    {
      const JuxtaDimension *dimension = juxta_deck_get_dimension (deck, d);

      g_string_append (out, d > 0 ? ",\n      {\"dimension\": " : "\n      {\"dimension\": ");
      append_json_string (out, dimension->id);
      g_string_append (out, ", \"label\": ");
      append_json_string (out, dimension->label);
      g_string_append (out, ", \"facts\": {");
      for (guint o = 0; o < n_options; o++)
        {
          if (o > 0)
            g_string_append (out, ", ");
          append_json_string (out, juxta_deck_get_option (deck, o)->id);
          g_string_append (out, ": ");
          json_fact (out, juxta_deck_get_option (deck, o)->facts[d]);
        }
      g_string_append (out, "}}");
    }
  g_string_append (out, n_dimensions > 0 ? "\n    ]\n  }" : "]\n  }");
}

static void
json_glossary (GString   *out,
               JuxtaDeck *deck)
{
  guint n = juxta_deck_get_n_terms (deck);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      const JuxtaTerm *term = juxta_deck_get_term (deck, i);

      g_string_append (out, i > 0 ? ",\n    {\"term\": " : "\n    {\"term\": ");
      append_json_string (out, term->term);
      g_string_append (out, ", \"definition\": ");
      append_json_string (out, term->definition);
      g_string_append_c (out, '}');
    }
  g_string_append (out, n > 0 ? "\n  ]" : "]");
}

static void
json_stakeholder_ranking (GString           *out,
                          JuxtaDeck         *deck,
                          const JuxtaAdvice *advice)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < advice->n_ranked; i++)
    {
      g_string_append (out, i > 0 ? ", {\"option\": " : "{\"option\": ");
      append_json_string (out, juxta_deck_get_option (deck, advice->ranking[i])->id);
      g_string_append (out, ", \"score\": ");
      append_json_number (out, advice->scores[advice->ranking[i]]);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

/* Each person: their weights, their own ranking and leader (null when
 * left out, or when nothing is eligible) and their regret. */
static void
json_stakeholders (GString     *out,
                   JuxtaDeck   *deck,
                   const Group *group)
{
  const JuxtaConsensus *consensus = group->consensus;

  g_string_append_c (out, '[');
  for (guint k = 0; k < consensus->n_stakeholders; k++)
    {
      const JuxtaStakeholderOutcome *outcome = &consensus->outcomes[k];
      JuxtaScenario own = { { 0 } };

      memcpy (own.weights, group->people[k]->weights, sizeof own.weights);
      g_string_append (out, k > 0 ? ",\n    {\"name\": " : "\n    {\"name\": ");
      append_json_string (out, group->people[k]->name);
      g_string_append (out, ", \"weights\": ");
      json_weights (out, deck, &own);
      g_string_append (out, ", \"ranking\": ");
      json_stakeholder_ranking (out, deck, outcome->advice);
      g_string_append (out, ", \"leader\": ");
      if (outcome->leader >= 0)
        append_json_string (out, juxta_deck_get_option (deck, (guint) outcome->leader)->id);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"regret\": ");
      append_json_number (out, outcome->regret);
      g_string_append_c (out, '}');
    }
  g_string_append (out, consensus->n_stakeholders > 0 ? "\n  ]" : "]");
}

/* Who gives up most, and how much; nobody (null, 0) when no one gives
 * anything up. */
static void
json_disagreement (GString     *out,
                   const Group *group)
{
  const JuxtaConsensus *consensus = group->consensus;

  g_string_append (out, "{\"name\": ");
  if (consensus->disagreement >= 0)
    append_json_string (out, group->people[consensus->disagreement]->name);
  else
    g_string_append (out, "null");
  g_string_append (out, ", \"regret\": ");
  append_json_number (out, consensus->disagreement >= 0 ? consensus->disagreement_regret : 0);
  g_string_append_c (out, '}');
}

/* The keys of the PRODUCT.md shape keep their order; a section left out
 * leaves out its keys, and the comparison and glossary come before the
 * sources, which stay last. */
static char *
render_json (JuxtaDeck               *deck,
             const JuxtaScenario     *scenario,
             const JuxtaAdvice       *advice,
             GPtrArray               *points,
             const JuxtaExportExtras *extras,
             const Group             *group)
{
  GString *out = g_string_new ("{");
  JuxtaExportSections sections = get_sections (extras);
  gboolean first = TRUE;

  json_key (out, "deck", &first);
  append_json_string (out, juxta_deck_get_id (deck));
  json_key (out, "audience", &first);
  append_json_string (out, juxta_deck_get_audience (deck, scenario->audience)->id);
  json_key (out, "weights", &first);
  json_weights (out, deck, scenario);
  if (group != NULL)
    {
      json_key (out, "stakeholders", &first);
      json_stakeholders (out, deck, group);
      json_key (out, "disagreement", &first);
      json_disagreement (out, group);
    }
  else if (interview_applied (extras))
    {
      json_key (out, "interview", &first);
      json_interview (out, deck, get_interview (extras));
    }
  json_key (out, "requirements", &first);
  json_requirements (out, deck, scenario);
  if (sections & JUXTA_EXPORT_SECTION_RECOMMENDATION)
    {
      json_key (out, "ranking", &first);
      json_ranking (out, deck, advice);
      json_key (out, "excluded", &first);
      json_excluded (out, deck, advice);
      json_key (out, "verdict", &first);
      append_json_string (out, juxta_verdict_to_string (advice->verdict));
    }
  if ((sections & JUXTA_EXPORT_SECTION_RECOMMENDATION) && advice->runner_up >= 0)
    {
      json_key (out, "margin", &first);
      append_json_number (out, advice->margin);
      json_key (out, "drivers", &first);
      json_drivers (out, deck, advice);
      json_key (out, "tipping-points", &first);
      json_tipping_points (out, deck, advice);
    }
  if (sections & JUXTA_EXPORT_SECTION_TALKING_POINTS)
    {
      json_key (out, "talking-points", &first);
      json_string_list (out, points);
      json_key (out, "avoid", &first);
      json_avoid (out, deck, scenario);
    }
  if (sections & JUXTA_EXPORT_SECTION_COMPARISON)
    {
      json_key (out, "comparison", &first);
      json_comparison (out, deck);
    }
  if (sections & JUXTA_EXPORT_SECTION_GLOSSARY)
    {
      json_key (out, "glossary", &first);
      json_glossary (out, deck);
    }
  if (sections & JUXTA_EXPORT_SECTION_SOURCES)
    {
      json_key (out, "sources", &first);
      json_sources (out, deck);
      json_key (out, "verified", &first);
      if (juxta_deck_get_verified (deck) != NULL)
        append_json_string (out, juxta_deck_get_verified (deck));
      else
        g_string_append (out, "null");
    }
  g_string_append (out, "\n}\n");

  return g_string_free (out, FALSE);
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
  g_auto(Group) group = { NULL, NULL };
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
    return render_json (deck, scenario, advice, points, extras, group.consensus != NULL ? &group : NULL);
  return render_document (deck, scenario, advice, points, format, extras,
                          group.consensus != NULL ? &group : NULL);
}

char *
juxta_export_render (JuxtaDeck           *deck,
                     const JuxtaScenario *scenario,
                     JuxtaExportFormat    format)
{
  return juxta_export_render_with (deck, scenario, format, NULL);
}

/* ---------------------------------------------------- decision record */

/* Now, and today as YYYY-MM-DD; SOURCE_DATE_EPOCH, when set, fixes them
 * so that records, starter decks and the age of dates can be reproduced. */
GDateTime *
juxta_export_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);
  return g_date_time_new_now_local ();
}

char *
juxta_export_today (void)
{
  g_autoptr(GDateTime) now = juxta_export_now ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static int
compare_by_weight (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const JuxtaScenario *scenario = user_data;
  guint pa = GPOINTER_TO_UINT (*(gpointer *) a), pb = GPOINTER_TO_UINT (*(gpointer *) b);

  if (scenario->weights[pa] != scenario->weights[pb])
    return scenario->weights[pb] - scenario->weights[pa];
  return (int) pa - (int) pb;
}

/* The priorities with a weight, heaviest first. */
static GPtrArray *
weighted_priorities (JuxtaDeck           *deck,
                     const JuxtaScenario *scenario)
{
  GPtrArray *order = g_ptr_array_new ();

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    if (scenario->weights[p] > 0)
      g_ptr_array_add (order, GUINT_TO_POINTER (p));
  g_ptr_array_sort_with_data (order, compare_by_weight, (gpointer) scenario);
  return order;
}

static void
write_record_context (Writer               *w,
                      JuxtaDeck            *deck,
                      const JuxtaScenario  *scenario,
                      const JuxtaDecision  *decision,
                      const Group          *group)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *requirements = describe_requirements (deck, scenario);

  g_ptr_array_add (items, g_strdup_printf (_("Date: %s"), decision->date));
  g_ptr_array_add (items, g_strdup (_("Status: accepted")));
  if (decision->attendees != NULL && decision->attendees[0] != '\0')
    g_ptr_array_add (items, g_strdup_printf (_("Attendees: %s"), decision->attendees));
  if (decision->scenario != NULL)
    {
      g_autofree char *name = g_path_get_basename (decision->scenario);
      /* TRANSLATORS: the scenario file the decision was made on, "Scenario: tuesday.json" */
      g_ptr_array_add (items, g_strdup_printf (_("Scenario: %s"), name));
    }
  g_ptr_array_add (items, g_strdup_printf (_("Audience: %s"),
                                           juxta_deck_get_audience (deck, scenario->audience)->label));
  if (group != NULL)
    g_ptr_array_add (items, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Weights: the consensus of %u stakeholder",
                                                          "Weights: the consensus of %u stakeholders",
                                                          group->consensus->n_stakeholders),
                                             group->consensus->n_stakeholders));
  else if (decision->interview != NULL)
    g_ptr_array_add (items, describe_record_weights (decision->interview));
  write_list (w, items, FALSE);

  write_heading (w, 2, _("Context"));
  if (juxta_deck_get_subtitle (deck) != NULL)
    write_paragraph (w, juxta_deck_get_subtitle (deck));
  if (juxta_deck_get_framing (deck) != NULL)
    write_paragraph (w, juxta_deck_get_framing (deck));
  {
    g_autofree char *musts = g_strdup_printf (_("Hard requirements: %s."), requirements);
    write_paragraph (w, musts);
  }
}

static void
write_record_drivers (Writer              *w,
                      JuxtaDeck           *deck,
                      const JuxtaScenario *scenario)
{
  g_autoptr(GPtrArray) order = weighted_priorities (deck, scenario);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  write_heading (w, 2, _("Decision drivers"));
  for (guint i = 0; i < order->len; i++)
    {
      const JuxtaPriority *priority = juxta_deck_get_priority (deck, GPOINTER_TO_UINT (order->pdata[i]));

      if (priority->description != NULL)
        /* TRANSLATORS: "Control (weight 80 of 100): <description>" */
        g_ptr_array_add (items, g_strdup_printf (_("%s (weight %d of 100): %s"), priority->label,
                                                 scenario->weights[GPOINTER_TO_UINT (order->pdata[i])],
                                                 priority->description));
      else
        g_ptr_array_add (items, g_strdup_printf (_("%s (weight %d of 100)"), priority->label,
                                                 scenario->weights[GPOINTER_TO_UINT (order->pdata[i])]));
    }
  if (items->len == 0)
    write_paragraph (w, _("No priority was given any weight."));
  write_list (w, items, FALSE);
}

/* "CISO prefers Amazon SageMaker AI and gives up 6 points under the consensus". */
static char *
describe_record_stakeholder (JuxtaDeck   *deck,
                             const Group *group,
                             guint        k)
{
  const JuxtaStakeholderOutcome *outcome = &group->consensus->outcomes[k];
  const char *name = group->people[k]->name;
  g_autofree char *points = NULL;

  if (!outcome->counted || outcome->leader < 0 || group->consensus->advice->leader < 0)
    return juxta_describe_regret (deck, group->consensus, group->people, k);
  if (outcome->regret <= 0)
    /* TRANSLATORS: a stakeholder in a decision record, "CTO prefers Amazon Bedrock and gives up nothing under the consensus" */
    return g_strdup_printf (_("%s prefers %s and gives up nothing under the consensus"), name,
                            juxta_deck_get_option (deck, (guint) outcome->leader)->name);
  points = juxta_describe_points (outcome->regret);
  /* TRANSLATORS: a stakeholder in a decision record, "CISO prefers Amazon SageMaker AI and gives up 6 points under the consensus" */
  return g_strdup_printf (_("%s prefers %s and gives up %s under the consensus"), name,
                          juxta_deck_get_option (deck, (guint) outcome->leader)->name, points);
}

static void
write_record_stakeholders (Writer      *w,
                           JuxtaDeck   *deck,
                           const Group *group)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  write_heading (w, 2, _("Stakeholders"));
  for (guint k = 0; k < group->consensus->n_stakeholders; k++)
    g_ptr_array_add (items, describe_record_stakeholder (deck, group, k));
  write_list (w, items, FALSE);
}

static void
write_record_options (Writer            *w,
                      JuxtaDeck         *deck,
                      const JuxtaAdvice *advice)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  write_heading (w, 2, _("Considered options"));
  for (guint i = 0; i < advice->n_ranked; i++)
    {
      guint o = advice->ranking[i];
      const JuxtaOption *option = juxta_deck_get_option (deck, o);

      if ((int) o == advice->leader)
        g_ptr_array_add (items, g_strdup_printf (_("%s: %d%% (Juxta's recommendation: %s)"), option->name,
                                                 juxta_percent (advice->scores[o]),
                                                 juxta_verdict_describe (advice->verdict)));
      else
        g_ptr_array_add (items, g_strdup_printf (_("%s: %d%%"), option->name, juxta_percent (advice->scores[o])));
    }
  for (guint o = 0; o < advice->n_options; o++)
    if (advice->ruled_out_by[o] >= 0)
      {
        g_autofree char *why = juxta_describe_ruled_out (deck, advice, o);
        g_ptr_array_add (items, g_strdup_printf (_("%s: %s"), juxta_deck_get_option (deck, o)->name, why));
      }
  write_list (w, items, FALSE);
}

/* A score as the deck could have written it: 4, 3.5, 4.25. */
static char *
format_score (gint32 score)
{
  return g_strdup_printf ("%g", round ((double) score / (JUXTA_SCORE_UNIT / 100)) / 100);
}

/* The eligible option other than @option that scores highest on @priority
 * (the first in deck order on a tie), if it scores higher than @option. */
static int
find_stronger (JuxtaDeck         *deck,
               const JuxtaAdvice *advice,
               guint              option,
               guint              priority)
{
  int stronger = -1;
  gint32 best = juxta_deck_get_option (deck, option)->scores[priority];

  for (guint o = 0; o < advice->n_options; o++)
    if (o != option && juxta_advice_is_eligible (advice, o) &&
        juxta_deck_get_option (deck, o)->scores[priority] > best)
      {
        stronger = (int) o;
        best = juxta_deck_get_option (deck, o)->scores[priority];
      }
  return stronger;
}

/* The chosen option's reasons, heaviest priority first: "good" where no
 * eligible option scores higher.  Elsewhere the reason is given for what it
 * is, the explanation of a score, next to the option that scores higher:
 * never labelled a trade-off, because it may well describe a strength that
 * another option only has more of. */
static void
write_record_consequences (Writer              *w,
                           JuxtaDeck           *deck,
                           const JuxtaScenario *scenario,
                           const JuxtaAdvice   *advice,
                           guint                chosen)
{
  const JuxtaOption *option = juxta_deck_get_option (deck, chosen);
  g_autoptr(GPtrArray) order = weighted_priorities (deck, scenario);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  write_heading (w, 3, _("Consequences"));
  for (guint i = 0; i < order->len; i++)
    {
      guint p = GPOINTER_TO_UINT (order->pdata[i]);
      const char *label = juxta_deck_get_priority (deck, p)->label;
      int stronger;

      if (option->reasons[p] == NULL)
        continue;
      stronger = find_stronger (deck, advice, chosen, p);
      if (stronger < 0)
        g_ptr_array_add (items, g_strdup_printf (_("Good, on %s: %s"), label, option->reasons[p]));
      else
        {
          const JuxtaOption *other = juxta_deck_get_option (deck, (guint) stronger);
          g_autofree char *ours = format_score (option->scores[p]);
          g_autofree char *theirs = format_score (other->scores[p]);

          /* TRANSLATORS: a reason of the chosen option on a priority where
           * another option scores higher: "On Availability, Amazon Aurora
           * scores higher (5 against 4): <the chosen option's reason>" */
          g_ptr_array_add (items, g_strdup_printf (_("On %s, %s scores higher (%s against %s): %s"), label,
                                                   other->name, theirs, ours, option->reasons[p]));
        }
    }
  if (items->len == 0)
    write_paragraph (w, _("The deck gives no reasons for this option."));
  write_list (w, items, FALSE);
}

static void
write_record_outcome (Writer              *w,
                      JuxtaDeck           *deck,
                      const JuxtaScenario *scenario,
                      const JuxtaAdvice   *advice,
                      const JuxtaDecision *decision)
{
  const JuxtaOption *chosen = juxta_deck_get_option (deck, decision->chosen);
  g_autofree char *outcome = NULL;

  write_heading (w, 2, _("Decision outcome"));
  if (decision->rationale != NULL && decision->rationale[0] != '\0')
    /* TRANSLATORS: "Chosen option: Amazon Bedrock, because <rationale>" */
    outcome = g_strdup_printf (_("Chosen option: %s, because %s"), chosen->name, decision->rationale);
  else
    outcome = g_strdup_printf (_("Chosen option: %s."), chosen->name);
  write_paragraph (w, outcome);

  if (advice->leader >= 0 && advice->leader != (int) decision->chosen)
    {
      g_autofree char *note = g_strdup_printf (_("For these priorities Juxta recommended %s (%d%%); "
                                                 "the choice differs from it."),
                                               juxta_deck_get_option (deck, (guint) advice->leader)->name,
                                               juxta_percent (advice->scores[advice->leader]));
      write_paragraph (w, note);
    }
  if (advice->ruled_out_by[decision->chosen] >= 0)
    {
      g_autofree char *note = juxta_describe_ruled_out (deck, advice, decision->chosen);
      write_paragraph (w, note);
    }
  write_record_consequences (w, deck, scenario, advice, decision->chosen);
}

static void
write_record_tipping_points (Writer            *w,
                             JuxtaDeck         *deck,
                             const JuxtaAdvice *advice)
{
  g_autoptr(GPtrArray) tips = g_ptr_array_new_with_free_func (g_free);

  write_heading (w, 2, _("What would change our mind"));
  for (guint i = 0; i < advice->n_tipping_points; i++)
    g_ptr_array_add (tips, juxta_describe_tipping_point (deck, &advice->tipping_points[i]));
  if (tips->len > 0)
    write_list (w, tips, FALSE);
  else
    write_paragraph (w, _("No single priority, moved on its own, changes the recommendation."));
}

char *
juxta_export_decision_record (JuxtaDeck           *deck,
                              const JuxtaScenario *scenario,
                              const JuxtaDecision *decision)
{
  g_autoptr(JuxtaAdvice) advice = NULL;
  g_autofree char *title = NULL;
  g_auto(Group) group = { NULL, NULL };
  Writer w = { NULL, JUXTA_EXPORT_MARKDOWN };

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (scenario != NULL && decision != NULL, NULL);
  g_return_val_if_fail (decision->chosen < juxta_deck_get_n_options (deck), NULL);
  g_return_val_if_fail (decision->date != NULL, NULL);
  g_return_val_if_fail (decision->stakeholders != NULL || decision->n_stakeholders == 0, NULL);

  if (decision->n_stakeholders > 0)
    {
      group.people = decision->stakeholders;
      group.consensus = juxta_consensus_new (deck, scenario, decision->stakeholders, decision->n_stakeholders);
      scenario = &group.consensus->scenario;
    }
  advice = juxta_advice_new (deck, scenario);
  w.out = g_string_new (NULL);

  /* TRANSLATORS: the title of a decision record: "Decision: <deck title>" */
  title = g_strdup_printf (_("Decision: %s"), juxta_deck_get_title (deck));
  write_heading (&w, 1, title);
  write_record_context (&w, deck, scenario, decision, group.consensus != NULL ? &group : NULL);
  write_record_drivers (&w, deck, scenario);
  if (group.consensus != NULL)
    write_record_stakeholders (&w, deck, &group);
  write_record_options (&w, deck, advice);
  write_record_outcome (&w, deck, scenario, advice, decision);
  write_record_tipping_points (&w, deck, advice);
  write_sources (&w, deck);

  trim_trailing_blank_lines (w.out);
  return g_string_free (w.out, FALSE);
}

char *
juxta_export_talking_points_text (GPtrArray *points)
{
  Writer w = { g_string_new (NULL), JUXTA_EXPORT_TEXT };

  g_return_val_if_fail (points != NULL, NULL);

  write_list (&w, points, TRUE);
  if (w.out->len > 0)
    g_string_truncate (w.out, w.out->len - 1);   /* the list's trailing blank line */
  return g_string_free (w.out, FALSE);
}

char *
juxta_export_talking_points_html (GPtrArray *points)
{
  Writer w = { g_string_new (NULL), JUXTA_EXPORT_HTML };

  g_return_val_if_fail (points != NULL, NULL);

  write_list (&w, points, TRUE);
  return g_string_free (w.out, FALSE);
}

/* --------------------------------------------------------- atomic save */

G_GNUC_PRINTF (4, 5)
static gboolean
fail_save (GError     **error,
           int          saved_errno,
           const char  *path,
           const char  *format,
           ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* TRANSLATORS: "Could not save “/tmp/x.md”: No space left on device" */
               _("Could not save “%s”: %s"), path, reason);
  return FALSE;
}

static gboolean
write_all (int         fd,
           const char *contents,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, contents, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = ENOSPC;
          return FALSE;
        }
      contents += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* Devices and pipes cannot be replaced by a rename, and must not be: the
 * data goes straight into them. */
static gboolean
save_to_special_file (const char  *path,
                      const char  *contents,
                      gsize        length,
                      GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd < 0)
    {
      saved_errno = errno;
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  if (!write_all (fd, contents, length))
    {
      saved_errno = errno;
      close (fd);
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  return TRUE;
}

static gboolean
save_replacing (const char  *path,
                const char  *target,
                const struct stat *existing,
                const char  *contents,
                gsize        length,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, tmp_name, NULL);
  int saved_errno;
  int fd;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return fail_save (error, ENOENT, path, _("the folder “%s” does not exist"), dir);

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      return fail_save (error, saved_errno, path, _("cannot create a file in “%s”: %s"),
                        dir, g_strerror (saved_errno));
    }

  /* Keep the permissions of the file being replaced. */
  if ((existing != NULL && fchmod (fd, existing->st_mode & 07777) != 0) ||
      !write_all (fd, contents, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp_path);
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  if (g_rename (tmp_path, target) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  return TRUE;
}

static gboolean
cannot_link (int saved_errno)
{
  return saved_errno == EPERM || saved_errno == ENOTSUP || saved_errno == EOPNOTSUPP ||
         saved_errno == ENOSYS || saved_errno == EMLINK || saved_errno == EXDEV;
}

/* Puts the complete file @tmp_path at @path unless something is there:
 * a hard link fails when @path exists, whatever it is.  Where the file
 * system has no hard links, the name is taken first with O_EXCL, then
 * the file renamed over that empty placeholder. */
static gboolean
move_into_place_new (const char  *tmp_path,
                     const char  *path,
                     GError     **error)
{
  int saved_errno;
  int fd;

  if (link (tmp_path, path) == 0)
    {
      g_unlink (tmp_path);
      return TRUE;
    }
  saved_errno = errno;
  if (cannot_link (saved_errno))
    {
      fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      saved_errno = errno;
      if (fd >= 0)
        {
          close (fd);
          if (g_rename (tmp_path, path) == 0)
            return TRUE;
          saved_errno = errno;
          g_unlink (path);
        }
    }
  g_unlink (tmp_path);
  if (saved_errno == EEXIST)
    return fail_save (error, saved_errno, path, _("it already exists, and Juxta does not replace it"));
  return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
}

/* Writes @contents to @path, which must not exist yet: a temporary file
 * beside it, flushed, then put in place, so that @path is either absent or
 * complete.  An existing file (or anything else at @path) is left as it
 * is: G_IO_ERROR_EXISTS. */
gboolean
juxta_export_save_new (const char  *path,
                       const char  *contents,
                       gsize        length,
                       GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_name = NULL;
  g_autofree char *tmp_path = NULL;
  int saved_errno;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  if (path[0] == '\0')
    return fail_save (error, ENOENT, path, _("no file name given"));
  if (g_file_test (path, G_FILE_TEST_EXISTS) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    return fail_save (error, EEXIST, path, _("it already exists, and Juxta does not replace it"));

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  tmp_path = g_build_filename (dir, tmp_name, NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return fail_save (error, ENOENT, path, _("the folder “%s” does not exist"), dir);

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      return fail_save (error, saved_errno, path, _("cannot create a file in “%s”: %s"),
                        dir, g_strerror (saved_errno));
    }
  if (!write_all (fd, contents, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp_path);
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  return move_into_place_new (tmp_path, path, error);
}

gboolean
juxta_export_save (const char  *path,
                   const char  *contents,
                   gsize        length,
                   GError     **error)
{
  g_autofree char *resolved = NULL;
  const char *target = path;
  struct stat st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  if (path[0] == '\0')
    return fail_save (error, ENOENT, path, _("no file name given"));

  /* Replace what a symbolic link points to, not the link. */
  if (g_lstat (path, &st) == 0 && S_ISLNK (st.st_mode) && (resolved = realpath (path, NULL)) != NULL)
    target = resolved;

  exists = g_stat (target, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    return fail_save (error, EISDIR, path, _("it is a folder"));
  if (exists && !S_ISREG (st.st_mode))
    return save_to_special_file (target, contents, length, error);

  return save_replacing (path, target, exists ? &st : NULL, contents, length, error);
}
