/* juxta-export.h: the advice as a document, and writing files safely */
#pragma once

#include <gio/gio.h>

#include "juxta-advisor.h"
#include "juxta-deck.h"
#include "juxta-interview.h"

G_BEGIN_DECLS

typedef enum
{
  JUXTA_EXPORT_MARKDOWN,
  JUXTA_EXPORT_TEXT,
  JUXTA_EXPORT_HTML,
  JUXTA_EXPORT_JSON,
} JuxtaExportFormat;

gboolean    juxta_export_format_from_string     (const char          *name,
                                                 JuxtaExportFormat   *format);
const char *juxta_export_format_to_string       (JuxtaExportFormat    format);
const char *juxta_export_format_extension       (JuxtaExportFormat    format);

/* Where the weights came from when the customer answered the interview's
 * trade-off questions: the answers, what they give, and how they stand to
 * the weights exported (JUXTA_INTERVIEW_STATUS_APPLIED: they are the
 * answers' weights).  juxta_export_interview_new() makes one that owns
 * its data in one block; one of your own may point at yours. */
typedef struct
{
  JuxtaInterviewStatus        status;      /* never NONE */
  guint                       n_answers;
  const JuxtaInterviewAnswer *answers;     /* valid, oriented (juxta-interview.h) */
  const JuxtaInterviewResult *result;      /* of these answers */
} JuxtaExportInterview;

/* NULL when there are no answers; @weights are the weights exported. */
JuxtaExportInterview *juxta_export_interview_new  (const JuxtaInterviewAnswer *answers,
                                                   guint                       n_answers,
                                                   guint                       n_priorities,
                                                   const int                  *weights);
void                  juxta_export_interview_free (JuxtaExportInterview       *interview);

/* What a document says besides the deck and the scenario.  Every field is
 * optional (zero or NULL: left out), so that new ones can be added
 * without touching the callers. */
typedef struct
{
  const JuxtaExportInterview *interview;   /* where the weights came from */
} JuxtaExportExtras;

/* The whole document: recommendation, ranking, tipping points, talking
 * points, and at the end the deck's sources and verified date. */
char       *juxta_export_render                 (JuxtaDeck           *deck,
                                                 const JuxtaScenario *scenario,
                                                 JuxtaExportFormat    format);
/* The same with @extras (nullable): with an interview, the documents say
 * in one sentence where the weights came from, and the JSON export has an
 * "interview" object when the weights are the answers'. */
char       *juxta_export_render_with            (JuxtaDeck               *deck,
                                                 const JuxtaScenario     *scenario,
                                                 JuxtaExportFormat        format,
                                                 const JuxtaExportExtras *extras);

/* What was decided at the end of a meeting, for an architecture decision
 * record. */
typedef struct
{
  guint       chosen;      /* the option the customer chose */
  const char *attendees;   /* nullable */
  const char *rationale;   /* nullable */
  const char *date;        /* YYYY-MM-DD */
  const char *scenario;    /* nullable: the scenario file it was decided on */
  /* nullable: where the weights came from (added last, so that existing
   * initialisers stay valid) */
  const JuxtaExportInterview *interview;
} JuxtaDecision;

char       *juxta_export_decision_record        (JuxtaDeck           *deck,
                                                 const JuxtaScenario *scenario,
                                                 const JuxtaDecision *decision);
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaExportInterview, juxta_export_interview_free)

G_END_DECLS
