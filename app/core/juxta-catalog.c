/* juxta-catalog.c: where decks live, and which ones there are */

#define G_LOG_DOMAIN "juxta-catalog"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "juxta-catalog.h"
#include "juxta-deck-loader.h"
#include "juxta-paths.h"
#include "juxta-session.h"

/* One file as last read: a deck's id and title, or none (not a deck:
 * a scenario, say). */
typedef struct
{
  gint64   mtime_usec;
  goffset  size;
  char    *id;
  char    *title;
  gboolean scenario;
} CachedFile;

struct _JuxtaCatalogCache
{
  GHashTable *files;   /* path -> CachedFile */
  guint       n_reads;
};

static void
cached_file_free (CachedFile *file)
{
  g_free (file->id);
  g_free (file->title);
  g_free (file);
}

void
juxta_catalog_entry_free (JuxtaCatalogEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->title);
  g_free (entry->path);
  g_free (entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const JuxtaCatalogEntry *ea = *(JuxtaCatalogEntry **) a;
  const JuxtaCatalogEntry *eb = *(JuxtaCatalogEntry **) b;

  if (ea->bundled != eb->bundled)
    return ea->bundled ? -1 : 1;
  return strcmp (ea->id, eb->id);
}

/* The file's modification time and size, or FALSE when it cannot be
 * read (gone, say). */
static gboolean
query_stamp (const char *path,
             gint64     *mtime_usec,
             goffset    *size)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return FALSE;
  *mtime_usec = (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
                g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  *size = g_file_info_get_size (info);
  return TRUE;
}

/* @path as @cache last read it, read again only when its time or size
 * changed; NULL when it cannot be read at all. */
static CachedFile *
cache_read (JuxtaCatalogCache *cache,
            const char        *path)
{
  CachedFile *cached = g_hash_table_lookup (cache->files, path);
  g_autoptr(JuxtaDeck) deck = NULL;
  gint64 mtime_usec;
  goffset size;

  if (!query_stamp (path, &mtime_usec, &size))
    {
      g_hash_table_remove (cache->files, path);
      return NULL;
    }
  if (cached != NULL && cached->mtime_usec == mtime_usec && cached->size == size)
    return cached;

  cache->n_reads++;
  deck = juxta_deck_load_file (path, NULL, NULL);
  cached = g_new0 (CachedFile, 1);
  cached->mtime_usec = mtime_usec;
  cached->size = size;
  if (deck != NULL)
    {
      cached->id = g_strdup (juxta_deck_get_id (deck));
      cached->title = g_strdup (juxta_deck_get_title (deck));
    }
  else
    cached->scenario = juxta_file_kind_of (path) == JUXTA_FILE_SCENARIO;
  g_hash_table_replace (cache->files, g_strdup (path), cached);
  return cached;
}

static JuxtaCatalogEntry *
entry_new (const char *id,
           const char *title,
           char       *path,
           gboolean    bundled)
{
  JuxtaCatalogEntry *entry = g_new0 (JuxtaCatalogEntry, 1);

  entry->id = g_strdup (id);
  entry->title = g_strdup (title);
  entry->path = path;
  entry->bundled = bundled;
  return entry;
}

/* Each valid deck of @dir_path into @entries: read through @cache when
 * given, else read, with the first error of each invalid one into
 * @skipped when given. */
static void
scan_dir (const char        *dir_path,
          gboolean           bundled,
          JuxtaCatalogCache *cache,
          GPtrArray         *entries,
          GPtrArray         *skipped)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GPtrArray) diagnostics = NULL;
      g_autoptr(JuxtaDeck) deck = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (cache != NULL)
        {
          CachedFile *cached = cache_read (cache, path);

          if (cached != NULL && cached->id != NULL)
            g_ptr_array_add (entries, entry_new (cached->id, cached->title, g_steal_pointer (&path), bundled));
          continue;
        }
      deck = juxta_deck_load_file (path, skipped != NULL ? &diagnostics : NULL, NULL);
      if (deck == NULL)
        {
          for (guint i = 0; skipped != NULL && i < diagnostics->len; i++)
            if (((JuxtaDiagnostic *) g_ptr_array_index (diagnostics, i))->severity == JUXTA_SEVERITY_ERROR)
              {
                g_ptr_array_add (skipped, g_ptr_array_steal_index (diagnostics, i));
                break;
              }
          continue;
        }
      g_ptr_array_add (entries, entry_new (juxta_deck_get_id (deck), juxta_deck_get_title (deck),
                                           g_steal_pointer (&path), bundled));
    }
}

/* A user deck replaces the bundled deck with its id; among files of one
 * directory with the same id, the first by file name wins. */
static void
remove_shadowed (GPtrArray *entries)
{
  for (guint i = 0; i < entries->len; i++)
    {
      JuxtaCatalogEntry *entry = g_ptr_array_index (entries, i);

      for (guint j = 0; j < entries->len; j++)
        {
          JuxtaCatalogEntry *other = g_ptr_array_index (entries, j);

          if (i != j && g_str_equal (entry->id, other->id) &&
              ((entry->bundled && !other->bundled) ||
               (entry->bundled == other->bundled && strcmp (entry->path, other->path) > 0)))
            {
              g_ptr_array_remove_index (entries, i--);
              break;
            }
        }
    }
}

static GPtrArray *
list_decks (JuxtaCatalogCache  *cache,
            GPtrArray         **skipped)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_catalog_entry_free);
  g_autofree char *bundled_dir = juxta_paths_bundled_decks ();
  g_autofree char *user_dir = juxta_paths_user_decks ();

  if (skipped != NULL)
    *skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);

  scan_dir (bundled_dir, TRUE, cache, entries, skipped ? *skipped : NULL);
  scan_dir (user_dir, FALSE, cache, entries, skipped ? *skipped : NULL);
  remove_shadowed (entries);
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}

GPtrArray *
juxta_catalog_list (GPtrArray **skipped)
{
  return list_decks (NULL, skipped);
}

JuxtaCatalogCache *
juxta_catalog_cache_new (void)
{
  JuxtaCatalogCache *cache = g_new0 (JuxtaCatalogCache, 1);

  cache->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) cached_file_free);
  return cache;
}

void
juxta_catalog_cache_free (JuxtaCatalogCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->files);
  g_free (cache);
}

/* As juxta_catalog_list (NULL), reading only the files that changed
 * since @cache last read them.  (A change that keeps both the size and
 * the modification time, to the microsecond, goes unseen.) */
GPtrArray *
juxta_catalog_cache_list (JuxtaCatalogCache *cache)
{
  g_return_val_if_fail (cache != NULL, NULL);
  return list_decks (cache, NULL);
}

/* The title of the deck at @path, read only when it changed; NULL when
 * it is not a deck, or gone.  @scenario, when given, says whether it is a
 * scenario instead. */
char *
juxta_catalog_cache_get_title (JuxtaCatalogCache *cache,
                               const char        *path,
                               gboolean          *scenario)
{
  CachedFile *cached;

  g_return_val_if_fail (cache != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  cached = cache_read (cache, path);
  if (scenario != NULL)
    *scenario = cached != NULL && cached->scenario;
  return cached != NULL ? g_strdup (cached->title) : NULL;
}

/* How many times @cache has read a file: for tests. */
guint
juxta_catalog_cache_get_n_reads (JuxtaCatalogCache *cache)
{
  g_return_val_if_fail (cache != NULL, 0);
  return cache->n_reads;
}
