/* test-advisor.c: the advice engine's maths, and tipping points against a brute-force scan */

#include "config.h"

#include <math.h>

#include "juxta-advisor.h"
#include "juxta-sensitivity.h"
#include "juxta-test-util.h"

/* Two options and two priorities with easy numbers:
 * A = (5, 1), B = (1, 5). */
static const char two_by_two[] =
  "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"two\", \"title\": \"Two\","
  " \"priorities\": [{\"id\": \"p1\", \"label\": \"One\", \"default\": 60},"
  "                  {\"id\": \"p2\", \"label\": \"Two\", \"default\": 40}],"
  " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p1\": 5, \"p2\": 1}},"
  "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p1\": 1, \"p2\": 5}},"
  "               {\"id\": \"c\", \"name\": \"C\", \"scores\": {\"p1\": 0, \"p2\": 0}}],"
  " \"requirements\": [{\"id\": \"no-a\", \"label\": \"No A\", \"excludes\": [\"a\"]},"
  "                    {\"id\": \"no-bc\", \"label\": \"No B or C\", \"excludes\": [\"b\", \"c\"]}]}";

static void
test_scores_and_ranking (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (two_by_two);
  g_autoptr(JuxtaAdvice) advice = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  advice = juxta_advice_new (deck, &scenario);

  /* S = 100 · Σ w·s / (5 · Σ w) */
  g_assert_cmpfloat_with_epsilon (advice->scores[0], 100.0 * (60 * 5 + 40 * 1) / (5.0 * 100), 1e-9);
  g_assert_cmpfloat_with_epsilon (advice->scores[1], 100.0 * (60 * 1 + 40 * 5) / (5.0 * 100), 1e-9);
  g_assert_cmpfloat_with_epsilon (advice->scores[2], 0, 1e-9);
  g_assert_cmpuint (advice->n_ranked, ==, 3);
  g_assert_cmpuint (advice->ranking[0], ==, 0);
  g_assert_cmpuint (advice->ranking[1], ==, 1);
  g_assert_cmpuint (advice->ranking[2], ==, 2);
  g_assert_cmpint (advice->leader, ==, 0);
  g_assert_cmpint (advice->runner_up, ==, 1);
  g_assert_cmpfloat_with_epsilon (advice->margin, 68.0 - 52.0, 1e-9);
  g_assert_cmpint (advice->verdict, ==, JUXTA_VERDICT_CLEAR);
}

static void
test_drivers (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (two_by_two);
  g_autoptr(JuxtaAdvice) advice = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  advice = juxta_advice_new (deck, &scenario);

  /* contribution = 100 · w·(s_leader − s_runner_up) / (5 · Σ w) */
  g_assert_cmpuint (advice->n_drivers, ==, 2);
  g_assert_cmpuint (advice->drivers[0].priority, ==, 0);
  g_assert_cmpfloat_with_epsilon (advice->drivers[0].contribution, 100.0 * 60 * 4 / 500, 1e-9);
  g_assert_cmpuint (advice->drivers[1].priority, ==, 1);
  g_assert_cmpfloat_with_epsilon (advice->drivers[1].contribution, -100.0 * 40 * 4 / 500, 1e-9);
  /* The drivers add up to the margin. */
  g_assert_cmpfloat_with_epsilon (advice->drivers[0].contribution + advice->drivers[1].contribution,
                                  advice->margin, 1e-9);

  /* A priority at weight 0 contributes nothing and is not listed. */
  scenario.weights[1] = 0;
  juxta_advice_compute (advice, deck, &scenario);
  g_assert_cmpuint (advice->n_drivers, ==, 1);
}

static void
test_known_tipping_points (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (two_by_two);
  g_autoptr(JuxtaAdvice) advice = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  advice = juxta_advice_new (deck, &scenario);

  /* A = 5·w1 + w2, B = w1 + 5·w2.  Lowering w1 (w2 = 40): B > A when
   * w1 < 40, so 39.  Raising w2 (w1 = 60): B > A when w2 > 60, so 61. */
  g_assert_cmpuint (advice->n_tipping_points, ==, 2);
  g_assert_cmpuint (advice->tipping_points[0].priority, ==, 0);
  g_assert_cmpint (advice->tipping_points[0].direction, ==, JUXTA_TIP_LOWER);
  g_assert_cmpint (advice->tipping_points[0].value, ==, 39);
  g_assert_cmpuint (advice->tipping_points[0].option, ==, 1);
  g_assert_cmpuint (advice->tipping_points[1].priority, ==, 1);
  g_assert_cmpint (advice->tipping_points[1].direction, ==, JUXTA_TIP_RAISE);
  g_assert_cmpint (advice->tipping_points[1].value, ==, 61);
  g_assert_cmpuint (advice->tipping_points[1].option, ==, 1);

  /* Exactly at the boundary the scores are equal: equal is not a lead. */
  scenario.weights[1] = 60;
  juxta_advice_compute (advice, deck, &scenario);
  g_assert_cmpint (advice->leader, ==, 0);
  g_assert_cmpint (advice->verdict, ==, JUXTA_VERDICT_TIE);
  g_assert_cmpfloat (advice->margin, ==, 0);
}

static void
test_all_zero_weights (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (two_by_two);
  g_autoptr(JuxtaAdvice) advice = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  scenario.weights[0] = scenario.weights[1] = 0;
  advice = juxta_advice_new (deck, &scenario);

  g_assert_false (juxta_advice_has_scores (advice));
  g_assert_cmpuint (advice->n_ranked, ==, 0);
  g_assert_cmpint (advice->leader, ==, -1);
  g_assert_cmpint (advice->runner_up, ==, -1);
  g_assert_cmpint (advice->verdict, ==, JUXTA_VERDICT_NONE);
  g_assert_cmpuint (advice->n_drivers, ==, 0);
  g_assert_cmpuint (advice->n_tipping_points, ==, 0);
}

static void
test_ties_keep_deck_order (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"t\", \"title\": \"T\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}, {\"id\": \"q\", \"label\": \"Q\"}],"
    " \"options\": [{\"id\": \"x\", \"name\": \"X\", \"scores\": {\"p\": 2, \"q\": 4}},"
    "               {\"id\": \"y\", \"name\": \"Y\", \"scores\": {\"p\": 4, \"q\": 2}},"
    "               {\"id\": \"z\", \"name\": \"Z\", \"scores\": {\"p\": 3, \"q\": 3}}]}");
  g_autoptr(JuxtaAdvice) advice = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  advice = juxta_advice_new (deck, &scenario);

  /* All three score 60 at equal weights: deck order decides. */
  g_assert_cmpuint (advice->ranking[0], ==, 0);
  g_assert_cmpuint (advice->ranking[1], ==, 1);
  g_assert_cmpuint (advice->ranking[2], ==, 2);
  g_assert_cmpint (advice->verdict, ==, JUXTA_VERDICT_TIE);
  g_assert_cmpfloat (advice->margin, ==, 0);

  /* Raising p by one makes Y lead: 2·51+4·50 < 4·51+2·50.  Lowering p
   * by one makes... X still first (X gains), so no lower point for p. */
  g_assert_cmpuint (advice->n_tipping_points, ==, 2);
  g_assert_cmpuint (advice->tipping_points[0].priority, ==, 0);
  g_assert_cmpint (advice->tipping_points[0].direction, ==, JUXTA_TIP_RAISE);
  g_assert_cmpint (advice->tipping_points[0].value, ==, 51);
  /* At 51 both Y (4·51+100) and Z (3·51+150) beat X (2·51+200 = 302):
   * Y has 304, Z 303, so Y is the one that overtakes. */
  g_assert_cmpuint (advice->tipping_points[0].option, ==, 1);
  g_assert_cmpuint (advice->tipping_points[1].priority, ==, 1);
  g_assert_cmpint (advice->tipping_points[1].direction, ==, JUXTA_TIP_LOWER);
  g_assert_cmpint (advice->tipping_points[1].value, ==, 49);
  g_assert_cmpuint (advice->tipping_points[1].option, ==, 1);
}

static void
test_requirements (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (two_by_two);
  g_autoptr(JuxtaAdvice) advice = NULL;
  JuxtaScenario scenario;

  /* Ruling out the leader promotes the runner-up, whatever the weights. */
  juxta_scenario_init_defaults (&scenario, deck);
  scenario.requirements = 1u << 0;
  advice = juxta_advice_new (deck, &scenario);
  g_assert_cmpint (advice->ruled_out_by[0], ==, 0);
  g_assert_false (juxta_advice_is_eligible (advice, 0));
  g_assert_cmpint (advice->leader, ==, 1);
  g_assert_cmpint (advice->runner_up, ==, 2);
  g_assert_cmpuint (advice->n_ranked, ==, 2);

  /* A single eligible option: "only", no margin, drivers or tipping points. */
  scenario.requirements = 1u << 1;
  juxta_advice_compute (advice, deck, &scenario);
  g_assert_cmpint (advice->verdict, ==, JUXTA_VERDICT_ONLY);
  g_assert_cmpint (advice->leader, ==, 0);
  g_assert_cmpint (advice->runner_up, ==, -1);
  g_assert_cmpuint (advice->n_drivers, ==, 0);
  g_assert_cmpuint (advice->n_tipping_points, ==, 0);

  /* Every option ruled out: nothing to recommend, though there are scores. */
  scenario.requirements = (1u << 0) | (1u << 1);
  juxta_advice_compute (advice, deck, &scenario);
  g_assert_cmpint (advice->verdict, ==, JUXTA_VERDICT_NONE);
  g_assert_true (juxta_advice_has_scores (advice));
  g_assert_cmpint (advice->leader, ==, -1);
  g_assert_cmpuint (advice->n_ranked, ==, 0);
  g_assert_cmpint (advice->ruled_out_by[1], ==, 1);
  g_assert_cmpint (advice->ruled_out_by[2], ==, 1);
}

/* Margins exactly at the verdict thresholds.  With one priority the margin
 * is 20 · (s_A − s_B), and B scores 4.5. */
static void
test_verdict_thresholds (void)
{
  const struct { const char *a_score; double margin; JuxtaVerdict verdict; } cases[] = {
    { "5", 10, JUXTA_VERDICT_CLEAR },
    { "4.999999", 9.99998, JUXTA_VERDICT_NARROW },
    { "4.65", 3, JUXTA_VERDICT_NARROW },
    { "4.649999", 2.99998, JUXTA_VERDICT_TIE },
    { "4.5", 0, JUXTA_VERDICT_TIE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf (
        "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"v\", \"title\": \"V\","
        " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
        " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": %s}},"
        "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 4.5}}]}",
        cases[i].a_score);
      g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (json);
      g_autoptr(JuxtaAdvice) advice = NULL;
      JuxtaScenario scenario;

      juxta_scenario_init_defaults (&scenario, deck);
      advice = juxta_advice_new (deck, &scenario);
      g_test_message ("A scores %s", cases[i].a_score);
      g_assert_cmpint (advice->leader, ==, 0);
      g_assert_cmpfloat_with_epsilon (advice->margin, cases[i].margin, 1e-9);
      g_assert_cmpint (advice->verdict, ==, cases[i].verdict);
    }
}

/* ---------------------------------------------------------------------
 * The property test: on many random decks, the engine's exact tipping
 * points equal what scanning every slider value 0..100 finds.
 */

static gint64
sum_at (JuxtaDeck           *deck,
        const JuxtaScenario *scenario,
        guint                option,
        guint                priority,
        gint64               weight)
{
  const JuxtaOption *o = juxta_deck_get_option (deck, option);
  gint64 sum = 0;

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    sum += (p == priority ? weight : scenario->weights[p]) * (gint64) o->scores[p];
  return sum;
}

/* Scans x in the direction away from the current weight and returns the
 * first value at which an eligible option strictly beats the leader, and
 * which one (highest there, then deck order); -1 when none. */
static int
scan_for_tip (JuxtaDeck           *deck,
              const JuxtaScenario *scenario,
              const JuxtaAdvice   *advice,
              guint                priority,
              JuxtaTipDirection    direction,
              guint               *option)
{
  int w = scenario->weights[priority];
  int step = direction == JUXTA_TIP_RAISE ? 1 : -1;
  gint64 others = advice->total_weight - w;

  for (int x = w + step; x >= 0 && x <= 100; x += step)
    {
      gint64 leader_sum = sum_at (deck, scenario, (guint) advice->leader, priority, x);
      int best = -1;
      gint64 best_sum = 0;

      if (others + x == 0)
        continue;   /* no scores at all there */
      for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
        {
          gint64 s;

          if ((int) o == advice->leader || !juxta_advice_is_eligible (advice, o))
            continue;
          s = sum_at (deck, scenario, o, priority, x);
          if (s > leader_sum && (best < 0 || s > best_sum))
            {
              best = (int) o;
              best_sum = s;
            }
        }
      if (best >= 0)
        {
          *option = (guint) best;
          return x;
        }
    }
  return -1;
}

static const JuxtaTippingPoint *
find_tip (const JuxtaAdvice *advice,
          guint              priority,
          JuxtaTipDirection  direction)
{
  for (guint i = 0; i < advice->n_tipping_points; i++)
    if (advice->tipping_points[i].priority == priority && advice->tipping_points[i].direction == direction)
      return &advice->tipping_points[i];
  return NULL;
}

static void
test_tipping_points_match_scan (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint n_decks = g_test_slow () ? 20000 : 3000;
  guint n_checked = 0;

  for (guint i = 0; i < n_decks; i++)
    {
      guint n_options = (guint) g_rand_int_range (rand, 2, 9);
      guint n_priorities = (guint) g_rand_int_range (rand, 1, 7);
      g_autofree char *json = juxta_test_random_deck_json (rand, n_options, n_priorities);
      g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (json);
      g_autoptr(JuxtaAdvice) advice = NULL;
      JuxtaScenario scenario;

      juxta_scenario_init_defaults (&scenario, deck);
      for (guint p = 0; p < n_priorities; p++)
        {
          int kind = g_rand_int_range (rand, 0, 6);
          /* Include the edges 0 and 100, where off-by-one errors live. */
          scenario.weights[p] = kind == 0 ? 0 : kind == 1 ? 100 : g_rand_int_range (rand, 0, 101);
        }
      if (g_rand_int_range (rand, 0, 4) == 0)
        scenario.requirements = (guint32) g_rand_int_range (rand, 0, 8);
      advice = juxta_advice_new (deck, &scenario);

      if (advice->runner_up < 0)
        {
          g_assert_cmpuint (advice->n_tipping_points, ==, 0);
          continue;
        }

      for (guint p = 0; p < n_priorities; p++)
        for (int d = JUXTA_TIP_RAISE; d <= JUXTA_TIP_LOWER; d++)
          {
            guint scanned_option = 0;
            int scanned = scan_for_tip (deck, &scenario, advice, p, d, &scanned_option);
            const JuxtaTippingPoint *tip = find_tip (advice, p, d);

            if (scanned < 0)
              {
                if (tip != NULL)
                  g_error ("deck %u: engine found %s p%u at %d, scan found none\n%s",
                           i, juxta_tip_direction_to_string (d), p, tip->value, json);
                continue;
              }
            if (tip == NULL)
              g_error ("deck %u: scan found %s p%u at %d, engine none\n%s",
                       i, juxta_tip_direction_to_string (d), p, scanned, json);
            g_assert_cmpint (tip->value, ==, scanned);
            g_assert_cmpuint (tip->option, ==, scanned_option);
            n_checked++;
          }
    }

  /* The generator must produce plenty of real tipping points. */
  g_assert_cmpuint (n_checked, >, n_decks / 2);
  g_test_message ("%u tipping points checked on %u decks", n_checked, n_decks);
}

/* The chart's data: its crossings nearest the current weight are the
 * tipping points, each line passes through the option's score, and at
 * every slider value the option marked as leading is beaten by none. */
static void
test_sensitivity_matches_tipping_points (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint n_crossings = 0;

  for (guint i = 0; i < 1000; i++)
    {
      guint n_options = (guint) g_rand_int_range (rand, 2, 9);
      guint n_priorities = (guint) g_rand_int_range (rand, 1, 7);
      g_autofree char *json = juxta_test_random_deck_json (rand, n_options, n_priorities);
      g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (json);
      g_autoptr(JuxtaAdvice) advice = NULL;
      JuxtaScenario scenario;

      juxta_scenario_init_defaults (&scenario, deck);
      for (guint p = 0; p < n_priorities; p++)
        scenario.weights[p] = g_rand_int_range (rand, 0, 6) == 0 ? 0 : g_rand_int_range (rand, 0, 101);
      if (g_rand_int_range (rand, 0, 4) == 0)
        scenario.requirements = (guint32) g_rand_int_range (rand, 0, 8);
      advice = juxta_advice_new (deck, &scenario);

      for (guint p = 0; p < n_priorities; p++)
        {
          g_autoptr(JuxtaSensitivity) s = juxta_sensitivity_new (deck, &scenario, advice, p);
          const JuxtaTippingPoint *raise = find_tip (advice, p, JUXTA_TIP_RAISE);
          const JuxtaTippingPoint *lower = find_tip (advice, p, JUXTA_TIP_LOWER);
          const JuxtaCrossing *above = NULL, *below = NULL;
          int w = scenario.weights[p];

          guint n_eligible = 0;

          for (guint o = 0; o < n_options; o++)
            n_eligible += juxta_advice_is_eligible (advice, o);
          /* One line per eligible option; ruled-out options are absent. */
          g_assert_cmpuint (s->n_lines, ==, n_eligible);
          for (guint c = 0; c < s->n_crossings; c++)
            {
              if (s->crossings[c].value > w && above == NULL)
                above = &s->crossings[c];
              if (s->crossings[c].value < w)
                below = &s->crossings[c];
            }
          n_crossings += s->n_crossings;

          if (advice->leader >= 0 && advice->runner_up >= 0)
            {
              g_assert_true ((raise == NULL) == (above == NULL));
              if (raise != NULL)
                {
                  g_assert_cmpint (above->value, ==, raise->value);
                  g_assert_cmpuint (above->to, ==, raise->option);
                  g_assert_cmpuint (above->from, ==, (guint) advice->leader);
                }
              g_assert_true ((lower == NULL) == (below == NULL));
              if (lower != NULL)
                {
                  g_assert_cmpint (below->value, ==, lower->value);
                  g_assert_cmpuint (below->to, ==, lower->option);
                }
              g_assert_cmpint (s->leaders[w], ==, advice->leader);
            }

          for (guint l = 0; l < s->n_lines; l++)
            if (juxta_advice_has_scores (advice))
              g_assert_cmpfloat_with_epsilon (s->lines[l].scores[w], advice->scores[s->lines[l].option], 1e-9);

          /* At every value, nothing strictly beats the option marked as leading. */
          for (int x = 0; x <= 100; x++)
            {
              gint64 leader_sum;

              if (s->leaders[x] < 0)
                continue;
              leader_sum = sum_at (deck, &scenario, (guint) s->leaders[x], p, x);
              for (guint l = 0; l < s->n_lines; l++)
                g_assert_cmpint (sum_at (deck, &scenario, s->lines[l].option, p, x), <=, leader_sum);
            }
        }
    }
  g_assert_cmpuint (n_crossings, >, 500);
}

static void
test_sensitivity_description (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (two_by_two);
  g_autoptr(JuxtaAdvice) advice = NULL;
  g_autoptr(JuxtaSensitivity) s = NULL;
  g_autofree char *text = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  advice = juxta_advice_new (deck, &scenario);
  s = juxta_sensitivity_new (deck, &scenario, advice, 1);
  text = juxta_sensitivity_describe (deck, s);
  /* Two: A leads while w2 <= 60 (with w1 = 60), B from 61. */
  g_assert_cmpstr (text, ==, "Two at 40 of 100. A leads from 0 to 60. B leads from 61 to 100.");
  g_assert_cmpuint (s->n_crossings, ==, 1);
  g_assert_cmpint (s->crossings[0].value, ==, 61);
}

/* The ranking and scores against an independent floating-point computation. */
static void
test_ranking_matches_scores (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());

  for (guint i = 0; i < 500; i++)
    {
      guint n_options = (guint) g_rand_int_range (rand, 2, 12);
      guint n_priorities = (guint) g_rand_int_range (rand, 1, 9);
      g_autofree char *json = juxta_test_random_deck_json (rand, n_options, n_priorities);
      g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (json);
      g_autoptr(JuxtaAdvice) advice = NULL;
      JuxtaScenario scenario;
      double total = 0;

      juxta_scenario_init_defaults (&scenario, deck);
      for (guint p = 0; p < n_priorities; p++)
        total += scenario.weights[p] = g_rand_int_range (rand, 0, 101);
      advice = juxta_advice_new (deck, &scenario);
      if (total == 0)
        continue;

      for (guint o = 0; o < n_options; o++)
        {
          const JuxtaOption *option = juxta_deck_get_option (deck, o);
          double s = 0;
          for (guint p = 0; p < n_priorities; p++)
            s += scenario.weights[p] * juxta_option_get_score (option, p);
          g_assert_cmpfloat_with_epsilon (advice->scores[o], 100 * s / (5 * total), 1e-9);
        }
      for (guint r = 1; r < advice->n_ranked; r++)
        {
          guint above = advice->ranking[r - 1], below = advice->ranking[r];
          g_assert_cmpint (advice->sums[above], >=, advice->sums[below]);
          if (advice->sums[above] == advice->sums[below])
            g_assert_cmpuint (above, <, below);
        }
      if (advice->runner_up >= 0)
        {
          double sum = 0;
          for (guint d = 0; d < advice->n_drivers; d++)
            {
              sum += advice->drivers[d].contribution;
              if (d > 0)
                g_assert_cmpfloat (advice->drivers[d - 1].contribution, >=, advice->drivers[d].contribution);
            }
          g_assert_cmpfloat_with_epsilon (sum, advice->margin, 1e-9);
        }
    }
}

static void
test_presets (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  JuxtaScenario scenario;
  int preset = juxta_deck_find_preset (deck, "road-warrior");

  g_assert_cmpint (preset, >=, 0);
  juxta_scenario_init_defaults (&scenario, deck);
  scenario.weights[3] = 7;
  juxta_scenario_apply_preset (&scenario, deck, (guint) preset);
  /* Named sliders take the preset's value, the others their default. */
  g_assert_cmpint (scenario.weights[0], ==, 90);
  g_assert_cmpint (scenario.weights[1], ==, 90);
  g_assert_cmpint (scenario.weights[2], ==, 10);
  g_assert_cmpint (scenario.weights[3], ==, 50);
}

static void
test_expectations (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
  g_autoptr(JuxtaDeck) failing = NULL;
  g_autofree char *line = NULL;

  g_assert_cmpuint (juxta_advisor_check_expectations (deck, "laptops.json", diagnostics), ==, 0);
  g_assert_cmpuint (diagnostics->len, ==, 0);

  failing = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"f\", \"title\": \"F\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 3}},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 4}}],"
    " \"expectations\": [{\"label\": \"A must win\", \"leader\": \"a\"},"
    "                    {\"label\": \"B wins\", \"leader\": \"b\"}]}");
  g_assert_cmpuint (juxta_advisor_check_expectations (failing, "f.json", diagnostics), ==, 1);
  line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, 0));
  /* At the expectation that failed: its object starts at column 244. */
  g_assert_cmpstr (line, ==,
                   "f.json:1:244: error: $.expectations[0]: expected \"a\" to lead (A must win), "
                   "but \"b\" leads with 80.0 against 60.0");
}

static void
test_score_at (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (two_by_two);
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  /* A with w1 = 40, w2 = 40: 100 · (40·5 + 40·1) / (5 · 80) = 60 */
  g_assert_cmpfloat_with_epsilon (juxta_advice_score_at (deck, &scenario, 0, 0, 40), 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (juxta_advice_score_at (deck, &scenario, 1, 1, 0), 20.0, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/juxta/advisor/scores-and-ranking", test_scores_and_ranking);
  g_test_add_func ("/juxta/advisor/drivers", test_drivers);
  g_test_add_func ("/juxta/advisor/known-tipping-points", test_known_tipping_points);
  g_test_add_func ("/juxta/advisor/all-zero-weights", test_all_zero_weights);
  g_test_add_func ("/juxta/advisor/ties-keep-deck-order", test_ties_keep_deck_order);
  g_test_add_func ("/juxta/advisor/requirements", test_requirements);
  g_test_add_func ("/juxta/advisor/verdict-thresholds", test_verdict_thresholds);
  g_test_add_func ("/juxta/advisor/tipping-points-match-scan", test_tipping_points_match_scan);
  g_test_add_func ("/juxta/advisor/ranking-matches-scores", test_ranking_matches_scores);
  g_test_add_func ("/juxta/advisor/sensitivity-matches-tipping-points", test_sensitivity_matches_tipping_points);
  g_test_add_func ("/juxta/advisor/sensitivity-description", test_sensitivity_description);
  g_test_add_func ("/juxta/advisor/presets", test_presets);
  g_test_add_func ("/juxta/advisor/expectations", test_expectations);
  g_test_add_func ("/juxta/advisor/score-at", test_score_at);

  return g_test_run ();
}
