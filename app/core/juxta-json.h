/* juxta-json.h: a strict, bounded JSON reader for deck files
 *
 * json-glib 1.6 accepts comments, single quotes, 1e999, trailing values and
 * empty input, keeps only the last of duplicate keys and recurses without a
 * limit.  A deck must be refused for all of these with a position, so decks
 * are read here: strict RFC 8259, positions kept on every value, bounded
 * depth, string length and value count, everything in one arena.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define JUXTA_JSON_MAX_DEPTH        64
#define JUXTA_JSON_MAX_STRING_BYTES (64 * 1024)
#define JUXTA_JSON_MAX_VALUES       (512 * 1024)

typedef enum
{
  JUXTA_JSON_NULL,
  JUXTA_JSON_BOOLEAN,
  JUXTA_JSON_NUMBER,
  JUXTA_JSON_STRING,
  JUXTA_JSON_ARRAY,
  JUXTA_JSON_OBJECT,
} JuxtaJsonType;

typedef struct _JuxtaJsonValue  JuxtaJsonValue;
typedef struct _JuxtaJsonMember JuxtaJsonMember;

struct _JuxtaJsonMember
{
  const char     *key;
  JuxtaJsonValue *value;
  guint32         key_offset;   /* byte offset of the key's opening quote */
};

struct _JuxtaJsonValue
{
  JuxtaJsonType type;
  guint32       offset;   /* byte offset of the value in the source */
  union {
    gboolean boolean;
    double   number;
    struct {
      const char *text;     /* NUL-terminated, valid UTF-8, no NUL inside */
      guint32     length;   /* in bytes */
    } string;
    struct {
      JuxtaJsonValue **items;
      guint32          length;
    } array;
    struct {
      JuxtaJsonMember *members;
      guint32          length;
    } object;
  };
};

typedef struct _JuxtaArena JuxtaArena;

JuxtaArena *juxta_arena_new   (void);
void        juxta_arena_free  (JuxtaArena *arena);
gpointer    juxta_arena_alloc (JuxtaArena *arena,
                               gsize       size);
char       *juxta_arena_strdup (JuxtaArena *arena,
                                const char *str);

typedef struct _JuxtaJsonDocument JuxtaJsonDocument;

/* The document refers to @data for positions (juxta_json_document_locate ()):
 * keep @data alive as long as positions are asked for, or give it to the
 * document with _parse_owned (), which frees it (also on failure).
 *
 * On a syntax error returns NULL and sets @error_line, @error_column
 * (1-based; the column counts characters) and @error_message (owned). */
JuxtaJsonDocument     *juxta_json_document_parse     (const char  *data,
                                                      gsize        length,
                                                      guint       *error_line,
                                                      guint       *error_column,
                                                      char       **error_message);
JuxtaJsonDocument     *juxta_json_document_parse_owned (char    *data,
                                                        gsize    length,
                                                        guint   *error_line,
                                                        guint   *error_column,
                                                        char   **error_message);
void                   juxta_json_document_free      (JuxtaJsonDocument *doc);
const JuxtaJsonValue  *juxta_json_document_get_root  (JuxtaJsonDocument *doc);
JuxtaArena            *juxta_json_document_get_arena (JuxtaJsonDocument *doc);
void                   juxta_json_document_locate    (JuxtaJsonDocument *doc,
                                                      guint32            offset,
                                                      guint             *line,
                                                      guint             *column);

const JuxtaJsonValue *juxta_json_object_get     (const JuxtaJsonValue *object,
                                                 const char           *key);
const JuxtaJsonValue *juxta_json_value_find     (const JuxtaJsonValue *root,
                                                 const char           *path,
                                                 gboolean             *complete);
const char           *juxta_json_type_describe  (const JuxtaJsonValue *value);

void                  juxta_json_append_string  (GString              *out,
                                                 const char           *text);
/* The shortest decimal that reads back as the same double, in plain
 * notation (100, 0.5, 0.0000012) from 1e-6 to 1e15; beyond, with an
 * exponent.  NaN and infinities, which JSON has no word for, as null. */
void                  juxta_json_append_number  (GString              *out,
                                                 double                value);

/* A JSON path for messages, "$.options[2].scores.cost": appends ".key"
 * (["key"], escaped, when @key is not a plain name) or "[index]". */
void                  juxta_json_path_append_key   (GString           *path,
                                                    const char        *key);
void                  juxta_json_path_append_index (GString           *path,
                                                    guint              index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaJsonDocument, juxta_json_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaArena, juxta_arena_free)

G_END_DECLS
