/* fuzz-deck.c: arbitrary bytes through the whole core path
 *
 * Load and validate the bytes as a deck; when they make a valid deck,
 * compute advice for a few weight vectors derived from the input, compose
 * the talking points for every audience, render all four exports (every
 * section), the same for a group of stakeholders and their consensus,
 * run the expectations, the lint and the phrase guard (on the deck and on
 * the input as text).
 * Built with -Dfuzzing=true and clang (see tests/fuzz/meson.build).
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "juxta-advisor.h"
#include "juxta-consensus.h"
#include "juxta-deck-lint.h"
#include "juxta-deck-loader.h"
#include "juxta-export.h"
#include "juxta-phrase-guard.h"
#include "juxta-talking-points.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
exercise_scenario (JuxtaDeck           *deck,
                   const JuxtaScenario *scenario)
{
  g_autoptr(JuxtaAdvice) advice = juxta_advice_new (deck, scenario);
  g_autoptr(GPtrArray) points = juxta_talking_points_compose (deck, scenario, advice);

  g_free (juxta_export_talking_points_text (points));
  g_free (juxta_export_talking_points_html (points));
  g_free (juxta_describe_recommendation (deck, advice));

  for (guint i = 0; i < advice->n_tipping_points; i++)
    g_free (juxta_describe_tipping_point (deck, &advice->tipping_points[i]));
  for (guint o = 0; o < advice->n_options; o++)
    g_free (juxta_describe_ruled_out (deck, advice, o));
  for (JuxtaExportFormat f = JUXTA_EXPORT_MARKDOWN; f <= JUXTA_EXPORT_JSON; f++)
    g_free (juxta_export_render_sections (deck, scenario, f, JUXTA_EXPORT_SECTIONS_ALL));
}

/* People: the defaults, each preset, weights from the input bytes, and
 * one whose weights are all 0; their consensus in every export. */
static void
exercise_group (JuxtaDeck           *deck,
                const JuxtaScenario *meeting,
                const uint8_t       *data,
                size_t               size)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);
  g_autoptr(JuxtaConsensus) consensus = NULL;
  g_autoptr(GPtrArray) points = NULL;
  JuxtaStakeholder *person;
  JuxtaExportExtras extras = { NULL };
  JuxtaDecision decision = { 0, NULL, NULL, "2025-01-01", NULL, NULL, NULL, 0 };

  g_ptr_array_add (people, juxta_stakeholder_new (deck, "Defaults"));
  for (guint p = 0; p < juxta_deck_get_n_presets (deck) && people->len < 8; p++)
    {
      JuxtaScenario scenario;
      g_autofree char *name = g_strdup_printf ("Preset %u", p);

      juxta_scenario_init_defaults (&scenario, deck);
      juxta_scenario_apply_preset (&scenario, deck, p);
      person = juxta_stakeholder_new (deck, name);
      memcpy (person->weights, scenario.weights, sizeof person->weights);
      g_ptr_array_add (people, person);
    }
  person = juxta_stakeholder_new (deck, "Bytes");
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    person->weights[p] = size > 0 ? data[(p * 11 + 5) % size] % 101 : 0;
  g_ptr_array_add (people, person);
  person = juxta_stakeholder_new (deck, "Nobody");
  memset (person->weights, 0, sizeof person->weights);
  g_ptr_array_add (people, person);

  consensus = juxta_consensus_new (deck, meeting, (JuxtaStakeholder *const *) people->pdata, people->len);
  points = juxta_talking_points_compose_consensus (deck, consensus, (JuxtaStakeholder *const *) people->pdata);
  for (guint k = 0; k < people->len; k++)
    g_free (juxta_describe_regret (deck, consensus, (JuxtaStakeholder *const *) people->pdata, k));
  extras.sections = JUXTA_EXPORT_SECTIONS_ALL;
  extras.stakeholders = (JuxtaStakeholder *const *) people->pdata;
  extras.n_stakeholders = people->len;
  for (JuxtaExportFormat f = JUXTA_EXPORT_MARKDOWN; f <= JUXTA_EXPORT_JSON; f++)
    g_free (juxta_export_render_with (deck, meeting, f, &extras));
  decision.stakeholders = extras.stakeholders;
  decision.n_stakeholders = extras.n_stakeholders;
  g_free (juxta_export_decision_record (deck, meeting, &decision));
}

static void
exercise_deck (JuxtaDeck     *deck,
               const uint8_t *data,
               size_t         size)
{
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
  g_autofree char *text = g_utf8_make_valid ((const char *) data, (gssize) size);
  guint n_priorities = juxta_deck_get_n_priorities (deck);
  JuxtaScenario scenario;

  g_ptr_array_unref (juxta_phrase_guard_check (deck, text));
  juxta_advisor_check_expectations (deck, "fuzz.json", diagnostics);
  juxta_phrase_guard_check_deck (deck, "fuzz.json", diagnostics);
  juxta_deck_lint (deck, "fuzz.json", NULL, diagnostics);

  /* The defaults, every preset, and weights taken from the input bytes. */
  juxta_scenario_init_defaults (&scenario, deck);
  exercise_scenario (deck, &scenario);
  for (guint p = 0; p < juxta_deck_get_n_presets (deck); p++)
    {
      juxta_scenario_apply_preset (&scenario, deck, p);
      exercise_scenario (deck, &scenario);
    }
  for (guint round = 0; round < 3; round++)
    {
      for (guint p = 0; p < n_priorities; p++)
        scenario.weights[p] = size > 0 ? data[(p * 7 + round * 13) % size] % 101 : 0;
      scenario.requirements = size > 0 ? data[(round * 31) % size] : 0;
      /* A deck may have 32 requirements: a shift by 32 is undefined. */
      if (juxta_deck_get_n_requirements (deck) < 32)
        scenario.requirements &= (1u << juxta_deck_get_n_requirements (deck)) - 1;
      for (guint a = 0; a < juxta_deck_get_n_audiences (deck); a++)
        {
          scenario.audience = a;
          exercise_scenario (deck, &scenario);
        }
      exercise_group (deck, &scenario, data, size);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;

  deck = juxta_deck_load_data ((const char *) data, size, "fuzz.json", NULL, &diagnostics, &error);
  for (guint i = 0; i < diagnostics->len; i++)
    g_free (juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, i)));
  if (deck != NULL)
    exercise_deck (deck, data, size);
  return 0;
}
