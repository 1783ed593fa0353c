/* juxta-export-private.h: what the exporter's files share
 *
 * The exporter is one module in several files:
 *   juxta-export.c               formats, sections, and the rendering entry points
 *   juxta-export-writer.c        Markdown, plain text and HTML: escaping, headings, lists, sources
 *   juxta-export-document.c      the document: context, recommendation, comparison, glossary
 *   juxta-export-interview.c     where the weights came from: the customer's answers
 *   juxta-export-stakeholders.c  the stakeholders' consensus and "Who prefers what"
 *   juxta-export-json.c          the JSON export
 *   juxta-export-record.c        the decision record
 *   juxta-export-save.c          writing files safely
 */
#pragma once

#include "juxta-export-types.h"

G_BEGIN_DECLS

/* ---------------------------------------------------------------- writer */

/* One document being written, in one of the three text formats (JSON is
 * written by juxta-export-json.c). */
typedef struct
{
  GString           *out;
  JuxtaExportFormat  format;
} JuxtaExportWriter;

/* Deck text, escaped for where it goes: an HTML text or attribute, a
 * Markdown line (not at the start of a block), a Markdown table cell. */
void  _juxta_export_append_html            (GString           *out,
                                            const char        *text);
void  _juxta_export_append_markdown_inline (GString           *out,
                                            const char        *text);
void  _juxta_export_append_markdown_cell   (GString           *out,
                                            const char        *text);

void  _juxta_export_write_text             (JuxtaExportWriter *w,
                                            const char        *text);
void  _juxta_export_write_heading          (JuxtaExportWriter *w,
                                            int                level,
                                            const char        *text);
void  _juxta_export_write_paragraph        (JuxtaExportWriter *w,
                                            const char        *text);
/* @items: char *; nothing when empty. */
void  _juxta_export_write_list             (JuxtaExportWriter *w,
                                            GPtrArray         *items,
                                            gboolean           numbered);
/* The "Sources" section, with the date the facts were verified. */
void  _juxta_export_write_sources          (JuxtaExportWriter *w,
                                            JuxtaDeck         *deck);
void  _juxta_export_trim_blank_lines       (GString           *out);

/* Markdown and HTML tables with a column per option of @deck, headed by
 * the options' names; each row starts with its own header, then a cell
 * per option.  In HTML the table is in a <div class="@html_class">. */
void  _juxta_export_write_table_start      (JuxtaExportWriter *w,
                                            JuxtaDeck         *deck,
                                            const char        *html_class);
void  _juxta_export_write_row_start        (JuxtaExportWriter *w,
                                            const char        *label);
/* A cell of @text, or of what is written between its start and end
 * (_write_cell_text escapes for a cell: one line in Markdown). */
void  _juxta_export_write_cell             (JuxtaExportWriter *w,
                                            const char        *text);
void  _juxta_export_write_cell_start       (JuxtaExportWriter *w);
void  _juxta_export_write_cell_text        (JuxtaExportWriter *w,
                                            const char        *text);
void  _juxta_export_write_cell_end         (JuxtaExportWriter *w);
void  _juxta_export_write_row_end          (JuxtaExportWriter *w);
void  _juxta_export_write_table_end        (JuxtaExportWriter *w);

/* -------------------------------------------------------------- document */

/* The people of a meeting and their consensus, for a document. */
typedef struct
{
  JuxtaStakeholder *const *people;
  JuxtaConsensus          *consensus;
} JuxtaExportGroup;

void  _juxta_export_group_clear            (JuxtaExportGroup *group);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JuxtaExportGroup, _juxta_export_group_clear)

/* The sections asked for; none said means the default ones. */
static inline JuxtaExportSections
_juxta_export_get_sections (const JuxtaExportExtras *extras)
{
  if (extras == NULL || extras->sections == 0)
    return JUXTA_EXPORT_SECTIONS_DEFAULT;
  return extras->sections;
}

/* Several texts are a list; one is a text, as in the window. */
static inline gboolean
_juxta_export_fact_is_list (const char *const *fact)
{
  return fact != NULL && fact[0] != NULL && fact[1] != NULL;
}

const JuxtaExportInterview *_juxta_export_get_interview       (const JuxtaExportExtras    *extras);
/* Whether there is an interview and the weights are its answers'. */
gboolean                    _juxta_export_interview_applied   (const JuxtaExportExtras    *extras);

/* "Audit logging; On-premises", or "none". */
char     *_juxta_export_describe_requirements  (JuxtaDeck                  *deck,
                                                const JuxtaScenario        *scenario);
/* One sentence on where the weights came from, for the documents. */
char     *_juxta_export_describe_interview     (const JuxtaExportInterview *interview);
char     *_juxta_export_describe_group         (const JuxtaExportGroup     *group);
/* The decision record's line: "Weights: from 9 answers, inconsistency 0.12". */
char     *_juxta_export_describe_record_weights (const JuxtaExportInterview *interview);

/* "Amazon EKS: ruled out by …" added to @items (char *) for each option
 * a requirement rules out. */
void      _juxta_export_add_ruled_out          (GPtrArray                  *items,
                                                JuxtaDeck                  *deck,
                                                const JuxtaAdvice          *advice);
/* A section of its own: @heading, then the tipping points, or the
 * paragraph @none when there are none. */
void      _juxta_export_write_tipping_points   (JuxtaExportWriter          *w,
                                                JuxtaDeck                  *deck,
                                                const JuxtaAdvice          *advice,
                                                const char                 *heading,
                                                const char                 *none);


void      _juxta_export_write_who_prefers      (JuxtaExportWriter          *w,
                                                JuxtaDeck                  *deck,
                                                const JuxtaExportGroup     *group);

/* @group: NULL without stakeholders. */
char     *_juxta_export_render_document        (JuxtaDeck                  *deck,
                                                const JuxtaScenario        *scenario,
                                                const JuxtaAdvice          *advice,
                                                GPtrArray                  *points,
                                                JuxtaExportFormat           format,
                                                const JuxtaExportExtras    *extras,
                                                const JuxtaExportGroup     *group);
char     *_juxta_export_render_json            (JuxtaDeck                  *deck,
                                                const JuxtaScenario        *scenario,
                                                const JuxtaAdvice          *advice,
                                                GPtrArray                  *points,
                                                const JuxtaExportExtras    *extras,
                                                const JuxtaExportGroup     *group);

G_END_DECLS
