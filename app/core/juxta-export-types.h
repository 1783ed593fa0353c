/* juxta-export-types.h: the exporter's types: formats, sections, and what a
 * document or a decision record says besides the deck and the scenario
 *
 * Included by juxta-export.h; the exporter's own files use the types
 * without the entry points.
 */
#pragma once

#include <glib.h>

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

G_END_DECLS
