/* juxta-catalog.c: where decks live, and which ones there are */

#define G_LOG_DOMAIN "juxta-catalog"

#include "config.h"

#include <string.h>

#include "juxta-catalog.h"
#include "juxta-deck-loader.h"
#include "juxta-paths.h"

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

static void
scan_dir (const char *dir_path,
          gboolean    bundled,
          GPtrArray  *entries,
          GPtrArray  *skipped)
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
      JuxtaCatalogEntry *entry;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
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

      entry = g_new0 (JuxtaCatalogEntry, 1);
      entry->id = g_strdup (juxta_deck_get_id (deck));
      entry->title = g_strdup (juxta_deck_get_title (deck));
      entry->path = g_steal_pointer (&path);
      entry->bundled = bundled;
      g_ptr_array_add (entries, entry);
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

GPtrArray *
juxta_catalog_list (GPtrArray **skipped)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_catalog_entry_free);
  g_autofree char *bundled_dir = juxta_paths_bundled_decks ();
  g_autofree char *user_dir = juxta_paths_user_decks ();

  if (skipped != NULL)
    *skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);

  scan_dir (bundled_dir, TRUE, entries, skipped ? *skipped : NULL);
  scan_dir (user_dir, FALSE, entries, skipped ? *skipped : NULL);
  remove_shadowed (entries);
  g_ptr_array_sort (entries, compare_entries);
  return entries;
}
