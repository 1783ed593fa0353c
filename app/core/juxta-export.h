/* juxta-export.h: the advice as a document, and writing files safely
 *
 * The types are in juxta-export-types.h. */
#pragma once

#include <gio/gio.h>

#include "juxta-export-types.h"

G_BEGIN_DECLS

gboolean    juxta_export_format_from_string     (const char          *name,
                                                 JuxtaExportFormat   *format);
const char *juxta_export_format_to_string       (JuxtaExportFormat    format);
const char *juxta_export_format_extension       (JuxtaExportFormat    format);

#define JUXTA_EXPORT_ERROR (juxta_export_error_quark ())

typedef enum
{
  JUXTA_EXPORT_ERROR_UNKNOWN_SECTION,
} JuxtaExportError;

GQuark      juxta_export_error_quark            (void);

/* Section names as the command line and the settings spell them:
 * "recommendation,talking-points,comparison,glossary,sources", or "all". */
gboolean    juxta_export_sections_from_string   (const char           *list,
                                                 JuxtaExportSections  *sections,
                                                 GError              **error);
char       *juxta_export_sections_to_string     (JuxtaExportSections   sections);

/* NULL when there are no answers; @weights are the weights exported. */
JuxtaExportInterview *juxta_export_interview_new  (const JuxtaInterviewAnswer *answers,
                                                   guint                       n_answers,
                                                   guint                       n_priorities,
                                                   const int                  *weights);
void                  juxta_export_interview_free (JuxtaExportInterview       *interview);

/* The document with @sections: the title (and subtitle) always; the
 * audience, weights and requirements with the recommendation or the talking
 * points; the sources and verified date last.  JSON leaves out the keys of
 * the sections left out ("deck", "audience", "weights" and "requirements"
 * are always there). */
char       *juxta_export_render_sections        (JuxtaDeck           *deck,
                                                 const JuxtaScenario *scenario,
                                                 JuxtaExportFormat    format,
                                                 JuxtaExportSections  sections);
/* The same with JUXTA_EXPORT_SECTIONS_DEFAULT. */
char       *juxta_export_render                 (JuxtaDeck           *deck,
                                                 const JuxtaScenario *scenario,
                                                 JuxtaExportFormat    format);
/* The same with @extras (nullable): with an interview, the documents say
 * in one sentence where the weights came from, and the JSON export has an
 * "interview" object when the weights are the answers'.  With
 * stakeholders, everything is the consensus's (weights, ranking, verdict,
 * drivers, tipping points, talking points with the line on who gives up
 * most); the documents say whose consensus it is and, with the
 * recommendation, add "Who prefers what": a table of each person's
 * scores (people as rows, options as columns, each row's leader marked
 * with ★, the consensus last) and each person's regret in words; the
 * JSON export adds, after "weights", "stakeholders" (name, weights, own
 * ranking, leader, regret) and "disagreement" ({"name", "regret"}; name
 * null and regret 0 when nobody gives anything up).  Scores and regrets
 * in JSON are full precision. */
char       *juxta_export_render_with            (JuxtaDeck               *deck,
                                                 const JuxtaScenario     *scenario,
                                                 JuxtaExportFormat        format,
                                                 const JuxtaExportExtras *extras);

char       *juxta_export_decision_record        (JuxtaDeck           *deck,
                                                 const JuxtaScenario *scenario,
                                                 const JuxtaDecision *decision);
GDateTime  *juxta_export_now                    (void);
char       *juxta_export_today                  (void);

/* Just the talking points, as the clipboard gets them. */
char       *juxta_export_talking_points_text    (GPtrArray           *points);
char       *juxta_export_talking_points_html    (GPtrArray           *points);

/* Replaces @path with @contents atomically: written to a temporary file
 * beside it, flushed, then renamed over it, so a failure leaves an
 * existing file exactly as it was.  A path that names a device or a pipe
 * (/dev/stdout) is written directly.  Errors are G_IO_ERROR and name the
 * file. */
gboolean    juxta_export_save                   (const char          *path,
                                                 const char          *contents,
                                                 gsize                length,
                                                 GError             **error);

/* Writes @contents to @path only if nothing is there yet (a new deck),
 * as completely as juxta_export_save (); G_IO_ERROR_EXISTS otherwise. */
gboolean    juxta_export_save_new               (const char          *path,
                                                 const char          *contents,
                                                 gsize                length,
                                                 GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaExportInterview, juxta_export_interview_free)

G_END_DECLS
