/* juxta-phrase-guard.c: finds misleading comparisons in what someone plans to say */

#define G_LOG_DOMAIN "juxta-phrase-guard"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-diagnostic.h"
#include "juxta-phrase-guard.h"

/* The negation cues of deck-format.md.  They belong to the deck format, not
 * to a topic; "n't" is matched as the end of any word (doesn't, can't). */
static const char *const negation_cues[] = {
  "not", "no", "never", "nothing to do with", "unlike", "rather than", "instead of",
  "isn't", "aren't", "wouldn't", "don't", NULL
};

void
juxta_finding_free (JuxtaFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->sentence);
  g_free (finding);
}

static gboolean
is_word_char_before (const char *text,
                     const char *at)
{
  const char *prev;

  if (at == text)
    return FALSE;
  prev = g_utf8_find_prev_char (text, at);
  return prev != NULL && g_unichar_isalnum (g_utf8_get_char (prev));
}

static gboolean
is_word_char_at (const char *at)
{
  return *at != '\0' && g_unichar_isalnum (g_utf8_get_char (at));
}

/* Finds the first whole-word occurrence of @term in @text at or after
 * @from; returns its start or NULL.  A term that begins or ends with a
 * non-word character ("=") needs no boundary on that side. */
static const char *
find_whole (const char *text,
            const char *from,
            const char *term)
{
  gsize len = strlen (term);
  gboolean word_start = is_word_char_at (term);
  gboolean word_end = len > 0 && is_word_char_before (term, term + len);

  if (len == 0)
    return NULL;
  for (const char *at = strstr (from, term); at != NULL; at = strstr (at + 1, term))
    {
      if (word_start && is_word_char_before (text, at))
        continue;
      if (word_end && is_word_char_at (at + len))
        continue;
      return at;
    }
  return NULL;
}

typedef struct
{
  GString  *out;
  gboolean  pending_space;
} Normalized;

static inline void
normalized_add (Normalized *n,
                gunichar    u)
{
  if (g_unichar_isspace (u))
    {
      n->pending_space = n->out->len > 0;
      return;
    }
  if (n->pending_space)
    g_string_append_c (n->out, ' ');
  n->pending_space = FALSE;
  if (u == 0x2019 || u == 0x2018)
    g_string_append_c (n->out, '\'');
  else
    g_string_append_unichar (n->out, u);
}

/* Casefolds, turns typographic apostrophes into typed ones and collapses
 * runs of whitespace, as the loader does for trigger terms. */
static char *
normalize (const char *sentence,
           gsize       length)
{
  Normalized n = { g_string_sized_new (length), FALSE };
  const char *end = sentence + length;

  /* Casefolding maps each character on its own, so the text is folded a
   * character at a time, and ASCII (nearly all of it) without GLib's
   * Unicode tables: this runs for every sentence of every talking point. */
  for (const char *c = sentence; c < end && *c != '\0'; )
    {
      if ((guchar) *c < 0x80)
        {
          /* The ASCII characters g_unichar_isspace () accepts; casefolding
           * ASCII is lowering it. */
          if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f')
            n.pending_space = n.out->len > 0;
          else
            {
              if (n.pending_space)
                g_string_append_c (n.out, ' ');
              n.pending_space = FALSE;
              g_string_append_c (n.out, g_ascii_tolower (*c));
            }
          c++;
        }
      else
        {
          const char *next = g_utf8_next_char (c);
          g_autofree char *folded = g_utf8_casefold (c, MIN (next, end) - c);

          for (const char *f = folded; *f != '\0'; f = g_utf8_next_char (f))
            normalized_add (&n, g_utf8_get_char (f));
          c = next;
        }
    }
  return g_string_free (n.out, FALSE);
}

/* Where the earliest negation cue starts, or NULL. */
static const char *
find_negation (const char *sentence)
{
  const char *first = NULL;

  for (guint i = 0; negation_cues[i] != NULL; i++)
    {
      const char *at = find_whole (sentence, sentence, negation_cues[i]);
      if (at != NULL && (first == NULL || at < first))
        first = at;
    }

  for (const char *at = strstr (sentence, "n't"); at != NULL; at = strstr (at + 1, "n't"))
    if (!is_word_char_at (at + 3) && (first == NULL || at < first))
      {
        first = at;
        break;
      }
  return first;
}

/* Whether @sentence (normalized) makes @analogy's comparison.  The
 * negation cue is looked for only when a comparison is found (rarely):
 * *@negation_known says whether *@negation is already set. */
static gboolean
sentence_matches (const char         *sentence,
                  gboolean           *negation_known,
                  const char        **negation,
                  const JuxtaAnalogy *analogy)
{
  const char *span_end = sentence;

  if (analogy->n_triggers == 0)
    return FALSE;

  for (guint g = 0; g < analogy->n_triggers; g++)
    {
      const JuxtaTermGroup *group = &analogy->triggers[g];
      const char *group_end = NULL;

      for (guint t = 0; t < group->n_terms; t++)
        {
          const char *at = find_whole (sentence, sentence, group->terms[t]);
          const char *end = at != NULL ? at + strlen (group->terms[t]) : NULL;

          if (end != NULL && (group_end == NULL || end < group_end))
            group_end = end;
        }
      if (group_end == NULL)
        return FALSE;
      span_end = MAX (span_end, group_end);
    }

  if (!*negation_known)
    {
      *negation = find_negation (sentence);
      *negation_known = TRUE;
    }
  /* A cue before the comparison is complete negates it; one after it
   * ("… — no cluster to run") does not. */
  return *negation == NULL || *negation >= span_end;
}

static gboolean
is_sentence_end (const char *c)
{
  if (*c == '\n')
    return TRUE;
  if (*c != '.' && *c != '!' && *c != '?')
    return FALSE;
  /* Closing quotes or brackets may follow the punctuation. */
  c++;
  while (*c == '"' || *c == '\'' || *c == ')' ||
         g_str_has_prefix (c, "”") || g_str_has_prefix (c, "’"))
    c = g_utf8_next_char (c);
  return *c == '\0' || g_ascii_isspace (*c);
}

typedef gboolean (*SentenceFunc) (const char *text,
                                  gsize       start,
                                  gsize       end,
                                  const char *normalized,
                                  gpointer    user_data);

static void
foreach_sentence (const char   *text,
                  SentenceFunc  func,
                  gpointer      user_data)
{
  gsize start = 0;
  gsize length = strlen (text);

  for (gsize i = 0; i <= length; i++)
    {
      gsize end;

      if (i < length && !is_sentence_end (text + i))
        continue;
      end = i < length && text[i] != '\n' ? i + 1 : i;
      if (end > start)
        {
          g_autofree char *normalized = normalize (text + start, end - start);
          if (normalized[0] != '\0' && !func (text, start, end, normalized, user_data))
            return;
        }
      start = end;
      if (i < length && text[i] == '\n')
        start = i + 1;
    }
}

typedef struct
{
  JuxtaDeck *deck;
  GPtrArray *findings;
  gboolean   avoid_only;
  gboolean   stop_at_first;
} CheckData;

static gboolean
check_sentence (const char *text,
                gsize       start,
                gsize       end,
                const char *normalized,
                gpointer    user_data)
{
  CheckData *data = user_data;
  const char *negation = NULL;
  gboolean negation_known = FALSE;

  for (guint a = 0; a < juxta_deck_get_n_analogies (data->deck); a++)
    {
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (data->deck, a);
      JuxtaFinding *finding;

      if (analogy->verdict == JUXTA_ANALOGY_RECOMMENDED ||
          (data->avoid_only && analogy->verdict != JUXTA_ANALOGY_AVOID) ||
          !sentence_matches (normalized, &negation_known, &negation, analogy))
        continue;

      finding = g_new0 (JuxtaFinding, 1);
      finding->analogy = a;
      finding->verdict = analogy->verdict;
      finding->start = start;
      finding->end = end;
      finding->sentence = g_strstrip (g_strndup (text + start, end - start));
      g_ptr_array_add (data->findings, finding);
      if (data->stop_at_first)
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
juxta_phrase_guard_check (JuxtaDeck  *deck,
                          const char *text)
{
  CheckData data = { deck, NULL, FALSE, FALSE };

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  data.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_finding_free);
  foreach_sentence (text, check_sentence, &data);
  return data.findings;
}

/* Talking points are composed again on every slider change, mostly from
 * the same texts: what the guard said about a text is remembered per deck
 * (decks never change), up to a bound. */
#define TRIPS_CACHE_MAX 4096

static GQuark
trips_cache_quark (void)
{
  return g_quark_from_static_string ("juxta-phrase-guard-trips");
}

static GHashTable *
get_trips_cache (JuxtaDeck *deck)
{
  GHashTable *cache = g_object_get_qdata (G_OBJECT (deck), trips_cache_quark ());

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_qdata_full (G_OBJECT (deck), trips_cache_quark (), cache,
                               (GDestroyNotify) g_hash_table_unref);
    }
  return cache;
}

/* The first "avoid" analogy @text trips, or -1. */
static int
find_tripped (JuxtaDeck  *deck,
              const char *text)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_finding_free);
  CheckData data = { deck, findings, TRUE, TRUE };

  foreach_sentence (text, check_sentence, &data);
  return findings->len > 0 ? (int) ((JuxtaFinding *) g_ptr_array_index (findings, 0))->analogy : -1;
}

gboolean
juxta_phrase_guard_trips_avoid (JuxtaDeck  *deck,
                                const char *text,
                                guint      *analogy)
{
  GHashTable *cache;
  gpointer cached;
  int tripped;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  /* Stored as analogy + 1, so that 0 (no entry) means "not checked". */
  cache = get_trips_cache (deck);
  if (g_hash_table_lookup_extended (cache, text, NULL, &cached))
    tripped = GPOINTER_TO_INT (cached) - 1;
  else
    {
      tripped = find_tripped (deck, text);
      if (g_hash_table_size (cache) >= TRIPS_CACHE_MAX)
        g_hash_table_remove_all (cache);
      g_hash_table_insert (cache, g_strdup (text), GINT_TO_POINTER (tripped + 1));
    }

  if (tripped < 0)
    return FALSE;
  if (analogy != NULL)
    *analogy = (guint) tripped;
  return TRUE;
}

G_GNUC_PRINTF (5, 6)
static guint
warn_if_trips (JuxtaDeck  *deck,
               const char *file,
               GPtrArray  *diagnostics,
               const char *text,
               const char *path_format,
               ...)
{
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  const JuxtaAnalogy *analogy;
  guint index;
  va_list args;

  if (text == NULL || !juxta_phrase_guard_trips_avoid (deck, text, &index))
    return 0;

  va_start (args, path_format);
  path = g_strdup_vprintf (path_format, args);
  va_end (args);

  analogy = juxta_deck_get_analogy (deck, index);
  message = g_strdup_printf (_("this text makes the comparison the analogy \"%s\" says to avoid "
                               "(\"%s\"); it is left out of the talking points"),
                             analogy->id, analogy->text);
  g_ptr_array_add (diagnostics, juxta_deck_diagnostic_new (deck, JUXTA_SEVERITY_WARNING, file, path, message));
  return 1;
}

guint
juxta_phrase_guard_check_deck (JuxtaDeck  *deck,
                               const char *file,
                               GPtrArray  *diagnostics)
{
  guint n = 0;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), 0);

  n += warn_if_trips (deck, file, diagnostics, juxta_deck_get_framing (deck), "$.framing");
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (deck, o);

      for (guint t = 0; t < option->n_talking_points; t++)
        n += warn_if_trips (deck, file, diagnostics, option->talking_points[t].text,
                            "$.options[%u].talking-points[%u].text", o, t);
      for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
        n += warn_if_trips (deck, file, diagnostics, option->reasons[p], "$.options[%u].reasons.%s",
                            o, juxta_deck_get_priority (deck, p)->id);
    }
  for (guint a = 0; a < juxta_deck_get_n_analogies (deck); a++)
    {
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (deck, a);

      if (analogy->verdict != JUXTA_ANALOGY_RECOMMENDED)
        continue;
      n += warn_if_trips (deck, file, diagnostics, analogy->text, "$.analogies[%u].text", a);
      n += warn_if_trips (deck, file, diagnostics, analogy->why, "$.analogies[%u].why", a);
    }
  for (guint i = 0; i < juxta_deck_get_n_answers (deck); i++)
    n += warn_if_trips (deck, file, diagnostics, juxta_deck_get_answer (deck, i)->text,
                        "$.answers[%u].text", i);
  n += warn_if_trips (deck, file, diagnostics, juxta_deck_get_bottom_line_say (deck),
                      "$.bottom-line.say");
  return n;
}
