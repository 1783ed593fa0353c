/* juxta-deck-schema.c: the deck format as data
 *
 * One table per section of a deck, in the order the loader reads them
 * (a list comes before what refers to it), and the few checks that do not
 * fit a table: the header, scores for every priority, facts, analogy
 * triggers and replacements.  docs/deck-format.md is this file in words; a
 * test keeps the two (and data/juxta-deck.schema.json) in step.
 */

#define G_LOG_DOMAIN "juxta-deck-schema"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "juxta-deck-reader.h"
#include "juxta-deck-schema.h"

#define AT(Type, member) G_STRUCT_OFFSET (Type, member)
#define NOWHERE          (-1)
#define NO_LIMIT         G_MAXINT
#define SECTION(name_, plural_, noun_, fields_, Type) \
  { (name_), (plural_), (noun_), (fields_), G_N_ELEMENTS (fields_), sizeof (Type) }

/* ------------------------------------------------------- custom checks */

static gboolean
read_format (JuxtaDeckReader      *r,
             const JuxtaDeckField *field,
             const JuxtaJsonValue *value,
             gpointer              item,
             gpointer              slot)
{
  g_autofree char *quoted = NULL;

  if (!juxta_deck_reader_expect (r, value, JUXTA_JSON_STRING, field->expected))
    return FALSE;
  if (g_str_equal (value->string.text, field->strings[0]))
    return TRUE;
  if (g_str_equal (value->string.text, "juxta-scenario"))
    {
      /* Not a deck at all: every other key would be a mistake. */
      juxta_deck_reader_error (r, value->offset, _("this is a Juxta scenario, not a deck: open it with "
                                                   "--scenario, or in the window"));
      juxta_deck_reader_stop (r);
      return FALSE;
    }
  quoted = juxta_diagnostic_quote (value->string.text);
  juxta_deck_reader_error (r, value->offset, _("expected \"juxta-deck\", got \"%s\" (is this a Juxta deck?)"),
                           quoted);
  return FALSE;
}

static gboolean
read_version (JuxtaDeckReader      *r,
              const JuxtaDeckField *field,
              const JuxtaJsonValue *value,
              gpointer              item,
              gpointer              slot)
{
  if (!juxta_deck_reader_expect (r, value, JUXTA_JSON_NUMBER, field->expected))
    return FALSE;
  if (value->number != floor (value->number) || value->number < 1)
    {
      juxta_deck_reader_error (r, value->offset, _("expected %d, got %g"), JUXTA_DECK_FORMAT_VERSION,
                               value->number);
      return FALSE;
    }
  if (value->number > JUXTA_DECK_FORMAT_VERSION)
    {
      /* A newer deck may use anything: stop here rather than report its
       * new features as mistakes. */
      juxta_deck_reader_error (r, value->offset, _("made for a newer version of Juxta (deck format %g; "
                                                   "this version reads format %d)"),
                               value->number, JUXTA_DECK_FORMAT_VERSION);
      juxta_deck_reader_stop (r);
      return FALSE;
    }
  return TRUE;
}

/* Absent audiences: one, for everyone. */
static gboolean
check_audiences (JuxtaDeckReader      *r,
                 const JuxtaDeckField *field,
                 const JuxtaJsonValue *object,
                 const JuxtaJsonValue *value,
                 gpointer              item)
{
  JuxtaDeck *deck = item;

  if (value == NULL)
    {
      deck->audiences = juxta_arena_alloc (juxta_deck_reader_get_arena (r), sizeof (JuxtaAudience));
      deck->audiences[0].id = "general";
      deck->audiences[0].label = juxta_arena_strdup (juxta_deck_reader_get_arena (r), _("General"));
      deck->n_audiences = 1;
    }
  return TRUE;
}

/* Every priority has a score. */
static gboolean
check_scores (JuxtaDeckReader      *r,
              const JuxtaDeckField *field,
              const JuxtaJsonValue *object,
              const JuxtaJsonValue *value,
              gpointer              item)
{
  int n = juxta_deck_reader_list_size (r, field->list);

  if (value == NULL || value->type != JUXTA_JSON_OBJECT)
    return TRUE;
  for (int p = 0; p < n; p++)
    {
      const char *id = juxta_deck_reader_list_id (r, field->list, (guint) p);

      if (id != NULL && juxta_json_object_get (value, id) == NULL)
        {
          gsize mark = juxta_deck_reader_push_key (r, id);
          juxta_deck_reader_error (r, value->offset, _("missing score for priority \"%s\""), id);
          juxta_deck_reader_pop (r, mark);
        }
    }
  return TRUE;
}

/* A fact: text, or a non-empty list of texts (a NULL-terminated array). */
static gboolean
read_fact (JuxtaDeckReader      *r,
           const JuxtaDeckField *field,
           const JuxtaJsonValue *value,
           gpointer              item,
           gpointer              slot)
{
  JuxtaArena *arena = juxta_deck_reader_get_arena (r);
  const char **fact;

  if (value->type == JUXTA_JSON_ARRAY)
    {
      guint n = value->array.length;
      gboolean valid = TRUE;

      if (n == 0)
        {
          juxta_deck_reader_error (r, value->offset,
                                   _("expected text or a non-empty list of texts, got an empty list"));
          return FALSE;
        }
      fact = juxta_arena_alloc (arena, sizeof (char *) * (n + 1));
      for (guint i = 0; i < n; i++)
        {
          gsize mark = juxta_deck_reader_push_index (r, i);
          fact[i] = juxta_deck_reader_read_text (r, value->array.items[i]);
          valid &= fact[i] != NULL;
          juxta_deck_reader_pop (r, mark);
        }
      *(const char ***) slot = fact;
      return valid;
    }

  if (value->type != JUXTA_JSON_STRING)
    {
      juxta_deck_reader_error (r, value->offset, _("expected text or a list of texts, got %s"),
                               juxta_json_type_describe (value));
      return FALSE;
    }
  fact = juxta_arena_alloc (arena, sizeof (char *) * 2);
  fact[0] = juxta_deck_reader_read_text (r, value);
  *(const char ***) slot = fact[0] != NULL ? fact : NULL;
  return fact[0] != NULL;
}

/* A talking point without "priorities" speaks to all of them, which is not
 * the same as naming them all (see juxta-talking-points.c). */
static gboolean
check_point_priorities (JuxtaDeckReader      *r,
                        const JuxtaDeckField *field,
                        const JuxtaJsonValue *object,
                        const JuxtaJsonValue *value,
                        gpointer              item)
{
  ((JuxtaTalkingPoint *) item)->all_priorities = value == NULL;
  return TRUE;
}

/* Trigger terms are matched casefolded, with runs of whitespace as one
 * space and typographic apostrophes as typed ones (as the phrase guard
 * reads sentences). */
static const char *
fold_term (JuxtaArena *arena,
           const char *term)
{
  g_autofree char *folded = g_utf8_casefold (term, -1);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " \t\n\r", -1);
  g_autoptr(GString) collapsed = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (collapsed->len > 0)
        g_string_append_c (collapsed, ' ');
      g_string_append (collapsed, words[i]);
    }
  g_string_replace (collapsed, "’", "'", 0);
  return juxta_arena_strdup (arena, collapsed->str);
}

/* One term of a group, folded; NULL (reported) when it is not text or
 * only spaces. */
static const char *
read_term (JuxtaDeckReader      *r,
           const JuxtaJsonValue *value)
{
  const char *term = juxta_deck_reader_read_text (r, value);
  const char *folded;

  if (term == NULL)
    return NULL;
  folded = fold_term (juxta_deck_reader_get_arena (r), term);
  if (folded[0] != '\0')
    return folded;
  juxta_deck_reader_error (r, value->offset, _("expected a term, got only spaces"));
  return NULL;
}

/* A group of terms, all of which a sentence must contain; @group is left
 * empty when it is not a list. */
static void
read_term_group (JuxtaDeckReader      *r,
                 const JuxtaJsonValue *value,
                 JuxtaTermGroup       *group)
{
  const char **terms;

  if (!juxta_deck_reader_expect (r, value, JUXTA_JSON_ARRAY, N_("a term group (a list of terms)")))
    return;
  terms = juxta_arena_alloc (juxta_deck_reader_get_arena (r), sizeof (char *) * (value->array.length + 1));
  if (value->array.length == 0)
    juxta_deck_reader_error (r, value->offset, _("expected at least one term in the group"));
  for (guint t = 0; t < value->array.length; t++)
    {
      gsize mark = juxta_deck_reader_push_index (r, t);
      const char *term = read_term (r, value->array.items[t]);

      if (term != NULL)
        terms[group->n_terms++] = term;
      juxta_deck_reader_pop (r, mark);
    }
  group->terms = terms;
}

static gboolean
read_triggers (JuxtaDeckReader      *r,
               const JuxtaDeckField *field,
               const JuxtaJsonValue *array,
               gpointer              item,
               gpointer              slot)
{
  JuxtaAnalogy *analogy = item;
  gboolean needed = analogy->verdict != JUXTA_ANALOGY_RECOMMENDED;
  JuxtaTermGroup *groups;
  guint n;

  if (!juxta_deck_reader_read_array (r, array, needed ? 1 : (guint) field->min, (guint) field->max,
                                     N_("term groups"), &n))
    return FALSE;

  groups = juxta_arena_alloc (juxta_deck_reader_get_arena (r), sizeof *groups * MAX (n, 1));
  for (guint g = 0; g < n; g++)
    {
      gsize mark = juxta_deck_reader_push_index (r, g);
      read_term_group (r, array->array.items[g], &groups[g]);
      juxta_deck_reader_pop (r, mark);
    }
  analogy->triggers = groups;
  analogy->n_triggers = n;
  return TRUE;
}

/* An avoid or caution analogy says when a sentence makes its comparison. */
static gboolean
check_triggers (JuxtaDeckReader      *r,
                const JuxtaDeckField *field,
                const JuxtaJsonValue *object,
                const JuxtaJsonValue *value,
                gpointer              item)
{
  const JuxtaAnalogy *analogy = item;

  if (value == NULL && analogy->verdict != JUXTA_ANALOGY_RECOMMENDED)
    juxta_deck_reader_error (r, object->offset,
                             _("missing; an \"avoid\" or \"caution\" analogy needs triggers "
                               "(a list of term groups such as [[\"a\"], [\"b\", \"c\"]])"));
  return TRUE;
}

static gboolean
check_instead (JuxtaDeckReader      *r,
               const JuxtaDeckField *field,
               const JuxtaJsonValue *object,
               const JuxtaJsonValue *value,
               gpointer              item)
{
  const JuxtaAnalogy *analogy = item;
  const JuxtaDeck *deck = juxta_deck_reader_get_deck (r);

  if (value == NULL || analogy->instead < 0)
    return TRUE;
  if (&deck->analogies[analogy->instead] == analogy)
    juxta_deck_reader_error (r, value->offset, _("an analogy cannot be its own replacement"));
  else if (deck->analogies[analogy->instead].verdict != JUXTA_ANALOGY_RECOMMENDED)
    juxta_deck_reader_warn (r, value->offset, _("\"%s\" is not a recommended analogy"),
                            value->string.text);
  return TRUE;
}

/* -------------------------------------------------------------- tables */

static const char *const format_strings[] = { "juxta-deck", NULL };
static const char *const verdict_strings[] = { "recommended", "caution", "avoid", NULL };

/* What the entries of a map are. */
static const JuxtaDeckField score_entry = {
  "*", JUXTA_DECK_SCORE, .min = 0, .max = JUXTA_SCORE_MAX, .offset = NOWHERE,
};
static const JuxtaDeckField text_entry = { "*", JUXTA_DECK_TEXT, .offset = NOWHERE };
static const JuxtaDeckField fact_entry = { "*", JUXTA_DECK_FACT, .offset = NOWHERE, .read = read_fact };
static const JuxtaDeckField weight_entry = {
  "*", JUXTA_DECK_INTEGER, .min = 0, .max = 100, .offset = NOWHERE,
};

static const JuxtaDeckField source_fields[] = {
  { "title", JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaSource, title) },
  { "url",   JUXTA_DECK_TEXT, .offset = AT (JuxtaSource, url) },
  { "as-of", JUXTA_DECK_DATE, .offset = AT (JuxtaSource, as_of) },
};
static const JuxtaDeckSection source_section =
  SECTION ("source", N_("sources"), N_("a source object"), source_fields, JuxtaSource);

static const JuxtaDeckField priority_fields[] = {
  { "id",          JUXTA_DECK_ID,      JUXTA_DECK_REQUIRED, .offset = AT (JuxtaPriority, id) },
  { "label",       JUXTA_DECK_TEXT,    JUXTA_DECK_REQUIRED, .offset = AT (JuxtaPriority, label) },
  { "description", JUXTA_DECK_TEXT,    .offset = AT (JuxtaPriority, description) },
  { "question",    JUXTA_DECK_TEXT,    .offset = AT (JuxtaPriority, question) },
  { "default",     JUXTA_DECK_INTEGER, .min = 0, .max = 100, .default_value = 50,
    .offset = AT (JuxtaPriority, default_weight) },
};
static const JuxtaDeckSection priority_section =
  SECTION ("priority", N_("priorities"), N_("a priority object"), priority_fields, JuxtaPriority);

static const JuxtaDeckField dimension_fields[] = {
  { "id",    JUXTA_DECK_ID,   JUXTA_DECK_REQUIRED, .offset = AT (JuxtaDimension, id) },
  { "label", JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaDimension, label) },
};
static const JuxtaDeckSection dimension_section =
  SECTION ("dimension", N_("dimensions"), N_("a dimension object"), dimension_fields, JuxtaDimension);

static const JuxtaDeckField audience_fields[] = {
  { "id",    JUXTA_DECK_ID,   JUXTA_DECK_REQUIRED, .offset = AT (JuxtaAudience, id) },
  { "label", JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaAudience, label) },
};
static const JuxtaDeckSection audience_section =
  SECTION ("audience", N_("audiences"), N_("an audience object"), audience_fields, JuxtaAudience);

static const JuxtaDeckField talking_point_fields[] = {
  { "text",       JUXTA_DECK_TEXT,       JUXTA_DECK_REQUIRED, .offset = AT (JuxtaTalkingPoint, text) },
  { "priorities", JUXTA_DECK_REFERENCES, JUXTA_DECK_ABSENT_IS_ALL, .min = 0, .max = 64,
    .list = JUXTA_DECK_LIST_PRIORITIES, .offset = AT (JuxtaTalkingPoint, priorities),
    .check = check_point_priorities },
  { "audiences",  JUXTA_DECK_REFERENCES, JUXTA_DECK_ABSENT_IS_ALL, .min = 0, .max = 64,
    .list = JUXTA_DECK_LIST_AUDIENCES, .offset = AT (JuxtaTalkingPoint, audiences) },
};
static const JuxtaDeckSection talking_point_section =
  SECTION ("talking-point", N_("talking points"), N_("a talking point object"), talking_point_fields,
           JuxtaTalkingPoint);

static const JuxtaDeckField option_fields[] = {
  { "id",      JUXTA_DECK_ID,   JUXTA_DECK_REQUIRED, .offset = AT (JuxtaOption, id) },
  { "name",    JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaOption, name) },
  { "tagline", JUXTA_DECK_TEXT, .offset = AT (JuxtaOption, tagline) },
  { "summary", JUXTA_DECK_TEXT, .offset = AT (JuxtaOption, summary) },
  { "scores",  JUXTA_DECK_MAP,  JUXTA_DECK_REQUIRED, .list = JUXTA_DECK_LIST_PRIORITIES,
    .values = &score_entry, .offset = AT (JuxtaOption, scores),
    .expected = N_("an object of scores (priority id: 0 to 5)"),
    .missing = N_("missing; expected an object with a score from 0 to 5 for every priority"),
    .check = check_scores },
  { "reasons", JUXTA_DECK_MAP,  .list = JUXTA_DECK_LIST_PRIORITIES, .values = &text_entry,
    .offset = AT (JuxtaOption, reasons), .expected = N_("an object of reasons (priority id: text)") },
  { "facts",   JUXTA_DECK_MAP,  .list = JUXTA_DECK_LIST_DIMENSIONS, .values = &fact_entry,
    .offset = AT (JuxtaOption, facts),
    .expected = N_("an object of facts (dimension id: text or list of texts)") },
  { "talking-points", JUXTA_DECK_LIST, .min = 0, .max = NO_LIMIT, .section = &talking_point_section,
    .offset = AT (JuxtaOption, talking_points), .count_offset = AT (JuxtaOption, n_talking_points) },
  { "sources", JUXTA_DECK_LIST, .min = 0, .max = NO_LIMIT, .section = &source_section,
    .offset = AT (JuxtaOption, sources), .count_offset = AT (JuxtaOption, n_sources) },
};
static const JuxtaDeckSection option_section =
  SECTION ("option", N_("options"), N_("an option object"), option_fields, JuxtaOption);

static const JuxtaDeckField analogy_fields[] = {
  { "id",        JUXTA_DECK_ID,   JUXTA_DECK_REQUIRED, .offset = AT (JuxtaAnalogy, id) },
  { "verdict",   JUXTA_DECK_ENUM, JUXTA_DECK_REQUIRED, .strings = verdict_strings,
    .default_value = JUXTA_ANALOGY_RECOMMENDED, .offset = AT (JuxtaAnalogy, verdict),
    .expected = N_("\"recommended\", \"caution\" or \"avoid\"") },
  { "text",      JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaAnalogy, text) },
  { "why",       JUXTA_DECK_TEXT, .offset = AT (JuxtaAnalogy, why) },
  { "audiences", JUXTA_DECK_REFERENCES, JUXTA_DECK_ABSENT_IS_ALL, .min = 0, .max = 64,
    .list = JUXTA_DECK_LIST_AUDIENCES, .offset = AT (JuxtaAnalogy, audiences) },
  /* Required for "avoid" and "caution" (check_triggers). */
  { "triggers",  JUXTA_DECK_TERM_GROUPS, .min = 0, .max = 64, .offset = AT (JuxtaAnalogy, triggers),
    .read = read_triggers, .check = check_triggers },
  { "instead",   JUXTA_DECK_REFERENCE, JUXTA_DECK_DEFERRED, .list = JUXTA_DECK_LIST_ANALOGIES,
    .default_value = -1, .offset = AT (JuxtaAnalogy, instead), .check = check_instead },
};
static const JuxtaDeckSection analogy_section =
  SECTION ("analogy", N_("analogies"), N_("an analogy object"), analogy_fields, JuxtaAnalogy);

static const JuxtaDeckField answer_fields[] = {
  { "id",        JUXTA_DECK_ID,   JUXTA_DECK_REQUIRED, .offset = AT (JuxtaAnswer, id) },
  { "question",  JUXTA_DECK_TEXT, .offset = AT (JuxtaAnswer, question) },
  { "text",      JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaAnswer, text) },
  { "audiences", JUXTA_DECK_REFERENCES, JUXTA_DECK_ABSENT_IS_ALL, .min = 0, .max = 64,
    .list = JUXTA_DECK_LIST_AUDIENCES, .offset = AT (JuxtaAnswer, audiences) },
};
static const JuxtaDeckSection answer_section =
  SECTION ("answer", N_("answers"), N_("an answer object"), answer_fields, JuxtaAnswer);

static const JuxtaDeckField term_fields[] = {
  { "term",       JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaTerm, term) },
  { "definition", JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaTerm, definition) },
};
static const JuxtaDeckSection term_section =
  SECTION ("term", N_("glossary terms"), N_("a term object"), term_fields, JuxtaTerm);

static const JuxtaDeckField preset_fields[] = {
  { "id",      JUXTA_DECK_ID,   JUXTA_DECK_REQUIRED, .offset = AT (JuxtaPreset, id) },
  { "label",   JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaPreset, label) },
  { "weights", JUXTA_DECK_MAP,  JUXTA_DECK_REQUIRED, .list = JUXTA_DECK_LIST_PRIORITIES,
    .values = &weight_entry, .default_value = -1, .offset = AT (JuxtaPreset, weights),
    .expected = N_("an object of weights (priority id: 0 to 100)") },
};
static const JuxtaDeckSection preset_section =
  SECTION ("preset", N_("presets"), N_("a preset object"), preset_fields, JuxtaPreset);

static const JuxtaDeckField requirement_fields[] = {
  { "id",       JUXTA_DECK_ID,   JUXTA_DECK_REQUIRED, .offset = AT (JuxtaRequirement, id) },
  { "label",    JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaRequirement, label) },
  { "why",      JUXTA_DECK_TEXT, .offset = AT (JuxtaRequirement, why) },
  { "excludes", JUXTA_DECK_REFERENCES, JUXTA_DECK_REQUIRED | JUXTA_DECK_MASK64, .min = 1, .max = 64,
    .list = JUXTA_DECK_LIST_OPTIONS, .offset = AT (JuxtaRequirement, excludes) },
};
static const JuxtaDeckSection requirement_section =
  SECTION ("requirement", N_("requirements"), N_("a requirement object"), requirement_fields,
           JuxtaRequirement);

static const JuxtaDeckField expectation_fields[] = {
  { "label",        JUXTA_DECK_TEXT,      JUXTA_DECK_REQUIRED, .offset = AT (JuxtaExpectation, label) },
  { "leader",       JUXTA_DECK_REFERENCE, JUXTA_DECK_REQUIRED, .list = JUXTA_DECK_LIST_OPTIONS,
    .offset = AT (JuxtaExpectation, leader),
    .missing = N_("missing; expected the id of the option that must lead") },
  { "preset",       JUXTA_DECK_REFERENCE, .list = JUXTA_DECK_LIST_PRESETS, .default_value = -1,
    .offset = AT (JuxtaExpectation, preset) },
  { "weights",      JUXTA_DECK_MAP, .list = JUXTA_DECK_LIST_PRIORITIES, .values = &weight_entry,
    .default_value = -1, .offset = AT (JuxtaExpectation, weights),
    .expected = N_("an object of weights (priority id: 0 to 100)") },
  { "requirements", JUXTA_DECK_REFERENCES, .min = 0, .max = 64, .list = JUXTA_DECK_LIST_REQUIREMENTS,
    .offset = AT (JuxtaExpectation, requirements) },
};
static const JuxtaDeckSection expectation_section =
  SECTION ("expectation", N_("expectations"), N_("an expectation object"), expectation_fields,
           JuxtaExpectation);

static const JuxtaDeckField bottom_line_fields[] = {
  { "avoid", JUXTA_DECK_TEXT, .offset = AT (JuxtaDeck, bottom_line_avoid) },
  { "say",   JUXTA_DECK_TEXT, .offset = AT (JuxtaDeck, bottom_line_say) },
};
/* Its fields go into the deck itself. */
static const JuxtaDeckSection bottom_line_section =
  SECTION ("bottom-line", NULL, N_("an object with \"avoid\" and/or \"say\""), bottom_line_fields,
           JuxtaDeck);

static const JuxtaDeckField deck_fields[] = {
  { "format",   JUXTA_DECK_CONSTANT, JUXTA_DECK_REQUIRED, .strings = format_strings, .offset = NOWHERE,
    .expected = N_("the string \"juxta-deck\""),
    .missing = N_("missing; expected \"juxta-deck\" (is this a Juxta deck?)"), .read = read_format },
  { "version",  JUXTA_DECK_VERSION, JUXTA_DECK_REQUIRED, .min = JUXTA_DECK_FORMAT_VERSION,
    .max = JUXTA_DECK_FORMAT_VERSION, .offset = NOWHERE, .expected = N_("an integer"),
    .read = read_version },
  { "id",       JUXTA_DECK_ID,   JUXTA_DECK_REQUIRED, .offset = AT (JuxtaDeck, id) },
  { "title",    JUXTA_DECK_TEXT, JUXTA_DECK_REQUIRED, .offset = AT (JuxtaDeck, title) },
  { "subtitle", JUXTA_DECK_TEXT, .offset = AT (JuxtaDeck, subtitle) },
  { "framing",  JUXTA_DECK_TEXT, .offset = AT (JuxtaDeck, framing) },
  { "verified", JUXTA_DECK_DATE, .offset = AT (JuxtaDeck, verified) },
  /* Lists that others refer to come first. */
  { "priorities", JUXTA_DECK_LIST, JUXTA_DECK_REQUIRED, .min = 1, .max = JUXTA_MAX_PRIORITIES,
    .list = JUXTA_DECK_LIST_PRIORITIES, .section = &priority_section,
    .offset = AT (JuxtaDeck, priorities), .count_offset = AT (JuxtaDeck, n_priorities) },
  { "dimensions", JUXTA_DECK_LIST, .min = 0, .max = JUXTA_MAX_DIMENSIONS,
    .list = JUXTA_DECK_LIST_DIMENSIONS, .section = &dimension_section,
    .offset = AT (JuxtaDeck, dimensions), .count_offset = AT (JuxtaDeck, n_dimensions) },
  { "audiences", JUXTA_DECK_LIST, .min = 1, .max = JUXTA_MAX_AUDIENCES,
    .list = JUXTA_DECK_LIST_AUDIENCES, .section = &audience_section,
    .offset = AT (JuxtaDeck, audiences), .count_offset = AT (JuxtaDeck, n_audiences),
    .check = check_audiences },
  { "options", JUXTA_DECK_LIST, JUXTA_DECK_REQUIRED, .min = 2, .max = JUXTA_MAX_OPTIONS,
    .list = JUXTA_DECK_LIST_OPTIONS, .section = &option_section,
    .offset = AT (JuxtaDeck, options), .count_offset = AT (JuxtaDeck, n_options) },
  { "analogies", JUXTA_DECK_LIST, .min = 0, .max = JUXTA_MAX_ANALOGIES,
    .list = JUXTA_DECK_LIST_ANALOGIES, .section = &analogy_section,
    .offset = AT (JuxtaDeck, analogies), .count_offset = AT (JuxtaDeck, n_analogies) },
  { "answers", JUXTA_DECK_LIST, .min = 0, .max = JUXTA_MAX_ANSWERS,
    .list = JUXTA_DECK_LIST_ANSWERS, .section = &answer_section,
    .offset = AT (JuxtaDeck, answers), .count_offset = AT (JuxtaDeck, n_answers) },
  { "glossary", JUXTA_DECK_LIST, .min = 0, .max = JUXTA_MAX_TERMS, .section = &term_section,
    .offset = AT (JuxtaDeck, terms), .count_offset = AT (JuxtaDeck, n_terms) },
  { "presets", JUXTA_DECK_LIST, .min = 0, .max = JUXTA_MAX_PRESETS,
    .list = JUXTA_DECK_LIST_PRESETS, .section = &preset_section,
    .offset = AT (JuxtaDeck, presets), .count_offset = AT (JuxtaDeck, n_presets) },
  { "requirements", JUXTA_DECK_LIST, .min = 0, .max = JUXTA_MAX_REQUIREMENTS,
    .list = JUXTA_DECK_LIST_REQUIREMENTS, .section = &requirement_section,
    .offset = AT (JuxtaDeck, requirements), .count_offset = AT (JuxtaDeck, n_requirements) },
  { "expectations", JUXTA_DECK_LIST, .min = 0, .max = JUXTA_MAX_EXPECTATIONS,
    .section = &expectation_section,
    .offset = AT (JuxtaDeck, expectations), .count_offset = AT (JuxtaDeck, n_expectations) },
  { "bottom-line", JUXTA_DECK_OBJECT, .section = &bottom_line_section, .offset = NOWHERE },
  { "sources", JUXTA_DECK_LIST, .min = 0, .max = NO_LIMIT, .section = &source_section,
    .offset = AT (JuxtaDeck, sources), .count_offset = AT (JuxtaDeck, n_sources) },
  /* For editors (data/juxta-deck.schema.json): accepted, never fetched. */
  { "$schema", JUXTA_DECK_STRING, .offset = NOWHERE,
    .expected = N_("a string (the address of the deck format's JSON Schema)") },
};
static const JuxtaDeckSection deck_section =
  SECTION ("deck", NULL, N_("a JSON object at the top level"), deck_fields, JuxtaDeck);

static const JuxtaDeckSection *const all_sections[] = {
  &deck_section, &priority_section, &dimension_section, &audience_section, &option_section,
  &talking_point_section, &analogy_section, &answer_section, &term_section, &preset_section,
  &requirement_section, &expectation_section, &bottom_line_section, &source_section,
};

/* Nouns of the lists of ids, for messages ("unknown priority"). */
static const struct
{
  const char *noun;
  const char *ids;
} list_nouns[JUXTA_DECK_N_LISTS] = {
  [JUXTA_DECK_LIST_PRIORITIES]   = { N_("priority"),    N_("priority ids") },
  [JUXTA_DECK_LIST_DIMENSIONS]   = { N_("dimension"),   NULL },
  [JUXTA_DECK_LIST_AUDIENCES]    = { N_("audience"),    N_("audience ids") },
  [JUXTA_DECK_LIST_OPTIONS]      = { N_("option"),      N_("option ids") },
  [JUXTA_DECK_LIST_ANALOGIES]    = { N_("analogy"),     NULL },
  [JUXTA_DECK_LIST_ANSWERS]      = { N_("answer"),      NULL },
  [JUXTA_DECK_LIST_PRESETS]      = { N_("preset"),      NULL },
  [JUXTA_DECK_LIST_REQUIREMENTS] = { N_("requirement"), N_("requirement ids") },
};

/* ---------------------------------------------------------------- API */

const JuxtaDeckSection *
juxta_deck_schema_get_root (void)
{
  return &deck_section;
}

/* Every section, the top level first. */
const JuxtaDeckSection *const *
juxta_deck_schema_get_sections (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (all_sections);
  return all_sections;
}

const JuxtaDeckField *
juxta_deck_section_find_field (const JuxtaDeckSection *section,
                               const char             *key)
{
  for (guint f = 0; f < section->n_fields; f++)
    if (strcmp (section->fields[f].key, key) == 0)
      return &section->fields[f];
  return NULL;
}

/* "id, label, description, default": the keys, for "unknown key" warnings. */
char *
juxta_deck_section_describe_keys (const JuxtaDeckSection *section)
{
  GString *keys = g_string_new (NULL);

  for (guint f = 0; f < section->n_fields; f++)
    g_string_append_printf (keys, "%s%s", f > 0 ? ", " : "", section->fields[f].key);
  return g_string_free (keys, FALSE);
}

/* Keys are compared without case, with "_" and " " read as "-": the
 * usual slips ("talking_points", "As-Of") cost nothing. */
#define MAX_SUGGEST_CHARS 64

/* Returns the number of characters, or G_MAXUINT past the limit (no key
 * is that long: such a key is not a slip). */
static guint
normalize_key (const char *key,
               gunichar   *out)
{
  guint n = 0;

  for (const char *c = key; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_unichar_tolower (g_utf8_get_char (c));

      if (n == MAX_SUGGEST_CHARS)
        return G_MAXUINT;
      out[n++] = u == '_' || u == ' ' ? '-' : u;
    }
  return n;
}

/* The optimal string alignment distance: insertions, deletions,
 * substitutions and swaps of neighbours cost 1 each. */
static guint
edit_distance (const gunichar *a,
               guint           n,
               const gunichar *b,
               guint           m)
{
  guint d[MAX_SUGGEST_CHARS + 1][MAX_SUGGEST_CHARS + 1];

  for (guint i = 0; i <= n; i++)
    d[i][0] = i;
  for (guint j = 0; j <= m; j++)
    d[0][j] = j;
  for (guint i = 1; i <= n; i++)
    for (guint j = 1; j <= m; j++)
      {
        guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

        d[i][j] = MIN (MIN (d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          d[i][j] = MIN (d[i][j], d[i - 2][j - 2] + 1);
      }
  return d[n][m];
}

/* The key of @section closest to @key, when it is close enough to be what
 * was meant: 1 edit for keys of up to 4 characters, 2 up to 8, else 3.
 * On a tie, the first in the table.  NULL when none is. */
const char *
juxta_deck_section_suggest_key (const JuxtaDeckSection *section,
                                const char             *key)
{
  gunichar typed[MAX_SUGGEST_CHARS], known[MAX_SUGGEST_CHARS];
  guint n = normalize_key (key, typed);
  guint allowed, best_distance = G_MAXUINT;
  const char *best = NULL;

  if (n == 0 || n == G_MAXUINT)
    return NULL;
  allowed = n <= 4 ? 1 : n <= 8 ? 2 : 3;
  for (guint f = 0; f < section->n_fields; f++)
    {
      guint m = normalize_key (section->fields[f].key, known);
      guint distance = edit_distance (typed, n, known, m);

      if (distance <= allowed && distance < best_distance)
        {
          best = section->fields[f].key;
          best_distance = distance;
        }
    }
  return best;
}

const char *
juxta_deck_list_get_noun (JuxtaDeckList list)
{
  g_return_val_if_fail (list > JUXTA_DECK_LIST_NONE && list < JUXTA_DECK_N_LISTS, "");
  return list_nouns[list].noun;
}

const char *
juxta_deck_list_get_ids_noun (JuxtaDeckList list)
{
  g_return_val_if_fail (list > JUXTA_DECK_LIST_NONE && list < JUXTA_DECK_N_LISTS, "");
  g_return_val_if_fail (list_nouns[list].ids != NULL, "");
  return list_nouns[list].ids;
}

/* Machine-readable names, for the schema dump: not translated. */
const char *
juxta_deck_kind_to_string (JuxtaDeckKind kind)
{
  static const char *const names[] = {
    [JUXTA_DECK_TEXT] = "text",
    [JUXTA_DECK_ID] = "id",
    [JUXTA_DECK_DATE] = "date",
    [JUXTA_DECK_STRING] = "string",
    [JUXTA_DECK_CONSTANT] = "constant",
    [JUXTA_DECK_VERSION] = "version",
    [JUXTA_DECK_INTEGER] = "integer",
    [JUXTA_DECK_SCORE] = "score",
    [JUXTA_DECK_ENUM] = "enum",
    [JUXTA_DECK_FACT] = "fact",
    [JUXTA_DECK_REFERENCE] = "reference",
    [JUXTA_DECK_REFERENCES] = "references",
    [JUXTA_DECK_LIST] = "list",
    [JUXTA_DECK_OBJECT] = "object",
    [JUXTA_DECK_MAP] = "map",
    [JUXTA_DECK_TERM_GROUPS] = "term-groups",
  };

  g_return_val_if_fail (kind < G_N_ELEMENTS (names), "");
  return names[kind];
}
