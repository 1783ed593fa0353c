/* juxta-talking-points.c: the advice in words */

#define G_LOG_DOMAIN "juxta-talking-points"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "juxta-phrase-guard.h"
#include "juxta-talking-points.h"

#define MAX_LEADER_POINTS 3
#define MAX_DRIVER_REASONS 3

int
juxta_percent (double score)
{
  return (int) lround (score);
}

/* The margin as shown, rounded so that it never crosses a threshold of
 * the verdict: one decimal below JUXTA_CLEAR_MARGIN (a tie of 2.96 points
 * shows as 2.9, not 3), whole points from there.  *@decimals is how many
 * decimals to show. */
double
juxta_margin_for_display (const JuxtaAdvice *advice,
                          int               *decimals)
{
  double shown;

  g_return_val_if_fail (advice != NULL && decimals != NULL, 0);

  if (advice->verdict == JUXTA_VERDICT_CLEAR)
    {
      *decimals = 0;
      return MAX (round (advice->margin), JUXTA_CLEAR_MARGIN);
    }
  *decimals = 1;
  shown = round (advice->margin * 10) / 10;
  if (advice->verdict == JUXTA_VERDICT_NARROW)
    return CLAMP (shown, JUXTA_NARROW_MARGIN, JUXTA_CLEAR_MARGIN - 0.1);
  if (advice->verdict == JUXTA_VERDICT_TIE)
    return CLAMP (shown, 0, JUXTA_NARROW_MARGIN - 0.1);
  return shown;
}

const char *
juxta_verdict_describe (JuxtaVerdict verdict)
{
  switch (verdict)
    {
    case JUXTA_VERDICT_CLEAR:  return _("clear lead");
    case JUXTA_VERDICT_NARROW: return _("narrow lead");
    case JUXTA_VERDICT_TIE:    return _("too close to call");
    case JUXTA_VERDICT_ONLY:   return _("only option left");
    case JUXTA_VERDICT_NONE:   return _("nothing to recommend yet");
    default:                   g_return_val_if_reached ("");
    }
}

static const char *
option_name (JuxtaDeck *deck,
             int        option)
{
  return juxta_deck_get_option (deck, (guint) option)->name;
}

static const char *
priority_label (JuxtaDeck *deck,
                guint      priority)
{
  return juxta_deck_get_priority (deck, priority)->label;
}

static char *
describe_tie (JuxtaDeck         *deck,
              const JuxtaAdvice *advice)
{
  const char *leader = option_name (deck, advice->leader);
  const char *runner_up = option_name (deck, advice->runner_up);
  int leader_percent = juxta_percent (advice->scores[advice->leader]);
  int runner_up_percent = juxta_percent (advice->scores[advice->runner_up]);
  const JuxtaDriver *for_leader = NULL, *for_runner_up = NULL;

  if (advice->n_drivers > 0 && advice->drivers[0].contribution > 0)
    for_leader = &advice->drivers[0];
  if (advice->n_drivers > 0 && advice->drivers[advice->n_drivers - 1].contribution < 0)
    for_runner_up = &advice->drivers[advice->n_drivers - 1];

  if (for_leader != NULL && for_runner_up != NULL)
    /* TRANSLATORS: "Too close to call: A (61%) and B (59%) both fit. Speed tips it towards A, Control towards B." */
    return g_strdup_printf (_("Too close to call: %s (%d%%) and %s (%d%%) both fit. "
                              "%s tips it towards %s, %s towards %s."),
                            leader, leader_percent, runner_up, runner_up_percent,
                            priority_label (deck, for_leader->priority), leader,
                            priority_label (deck, for_runner_up->priority), runner_up);
  if (for_leader != NULL)
    return g_strdup_printf (_("Too close to call: %s (%d%%) and %s (%d%%) both fit; "
                              "%s is what tips it towards %s."),
                            leader, leader_percent, runner_up, runner_up_percent,
                            priority_label (deck, for_leader->priority), leader);
  return g_strdup_printf (_("Too close to call: %s and %s score the same (%d%%) for these "
                            "priorities."), leader, runner_up, leader_percent);
}

char *
juxta_describe_recommendation (JuxtaDeck         *deck,
                               const JuxtaAdvice *advice)
{
  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (advice != NULL, NULL);

  switch (advice->verdict)
    {
    case JUXTA_VERDICT_CLEAR:
      return g_strdup_printf (_("Lead with %s: it is the clear choice for these priorities "
                                "(%d%% against %d%% for %s)."),
                              option_name (deck, advice->leader),
                              juxta_percent (advice->scores[advice->leader]),
                              juxta_percent (advice->scores[advice->runner_up]),
                              option_name (deck, advice->runner_up));
    case JUXTA_VERDICT_NARROW:
      return g_strdup_printf (_("Lead with %s, but only narrowly (%d%% against %d%% for %s)."),
                              option_name (deck, advice->leader),
                              juxta_percent (advice->scores[advice->leader]),
                              juxta_percent (advice->scores[advice->runner_up]),
                              option_name (deck, advice->runner_up));
    case JUXTA_VERDICT_TIE:
      return describe_tie (deck, advice);
    case JUXTA_VERDICT_ONLY:
      return g_strdup_printf (_("%s is the only option left once the requirements are applied."),
                              option_name (deck, advice->leader));
    case JUXTA_VERDICT_NONE:
    default:
      if (!juxta_advice_has_scores (advice))
        return g_strdup (_("Nothing to recommend yet: move a slider to say what matters."));
      return g_strdup (_("Nothing to recommend: the requirements switched on rule out every option."));
    }
}

char *
juxta_describe_tipping_point (JuxtaDeck               *deck,
                              const JuxtaTippingPoint *tp)
{
  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (tp != NULL, NULL);

  if (tp->direction == JUXTA_TIP_RAISE)
    /* TRANSLATORS: "Amazon SageMaker takes the lead if Control rises to 85" */
    return g_strdup_printf (_("%s takes the lead if %s rises to %d"),
                            option_name (deck, (int) tp->option),
                            priority_label (deck, tp->priority), tp->value);
  /* TRANSLATORS: "Amazon Bedrock takes the lead if Control drops to 20" */
  return g_strdup_printf (_("%s takes the lead if %s drops to %d"),
                          option_name (deck, (int) tp->option),
                          priority_label (deck, tp->priority), tp->value);
}

char *
juxta_describe_ruled_out (JuxtaDeck         *deck,
                          const JuxtaAdvice *advice,
                          guint              option)
{
  const JuxtaRequirement *requirement;

  g_return_val_if_fail (option < advice->n_options, NULL);
  if (advice->ruled_out_by[option] < 0)
    return NULL;

  requirement = juxta_deck_get_requirement (deck, (guint) advice->ruled_out_by[option]);
  if (requirement->why != NULL)
    /* TRANSLATORS: "Ruled out: Must own the weights. <why>" */
    return g_strdup_printf (_("Ruled out: %s. %s"), requirement->label, requirement->why);
  return g_strdup_printf (_("Ruled out: %s."), requirement->label);
}

/* ------------------------------------------------------------- people */

int
juxta_whole_points (double points)
{
  return (int) CLAMP (lround (points), -1000000, 1000000);
}

char *
juxta_describe_regret (JuxtaDeck               *deck,
                       const JuxtaConsensus    *consensus,
                       JuxtaStakeholder *const *stakeholders,
                       guint                    k)
{
  const JuxtaStakeholderOutcome *outcome;
  const char *name, *leader;
  int whole;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (consensus != NULL && stakeholders != NULL, NULL);
  g_return_val_if_fail (k < consensus->n_stakeholders, NULL);

  outcome = &consensus->outcomes[k];
  name = stakeholders[k]->name;
  leader = consensus->advice->leader >= 0 ? option_name (deck, consensus->advice->leader) : NULL;
  if (!outcome->counted)
    /* TRANSLATORS: a stakeholder whose sliders are all at 0 */
    return g_strdup_printf (_("%s is left out of the consensus: every weight of theirs is 0"), name);
  if (outcome->leader < 0 || consensus->advice->leader < 0)
    return g_strdup_printf (_("%s has no option to prefer: the requirements rule out every option"), name);
  if (outcome->regret <= 0)
    /* TRANSLATORS: "Dana gives up nothing under Amazon Bedrock" (the consensus's leader) */
    return g_strdup_printf (_("%s gives up nothing under %s"), name, leader);
  if ((whole = juxta_whole_points (outcome->regret)) == 0)
    /* TRANSLATORS: "Dana gives up less than a point under Amazon Bedrock": what a stakeholder's
     * own favourite scores, for their priorities, above the consensus's leader, rounded to 0 */
    return g_strdup_printf (_("%s gives up less than a point under %s"), name, leader);
  /* TRANSLATORS: "Dana gives up 6 points under Amazon Bedrock": what a stakeholder's
   * own favourite scores, for their priorities, above the consensus's leader (the
   * points of a score out of 100) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s gives up %d point under %s", "%s gives up %d points under %s",
                                       (gulong) whole),
                          name, whole, leader);
}

char *
juxta_describe_disagreement (JuxtaDeck               *deck,
                             const JuxtaConsensus    *consensus,
                             JuxtaStakeholder *const *stakeholders)
{
  const JuxtaStakeholderOutcome *outcome;
  const char *name, *favourite;
  int whole;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (consensus != NULL, NULL);

  if (consensus->disagreement < 0)
    return NULL;
  outcome = &consensus->outcomes[consensus->disagreement];
  name = stakeholders[consensus->disagreement]->name;
  favourite = option_name (deck, outcome->leader);
  if ((whole = juxta_whole_points (outcome->regret)) == 0)
    /* TRANSLATORS: "CISO's priorities favour Amazon SageMaker AI; under the consensus they
     * give up less than a point.": the stakeholder who gives up most when the group follows
     * the consensus, and what they give up, rounded to 0 */
    return g_strdup_printf (_("%s's priorities favour %s; under the consensus they give up less than a point."),
                            name, favourite);
  /* TRANSLATORS: "CISO's priorities favour Amazon SageMaker AI; under the consensus they
   * give up 6 points.": the stakeholder who gives up most when the group follows the
   * consensus (the points of a score out of 100) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s's priorities favour %s; under the consensus they give up %d point.",
                                       "%s's priorities favour %s; under the consensus they give up %d points.",
                                       (gulong) whole),
                          name, favourite, whole);
}

/* --------------------------------------------------------- composition */

typedef struct
{
  JuxtaDeck           *deck;
  const JuxtaScenario *scenario;
  const JuxtaAdvice   *advice;
  GPtrArray           *points;
} Composer;

/* Adds @point unless it makes a comparison the deck says to avoid; takes
 * ownership.  Returns whether it was added. */
static gboolean
add_checked (Composer *c,
             char     *point)
{
  if (point == NULL)
    return FALSE;
  if (juxta_phrase_guard_trips_avoid (c->deck, point, NULL))
    {
      g_free (point);
      return FALSE;
    }
  g_ptr_array_add (c->points, point);
  return TRUE;
}

static gboolean
suits_audience (const Composer *c,
                guint32         audiences)
{
  return juxta_audiences_include (audiences, c->scenario->audience);
}

/* How much weight a point's priorities carry: their mean weight, so a
 * point about everything does not outrank one about what matters most. */
static double
point_weight (const Composer          *c,
              const JuxtaTalkingPoint *point)
{
  guint n = 0;
  double total = 0;

  for (guint p = 0; p < juxta_deck_get_n_priorities (c->deck); p++)
    if (point->all_priorities || (point->priorities & (1u << p)))
      {
        total += c->scenario->weights[p];
        n++;
      }
  return n > 0 ? total / n : 0;
}

static guint32
add_leader_points (Composer *c)
{
  const JuxtaOption *leader = juxta_deck_get_option (c->deck, (guint) c->advice->leader);
  gboolean used[256] = { FALSE };
  guint32 covered = 0;
  guint n_added = 0;

  while (n_added < MAX_LEADER_POINTS)
    {
      int best = -1;
      double best_weight = 0;

      for (guint t = 0; t < leader->n_talking_points && t < G_N_ELEMENTS (used); t++)
        {
          const JuxtaTalkingPoint *point = &leader->talking_points[t];
          double weight;

          if (used[t] || !suits_audience (c, point->audiences))
            continue;
          weight = point_weight (c, point);
          if (weight > best_weight)
            {
              best = (int) t;
              best_weight = weight;
            }
        }
      if (best < 0)
        break;

      used[best] = TRUE;
      if (add_checked (c, g_strdup (leader->talking_points[best].text)))
        {
          n_added++;
          if (!leader->talking_points[best].all_priorities)
            covered |= leader->talking_points[best].priorities;
        }
    }
  return covered;
}

static void
add_driver_reasons (Composer *c,
                    guint32   covered)
{
  const JuxtaOption *leader = juxta_deck_get_option (c->deck, (guint) c->advice->leader);

  for (guint i = 0; i < c->advice->n_drivers && i < MAX_DRIVER_REASONS; i++)
    {
      const JuxtaDriver *driver = &c->advice->drivers[i];
      const char *reason = leader->reasons[driver->priority];

      if (driver->contribution <= 0)
        break;
      if (reason == NULL || (covered & (1u << driver->priority)))
        continue;
      /* TRANSLATORS: "<priority>: <the leader's reason for its score>" */
      add_checked (c, g_strdup_printf (_("%s: %s"), priority_label (c->deck, driver->priority), reason));
    }
}

static const char *
runner_up_point_for (const Composer *c,
                     guint           priority)
{
  const JuxtaOption *runner_up = juxta_deck_get_option (c->deck, (guint) c->advice->runner_up);

  if (runner_up->reasons[priority] != NULL)
    return runner_up->reasons[priority];
  for (guint t = 0; t < runner_up->n_talking_points; t++)
    {
      const JuxtaTalkingPoint *point = &runner_up->talking_points[t];
      if (!point->all_priorities && (point->priorities & (1u << priority)) &&
          suits_audience (c, point->audiences))
        return point->text;
    }
  return NULL;
}

static void
add_runner_up_point (Composer *c)
{
  const JuxtaDriver *strongest;
  const char *name, *label, *why;

  if (c->advice->n_drivers == 0 || c->advice->drivers[c->advice->n_drivers - 1].contribution >= 0)
    return;

  /* Drivers run largest first: the last one is where the runner-up is strongest. */
  strongest = &c->advice->drivers[c->advice->n_drivers - 1];
  name = option_name (c->deck, c->advice->runner_up);
  label = priority_label (c->deck, strongest->priority);
  why = runner_up_point_for (c, strongest->priority);
  if (why != NULL)
    /* TRANSLATORS: "Choose Amazon SageMaker instead when Control matters most: <reason>" */
    add_checked (c, g_strdup_printf (_("Choose %s instead when %s matters most: %s"), name, label, why));
  else
    add_checked (c, g_strdup_printf (_("Choose %s instead when %s matters most."), name, label));
}

static void
add_recommended_analogy (Composer *c)
{
  for (guint a = 0; a < juxta_deck_get_n_analogies (c->deck); a++)
    {
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (c->deck, a);
      char *point;

      if (analogy->verdict != JUXTA_ANALOGY_RECOMMENDED || !suits_audience (c, analogy->audiences))
        continue;
      if (analogy->why != NULL)
        /* TRANSLATORS: "Analogy to use: “<analogy>” — <why it works>" */
        point = g_strdup_printf (_("Analogy to use: “%s” — %s"), analogy->text, analogy->why);
      else
        point = g_strdup_printf (_("Analogy to use: “%s”"), analogy->text);
      if (add_checked (c, point))
        return;
    }
}

/* These lines quote what not to say on purpose, so they are not checked. */
static void
add_avoided_analogies (Composer *c)
{
  for (guint a = 0; a < juxta_deck_get_n_analogies (c->deck); a++)
    {
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (c->deck, a);
      int instead;

      if (analogy->verdict != JUXTA_ANALOGY_AVOID || !suits_audience (c, analogy->audiences))
        continue;
      instead = juxta_deck_find_instead_for_audience (c->deck, a, c->scenario->audience, NULL);
      if (instead >= 0)
        g_ptr_array_add (c->points,
                         g_strdup_printf (_("Don't say: “%s” — say: “%s”"), analogy->text,
                                          juxta_deck_get_analogy (c->deck, (guint) instead)->text));
      else if (analogy->why != NULL)
        g_ptr_array_add (c->points,
                         g_strdup_printf (_("Don't say: “%s” — %s"), analogy->text, analogy->why));
      else
        g_ptr_array_add (c->points, g_strdup_printf (_("Don't say: “%s”"), analogy->text));
    }
}

static void
add_spoken_answer (Composer *c)
{
  int index = juxta_deck_find_answer_for_audience (c->deck, c->scenario->audience);
  const JuxtaAnswer *answer;

  if (index < 0)
    return;
  answer = juxta_deck_get_answer (c->deck, (guint) index);
  if (answer->question != NULL)
    /* TRANSLATORS: "If asked “<question>”: <the spoken answer>" */
    add_checked (c, g_strdup_printf (_("If asked “%s”: %s"), answer->question, answer->text));
  else
    add_checked (c, g_strdup_printf (_("Spoken answer: %s"), answer->text));
}

static void
add_bottom_line (Composer *c)
{
  const char *avoid = juxta_deck_get_bottom_line_avoid (c->deck);
  const char *say = juxta_deck_get_bottom_line_say (c->deck);

  /* The "say" half must pass the guard on its own; the "avoid" half quotes
   * what not to say on purpose. */
  if (say != NULL && juxta_phrase_guard_trips_avoid (c->deck, say, NULL))
    say = NULL;

  if (avoid != NULL && say != NULL)
    g_ptr_array_add (c->points, g_strdup_printf (_("Bottom line: don't say “%s”; say “%s”."), avoid, say));
  else if (avoid != NULL)
    g_ptr_array_add (c->points, g_strdup_printf (_("Bottom line: don't say “%s”."), avoid));
  else if (say != NULL)
    g_ptr_array_add (c->points, g_strdup_printf (_("Bottom line: %s"), say));
}

/* @disagreement (nullable, taken) comes after the point on the runner-up. */
static GPtrArray *
compose (JuxtaDeck           *deck,
         const JuxtaScenario *scenario,
         const JuxtaAdvice   *advice,
         char                *disagreement)
{
  Composer c = { deck, scenario, advice, NULL };

  c.points = g_ptr_array_new_with_free_func (g_free);

  if (juxta_deck_get_framing (deck) != NULL)
    add_checked (&c, g_strdup (juxta_deck_get_framing (deck)));
  add_checked (&c, juxta_describe_recommendation (deck, advice));
  if (advice->leader >= 0)
    add_driver_reasons (&c, add_leader_points (&c));
  if (advice->runner_up >= 0)
    add_runner_up_point (&c);
  add_checked (&c, disagreement);
  add_recommended_analogy (&c);
  add_avoided_analogies (&c);
  add_spoken_answer (&c);
  add_bottom_line (&c);

  return c.points;
}

GPtrArray *
juxta_talking_points_compose (JuxtaDeck           *deck,
                              const JuxtaScenario *scenario,
                              const JuxtaAdvice   *advice)
{
  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (advice != NULL, NULL);

  return compose (deck, scenario, advice, NULL);
}

GPtrArray *
juxta_talking_points_compose_consensus (JuxtaDeck               *deck,
                                        const JuxtaConsensus    *consensus,
                                        JuxtaStakeholder *const *stakeholders)
{
  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (consensus != NULL, NULL);
  g_return_val_if_fail (stakeholders != NULL || consensus->n_stakeholders == 0, NULL);

  return compose (deck, &consensus->scenario, consensus->advice,
                  juxta_describe_disagreement (deck, consensus, stakeholders));
}
