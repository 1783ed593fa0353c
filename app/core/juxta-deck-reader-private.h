/* juxta-deck-reader-private.h: the reader's state, for the reader and the
 * walk along the schema tables (juxta-deck-walk.c), which fills it */
#pragma once

#include "juxta-deck-private.h"
#include "juxta-deck-schema-types.h"
#include "juxta-diagnostic.h"
#include "juxta-json.h"

G_BEGIN_DECLS

typedef struct
{
  const JuxtaDeckField *field;      /* the top-level LIST field; NULL until read */
  gboolean              known;      /* whether references into it are checked */
  gssize                id_offset;  /* of the items' id */
} JuxtaDeckListState;

struct _JuxtaDeckReader
{
  const char        *file;
  JuxtaJsonDocument *document;
  GPtrArray         *diagnostics;
  guint              n_errors;
  guint              n_kept_warnings;   /* warnings in @diagnostics */
  gboolean           truncated;
  gboolean           stopped;
  JuxtaDiagnostic   *latest;   /* the problem reported last, if kept */
  JuxtaDiagnostic   *alone;    /* the one problem kept when reading stopped */
  GString           *path;
  JuxtaDeck         *deck;
  JuxtaArena        *arena;
  JuxtaDeckListState          lists[JUXTA_DECK_N_LISTS];
};

/* Whether a new problem of @severity would be kept: once the list is
 * full, only an error that can take a warning's place is. */
gboolean _juxta_deck_reader_has_room   (JuxtaDeckReader *r,
                                        JuxtaSeverity    severity);
/* The items of @list in the deck, and how many. */
gpointer _juxta_deck_reader_list_items (JuxtaDeckReader *r,
                                        JuxtaDeckList    list,
                                        guint           *n_items);

G_END_DECLS
