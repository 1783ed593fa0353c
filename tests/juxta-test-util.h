/* juxta-test-util.h: small helpers shared by the core tests */
#pragma once

#include <glib.h>
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

static inline JuxtaDeck *
juxta_test_bundled_deck (const char *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "decks", name, NULL);
  g_autoptr(GError) error = NULL;
  JuxtaDeck *deck = juxta_deck_load_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}
