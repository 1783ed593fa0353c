/* juxta-sensitivity.c: how the scores move as one slider moves */

#define G_LOG_DOMAIN "juxta-sensitivity"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "juxta-sensitivity.h"

/* The leader at the current weight, or, with no weights at all (so no
 * leader), at the first slider value that gives scores. */
static void
find_start (JuxtaDeck           *deck,
            const JuxtaScenario *scenario,
            const JuxtaAdvice   *advice,
            guint                priority,
            int                 *start,
            int                 *leader)
{
  JuxtaScenario moved = *scenario;
  g_autoptr(JuxtaAdvice) at_one = NULL;

  *start = scenario->weights[priority];
  *leader = advice->leader;
  if (*leader >= 0 || advice->n_ranked > 0 || juxta_advice_has_scores (advice))
    return;

  moved.weights[priority] = 1;
  at_one = juxta_advice_new (deck, &moved);
  *start = 1;
  *leader = at_one->leader;
}

static void
add_crossing (JuxtaSensitivity *s,
              int               value,
              guint             from,
              guint             to)
{
  JuxtaCrossing *c = &s->crossings[s->n_crossings++];

  c->value = value;
  c->from = from;
  c->to = to;
}

/* Walks away from @start in @direction, following the lead as it changes
 * hands: each step is one exact solve (see juxta_advice_find_overtake).
 * The leader's line only gets steeper (raising) or shallower (lowering),
 * so there are at most as many steps as options. */
static void
walk (JuxtaSensitivity    *s,
      JuxtaDeck           *deck,
      const JuxtaScenario *scenario,
      const JuxtaAdvice   *advice,
      int                  start,
      guint                leader,
      JuxtaTipDirection    direction)
{
  int from = start;
  int value;
  guint next;

  while (juxta_advice_find_overtake (advice, deck, scenario, s->priority, leader, from, direction, &value, &next))
    {
      int step = direction == JUXTA_TIP_RAISE ? 1 : -1;

      /* Values between the previous crossing and this one keep @leader. */
      for (int x = from + step; x != value; x += step)
        s->leaders[x] = (int) leader;
      s->leaders[value] = (int) next;
      add_crossing (s, value, leader, next);
      leader = next;
      from = value;
    }
  for (int x = from + (direction == JUXTA_TIP_RAISE ? 1 : -1); x >= 0 && x <= 100;
       x += direction == JUXTA_TIP_RAISE ? 1 : -1)
    s->leaders[x] = (int) leader;
}

static int
compare_crossings (gconstpointer a,
                   gconstpointer b)
{
  return ((const JuxtaCrossing *) a)->value - ((const JuxtaCrossing *) b)->value;
}

JuxtaSensitivity *
juxta_sensitivity_new (JuxtaDeck           *deck,
                       const JuxtaScenario *scenario,
                       const JuxtaAdvice   *advice,
                       guint                priority)
{
  JuxtaSensitivity *s;
  gint64 others_weight;
  int start, leader;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (priority < juxta_deck_get_n_priorities (deck), NULL);

  s = g_new0 (JuxtaSensitivity, 1);
  s->priority = priority;
  s->weight = scenario->weights[priority];
  others_weight = advice->total_weight - scenario->weights[priority];

  for (guint o = 0; o < advice->n_options; o++)
    {
      JuxtaSensitivityLine *line;

      if (!juxta_advice_is_eligible (advice, o))
        continue;
      line = &s->lines[s->n_lines++];
      line->option = o;
      for (int x = 0; x < JUXTA_SENSITIVITY_STEPS; x++)
        line->scores[x] = others_weight + x > 0
                            ? juxta_advice_score_at (deck, scenario, o, priority, x)
                            : NAN;
    }

  for (int x = 0; x < JUXTA_SENSITIVITY_STEPS; x++)
    s->leaders[x] = -1;
  find_start (deck, scenario, advice, priority, &start, &leader);
  if (leader < 0)
    return s;

  s->leaders[start] = leader;
  walk (s, deck, scenario, advice, start, (guint) leader, JUXTA_TIP_RAISE);
  walk (s, deck, scenario, advice, start, (guint) leader, JUXTA_TIP_LOWER);
  if (others_weight == 0)
    s->leaders[0] = -1;
  qsort (s->crossings, s->n_crossings, sizeof (JuxtaCrossing), compare_crossings);
  return s;
}

void
juxta_sensitivity_free (JuxtaSensitivity *sensitivity)
{
  g_free (sensitivity);
}

/* The chart in words, for screen readers: who leads over which range. */
char *
juxta_sensitivity_describe (JuxtaDeck              *deck,
                            const JuxtaSensitivity *s)
{
  const char *label = juxta_deck_get_priority (deck, s->priority)->label;
  GString *text = g_string_new (NULL);
  int x = 0;

  /* TRANSLATORS: the start of the chart's description: "Control at 40 of 100." */
  g_string_append_printf (text, _("%s at %d of 100."), label, s->weight);
  while (x < JUXTA_SENSITIVITY_STEPS)
    {
      int leader = s->leaders[x];
      int end = x;

      while (end + 1 < JUXTA_SENSITIVITY_STEPS && s->leaders[end + 1] == leader)
        end++;
      if (leader >= 0)
        /* TRANSLATORS: "Amazon Bedrock leads from 0 to 84." */
        g_string_append_printf (text, _(" %s leads from %d to %d."),
                                juxta_deck_get_option (deck, (guint) leader)->name, x, end);
      x = end + 1;
    }
  if (s->n_crossings == 0 && s->n_lines > 1)
    g_string_append (text, _(" The lead does not change anywhere on this slider."));
  return g_string_free (text, FALSE);
}
