/* juxta-advisor.h: scores, ranking, verdict, drivers and tipping points
 *
 * The advice is a pure function of (deck, weights, switched-on
 * requirements); see PRODUCT.md, "The advice engine".  All comparisons are
 * exact: scores are integers (JUXTA_SCORE_UNIT) and the weighted sums that
 * rank options share one denominator, so they are compared as integers.
 */
#pragma once

#include "juxta-deck.h"
#include "juxta-diagnostic.h"

G_BEGIN_DECLS

/* What the user has set: the sliders, the switched-on requirements and
 * the audience.  A plain value, copied freely. */
typedef struct
{
  int     weights[JUXTA_MAX_PRIORITIES];
  guint32 requirements;     /* bit r: requirement r is switched on */
  guint   audience;
} JuxtaScenario;

void     juxta_scenario_init_defaults (JuxtaScenario     *scenario,
                                       JuxtaDeck         *deck);
void     juxta_scenario_apply_preset  (JuxtaScenario     *scenario,
                                       JuxtaDeck         *deck,
                                       guint              preset);
gboolean juxta_scenario_equal         (const JuxtaScenario *a,
                                       const JuxtaScenario *b);

/* The verdict's thresholds, in points of margin: clear from 10, narrow
 * from 3, a tie below 3. */
#define JUXTA_CLEAR_MARGIN  10
#define JUXTA_NARROW_MARGIN 3

typedef enum
{
  JUXTA_VERDICT_NONE,     /* every weight is 0, or nothing is eligible */
  JUXTA_VERDICT_ONLY,     /* a single eligible option */
  JUXTA_VERDICT_TIE,      /* margin below 3 points */
  JUXTA_VERDICT_NARROW,   /* margin of 3 to 10 points */
  JUXTA_VERDICT_CLEAR,    /* margin of 10 points or more */
} JuxtaVerdict;

typedef enum
{
  JUXTA_TIP_RAISE,
  JUXTA_TIP_LOWER,
} JuxtaTipDirection;

typedef struct
{
  guint  priority;
  double contribution;    /* points of the lead this priority accounts for */
} JuxtaDriver;

typedef struct
{
  guint             priority;
  JuxtaTipDirection direction;
  int               value;     /* the slider value at which the lead changes */
  guint             option;    /* the option that then overtakes the leader */
} JuxtaTippingPoint;

typedef struct
{
  guint             n_options;
  guint             n_priorities;
  gint64            total_weight;
  gint64            sums[JUXTA_MAX_OPTIONS];      /* Σ w·s, in JUXTA_SCORE_UNIT */
  double            scores[JUXTA_MAX_OPTIONS];    /* percentages, when total_weight > 0 */
  int               ruled_out_by[JUXTA_MAX_OPTIONS];  /* requirement index, or -1 */
  guint             ranking[JUXTA_MAX_OPTIONS];   /* eligible options, best first */
  guint             n_ranked;
  int               leader;                       /* option index, or -1 */
  int               runner_up;                    /* option index, or -1 */
  JuxtaVerdict      verdict;
  double            margin;                       /* points; with a runner-up only */
  JuxtaDriver       drivers[JUXTA_MAX_PRIORITIES];  /* non-zero, largest first */
  guint             n_drivers;
  JuxtaTippingPoint tipping_points[2 * JUXTA_MAX_PRIORITIES];  /* per priority: raise, lower */
  guint             n_tipping_points;
} JuxtaAdvice;

JuxtaAdvice *juxta_advice_new              (JuxtaDeck           *deck,
                                            const JuxtaScenario *scenario);
void         juxta_advice_compute          (JuxtaAdvice         *advice,
                                            JuxtaDeck           *deck,
                                            const JuxtaScenario *scenario);
void         juxta_advice_free             (JuxtaAdvice         *advice);
gboolean     juxta_advice_has_scores       (const JuxtaAdvice   *advice);
gboolean     juxta_advice_is_eligible      (const JuxtaAdvice   *advice,
                                            guint                option);
gboolean     juxta_advice_find_overtake    (const JuxtaAdvice   *advice,
                                            JuxtaDeck           *deck,
                                            const JuxtaScenario *scenario,
                                            guint                priority,
                                            guint                leader,
                                            int                  from,
                                            JuxtaTipDirection    direction,
                                            int                 *value,
                                            guint               *option);
double       juxta_advice_score_at         (JuxtaDeck           *deck,
                                            const JuxtaScenario *scenario,
                                            guint                option,
                                            guint                priority,
                                            int                  weight);
const char  *juxta_verdict_to_string       (JuxtaVerdict         verdict);
const char  *juxta_tip_direction_to_string (JuxtaTipDirection    direction);

/* Runs the deck's expectations; adds an error diagnostic per failure and
 * returns how many failed. */
guint        juxta_advisor_check_expectations (JuxtaDeck  *deck,
                                               const char *file,
                                               GPtrArray  *diagnostics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaAdvice, juxta_advice_free)

G_END_DECLS
