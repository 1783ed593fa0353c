/* juxta-export-json.c: the JSON export (the shape is in PRODUCT.md) */

#define G_LOG_DOMAIN "juxta-export"

#include "config.h"

#include <string.h>

#include "juxta-export-private.h"
#include "juxta-json.h"

/* ------------------------------------------------------------ values */

static void
append_json_string (GString    *out,
                    const char *text)
{
  juxta_json_append_string (out, text);
}

/* The shortest decimal that reads back as the same double, without an
 * exponent in any range a score or a ratio can take. */
static void
append_json_number (GString *out,
                    double   value)
{
  juxta_json_append_number (out, value);
}

/* -------------------------------------------------------------- keys */

static void
json_key (GString    *out,
          const char *key,
          gboolean   *first)
{
  g_string_append (out, *first ? "\n  " : ",\n  ");
  *first = FALSE;
  append_json_string (out, key);
  g_string_append (out, ": ");
}

static void
json_weights (GString             *out,
              JuxtaDeck           *deck,
              const JuxtaScenario *scenario)
{
  g_string_append_c (out, '{');
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    {
      if (p > 0)
        g_string_append (out, ", ");
      append_json_string (out, juxta_deck_get_priority (deck, p)->id);
      g_string_append_printf (out, ": %d", scenario->weights[p]);
    }
  g_string_append_c (out, '}');
}

static void
json_requirements (GString             *out,
                   JuxtaDeck           *deck,
                   const JuxtaScenario *scenario)
{
  gboolean first = TRUE;

  g_string_append_c (out, '[');
  for (guint r = 0; r < juxta_deck_get_n_requirements (deck); r++)
    if (scenario->requirements & (1u << r))
      {
        if (!first)
          g_string_append (out, ", ");
        first = FALSE;
        append_json_string (out, juxta_deck_get_requirement (deck, r)->id);
      }
  g_string_append_c (out, ']');
}

static void
json_ranking (GString           *out,
              JuxtaDeck         *deck,
              const JuxtaAdvice *advice)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < advice->n_ranked; i++)
    {
      const JuxtaOption *option = juxta_deck_get_option (deck, advice->ranking[i]);

      g_string_append (out, i > 0 ? ",\n    {\"option\": " : "\n    {\"option\": ");
      append_json_string (out, option->id);
      g_string_append (out, ", \"name\": ");
      append_json_string (out, option->name);
      g_string_append (out, ", \"score\": ");
      append_json_number (out, advice->scores[advice->ranking[i]]);
      g_string_append_c (out, '}');
    }
  g_string_append (out, advice->n_ranked > 0 ? "\n  ]" : "]");
}

static void
json_excluded (GString           *out,
               JuxtaDeck         *deck,
               const JuxtaAdvice *advice)
{
  gboolean first = TRUE;

  g_string_append_c (out, '[');
  for (guint o = 0; o < advice->n_options; o++)
    {
      if (advice->ruled_out_by[o] < 0)
        continue;
      g_string_append (out, first ? "{\"option\": " : ", {\"option\": ");
      first = FALSE;
      append_json_string (out, juxta_deck_get_option (deck, o)->id);
      g_string_append (out, ", \"requirement\": ");
      append_json_string (out, juxta_deck_get_requirement (deck, (guint) advice->ruled_out_by[o])->id);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
json_drivers (GString           *out,
              JuxtaDeck         *deck,
              const JuxtaAdvice *advice)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < advice->n_drivers; i++)
    {
      g_string_append (out, i > 0 ? ", {\"priority\": " : "{\"priority\": ");
      append_json_string (out, juxta_deck_get_priority (deck, advice->drivers[i].priority)->id);
      g_string_append (out, ", \"contribution\": ");
      append_json_number (out, advice->drivers[i].contribution);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
json_tipping_points (GString           *out,
                     JuxtaDeck         *deck,
                     const JuxtaAdvice *advice)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < advice->n_tipping_points; i++)
    {
      const JuxtaTippingPoint *tp = &advice->tipping_points[i];

      g_string_append (out, i > 0 ? ",\n    {\"priority\": " : "\n    {\"priority\": ");
      append_json_string (out, juxta_deck_get_priority (deck, tp->priority)->id);
      g_string_append_printf (out, ", \"direction\": \"%s\", \"value\": %d, \"option\": ",
                              juxta_tip_direction_to_string (tp->direction), tp->value);
      append_json_string (out, juxta_deck_get_option (deck, tp->option)->id);
      g_string_append_c (out, '}');
    }
  g_string_append (out, advice->n_tipping_points > 0 ? "\n  ]" : "]");
}

static void
json_string_list (GString   *out,
                  GPtrArray *items)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < items->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      append_json_string (out, g_ptr_array_index (items, i));
    }
  g_string_append (out, items->len > 0 ? "\n  ]" : "]");
}

static void
json_avoid (GString             *out,
            JuxtaDeck           *deck,
            const JuxtaScenario *scenario)
{
  gboolean first = TRUE;

  g_string_append_c (out, '[');
  for (guint a = 0; a < juxta_deck_get_n_analogies (deck); a++)
    {
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (deck, a);
      int instead;

      if (analogy->verdict != JUXTA_ANALOGY_AVOID ||
          !juxta_audiences_include (analogy->audiences, scenario->audience))
        continue;
      instead = juxta_deck_find_instead_for_audience (deck, a, scenario->audience, NULL);
      g_string_append (out, first ? "\n    {\"analogy\": " : ",\n    {\"analogy\": ");
      first = FALSE;
      append_json_string (out, analogy->id);
      g_string_append (out, ", \"text\": ");
      append_json_string (out, analogy->text);
      g_string_append (out, ", \"instead\": ");
      if (instead >= 0)
        append_json_string (out, juxta_deck_get_analogy (deck, (guint) instead)->text);
      else
        g_string_append (out, "null");
      g_string_append_c (out, '}');
    }
  g_string_append (out, first ? "]" : "\n  ]");
}

static void
json_sources (GString   *out,
              JuxtaDeck *deck)
{
  guint n = juxta_deck_get_n_sources (deck);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      const JuxtaSource *source = juxta_deck_get_source (deck, i);

      g_string_append (out, i > 0 ? ",\n    {\"title\": " : "\n    {\"title\": ");
      append_json_string (out, source->title);
      if (source->url != NULL)
        {
          g_string_append (out, ", \"url\": ");
          append_json_string (out, source->url);
        }
      if (source->as_of != NULL)
        {
          g_string_append (out, ", \"as-of\": ");
          append_json_string (out, source->as_of);
        }
      g_string_append_c (out, '}');
    }
  g_string_append (out, n > 0 ? "\n  ]" : "]");
}

/* Facts as the deck gives them: a text, a list of texts, or null. */
static void
json_fact (GString           *out,
           const char *const *fact)
{
  if (fact == NULL)
    g_string_append (out, "null");
  else if (!_juxta_export_fact_is_list (fact))
    append_json_string (out, fact[0]);
  else
    {
      g_string_append_c (out, '[');
      for (guint i = 0; fact[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          append_json_string (out, fact[i]);
        }
      g_string_append_c (out, ']');
    }
}

static void
json_comparison (GString   *out,
                 JuxtaDeck *deck)
{
  guint n_options = juxta_deck_get_n_options (deck);
  guint n_dimensions = juxta_deck_get_n_dimensions (deck);

  g_string_append (out, "{\n    \"options\": [");
  for (guint o = 0; o < n_options; o++)
    {
      g_string_append (out, o > 0 ? ", {\"option\": " : "{\"option\": ");
      append_json_string (out, juxta_deck_get_option (deck, o)->id);
      g_string_append (out, ", \"name\": ");
      append_json_string (out, juxta_deck_get_option (deck, o)->name);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\n    \"dimensions\": [");
  for (guint d = 0; d < n_dimensions; d++)
    {
      const JuxtaDimension *dimension = juxta_deck_get_dimension (deck, d);

      g_string_append (out, d > 0 ? ",\n      {\"dimension\": " : "\n      {\"dimension\": ");
      append_json_string (out, dimension->id);
      g_string_append (out, ", \"label\": ");
      append_json_string (out, dimension->label);
      g_string_append (out, ", \"facts\": {");
      for (guint o = 0; o < n_options; o++)
        {
          if (o > 0)
            g_string_append (out, ", ");
          append_json_string (out, juxta_deck_get_option (deck, o)->id);
          g_string_append (out, ": ");
          json_fact (out, juxta_deck_get_option (deck, o)->facts[d]);
        }
      g_string_append (out, "}}");
    }
  g_string_append (out, n_dimensions > 0 ? "\n    ]\n  }" : "]\n  }");
}

static void
json_glossary (GString   *out,
               JuxtaDeck *deck)
{
  guint n = juxta_deck_get_n_terms (deck);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      const JuxtaTerm *term = juxta_deck_get_term (deck, i);

      g_string_append (out, i > 0 ? ",\n    {\"term\": " : "\n    {\"term\": ");
      append_json_string (out, term->term);
      g_string_append (out, ", \"definition\": ");
      append_json_string (out, term->definition);
      g_string_append_c (out, '}');
    }
  g_string_append (out, n > 0 ? "\n  ]" : "]");
}

/* ---------------------------------------------------- stakeholders */

static void
json_stakeholder_ranking (GString           *out,
                          JuxtaDeck         *deck,
                          const JuxtaAdvice *advice)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < advice->n_ranked; i++)
    {
      g_string_append (out, i > 0 ? ", {\"option\": " : "{\"option\": ");
      append_json_string (out, juxta_deck_get_option (deck, advice->ranking[i])->id);
      g_string_append (out, ", \"score\": ");
      append_json_number (out, advice->scores[advice->ranking[i]]);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

/* Each person: their weights, their own ranking and leader (null when
 * left out, or when nothing is eligible) and their regret. */
static void
json_stakeholders (GString                *out,
                   JuxtaDeck              *deck,
                   const JuxtaExportGroup *group)
{
  const JuxtaConsensus *consensus = group->consensus;

  g_string_append_c (out, '[');
  for (guint k = 0; k < consensus->n_stakeholders; k++)
    {
      const JuxtaStakeholderOutcome *outcome = &consensus->outcomes[k];
      JuxtaScenario own = { { 0 } };

      memcpy (own.weights, group->people[k]->weights, sizeof own.weights);
      g_string_append (out, k > 0 ? ",\n    {\"name\": " : "\n    {\"name\": ");
      append_json_string (out, group->people[k]->name);
      g_string_append (out, ", \"weights\": ");
      json_weights (out, deck, &own);
      g_string_append (out, ", \"ranking\": ");
      json_stakeholder_ranking (out, deck, outcome->advice);
      g_string_append (out, ", \"leader\": ");
      if (outcome->leader >= 0)
        append_json_string (out, juxta_deck_get_option (deck, (guint) outcome->leader)->id);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"regret\": ");
      append_json_number (out, outcome->regret);
      g_string_append_c (out, '}');
    }
  g_string_append (out, consensus->n_stakeholders > 0 ? "\n  ]" : "]");
}

/* Who gives up most, and how much; nobody (null, 0) when no one gives
 * anything up. */
static void
json_disagreement (GString                *out,
                   const JuxtaExportGroup *group)
{
  const JuxtaConsensus *consensus = group->consensus;

  g_string_append (out, "{\"name\": ");
  if (consensus->disagreement >= 0)
    append_json_string (out, group->people[consensus->disagreement]->name);
  else
    g_string_append (out, "null");
  g_string_append (out, ", \"regret\": ");
  append_json_number (out, consensus->disagreement >= 0 ? consensus->disagreement_regret : 0);
  g_string_append_c (out, '}');
}

/* ------------------------------------ where the weights came from */

static void
json_answer (GString    *out,
             JuxtaDeck  *deck,
             guint       priority,
             guint       other,
             const char *ratio_key,
             double      ratio)
{
  g_string_append (out, "{\"priority\": ");
  append_json_string (out, juxta_deck_get_priority (deck, priority)->id);
  g_string_append (out, ", \"other\": ");
  append_json_string (out, juxta_deck_get_priority (deck, other)->id);
  g_string_append_printf (out, ", \"%s\": ", ratio_key);
  append_json_number (out, ratio);
}

/* The JSON export's "interview": the answers, each with the preferred
 * priority first, the inconsistency in full precision, and the worst
 * answer with what the whole implies. */
static void
json_interview (GString                    *out,
                JuxtaDeck                  *deck,
                const JuxtaExportInterview *interview)
{
  const JuxtaInterviewResult *result = interview->result;

  g_string_append (out, "{\n    \"answers\": [");
  for (guint k = 0; k < interview->n_answers; k++)
    {
      const JuxtaInterviewAnswer *answer = &interview->answers[k];

      g_string_append (out, k > 0 ? ",\n      " : "\n      ");
      json_answer (out, deck, answer->priority, answer->other, "ratio", answer->ratio);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n    ],\n    \"inconsistency\": ");
  append_json_number (out, result->checked ? result->inconsistency : 0);
  g_string_append_printf (out, ",\n    \"checked\": %s,\n    \"acceptable\": %s",
                          result->checked ? "true" : "false", result->acceptable ? "true" : "false");
  if (result->checked && result->worst >= 0)
    {
      const JuxtaInterviewAnswer *worst = &interview->answers[result->worst];

      g_string_append (out, ",\n    \"worst\": ");
      json_answer (out, deck, worst->priority, worst->other, "answered", worst->ratio);
      g_string_append (out, ", \"implied\": ");
      append_json_number (out, result->worst_implied);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n  }");
}

/* ---------------------------------------------------------- the whole */

/* What the advice is for, always there: the deck, the audience, the
 * weights (and the people or the answers they came from), the
 * requirements. */
static void
json_add_scenario (GString                 *out,
                   gboolean                *first,
                   JuxtaDeck               *deck,
                   const JuxtaScenario     *scenario,
                   const JuxtaExportExtras *extras,
                   const JuxtaExportGroup  *group)
{
  json_key (out, "deck", first);
  append_json_string (out, juxta_deck_get_id (deck));
  json_key (out, "audience", first);
  append_json_string (out, juxta_deck_get_audience (deck, scenario->audience)->id);
  json_key (out, "weights", first);
  json_weights (out, deck, scenario);
  if (group != NULL)
    {
      json_key (out, "stakeholders", first);
      json_stakeholders (out, deck, group);
      json_key (out, "disagreement", first);
      json_disagreement (out, group);
    }
  else if (_juxta_export_interview_applied (extras))
    {
      json_key (out, "interview", first);
      json_interview (out, deck, _juxta_export_get_interview (extras));
    }
  json_key (out, "requirements", first);
  json_requirements (out, deck, scenario);
}

/* The ranking and verdict; with a runner-up, the margin, the drivers and
 * the tipping points too. */
static void
json_add_recommendation (GString           *out,
                         gboolean          *first,
                         JuxtaDeck         *deck,
                         const JuxtaAdvice *advice)
{
  json_key (out, "ranking", first);
  json_ranking (out, deck, advice);
  json_key (out, "excluded", first);
  json_excluded (out, deck, advice);
  json_key (out, "verdict", first);
  append_json_string (out, juxta_verdict_to_string (advice->verdict));
  if (advice->runner_up < 0)
    return;
  json_key (out, "margin", first);
  append_json_number (out, advice->margin);
  json_key (out, "drivers", first);
  json_drivers (out, deck, advice);
  json_key (out, "tipping-points", first);
  json_tipping_points (out, deck, advice);
}

static void
json_add_sources (GString   *out,
                  gboolean  *first,
                  JuxtaDeck *deck)
{
  json_key (out, "sources", first);
  json_sources (out, deck);
  json_key (out, "verified", first);
  if (juxta_deck_get_verified (deck) != NULL)
    append_json_string (out, juxta_deck_get_verified (deck));
  else
    g_string_append (out, "null");
}

/* The keys of the PRODUCT.md shape keep their order; a section left out
 * leaves out its keys, and the comparison and glossary come before the
 * sources, which stay last. */
char *
_juxta_export_render_json (JuxtaDeck               *deck,
                           const JuxtaScenario     *scenario,
                           const JuxtaAdvice       *advice,
                           GPtrArray               *points,
                           const JuxtaExportExtras *extras,
                           const JuxtaExportGroup  *group)
{
  GString *out = g_string_new ("{");
  JuxtaExportSections sections = _juxta_export_get_sections (extras);
  gboolean first = TRUE;

  json_add_scenario (out, &first, deck, scenario, extras, group);
  if (sections & JUXTA_EXPORT_SECTION_RECOMMENDATION)
    json_add_recommendation (out, &first, deck, advice);
  if (sections & JUXTA_EXPORT_SECTION_TALKING_POINTS)
    {
      json_key (out, "talking-points", &first);
      json_string_list (out, points);
      json_key (out, "avoid", &first);
      json_avoid (out, deck, scenario);
    }
  if (sections & JUXTA_EXPORT_SECTION_COMPARISON)
    {
      json_key (out, "comparison", &first);
      json_comparison (out, deck);
    }
  if (sections & JUXTA_EXPORT_SECTION_GLOSSARY)
    {
      json_key (out, "glossary", &first);
      json_glossary (out, deck);
    }
  if (sections & JUXTA_EXPORT_SECTION_SOURCES)
    json_add_sources (out, &first, deck);
  g_string_append (out, "\n}\n");

  return g_string_free (out, FALSE);
}
