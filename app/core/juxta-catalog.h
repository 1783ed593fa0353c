/* juxta-catalog.h: where decks live, and which ones there are */
#pragma once

#include "juxta-deck.h"

G_BEGIN_DECLS

typedef struct
{
  char     *id;
  char     *title;
  char     *path;
  gboolean  bundled;
} JuxtaCatalogEntry;

void        juxta_catalog_entry_free   (JuxtaCatalogEntry *entry);

/* The valid decks: bundled ones by id, then the user's by id.  A user deck
 * with the id of a bundled one replaces it (a customised copy).  Files that
 * are not valid decks are left out; @skipped, when given, receives the
 * first error of each (JuxtaDiagnostic: its file and where it is). */
GPtrArray  *juxta_catalog_list         (GPtrArray  **skipped);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaCatalogEntry, juxta_catalog_entry_free)

G_END_DECLS
