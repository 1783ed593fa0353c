/* juxta-talking-points.h: the advice in words
 *
 * Composes the ordered list of talking points for a scenario (PRODUCT.md,
 * "Talking points") and the sentences the window and the exports share.
 */
#pragma once

#include "juxta-advisor.h"
#include "juxta-deck.h"

G_BEGIN_DECLS

/* Returns the points (char *), in order.  No point trips one of the deck's
 * "avoid" analogies, except the "Don't say" lines that quote them. */
GPtrArray  *juxta_talking_points_compose       (JuxtaDeck               *deck,
                                                const JuxtaScenario     *scenario,
                                                const JuxtaAdvice       *advice);

char       *juxta_describe_recommendation      (JuxtaDeck               *deck,
                                                const JuxtaAdvice       *advice);
char       *juxta_describe_tipping_point       (JuxtaDeck               *deck,
                                                const JuxtaTippingPoint *tipping_point);
char       *juxta_describe_ruled_out           (JuxtaDeck               *deck,
                                                const JuxtaAdvice       *advice,
                                                guint                    option);
const char *juxta_verdict_describe             (JuxtaVerdict             verdict);
int         juxta_percent                      (double                   score);
double      juxta_margin_for_display           (const JuxtaAdvice       *advice,
                                                int                     *decimals);

G_END_DECLS
