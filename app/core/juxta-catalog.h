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

/* What was read of each deck file, by path, with the file's modification
 * time and size: listing again reads only the files that changed (or are
 * new), as the deck picker does each time it opens. */
typedef struct _JuxtaCatalogCache JuxtaCatalogCache;

JuxtaCatalogCache *juxta_catalog_cache_new         (void);
void               juxta_catalog_cache_free        (JuxtaCatalogCache  *cache);
GPtrArray         *juxta_catalog_cache_list        (JuxtaCatalogCache  *cache);
char              *juxta_catalog_cache_get_title   (JuxtaCatalogCache  *cache,
                                                    const char         *path,
                                                    gboolean           *scenario);
guint              juxta_catalog_cache_get_n_reads (JuxtaCatalogCache  *cache);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaCatalogEntry, juxta_catalog_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaCatalogCache, juxta_catalog_cache_free)

G_END_DECLS
