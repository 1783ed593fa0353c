/* juxta-export-writer.c: Markdown, plain text and HTML from one set of calls:
 * escaping, headings, paragraphs, lists, and the sources */

#define G_LOG_DOMAIN "juxta-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-export-private.h"

/* ------------------------------------------------------------ escaping */

void
_juxta_export_append_html (GString    *out,
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
void
_juxta_export_append_markdown_inline (GString    *out,
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

  _juxta_export_append_markdown_inline (out, c);
}

/* A table cell holds one line: line breaks become <br> (what GitHub's
 * and most Markdown tables read as one), and "|" is escaped with the rest. */
void
_juxta_export_append_markdown_cell (GString    *out,
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
      _juxta_export_append_markdown_inline (out, lines[i]);
    }
}

static gboolean
is_web_url (const char *url)
{
  return url != NULL &&
         (g_ascii_strncasecmp (url, "https://", 8) == 0 || g_ascii_strncasecmp (url, "http://", 7) == 0);
}

/* ----------------------------------------------------------- blocks */

void
_juxta_export_write_text (JuxtaExportWriter *w,
                          const char        *text)
{
  switch (w->format)
    {
    case JUXTA_EXPORT_MARKDOWN:
      append_markdown_escaped (w->out, text);
      break;
    case JUXTA_EXPORT_HTML:
      _juxta_export_append_html (w->out, text);
      break;
    case JUXTA_EXPORT_TEXT:
    case JUXTA_EXPORT_JSON:
    default:
      g_string_append (w->out, text);
      break;
    }
}

static void
write_underline (JuxtaExportWriter *w,
                 const char        *text,
                 char               c)
{
  glong n = g_utf8_strlen (text, -1);

  for (glong i = 0; i < n; i++)
    g_string_append_c (w->out, c);
  g_string_append_c (w->out, '\n');
}

void
_juxta_export_write_heading (JuxtaExportWriter *w,
                             int                level,
                             const char        *text)
{
  switch (w->format)
    {
    case JUXTA_EXPORT_MARKDOWN:
      for (int i = 0; i < level; i++)
        g_string_append_c (w->out, '#');
      g_string_append_c (w->out, ' ');
      _juxta_export_write_text (w, text);
      g_string_append (w->out, "\n\n");
      break;
    case JUXTA_EXPORT_HTML:
      g_string_append_printf (w->out, "<h%d>", level);
      _juxta_export_write_text (w, text);
      g_string_append_printf (w->out, "</h%d>\n", level);
      break;
    default:
      g_string_append_printf (w->out, "%s\n", text);
      write_underline (w, text, level == 1 ? '=' : '-');
      g_string_append_c (w->out, '\n');
      break;
    }
}

void
_juxta_export_write_paragraph (JuxtaExportWriter *w,
                               const char        *text)
{
  if (w->format == JUXTA_EXPORT_HTML)
    g_string_append (w->out, "<p>");
  _juxta_export_write_text (w, text);
  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</p>\n" : "\n\n");
}

void
_juxta_export_write_list (JuxtaExportWriter *w,
                          GPtrArray         *items,
                          gboolean           numbered)
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
      _juxta_export_write_text (w, g_ptr_array_index (items, i));
      g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</li>\n" : "\n");
    }

  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? (numbered ? "</ol>\n" : "</ul>\n") : "\n");
}

/* An HTML list item: the title, a link when the source is on the web. */
static void
write_source_html (JuxtaExportWriter *w,
                   const JuxtaSource *source)
{
  gboolean link = is_web_url (source->url);

  g_string_append (w->out, "<li>");
  if (link)
    {
      g_string_append (w->out, "<a href=\"");
      _juxta_export_append_html (w->out, source->url);
      g_string_append (w->out, "\">");
    }
  _juxta_export_append_html (w->out, source->title);
  if (link)
    g_string_append (w->out, "</a>");
}

/* A Markdown link to a source on the web. */
static void
write_source_link (JuxtaExportWriter *w,
                   const JuxtaSource *source)
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

/* Plain text, and Markdown for a source that is not on the web: the
 * title, then its address, if any, as it is. */
static void
write_source_text (JuxtaExportWriter *w,
                   const JuxtaSource *source)
{
  g_string_append (w->out, "- ");
  _juxta_export_write_text (w, source->title);
  if (source->url != NULL)
    {
      g_string_append (w->out, " — ");
      _juxta_export_write_text (w, source->url);
    }
}

static void
write_source (JuxtaExportWriter *w,
              const JuxtaSource *source)
{
  if (w->format == JUXTA_EXPORT_HTML)
    write_source_html (w, source);
  else if (w->format == JUXTA_EXPORT_MARKDOWN && is_web_url (source->url))
    write_source_link (w, source);
  else
    write_source_text (w, source);

  if (source->as_of != NULL)
    {
      g_autofree char *as_of = g_strdup_printf (_("(as of %s)"), source->as_of);
      g_string_append_c (w->out, ' ');
      _juxta_export_write_text (w, as_of);
    }
  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</li>\n" : "\n");
}

void
_juxta_export_write_sources (JuxtaExportWriter *w,
                             JuxtaDeck         *deck)
{
  const char *verified = juxta_deck_get_verified (deck);
  guint n = juxta_deck_get_n_sources (deck);

  _juxta_export_write_heading (w, 2, _("Sources"));
  if (n == 0)
    _juxta_export_write_paragraph (w, _("The deck lists no sources."));
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
      _juxta_export_write_paragraph (w, line);
    }
  else
    _juxta_export_write_paragraph (w, _("The deck does not say when its facts were last "
                                        "verified."));
}

/* ------------------------------------------------------------ tables */

static void
write_table_start_html (JuxtaExportWriter *w,
                        JuxtaDeck         *deck,
                        const char        *html_class)
{
  g_string_append_printf (w->out, "<div class=\"%s\">\n<table>\n<thead>\n<tr><td></td>", html_class);
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    {
      g_string_append (w->out, "<th scope=\"col\">");
      _juxta_export_append_html (w->out, juxta_deck_get_option (deck, o)->name);
      g_string_append (w->out, "</th>");
    }
  g_string_append (w->out, "</tr>\n</thead>\n<tbody>\n");
}

static void
write_table_start_markdown (JuxtaExportWriter *w,
                            JuxtaDeck         *deck)
{
  guint n_options = juxta_deck_get_n_options (deck);

  g_string_append (w->out, "| ");
  for (guint o = 0; o < n_options; o++)
    {
      g_string_append (w->out, "| ");
      _juxta_export_append_markdown_cell (w->out, juxta_deck_get_option (deck, o)->name);
      g_string_append_c (w->out, ' ');
    }
  g_string_append (w->out, "|\n|");
  for (guint o = 0; o <= n_options; o++)
    g_string_append (w->out, " --- |");
  g_string_append_c (w->out, '\n');
}

void
_juxta_export_write_table_start (JuxtaExportWriter *w,
                                 JuxtaDeck         *deck,
                                 const char        *html_class)
{
  if (w->format == JUXTA_EXPORT_HTML)
    write_table_start_html (w, deck, html_class);
  else
    write_table_start_markdown (w, deck);
}

void
_juxta_export_write_row_start (JuxtaExportWriter *w,
                               const char        *label)
{
  if (w->format == JUXTA_EXPORT_HTML)
    {
      g_string_append (w->out, "<tr><th scope=\"row\">");
      _juxta_export_append_html (w->out, label);
      g_string_append (w->out, "</th>");
    }
  else
    {
      g_string_append (w->out, "| ");
      _juxta_export_append_markdown_cell (w->out, label);
    }
}

void
_juxta_export_write_cell_text (JuxtaExportWriter *w,
                               const char        *text)
{
  if (w->format == JUXTA_EXPORT_HTML)
    _juxta_export_append_html (w->out, text);
  else
    _juxta_export_append_markdown_cell (w->out, text);
}

void
_juxta_export_write_cell_start (JuxtaExportWriter *w)
{
  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "<td>" : " | ");
}

void
_juxta_export_write_cell_end (JuxtaExportWriter *w)
{
  if (w->format == JUXTA_EXPORT_HTML)
    g_string_append (w->out, "</td>");
}

void
_juxta_export_write_cell (JuxtaExportWriter *w,
                          const char        *text)
{
  _juxta_export_write_cell_start (w);
  _juxta_export_write_cell_text (w, text);
  _juxta_export_write_cell_end (w);
}

void
_juxta_export_write_row_end (JuxtaExportWriter *w)
{
  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</tr>\n" : " |\n");
}

void
_juxta_export_write_table_end (JuxtaExportWriter *w)
{
  g_string_append (w->out, w->format == JUXTA_EXPORT_HTML ? "</tbody>\n</table>\n</div>\n" : "\n");
}

/* One trailing newline, not the blank line a block leaves. */
void
_juxta_export_trim_blank_lines (GString *out)
{
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
}
