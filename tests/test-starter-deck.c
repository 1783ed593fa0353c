/* test-starter-deck.c: the deck `juxta --new` writes, for any names */

#include "config.h"

#include "juxta-advisor.h"
#include "juxta-deck-lint.h"
#include "juxta-phrase-guard.h"
#include "juxta-starter-deck.h"
#include "juxta-test-util.h"

#define TODAY "2026-11-29"

/* Renders the starter for @options and @priorities (NULL: the
 * placeholders), loads it and checks it as `juxta --check --strict` does:
 * no problem of any kind. */
static JuxtaDeck *
render_and_check (const char *const *options,
                  const char *const *priorities,
                  char              **text)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 29, 12, 0, 0);
  JuxtaLintOptions lint = { now, NULL };
  JuxtaStarterDeckSpec spec = { "starter", options, priorities, TODAY, "file:///nowhere/juxta-deck.schema.json" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autofree char *json = juxta_starter_deck_render (&spec, &error);
  JuxtaDeck *deck;

  g_assert_no_error (error);
  g_assert_nonnull (json);
  deck = juxta_deck_load_data (json, strlen (json), "starter.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpuint (juxta_advisor_check_expectations (deck, "starter.json", diagnostics), ==, 0);
  juxta_phrase_guard_check_deck (deck, "starter.json", diagnostics);
  juxta_deck_lint (deck, "starter.json", &lint, diagnostics);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      g_test_message ("%s", line);
    }
  g_assert_cmpuint (diagnostics->len, ==, 0);
  if (text != NULL)
    *text = g_steal_pointer (&json);
  return deck;
}

static void
test_default_has_every_part (void)
{
  g_autofree char *text = NULL;
  g_autoptr(JuxtaDeck) deck = render_and_check (NULL, NULL, &text);
  gboolean recommended = FALSE, avoided = FALSE;

  g_test_message ("%s", text);
  g_assert_cmpstr (juxta_deck_get_id (deck), ==, "starter");
  g_assert_true (g_str_has_prefix (text, "{\n  \"$schema\": \"file:///nowhere/juxta-deck.schema.json\",\n"));
  /* Two options and three priorities, with scores and reasons. */
  g_assert_cmpuint (juxta_deck_get_n_options (deck), ==, 2);
  g_assert_cmpuint (juxta_deck_get_n_priorities (deck), ==, 3);
  g_assert_cmpstr (juxta_deck_get_option (deck, 0)->id, ==, "option-a");
  g_assert_cmpstr (juxta_deck_get_priority (deck, 2)->id, ==, "third-priority");
  for (guint o = 0; o < 2; o++)
    for (guint p = 0; p < 3; p++)
      g_assert_nonnull (juxta_deck_get_option (deck, o)->reasons[p]);
  /* A dimension with facts, one of them a list. */
  g_assert_cmpuint (juxta_deck_get_n_dimensions (deck), ==, 1);
  g_assert_nonnull (juxta_deck_get_option (deck, 0)->facts[0]);
  g_assert_nonnull (juxta_deck_get_option (deck, 1)->facts[0][1]);
  /* A requirement, a preset, two audiences. */
  g_assert_cmpuint (juxta_deck_get_n_requirements (deck), ==, 1);
  g_assert_cmpuint (juxta_deck_get_n_presets (deck), ==, 1);
  g_assert_cmpuint (juxta_deck_get_n_audiences (deck), ==, 2);
  /* An analogy to use and one to avoid, which names it instead. */
  for (guint a = 0; a < juxta_deck_get_n_analogies (deck); a++)
    {
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (deck, a);

      recommended |= analogy->verdict == JUXTA_ANALOGY_RECOMMENDED;
      if (analogy->verdict == JUXTA_ANALOGY_AVOID)
        {
          avoided = TRUE;
          g_assert_cmpint (analogy->instead, >=, 0);
          /* Its triggers find its own text. */
          g_assert_true (juxta_phrase_guard_trips_avoid (deck, analogy->text, NULL));
        }
    }
  g_assert_true (recommended && avoided);
  /* A glossary entry, a dated source, the verified date, an answer, a
   * bottom line, and an expectation (that passed above). */
  g_assert_cmpuint (juxta_deck_get_n_terms (deck), ==, 1);
  g_assert_cmpuint (juxta_deck_get_n_sources (deck), ==, 1);
  g_assert_cmpstr (juxta_deck_get_source (deck, 0)->as_of, ==, TODAY);
  g_assert_cmpstr (juxta_deck_get_verified (deck), ==, TODAY);
  g_assert_cmpuint (juxta_deck_get_n_answers (deck), ==, 1);
  g_assert_nonnull (juxta_deck_get_bottom_line_say (deck));
  g_assert_cmpuint (juxta_deck_get_n_expectations (deck), ==, 1);
  g_assert_nonnull (juxta_deck_get_framing (deck));
  g_assert_nonnull (juxta_deck_get_subtitle (deck));
}

static void
test_names_become_ids (void)
{
  const char *options[] = { "Amazon RDS", "Aurora (Serverless v2)", "Café 2", "日本", "amazon rds", NULL };
  const char *priorities[] = { "Low cost", "Time to value", "Speed!", NULL };
  g_autoptr(JuxtaDeck) deck = render_and_check (options, priorities, NULL);
  const char *option_ids[] = { "amazon-rds", "aurora-serverless-v2", "cafe-2", "option-4", "amazon-rds-2" };
  const char *priority_ids[] = { "low-cost", "time-to-value", "speed" };

  for (guint o = 0; o < G_N_ELEMENTS (option_ids); o++)
    {
      g_assert_cmpstr (juxta_deck_get_option (deck, o)->id, ==, option_ids[o]);
      g_assert_cmpstr (juxta_deck_get_option (deck, o)->name, ==, options[o]);
    }
  for (guint p = 0; p < G_N_ELEMENTS (priority_ids); p++)
    {
      g_assert_cmpstr (juxta_deck_get_priority (deck, p)->id, ==, priority_ids[p]);
      g_assert_cmpstr (juxta_deck_get_priority (deck, p)->label, ==, priorities[p]);
    }
}

static void
test_make_id (void)
{
  static const struct { const char *name; const char *id; } cases[] = {
    { "Low cost", "low-cost" },
    { "  --Time to value--  ", "time-to-value" },
    { "Ça coûte", "ca-coute" },
    { "2024 plan", "2024-plan" },
    { "***", NULL },
    { "", NULL },
  };
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autofree char *long_id = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = juxta_starter_deck_make_id (cases[i].name);
      g_assert_cmpstr (id, ==, cases[i].id);
    }
  /* At most 64 characters, and no "-" at the end after cutting. */
  for (guint i = 0; i < 40; i++)
    g_string_append (long_name, "ab ");
  long_id = juxta_starter_deck_make_id (long_name->str);
  g_assert_cmpuint (strlen (long_id), <=, 64);
  g_assert_false (g_str_has_suffix (long_id, "-"));
}

/* The id juxta --new and New Deck… give a deck: its file's name, without
 * the folder and ".json". */
static void
test_make_id_for_file (void)
{
  static const struct { const char *path; const char *id; } cases[] = {
    { "Kettle or teapot.json", "kettle-or-teapot" },
    { "/tmp/decks/Ça coûte.json", "ca-coute" },
    { "plan.json.bak", "plan-json-bak" },
    { "No suffix", "no-suffix" },
    { "/tmp/***.json", "my-deck" },
    { ".json", "my-deck" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = juxta_starter_deck_make_id_for_file (cases[i].path);
      g_assert_cmpstr (id, ==, cases[i].id);
    }
}

/* Every size the format allows checks clean: the placeholder scores never
 * make two priorities alike. */
static void
test_every_size_checks_clean (void)
{
  static const guint option_counts[] = { 2, 3, 4, 5, 6, 12, 64 };
  static const guint priority_counts[] = { 1, 2, 3, 7, 32 };

  for (guint i = 0; i < G_N_ELEMENTS (option_counts); i++)
    for (guint j = 0; j < G_N_ELEMENTS (priority_counts); j++)
      {
        g_auto(GStrv) options = g_new0 (char *, option_counts[i] + 1);
        g_auto(GStrv) priorities = g_new0 (char *, priority_counts[j] + 1);
        g_autoptr(JuxtaDeck) deck = NULL;

        for (guint o = 0; o < option_counts[i]; o++)
          options[o] = g_strdup_printf ("Choice %u", o + 1);
        for (guint p = 0; p < priority_counts[j]; p++)
          priorities[p] = g_strdup_printf ("Concern %u", p + 1);
        g_test_message ("%u options, %u priorities", option_counts[i], priority_counts[j]);
        deck = render_and_check ((const char *const *) options, (const char *const *) priorities, NULL);
        g_assert_cmpuint (juxta_deck_get_n_options (deck), ==, option_counts[i]);
        g_assert_cmpuint (juxta_deck_get_n_priorities (deck), ==, priority_counts[j]);
      }
}

static void
test_same_names_same_deck (void)
{
  JuxtaStarterDeckSpec spec = { NULL, NULL, NULL, TODAY, NULL };
  g_autofree char *a = juxta_starter_deck_render (&spec, NULL);
  g_autofree char *b = juxta_starter_deck_render (&spec, NULL);

  g_assert_cmpstr (a, ==, b);
  /* No "$schema" when none is given; "my-deck" without an id. */
  g_assert_null (strstr (a, "$schema"));
  g_assert_nonnull (strstr (a, "\"id\": \"my-deck\""));
}

static void
test_refuses_what_no_deck_holds (void)
{
  const char *one[] = { "Alone", NULL };
  const char *blank[] = { "A", "  ", NULL };
  const char *none[] = { NULL };
  g_auto(GStrv) many = g_new0 (char *, 66);
  g_autoptr(GString) huge = g_string_new (NULL);
  const char *too_long[] = { "A", NULL, NULL };
  struct {
    const char        *id;
    const char *const *options;
    const char *const *priorities;
    const char        *message;
  } cases[] = {
    { NULL, one, NULL, "expected 2 to 64 option names, got 1" },
    { NULL, (const char *const *) many, NULL, "expected 2 to 64 option names, got 65" },
    { NULL, NULL, none, "expected 1 to 32 priority names, got 0" },
    { NULL, blank, NULL, "each of the option names must be text of 1 to 4096 characters" },
    { NULL, too_long, NULL, "each of the option names must be text of 1 to 4096 characters" },
    { "My Deck", NULL, NULL, "\"My Deck\" is not a valid id (expected 1 to 64 lowercase letters, digits and \"-\", "
                             "starting with a letter or digit)" },
  };

  for (guint i = 0; i < 65; i++)
    many[i] = g_strdup_printf ("O%u", i);
  for (guint i = 0; i < 4097; i++)
    g_string_append (huge, "é");
  too_long[1] = huge->str;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      JuxtaStarterDeckSpec spec = { cases[i].id, cases[i].options, cases[i].priorities, TODAY, NULL };
      g_autoptr(GError) error = NULL;
      g_autofree char *json = juxta_starter_deck_render (&spec, &error);

      g_assert_null (json);
      g_assert_error (error, JUXTA_STARTER_DECK_ERROR, JUXTA_STARTER_DECK_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/juxta/starter-deck/default-has-every-part", test_default_has_every_part);
  g_test_add_func ("/juxta/starter-deck/names-become-ids", test_names_become_ids);
  g_test_add_func ("/juxta/starter-deck/make-id", test_make_id);
  g_test_add_func ("/juxta/starter-deck/make-id-for-file", test_make_id_for_file);
  g_test_add_func ("/juxta/starter-deck/every-size-checks-clean", test_every_size_checks_clean);
  g_test_add_func ("/juxta/starter-deck/same-names-same-deck", test_same_names_same_deck);
  g_test_add_func ("/juxta/starter-deck/refuses-what-no-deck-holds", test_refuses_what_no_deck_holds);

  return g_test_run ();
}
