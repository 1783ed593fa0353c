/* juxta-export.h: the advice as a document, and writing files safely */
#pragma once

#include <gio/gio.h>

#include "juxta-advisor.h"
#include "juxta-consensus.h"
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

/* The parts of a document, in the order they come. */
typedef enum
{
  JUXTA_EXPORT_SECTION_RECOMMENDATION = 1 << 0,  /* verdict, ranking, drivers, tipping points */
  JUXTA_EXPORT_SECTION_TALKING_POINTS = 1 << 1,  /* the talking points (JSON: and "avoid") */
  JUXTA_EXPORT_SECTION_COMPARISON     = 1 << 2,  /* dimensions × options, with the facts */
  JUXTA_EXPORT_SECTION_GLOSSARY       = 1 << 3,
  JUXTA_EXPORT_SECTION_SOURCES        = 1 << 4,  /* the sources and the verified date, last */
} JuxtaExportSections;

#define JUXTA_EXPORT_SECTIONS_ALL     (JUXTA_EXPORT_SECTION_RECOMMENDATION | JUXTA_EXPORT_SECTION_TALKING_POINTS | \
                                       JUXTA_EXPORT_SECTION_COMPARISON | JUXTA_EXPORT_SECTION_GLOSSARY | \
                                       JUXTA_EXPORT_SECTION_SOURCES)
#define JUXTA_EXPORT_SECTIONS_DEFAULT (JUXTA_EXPORT_SECTION_RECOMMENDATION | JUXTA_EXPORT_SECTION_TALKING_POINTS | \
                                       JUXTA_EXPORT_SECTION_COMPARISON | JUXTA_EXPORT_SECTION_SOURCES)

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
  JuxtaExportSections         sections;    /* the parts; 0: JUXTA_EXPORT_SECTIONS_DEFAULT */
  /* The people in the meeting (with n_stakeholders > 0): the weights are
   * their consensus, computed here from the scenario's requirements and
   * audience (its weights are not read), and the interview is left out.
   * See juxta_export_render_with(). */
  JuxtaStakeholder *const    *stakeholders;
  guint                       n_stakeholders;
} JuxtaExportExtras;

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
  /* the people in the meeting (with n_stakeholders > 0): the weights
   * are their consensus, and the record lists them with their leaders */
  JuxtaStakeholder *const    *stakeholders;
  guint                       n_stakeholders;
} JuxtaDecision;

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
