/* juxta-paths.c: where Juxta finds its files, installed or in the build tree */

#define G_LOG_DOMAIN "juxta-paths"

#include "config.h"

#include "juxta-paths.h"

/* Whether this program runs from its meson build tree rather than from an
 * installed prefix: then decks, translations and the settings schema come
 * from the source and build trees, so `build/app/juxta` works as is. */
gboolean
juxta_paths_in_build_tree (void)
{
  static gsize initialized = 0;
  static gboolean in_build_tree = FALSE;

  if (g_once_init_enter (&initialized))
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *prefix = g_strconcat (JUXTA_BUILD_ROOT, "/", NULL);

      in_build_tree = exe != NULL && g_str_has_prefix (exe, prefix);
      g_once_init_leave (&initialized, 1);
    }
  return in_build_tree;
}

/* The share directory beside the installed binary (PREFIX/bin/juxta ->
 * PREFIX/share), so an installed tree works wherever it was copied or
 * staged (meson install --destdir); NULL when there is none. */
static char *
relocated_share_dir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *bin = NULL;
  g_autofree char *share = NULL;
  g_autofree char *own = NULL;

  if (exe == NULL)
    return NULL;
  bin = g_path_get_dirname (exe);
  share = g_canonicalize_filename ("../share", bin);
  own = g_build_filename (share, "juxta", NULL);
  if (!g_file_test (own, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_steal_pointer (&share);
}

char *
juxta_paths_bundled_decks (void)
{
  g_autofree char *share = NULL;
  const char *dir = g_getenv ("JUXTA_BUNDLED_DECKS_DIR");

  if (dir != NULL && dir[0] != '\0')
    return g_strdup (dir);
  if (juxta_paths_in_build_tree ())
    return g_build_filename (JUXTA_SOURCE_ROOT, "data", "decks", NULL);
  if ((share = relocated_share_dir ()) != NULL)
    return g_build_filename (share, "juxta", "decks", NULL);
  return g_build_filename (PKGDATADIR, "decks", NULL);
}

char *
juxta_paths_user_decks (void)
{
  return g_build_filename (g_get_user_data_dir (), "juxta", "decks", NULL);
}

char *
juxta_paths_locale_dir (void)
{
  g_autofree char *share = NULL;

  if (juxta_paths_in_build_tree ())
    return g_build_filename (JUXTA_BUILD_ROOT, "po", NULL);
  if ((share = relocated_share_dir ()) != NULL)
    return g_build_filename (share, "locale", NULL);
  return g_strdup (LOCALEDIR);
}

/* NULL when installed: the schema is then in the system's schema path. */
char *
juxta_paths_schema_dir (void)
{
  if (juxta_paths_in_build_tree ())
    return g_build_filename (JUXTA_BUILD_ROOT, "data", NULL);
  return NULL;
}

/* The deck format's JSON Schema, for the "$schema" of new decks. */
char *
juxta_paths_deck_json_schema (void)
{
  g_autofree char *share = NULL;

  if (juxta_paths_in_build_tree ())
    return g_build_filename (JUXTA_SOURCE_ROOT, "data", "juxta-deck.schema.json", NULL);
  if ((share = relocated_share_dir ()) != NULL)
    return g_build_filename (share, "juxta", "juxta-deck.schema.json", NULL);
  return g_build_filename (PKGDATADIR, "juxta-deck.schema.json", NULL);
}
