/* juxta-deck-reader.h: walks a parsed deck along the schema tables
 *
 * Private to the loader (juxta-deck-loader.c) and to the schema's custom
 * checks (juxta-deck-schema.c).  The reader fills a JuxtaDeck from a JSON
 * document and reports every problem with the position of the value at
 * fault and its JSON path.
 */
#pragma once

#include "juxta-deck-private.h"
#include "juxta-deck-schema.h"
#include "juxta-diagnostic.h"
#include "juxta-json.h"

G_BEGIN_DECLS

/* Resolving a reference: not found, or not checked because the list (or
 * one of its ids) could not be read, so that one mistake does not cascade. */
#define JUXTA_DECK_UNKNOWN   (-1)
#define JUXTA_DECK_UNCHECKED (-2)

void        juxta_deck_reader_read       (JuxtaDeck         *deck,
                                          JuxtaJsonDocument *document,
                                          const char        *file,
                                          GPtrArray         *diagnostics,
                                          guint             *n_errors);

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
void        juxta_deck_reader_stop       (JuxtaDeckReader   *reader);

JuxtaDeck  *juxta_deck_reader_get_deck   (JuxtaDeckReader   *reader);
JuxtaArena *juxta_deck_reader_get_arena  (JuxtaDeckReader   *reader);

/* Value readers: each reports what is wrong and returns NULL / FALSE. */
gboolean    juxta_deck_reader_expect     (JuxtaDeckReader      *reader,
                                          const JuxtaJsonValue *value,
                                          JuxtaJsonType         type,
                                          const char           *expected);
const char *juxta_deck_reader_read_text  (JuxtaDeckReader      *reader,
                                          const JuxtaJsonValue *value);
gboolean    juxta_deck_reader_read_array (JuxtaDeckReader      *reader,
                                          const JuxtaJsonValue *value,
                                          guint                 min,
                                          guint                 max,
                                          const char           *noun,
                                          guint                *n_usable);
int         juxta_deck_reader_list_size  (JuxtaDeckReader      *reader,
                                          JuxtaDeckList         list);
const char *juxta_deck_reader_list_id    (JuxtaDeckReader      *reader,
                                          JuxtaDeckList         list,
                                          guint                 index);

G_END_DECLS
