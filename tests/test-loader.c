/* test-loader.c: good decks load into the model as written */

#include "config.h"

#include <glib/gstdio.h>

#include "juxta-catalog.h"
#include "juxta-test-util.h"

static void
test_laptops_model (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  const JuxtaOption *ultrabook, *budget;
  const JuxtaAnalogy *avoid;
  const JuxtaRequirement *gpu;
  const JuxtaExpectation *expectation;

  g_assert_cmpstr (juxta_deck_get_id (deck), ==, "team-laptops");
  g_assert_cmpstr (juxta_deck_get_title (deck), ==, "Which laptop for the field team?");
  g_assert_cmpstr (juxta_deck_get_verified (deck), ==, "2026-11-01");
  g_assert_true (g_str_has_suffix (juxta_deck_get_path (deck), "laptops.json"));

  g_assert_cmpuint (juxta_deck_get_n_priorities (deck), ==, 4);
  g_assert_cmpint (juxta_deck_get_priority (deck, 0)->default_weight, ==, 70);
  g_assert_cmpstr (juxta_deck_get_priority (deck, 0)->description, ==, "Hours away from a socket");
  g_assert_null (juxta_deck_get_priority (deck, 1)->description);
  g_assert_cmpstr (juxta_deck_get_priority (deck, 2)->question, ==, "heavy demos run locally");

  g_assert_cmpuint (juxta_deck_get_n_options (deck), ==, 3);
  ultrabook = juxta_deck_get_option (deck, 0);
  g_assert_cmpstr (ultrabook->id, ==, "ultrabook");
  g_assert_cmpint (ultrabook->scores[3], ==, 2500000);
  g_assert_cmpfloat (juxta_option_get_score (ultrabook, 3), ==, 2.5);
  g_assert_cmpstr (ultrabook->reasons[1], ==, "At 1.1 kg it disappears in a bag.");
  /* A fact is one text or a list of them, by dimension. */
  g_assert_cmpstr (ultrabook->facts[0][0], ==, "13.3-inch, 2560 x 1600");
  g_assert_null (ultrabook->facts[0][1]);
  g_assert_cmpstr (ultrabook->facts[1][1], ==, "Headphone jack");
  g_assert_null (ultrabook->facts[1][2]);
  g_assert_cmpuint (ultrabook->n_talking_points, ==, 3);
  g_assert_false (ultrabook->talking_points[0].all_priorities);
  g_assert_cmphex (ultrabook->talking_points[0].priorities, ==, 1u << 0);
  g_assert_true (juxta_audiences_include (ultrabook->talking_points[0].audiences, 1));
  g_assert_false (juxta_audiences_include (ultrabook->talking_points[1].audiences, 0));
  g_assert_true (juxta_audiences_include (ultrabook->talking_points[1].audiences, 1));

  budget = juxta_deck_get_option (deck, 2);
  g_assert_null (budget->summary);
  g_assert_null (budget->reasons[0]);
  g_assert_null (budget->facts[1]);

  avoid = juxta_deck_get_analogy (deck, 1);
  g_assert_cmpint (avoid->verdict, ==, JUXTA_ANALOGY_AVOID);
  g_assert_cmpint (avoid->instead, ==, 0);
  g_assert_cmpuint (avoid->n_triggers, ==, 2);
  g_assert_cmpstr (avoid->triggers[1].terms[1], ==, "desk top");

  gpu = juxta_deck_get_requirement (deck, 0);
  g_assert_cmphex (gpu->excludes, ==, (1u << 0) | (1u << 2));

  expectation = juxta_deck_get_expectation (deck, 3);
  g_assert_cmpuint (expectation->leader, ==, 2);
  g_assert_cmpint (expectation->preset, ==, -1);
  g_assert_cmpint (expectation->weights[0], ==, 20);
  g_assert_cmpint (expectation->weights[3], ==, 100);

  g_assert_cmpstr (juxta_deck_get_bottom_line_say (deck), ==,
                   "The ultrabook for the road, the workstation for the demo lab");
  g_assert_cmpuint (juxta_deck_get_n_terms (deck), ==, 2);
  g_assert_cmpuint (juxta_deck_get_n_sources (deck), ==, 1);
  g_assert_cmpstr (juxta_deck_get_source (deck, 0)->as_of, ==, "2026-10-01");
}

static void
test_defaults (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("minimal.json");

  /* No "default": 50.  No audiences: one called "general". */
  g_assert_cmpint (juxta_deck_get_priority (deck, 0)->default_weight, ==, 50);
  g_assert_cmpuint (juxta_deck_get_n_audiences (deck), ==, 1);
  g_assert_cmpstr (juxta_deck_get_audience (deck, 0)->id, ==, "general");
  g_assert_cmpuint (juxta_deck_get_n_dimensions (deck), ==, 0);
  g_assert_cmpuint (juxta_deck_get_n_analogies (deck), ==, 0);
  g_assert_null (juxta_deck_get_verified (deck));
  g_assert_null (juxta_deck_get_framing (deck));
}

static void
test_lookups (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autofree char *ids = juxta_deck_list_priority_ids (deck);

  g_assert_cmpint (juxta_deck_find_priority (deck, "price"), ==, 3);
  g_assert_cmpint (juxta_deck_find_priority (deck, "nope"), ==, -1);
  g_assert_cmpint (juxta_deck_find_option (deck, "budget"), ==, 2);
  g_assert_cmpint (juxta_deck_find_audience (deck, "business"), ==, 1);
  g_assert_cmpint (juxta_deck_find_preset (deck, "demo-heavy"), ==, 1);
  g_assert_cmpint (juxta_deck_find_requirement (deck, "under-1000"), ==, 1);
  g_assert_cmpstr (ids, ==, "battery, weight, power, price");
}

/* Text limits count characters: 4,096 three-byte characters are fine. */
static void
test_text_limit_counts_characters (void)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *json = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;

  for (int i = 0; i < 4096; i++)
    g_string_append (title, "€");
  json = g_strdup_printf ("{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"t\", \"title\": \"%s\","
                          " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
                          " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 1}},"
                          "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}}]}",
                          title->str);
  deck = juxta_test_deck_from_json (json);
  g_assert_cmpint (g_utf8_strlen (juxta_deck_get_title (deck), -1), ==, 4096);
}

static void
test_unknown_keys_warn (void)
{
  const char json[] =
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"w\", \"title\": \"W\", \"colour\": \"red\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\", \"weight\": 3}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 1}},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}}]}";
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_data (json, strlen (json), "w.json", NULL, &diagnostics, &error);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpuint (diagnostics->len, ==, 2);
  first = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, 0));
  second = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, 1));
  /* At the unknown key. */
  g_assert_true (g_str_has_prefix (first, "w.json:1:65: warning: $.colour: unknown key, ignored "
                                          "(known here: format, "));
  g_assert_cmpstr (second, ==, "w.json:1:123: warning: $.priorities[0].weight: unknown key, ignored "
                               "(known here: id, label, description, question, default)");
}

/* The loader refuses a deck with the first error in the GError and every
 * problem in the diagnostics, in the documented line formats. */
static void
test_error_lines (void)
{
  const char json[] =
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"Bad Id\", \"title\": \"\","
    " \"priorities\": [{\"id\": \"cost\", \"label\": \"Cost\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"cost\": 1}},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"speeed\": 2}}]}";
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_data (json, strlen (json), "bad.json", NULL, &diagnostics, &error);
  /* In file order, each where it is: the missing score at the scores
   * object that lacks it, which starts before the unknown key in it. */
  const char *expected[] = {
    "bad.json:1:46: error: $.id: \"Bad Id\" is not a valid id (expected 1 to 64 lowercase letters, "
    "digits and \"-\", starting with a letter or digit)",
    "bad.json:1:65: error: $.title: expected text, got an empty string",
    "bad.json:1:228: error: $.options[1].scores.cost: missing score for priority \"cost\"",
    "bad.json:1:229: error: $.options[1].scores.speeed: unknown priority \"speeed\" (known: cost)",
  };

  g_assert_null (deck);
  g_assert_error (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "bad.json:1:46: error: $.id: \"Bad Id\" is not a valid id (expected 1 to 64 lowercase "
                   "letters, digits and \"-\", starting with a letter or digit) (and 3 more problems)");
  g_assert_cmpuint (diagnostics->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      g_assert_cmpstr (line, ==, expected[i]);
    }
}

static void
test_syntax_error_line (void)
{
  const char json[] = "{\n  \"format\": \"juxta-deck\",\n  \"version\": 1\n  \"id\": \"x\"\n}";
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_data (json, strlen (json), "s.json", NULL, &diagnostics, &error);
  g_autofree char *line = NULL;

  g_assert_null (deck);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, 0));
  g_assert_cmpstr (line, ==, "s.json:4:3: error: expected \",\" or \"}\" after an object member, found a string");
}

/* A loaded deck still knows where each of its values is (for problems found
 * after loading: failed expectations, lint), long after its file was read. */
static void
test_deck_locate (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "decks", "good", "laptops.json", NULL);
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(JuxtaDiagnostic) d = NULL;
  g_autofree char *line = NULL;
  guint l = 0, c = 0;
  guint expectations_line = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "  \"expectations\""))
      expectations_line = i + 1;
  g_assert_cmpuint (expectations_line, >, 0);

  /* The second option's weight score, on its scores line. */
  g_assert_true (juxta_deck_locate (deck, "$.options[1].scores.weight", &l, &c));
  g_assert_true (strstr (lines[l - 1], "\"scores\"") != NULL);
  g_assert_true (g_str_has_prefix (lines[l - 1] + c - 1, "1.5,"));

  /* The first expectation: the line after "expectations". */
  g_assert_true (juxta_deck_locate (deck, "$.expectations[0]", &l, &c));
  g_assert_cmpuint (l, ==, expectations_line + 1);
  g_assert_cmpint (lines[l - 1][c - 1], ==, '{');

  /* A key the deck does not have: the object that lacks it. */
  g_assert_true (juxta_deck_locate (deck, "$.options[1].scores.nope", &l, &c));
  g_assert_true (g_str_has_prefix (lines[l - 1] + c - 1, "{\"battery\": 2"));

  /* A finding about the whole deck: its top-level object. */
  d = juxta_deck_diagnostic_new (deck, JUXTA_SEVERITY_WARNING, "laptops.json", "$", "a finding");
  line = juxta_diagnostic_to_string (d);
  g_assert_cmpstr (line, ==, "laptops.json:1:1: warning: $: a finding");

  g_assert_false (juxta_deck_locate (deck, "options", &l, &c));
}

/* "$schema" is for editors: accepted without a word, never fetched. */
static void
test_schema_key_is_silent (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "decks", "good", "databases.json", NULL);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_file (path, &diagnostics, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"$schema\": "));

  /* Not a string: an error like any other. */
  {
    const char json[] =
      "{\"$schema\": 3, \"format\": \"juxta-deck\", \"version\": 1, \"id\": \"s\", \"title\": \"S\","
      " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
      " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 1}},"
      "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}}]}";
    g_autoptr(GError) bad = NULL;
    g_autoptr(JuxtaDeck) refused = juxta_deck_load_data (json, strlen (json), "s.json", NULL, NULL, &bad);

    g_assert_null (refused);
    g_assert_cmpstr (bad->message, ==, "s.json:1:13: error: $[\"$schema\"]: expected a string (the address "
                                       "of the deck format's JSON Schema), got a number");
  }
}

static void
test_bundled_decks_load (void)
{
  const char *ids[] = { "aws-genai-platforms", "aws-genai-build-paths", "aws-eks-vs-sagemaker" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(JuxtaDeck) deck = juxta_test_bundled_deck (ids[i]);
      g_assert_cmpstr (juxta_deck_get_id (deck), ==, ids[i]);
      g_assert_nonnull (juxta_deck_get_verified (deck));
      g_assert_cmpuint (juxta_deck_get_n_sources (deck), >, 0);
    }
}

/* The title listed for @path, or NULL when it is not listed. */
static const char *
listed_title (GPtrArray  *entries,
              const char *path)
{
  for (guint i = 0; i < entries->len; i++)
    {
      JuxtaCatalogEntry *entry = g_ptr_array_index (entries, i);
      if (g_str_equal (entry->path, path))
        return entry->title;
    }
  return NULL;
}

static void
copy_deck (const char *name,
           const char *to)
{
  g_autofree char *from = juxta_test_good_deck_path (name);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (from, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (to, contents, -1, NULL));
}

/* The deck picker's catalog, listed twice, reads an unchanged file once;
 * a file that changed (or appeared, or became a deck) is read again and
 * listed as it is now; a file that is gone is no longer listed.  Each
 * listing is what the uncached juxta_catalog_list () says. */
static void
test_catalog_cache (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-catalog-XXXXXX", NULL);
  g_autofree char *saved_dir = g_strdup (g_getenv ("JUXTA_BUNDLED_DECKS_DIR"));
  g_autofree char *tea = g_build_filename (dir, "tea.json", NULL);
  g_autofree char *laptops = g_build_filename (dir, "laptops.json", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(JuxtaCatalogCache) cache = juxta_catalog_cache_new ();
  g_autoptr(GString) renamed = NULL;
  GPtrArray *entries;
  guint reads;

  g_setenv ("JUXTA_BUNDLED_DECKS_DIR", dir, TRUE);
  copy_deck ("minimal", tea);
  copy_deck ("laptops", laptops);
  g_assert_true (g_file_set_contents (broken, "{ \"format\": ", -1, NULL));

  entries = juxta_catalog_cache_list (cache);
  reads = juxta_catalog_cache_get_n_reads (cache);
  g_assert_cmpuint (reads, >=, 3);
  g_assert_cmpstr (listed_title (entries, tea), ==, "Tea or coffee?");
  g_assert_cmpstr (listed_title (entries, laptops), ==, "Which laptop for the field team?");
  g_assert_null (listed_title (entries, broken));
  g_ptr_array_unref (entries);

  /* Opened again, nothing changed: nothing read, the same list. */
  entries = juxta_catalog_cache_list (cache);
  g_assert_cmpuint (juxta_catalog_cache_get_n_reads (cache), ==, reads);
  g_assert_cmpstr (listed_title (entries, tea), ==, "Tea or coffee?");
  g_assert_cmpstr (listed_title (entries, laptops), ==, "Which laptop for the field team?");
  g_ptr_array_unref (entries);

  /* One deck's title changes: that file alone is read again. */
  g_assert_true (g_file_get_contents (laptops, &contents, NULL, NULL));
  renamed = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (renamed, "Which laptop for the field team?", "Laptops for the field", 1), ==, 1);
  g_assert_true (g_file_set_contents (laptops, renamed->str, -1, NULL));
  entries = juxta_catalog_cache_list (cache);
  g_assert_cmpuint (juxta_catalog_cache_get_n_reads (cache), ==, reads + 1);
  g_assert_cmpstr (listed_title (entries, laptops), ==, "Laptops for the field");
  g_assert_cmpstr (listed_title (entries, tea), ==, "Tea or coffee?");
  g_ptr_array_unref (entries);

  /* The broken file becomes a deck; another goes away. */
  copy_deck ("databases-3", broken);
  g_assert_cmpint (g_unlink (tea), ==, 0);
  entries = juxta_catalog_cache_list (cache);
  g_assert_cmpuint (juxta_catalog_cache_get_n_reads (cache), ==, reads + 2);
  g_assert_cmpstr (listed_title (entries, broken), ==, "Which managed database for the new order service?");
  g_assert_null (listed_title (entries, tea));
  g_ptr_array_unref (entries);

  /* A recent deck's title comes from the same reading. */
  {
    g_autofree char *title = juxta_catalog_cache_get_title (cache, laptops, NULL);
    g_assert_cmpstr (title, ==, "Laptops for the field");
    g_assert_cmpuint (juxta_catalog_cache_get_n_reads (cache), ==, reads + 2);
  }

  /* What the uncached listing says. */
  {
    g_autoptr(GPtrArray) cached = juxta_catalog_cache_list (cache);
    g_autoptr(GPtrArray) fresh = juxta_catalog_list (NULL);

    g_assert_cmpuint (cached->len, ==, fresh->len);
    for (guint i = 0; i < fresh->len; i++)
      {
        JuxtaCatalogEntry *a = g_ptr_array_index (cached, i), *b = g_ptr_array_index (fresh, i);
        g_assert_cmpstr (a->path, ==, b->path);
        g_assert_cmpstr (a->id, ==, b->id);
        g_assert_cmpstr (a->title, ==, b->title);
      }
  }

  if (saved_dir != NULL)
    g_setenv ("JUXTA_BUNDLED_DECKS_DIR", saved_dir, TRUE);
  else
    g_unsetenv ("JUXTA_BUNDLED_DECKS_DIR");
  g_unlink (laptops);
  g_unlink (broken);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* No user decks: the catalog test lists its own folder alone, whatever
   * other tests write to the suite's data folder meanwhile. */
  g_setenv ("XDG_DATA_HOME", "/nonexistent/juxta-test-loader", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/juxta/loader/laptops-model", test_laptops_model);
  g_test_add_func ("/juxta/loader/defaults", test_defaults);
  g_test_add_func ("/juxta/loader/lookups", test_lookups);
  g_test_add_func ("/juxta/loader/text-limit-counts-characters", test_text_limit_counts_characters);
  g_test_add_func ("/juxta/loader/unknown-keys-warn", test_unknown_keys_warn);
  g_test_add_func ("/juxta/loader/error-lines", test_error_lines);
  g_test_add_func ("/juxta/loader/syntax-error-line", test_syntax_error_line);
  g_test_add_func ("/juxta/loader/deck-locate", test_deck_locate);
  g_test_add_func ("/juxta/loader/schema-key-is-silent", test_schema_key_is_silent);
  g_test_add_func ("/juxta/loader/bundled-decks-load", test_bundled_decks_load);
  g_test_add_func ("/juxta/loader/catalog-cache", test_catalog_cache);

  return g_test_run ();
}
