/* juxta-deck-schema-types.h: what the schema's tables are made of
 *
 * The kinds of values, the flags and the lists of a deck, a field and a
 * section of the format (the tables themselves: juxta-deck-schema.h), and
 * the custom checks the tables point at, which read through the reader's
 * calls (juxta-deck-reader.h).  Types only, so that the reader and the
 * schema can both use them without depending on each other.
 */
#pragma once

#include <glib.h>

#include "juxta-json.h"

G_BEGIN_DECLS

/* What an id is, as a regular expression (for the reference and the JSON
 * Schema; the loader checks it by hand). */
#define JUXTA_DECK_ID_PATTERN "^[a-z0-9][a-z0-9-]{0,63}$"

typedef enum
{
  JUXTA_DECK_TEXT,         /* a non-empty string of at most JUXTA_MAX_TEXT_CHARS characters */
  JUXTA_DECK_ID,           /* a string matching ^[a-z0-9][a-z0-9-]{0,63}$ */
  JUXTA_DECK_DATE,         /* a string YYYY-MM-DD that is a real calendar date */
  JUXTA_DECK_STRING,       /* any string, read and ignored ("$schema") */
  JUXTA_DECK_CONSTANT,     /* the string values[0] ("format") */
  JUXTA_DECK_VERSION,      /* the integer 1 ("version") */
  JUXTA_DECK_INTEGER,      /* an integer from min to max */
  JUXTA_DECK_SCORE,        /* a number from 0 to JUXTA_SCORE_MAX, decimals allowed */
  JUXTA_DECK_ENUM,         /* one of the strings in values */
  JUXTA_DECK_FACT,         /* text, or a non-empty array of texts */
  JUXTA_DECK_REFERENCE,    /* the id of an item of the list @list */
  JUXTA_DECK_REFERENCES,   /* an array of min..max ids of items of @list */
  JUXTA_DECK_LIST,         /* an array of min..max objects of @section */
  JUXTA_DECK_OBJECT,       /* an object of @section */
  JUXTA_DECK_MAP,          /* an object whose keys are ids of @list and whose values are @values */
  JUXTA_DECK_TERM_GROUPS,  /* an array of min..max arrays of texts (analogy triggers) */
} JuxtaDeckKind;

typedef enum
{
  JUXTA_DECK_OPTIONAL       = 0,
  JUXTA_DECK_REQUIRED       = 1 << 0,
  /* REFERENCES: absent means every item of the list (else: none). */
  JUXTA_DECK_ABSENT_IS_ALL  = 1 << 1,
  /* REFERENCES: the bit mask is a guint64 (else a guint32). */
  JUXTA_DECK_MASK64         = 1 << 2,
  /* REFERENCE: names an item of the list being read; resolved once the
   * whole list is read. */
  JUXTA_DECK_DEFERRED       = 1 << 3,
} JuxtaDeckFlags;

/* The lists of a deck whose items have ids that other fields refer to. */
typedef enum
{
  JUXTA_DECK_LIST_NONE,
  JUXTA_DECK_LIST_PRIORITIES,
  JUXTA_DECK_LIST_DIMENSIONS,
  JUXTA_DECK_LIST_AUDIENCES,
  JUXTA_DECK_LIST_OPTIONS,
  JUXTA_DECK_LIST_ANALOGIES,
  JUXTA_DECK_LIST_ANSWERS,
  JUXTA_DECK_LIST_PRESETS,
  JUXTA_DECK_LIST_REQUIREMENTS,
  JUXTA_DECK_N_LISTS
} JuxtaDeckList;

typedef struct _JuxtaDeckField   JuxtaDeckField;
typedef struct _JuxtaDeckSection JuxtaDeckSection;
typedef struct _JuxtaDeckReader  JuxtaDeckReader;   /* the reader's state: juxta-deck-reader.h */

/* A custom check, run after the field's generic reading, whether the key
 * was present (@value) or not (NULL); @item is the struct being filled.
 * Returns FALSE to stop reading the deck (a newer format version). */
typedef gboolean (*JuxtaDeckCheck) (JuxtaDeckReader       *reader,
                                    const JuxtaDeckField  *field,
                                    const JuxtaJsonValue  *object,
                                    const JuxtaJsonValue  *value,
                                    gpointer               item);

/* A custom reader for a present value, instead of the generic one: @item
 * is the struct being filled, @slot where the value goes (for a MAP's
 * values: the entry's).  Returns whether the value was valid. */
typedef gboolean (*JuxtaDeckRead) (JuxtaDeckReader      *reader,
                                   const JuxtaDeckField *field,
                                   const JuxtaJsonValue *value,
                                   gpointer              item,
                                   gpointer              slot);

struct _JuxtaDeckField
{
  const char             *key;
  JuxtaDeckKind           kind;
  JuxtaDeckFlags          flags;
  /* INTEGER, SCORE: the value's range.  LIST, REFERENCES, TERM_GROUPS:
   * how many items (max G_MAXINT: no limit but the file's). */
  int                     min;
  int                     max;
  /* INTEGER: the value when absent; for a MAP of integers, of every entry
   * the map does not name (-1: "left as it is"). */
  int                     default_value;
  /* REFERENCE, REFERENCES, MAP: the list the ids name.  LIST: the id list
   * the items make up, if others refer to them. */
  JuxtaDeckList           list;
  const JuxtaDeckSection *section;   /* LIST, OBJECT */
  const JuxtaDeckField   *values;    /* MAP: what each entry is */
  const char *const      *strings;   /* ENUM, CONSTANT: the allowed strings, NULL-terminated */
  /* Where the value goes in the struct being filled (-1: nowhere).  LIST:
   * the items' array, and @count_offset the number of items. */
  gssize                  offset;
  gssize                  count_offset;
  /* For messages: what the value must be ("text (a non-empty string)"), and
   * what a missing required key says, when not "missing; expected EXPECTED". */
  const char             *expected;
  const char             *missing;
  JuxtaDeckRead           read;
  JuxtaDeckCheck          check;
};

struct _JuxtaDeckSection
{
  const char           *name;      /* "priority": its heading in the reference */
  const char           *plural;    /* "priorities", for messages */
  const char           *noun;      /* "a priority object", for messages */
  const JuxtaDeckField *fields;
  guint                 n_fields;
  gsize                 item_size; /* the model struct one item fills */
};

G_END_DECLS
