/* juxta-sensitivity.h: how the scores move as one slider moves
 *
 * For one priority, every other slider held where it is: each eligible
 * option's score at every slider value 0..100, and the crossings where the
 * lead changes hands.  The first crossing on each side of the current
 * weight is that priority's tipping point.
 */
#pragma once

#include "juxta-advisor.h"
#include "juxta-deck.h"

G_BEGIN_DECLS

#define JUXTA_SENSITIVITY_STEPS 101   /* slider values 0..100 */

typedef struct
{
  guint  option;
  double scores[JUXTA_SENSITIVITY_STEPS];   /* NAN where every weight would be 0 */
} JuxtaSensitivityLine;

typedef struct
{
  int   value;       /* the first slider value where @to leads */
  guint from;        /* the option leading on the other side */
  guint to;
} JuxtaCrossing;

typedef struct
{
  guint                 priority;
  int                   weight;           /* the slider's current value */
  guint                 n_lines;
  JuxtaSensitivityLine  lines[JUXTA_MAX_OPTIONS];         /* eligible options, deck order */
  int                   leaders[JUXTA_SENSITIVITY_STEPS]; /* option leading at each value, or -1 */
  guint                 n_crossings;
  JuxtaCrossing         crossings[2 * JUXTA_MAX_OPTIONS]; /* by value, lowest first */
} JuxtaSensitivity;

JuxtaSensitivity *juxta_sensitivity_new      (JuxtaDeck              *deck,
                                              const JuxtaScenario    *scenario,
                                              const JuxtaAdvice      *advice,
                                              guint                   priority);
void              juxta_sensitivity_free     (JuxtaSensitivity       *sensitivity);
char             *juxta_sensitivity_describe (JuxtaDeck              *deck,
                                              const JuxtaSensitivity *sensitivity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaSensitivity, juxta_sensitivity_free)

G_END_DECLS
