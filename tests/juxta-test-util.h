/* juxta-test-util.h: small helpers shared by the core tests */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "juxta-deck-loader.h"

/* Loads a deck from JSON text and fails the test if it is refused. */
static inline JuxtaDeck *
juxta_test_deck_from_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  JuxtaDeck *deck = juxta_deck_load_data (json, strlen (json), "test.json", NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

/* Loads a fixture deck from tests/decks/good. */
static inline JuxtaDeck *
juxta_test_good_deck (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "decks", "good", name, NULL);
  g_autoptr(GError) error = NULL;
  JuxtaDeck *deck = juxta_deck_load_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

/* The path of tests/decks/good/NAME.json. */
static inline char *
juxta_test_good_deck_path (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".json", NULL);

  return g_test_build_filename (G_TEST_DIST, "decks", "good", file, NULL);
}

/* The path of the bundled deck @id, data/decks/ID.json. */
static inline char *
juxta_test_bundled_deck_path (const char *id)
{
  g_autofree char *file = g_strconcat (id, ".json", NULL);

  return g_test_build_filename (G_TEST_DIST, "..", "data", "decks", file, NULL);
}

static inline JuxtaDeck *
juxta_test_bundled_deck (const char *id)
{
  g_autofree char *path = juxta_test_bundled_deck_path (id);
  g_autoptr(GError) error = NULL;
  JuxtaDeck *deck = juxta_deck_load_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

/* A deck with random scores (mostly half points, sometimes awkward
 * decimals), random default weights (some 0), and three requirements
 * that each rule out a random option. */
static inline char *
juxta_test_random_deck_json (GRand *rand,
                             guint  n_options,
                             guint  n_priorities)
{
  GString *json = g_string_new ("{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"r\","
                                " \"title\": \"Random\", \"priorities\": [");

  for (guint p = 0; p < n_priorities; p++)
    g_string_append_printf (json, "%s{\"id\": \"p%u\", \"label\": \"P%u\", \"default\": %d}",
                            p ? ", " : "", p, p,
                            g_rand_int_range (rand, 0, 4) == 0 ? 0 : g_rand_int_range (rand, 0, 101));
  g_string_append (json, "], \"options\": [");
  for (guint o = 0; o < n_options; o++)
    {
      g_string_append_printf (json, "%s{\"id\": \"o%u\", \"name\": \"O%u\", \"scores\": {",
                              o ? ", " : "", o, o);
      for (guint p = 0; p < n_priorities; p++)
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];
          double score;

          if (g_rand_int_range (rand, 0, 4) == 0)
            score = g_rand_int_range (rand, 0, 5000001) / 1e6;
          else
            score = g_rand_int_range (rand, 0, 11) / 2.0;
          g_ascii_formatd (buf, sizeof buf, "%.6f", score);
          g_string_append_printf (json, "%s\"p%u\": %s", p ? ", " : "", p, buf);
        }
      g_string_append (json, "}}");
    }
  g_string_append (json, "], \"requirements\": [");
  for (guint r = 0; r < 3; r++)
    g_string_append_printf (json, "%s{\"id\": \"r%u\", \"label\": \"R%u\", \"excludes\": [\"o%u\"]}",
                            r ? ", " : "", r, r, (guint) g_rand_int_range (rand, 0, (gint32) n_options));
  g_string_append (json, "]}");
  return g_string_free (json, FALSE);
}

/* Removes @path and everything under it. */
static inline void
juxta_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        juxta_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
