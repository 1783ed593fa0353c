/* juxta-paths.h: where Juxta finds its files, installed or in the build tree */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  juxta_paths_in_build_tree   (void);
char     *juxta_paths_bundled_decks   (void);
char     *juxta_paths_user_decks      (void);
char     *juxta_paths_locale_dir      (void);
char     *juxta_paths_schema_dir      (void);
char     *juxta_paths_deck_json_schema (void);

G_END_DECLS
