/* juxta-starter-deck.c: a complete, valid deck to start writing from
 *
 * The deck is written as text, key by key, so that it reads like the
 * decks people write: one line per priority, one block per option.  It
 * holds every section of the format (docs/deck-format.md), no topic at
 * all, and checks clean, lint included: placeholder scores that differ
 * from priority to priority, a reason for every score, dated sources and
 * an expectation that holds by construction.
 */

#define G_LOG_DOMAIN "juxta-starter-deck"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "juxta-deck.h"
#include "juxta-json.h"
#include "juxta-starter-deck.h"

#define MAX_ID_LENGTH 64

/* Scores are made in half points, from 1 to 5. */
#define HALF_POINTS_MIN 2
#define HALF_POINTS_MAX 10

/* Placeholder scores of two priorities correlate at most this much, well
 * below what the lint reports (juxta-deck-lint.c). */
#define MAX_STARTER_CORRELATION 0.9

G_DEFINE_QUARK (juxta-starter-deck-error-quark, juxta_starter_deck_error)

typedef struct
{
  GString    *out;
  const char *today;
  guint       n_options;
  guint       n_priorities;
  const char *option_names[JUXTA_MAX_OPTIONS];
  char       *option_ids[JUXTA_MAX_OPTIONS];
  const char *priority_labels[JUXTA_MAX_PRIORITIES];
  char       *priority_ids[JUXTA_MAX_PRIORITIES];
  int         scores[JUXTA_MAX_OPTIONS][JUXTA_MAX_PRIORITIES];   /* half points */
} Starter;

static void
starter_clear (Starter *s)
{
  for (guint o = 0; o < s->n_options; o++)
    g_free (s->option_ids[o]);
  for (guint p = 0; p < s->n_priorities; p++)
    g_free (s->priority_ids[p]);
}

/* ---------------------------------------------------------------- ids */

char *
juxta_starter_deck_make_id (const char *name)
{
  /* "C": the same id whatever the user's language. */
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *id = g_string_new (NULL);

  for (const char *c = ascii; *c != '\0' && id->len < MAX_ID_LENGTH; c++)
    {
      if (g_ascii_isalnum (*c))
        g_string_append_c (id, g_ascii_tolower (*c));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  return g_string_free (id, id->len == 0);
}

char *
juxta_starter_deck_make_id_for_file (const char *path)
{
  g_autofree char *base = NULL;
  char *id;

  g_return_val_if_fail (path != NULL, NULL);

  base = g_path_get_basename (path);
  if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';
  id = juxta_starter_deck_make_id (base);
  return id != NULL ? id : g_strdup ("my-deck");
}

static gboolean
is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > MAX_ID_LENGTH || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if (!g_ascii_islower (id[i]) && !g_ascii_isdigit (id[i]) && id[i] != '-')
      return FALSE;
  return TRUE;
}

/* @name's id, or @fallback_prefix with @index when it has none, made
 * unique among the @n ids already in @ids with "-2", "-3", … */
static char *
make_unique_id (const char  *name,
                const char  *fallback_prefix,
                guint        index,
                char *const *ids,
                guint        n)
{
  g_autofree char *base = juxta_starter_deck_make_id (name);
  char *id;

  if (base == NULL)
    base = g_strdup_printf ("%s-%u", fallback_prefix, index + 1);
  id = g_strdup (base);
  for (guint suffix = 2;; suffix++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < n && !taken; i++)
        taken = g_str_equal (ids[i], id);
      if (!taken)
        return id;
      g_free (id);
      {
        g_autofree char *tail = g_strdup_printf ("-%u", suffix);
        gsize room = MAX_ID_LENGTH - strlen (tail);
        g_autofree char *head = g_strndup (base, MIN (strlen (base), room));

        id = g_strconcat (head, tail, NULL);
      }
    }
}

static gboolean
check_names (const char *const  *names,
             guint               min,
             guint               max,
             const char         *what,
             guint              *n,
             GError            **error)
{
  *n = g_strv_length ((char **) names);
  if (*n < min || *n > max)
    {
      /* TRANSLATORS: "expected 2 to 64 option names, got 1" */
      g_set_error (error, JUXTA_STARTER_DECK_ERROR, JUXTA_STARTER_DECK_ERROR_INVALID,
                   _("expected %u to %u %s, got %u"), min, max, what, *n);
      return FALSE;
    }
  for (guint i = 0; i < *n; i++)
    {
      gboolean blank = TRUE;

      for (const char *c = names[i]; *c != '\0' && blank; c++)
        blank = g_ascii_isspace (*c);
      if (blank || !g_utf8_validate (names[i], -1, NULL) || g_utf8_strlen (names[i], -1) > JUXTA_MAX_TEXT_CHARS)
        {
          g_set_error (error, JUXTA_STARTER_DECK_ERROR, JUXTA_STARTER_DECK_ERROR_INVALID,
                       _("each of the %s must be text of 1 to %d characters"), what, JUXTA_MAX_TEXT_CHARS);
          return FALSE;
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------- scores */

static double
correlation (const int *a,
             const int *b,
             guint      n)
{
  double mean_a = 0, mean_b = 0, cov = 0, var_a = 0, var_b = 0;

  for (guint i = 0; i < n; i++)
    {
      mean_a += (double) a[i] / n;
      mean_b += (double) b[i] / n;
    }
  for (guint i = 0; i < n; i++)
    {
      cov += (a[i] - mean_a) * (b[i] - mean_b);
      var_a += (a[i] - mean_a) * (a[i] - mean_a);
      var_b += (b[i] - mean_b) * (b[i] - mean_b);
    }
  if (var_a == 0 || var_b == 0)
    return NAN;
  return cov / sqrt (var_a * var_b);
}

/* Whether @column (one priority's scores) differs from every earlier
 * priority's enough for the lint: never the same scores, and with four
 * or more options, no strong correlation. */
static gboolean
fits (Starter   *s,
      const int *column,
      guint      p)
{
  int first = column[0];
  gboolean flat = TRUE;

  for (guint o = 1; o < s->n_options; o++)
    flat &= column[o] == first;
  if (flat && s->n_options > 1)
    return FALSE;

  for (guint q = 0; q < p; q++)
    {
      int earlier[JUXTA_MAX_OPTIONS];
      gboolean same = TRUE;

      for (guint o = 0; o < s->n_options; o++)
        {
          earlier[o] = s->scores[o][q];
          same &= earlier[o] == column[o];
        }
      if (same)
        return FALSE;
      if (s->n_options >= 4 && correlation (earlier, column, s->n_options) > MAX_STARTER_CORRELATION)
        return FALSE;
    }
  return TRUE;
}

/* The first priority puts the first option clearly ahead (5 against at
 * most 4), which the expectation relies on; the others get placeholder
 * scores from a fixed sequence, so that the same names give the same deck. */
static void
make_scores (Starter *s)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2024);
  int column[JUXTA_MAX_OPTIONS];

  for (guint o = 0; o < s->n_options; o++)
    s->scores[o][0] = o == 0 ? HALF_POINTS_MAX : HALF_POINTS_MAX - 2 - (int) ((o - 1) % 7);

  for (guint p = 1; p < s->n_priorities; p++)
    {
      for (guint attempt = 0; attempt < 100000; attempt++)
        {
          for (guint o = 0; o < s->n_options; o++)
            column[o] = g_rand_int_range (rand, HALF_POINTS_MIN, HALF_POINTS_MAX + 1);
          if (fits (s, column, p))
            break;
        }
      for (guint o = 0; o < s->n_options; o++)
        s->scores[o][p] = column[o];
    }
}

static char *
format_half_points (int half_points)
{
  return half_points % 2 == 0 ? g_strdup_printf ("%d", half_points / 2)
                              : g_strdup_printf ("%d.5", half_points / 2);
}

/* -------------------------------------------------------------- writing */

static void
string (Starter    *s,
        const char *text)
{
  juxta_json_append_string (s->out, text);
}

/* "key": "text" */
static void
member (Starter    *s,
        const char *key,
        const char *text)
{
  string (s, key);
  g_string_append (s->out, ": ");
  string (s, text);
}

G_GNUC_PRINTF (3, 4)
static void
memberf (Starter    *s,
         const char *key,
         const char *format,
         ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  member (s, key, text);
}

static void
write_header (Starter              *s,
              const char           *id,
              const JuxtaStarterDeckSpec *spec)
{
  g_string_append (s->out, "{\n");
  if (spec->schema_uri != NULL)
    {
      g_string_append (s->out, "  ");
      member (s, "$schema", spec->schema_uri);
      g_string_append (s->out, ",\n");
    }
  g_string_append (s->out, "  \"format\": \"juxta-deck\",\n  \"version\": 1,\n  ");
  member (s, "id", id);
  g_string_append (s->out, ",\n  ");
  member (s, "title", _("Which option fits? (Replace this with the question the deck answers, "
                         "as the customer would ask it.)"));
  g_string_append (s->out, ",\n  ");
  member (s, "subtitle", _("One line of context under the title: who asks, and for what."));
  g_string_append (s->out, ",\n  ");
  member (s, "framing", _("The one sentence you open with: the idea that the whole comparison supports."));
  g_string_append (s->out, ",\n  ");
  member (s, "verified", s->today);
  g_string_append (s->out, ",\n");
}

static void
write_priorities (Starter *s)
{
  g_string_append (s->out, "  \"priorities\": [\n");
  for (guint p = 0; p < s->n_priorities; p++)
    {
      g_string_append (s->out, "    {");
      member (s, "id", s->priority_ids[p]);
      g_string_append (s->out, ", ");
      member (s, "label", s->priority_labels[p]);
      g_string_append (s->out, ", ");
      /* TRANSLATORS: a priority's description in a new deck; %s is its label */
      memberf (s, "description", _("What “%s” covers. Phrase every priority so that a higher score is "
                                   "better for a customer who cares about it: “keeps cost low”, not "
                                   "“cost”."), s->priority_labels[p]);
      g_string_append_printf (s->out, ", \"default\": %d}%s\n", p == 0 ? 80 : p == 2 ? 20 : 50,
                              p + 1 < s->n_priorities ? "," : "");
    }
  g_string_append (s->out, "  ],\n  \"dimensions\": [\n    {\"id\": \"what-it-is\", ");
  member (s, "label", _("What it is"));
  g_string_append (s->out, "}\n  ],\n  \"audiences\": [\n    {\"id\": \"technical\", ");
  member (s, "label", C_("audience", "Technical"));
  g_string_append (s->out, "},\n    {\"id\": \"business\", ");
  member (s, "label", C_("audience", "Business"));
  g_string_append (s->out, "}\n  ],\n");
}

static void
write_option_scores (Starter *s,
                     guint    o)
{
  g_string_append (s->out, "      \"scores\": {");
  for (guint p = 0; p < s->n_priorities; p++)
    {
      g_autofree char *score = format_half_points (s->scores[o][p]);

      string (s, s->priority_ids[p]);
      g_string_append_printf (s->out, ": %s%s", score, p + 1 < s->n_priorities ? ", " : "");
    }
  g_string_append (s->out, "},\n      \"reasons\": {\n");
  for (guint p = 0; p < s->n_priorities; p++)
    {
      g_autofree char *score = format_half_points (s->scores[o][p]);

      g_string_append (s->out, "        ");
      /* TRANSLATORS: a reason in a new deck: "Why Option A scores 4 on “Cost”: …" */
      memberf (s, s->priority_ids[p], _("Why %s scores %s on “%s”: the fact behind the score, in a sentence."),
               s->option_names[o], score, s->priority_labels[p]);
      g_string_append (s->out, p + 1 < s->n_priorities ? ",\n" : "\n");
    }
  g_string_append (s->out, "      },\n");
}

/* The second option shows that a fact can be a list. */
static void
write_option_facts (Starter *s,
                    guint    o)
{
  g_string_append (s->out, "      \"facts\": {\"what-it-is\": ");
  if (o == 1)
    {
      g_string_append_c (s->out, '[');
      string (s, _("Several facts make a list:"));
      g_string_append (s->out, ", ");
      string (s, _("one text for each item."));
      g_string_append_c (s->out, ']');
    }
  else
    {
      g_autofree char *fact = g_strdup_printf (_("A fact about %s on this row, shown side by side with "
                                                 "the other options."), s->option_names[o]);
      string (s, fact);
    }
  g_string_append (s->out, "},\n");
}

static void
write_options (Starter *s)
{
  g_string_append (s->out, "  \"options\": [\n");
  for (guint o = 0; o < s->n_options; o++)
    {
      g_string_append (s->out, "    {\n      ");
      member (s, "id", s->option_ids[o]);
      g_string_append (s->out, ",\n      ");
      member (s, "name", s->option_names[o]);
      g_string_append (s->out, ",\n      ");
      member (s, "tagline", _("A few words under the name"));
      g_string_append (s->out, ",\n      ");
      memberf (s, "summary", _("A sentence or two about %s: what it is, and whom it suits."), s->option_names[o]);
      g_string_append (s->out, ",\n");
      write_option_scores (s, o);
      write_option_facts (s, o);
      g_string_append (s->out, "      \"talking-points\": [\n        {");
      memberf (s, "text", _("A point to make when %s leads, said as you would say it to the customer."),
               s->option_names[o]);
      g_string_append (s->out, ", \"priorities\": [");
      string (s, s->priority_ids[0]);
      g_string_append_printf (s->out, "]}\n      ]\n    }%s\n", o + 1 < s->n_options ? "," : "");
    }
  g_string_append (s->out, "  ],\n");
}

static void
write_messaging (Starter *s)
{
  g_string_append (s->out, "  \"analogies\": [\n    {\"id\": \"use-this\", \"verdict\": \"recommended\",\n     ");
  member (s, "text", _("An analogy that makes the difference clear to the audience, said as you would say it."));
  g_string_append (s->out, ",\n     ");
  member (s, "why", _("Why it works: what it makes the audience see."));
  g_string_append (s->out, "},\n    {\"id\": \"avoid-this\", \"verdict\": \"avoid\",\n     ");
  /* TRANSLATORS: keep the words you use for "just a cheaper" in the next
   * string identical: they are what Juxta looks for */
  member (s, "text", _("A comparison that misleads, such as “one is just a cheaper version of the other”."));
  g_string_append (s->out, ",\n     ");
  member (s, "why", _("Why it misleads, and what is true instead."));
  g_string_append (s->out, ",\n     \"triggers\": [[");
  /* TRANSLATORS: words of the previous string that Juxta looks for in what
   * is said; the same words, lowercase */
  string (s, _("just a cheaper"));
  g_string_append (s->out, "]], \"instead\": \"use-this\"}\n  ],\n");

  g_string_append (s->out, "  \"answers\": [\n    {\"id\": \"first-question\", ");
  member (s, "question", _("A question the business audience will ask?"));
  g_string_append (s->out, ",\n     ");
  member (s, "text", _("The answer, ready to say out loud."));
  g_string_append (s->out, ", \"audiences\": [\"business\"]}\n  ],\n");

  g_string_append (s->out, "  \"glossary\": [\n    {");
  member (s, "term", _("Term"));
  g_string_append (s->out, ", ");
  member (s, "definition", _("What a word used in this deck means, in a sentence or two."));
  g_string_append (s->out, "}\n  ],\n");
}

static void
write_weights (Starter *s,
               int      first,
               int      others)
{
  g_string_append_c (s->out, '{');
  for (guint p = 0; p < s->n_priorities; p++)
    {
      string (s, s->priority_ids[p]);
      g_string_append_printf (s->out, ": %d%s", p == 0 ? first : others, p + 1 < s->n_priorities ? ", " : "");
    }
  g_string_append_c (s->out, '}');
}

/* The expectation holds by construction: with only the first priority
 * weighed, the first option scores 5 on it and every other at most 4. */
static void
write_rules (Starter *s)
{
  g_string_append (s->out, "  \"presets\": [\n    {\"id\": \"everything-equal\", ");
  member (s, "label", _("Everything matters equally"));
  g_string_append (s->out, ", \"weights\": ");
  write_weights (s, 50, 50);
  g_string_append (s->out, "}\n  ],\n  \"requirements\": [\n    {\"id\": \"must-have\", ");
  member (s, "label", _("A must-have that rules an option out"));
  g_string_append (s->out, ",\n     ");
  member (s, "why", _("Why it matters. Switched on, it rules out the options it excludes, whatever the weights."));
  g_string_append (s->out, ", \"excludes\": [");
  string (s, s->option_ids[s->n_options - 1]);
  g_string_append (s->out, "]}\n  ],\n  \"expectations\": [\n    {");
  /* TRANSLATORS: an expectation in a new deck: "… when only “Cost” counts, Option A leads" */
  memberf (s, "label", _("A test the deck must pass: when only “%s” counts, %s leads"),
           s->priority_labels[0], s->option_names[0]);
  g_string_append (s->out, ", ");
  member (s, "leader", s->option_ids[0]);
  g_string_append (s->out, ",\n     \"weights\": ");
  write_weights (s, 100, 0);
  g_string_append (s->out, "}\n  ],\n");
}

static void
write_ending (Starter *s)
{
  g_string_append (s->out, "  \"bottom-line\": {");
  member (s, "avoid", _("What not to say, in a phrase"));
  g_string_append (s->out, ", ");
  member (s, "say", _("What to say instead, in a phrase"));
  g_string_append (s->out, "},\n  \"sources\": [\n    {");
  member (s, "title", _("Where the facts come from: a document, a page, a conversation"));
  g_string_append (s->out, ", \"url\": \"https://example.com/\", ");
  member (s, "as-of", s->today);
  g_string_append (s->out, "}\n  ]\n}\n");
}

/* ---------------------------------------------------------------- API */

char *
juxta_starter_deck_render (const JuxtaStarterDeckSpec  *spec,
                           GError                     **error)
{
  const char *default_options[] = { _("Option A"), _("Option B"), NULL };
  const char *default_option_ids[] = { "option-a", "option-b" };
  const char *default_priorities[] = { _("First priority"), _("Second priority"), _("Third priority"), NULL };
  const char *default_priority_ids[] = { "first-priority", "second-priority", "third-priority" };
  const char *const *options, *const *priorities;
  Starter s = { 0 };
  guint n_options, n_priorities;

  g_return_val_if_fail (spec != NULL && spec->today != NULL, NULL);

  options = spec->option_names != NULL ? spec->option_names : default_options;
  priorities = spec->priority_names != NULL ? spec->priority_names : default_priorities;

  if (spec->id != NULL && !is_valid_id (spec->id))
    {
      g_set_error (error, JUXTA_STARTER_DECK_ERROR, JUXTA_STARTER_DECK_ERROR_INVALID,
                   _("\"%s\" is not a valid id (expected 1 to 64 lowercase letters, digits and \"-\", "
                     "starting with a letter or digit)"), spec->id);
      return NULL;
    }

  if (!check_names (options, 2, JUXTA_MAX_OPTIONS, _("option names"), &n_options, error) ||
      !check_names (priorities, 1, JUXTA_MAX_PRIORITIES, _("priority names"), &n_priorities, error))
    return NULL;

  s.today = spec->today;
  for (guint o = 0; o < n_options; o++, s.n_options++)
    {
      s.option_names[o] = options[o];
      /* The placeholders have fixed ids, whatever the language. */
      s.option_ids[o] = spec->option_names == NULL ? g_strdup (default_option_ids[o])
                                                   : make_unique_id (options[o], "option", o, s.option_ids, o);
    }
  for (guint p = 0; p < n_priorities; p++, s.n_priorities++)
    {
      s.priority_labels[p] = priorities[p];
      s.priority_ids[p] = spec->priority_names == NULL ? g_strdup (default_priority_ids[p])
                                                       : make_unique_id (priorities[p], "priority", p,
                                                                         s.priority_ids, p);
    }
  make_scores (&s);

  s.out = g_string_new (NULL);
  write_header (&s, spec->id != NULL ? spec->id : "my-deck", spec);
  write_priorities (&s);
  write_options (&s);
  write_messaging (&s);
  write_rules (&s);
  write_ending (&s);
  starter_clear (&s);
  return g_string_free (s.out, FALSE);
}
