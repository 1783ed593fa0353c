/* juxta-export-stakeholders.c: several people's priorities in a document:
 * whose consensus the weights are, and "Who prefers what" */

#define G_LOG_DOMAIN "juxta-export"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-export-private.h"
#include "juxta-talking-points.h"

void
_juxta_export_group_clear (JuxtaExportGroup *group)
{
  g_clear_pointer (&group->consensus, juxta_consensus_free);
}

/* "The weights are the consensus of 3 stakeholders: CTO, CISO, CFO." */
char *
_juxta_export_describe_group (const JuxtaExportGroup *group)
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
who_prefers_rows (JuxtaDeck              *deck,
                  const JuxtaExportGroup *group)
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

/* Markdown and HTML: a table. */
static void
write_who_prefers_table (JuxtaExportWriter *w,
                         JuxtaDeck         *deck,
                         GPtrArray         *rows)
{
  _juxta_export_write_table_start (w, deck, "stakeholders");
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      _juxta_export_write_row_start (w, row[0]);
      for (guint c = 1; row[c] != NULL; c++)
        _juxta_export_write_cell (w, row[c]);
      _juxta_export_write_row_end (w);
    }
  _juxta_export_write_table_end (w);
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
write_who_prefers_text (JuxtaExportWriter *w,
                        JuxtaDeck         *deck,
                        GPtrArray         *rows)
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
void
_juxta_export_write_who_prefers (JuxtaExportWriter      *w,
                                 JuxtaDeck              *deck,
                                 const JuxtaExportGroup *group)
{
  g_autoptr(GPtrArray) rows = who_prefers_rows (deck, group);
  g_autoptr(GPtrArray) regrets = g_ptr_array_new_with_free_func (g_free);

  _juxta_export_write_heading (w, 2, _("Who prefers what"));
  if (w->format == JUXTA_EXPORT_MARKDOWN || w->format == JUXTA_EXPORT_HTML)
    write_who_prefers_table (w, deck, rows);
  else
    write_who_prefers_text (w, deck, rows);
  _juxta_export_write_paragraph (w, _("Each row scores the options under that person's own priorities, and the "
                                      "last row under the consensus; ★ marks the option each row prefers."));
  for (guint k = 0; k < group->consensus->n_stakeholders; k++)
    g_ptr_array_add (regrets, juxta_describe_regret (deck, group->consensus, group->people, k));
  _juxta_export_write_list (w, regrets, FALSE);
}
