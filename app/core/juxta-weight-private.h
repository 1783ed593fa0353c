/* juxta-weight-private.h: turning computed weights into slider values
 *
 * Shared by the interview and the consensus, which both scale weights so
 * that the largest is 100 and round them to whole slider values.
 */
#pragma once

#include <glib.h>
#include <math.h>

/* How far from a half a computed value may land and still count as that
 * half.  Weights computed in floating point (a logarithm and exp(), or a
 * mean of quotients) land a few ulps from the exact value they stand for:
 * 100 / 8 comes out as 12.499999999999998, and must round like 12.5.
 * Values are at most 100, where an ulp is about 1.4e-14; 1e-9 leaves five
 * orders of magnitude of room for accumulated error while being far below
 * any difference a slider can show. */
#define JUXTA_WEIGHT_HALF_TOLERANCE 1e-9

/* Rounds a weight in [0, 100] half away from zero (up, for weights), as
 * the exact value it approximates would round; see above. */
static inline int
juxta_weight_round (double value)
{
  double whole = floor (value);

  if (value <= 0)
    return 0;
  if (fabs (value - whole - 0.5) <= JUXTA_WEIGHT_HALF_TOLERANCE)
    return (int) whole + 1;
  return (int) MIN (round (value), 100.0);
}
