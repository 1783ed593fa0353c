/* juxta-advisor.c: scores, ranking, verdict, drivers and tipping points */

#define G_LOG_DOMAIN "juxta-advisor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-advisor.h"

void
juxta_scenario_init_defaults (JuxtaScenario *scenario,
                              JuxtaDeck     *deck)
{
  g_return_if_fail (scenario != NULL);
  g_return_if_fail (JUXTA_IS_DECK (deck));

  memset (scenario, 0, sizeof *scenario);
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    scenario->weights[p] = juxta_deck_get_priority (deck, p)->default_weight;
}

/* A preset sets the sliders it names and leaves the others at their
 * defaults (deck-format.md), so it starts from the defaults. */
void
juxta_scenario_apply_preset (JuxtaScenario *scenario,
                             JuxtaDeck     *deck,
                             guint          preset_index)
{
  const JuxtaPreset *preset;

  g_return_if_fail (scenario != NULL);
  g_return_if_fail (preset_index < juxta_deck_get_n_presets (deck));

  preset = juxta_deck_get_preset (deck, preset_index);
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    scenario->weights[p] = preset->weights[p] >= 0
                             ? preset->weights[p]
                             : juxta_deck_get_priority (deck, p)->default_weight;
}

gboolean
juxta_scenario_equal (const JuxtaScenario *a,
                      const JuxtaScenario *b)
{
  return memcmp (a, b, sizeof *a) == 0;
}

/* floor (a / b) for b > 0, exact for negative a too. */
static gint64
floor_div (gint64 a,
           gint64 b)
{
  gint64 q = a / b;

  if ((a % b != 0) && (a < 0))
    q--;
  return q;
}

static void
rule_out_options (JuxtaAdvice         *advice,
                  JuxtaDeck           *deck,
                  const JuxtaScenario *scenario)
{
  for (guint o = 0; o < advice->n_options; o++)
    advice->ruled_out_by[o] = -1;

  for (guint r = 0; r < juxta_deck_get_n_requirements (deck); r++)
    {
      const JuxtaRequirement *requirement;

      if ((scenario->requirements & (1u << r)) == 0)
        continue;
      requirement = juxta_deck_get_requirement (deck, r);
      for (guint o = 0; o < advice->n_options; o++)
        if ((requirement->excludes & (G_GUINT64_CONSTANT (1) << o)) && advice->ruled_out_by[o] < 0)
          advice->ruled_out_by[o] = (int) r;
    }
}

static void
rank_options (JuxtaAdvice *advice)
{
  advice->n_ranked = 0;
  if (advice->total_weight == 0)
    return;

  /* Insertion sort: stable, so equal scores keep deck order; n <= 64. */
  for (guint o = 0; o < advice->n_options; o++)
    {
      guint i;

      if (advice->ruled_out_by[o] >= 0)
        continue;
      for (i = advice->n_ranked; i > 0 && advice->sums[advice->ranking[i - 1]] < advice->sums[o]; i--)
        advice->ranking[i] = advice->ranking[i - 1];
      advice->ranking[i] = o;
      advice->n_ranked++;
    }
}

static void
decide_verdict (JuxtaAdvice *advice)
{
  gint64 denominator = (gint64) JUXTA_SCORE_MAX * JUXTA_SCORE_UNIT * advice->total_weight;
  gint64 lead;

  advice->leader = advice->n_ranked > 0 ? (int) advice->ranking[0] : -1;
  advice->runner_up = advice->n_ranked > 1 ? (int) advice->ranking[1] : -1;
  advice->margin = 0;

  if (advice->n_ranked == 0)
    {
      advice->verdict = JUXTA_VERDICT_NONE;
      return;
    }
  if (advice->n_ranked == 1)
    {
      advice->verdict = JUXTA_VERDICT_ONLY;
      return;
    }

  /* margin = 100·lead / denominator; compare without dividing. */
  lead = advice->sums[advice->leader] - advice->sums[advice->runner_up];
  advice->margin = 100.0 * (double) lead / (double) denominator;
  if (100 * lead >= JUXTA_CLEAR_MARGIN * denominator)
    advice->verdict = JUXTA_VERDICT_CLEAR;
  else if (100 * lead >= JUXTA_NARROW_MARGIN * denominator)
    advice->verdict = JUXTA_VERDICT_NARROW;
  else
    advice->verdict = JUXTA_VERDICT_TIE;
}

static void
find_drivers (JuxtaAdvice         *advice,
              JuxtaDeck           *deck,
              const JuxtaScenario *scenario)
{
  const JuxtaOption *leader = juxta_deck_get_option (deck, (guint) advice->leader);
  const JuxtaOption *runner_up = juxta_deck_get_option (deck, (guint) advice->runner_up);
  gint64 denominator = (gint64) JUXTA_SCORE_MAX * JUXTA_SCORE_UNIT * advice->total_weight;
  gint64 numerators[JUXTA_MAX_PRIORITIES];

  advice->n_drivers = 0;
  for (guint p = 0; p < advice->n_priorities; p++)
    {
      gint64 numerator = (gint64) scenario->weights[p] *
                         (leader->scores[p] - runner_up->scores[p]);
      guint i;

      if (numerator == 0)
        continue;
      /* Insertion by exact numerator, largest first, ties in deck order. */
      for (i = advice->n_drivers; i > 0 && numerators[i - 1] < numerator; i--)
        {
          numerators[i] = numerators[i - 1];
          advice->drivers[i] = advice->drivers[i - 1];
        }
      numerators[i] = numerator;
      advice->drivers[i].priority = p;
      advice->drivers[i].contribution = 100.0 * (double) numerator / (double) denominator;
      advice->n_drivers++;
    }
}

/* Starting from weight @from of priority @p, where @leader leads, the
 * nearest slider value above (raise) or below (lower) at which another
 * eligible option's score strictly exceeds @leader's, every other slider
 * fixed; and which option that is (the highest there, then deck order).
 * With A_o the weighted sum without @p, challenger c beats leader L at x
 * exactly when (A_c − A_L) + x·(s_cp − s_Lp) > 0: a linear inequality,
 * solved here in integers rather than by scanning. */
gboolean
juxta_advice_find_overtake (const JuxtaAdvice   *advice,
                            JuxtaDeck           *deck,
                            const JuxtaScenario *scenario,
                            guint                p,
                            guint                leader_index,
                            int                  from,
                            JuxtaTipDirection    direction,
                            int                 *value,
                            guint               *option)
{
  const JuxtaOption *leader = juxta_deck_get_option (deck, leader_index);
  gint64 w = scenario->weights[p];
  gint64 others_weight = advice->total_weight - w;
  gint64 leader_rest = advice->sums[leader_index] - w * leader->scores[p];
  int best_value = -1;
  int best_option = -1;
  gint64 best_sum = 0;

  for (guint i = 0; i < advice->n_ranked; i++)
    {
      guint c = advice->ranking[i];
      const JuxtaOption *challenger = juxta_deck_get_option (deck, c);
      gint64 d = (advice->sums[c] - w * challenger->scores[p]) - leader_rest;
      gint64 k = (gint64) challenger->scores[p] - leader->scores[p];
      gint64 x;
      gint64 sum_at_x;
      gboolean better;

      if (c == leader_index)
        continue;
      if (direction == JUXTA_TIP_RAISE)
        {
          if (k <= 0)
            continue;
          x = MAX (floor_div (-d, k) + 1, (gint64) from + 1);
          if (x > 100)
            continue;
        }
      else
        {
          if (k >= 0 || d <= 0)
            continue;
          x = MIN ((d - 1) / -k, (gint64) from - 1);
          if (x < 0 || (x == 0 && others_weight == 0))
            continue;
        }

      sum_at_x = advice->sums[c] + (x - w) * challenger->scores[p];
      if (best_value < 0)
        better = TRUE;
      else if (x != best_value)
        better = direction == JUXTA_TIP_RAISE ? x < best_value : x > best_value;
      else if (sum_at_x != best_sum)
        better = sum_at_x > best_sum;   /* several overtake: the highest there */
      else
        better = (int) c < best_option; /* then deck order */

      if (better)
        {
          best_value = (int) x;
          best_option = (int) c;
          best_sum = sum_at_x;
        }
    }

  if (best_value < 0)
    return FALSE;
  *value = best_value;
  *option = (guint) best_option;
  return TRUE;
}

static gboolean
find_tipping_point (const JuxtaAdvice   *advice,
                    JuxtaDeck           *deck,
                    const JuxtaScenario *scenario,
                    guint                p,
                    JuxtaTipDirection    direction,
                    JuxtaTippingPoint   *out)
{
  if (!juxta_advice_find_overtake (advice, deck, scenario, p, (guint) advice->leader,
                                   scenario->weights[p], direction, &out->value, &out->option))
    return FALSE;
  out->priority = p;
  out->direction = direction;
  return TRUE;
}

static void
find_tipping_points (JuxtaAdvice         *advice,
                     JuxtaDeck           *deck,
                     const JuxtaScenario *scenario)
{
  advice->n_tipping_points = 0;
  for (guint p = 0; p < advice->n_priorities; p++)
    {
      JuxtaTippingPoint *tp = &advice->tipping_points[advice->n_tipping_points];

      if (find_tipping_point (advice, deck, scenario, p, JUXTA_TIP_RAISE, tp))
        tp = &advice->tipping_points[++advice->n_tipping_points];
      if (find_tipping_point (advice, deck, scenario, p, JUXTA_TIP_LOWER, tp))
        advice->n_tipping_points++;
    }
}

void
juxta_advice_compute (JuxtaAdvice         *advice,
                      JuxtaDeck           *deck,
                      const JuxtaScenario *scenario)
{
  g_return_if_fail (advice != NULL);
  g_return_if_fail (JUXTA_IS_DECK (deck));
  g_return_if_fail (scenario != NULL);

  advice->n_options = juxta_deck_get_n_options (deck);
  advice->n_priorities = juxta_deck_get_n_priorities (deck);
  advice->total_weight = 0;
  for (guint p = 0; p < advice->n_priorities; p++)
    advice->total_weight += scenario->weights[p];

  for (guint o = 0; o < advice->n_options; o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (deck, o);
      gint64 sum = 0;

      for (guint p = 0; p < advice->n_priorities; p++)
        sum += (gint64) scenario->weights[p] * option->scores[p];
      advice->sums[o] = sum;
      advice->scores[o] = advice->total_weight > 0
                            ? 100.0 * (double) sum /
                              ((double) JUXTA_SCORE_MAX * JUXTA_SCORE_UNIT * advice->total_weight)
                            : 0;
    }

  rule_out_options (advice, deck, scenario);
  rank_options (advice);
  decide_verdict (advice);

  advice->n_drivers = 0;
  advice->n_tipping_points = 0;
  if (advice->runner_up >= 0)
    {
      find_drivers (advice, deck, scenario);
      find_tipping_points (advice, deck, scenario);
    }
}

JuxtaAdvice *
juxta_advice_new (JuxtaDeck           *deck,
                  const JuxtaScenario *scenario)
{
  JuxtaAdvice *advice = g_new0 (JuxtaAdvice, 1);

  juxta_advice_compute (advice, deck, scenario);
  return advice;
}

void
juxta_advice_free (JuxtaAdvice *advice)
{
  g_free (advice);
}

gboolean
juxta_advice_has_scores (const JuxtaAdvice *advice)
{
  return advice->total_weight > 0;
}

gboolean
juxta_advice_is_eligible (const JuxtaAdvice *advice,
                          guint              option)
{
  g_return_val_if_fail (option < advice->n_options, FALSE);
  return advice->ruled_out_by[option] < 0;
}

/* The score @option would have with priority @priority at @weight, every
 * other slider as in @scenario; 0 when every weight would be 0. */
double
juxta_advice_score_at (JuxtaDeck           *deck,
                       const JuxtaScenario *scenario,
                       guint                option,
                       guint                priority,
                       int                  weight)
{
  const JuxtaOption *o = juxta_deck_get_option (deck, option);
  gint64 total = 0, sum = 0;

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    {
      gint64 w = p == priority ? weight : scenario->weights[p];
      total += w;
      sum += w * o->scores[p];
    }
  if (total == 0)
    return 0;
  return 100.0 * (double) sum / ((double) JUXTA_SCORE_MAX * JUXTA_SCORE_UNIT * total);
}

/* Machine-readable names, as in the JSON export: not translated. */
const char *
juxta_verdict_to_string (JuxtaVerdict verdict)
{
  switch (verdict)
    {
    case JUXTA_VERDICT_NONE:   return "none";
    case JUXTA_VERDICT_ONLY:   return "only";
    case JUXTA_VERDICT_TIE:    return "tie";
    case JUXTA_VERDICT_NARROW: return "narrow";
    case JUXTA_VERDICT_CLEAR:  return "clear";
    default:                   g_return_val_if_reached ("none");
    }
}

const char *
juxta_tip_direction_to_string (JuxtaTipDirection direction)
{
  return direction == JUXTA_TIP_RAISE ? "raise" : "lower";
}

static void
expectation_scenario (JuxtaDeck              *deck,
                      const JuxtaExpectation *expectation,
                      JuxtaScenario          *scenario)
{
  juxta_scenario_init_defaults (scenario, deck);
  if (expectation->preset >= 0)
    juxta_scenario_apply_preset (scenario, deck, (guint) expectation->preset);
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    if (expectation->weights[p] >= 0)
      scenario->weights[p] = expectation->weights[p];
  scenario->requirements = expectation->requirements;
}

static char *
describe_failure (JuxtaDeck              *deck,
                  const JuxtaExpectation *expectation,
                  const JuxtaAdvice      *advice)
{
  const JuxtaOption *expected = juxta_deck_get_option (deck, expectation->leader);

  if (advice->ruled_out_by[expectation->leader] >= 0)
    {
      const JuxtaRequirement *r = juxta_deck_get_requirement (deck, (guint) advice->ruled_out_by[expectation->leader]);
      return g_strdup_printf (_("expected \"%s\" to lead (%s), but it is ruled out by the requirement \"%s\""),
                              expected->id, expectation->label, r->id);
    }
  if (advice->leader < 0)
    return g_strdup_printf (_("expected \"%s\" to lead (%s), but nothing leads: every weight is 0"),
                            expected->id, expectation->label);

  return g_strdup_printf (_("expected \"%s\" to lead (%s), but \"%s\" leads with %.1f against %.1f"),
                          expected->id, expectation->label,
                          juxta_deck_get_option (deck, (guint) advice->leader)->id,
                          advice->scores[advice->leader], advice->scores[expectation->leader]);
}

guint
juxta_advisor_check_expectations (JuxtaDeck  *deck,
                                  const char *file,
                                  GPtrArray  *diagnostics)
{
  guint n_failed = 0;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), 0);
  g_return_val_if_fail (diagnostics != NULL, 0);

  for (guint i = 0; i < juxta_deck_get_n_expectations (deck); i++)
    {
      const JuxtaExpectation *expectation = juxta_deck_get_expectation (deck, i);
      JuxtaScenario scenario;
      JuxtaAdvice advice;
      g_autofree char *path = NULL;
      g_autofree char *message = NULL;

      expectation_scenario (deck, expectation, &scenario);
      juxta_advice_compute (&advice, deck, &scenario);
      if (advice.leader == (int) expectation->leader)
        continue;

      n_failed++;
      path = g_strdup_printf ("$.expectations[%u]", i);
      message = describe_failure (deck, expectation, &advice);
      g_ptr_array_add (diagnostics,
                       juxta_deck_diagnostic_new (deck, JUXTA_SEVERITY_ERROR, file, path, message));
    }
  return n_failed;
}
