/* juxta-export.h: the advice as a document, and writing files safely */
#pragma once

#include <gio/gio.h>

#include "juxta-advisor.h"
#include "juxta-deck.h"

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

/* What was decided at the end of a meeting, for an architecture decision
 * record. */
typedef struct
{
  guint       chosen;      /* the option the customer chose */
  const char *attendees;   /* nullable */
  const char *rationale;   /* nullable */
  const char *date;        /* YYYY-MM-DD */
  const char *scenario;    /* nullable: the scenario file it was decided on */
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

G_END_DECLS
