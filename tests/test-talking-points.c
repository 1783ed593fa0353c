/* test-talking-points.c: the composed list, in the order PRODUCT.md gives */

#include "config.h"

#include <math.h>

#include "juxta-consensus.h"
#include "juxta-phrase-guard.h"
#include "juxta-talking-points.h"
#include "juxta-test-util.h"

static GPtrArray *
compose (JuxtaDeck           *deck,
         const JuxtaScenario *scenario)
{
  g_autoptr(JuxtaAdvice) advice = juxta_advice_new (deck, scenario);

  return juxta_talking_points_compose (deck, scenario, advice);
}

static int
index_of (GPtrArray  *points,
          const char *prefix)
{
  for (guint i = 0; i < points->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (points, i), prefix))
      return (int) i;
  return -1;
}

static void
test_order (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(GPtrArray) points = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  juxta_scenario_apply_preset (&scenario, deck, (guint) juxta_deck_find_preset (deck, "road-warrior"));
  points = compose (deck, &scenario);

  for (guint i = 0; i < points->len; i++)
    g_test_message ("%u. %s", i + 1, (char *) g_ptr_array_index (points, i));

  /* 1 framing, 2 recommendation, 3 leader points, 4 runner-up, 5 analogy,
   * 6 don't say, 7 spoken answer, 8 bottom line. */
  g_assert_cmpstr (g_ptr_array_index (points, 0), ==, juxta_deck_get_framing (deck));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (points, 1), "Lead with Ultrabook 13: it is the clear choice"));
  g_assert_cmpstr (g_ptr_array_index (points, 2), ==, "It lasts a full day of customer visits without a charger.");
  g_assert_cmpstr (g_ptr_array_index (points, 3), ==, "USB-C charging means one cable for laptop and phone.");
  g_assert_cmpint (index_of (points, "Nobody complains"), ==, -1);   /* business only */
  g_assert_cmpint (index_of (points, "Choose "), >, 3);
  g_assert_cmpint (index_of (points, "Analogy to use: “The ultrabook is the city car"), >,
                   index_of (points, "Choose "));
  g_assert_cmpstr (g_ptr_array_index (points, index_of (points, "Don't say")), ==,
                   "Don't say: “The workstation is just a desktop you can carry.” — say: "
                   "“The ultrabook is the city car; the workstation is the van.”");
  g_assert_cmpint (index_of (points, "If asked “Which one should we buy?”: For people"), >,
                   index_of (points, "Don't say"));
  g_assert_cmpstr (g_ptr_array_index (points, points->len - 1), ==,
                   "Bottom line: don't say “The workstation is a desktop you can carry”; "
                   "say “The ultrabook for the road, the workstation for the demo lab”.");
}

static void
test_audience_changes_points (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(GPtrArray) technical = NULL;
  g_autoptr(GPtrArray) business = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  juxta_scenario_apply_preset (&scenario, deck, 0);
  technical = compose (deck, &scenario);
  scenario.audience = 1;
  business = compose (deck, &scenario);

  g_assert_cmpint (index_of (technical, "USB-C charging"), >=, 0);
  g_assert_cmpint (index_of (business, "USB-C charging"), ==, -1);
  g_assert_cmpint (index_of (business, "Nobody complains"), >=, 0);
}

static void
test_reasons_fill_uncovered_drivers (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(GPtrArray) points = NULL;
  JuxtaScenario scenario;

  /* Price matters most: the budget model leads, has no talking points, and
   * its reason for price fills in. */
  juxta_scenario_init_defaults (&scenario, deck);
  scenario.weights[0] = 20;
  scenario.weights[1] = 20;
  scenario.weights[2] = 0;
  scenario.weights[3] = 100;
  points = compose (deck, &scenario);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (points, 1), "Lead with Budget 14"));
  g_assert_cmpint (index_of (points, "Low price: Half the price of the ultrabook."), ==, 2);
}

static void
test_no_point_trips_avoid (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"s\", \"title\": \"S\","
    " \"framing\": \"A is like B, some say.\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 4},"
    "                \"talking-points\": [{\"text\": \"A is like B, really.\"}, {\"text\": \"A is quick.\"}]},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}}],"
    " \"analogies\": [{\"id\": \"ab\", \"verdict\": \"avoid\", \"text\": \"A is like B.\","
    "                  \"triggers\": [[\"a\"], [\"like b\"]]}],"
    " \"bottom-line\": {\"say\": \"A is like B.\"}}");
  g_autoptr(GPtrArray) points = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  points = compose (deck, &scenario);

  for (guint i = 0; i < points->len; i++)
    {
      const char *point = g_ptr_array_index (points, i);
      g_test_message ("%s", point);
      if (!g_str_has_prefix (point, "Don't say"))
        g_assert_false (juxta_phrase_guard_trips_avoid (deck, point, NULL));
    }
  g_assert_cmpint (index_of (points, "A is quick."), >=, 0);
  g_assert_cmpint (index_of (points, "A is like B"), ==, -1);
  g_assert_cmpint (index_of (points, "Bottom line"), ==, -1);
}

static void
test_recommendation_sentences (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(JuxtaAdvice) advice = NULL;
  g_autofree char *none = NULL;
  g_autofree char *only = NULL;
  g_autofree char *ruled_out = NULL;
  g_autofree char *all_out = NULL;
  g_autofree char *tie = NULL;
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  memset (scenario.weights, 0, sizeof scenario.weights);
  advice = juxta_advice_new (deck, &scenario);
  none = juxta_describe_recommendation (deck, advice);
  g_assert_cmpstr (none, ==, "Nothing to recommend yet: move a slider to say what matters.");

  juxta_scenario_init_defaults (&scenario, deck);
  scenario.requirements = 1u << 0;   /* needs a GPU */
  juxta_advice_compute (advice, deck, &scenario);
  only = juxta_describe_recommendation (deck, advice);
  g_assert_cmpstr (only, ==, "Workstation 16 is the only option left once the requirements are applied.");
  ruled_out = juxta_describe_ruled_out (deck, advice, 0);
  g_assert_cmpstr (ruled_out, ==, "Ruled out: Needs a discrete GPU. Local model demos need CUDA.");

  scenario.requirements = 3;
  juxta_advice_compute (advice, deck, &scenario);
  all_out = juxta_describe_recommendation (deck, advice);
  g_assert_cmpstr (all_out, ==, "Nothing to recommend: the requirements switched on rule out every option.");

  /* Weights that put the budget model and the workstation within 3 points. */
  juxta_scenario_init_defaults (&scenario, deck);
  scenario.weights[0] = 30; scenario.weights[1] = 20; scenario.weights[2] = 95; scenario.weights[3] = 50;
  juxta_advice_compute (advice, deck, &scenario);
  g_assert_cmpint (advice->verdict, ==, JUXTA_VERDICT_TIE);
  tie = juxta_describe_recommendation (deck, advice);
  g_assert_cmpstr (tie, ==, "Too close to call: Budget 14 (65%) and Workstation 16 (63%) both fit. "
                            "Low price tips it towards Budget 14, Raw power towards Workstation 16.");
}

static void
test_tipping_sentence (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  JuxtaTippingPoint raise = { 2, JUXTA_TIP_RAISE, 85, 1 };
  JuxtaTippingPoint lower = { 0, JUXTA_TIP_LOWER, 12, 2 };
  g_autofree char *a = juxta_describe_tipping_point (deck, &raise);
  g_autofree char *b = juxta_describe_tipping_point (deck, &lower);

  g_assert_cmpstr (a, ==, "Workstation 16 takes the lead if Raw power rises to 85");
  g_assert_cmpstr (b, ==, "Budget 14 takes the lead if Battery life drops to 12");
}

/* An avoided analogy names its replacement.  When that one is meant for
 * other audiences, its counterpart is said to this one (a recommended
 * analogy for this audience and none of the named one's), else the first
 * recommended analogy for this audience, and without one, why the
 * comparison misleads. */
static const char instead_deck[] =
  "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"s\", \"title\": \"S\","
  " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
  " \"audiences\": [{\"id\": \"tech\", \"label\": \"Tech\"}, {\"id\": \"biz\", \"label\": \"Biz\"},"
  "                 {\"id\": \"press\", \"label\": \"Press\"}, {\"id\": \"kids\", \"label\": \"Kids\"}],"
  " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 4}},"
  "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}}],"
  " \"analogies\": ["
  "   {\"id\": \"for-most\", \"verdict\": \"recommended\", \"text\": \"A is a tool.\","
  "    \"audiences\": [\"tech\", \"biz\", \"press\"]},"
  "   {\"id\": \"for-biz\", \"verdict\": \"recommended\", \"text\": \"A is the taxi.\", \"audiences\": [\"biz\"]},"
  "   {\"id\": \"for-tech\", \"verdict\": \"recommended\", \"text\": \"A is the API.\", \"audiences\": [\"tech\"]},"
  "   {\"id\": \"bad\", \"verdict\": \"avoid\", \"text\": \"A is a toy.\", \"why\": \"It runs production.\","
  "    \"triggers\": [[\"toy\"]], \"instead\": \"for-biz\"}]}";

static void
test_instead_follows_audience (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (instead_deck);
  static const struct {
    const char *point;
    int         instead;
    gboolean    certain;
  } expected[] = {
    /* tech: the counterpart of the deck's "instead", not the first recommended */
    { "Don't say: “A is a toy.” — say: “A is the API.”", 2, TRUE },
    /* biz: the deck's own "instead" */
    { "Don't say: “A is a toy.” — say: “A is the taxi.”", 1, TRUE },
    /* press: no counterpart, so the first recommended for it */
    { "Don't say: “A is a toy.” — say: “A is a tool.”", 0, FALSE },
    /* kids: nothing recommended */
    { "Don't say: “A is a toy.” — It runs production.", -1, FALSE },
  };
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  for (guint audience = 0; audience < G_N_ELEMENTS (expected); audience++)
    {
      g_autoptr(GPtrArray) points = NULL;
      gboolean certain;

      scenario.audience = audience;
      points = compose (deck, &scenario);
      g_assert_cmpint (index_of (points, "Don't say"), >=, 0);
      g_assert_cmpstr (g_ptr_array_index (points, index_of (points, "Don't say")), ==, expected[audience].point);
      g_assert_cmpint (juxta_deck_find_instead_for_audience (deck, 3, audience, &certain), ==,
                       expected[audience].instead);
      g_assert_cmpint (certain, ==, expected[audience].certain);
    }
  /* An analogy without "instead" gets none, whatever the audience. */
  g_assert_cmpint (juxta_deck_find_instead_for_audience (deck, 0, 0, NULL), ==, -1);
}

/* The margin shown on the verdict chip never crosses a threshold: a tie
 * is below 3, a narrow lead from 3 to below 10, a clear one from 10. */
static void
test_margin_for_display (void)
{
  static const struct {
    JuxtaVerdict verdict;
    double       margin;
    double       shown;
    int          decimals;
  } cases[] = {
    { JUXTA_VERDICT_TIE,    0.0,       0.0,  1 },
    { JUXTA_VERDICT_TIE,    2.84,      2.8,  1 },
    { JUXTA_VERDICT_TIE,    2.96,      2.9,  1 },
    { JUXTA_VERDICT_TIE,    2.9999999, 2.9,  1 },
    { JUXTA_VERDICT_NARROW, 2.9999999, 3.0,  1 },   /* exactly 3 in integers, a hair below in floating point */
    { JUXTA_VERDICT_NARROW, 3.04,      3.0,  1 },
    { JUXTA_VERDICT_NARROW, 7.25,      7.3,  1 },
    { JUXTA_VERDICT_NARROW, 9.96,      9.9,  1 },
    { JUXTA_VERDICT_CLEAR,  9.9999999, 10.0, 0 },
    { JUXTA_VERDICT_CLEAR,  23.4,      23.0, 0 },
    { JUXTA_VERDICT_CLEAR,  23.5,      24.0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      JuxtaAdvice advice = { .verdict = cases[i].verdict, .margin = cases[i].margin, .runner_up = 1 };
      int decimals = -1;
      double shown = juxta_margin_for_display (&advice, &decimals);

      g_test_message ("case %u: %g", i, cases[i].margin);
      g_assert_cmpfloat_with_epsilon (shown, cases[i].shown, 1e-9);
      g_assert_cmpint (decimals, ==, cases[i].decimals);
    }
}

/* The same on random decks and weights, as the chip prints it. */
static void
test_margin_display_matches_verdict (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  guint n_ties = 0, n_narrow = 0;

  for (guint d = 0; d < 40; d++)
    {
      g_autofree char *json = juxta_test_random_deck_json (rand, (guint) g_rand_int_range (rand, 2, 7),
                                                           (guint) g_rand_int_range (rand, 1, 7));
      g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (json);
      JuxtaScenario scenario;
      JuxtaAdvice advice;

      juxta_scenario_init_defaults (&scenario, deck);
      for (guint t = 0; t < 200; t++)
        {
          char printed[32];
          int decimals;
          double shown, read_back;

          for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
            scenario.weights[p] = g_rand_int_range (rand, 0, 101);
          juxta_advice_compute (&advice, deck, &scenario);
          if (advice.runner_up < 0)
            continue;
          shown = juxta_margin_for_display (&advice, &decimals);
          g_snprintf (printed, sizeof printed, "%.*f", decimals, shown);
          read_back = g_ascii_strtod (printed, NULL);
          if (advice.verdict == JUXTA_VERDICT_TIE)
            {
              g_assert_cmpfloat (read_back, <, JUXTA_NARROW_MARGIN);
              n_ties++;
            }
          else if (advice.verdict == JUXTA_VERDICT_NARROW)
            {
              g_assert_cmpfloat (read_back, >=, JUXTA_NARROW_MARGIN);
              g_assert_cmpfloat (read_back, <, JUXTA_CLEAR_MARGIN);
              n_narrow++;
            }
          else
            g_assert_cmpfloat (read_back, >=, JUXTA_CLEAR_MARGIN);
          /* Never further from the margin than its rounding. */
          g_assert_cmpfloat (fabs (read_back - advice.margin), <=, decimals > 0 ? 0.15 : 0.5 + 1e-9);
        }
    }
  g_assert_cmpuint (n_ties, >, 0);
  g_assert_cmpuint (n_narrow, >, 0);
}

/* What a person gives up, as whole sentences: a number of points with its
 * own plural, "less than a point" and "nothing" each a sentence of its
 * own, never a fragment put into another. */
static void
test_regret_sentences (void)
{
  static const struct
  {
    double      regret;
    const char *regret_sentence;
    const char *disagreement;   /* NULL: nobody gives anything up */
  } cases[] = {
    { 0, "Dana gives up nothing under Ultrabook 13", NULL },
    { 0.3, "Dana gives up less than a point under Ultrabook 13",
      "Dana's priorities favour Budget 14; under the consensus they give up less than a point." },
    { 0.5, "Dana gives up 1 point under Ultrabook 13",
      "Dana's priorities favour Budget 14; under the consensus they give up 1 point." },
    { 1.49, "Dana gives up 1 point under Ultrabook 13",
      "Dana's priorities favour Budget 14; under the consensus they give up 1 point." },
    { 1.5, "Dana gives up 2 points under Ultrabook 13",
      "Dana's priorities favour Budget 14; under the consensus they give up 2 points." },
    { 6.2, "Dana gives up 6 points under Ultrabook 13",
      "Dana's priorities favour Budget 14; under the consensus they give up 6 points." },
    { 100, "Dana gives up 100 points under Ultrabook 13",
      "Dana's priorities favour Budget 14; under the consensus they give up 100 points." },
  };
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(JuxtaStakeholder) dana = juxta_stakeholder_new (deck, "Dana");
  JuxtaStakeholder *people[] = { dana };
  g_autoptr(JuxtaConsensus) consensus = NULL;
  JuxtaScenario meeting;
  int budget = juxta_deck_find_option (deck, "budget");

  juxta_scenario_init_defaults (&meeting, deck);
  consensus = juxta_consensus_new (deck, &meeting, people, 1);
  g_assert_cmpstr (juxta_deck_get_option (deck, (guint) consensus->advice->leader)->name, ==, "Ultrabook 13");
  g_assert_cmpint (budget, >=, 0);
  /* As if Dana preferred the budget laptop by that much. */
  consensus->outcomes[0].leader = budget;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *regret = NULL;
      g_autofree char *disagreement = NULL;

      consensus->outcomes[0].regret = cases[i].regret;
      consensus->disagreement = cases[i].disagreement != NULL ? 0 : -1;
      consensus->disagreement_regret = cases[i].regret;
      regret = juxta_describe_regret (deck, consensus, people, 0);
      disagreement = juxta_describe_disagreement (deck, consensus, people);
      g_assert_cmpstr (regret, ==, cases[i].regret_sentence);
      g_assert_cmpstr (disagreement, ==, cases[i].disagreement);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/juxta/talking-points/order", test_order);
  g_test_add_func ("/juxta/talking-points/audience-changes-points", test_audience_changes_points);
  g_test_add_func ("/juxta/talking-points/reasons-fill-uncovered-drivers", test_reasons_fill_uncovered_drivers);
  g_test_add_func ("/juxta/talking-points/no-point-trips-avoid", test_no_point_trips_avoid);
  g_test_add_func ("/juxta/talking-points/recommendation-sentences", test_recommendation_sentences);
  g_test_add_func ("/juxta/talking-points/tipping-sentence", test_tipping_sentence);
  g_test_add_func ("/juxta/talking-points/instead-follows-audience", test_instead_follows_audience);
  g_test_add_func ("/juxta/talking-points/margin-for-display", test_margin_for_display);
  g_test_add_func ("/juxta/talking-points/margin-display-matches-verdict", test_margin_display_matches_verdict);
  g_test_add_func ("/juxta/talking-points/regret-sentences", test_regret_sentences);

  return g_test_run ();
}
