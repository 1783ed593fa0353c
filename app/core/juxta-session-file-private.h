/* juxta-session-file-private.h: what the files of scenario files share
 *
 * Scenario files (docs/scenario-format.md) are read and written by:
 *   juxta-session-file.c               the keys in order, the two passes, finding
 *                                      the deck, loading and saving
 *   juxta-session-file-keys.c          every key but the two below
 *   juxta-session-file-interview.c     "answers" (and each person's)
 *   juxta-session-file-stakeholders.c  "stakeholders"
 *   juxta-session-file-reader.c        the reader's messages
 */
#pragma once

#include <json-glib/json-glib.h>

#include "juxta-json.h"
#include "juxta-session-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char         *file;          /* for messages */
  JuxtaJsonDocument  *doc;
  GPtrArray          *diagnostics;
  guint               n_errors;
  GString            *path;          /* the JSON path of the value at hand */
  JuxtaDeck          *deck;          /* second pass only */
  JuxtaSessionState  *state;         /* second pass only */
  /* Not a scenario this version reads (a deck, a newer format): the error
   * that says so is all there is to say. */
  gboolean            stopped;
} JuxtaSessionFileReader;

typedef struct
{
  JsonBuilder             *builder;
  JuxtaDeck               *deck;
  const JuxtaSessionState *state;
  const char              *file;     /* the scenario file being written */
} JuxtaSessionFileWriter;

/* A key of a scenario file.  "check" sees the value before the deck is
 * known (its shape: errors); "apply" reads it against the deck (unknown
 * ids: warnings); "write" adds the key, or nothing when it has no value. */
typedef struct
{
  const char *key;
  gboolean    required;
  void      (*check) (JuxtaSessionFileReader *r, const JuxtaJsonValue *value);
  void      (*apply) (JuxtaSessionFileReader *r, const JuxtaJsonValue *value);
  void      (*write) (JuxtaSessionFileWriter *w);
} JuxtaSessionFileKey;

extern const JuxtaSessionFileKey _juxta_session_file_format_key;
extern const JuxtaSessionFileKey _juxta_session_file_version_key;
extern const JuxtaSessionFileKey _juxta_session_file_deck_key;
extern const JuxtaSessionFileKey _juxta_session_file_audience_key;
extern const JuxtaSessionFileKey _juxta_session_file_weights_key;
extern const JuxtaSessionFileKey _juxta_session_file_answers_key;
extern const JuxtaSessionFileKey _juxta_session_file_stakeholders_key;
extern const JuxtaSessionFileKey _juxta_session_file_requirements_key;
extern const JuxtaSessionFileKey _juxta_session_file_hidden_key;
extern const JuxtaSessionFileKey _juxta_session_file_notes_key;

/* ------------------------------------------ juxta-session-file-reader.c */

/* The JSON path of the value at hand: push a key or an index, then pop
 * back to the mark they return. */
gsize     _juxta_session_file_push_key     (JuxtaSessionFileReader *r,
                                            const char             *key);
gsize     _juxta_session_file_push_index   (JuxtaSessionFileReader *r,
                                            guint                   index);
void      _juxta_session_file_pop          (JuxtaSessionFileReader *r,
                                            gsize                   mark);

/* Reports a problem at @value (its line and column, and the current path). */
void      _juxta_session_file_report       (JuxtaSessionFileReader *r,
                                            JuxtaSeverity           severity,
                                            const JuxtaJsonValue   *value,
                                            const char             *format,
                                            ...) G_GNUC_PRINTF (4, 5);

#define _juxta_session_file_error(r, value, ...) \
  _juxta_session_file_report (r, JUXTA_SEVERITY_ERROR, value, __VA_ARGS__)
#define _juxta_session_file_warn(r, value, ...) \
  _juxta_session_file_report (r, JUXTA_SEVERITY_WARNING, value, __VA_ARGS__)

/* An error "expected @expected, got …" unless @value is of @type. */
gboolean  _juxta_session_file_expect       (JuxtaSessionFileReader *r,
                                            const JuxtaJsonValue   *value,
                                            JuxtaJsonType           type,
                                            const char             *expected);
/* Errors for duplicate keys (the strict reader keeps them all), warnings
 * for keys not in @known (NULL: any key). */
void      _juxta_session_file_check_keys   (JuxtaSessionFileReader *r,
                                            const JuxtaJsonValue   *object,
                                            const char *const      *known);

typedef enum
{
  JUXTA_SESSION_FILE_UNKNOWN_AUDIENCE,
  JUXTA_SESSION_FILE_UNKNOWN_PRIORITY,
  JUXTA_SESSION_FILE_UNKNOWN_REQUIREMENT,
  JUXTA_SESSION_FILE_UNKNOWN_OPTION,
} JuxtaSessionFileUnknown;

/* An id the deck does not have (any more): a warning, and the rest of the
 * scenario still applies. */
void      _juxta_session_file_warn_unknown (JuxtaSessionFileReader *r,
                                            const JuxtaJsonValue   *value,
                                            JuxtaSessionFileUnknown kind,
                                            const char             *id);

/* -------------------------------------------- juxta-session-file-keys.c */

/* Weights, wherever a scenario file has them: an object of priority ids
 * and whole numbers from 0 to 100. */
void      _juxta_session_file_check_weights (JuxtaSessionFileReader *r,
                                             const JuxtaJsonValue   *value);
void      _juxta_session_file_read_weights  (JuxtaSessionFileReader *r,
                                             const JuxtaJsonValue   *value,
                                             int                    *weights);
void      _juxta_session_file_add_weights   (JuxtaSessionFileWriter *w,
                                             const int              *weights);
void      _juxta_session_file_add_string    (JsonBuilder            *builder,
                                             const char             *key,
                                             const char             *value);

/* --------------------------------------- juxta-session-file-interview.c */

/* Answers, wherever a scenario file has them. */
void      _juxta_session_file_check_answers (JuxtaSessionFileReader *r,
                                             const JuxtaJsonValue   *value);
/* The answers whose priorities the deck has (NULL: none). */
GArray   *_juxta_session_file_read_answers  (JuxtaSessionFileReader *r,
                                             const JuxtaJsonValue   *value);
/* Nothing when @answers is NULL. */
void      _juxta_session_file_add_answers   (JuxtaSessionFileWriter *w,
                                             GArray                 *answers);

G_END_DECLS
