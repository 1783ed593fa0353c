/* juxta-talking-points.h: the advice in words
 *
 * Composes the ordered list of talking points for a scenario (PRODUCT.md,
 * "Talking points") and the sentences the window and the exports share.
 */
#pragma once

#include "juxta-advisor.h"
#include "juxta-consensus.h"
#include "juxta-deck.h"

G_BEGIN_DECLS

/* Returns the points (char *), in order.  No point trips one of the deck's
 * "avoid" analogies, except the "Don't say" lines that quote them. */
GPtrArray  *juxta_talking_points_compose           (JuxtaDeck               *deck,
                                                    const JuxtaScenario     *scenario,
                                                    const JuxtaAdvice       *advice);
/* The same for a group's consensus (its scenario and advice), with one
 * more point when people disagree (consensus->disagreement ≥ 0), right
 * after the one on the runner-up: juxta_describe_disagreement().
 * @stakeholders are the consensus's, in its order. */
GPtrArray  *juxta_talking_points_compose_consensus (JuxtaDeck               *deck,
                                                    const JuxtaConsensus    *consensus,
                                                    JuxtaStakeholder *const *stakeholders);

char       *juxta_describe_recommendation          (JuxtaDeck               *deck,
                                                    const JuxtaAdvice       *advice);
char       *juxta_describe_tipping_point           (JuxtaDeck               *deck,
                                                    const JuxtaTippingPoint *tipping_point);
char       *juxta_describe_ruled_out               (JuxtaDeck               *deck,
                                                    const JuxtaAdvice       *advice,
                                                    guint                    option);
const char *juxta_verdict_describe                 (JuxtaVerdict             verdict);
int         juxta_percent                          (double                   score);
double      juxta_margin_for_display               (const JuxtaAdvice       *advice,
                                                    int                     *decimals);

/* Points of score given up, as the sentences say them: rounded half away
 * from zero; 0 for a positive amount below half a point, which each
 * sentence says as "less than a point" in words of its own (a number and
 * its noun are never a fragment put into another sentence). */
int         juxta_whole_points                     (double                   points);
/* What the consensus costs person @k, in one sentence: "Dana gives up 6
 * points under Amazon Bedrock" ("… gives up nothing under …" when their
 * regret is 0), or why they have no say: left out of the consensus (every
 * weight of theirs 0), or no option left to prefer. */
char       *juxta_describe_regret                  (JuxtaDeck               *deck,
                                                    const JuxtaConsensus    *consensus,
                                                    JuxtaStakeholder *const *stakeholders,
                                                    guint                    k);
/* The talking point on the person who gives up most under the consensus:
 * "CISO's priorities favour Amazon SageMaker AI; under the consensus they
 * give up 6 points."; NULL when nobody gives anything up. */
char       *juxta_describe_disagreement            (JuxtaDeck               *deck,
                                                    const JuxtaConsensus    *consensus,
                                                    JuxtaStakeholder *const *stakeholders);

G_END_DECLS
