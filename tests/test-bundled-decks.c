/* test-bundled-decks.c: every bundled deck's sources are dated and fresh
 *
 * Each source of a bundled deck, deck-level or option-level, must carry an
 * "as-of" date (the day it was last read and found to support the deck),
 * and no as-of may be more than 12 months older than the deck's "verified"
 * date.  The deck directory is JUXTA_BUNDLED_DECKS_DIR when set (the test
 * environment points it at data/decks), else data/decks next to the tests;
 * every *.json file in it is checked.  The rule itself is also tested on
 * small decks made here, so that a checker that lets everything through
 * would fail.
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "juxta-deck-loader.h"
#include "juxta-deck.h"
#include "juxta-test-util.h"

#define MAX_AGE_MONTHS 12

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  unsigned int year, month, day;
  char rest;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &rest) != 3)
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

static void
check_source (const JuxtaSource *source,
              const char        *where,
              const GDate       *oldest,
              const char        *oldest_text,
              GString           *problems)
{
  GDate as_of;

  if (source->as_of == NULL)
    {
      g_string_append_printf (problems, "%s \"%s\": no as-of date\n", where, source->title);
      return;
    }
  if (!parse_date (source->as_of, &as_of))
    g_string_append_printf (problems, "%s \"%s\": as-of \"%s\" is not a date\n",
                            where, source->title, source->as_of);
  else if (oldest != NULL && g_date_compare (&as_of, oldest) < 0)
    g_string_append_printf (problems,
                            "%s \"%s\": as-of %s is more than %d months before verified (oldest allowed %s)\n",
                            where, source->title, source->as_of, MAX_AGE_MONTHS, oldest_text);
}

/* Appends one line per problem to @problems, each starting with @name. */
static void
check_deck_sources (JuxtaDeck  *deck,
                    const char *name,
                    GString    *problems)
{
  const char *verified = juxta_deck_get_verified (deck);
  GDate oldest;
  char oldest_text[16] = "";
  gboolean have_oldest = FALSE;

  if (verified == NULL)
    g_string_append_printf (problems, "%s: no verified date\n", name);
  else if (parse_date (verified, &oldest))
    {
      g_date_subtract_months (&oldest, MAX_AGE_MONTHS);
      g_date_strftime (oldest_text, sizeof oldest_text, "%Y-%m-%d", &oldest);
      have_oldest = TRUE;
    }

  for (guint i = 0; i < juxta_deck_get_n_sources (deck); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s: $.sources[%u]", name, i);

      check_source (juxta_deck_get_source (deck, i), where,
                    have_oldest ? &oldest : NULL, oldest_text, problems);
    }
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (deck, o);

      for (guint i = 0; i < option->n_sources; i++)
        {
          g_autofree char *where = g_strdup_printf ("%s: $.options[%u].sources[%u]", name, o, i);

          check_source (&option->sources[i], where,
                        have_oldest ? &oldest : NULL, oldest_text, problems);
        }
    }
}

static char *
bundled_decks_dir (void)
{
  const char *dir = g_getenv ("JUXTA_BUNDLED_DECKS_DIR");

  if (dir != NULL && *dir != '\0')
    return g_strdup (dir);
  return g_test_build_filename (G_TEST_DIST, "..", "data", "decks", NULL);
}

static void
test_bundled_sources_dated (void)
{
  g_autofree char *dir_path = bundled_decks_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) problems = g_string_new (NULL);
  const char *entry;

  g_assert_no_error (error);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".json"))
      g_ptr_array_add (names, g_strdup (entry));
  /* An empty or wrong directory must not pass for a clean one. */
  g_assert_cmpuint (names->len, >=, 1);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GError) load_error = NULL;
      g_autoptr(JuxtaDeck) deck = juxta_deck_load_file (path, NULL, &load_error);

      if (deck == NULL)
        {
          g_string_append_printf (problems, "%s: does not load: %s\n", name, load_error->message);
          continue;
        }
      /* The bundled decks cite their sources; a deck without any is a mistake. */
      if (juxta_deck_get_n_sources (deck) == 0)
        g_string_append_printf (problems, "%s: no sources\n", name);
      check_deck_sources (deck, name, problems);
    }

  g_assert_cmpstr (problems->str, ==, "");
}

/* ------------------------------------------------ the rule on made decks */

static char *
deck_json (const char *verified,
           const char *deck_source,
           const char *option_source)
{
  g_autofree char *verified_member = verified != NULL
    ? g_strdup_printf (", \"verified\": \"%s\"", verified) : g_strdup ("");
  g_autofree char *option_sources = option_source != NULL
    ? g_strdup_printf (", \"sources\": [%s]", option_source) : g_strdup ("");

  return g_strdup_printf (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"t\", \"title\": \"T\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 1}%s},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}}],"
    " \"sources\": [%s]%s}",
    option_sources, deck_source, verified_member);
}

static char *
problems_of (const char *verified,
             const char *deck_source,
             const char *option_source)
{
  g_autofree char *json = deck_json (verified, deck_source, option_source);
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (json);
  GString *problems = g_string_new (NULL);

  check_deck_sources (deck, "t.json", problems);
  return g_string_free (problems, FALSE);
}

static void
test_rule (void)
{
  const char *fresh = "{\"title\": \"Fresh\", \"as-of\": \"2026-11-29\"}";
  g_autofree char *clean = NULL;
  g_autofree char *boundary = NULL;
  g_autofree char *leap = NULL;
  g_autofree char *undated = NULL;
  g_autofree char *stale = NULL;
  g_autofree char *undated_option = NULL;
  g_autofree char *stale_option = NULL;
  g_autofree char *unverified = NULL;

  clean = problems_of ("2026-11-29", fresh, fresh);
  g_assert_cmpstr (clean, ==, "");

  /* Exactly 12 months older is still allowed; one day more is not. */
  boundary = problems_of ("2026-11-29", "{\"title\": \"Old\", \"as-of\": \"2025-11-29\"}", NULL);
  g_assert_cmpstr (boundary, ==, "");
  stale = problems_of ("2026-11-29", "{\"title\": \"Old\", \"as-of\": \"2025-11-28\"}", NULL);
  g_assert_cmpstr (stale, ==,
                   "t.json: $.sources[0] \"Old\": as-of 2025-11-28 is more than 12 months before verified "
                   "(oldest allowed 2025-11-29)\n");
  /* A month without the day counts back to its last day. */
  leap = problems_of ("2028-02-29", "{\"title\": \"Leap\", \"as-of\": \"2027-02-28\"}", NULL);
  g_assert_cmpstr (leap, ==, "");

  undated = problems_of ("2026-11-29", "{\"title\": \"Undated\", \"url\": \"https://example.com/\"}", NULL);
  g_assert_cmpstr (undated, ==, "t.json: $.sources[0] \"Undated\": no as-of date\n");

  /* Sources attached to an option are held to the same rule. */
  undated_option = problems_of ("2026-11-29", fresh, "{\"title\": \"Option source\"}");
  g_assert_cmpstr (undated_option, ==, "t.json: $.options[0].sources[0] \"Option source\": no as-of date\n");
  stale_option = problems_of ("2026-11-29", fresh, "{\"title\": \"Option source\", \"as-of\": \"2024-04-01\"}");
  g_assert_cmpstr (stale_option, ==,
                   "t.json: $.options[0].sources[0] \"Option source\": as-of 2024-04-01 is more than "
                   "12 months before verified (oldest allowed 2025-11-29)\n");

  /* Without a verified date there is nothing to measure freshness against. */
  unverified = problems_of (NULL, fresh, NULL);
  g_assert_cmpstr (unverified, ==, "t.json: no verified date\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/juxta/bundled-decks/rule", test_rule);
  g_test_add_func ("/juxta/bundled-decks/sources-dated", test_bundled_sources_dated);

  return g_test_run ();
}
