/* juxta-deck-reader.h: what reading a deck is made of
 *
 * Private to the deck's reading: the walk along the schema tables
 * (juxta-deck-walk.c) and the schema's custom checks (juxta-deck-schema.c)
 * read through these calls.  The reader reports every problem with the
 * position of the value at fault and its JSON path, and knows the ids of
 * the lists read so far.  It knows nothing of the tables but their types.
 */
#pragma once

#include "juxta-deck-private.h"
#include "juxta-deck-schema-types.h"
#include "juxta-diagnostic.h"
#include "juxta-json.h"

G_BEGIN_DECLS

/* Resolving a reference: not found, or not checked because the list (or
 * one of its ids) could not be read, so that one mistake does not cascade. */
#define JUXTA_DECK_UNKNOWN   (-1)
#define JUXTA_DECK_UNCHECKED (-2)

/* Reporting: the problem is at byte @offset of the file (a value's or a
 * key's), and at the reader's current JSON path. */
void        juxta_deck_reader_error      (JuxtaDeckReader   *reader,
                                          guint32            offset,
                                          const char        *format,
                                          ...) G_GNUC_PRINTF (3, 4);
void        juxta_deck_reader_warn       (JuxtaDeckReader   *reader,
                                          guint32            offset,
                                          const char        *format,
                                          ...) G_GNUC_PRINTF (3, 4);
gsize       juxta_deck_reader_push_key   (JuxtaDeckReader   *reader,
                                          const char        *key);
gsize       juxta_deck_reader_push_index (JuxtaDeckReader   *reader,
                                          guint              index);
void        juxta_deck_reader_pop        (JuxtaDeckReader   *reader,
                                          gsize              mark);
/* Stops reading after the error just reported: the file is not one this
 * version reads (a scenario, a newer format), and that error is the only
 * problem kept, since the rest would be noise. */
void        juxta_deck_reader_stop       (JuxtaDeckReader   *reader);

JuxtaDeck  *juxta_deck_reader_get_deck   (JuxtaDeckReader   *reader);
JuxtaArena *juxta_deck_reader_get_arena  (JuxtaDeckReader   *reader);

/* Value readers: each reports what is wrong and returns NULL / FALSE. */
gboolean    juxta_deck_reader_expect       (JuxtaDeckReader      *reader,
                                            const JuxtaJsonValue *value,
                                            JuxtaJsonType         type,
                                            const char           *expected);
const char *juxta_deck_reader_read_text    (JuxtaDeckReader      *reader,
                                            const JuxtaJsonValue *value);
const char *juxta_deck_reader_read_id      (JuxtaDeckReader      *reader,
                                            const JuxtaJsonValue *value);
gboolean    juxta_deck_reader_read_integer (JuxtaDeckReader      *reader,
                                            const JuxtaJsonValue *value,
                                            int                   min,
                                            int                   max,
                                            int                  *out);
/* A score from 0 to JUXTA_SCORE_MAX, in JUXTA_SCORE_UNITs. */
gboolean    juxta_deck_reader_read_score   (JuxtaDeckReader      *reader,
                                            const JuxtaJsonValue *value,
                                            gint32               *out);
const char *juxta_deck_reader_read_date    (JuxtaDeckReader      *reader,
                                            const JuxtaJsonValue *value);
/* One of @field's strings: *@out is its index. */
gboolean    juxta_deck_reader_read_enum    (JuxtaDeckReader      *reader,
                                            const JuxtaDeckField *field,
                                            const JuxtaJsonValue *value,
                                            int                  *out);
gboolean    juxta_deck_reader_read_array   (JuxtaDeckReader      *reader,
                                            const JuxtaJsonValue *value,
                                            guint                 min,
                                            guint                 max,
                                            const char           *noun,
                                            guint                *n_usable);

/* The ids of a list read so far (see JuxtaDeckList). */
int         juxta_deck_reader_list_size    (JuxtaDeckReader      *reader,
                                            JuxtaDeckList         list);
const char *juxta_deck_reader_list_id      (JuxtaDeckReader      *reader,
                                            JuxtaDeckList         list,
                                            guint                 index);

G_END_DECLS
