/* juxta-deck-lint.c: warnings about a valid deck that would mislead
 *
 * Every check here is documented in docs/deck-format.md ("Lint warnings"),
 * one paragraph each, with its rule.  They look at the deck only: no
 * scenario, no window.
 */

#define G_LOG_DOMAIN "juxta-deck-lint"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "juxta-deck-lint.h"

/* Above this, two priorities of a deck of four or more options are
 * reported as scoring the options almost alike. */
#define MAX_CORRELATION 0.95

typedef struct
{
  JuxtaDeck              *deck;
  const char             *file;
  const JuxtaLintOptions *options;
  GDate                   today;
  GPtrArray              *diagnostics;
  guint                   n_found;
} Linter;

G_GNUC_PRINTF (3, 4)
static void
warn (Linter     *l,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (l->diagnostics,
                   juxta_deck_diagnostic_new (l->deck, JUXTA_SEVERITY_WARNING, l->file, path, message));
  l->n_found++;
}

static const char *
priority_id (Linter *l,
             guint   p)
{
  return juxta_deck_get_priority (l->deck, p)->id;
}

/* -------------------------------------------------- double counting */

static gboolean
scores_identical (Linter *l,
                  guint   p,
                  guint   q)
{
  for (guint o = 0; o < juxta_deck_get_n_options (l->deck); o++)
    if (juxta_deck_get_option (l->deck, o)->scores[p] != juxta_deck_get_option (l->deck, o)->scores[q])
      return FALSE;
  return TRUE;
}

/* Pearson's correlation of two priorities' scores over the options; NAN
 * when either scores every option the same. */
static double
scores_correlation (Linter *l,
                    guint   p,
                    guint   q)
{
  guint n = juxta_deck_get_n_options (l->deck);
  double mean_p = 0, mean_q = 0, cov = 0, var_p = 0, var_q = 0;

  for (guint o = 0; o < n; o++)
    {
      mean_p += juxta_option_get_score (juxta_deck_get_option (l->deck, o), p) / n;
      mean_q += juxta_option_get_score (juxta_deck_get_option (l->deck, o), q) / n;
    }
  for (guint o = 0; o < n; o++)
    {
      double dp = juxta_option_get_score (juxta_deck_get_option (l->deck, o), p) - mean_p;
      double dq = juxta_option_get_score (juxta_deck_get_option (l->deck, o), q) - mean_q;

      cov += dp * dq;
      var_p += dp * dp;
      var_q += dq * dq;
    }
  if (var_p < 1e-12 || var_q < 1e-12)
    return NAN;
  return cov / sqrt (var_p * var_q);
}

/* With two options any two priorities that are not flat correlate fully,
 * and with three a strong correlation is common by chance: identical
 * scores count from three options, near-identical ones from four. */
static void
lint_double_counting (Linter *l)
{
  guint n_options = juxta_deck_get_n_options (l->deck);
  guint n = juxta_deck_get_n_priorities (l->deck);

  if (n_options < 3)
    return;
  for (guint q = 1; q < n; q++)
    for (guint p = 0; p < q; p++)
      {
        g_autofree char *path = g_strdup_printf ("$.priorities[%u]", q);
        double r;

        if (scores_identical (l, p, q))
          warn (l, path, _("priorities \"%s\" and \"%s\" score every option the same: one concern "
                           "counts twice (merge them, or score them apart)"),
                priority_id (l, p), priority_id (l, q));
        else if (n_options >= 4 && (r = scores_correlation (l, p, q)) > MAX_CORRELATION)
          warn (l, path, _("priorities \"%s\" and \"%s\" score the options almost alike (correlation "
                           "%.3f): they may count one concern twice"),
                priority_id (l, p), priority_id (l, q), r);
      }
}

/* ----------------------------------------------------------- reasons */

/* English words that claim the top spot or an outstanding strength.  A
 * reason with one of them, on a priority where its option scores lowest of
 * all, contradicts the scores: wherever it is shown, it is shown beside a
 * stronger option.  Only the lowest: "the cheapest electric van" may be
 * true of an option that others beat. */
static const char *const top_spot_words[] = {
  "best", "fastest", "quickest", "cheapest", "strongest", "safest", "simplest", "easiest",
  "lightest", "unmatched", "unrivalled", "unrivaled", "unbeatable", "best-in-class",
  "industry-leading", "market-leading", "excellent", "outstanding", "exceptional", "superb",
};

/* Words that, up to three words before, turn the claim around ("not the
 * best", "second best", "at best", "far from the fastest"). */
static const char *const turning_words[] = {
  "not", "no", "never", "nor", "hardly", "without", "far", "second", "third", "next", "at",
};

/* Words that, right after "best", make it no claim ("best practices",
 * "best effort"). */
static const char *const not_a_claim_after[] = {
  "practice", "practices", "effort", "efforts", "guess", "case",
};

static gboolean
in_list (const char        *word,
         const char *const *list,
         gsize              n)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The text's words, casefolded: runs of letters, digits, "-" and "'". */
static GPtrArray *
split_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *c = text;; c = g_utf8_next_char (c))
    {
      gunichar u = *c != '\0' ? g_utf8_get_char (c) : 0;

      if (u != 0 && (g_unichar_isalnum (u) || u == '-' || u == '\'' || u == 0x2019))
        g_string_append_unichar (word, u == 0x2019 ? '\'' : u);
      else if (word->len > 0)
        {
          g_ptr_array_add (words, g_utf8_casefold (word->str, -1));
          g_string_truncate (word, 0);
        }
      if (u == 0)
        break;
    }
  return words;
}

/* The first word of @text that claims the top spot, or NULL. */
static char *
find_top_spot_claim (const char *text)
{
  g_autoptr(GPtrArray) words = split_words (text);

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      gboolean turned = FALSE;

      if (!in_list (word, top_spot_words, G_N_ELEMENTS (top_spot_words)))
        continue;
      for (guint back = 1; back <= 3 && back <= i && !turned; back++)
        {
          const char *before = g_ptr_array_index (words, i - back);
          turned = in_list (before, turning_words, G_N_ELEMENTS (turning_words)) ||
                   g_str_has_suffix (before, "n't");
        }
      if (!turned && i + 1 < words->len &&
          in_list (g_ptr_array_index (words, i + 1), not_a_claim_after, G_N_ELEMENTS (not_a_claim_after)))
        turned = TRUE;
      if (!turned)
        return g_strdup (word);
    }
  return NULL;
}

static char *
format_score (gint32 score)
{
  return g_strdup_printf ("%g", round ((double) score / (JUXTA_SCORE_UNIT / 100)) / 100);
}

/* When @option scores lowest of all on @p (strictly), the option that
 * scores highest (the first on a tie); else -1. */
static int
find_highest_above_lowest (Linter *l,
                           guint   option,
                           guint   p)
{
  gint32 own = juxta_deck_get_option (l->deck, option)->scores[p];
  gint32 best = own;
  int highest = -1;

  for (guint o = 0; o < juxta_deck_get_n_options (l->deck); o++)
    {
      gint32 score = juxta_deck_get_option (l->deck, o)->scores[p];

      if (o != option && score <= own)
        return -1;
      if (score > best)
        {
          best = score;
          highest = (int) o;
        }
    }
  return highest;
}

static void
lint_reason_claims (Linter *l)
{
  for (guint o = 0; o < juxta_deck_get_n_options (l->deck); o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (l->deck, o);

      for (guint p = 0; p < juxta_deck_get_n_priorities (l->deck); p++)
        {
          g_autofree char *claim = NULL;
          g_autofree char *path = NULL;
          g_autofree char *ours = NULL;
          g_autofree char *theirs = NULL;
          const JuxtaOption *other;
          int highest;

          if (option->reasons[p] == NULL || (highest = find_highest_above_lowest (l, o, p)) < 0 ||
              (claim = find_top_spot_claim (option->reasons[p])) == NULL)
            continue;
          other = juxta_deck_get_option (l->deck, (guint) highest);
          path = g_strdup_printf ("$.options[%u].reasons.%s", o, priority_id (l, p));
          ours = format_score (option->scores[p]);
          theirs = format_score (other->scores[p]);
          /* TRANSLATORS: "the reason reads as a strength (\"fastest\"), but this option scores
           * lowest on \"speed\" (2, against 5 for \"b\"): …" */
          warn (l, path, _("the reason reads as a strength (\"%s\"), but this option scores lowest on \"%s\" "
                           "(%s, against %s for \"%s\"), so it is always shown beside a stronger option: "
                           "check the scores, or say what holds this option back"),
                claim, priority_id (l, p), ours, theirs, other->id);
        }
    }
}

static void
lint_missing_reasons (Linter *l)
{
  guint n_options = juxta_deck_get_n_options (l->deck);
  guint n_priorities = juxta_deck_get_n_priorities (l->deck);
  guint32 explained = 0;

  for (guint o = 0; o < n_options; o++)
    for (guint p = 0; p < n_priorities; p++)
      if (juxta_deck_get_option (l->deck, o)->reasons[p] != NULL)
        explained |= 1u << p;

  /* A deck without any reason gets one warning, not one per priority. */
  if (explained == 0)
    {
      warn (l, "$", _("no option gives a reason for its scores: the talking points and the decision "
                      "record cannot say why an option is strong (add \"reasons\" to the options)"));
      return;
    }
  for (guint p = 0; p < n_priorities; p++)
    if ((explained & (1u << p)) == 0)
      {
        g_autofree char *path = g_strdup_printf ("$.priorities[%u]", p);
        warn (l, path, _("no option gives a reason for this priority: the talking points cannot say "
                         "why an option is strong on it (add one to the option that scores highest)"));
      }
}

/* --------------------------------------------------------- analogies */

/* An avoided analogy's "instead" that is not meant for every audience the
 * analogy is for, where the deck does not say what those audiences should
 * hear instead: no counterpart (a recommended analogy for that audience and
 * for none of the named one's audiences), or several. */
static void
lint_instead_audiences (Linter *l)
{
  for (guint a = 0; a < juxta_deck_get_n_analogies (l->deck); a++)
    {
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (l->deck, a);
      const JuxtaAnalogy *instead;

      if (analogy->verdict != JUXTA_ANALOGY_AVOID || analogy->instead < 0)
        continue;
      instead = juxta_deck_get_analogy (l->deck, (guint) analogy->instead);
      for (guint i = 0; i < juxta_deck_get_n_audiences (l->deck); i++)
        {
          g_autofree char *path = NULL;
          gboolean certain;
          int said;

          if (!juxta_audiences_include (analogy->audiences, i))
            continue;
          said = juxta_deck_find_instead_for_audience (l->deck, a, i, &certain);
          if (certain)
            continue;
          path = g_strdup_printf ("$.analogies[%u].instead", a);
          if (said >= 0)
            warn (l, path, _("names \"%s\", which is not for the audience \"%s\" that this analogy is for, and "
                             "the deck does not say which analogy that audience should hear instead: it is "
                             "told \"%s\", the first recommended for it"),
                  instead->id, juxta_deck_get_audience (l->deck, i)->id,
                  juxta_deck_get_analogy (l->deck, (guint) said)->id);
          else
            warn (l, path, _("names \"%s\", which is not for the audience \"%s\" that this analogy is for, and "
                             "no recommended analogy is for that audience: it is told no analogy instead"),
                  instead->id, juxta_deck_get_audience (l->deck, i)->id);
        }
    }
}

/* ----------------------------------------------------------- sources */

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  unsigned int year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* Whether @text is a date more than JUXTA_LINT_MAX_AGE_MONTHS before today. */
static gboolean
is_old (Linter     *l,
        const char *text)
{
  GDate date;

  if (!parse_date (text, &date))
    return FALSE;
  g_date_add_months (&date, JUXTA_LINT_MAX_AGE_MONTHS);
  return g_date_compare (&date, &l->today) < 0;
}

static void
lint_source (Linter            *l,
             const JuxtaSource *source,
             const char        *path)
{
  if (source->as_of == NULL)
    warn (l, path, _("no \"as-of\" date: give the day the source was last read and found to support the deck"));
  else if (is_old (l, source->as_of))
    {
      g_autofree char *as_of_path = g_strconcat (path, ".as-of", NULL);
      warn (l, as_of_path, _("last read on %s, more than %d months ago: read it again, and update "
                             "\"as-of\" if it still supports the deck"),
            source->as_of, JUXTA_LINT_MAX_AGE_MONTHS);
    }
}

static void
lint_dates (Linter *l)
{
  const char *verified = juxta_deck_get_verified (l->deck);

  if (is_old (l, verified))
    warn (l, "$.verified", _("the facts were last verified on %s, more than %d months ago: check them "
                             "against their sources and update the date"),
          verified, JUXTA_LINT_MAX_AGE_MONTHS);

  for (guint i = 0; i < juxta_deck_get_n_sources (l->deck); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.sources[%u]", i);
      lint_source (l, juxta_deck_get_source (l->deck, i), path);
    }
  for (guint o = 0; o < juxta_deck_get_n_options (l->deck); o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (l->deck, o);

      for (guint i = 0; i < option->n_sources; i++)
        {
          g_autofree char *path = g_strdup_printf ("$.options[%u].sources[%u]", o, i);
          lint_source (l, &option->sources[i], path);
        }
    }
}

/* ------------------------------------------------------- text length */

/* Measured on the window by tests/measure-text-limits.c, which loads decks
 * of two to six options into it at 1280×720, in the workbench and in
 * presentation mode, and lengthens one kind of text a character at a time
 * until the window no longer shows it whole.  A word (no space in it) is
 * too long when the comparison would scroll sideways or the slider board
 * widen.  A text is too long when a name needs more than three lines at
 * the smallest heading, a tagline more than three, a priority label more
 * than two on its fader, or the first row of facts leaves the screen.
 * Texts are average ones (lorem ipsum, and English prose), started at
 * four different words, since where the lines break depends on which
 * words fall at their ends; each limit is the shortest length that did
 * not fit, less one.  Wide letters or an unlucky long word can still need
 * a line more: the warning says "about".  The options share the width,
 * so each number of options has its limits; a deck of more than six is
 * checked with six's, which it exceeds (its columns are narrower).  To
 * measure again after a change to the layout or its style (about twenty-five
 * minutes; `… measure-text-limits 3` measures three options alone):
 *
 *   build-aux/dev measure-text-limits
 */
static const JuxtaLintTextLimits default_text_limits[JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS + 1] = {
  [2] = { .option_name = 156, .option_name_word = 50, .option_tagline = 155, .option_tagline_word = 149,
          .priority_label = 43, .priority_label_word = 22 },
  [3] = { .option_name = 94, .option_name_word = 26, .option_tagline = 92, .option_tagline_word = 94,
          .priority_label = 43, .priority_label_word = 22 },
  [4] = { .option_name = 56, .option_name_word = 19, .option_tagline = 67, .option_tagline_word = 23,
          .priority_label = 43, .priority_label_word = 22 },
  [5] = { .option_name = 49, .option_name_word = 18, .option_tagline = 56, .option_tagline_word = 19,
          .priority_label = 43, .priority_label_word = 22 },
  [6] = { .option_name = 43, .option_name_word = 14, .option_tagline = 38, .option_tagline_word = 16,
          .priority_label = 43, .priority_label_word = 22 },
};

/* Whether a line may break after @c (a space, a hyphen, a slash…), as
 * the window's labels break text: Unicode's line breaking, roughly. */
static gboolean
breaks_after (gunichar c)
{
  switch (g_unichar_break_type (c))
    {
    case G_UNICODE_BREAK_SPACE:
    case G_UNICODE_BREAK_ZERO_WIDTH_SPACE:
    case G_UNICODE_BREAK_HYPHEN:
    case G_UNICODE_BREAK_AFTER:
    case G_UNICODE_BREAK_SYMBOL:
    case G_UNICODE_BREAK_IDEOGRAPHIC:
    case G_UNICODE_BREAK_MANDATORY:
    case G_UNICODE_BREAK_LINE_FEED:
    case G_UNICODE_BREAK_CARRIAGE_RETURN:
      return TRUE;
    default:
      return g_unichar_iswide (c);
    }
}

/* The longest run of @text that the window cannot break (a word, and what
 * clings to it), in characters; its start and length in bytes. */
static guint
longest_word (const char  *text,
              const char **word,
              gsize       *length)
{
  const char *start = text;
  guint longest = 0, run = 0;

  *word = text;
  *length = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          run = 0;
          start = g_utf8_next_char (p);
          continue;
        }
      /* A break before an ideograph too. */
      if (run > 0 && g_unichar_break_type (c) == G_UNICODE_BREAK_IDEOGRAPHIC)
        {
          run = 0;
          start = p;
        }
      if (++run > longest)
        {
          longest = run;
          *word = start;
          *length = (gsize) (g_utf8_next_char (p) - start);
        }
      if (breaks_after (c))
        {
          run = 0;
          start = g_utf8_next_char (p);
        }
    }
  return longest;
}

static void
warn_word (Linter     *l,
           const char *path,
           const char *word,
           guint       n_word,
           guint       word_limit)
{
  guint n_options = juxta_deck_get_n_options (l->deck);

  if (n_options > JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS)
    /* TRANSLATORS: "the word “CB1200XLPROPLUS” has 15 characters: ..."; a deck of seven options or more */
    warn (l, path, _("the word “%s” has %u characters: the window shows words of about %u whole at 1280×720 "
                     "with six options, and fewer with more (shorten it, or break it with a space or a hyphen)"),
          word, n_word, word_limit);
  else
    /* TRANSLATORS: "the word “CB1200XLPROPLUS” has 15 characters: ..."; the last number is the deck's
     * number of options, 2 to 6 */
    warn (l, path, g_dngettext (GETTEXT_PACKAGE,
                                "the word “%s” has %u characters: the window shows words of about %u whole at "
                                "1280×720 with %u option (shorten it, or break it with a space or a hyphen)",
                                "the word “%s” has %u characters: the window shows words of about %u whole at "
                                "1280×720 with %u options (shorten it, or break it with a space or a hyphen)",
                                n_options),
          word, n_word, word_limit, n_options);
}

static void
warn_length (Linter     *l,
             const char *path,
             glong       n,
             guint       limit)
{
  guint n_options = juxta_deck_get_n_options (l->deck);

  if (n_options > JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS)
    /* TRANSLATORS: a deck of seven options or more */
    warn (l, path, _("%ld characters long: the window shows about %u whole at 1280×720 with six options, "
                     "and fewer with more"),
          n, limit);
  else
    /* TRANSLATORS: the last number is the deck's number of options, 2 to 6 */
    warn (l, path, g_dngettext (GETTEXT_PACKAGE,
                                "%ld characters long: the window shows about %u whole at 1280×720 with %u option",
                                "%ld characters long: the window shows about %u whole at 1280×720 with %u options",
                                n_options),
          n, limit, n_options);
}

static void
lint_length (Linter     *l,
             const char *text,
             guint       limit,
             guint       word_limit,
             const char *path)
{
  const char *word;
  gsize word_length;
  guint n_word;
  glong n;

  if (text == NULL)
    return;
  n_word = longest_word (text, &word, &word_length);
  if (word_limit > 0 && n_word > word_limit)
    {
      g_autofree char *shown = g_strndup (word, word_length);

      warn_word (l, path, shown, n_word, word_limit);
      return;
    }
  if (limit > 0 && (n = g_utf8_strlen (text, -1)) > (glong) limit)
    warn_length (l, path, n, limit);
}

static void
lint_text_lengths (Linter                    *l,
                   const JuxtaLintTextLimits *limits)
{
  for (guint o = 0; o < juxta_deck_get_n_options (l->deck); o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (l->deck, o);
      g_autofree char *name = g_strdup_printf ("$.options[%u].name", o);
      g_autofree char *tagline = g_strdup_printf ("$.options[%u].tagline", o);

      lint_length (l, option->name, limits->option_name, limits->option_name_word, name);
      lint_length (l, option->tagline, limits->option_tagline, limits->option_tagline_word, tagline);
    }
  for (guint p = 0; p < juxta_deck_get_n_priorities (l->deck); p++)
    {
      g_autofree char *label = g_strdup_printf ("$.priorities[%u].label", p);
      lint_length (l, juxta_deck_get_priority (l->deck, p)->label, limits->priority_label,
                   limits->priority_label_word, label);
    }
}

/* ---------------------------------------------------------------- API */

const JuxtaLintTextLimits *
juxta_lint_default_text_limits (guint n_options)
{
  return &default_text_limits[CLAMP (n_options, JUXTA_LINT_TEXT_LIMITS_MIN_OPTIONS,
                                     JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS)];
}

guint
juxta_deck_lint (JuxtaDeck              *deck,
                 const char             *file,
                 const JuxtaLintOptions *options,
                 GPtrArray              *diagnostics)
{
  static const JuxtaLintOptions no_options = { NULL, NULL };
  g_autoptr(GDateTime) now = NULL;
  Linter l = { deck, file, options != NULL ? options : &no_options, { 0 }, diagnostics, 0 };

  g_return_val_if_fail (JUXTA_IS_DECK (deck), 0);
  g_return_val_if_fail (file != NULL && diagnostics != NULL, 0);

  now = l.options->now != NULL ? g_date_time_ref (l.options->now) : g_date_time_new_now_local ();
  g_date_clear (&l.today, 1);
  g_date_set_dmy (&l.today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));

  if (l.options->text_limits != NULL)
    lint_text_lengths (&l, l.options->text_limits);
  lint_double_counting (&l);
  lint_missing_reasons (&l);
  lint_reason_claims (&l);
  lint_instead_audiences (&l);
  lint_dates (&l);
  return l.n_found;
}
