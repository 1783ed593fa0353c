/* test-deck-lint.c: warnings about valid decks that would mislead */

#include "config.h"

#include "juxta-deck-check.h"
#include "juxta-deck-lint.h"
#include "juxta-test-util.h"

/* The day the tests run on, whatever the clock says. */
static GDateTime *
fixed_now (void)
{
  return g_date_time_new_utc (2026, 11, 29, 12, 0, 0);
}

static GPtrArray *
lint_with (JuxtaDeck                 *deck,
           const JuxtaLintTextLimits *limits)
{
  g_autoptr(GDateTime) now = fixed_now ();
  JuxtaLintOptions options = { now, limits };
  GPtrArray *diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
  guint n = juxta_deck_lint (deck, "test.json", &options, diagnostics);

  g_assert_cmpuint (n, ==, diagnostics->len);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);

      g_test_message ("%s", line);
      g_assert_cmpint (d->severity, ==, JUXTA_SEVERITY_WARNING);
      /* Every finding is at a place in the file. */
      g_assert_cmpuint (d->line, >, 0);
    }
  return diagnostics;
}

static GPtrArray *
lint (JuxtaDeck *deck)
{
  return lint_with (deck, NULL);
}

/* The message of the finding at @path that starts with @prefix, or NULL. */
static const char *
find (GPtrArray  *diagnostics,
      const char *path,
      const char *prefix)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (g_strcmp0 (d->path, path) == 0 && g_str_has_prefix (d->message, prefix))
        return d->message;
    }
  return NULL;
}

/* ------------------------------------------------------ the fixture */

static void
test_every_warning (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "decks", "lint", "every-warning.json", NULL);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_file (path, &loaded, &error);
  g_autoptr(GPtrArray) found = NULL;
  static const struct { const char *path; const char *message; } expected[] = {
    { "$.verified", "the facts were last verified on 2024-01-15, more than 12 months ago" },
    { "$.priorities[1]", "priorities \"cost\" and \"price\" score every option the same: one concern counts twice" },
    { "$.priorities[3]", "priorities \"speed\" and \"pace\" score the options almost alike (correlation 0.99" },
    { "$.priorities[3]", "no option gives a reason for this priority" },
    { "$.priorities[4].label", "57 characters long: the window shows about 43 whole at 1280×720 with 4 options" },
    { "$.options[0].tagline", "76 characters long: the window shows about 67 whole at 1280×720 with 4 options" },
    { "$.options[1].name", "the word “CB1200XLPROPLUSMAX2000” has 22 characters: the window shows words of about "
                           "19 whole at 1280×720 with 4 options (shorten it, or break it with a space or a hyphen)" },
    { "$.options[2].sources[0].as-of", "last read on 2024-03-01, more than 12 months ago" },
    { "$.options[3].reasons.speed", "the reason reads as a strength (\"fastest\"), but this option scores lowest "
                                    "on \"speed\" (1, against 5 for \"e-bike\")" },
    { "$.analogies[3].instead", "names \"lorry\", which is not for the audience \"owners\" that this analogy is "
                                "for, and the deck does not say which analogy that audience should hear instead: "
                                "it is told \"van\"" },
    { "$.analogies[3].instead", "names \"lorry\", which is not for the audience \"press\" that this analogy is "
                                "for, and no recommended analogy is for that audience" },
    { "$.sources[0]", "no \"as-of\" date" },
  };

  g_assert_no_error (error);
  /* The loader's own warning: a misspelt key, with what was meant. */
  g_assert_cmpuint (loaded->len, ==, 1);
  g_assert_cmpstr (((JuxtaDiagnostic *) g_ptr_array_index (loaded, 0))->message, ==,
                   "unknown key, ignored; did you mean \"talking-points\"? (known here: id, name, tagline, summary, "
                   "scores, reasons, facts, talking-points, sources)");

  found = lint_with (deck, juxta_lint_default_text_limits (juxta_deck_get_n_options (deck)));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("expected: %s: %s", expected[i].path, expected[i].message);
      g_assert_nonnull (find (found, expected[i].path, expected[i].message));
    }
  g_assert_cmpuint (found->len, ==, G_N_ELEMENTS (expected));
}

/* The decks Juxta ships say nothing that the lint reports. */
static void
test_bundled_decks_are_clean (void)
{
  const char *ids[] = { "aws-eks-vs-sagemaker", "aws-genai-build-paths", "aws-genai-platforms" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(JuxtaDeck) deck = juxta_test_bundled_deck (ids[i]);
      g_autoptr(GPtrArray) found = lint_with (deck, juxta_lint_default_text_limits (juxta_deck_get_n_options (deck)));

      g_assert_cmpuint (found->len, ==, 0);
    }
}

/* ------------------------------------------------- double counting */

/* A deck of @n_options options and two priorities, p scoring @p and q
 * scoring @q (one score per option, in half points). */
static JuxtaDeck *
two_priority_deck (guint      n_options,
                   const int *p,
                   const int *q)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"d\", \"title\": \"D\","
                                          " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}, {\"id\": \"q\", \"label\": \"Q\"}],"
                                          " \"options\": [");

  for (guint o = 0; o < n_options; o++)
    g_string_append_printf (json, "%s{\"id\": \"o%u\", \"name\": \"O%u\", \"scores\": {\"p\": %g, \"q\": %g},"
                            " \"reasons\": {\"p\": \"Why.\", \"q\": \"Why.\"}}",
                            o > 0 ? ", " : "", o, o, p[o] / 2.0, q[o] / 2.0);
  g_string_append (json, "]}");
  return juxta_test_deck_from_json (json->str);
}

static void
test_double_counting (void)
{
  static const struct {
    guint       n_options;
    int         p[6];
    int         q[6];
    const char *expected;   /* the start of the finding, or NULL */
  } cases[] = {
    /* Two options: every pair correlates, nothing is said. */
    { 2, { 2, 8 },             { 2, 8 },             NULL },
    /* Three: the same scores are one concern twice... */
    { 3, { 2, 8, 5 },          { 2, 8, 5 },          "priorities \"p\" and \"q\" score every option the same" },
    /* ...but a strong correlation is common by chance. */
    { 3, { 2, 8, 5 },          { 2, 9, 5 },          NULL },
    /* Four or more: above 0.95 is a note. */
    { 4, { 2, 8, 5, 10 },      { 2, 8, 6, 10 },      "priorities \"p\" and \"q\" score the options almost alike (correlation 0.99" },
    { 4, { 2, 8, 5, 10 },      { 10, 5, 8, 2 },      NULL },
    { 6, { 2, 4, 6, 8, 10, 3 }, { 2, 4, 6, 8, 10, 3 }, "priorities \"p\" and \"q\" score every option the same" },
    { 6, { 2, 4, 6, 8, 10, 3 }, { 4, 2, 6, 10, 8, 3 }, NULL },   /* correlation 0.82 */
    /* A priority that scores every option alike has no correlation. */
    { 4, { 5, 5, 5, 5 },       { 5, 5, 5, 6 },       NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JuxtaDeck) deck = two_priority_deck (cases[i].n_options, cases[i].p, cases[i].q);
      g_autoptr(GPtrArray) found = lint (deck);

      g_test_message ("case %u", i);
      if (cases[i].expected == NULL)
        g_assert_cmpuint (found->len, ==, 0);
      else
        {
          g_assert_cmpuint (found->len, ==, 1);
          /* At the second priority, naming both. */
          g_assert_nonnull (find (found, "$.priorities[1]", cases[i].expected));
        }
    }
}

/* ----------------------------------------------------------- reasons */

static void
test_reason_claims (void)
{
  static const struct {
    const char *reason;
    const char *claim;   /* NULL: no claim found */
  } cases[] = {
    { "The fastest to set up.", "fastest" },
    { "Best-in-class support, they say.", "best-in-class" },
    { "Simply the BEST.", "best" },
    { "Excellent documentation.", "excellent" },
    /* Turned around, or no claim at all. */
    { "Five hours at best.", NULL },
    { "Not the cheapest, by far.", NULL },
    { "It isn't the fastest.", NULL },
    { "Far from the simplest setup.", NULL },
    { "The second best choice.", NULL },
    { "Follows best practices.", NULL },
    { "A best effort service.", NULL },
    { "Slow and dear.", NULL },
    { "Bestows nothing.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf (
        "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"r\", \"title\": \"R\","
        " \"priorities\": [{\"id\": \"speed\", \"label\": \"Speed\"}],"
        " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"speed\": 1}, \"reasons\": {\"speed\": \"%s\"}},"
        "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"speed\": 4}},"
        "               {\"id\": \"c\", \"name\": \"C\", \"scores\": {\"speed\": 3}, \"reasons\": {\"speed\": \"%s\"}}]}",
        cases[i].reason, cases[i].reason);
      g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (json);
      g_autoptr(GPtrArray) found = lint (deck);

      g_test_message ("case %u: %s", i, cases[i].reason);
      /* Only the option that scores lowest: C is beaten too, but not last. */
      g_assert_null (find (found, "$.options[2].reasons.speed", ""));
      if (cases[i].claim == NULL)
        g_assert_cmpuint (found->len, ==, 0);
      else
        {
          g_autofree char *expected = g_strdup_printf ("the reason reads as a strength (\"%s\"), but this option "
                                                       "scores lowest on \"speed\" (1, against 4 for \"b\")",
                                                       cases[i].claim);
          g_assert_cmpuint (found->len, ==, 1);
          g_assert_nonnull (find (found, "$.options[0].reasons.speed", expected));
        }
    }
}

static void
test_reason_claim_needs_the_lowest_score (void)
{
  /* Sharing the lowest score is not scoring lowest. */
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"r\", \"title\": \"R\","
    " \"priorities\": [{\"id\": \"speed\", \"label\": \"Speed\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"speed\": 1}, \"reasons\": {\"speed\": \"The fastest.\"}},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"speed\": 1}}]}");
  g_autoptr(GPtrArray) found = lint (deck);

  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_missing_reasons (void)
{
  g_autoptr(JuxtaDeck) none = juxta_test_good_deck ("minimal.json");
  g_autoptr(JuxtaDeck) some = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"r\", \"title\": \"R\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}, {\"id\": \"q\", \"label\": \"Q\"}, {\"id\": \"r\", \"label\": \"R\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 1, \"q\": 2, \"r\": 3}, \"reasons\": {\"p\": \"Why.\"}},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 3, \"q\": 2, \"r\": 1}, \"reasons\": {\"r\": \"Why.\"}}]}");
  g_autoptr(GPtrArray) about_none = lint (none);
  g_autoptr(GPtrArray) about_some = lint (some);

  /* No reason at all: one finding about the whole deck, not one per priority. */
  g_assert_cmpuint (about_none->len, ==, 1);
  g_assert_nonnull (find (about_none, "$", "no option gives a reason for its scores"));
  g_assert_cmpuint (((JuxtaDiagnostic *) g_ptr_array_index (about_none, 0))->line, ==, 1);
  /* Some: each priority without one. */
  g_assert_cmpuint (about_some->len, ==, 1);
  g_assert_nonnull (find (about_some, "$.priorities[1]", "no option gives a reason for this priority"));
}

/* --------------------------------------------------------- analogies */

static void
test_instead_with_a_counterpart_is_fine (void)
{
  /* The bundled decks' way: avoid for everyone, instead the technical
   * analogy, and one business analogy that is its counterpart. */
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"s\", \"title\": \"S\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
    " \"audiences\": [{\"id\": \"tech\", \"label\": \"Tech\"}, {\"id\": \"biz\", \"label\": \"Biz\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 4}, \"reasons\": {\"p\": \"Why.\"}},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}}],"
    " \"analogies\": ["
    "   {\"id\": \"for-tech\", \"verdict\": \"recommended\", \"text\": \"A is the API.\", \"audiences\": [\"tech\"]},"
    "   {\"id\": \"for-all\", \"verdict\": \"recommended\", \"text\": \"A is a tool.\"},"
    "   {\"id\": \"for-biz\", \"verdict\": \"recommended\", \"text\": \"A is the taxi.\", \"audiences\": [\"biz\"]},"
    "   {\"id\": \"bad\", \"verdict\": \"avoid\", \"text\": \"A is a toy.\","
    "    \"triggers\": [[\"toy\"]], \"instead\": \"for-tech\"}]}");
  g_autoptr(GPtrArray) found = lint (deck);

  g_assert_cmpuint (found->len, ==, 0);
}

/* ----------------------------------------------------------- sources */

static void
test_dates (void)
{
  static const struct {
    const char *verified;
    const char *as_of;     /* NULL: none */
    const char *path;      /* of the finding, or NULL */
    const char *message;
  } cases[] = {
    /* Twelve months to the day is not older than twelve months. */
    { "2025-11-29", "2025-11-29", NULL, NULL },
    { "2025-11-28", "2026-11-29", "$.verified", "the facts were last verified on 2025-11-28, more than 12 months ago" },
    { "2026-11-29", "2025-11-28", "$.sources[0].as-of", "last read on 2025-11-28, more than 12 months ago" },
    { "2026-11-29", NULL, "$.sources[0]", "no \"as-of\" date" },
    /* A date after today is not old. */
    { "2027-01-01", "2027-01-01", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *source = cases[i].as_of != NULL
        ? g_strdup_printf ("{\"title\": \"S\", \"as-of\": \"%s\"}", cases[i].as_of)
        : g_strdup ("{\"title\": \"S\"}");
      g_autofree char *json = g_strdup_printf (
        "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"d\", \"title\": \"D\", \"verified\": \"%s\","
        " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
        " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 4}, \"reasons\": {\"p\": \"Why.\"}},"
        "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}}],"
        " \"sources\": [%s]}", cases[i].verified, source);
      g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (json);
      g_autoptr(GPtrArray) found = lint (deck);

      g_test_message ("case %u", i);
      if (cases[i].path == NULL)
        g_assert_cmpuint (found->len, ==, 0);
      else
        {
          g_assert_cmpuint (found->len, ==, 1);
          g_assert_nonnull (find (found, cases[i].path, cases[i].message));
        }
    }
}

static void
test_option_sources (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"d\", \"title\": \"D\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 4}, \"reasons\": {\"p\": \"Why.\"}},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2},"
    "                \"sources\": [{\"title\": \"Fresh\", \"as-of\": \"2026-06-01\"}, {\"title\": \"Undated\"}]}]}");
  g_autoptr(GPtrArray) found = lint (deck);

  g_assert_cmpuint (found->len, ==, 1);
  g_assert_nonnull (find (found, "$.options[1].sources[1]", "no \"as-of\" date"));
}

/* ------------------------------------------------------- text length */

static void
test_text_limits (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  JuxtaLintTextLimits limits = { .option_name = 12, .option_tagline = 0, .priority_label = 10 };
  g_autoptr(GPtrArray) unlimited = lint (deck);
  g_autoptr(GPtrArray) limited = lint_with (deck, &limits);

  /* Without limits, nothing; with them, each text over its limit. */
  g_assert_cmpuint (unlimited->len, ==, 0);
  g_assert_cmpuint (limited->len, ==, 2);
  g_assert_nonnull (find (limited, "$.options[1].name", "14 characters long: the window shows about 12 whole"));
  g_assert_nonnull (find (limited, "$.priorities[0].label", "12 characters long: the window shows about 10 whole"));
  /* At the limit is within it ("Ultrabook 13", "Low weight"); a limit of 0 is no limit. */
  g_assert_null (find (limited, "$.options[0].name", ""));
  g_assert_null (find (limited, "$.priorities[1].label", ""));
  g_assert_null (find (limited, "$.options[0].tagline", ""));
}

/* A text of @n characters in words of four letters. */
static char *
text_of_length (guint n)
{
  GString *s = g_string_new (NULL);

  while (s->len < n)
    g_string_append_c (s, s->len % 5 == 4 ? ' ' : 'a' + s->len % 5);
  if (s->str[n - 1] == ' ')
    s->str[n - 1] = '.';
  return g_string_free (s, FALSE);
}

/* The limits measured on the window (tests/measure-text-limits.c), for
 * each number of options: a deck whose texts are at its limits has no
 * warning (courier-bikes-6.json and courier-bikes-3.json); a character
 * more, one warning for each such text, at its value, with the limit of
 * its number of options. */
static void
test_default_text_limits (void)
{
  g_autoptr(JuxtaDeck) at_six = juxta_test_good_deck ("courier-bikes-6.json");
  g_autoptr(JuxtaDeck) at_three = juxta_test_good_deck ("courier-bikes-3.json");
  g_autoptr(GPtrArray) clean_six = lint_with (at_six, juxta_lint_default_text_limits (6));
  g_autoptr(GPtrArray) clean_three = lint_with (at_three, juxta_lint_default_text_limits (3));

  g_assert_cmpuint (clean_six->len, ==, 0);
  g_assert_cmpuint (clean_three->len, ==, 0);

  for (guint n_options = JUXTA_LINT_TEXT_LIMITS_MIN_OPTIONS; n_options <= JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS;
       n_options++)
    {
      const JuxtaLintTextLimits *limits = juxta_lint_default_text_limits (n_options);
      g_autofree char *name = text_of_length (limits->option_name + 1);
      g_autofree char *tagline = text_of_length (limits->option_tagline + 1);
      g_autofree char *label = text_of_length (limits->priority_label + 1);
      g_autofree char *message = g_strdup_printf ("%u characters long: the window shows about %u whole at "
                                                  "1280×720 with %u options",
                                                  limits->option_name + 1, limits->option_name, n_options);
      g_autofree char *word = g_strnfill (limits->priority_label_word + 1, 'w');
      g_autoptr(GString) json = g_string_new (NULL);
      g_autoptr(JuxtaDeck) over = NULL;
      g_autoptr(GPtrArray) found = NULL;

      g_test_message ("%u options", n_options);
      g_assert_cmpuint (limits->option_name, >, 0);
      g_assert_cmpuint (limits->option_tagline, >, 0);
      g_assert_cmpuint (limits->priority_label, >, 0);
      g_assert_cmpuint (limits->option_name_word, >, 0);
      g_assert_cmpuint (limits->option_tagline_word, >, 0);
      g_assert_cmpuint (limits->priority_label_word, >, 0);

      /* One character over each limit, and a word one over. */
      g_string_printf (json,
        "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"d\", \"title\": \"D\","
        " \"priorities\": [{\"id\": \"p\", \"label\": \"%s\"}, {\"id\": \"q\", \"label\": \"A %s\"}],"
        " \"options\": [{\"id\": \"a\", \"name\": \"%s\", \"tagline\": \"%s\","
        "                \"scores\": {\"p\": 4, \"q\": 2}, \"reasons\": {\"p\": \"Why.\", \"q\": \"Why.\"}}",
        label, word, name, tagline);
      for (guint o = 1; o < n_options; o++)
        g_string_append_printf (json, ", {\"id\": \"o%u\", \"name\": \"B\", \"scores\": {\"p\": %u, \"q\": %u}}", o,
                                1 + o % 5, 5 - o % 5);
      g_string_append (json, "]}");
      over = juxta_test_deck_from_json (json->str);
      g_assert_cmpuint (juxta_deck_get_n_options (over), ==, n_options);
      found = lint_with (over, juxta_lint_default_text_limits (juxta_deck_get_n_options (over)));
      g_assert_cmpuint (found->len, ==, 4);
      g_assert_cmpstr (find (found, "$.options[0].name", ""), ==, message);
      g_assert_nonnull (find (found, "$.options[0].tagline", ""));
      g_assert_nonnull (find (found, "$.priorities[0].label", ""));
      g_assert_nonnull (find (found, "$.priorities[1].label", "the word “www"));
    }
}

/* Each number of options has its own limits: fewer options, wider
 * columns, longer texts.  A deck of three whose texts fit three columns
 * but not six gets no warning; the same texts in a deck of six do, and a
 * deck of more than six is held to six's limits, and told so. */
static void
test_text_limits_per_option_count (void)
{
  g_autoptr(JuxtaDeck) three = juxta_test_good_deck ("courier-bikes-3.json");
  g_autoptr(GPtrArray) as_three = lint_with (three, juxta_lint_default_text_limits (3));
  g_autoptr(GPtrArray) as_six = lint_with (three, juxta_lint_default_text_limits (6));
  g_autoptr(GPtrArray) unlimited = lint (three);
  g_autoptr(GString) json = g_string_new ("{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"d\", \"title\": \"D\","
                                          " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}], \"options\": [");
  const JuxtaLintTextLimits *six = juxta_lint_default_text_limits (6);
  g_autofree char *long_name = text_of_length (six->option_name + 1);
  g_autoptr(JuxtaDeck) seven = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_assert_cmpuint (unlimited->len, ==, 0);
  /* Fewer options, longer limits; none below six's. */
  for (guint n = JUXTA_LINT_TEXT_LIMITS_MIN_OPTIONS; n < JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS; n++)
    {
      const JuxtaLintTextLimits *fewer = juxta_lint_default_text_limits (n);
      const JuxtaLintTextLimits *more = juxta_lint_default_text_limits (n + 1);

      g_assert_cmpuint (fewer->option_name, >=, more->option_name);
      g_assert_cmpuint (fewer->option_tagline, >=, more->option_tagline);
      g_assert_cmpuint (fewer->option_name_word, >=, more->option_name_word);
      g_assert_cmpuint (fewer->priority_label, >=, more->priority_label);
    }
  g_assert_true (juxta_lint_default_text_limits (1) == juxta_lint_default_text_limits (2));
  g_assert_true (juxta_lint_default_text_limits (7) == six);
  g_assert_true (juxta_lint_default_text_limits (64) == six);
  g_assert_cmpuint (juxta_lint_default_text_limits (3)->option_name, >, six->option_name);

  /* courier-bikes-3.json: its longest name, tagline and word are beyond
   * six's limits and within three's. */
  g_assert_cmpuint (juxta_deck_get_n_options (three), ==, 3);
  g_assert_cmpuint (as_three->len, ==, 0);
  g_assert_cmpuint (as_six->len, ==, 6);
  g_assert_nonnull (find (as_six, "$.options[0].name", "94 characters long: the window shows about"));
  g_assert_nonnull (find (as_six, "$.options[1].name", "the word “Hochleistungslastenfahrrad” has 26 characters"));

  /* Seven options: six's limits, and the warning says so. */
  for (guint o = 0; o < 7; o++)
    g_string_append_printf (json, "%s{\"id\": \"o%u\", \"name\": \"%s\", \"scores\": {\"p\": %u}, "
                            "\"reasons\": {\"p\": \"Why.\"}}", o > 0 ? ", " : "", o, o == 0 ? long_name : "Short",
                            1 + o % 5);
  g_string_append (json, "]}");
  seven = juxta_test_deck_from_json (json->str);
  found = lint_with (seven, juxta_lint_default_text_limits (juxta_deck_get_n_options (seven)));
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_str_has_suffix (find (found, "$.options[0].name", ""), " at 1280×720 with six options, and fewer "
                                                                          "with more"));
  /* A deck of three with three's limits, a character over: it says three. */
  {
    const JuxtaLintTextLimits *limits = juxta_lint_default_text_limits (3);
    g_autofree char *name = text_of_length (limits->option_name + 1);
    g_autofree char *json3 = g_strdup_printf (
      "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"d\", \"title\": \"D\","
      " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}], \"options\": ["
      "{\"id\": \"a\", \"name\": \"%s\", \"scores\": {\"p\": 1}, \"reasons\": {\"p\": \"Why.\"}},"
      "{\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 3}, \"reasons\": {\"p\": \"Why.\"}},"
      "{\"id\": \"c\", \"name\": \"C\", \"scores\": {\"p\": 5}, \"reasons\": {\"p\": \"Why.\"}}]}", name);
    g_autoptr(JuxtaDeck) over = juxta_test_deck_from_json (json3);
    g_autoptr(GPtrArray) over_found = lint_with (over, juxta_lint_default_text_limits (juxta_deck_get_n_options (over)));
    g_autofree char *expected = g_strdup_printf ("%u characters long: the window shows about %u whole at 1280×720 "
                                                 "with 3 options", limits->option_name + 1, limits->option_name);

    g_assert_cmpuint (over_found->len, ==, 1);
    g_assert_cmpstr (find (over_found, "$.options[0].name", ""), ==, expected);
  }
}

/* A word is what the window cannot break: spaces, hyphens and slashes
 * end one, ideographs are words of their own. */
static void
test_text_limits_words (void)
{
  JuxtaLintTextLimits limits = { .option_name_word = 6 };
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"d\", \"title\": \"D\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"Cargo-bike and/or e-bike\", \"scores\": {\"p\": 4},"
    "                \"reasons\": {\"p\": \"Why.\"}},"
    "               {\"id\": \"b\", \"name\": \"货运自行车电动自行车\", \"scores\": {\"p\": 2}},"
    "               {\"id\": \"c\", \"name\": \"Longtail bike\", \"scores\": {\"p\": 3}}]}");
  g_autoptr(GPtrArray) found = lint_with (deck, &limits);

  g_assert_cmpuint (found->len, ==, 1);
  g_assert_nonnull (find (found, "$.options[2].name", "the word “Longtail” has 8 characters"));
}

/* The decks of the test corpus within the limits, and those beyond them
 * on purpose: long names, taglines and labels, a product code. */
static void
test_good_decks_text_limits (void)
{
  static const struct { const char *name; guint n_beyond; } decks[] = {
    { "conference-venues-3.json", 2 },    /* two labels a character over */
    { "container-services-5.json", 3 },   /* long priorities */
    { "courier-bikes-3.json", 0 },        /* at three's limits */
    { "courier-bikes-6.json", 0 },        /* at six's limits */
    { "databases-3.json", 0 },            /* long taglines, within three's limits */
    { "databases.json", 0 },
    { "fleet-vehicles-6.json", 1 },       /* a tagline a character over */
    { "laptops.json", 0 },
    { "minimal.json", 0 },
    { "odd-text-3.json", 4 },             /* long labels, very long taglines */
    { "static-sites-4.json", 1 },         /* a name beyond four's limit */
    { "two-long-names-2.json", 8 },       /* long labels; names that two columns show whole */
  };

  for (guint i = 0; i < G_N_ELEMENTS (decks); i++)
    {
      g_autoptr(JuxtaDeck) deck = juxta_test_good_deck (decks[i].name);
      g_autoptr(GPtrArray) with = lint_with (deck, juxta_lint_default_text_limits (juxta_deck_get_n_options (deck)));
      g_autoptr(GPtrArray) without = lint (deck);

      g_test_message ("%s", decks[i].name);
      g_assert_cmpuint (with->len - without->len, ==, decks[i].n_beyond);
    }
}

/* ------------------------------------------------------- the check */

/* What --check and the window say: the loader's warnings, failed
 * expectations and the lint with the measured limits, in file order. */
static void
test_check (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "decks", "lint", "every-warning.json", NULL);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_file (path, &found, NULL);
  g_autoptr(GPtrArray) linted = NULL;
  guint n_loaded;

  g_assert_nonnull (deck);
  n_loaded = found->len;
  linted = lint_with (deck, juxta_lint_default_text_limits (juxta_deck_get_n_options (deck)));
  g_assert_cmpuint (juxta_deck_check (deck, "test.json", now, found), ==, 0);
  g_assert_cmpuint (found->len, ==, n_loaded + linted->len);
  for (guint i = 1; i < found->len; i++)
    {
      const JuxtaDiagnostic *a = g_ptr_array_index (found, i - 1), *b = g_ptr_array_index (found, i);
      g_assert_true (a->line < b->line || (a->line == b->line && a->column <= b->column));
    }

  /* With the limits of the deck's number of options: a deck at three's,
   * beyond six's, is clean. */
  {
    g_autoptr(JuxtaDeck) three = juxta_test_good_deck ("courier-bikes-3.json");
    g_autoptr(GPtrArray) as_six = lint_with (three, juxta_lint_default_text_limits (6));
    g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);

    g_assert_cmpuint (as_six->len, >, 0);
    g_assert_cmpuint (juxta_deck_check (three, "courier-bikes-3.json", now, none), ==, 0);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* An expectation that fails is counted, and reported at the expectation. */
static void
test_check_expectations (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"d\", \"title\": \"D\",\n"
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],\n"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 4}, \"reasons\": {\"p\": \"Why.\"}},\n"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}, \"reasons\": {\"p\": \"Why.\"}}],\n"
    " \"expectations\": [{\"label\": \"A leads\", \"leader\": \"a\"},\n"
    "                    {\"label\": \"B leads\", \"leader\": \"b\"}]}");
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
  g_autoptr(GDateTime) now = fixed_now ();
  const JuxtaDiagnostic *d;

  g_assert_cmpuint (juxta_deck_check (deck, "test.json", now, found), ==, 1);
  g_assert_cmpuint (found->len, ==, 1);
  d = g_ptr_array_index (found, 0);
  g_assert_cmpuint (d->line, ==, 6);
  g_assert_nonnull (strstr (d->message, "B leads"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/juxta/deck-lint/every-warning", test_every_warning);
  g_test_add_func ("/juxta/deck-lint/bundled-decks-are-clean", test_bundled_decks_are_clean);
  g_test_add_func ("/juxta/deck-lint/double-counting", test_double_counting);
  g_test_add_func ("/juxta/deck-lint/reason-claims", test_reason_claims);
  g_test_add_func ("/juxta/deck-lint/reason-claim-needs-the-lowest-score", test_reason_claim_needs_the_lowest_score);
  g_test_add_func ("/juxta/deck-lint/missing-reasons", test_missing_reasons);
  g_test_add_func ("/juxta/deck-lint/instead-with-a-counterpart-is-fine", test_instead_with_a_counterpart_is_fine);
  g_test_add_func ("/juxta/deck-lint/dates", test_dates);
  g_test_add_func ("/juxta/deck-lint/option-sources", test_option_sources);
  g_test_add_func ("/juxta/deck-lint/text-limits", test_text_limits);
  g_test_add_func ("/juxta/deck-lint/text-limits/default", test_default_text_limits);
  g_test_add_func ("/juxta/deck-lint/text-limits/words", test_text_limits_words);
  g_test_add_func ("/juxta/deck-lint/text-limits/per-option-count", test_text_limits_per_option_count);
  g_test_add_func ("/juxta/deck-lint/text-limits/good-decks", test_good_decks_text_limits);
  g_test_add_func ("/juxta/deck-lint/check", test_check);
  g_test_add_func ("/juxta/deck-lint/check/expectations", test_check_expectations);

  return g_test_run ();
}
