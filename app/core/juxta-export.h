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

/* The whole document: recommendation, ranking, tipping points, talking
 * points, and at the end the deck's sources and verified date. */
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

G_END_DECLS
