/* test-interview.c: weights, inconsistency, the worst answer and the next
 * question from pairwise answers, against independent computations */

#include "config.h"

#include <math.h>

#include "juxta-interview.h"
#include "juxta-interview-run.h"
#include "juxta-test-util.h"

#define N_RATIOS 7
/* Whole ratios 1..9 that are products of 2 and 3, as exponents: r = 2^a·3^b. */
static const struct { guint ratio; int a, b; } smooth_ratios[N_RATIOS] = {
  { 1, 0, 0 }, { 2, 1, 0 }, { 3, 0, 1 }, { 4, 2, 0 }, { 6, 1, 1 }, { 8, 3, 0 }, { 9, 0, 2 },
};

static void
shuffle_answers (GRand                *rand,
                 JuxtaInterviewAnswer *answers,
                 guint                 n_answers)
{
  for (guint k = n_answers; k > 1; k--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) k);
      JuxtaInterviewAnswer t = answers[k - 1];
      answers[k - 1] = answers[j];
      answers[j] = t;
    }
}

/* An answer with a random ratio 1..9 in a random orientation. */
static JuxtaInterviewAnswer
random_answer (GRand *rand,
               guint  a,
               guint  b)
{
  JuxtaInterviewAnswer answer;
  gboolean swap = g_rand_boolean (rand);

  answer.priority = swap ? b : a;
  answer.other = swap ? a : b;
  answer.ratio = (guint) g_rand_int_range (rand, 1, 10);
  return answer;
}

/* Every pair once, random ratios and orientations, in random order. */
static guint
random_complete_answers (GRand                *rand,
                         guint                 n,
                         JuxtaInterviewAnswer *answers)
{
  guint m = 0;

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      answers[m++] = random_answer (rand, i, j);
  shuffle_answers (rand, answers, m);
  return m;
}

/* A random spanning tree plus about @density of the other pairs, random ratios. */
static guint
random_connected_answers (GRand                *rand,
                          guint                 n,
                          double                density,
                          JuxtaInterviewAnswer *answers)
{
  guint m = 0;

  for (guint v = 1; v < n; v++)
    answers[m++] = random_answer (rand, (guint) g_rand_int_range (rand, 0, (gint32) v), v);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (juxta_interview_find_pair (answers, m, i, j) < 0 && g_rand_double (rand) < density)
        answers[m++] = random_answer (rand, i, j);
  shuffle_answers (rand, answers, m);
  return m;
}

/* The row geometric mean of the full reciprocal matrix, scaled to 100. */
static void
row_geometric_mean (guint                       n,
                    const JuxtaInterviewAnswer *answers,
                    guint                       m,
                    double                     *weights)
{
  double a[JUXTA_MAX_PRIORITIES][JUXTA_MAX_PRIORITIES];
  double largest = 0;

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      a[i][j] = 1;
  for (guint k = 0; k < m; k++)
    {
      a[answers[k].priority][answers[k].other] = answers[k].ratio;
      a[answers[k].other][answers[k].priority] = 1.0 / answers[k].ratio;
    }
  for (guint i = 0; i < n; i++)
    {
      double product = 1;
      for (guint j = 0; j < n; j++)
        product *= a[i][j];
      weights[i] = pow (product, 1.0 / n);
      largest = MAX (largest, weights[i]);
    }
  for (guint i = 0; i < n; i++)
    weights[i] = 100 * weights[i] / largest;
}

/* Aguarón and Moreno-Jiménez (2003): GCI = 2 / ((n − 1)(n − 2)) ·
 * Σ_{i<j} ln² (a_ij · w_j / w_i), w the row geometric mean. */
static double
aguaron_gci (guint                       n,
             const JuxtaInterviewAnswer *answers,
             guint                       m,
             const double               *rgm)
{
  double sum = 0;

  for (guint k = 0; k < m; k++)
    {
      double e = log (answers[k].ratio * rgm[answers[k].other] / rgm[answers[k].priority]);
      sum += e * e;
    }
  return 2 * sum / ((n - 1.0) * (n - 2.0));
}

static void
test_geometric_mean (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  JuxtaInterviewAnswer answers[JUXTA_INTERVIEW_MAX_ANSWERS];
  guint n_sets = g_test_slow () ? 20000 : 2000;

  for (guint s = 0; s < n_sets; s++)
    {
      guint n = (guint) g_rand_int_range (rand, 1, JUXTA_MAX_PRIORITIES + 1);
      guint m = random_complete_answers (rand, n, answers);
      g_autoptr(JuxtaInterviewResult) result = juxta_interview_result_new (n, answers, m);
      double rgm[JUXTA_MAX_PRIORITIES];
      double sum_x = 0;

      row_geometric_mean (n, answers, m, rgm);
      g_assert_true (result->connected);
      for (guint p = 0; p < n; p++)
        {
          g_assert_cmpfloat_with_epsilon (result->unrounded_weights[p], rgm[p], 1e-9);
          /* Rounded, as the exact value rounds (a half can be either side
           * of the last bit in two different computations). */
          g_assert_cmpfloat (fabs (result->weights[p] - rgm[p]), <=, 0.5 + 1e-9);
          sum_x += result->log_weights[p];
        }
      g_assert_cmpfloat (fabs (sum_x), <, 1e-9);

      g_assert_cmpint (result->checked, ==, n >= 3);
      if (n >= 3)
        {
          double gci = aguaron_gci (n, answers, m, rgm);
          g_assert_cmpfloat_with_epsilon (result->inconsistency, gci, 1e-9 * MAX (1, gci));
          g_assert_cmpint (result->acceptable, ==, gci <= juxta_interview_threshold (n));
          g_assert_cmpint (result->worst, >=, 0);
        }
    }
}

/* The largest |e| is the worst answer; the residuals are what the
 * answers say minus what the weights imply. */
static void
check_residuals (const JuxtaInterviewResult *result,
                 const JuxtaInterviewAnswer *answers)
{
  double largest = 0, sum = 0;

  for (guint k = 0; k < result->n_answers; k++)
    {
      double implied = result->log_weights[answers[k].priority] - result->log_weights[answers[k].other];
      g_assert_cmpfloat (fabs (result->residuals[k] - (log (answers[k].ratio) - implied)), <, 1e-9);
      largest = MAX (largest, fabs (result->residuals[k]));
      sum += result->residuals[k] * result->residuals[k];
    }
  if (!result->checked)
    return;
  g_assert_cmpfloat_with_epsilon (result->inconsistency,
                                  sum / (result->n_answers - result->n_priorities + 1), 1e-12);
  g_assert_cmpint (result->worst, >=, 0);
  g_assert_cmpfloat (fabs (result->residuals[result->worst]), >=, largest - 1e-9);
  for (int k = 0; k < result->worst; k++)
    g_assert_cmpfloat (fabs (result->residuals[k]), <, largest + 1e-9);
  g_assert_cmpfloat_with_epsilon (result->worst_implied,
                                  exp (result->log_weights[answers[result->worst].priority] -
                                       result->log_weights[answers[result->worst].other]), 1e-9);
}

/* Answers derived from weights 2^a·3^b, so that every answered ratio is a
 * whole number 1..9 and every cycle of answers multiplies out exactly:
 * perfectly consistent, yet not necessarily complete.  A random tree
 * steps from priority to priority by one of the seven such ratios, up or
 * down; then any other pair whose ratio happens to be one of them may be
 * answered too.  Exponents stay within ±6 (for 2) and ±4 (for 3), so the
 * exact weights fit in integers below. */
static void
add_consistent_answer (GRand                *rand,
                       JuxtaInterviewAnswer *answers,
                       guint                *m,
                       guint                 i,
                       guint                 j,
                       guint                 ratio,
                       int                   sign)
{
  /* sign > 0: w_i / w_j = ratio; sign < 0: w_j / w_i = ratio. */
  gboolean i_first = ratio == 1 ? g_rand_boolean (rand) : sign > 0;

  answers[*m].priority = i_first ? i : j;
  answers[*m].other = i_first ? j : i;
  answers[*m].ratio = ratio;
  (*m)++;
}

static guint
random_consistent_answers (GRand                *rand,
                           guint                 n,
                           int                  *ea,
                           int                  *eb,
                           JuxtaInterviewAnswer *answers)
{
  double density = g_rand_double (rand);
  guint m = 0;

  ea[0] = eb[0] = 0;
  for (guint v = 1; v < n; v++)
    {
      guint parent = (guint) g_rand_int_range (rand, 0, (gint32) v);
      int r, sign;

      do
        {
          r = g_rand_int_range (rand, 0, N_RATIOS);
          sign = g_rand_boolean (rand) ? 1 : -1;
          ea[v] = ea[parent] + sign * smooth_ratios[r].a;
          eb[v] = eb[parent] + sign * smooth_ratios[r].b;
        }
      while (ABS (ea[v]) > 6 || ABS (eb[v]) > 4);
      add_consistent_answer (rand, answers, &m, v, parent, smooth_ratios[r].ratio, sign);
    }

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      for (guint r = 0; r < N_RATIOS; r++)
        for (int sign = -1; sign <= 1; sign += 2)
          if (ea[i] - ea[j] == sign * smooth_ratios[r].a && eb[i] - eb[j] == sign * smooth_ratios[r].b &&
              juxta_interview_find_pair (answers, m, i, j) < 0 && g_rand_double (rand) < density)
            add_consistent_answer (rand, answers, &m, i, j, smooth_ratios[r].ratio, sign);
  shuffle_answers (rand, answers, m);
  return m;
}

static void
test_consistent (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  JuxtaInterviewAnswer answers[JUXTA_INTERVIEW_MAX_ANSWERS];
  guint n_checked = 0, n_halves = 0;

  for (guint s = 0; s < 3000; s++)
    {
      guint n = (guint) g_rand_int_range (rand, 2, JUXTA_MAX_PRIORITIES + 1);
      int ea[JUXTA_MAX_PRIORITIES], eb[JUXTA_MAX_PRIORITIES];
      guint m = random_consistent_answers (rand, n, ea, eb, answers);
      g_autoptr(JuxtaInterviewResult) result = juxta_interview_result_new (n, answers, m);
      guint64 v[JUXTA_MAX_PRIORITIES], largest = 0;
      int min_a = 0, min_b = 0;

      g_assert_true (result->connected);
      check_residuals (result, answers);
      g_assert_cmpint (result->checked, ==, m > n - 1);
      n_checked += result->checked;
      /* Exactly 0: consistent answers do not pull against each other. */
      g_assert_cmpfloat (result->inconsistency, ==, 0);
      g_assert_true (result->acceptable);
      for (guint k = 0; k < m; k++)
        g_assert_cmpfloat (result->residuals[k], ==, 0);
      if (result->checked)
        {
          /* Nothing stands out: the first answer, and the whole agrees with it. */
          g_assert_cmpint (result->worst, ==, 0);
          g_assert_cmpfloat_with_epsilon (result->worst_implied, answers[0].ratio, 1e-9);
        }

      /* The weights are the generating ones, rounded half up exactly:
       * round (100 v / max v) = floor ((200 v + max v) / (2 max v)). */
      for (guint p = 0; p < n; p++)
        {
          min_a = MIN (min_a, ea[p]);
          min_b = MIN (min_b, eb[p]);
        }
      for (guint p = 0; p < n; p++)
        {
          v[p] = ((guint64) 1 << (ea[p] - min_a));
          for (int t = 0; t < eb[p] - min_b; t++)
            v[p] *= 3;
          largest = MAX (largest, v[p]);
        }
      for (guint p = 0; p < n; p++)
        {
          g_assert_cmpint (result->weights[p], ==, (int) ((200 * v[p] + largest) / (2 * largest)));
          g_assert_cmpfloat_with_epsilon (result->unrounded_weights[p], 100.0 * v[p] / largest, 1e-9);
          n_halves += (200 * v[p]) % (2 * largest) == largest;
        }
    }
  /* The property was exercised: many sets could be checked, and weights
   * landed on exact halves (12.5 from 100 / 8, and so on). */
  g_assert_cmpuint (n_checked, >, 1000);
  g_assert_cmpuint (n_halves, >, 100);
}

/* Three answers around a cycle that overshoot: 1 over 2 by 2, 2 over 3
 * by 2, but 1 over 3 by 8 (consistent would be 4).  The row geometric
 * mean gives x = (4/3, 0, −4/3)·ln 2; every residual is ±(ln 2)/3. */
static void
test_known_cycle (void)
{
  const JuxtaInterviewAnswer answers[] = { { 0, 1, 2 }, { 1, 2, 2 }, { 0, 2, 8 } };
  g_autoptr(JuxtaInterviewResult) result = juxta_interview_result_new (3, answers, 3);
  double ln2 = log (2);

  g_assert_true (result->connected);
  g_assert_cmpfloat_with_epsilon (result->log_weights[0], 4 * ln2 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (result->log_weights[1], 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (result->log_weights[2], -4 * ln2 / 3, 1e-12);
  g_assert_cmpint (result->weights[0], ==, 100);
  g_assert_cmpint (result->weights[1], ==, 40);   /* 100 · 2^(−4/3) = 39.69 */
  g_assert_cmpint (result->weights[2], ==, 16);   /* 100 · 2^(−8/3) = 15.75 */
  g_assert_true (result->checked);
  g_assert_cmpfloat_with_epsilon (result->inconsistency, ln2 * ln2 / 3, 1e-12);
  g_assert_cmpfloat (result->threshold, ==, 0.31);
  g_assert_true (result->acceptable);
  /* Three equal |e|: the first answer. */
  g_assert_cmpint (result->worst, ==, 0);
  g_assert_cmpfloat_with_epsilon (result->worst_implied, pow (2, 4.0 / 3), 1e-12);
}

/* Four priorities with weights 8 : 4 : 2 : 1 and every pair answered
 * consistently, except one.  With a complete set, a single answer off by
 * δ in the log moves its two priorities by δ/n each: its residual is
 * δ (n − 2)/n = δ/2, the four answers sharing a priority with it get
 * ±δ/4, and the inconsistency is (δ²/4 + 4 δ²/16) / 3 = δ²/6. */
static void
test_one_bad_answer (void)
{
  const struct { guint ratio; gboolean reversed; double implied; gboolean acceptable; } cases[] = {
    /* "1 over 3 by 9" where the others imply 4: δ = ln 9/4, and the
     * whole says 4 · (9/4)^½ = 6. */
    { 9, FALSE, 6, TRUE },
    /* "3 over 1 by 9", the wrong way round: δ = −ln 36; the whole says
     * 1 is 4 · 36^(−½) = 2/3 of 3, so 3 is 1.5 times 1. */
    { 9, TRUE, 1.5, FALSE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      JuxtaInterviewAnswer answers[] = {
        { 0, 1, 2 }, { 0, 2, 4 }, { 0, 3, 8 }, { 1, 2, 2 }, { 1, 3, 4 }, { 2, 3, 2 },
      };
      g_autoptr(JuxtaInterviewResult) result = NULL;
      double delta = cases[c].reversed ? -log (36) : log (9.0 / 4);

      answers[4] = cases[c].reversed ? (JuxtaInterviewAnswer) { 3, 1, cases[c].ratio }
                                     : (JuxtaInterviewAnswer) { 1, 3, cases[c].ratio };
      result = juxta_interview_result_new (4, answers, G_N_ELEMENTS (answers));
      check_residuals (result, answers);
      g_assert_cmpfloat_with_epsilon (result->inconsistency, delta * delta / 6, 1e-12);
      g_assert_cmpfloat (result->threshold, ==, 0.35);
      g_assert_cmpint (result->acceptable, ==, cases[c].acceptable);
      g_assert_cmpint (result->worst, ==, 4);
      g_assert_cmpfloat_with_epsilon (fabs (result->residuals[4]), fabs (delta) / 2, 1e-12);
      g_assert_cmpfloat_with_epsilon (result->worst_implied, cases[c].implied, 1e-12);
    }
}

static void
test_thresholds (void)
{
  g_assert_cmpfloat (juxta_interview_threshold (2), ==, 0.31);
  g_assert_cmpfloat (juxta_interview_threshold (3), ==, 0.31);
  g_assert_cmpfloat (juxta_interview_threshold (4), ==, 0.35);
  g_assert_cmpfloat (juxta_interview_threshold (5), ==, 0.37);
  g_assert_cmpfloat (juxta_interview_threshold (32), ==, 0.37);
}

/* n − 1 answers connecting everything fit exactly and cannot be checked. */
static void
test_spanning_set_not_checked (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  JuxtaInterviewAnswer answers[JUXTA_INTERVIEW_MAX_ANSWERS];

  for (guint s = 0; s < 1000; s++)
    {
      guint n = (guint) g_rand_int_range (rand, 1, JUXTA_MAX_PRIORITIES + 1);
      guint m = random_connected_answers (rand, n, 0, answers);
      g_autoptr(JuxtaInterviewResult) result = juxta_interview_result_new (n, answers, m);

      g_assert_cmpuint (m, ==, n - 1);
      g_assert_true (result->connected);
      g_assert_false (result->checked);
      g_assert_cmpfloat (result->inconsistency, ==, 0);
      g_assert_true (result->acceptable);
      g_assert_cmpint (result->worst, ==, -1);
      for (guint k = 0; k < m; k++)
        {
          g_assert_cmpfloat (result->residuals[k], ==, 0);
          g_assert_cmpfloat_with_epsilon (result->unrounded_weights[answers[k].priority] /
                                          result->unrounded_weights[answers[k].other],
                                          answers[k].ratio, 1e-9 * answers[k].ratio);
        }
    }
}

static void
test_small (void)
{
  const JuxtaInterviewAnswer two[] = { { 1, 0, 3 } };
  g_autoptr(JuxtaInterviewResult) one = juxta_interview_result_new (1, NULL, 0);
  g_autoptr(JuxtaInterviewResult) none = juxta_interview_result_new (2, NULL, 0);
  g_autoptr(JuxtaInterviewResult) result = juxta_interview_result_new (2, two, 1);
  JuxtaInterviewPair next;

  /* One priority: nothing to ask, all the weight. */
  g_assert_true (one->connected);
  g_assert_cmpint (one->weights[0], ==, 100);
  g_assert_false (one->checked);
  g_assert_false (juxta_interview_next_question (1, NULL, 0, NULL, 0, &next));

  /* Two: one question, never checked. */
  g_assert_false (none->connected);
  g_assert_cmpint (none->unconnected, ==, 1);
  g_assert_true (juxta_interview_next_question (2, NULL, 0, NULL, 0, &next));
  g_assert_cmpuint (next.a, ==, 0);
  g_assert_cmpuint (next.b, ==, 1);
  g_assert_true (result->connected);
  g_assert_false (result->checked);
  g_assert_true (result->acceptable);
  g_assert_cmpint (result->weights[1], ==, 100);
  g_assert_cmpint (result->weights[0], ==, 33);
  g_assert_false (juxta_interview_next_question (2, two, 1, NULL, 0, &next));
}

/* Renaming the priorities (a permutation) renames the weights and changes
 * nothing else. */
static void
test_renaming (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  JuxtaInterviewAnswer answers[JUXTA_INTERVIEW_MAX_ANSWERS];
  JuxtaInterviewAnswer renamed[JUXTA_INTERVIEW_MAX_ANSWERS];

  for (guint s = 0; s < 2000; s++)
    {
      guint n = (guint) g_rand_int_range (rand, 2, JUXTA_MAX_PRIORITIES + 1);
      guint m = random_connected_answers (rand, n, g_rand_double (rand), answers);
      guint perm[JUXTA_MAX_PRIORITIES];
      g_autoptr(JuxtaInterviewResult) result = NULL;
      g_autoptr(JuxtaInterviewResult) other = NULL;
      double second = 0;

      for (guint p = 0; p < n; p++)
        perm[p] = p;
      for (guint p = n; p > 1; p--)
        {
          guint j = (guint) g_rand_int_range (rand, 0, (gint32) p);
          guint t = perm[p - 1];
          perm[p - 1] = perm[j];
          perm[j] = t;
        }
      for (guint k = 0; k < m; k++)
        renamed[k] = (JuxtaInterviewAnswer) { perm[answers[k].priority], perm[answers[k].other], answers[k].ratio };

      result = juxta_interview_result_new (n, answers, m);
      other = juxta_interview_result_new (n, renamed, m);
      g_assert_true (result->connected && other->connected);
      for (guint p = 0; p < n; p++)
        {
          g_assert_cmpfloat_with_epsilon (other->unrounded_weights[perm[p]], result->unrounded_weights[p], 1e-9);
          g_assert_cmpint (other->weights[perm[p]], ==, result->weights[p]);
        }
      for (guint k = 0; k < m; k++)
        g_assert_cmpfloat_with_epsilon (other->residuals[k], result->residuals[k], 1e-9);
      g_assert_cmpint (other->checked, ==, result->checked);
      g_assert_cmpfloat_with_epsilon (other->inconsistency, result->inconsistency, 1e-9);
      g_assert_cmpint (other->acceptable, ==, result->acceptable);
      if (!result->checked)
        continue;
      /* The same worst answer, unless two are within rounding of each other. */
      for (guint k = 0; k < m; k++)
        if ((int) k != result->worst)
          second = MAX (second, fabs (result->residuals[k]));
      if (fabs (result->residuals[result->worst]) - second > 1e-9)
        g_assert_cmpint (other->worst, ==, result->worst);
      g_assert_cmpfloat_with_epsilon (fabs (other->residuals[other->worst]),
                                      fabs (result->residuals[result->worst]), 1e-9);
      g_assert_cmpfloat_with_epsilon (other->worst_implied, result->worst_implied, 1e-9);
    }
}

/* Which priorities a breadth-first search from 0 reaches. */
static int
first_unreached (guint                       n,
                 const JuxtaInterviewAnswer *answers,
                 guint                       m)
{
  gboolean reached[JUXTA_MAX_PRIORITIES] = { TRUE };
  guint queue[JUXTA_MAX_PRIORITIES] = { 0 }, head = 0, tail = 1;

  while (head < tail)
    {
      guint p = queue[head++];
      for (guint k = 0; k < m; k++)
        {
          guint q = answers[k].priority == p ? answers[k].other
                  : answers[k].other == p ? answers[k].priority : p;
          if (!reached[q])
            {
              reached[q] = TRUE;
              queue[tail++] = q;
            }
        }
    }
  for (guint p = 0; p < n; p++)
    if (!reached[p])
      return (int) p;
  return -1;
}

/* How many groups a search from each priority in turn finds, answer
 * @left_out (-1: none) left aside. */
static guint
count_groups (guint                       n,
              const JuxtaInterviewAnswer *answers,
              guint                       m,
              int                         left_out)
{
  gboolean reached[JUXTA_MAX_PRIORITIES] = { FALSE };
  guint groups = 0;

  for (guint start = 0; start < n; start++)
    {
      guint queue[JUXTA_MAX_PRIORITIES], head = 0, tail = 0;

      if (reached[start])
        continue;
      groups++;
      reached[start] = TRUE;
      queue[tail++] = start;
      while (head < tail)
        {
          guint p = queue[head++];

          for (guint k = 0; k < m; k++)
            {
              guint q = answers[k].priority == p ? answers[k].other
                      : answers[k].other == p ? answers[k].priority : p;

              if ((int) k != left_out && !reached[q])
                {
                  reached[q] = TRUE;
                  queue[tail++] = q;
                }
            }
        }
    }
  return groups;
}

/* How many answers it takes to connect everything, and how many no other
 * answer checks, against a plain search; and three graphs by hand. */
static void
test_count_missing_and_unchecked (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  JuxtaInterviewAnswer answers[JUXTA_INTERVIEW_MAX_ANSWERS];
  /* A path 0-1-2, then the triangle, then a fourth priority hung on 2. */
  const JuxtaInterviewAnswer shapes[] = { { 0, 1, 3 }, { 1, 2, 1 }, { 2, 0, 5 }, { 3, 2, 7 } };

  g_assert_cmpuint (juxta_interview_count_missing (4, NULL, 0), ==, 3);
  g_assert_cmpuint (juxta_interview_count_missing (4, shapes, 2), ==, 1);
  g_assert_cmpuint (juxta_interview_count_unchecked (4, shapes, 2), ==, 2);
  g_assert_cmpuint (juxta_interview_count_unchecked (4, shapes, 3), ==, 0);
  g_assert_cmpuint (juxta_interview_count_missing (4, shapes, 4), ==, 0);
  g_assert_cmpuint (juxta_interview_count_unchecked (4, shapes, 4), ==, 1);

  for (guint s = 0; s < 2000; s++)
    {
      guint n = (guint) g_rand_int_range (rand, 1, JUXTA_MAX_PRIORITIES + 1);
      double density = g_rand_double (rand) * 4 / n;
      guint m = 0, groups, bridges = 0;

      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          if (g_rand_double (rand) < density)
            answers[m++] = random_answer (rand, i, j);
      groups = count_groups (n, answers, m, -1);
      for (guint k = 0; k < m; k++)
        bridges += count_groups (n, answers, m, (int) k) > groups;
      g_assert_cmpuint (juxta_interview_count_missing (n, answers, m), ==, groups - 1);
      g_assert_cmpuint (juxta_interview_count_unchecked (n, answers, m), ==, bridges);
    }
}

static void
test_connectivity (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  JuxtaInterviewAnswer answers[JUXTA_INTERVIEW_MAX_ANSWERS];
  guint n_unconnected = 0;

  for (guint s = 0; s < 3000; s++)
    {
      guint n = (guint) g_rand_int_range (rand, 2, JUXTA_MAX_PRIORITIES + 1);
      double density = g_rand_double (rand) * 4 / n;
      g_autoptr(JuxtaInterviewResult) result = NULL;
      guint m = 0;
      int expected;

      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          if (g_rand_double (rand) < density)
            answers[m++] = random_answer (rand, i, j);
      expected = first_unreached (n, answers, m);
      result = juxta_interview_result_new (n, answers, m);
      g_assert_cmpint (result->connected, ==, expected < 0);
      g_assert_cmpint (result->unconnected, ==, expected);
      if (expected < 0)
        continue;
      n_unconnected++;
      g_assert_cmpint (result->weights[0], ==, 0);
      g_assert_cmpint (result->worst, ==, -1);
    }
  g_assert_cmpuint (n_unconnected, >, 500);

  /* Through the deck: the message names the priority. */
  {
    g_autoptr(GArray) parsed = juxta_interview_parse (deck, "battery>weight:3,price=battery", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_nonnull (parsed);
    g_assert_false (juxta_interview_check_connected (deck, (JuxtaInterviewAnswer *) (gpointer) parsed->data,
                                                     parsed->len, &error));
    g_assert_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_UNCONNECTED);
    g_assert_nonnull (strstr (error->message, "\"power\""));
    g_clear_error (&error);

    g_clear_pointer (&parsed, g_array_unref);
    parsed = juxta_interview_parse (deck, "battery>weight:3,price=battery,power<price:2", NULL);
    g_assert_true (juxta_interview_check_connected (deck, (JuxtaInterviewAnswer *) (gpointer) parsed->data,
                                                    parsed->len, &error));
    g_assert_no_error (error);
  }
}

/* Effective resistance between a and b, independently: ground priority 0,
 * solve the reduced Laplacian for a unit current in at a and out at b by
 * Gaussian elimination, and read the voltage difference. */
static double
effective_resistance (guint                       n,
                      const JuxtaInterviewAnswer *answers,
                      guint                       m,
                      guint                       a,
                      guint                       b)
{
  double l[JUXTA_MAX_PRIORITIES][JUXTA_MAX_PRIORITIES + 1] = { { 0 } };
  double v[JUXTA_MAX_PRIORITIES] = { 0 };
  guint size = n - 1;

  for (guint k = 0; k < m; k++)
    {
      guint i = answers[k].priority, j = answers[k].other;
      l[i][i] += 1;
      l[j][j] += 1;
      l[i][j] -= 1;
      l[j][i] -= 1;
    }
  /* Rows and columns 1..n−1, shifted to 0..n−2, with the current as the last column. */
  for (guint i = 0; i < size; i++)
    {
      for (guint j = 0; j < size; j++)
        l[i][j] = l[i + 1][j + 1];
      l[i][size] = (i + 1 == a) - (double) (i + 1 == b);
    }
  for (guint c = 0; c < size; c++)
    {
      guint pivot = c;
      for (guint r = c + 1; r < size; r++)
        if (fabs (l[r][c]) > fabs (l[pivot][c]))
          pivot = r;
      for (guint j = 0; j <= size; j++)
        {
          double t = l[c][j];
          l[c][j] = l[pivot][j];
          l[pivot][j] = t;
        }
      for (guint r = 0; r < size; r++)
        if (r != c)
          {
            double f = l[r][c] / l[c][c];
            for (guint j = c; j <= size; j++)
              l[r][j] -= f * l[c][j];
          }
    }
  for (guint i = 0; i < size; i++)
    v[i + 1] = l[i][size] / l[i][i];
  return v[a] - v[b];
}

static guint
count_components (guint                       n,
                  const JuxtaInterviewAnswer *answers,
                  guint                       m)
{
  guint label[JUXTA_MAX_PRIORITIES];
  guint count = n;

  for (guint p = 0; p < n; p++)
    label[p] = p;
  for (gboolean changed = TRUE; changed;)
    {
      changed = FALSE;
      for (guint k = 0; k < m; k++)
        {
          guint x = label[answers[k].priority], y = label[answers[k].other];
          if (x != y)
            {
              for (guint p = 0; p < n; p++)
                if (label[p] == MAX (x, y))
                  label[p] = MIN (x, y);
              count--;
              changed = TRUE;
            }
        }
    }
  return count;
}

/* From no answers: priority 0 against each of the others (a star), then
 * the pair with the largest effective resistance, until every pair is
 * answered once. */
static void
test_next_question_order (void)
{
  for (guint n = 1; n <= JUXTA_MAX_PRIORITIES; n++)
    {
      JuxtaInterviewAnswer answers[JUXTA_INTERVIEW_MAX_ANSWERS];
      JuxtaInterviewPair next;
      guint m = 0;

      while (juxta_interview_next_question (n, answers, m, NULL, 0, &next))
        {
          g_assert_cmpuint (next.a, <, next.b);
          g_assert_cmpuint (next.b, <, n);
          g_assert_cmpint (juxta_interview_find_pair (answers, m, next.a, next.b), ==, -1);
          if (m < n - 1)
            {
              g_assert_cmpuint (next.a, ==, 0);
              g_assert_cmpuint (next.b, ==, m + 1);
            }
          else if (n <= 12)   /* the independent check costs n^7 */
            {
              double r = effective_resistance (n, answers, m, next.a, next.b);
              for (guint a = 0; a < n; a++)
                for (guint b = a + 1; b < n; b++)
                  if (juxta_interview_find_pair (answers, m, a, b) < 0)
                    {
                      double other = effective_resistance (n, answers, m, a, b);
                      /* None larger; equal ones come later in deck order. */
                      g_assert_cmpfloat (other, <=, r + 1e-9);
                      if (other > r - 1e-9)
                        g_assert_true (a > next.a || (a == next.a && b >= next.b));
                    }
            }
          /* Any answer will do: the order depends only on what was asked. */
          answers[m] = (JuxtaInterviewAnswer) { next.b, next.a, m % 9 + 1 };
          m++;
          if (m == n - 1)
            g_assert_cmpint (count_components (n, answers, m), ==, 1);
        }
      g_assert_cmpuint (m, ==, n * (n - 1) / 2);
    }

  /* After the star on four priorities, the leaves' pairs all have
   * resistance 2: deck order decides, then (2, 3) and (1, 3) remain. */
  {
    JuxtaInterviewAnswer answers[6] = { { 0, 1, 2 }, { 0, 2, 2 }, { 0, 3, 2 } };
    JuxtaInterviewPair next;

    g_assert_true (juxta_interview_next_question (4, answers, 3, NULL, 0, &next));
    g_assert_cmpuint (next.a, ==, 1);
    g_assert_cmpuint (next.b, ==, 2);
    /* With (1, 2) answered, R(1,3) = R(2,3) = 2/3 + 1 = 5/3 (1 reaches 0
     * directly and through 2): the first in deck order, (1, 3). */
    answers[3] = (JuxtaInterviewAnswer) { 1, 2, 1 };
    g_assert_true (juxta_interview_next_question (4, answers, 4, NULL, 0, &next));
    g_assert_cmpuint (next.a, ==, 1);
    g_assert_cmpuint (next.b, ==, 3);
  }
}

/* From any answers and skips: connecting questions join two groups each,
 * so exactly (groups − 1) of them connect everything; nothing answered or
 * skipped is asked again. */
static void
test_next_question_after_answers (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());

  for (guint s = 0; s < 500; s++)
    {
      guint n = (guint) g_rand_int_range (rand, 2, 16);
      JuxtaInterviewAnswer answers[JUXTA_INTERVIEW_MAX_ANSWERS];
      JuxtaInterviewPair skipped[JUXTA_INTERVIEW_MAX_ANSWERS];
      JuxtaInterviewPair next;
      guint m = 0, n_skipped = 0, groups, asked = 0;
      double density = g_rand_double (rand) * 2 / n;

      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          {
            double u = g_rand_double (rand);
            if (u < density)
              answers[m++] = random_answer (rand, i, j);
            else if (u < 2 * density)
              skipped[n_skipped++] = (JuxtaInterviewPair) { i, j };
          }
      groups = count_components (n, answers, m);

      while (juxta_interview_next_question (n, answers, m, skipped, n_skipped, &next))
        {
          gboolean was_connected = count_components (n, answers, m) == 1;

          g_assert_cmpint (juxta_interview_find_pair (answers, m, next.a, next.b), ==, -1);
          for (guint k = 0; k < n_skipped; k++)
            g_assert_false (skipped[k].a == next.a && skipped[k].b == next.b);
          answers[m++] = random_answer (rand, next.a, next.b);
          asked++;
          if (!was_connected)
            g_assert_cmpuint (count_components (n, answers, m), ==, groups - asked);
        }
      /* Everything not skipped was asked, unless the skips cut the
       * priorities apart: then every pair that would join them was skipped. */
      if (count_components (n, answers, m) == 1)
        g_assert_cmpuint (m + n_skipped, ==, n * (n - 1) / 2);
      else
        for (guint a = 0; a < n; a++)
          for (guint b = a + 1; b < n; b++)
            {
              JuxtaInterviewAnswer pair[JUXTA_INTERVIEW_MAX_ANSWERS + 1];
              memcpy (pair, answers, m * sizeof *answers);
              pair[m] = (JuxtaInterviewAnswer) { a, b, 1 };
              if (count_components (n, pair, m + 1) < count_components (n, answers, m))
                {
                  gboolean was_skipped = FALSE;
                  for (guint k = 0; k < n_skipped; k++)
                    was_skipped |= skipped[k].a == a && skipped[k].b == b;
                  g_assert_true (was_skipped);
                }
            }
    }
}

static void
test_steps (void)
{
  for (int step = -8; step <= 8; step++)
    {
      JuxtaInterviewAnswer answer;

      juxta_interview_answer_from_step (&answer, 3, 5, step);
      g_assert_cmpuint (answer.ratio, ==, (guint) ABS (step) + 1);
      /* The preferred priority first; an equal answer keeps the order asked. */
      g_assert_cmpuint (answer.priority, ==, step >= 0 ? 3 : 5);
      g_assert_cmpuint (answer.other, ==, step >= 0 ? 5 : 3);
      g_assert_cmpint (juxta_interview_answer_get_step (&answer, 3, 5), ==, step);
      g_assert_cmpint (juxta_interview_answer_get_step (&answer, 5, 3), ==, -step);
    }
}

static GArray *
parse (JuxtaDeck   *deck,
       const char  *text,
       GError     **error)
{
  return juxta_interview_parse (deck, text, error);
}

static void
test_parse (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  /* battery 0, weight 1, power 2, price 3 */
  const struct { const char *text; guint n; JuxtaInterviewAnswer answers[3]; } good[] = {
    { "battery>weight:5,power=price,price<battery:3", 3, { { 0, 1, 5 }, { 2, 3, 1 }, { 0, 3, 3 } } },
    { " battery > weight : 5 ", 1, { { 0, 1, 5 } } },
    { "weight<battery:9", 1, { { 0, 1, 9 } } },
    /* Equal, however written, keeps the order given. */
    { "weight<battery:1", 1, { { 1, 0, 1 } } },
    { "weight>battery:1", 1, { { 1, 0, 1 } } },
    { "price=power", 1, { { 3, 2, 1 } } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (good); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) answers = parse (deck, good[c].text, &error);
      g_autofree char *text = NULL;
      g_autoptr(GArray) again = NULL;

      g_test_message ("%s", good[c].text);
      g_assert_no_error (error);
      g_assert_cmpuint (answers->len, ==, good[c].n);
      for (guint k = 0; k < good[c].n; k++)
        {
          JuxtaInterviewAnswer *a = &g_array_index (answers, JuxtaInterviewAnswer, k);
          g_assert_cmpuint (a->priority, ==, good[c].answers[k].priority);
          g_assert_cmpuint (a->other, ==, good[c].answers[k].other);
          g_assert_cmpuint (a->ratio, ==, good[c].answers[k].ratio);
        }
      /* Written back and read again: the same answers. */
      text = juxta_interview_to_string (deck, (JuxtaInterviewAnswer *) (gpointer) answers->data, answers->len);
      again = parse (deck, text, &error);
      g_assert_no_error (error);
      g_assert_cmpmem (again->data, again->len * sizeof (JuxtaInterviewAnswer),
                       answers->data, answers->len * sizeof (JuxtaInterviewAnswer));
    }
  {
    const JuxtaInterviewAnswer answers[] = { { 0, 1, 5 }, { 2, 3, 1 } };
    g_autofree char *text = juxta_interview_to_string (deck, answers, 2);
    g_assert_cmpstr (text, ==, "battery>weight:5,power=price");
  }
}

static void
test_parse_errors (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  const struct { const char *text; JuxtaInterviewError code; const char *names; } bad[] = {
    { "", JUXTA_INTERVIEW_ERROR_MALFORMED, "no answers" },
    { "  ", JUXTA_INTERVIEW_ERROR_MALFORMED, "no answers" },
    { "battery>weight:5,", JUXTA_INTERVIEW_ERROR_MALFORMED, "answer 2" },
    { "battery>weight:5,,power=price", JUXTA_INTERVIEW_ERROR_MALFORMED, "answer 2" },
    { "battery", JUXTA_INTERVIEW_ERROR_MALFORMED, "\"battery\"" },
    { "battery>weight", JUXTA_INTERVIEW_ERROR_MALFORMED, "\"battery>weight\"" },
    { "battery=weight:3", JUXTA_INTERVIEW_ERROR_MALFORMED, "\"battery=weight:3\"" },
    { "battery>>weight:3", JUXTA_INTERVIEW_ERROR_MALFORMED, "\"battery>>weight:3\"" },
    { "battery>weight<price:3", JUXTA_INTERVIEW_ERROR_MALFORMED, "\"battery>weight<price:3\"" },
    { ">weight:3", JUXTA_INTERVIEW_ERROR_MALFORMED, "\">weight:3\"" },
    { "battery>:3", JUXTA_INTERVIEW_ERROR_MALFORMED, "\"battery>:3\"" },
    { "battery>speed:3", JUXTA_INTERVIEW_ERROR_UNKNOWN_PRIORITY, "\"speed\"" },
    { "Battery>weight:3", JUXTA_INTERVIEW_ERROR_UNKNOWN_PRIORITY, "\"Battery\"" },
    { "weight=speed", JUXTA_INTERVIEW_ERROR_UNKNOWN_PRIORITY, "known: battery, weight, power, price" },
    { "battery>weight:0", JUXTA_INTERVIEW_ERROR_RATIO, "\"0\"" },
    { "battery>weight:10", JUXTA_INTERVIEW_ERROR_RATIO, "\"10\"" },
    { "battery<weight:2.5", JUXTA_INTERVIEW_ERROR_RATIO, "\"2.5\"" },
    { "battery>weight:-3", JUXTA_INTERVIEW_ERROR_RATIO, "\"-3\"" },
    { "battery>weight:", JUXTA_INTERVIEW_ERROR_RATIO, "\"battery>weight:\"" },
    { "battery>weight:3:4", JUXTA_INTERVIEW_ERROR_RATIO, "\"3:4\"" },
    { "battery>battery:3", JUXTA_INTERVIEW_ERROR_SAME_PRIORITY, "\"battery\" with itself" },
    { "price=price", JUXTA_INTERVIEW_ERROR_SAME_PRIORITY, "\"price\" with itself" },
    { "battery>weight:3,weight>battery:2", JUXTA_INTERVIEW_ERROR_DUPLICATE, "\"weight>battery:2\"" },
    { "battery>weight:3,price=power,weight=battery", JUXTA_INTERVIEW_ERROR_DUPLICATE,
      "\"weight=battery\" answers the same pair as \"battery>weight:3\"" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (bad); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) answers = parse (deck, bad[c].text, &error);

      g_test_message ("%s: %s", bad[c].text, error != NULL ? error->message : "(no error)");
      g_assert_null (answers);
      g_assert_error (error, JUXTA_INTERVIEW_ERROR, (int) bad[c].code);
      g_assert_nonnull (strstr (error->message, bad[c].names));
    }
}

static void
test_validate (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  const struct { JuxtaInterviewAnswer answers[2]; guint n; int code; const char *names; } cases[] = {
    { { { 0, 1, 5 }, { 3, 2, 1 } }, 2, -1, NULL },
    { { { 0, 4, 5 } }, 1, JUXTA_INTERVIEW_ERROR_UNKNOWN_PRIORITY, "answer 1" },
    { { { 0, 1, 0 } }, 1, JUXTA_INTERVIEW_ERROR_RATIO, "\"battery\" to \"weight\"" },
    { { { 0, 1, 10 } }, 1, JUXTA_INTERVIEW_ERROR_RATIO, "got 10" },
    { { { 2, 2, 3 } }, 1, JUXTA_INTERVIEW_ERROR_SAME_PRIORITY, "\"power\"" },
    { { { 0, 1, 5 }, { 1, 0, 2 } }, 2, JUXTA_INTERVIEW_ERROR_DUPLICATE, "\"weight\" and \"battery\"" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      gboolean valid = juxta_interview_validate (deck, cases[c].answers, cases[c].n, &error);

      g_assert_cmpint (valid, ==, cases[c].code < 0);
      if (cases[c].code < 0)
        {
          g_assert_no_error (error);
          continue;
        }
      g_assert_error (error, JUXTA_INTERVIEW_ERROR, cases[c].code);
      g_assert_nonnull (strstr (error->message, cases[c].names));
    }
}

/* How answers stand to the sliders: none, not connected yet, applied, or
 * moved since. */
static void
test_status (void)
{
  /* battery 0, weight 1, power 2, price 3 */
  const JuxtaInterviewAnswer answers[] = { { 0, 1, 3 }, { 0, 2, 9 }, { 3, 0, 1 } };
  JuxtaInterviewResult result;
  int weights[4];

  g_assert_cmpint (juxta_interview_get_status (NULL, NULL), ==, JUXTA_INTERVIEW_STATUS_NONE);
  juxta_interview_result_compute (&result, 4, answers, 0);
  g_assert_cmpint (juxta_interview_get_status (&result, weights), ==, JUXTA_INTERVIEW_STATUS_NONE);

  juxta_interview_result_compute (&result, 4, answers, 2);
  g_assert_cmpint (juxta_interview_get_status (&result, weights), ==, JUXTA_INTERVIEW_STATUS_INCOMPLETE);

  /* battery 100, weight 100/3, power 100/9, price 100 */
  juxta_interview_result_compute (&result, 4, answers, 3);
  memcpy (weights, (int[]) { 100, 33, 11, 100 }, sizeof weights);
  g_assert_cmpint (juxta_interview_get_status (&result, weights), ==, JUXTA_INTERVIEW_STATUS_APPLIED);
  weights[2] = 12;
  g_assert_cmpint (juxta_interview_get_status (&result, weights), ==, JUXTA_INTERVIEW_STATUS_OVERRIDDEN);
}

static void
test_describe_question (void)
{
  g_autoptr(JuxtaDeck) laptops = juxta_test_good_deck ("laptops.json");
  g_autoptr(JuxtaDeck) databases = juxta_test_good_deck ("databases.json");
  g_autofree char *with_texts = juxta_interview_describe_question (laptops, 0, 3);
  g_autofree char *one_text = juxta_interview_describe_question (databases, 1, 0);
  g_autofree char *plain = juxta_interview_describe_priority (databases, 3);

  g_assert_cmpstr (with_texts, ==, "Which matters more to you: Battery life (a full day of visits without a "
                                   "charger) or Low price (a smaller bill for the whole team)?");
  /* "scale" has no question text: its label alone. */
  g_assert_cmpstr (one_text, ==, "Which matters more to you: Grows with traffic or Little operations work "
                                 "(nobody paged at night for the database)?");
  g_assert_cmpstr (plain, ==, "Control over tuning");
}

/* On a triangle of answers every answer is off by the same third of the
 * cycle's log product S: the whole implies a_ij / exp (S / 3) for the
 * first (the earliest of equal residuals).  The fourth answer hangs price
 * on and is not in a cycle. */
static void
test_describe_worst (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  const struct {
    JuxtaInterviewAnswer answers[4];
    double implied;
    const char *expected;
  } cases[] = {   /* not static: the expected values are computed */
    /* S = ln 5: 5 / 5^(1/3) = 2.92 */
    { { { 0, 1, 5 }, { 1, 2, 1 }, { 2, 0, 1 }, { 3, 0, 1 } }, 5 / cbrt (5),
      "You said Battery life matters 5× as much as Low weight; your answers as a whole say about 2.9×." },
    /* S = ln 162: 2 / 162^(1/3) = 0.367, the other way round */
    { { { 0, 1, 2 }, { 1, 2, 9 }, { 2, 0, 9 }, { 3, 0, 1 } }, 2 / cbrt (162),
      "You said Battery life matters 2× as much as Low weight; your answers as a whole say Low weight "
      "matters about 2.7× as much as Battery life." },
    /* An equal answer: S = ln 9, 1 / 9^(1/3) = 0.48 */
    { { { 0, 1, 1 }, { 1, 2, 3 }, { 2, 0, 3 }, { 3, 0, 1 } }, 1 / cbrt (9),
      "You said Battery life and Low weight matter equally; your answers as a whole say Low weight "
      "matters about 2.1× as much as Battery life." },
    /* A full contradiction: S = ln 27, the whole says equal */
    { { { 0, 1, 3 }, { 1, 2, 3 }, { 2, 0, 3 }, { 3, 0, 1 } }, 1.0,
      "You said Battery life matters 3× as much as Low weight; your answers as a whole say they matter "
      "about equally." },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      JuxtaInterviewResult result;
      g_autofree char *text = NULL;

      juxta_interview_result_compute (&result, 4, cases[c].answers, 4);
      g_assert_cmpint (result.worst, ==, 0);
      g_assert_cmpfloat_with_epsilon (result.worst_implied, cases[c].implied, 1e-12);
      text = juxta_interview_describe_worst (deck, cases[c].answers, &result);
      g_assert_cmpstr (text, ==, cases[c].expected);
    }

  {
    /* Not checked: no worst answer to describe. */
    JuxtaInterviewResult result;
    juxta_interview_result_compute (&result, 4, cases[0].answers + 1, 3);
    g_assert_null (juxta_interview_describe_worst (deck, cases[0].answers + 1, &result));
  }
}

/* ------------------------------------------------------------- a run */

/* Answers @run's question on screen at @step, as the interview does. */
static void
answer_on_screen (JuxtaInterviewRun    *run,
                  JuxtaInterviewAnswer *answers,
                  guint                *n_answers,
                  int                   step)
{
  int k = juxta_interview_find_pair (answers, *n_answers, run->pair.a, run->pair.b);

  if (k < 0)
    k = (int) (*n_answers)++;
  juxta_interview_answer_from_step (&answers[k], run->pair.a, run->pair.b, step);
  juxta_interview_run_sync (run, answers, *n_answers);
}

/* New questions, Skip, Back through the answers in their order, an
 * answer asked again with the step it has, and the skipped ones asked at
 * the end; the history follows answers removed elsewhere. */
static void
test_run (void)
{
  g_autoptr(JuxtaInterviewRun) run = juxta_interview_run_new ();
  JuxtaInterviewAnswer answers[JUXTA_INTERVIEW_MAX_ANSWERS];
  JuxtaInterviewPair first, skipped, answered[3];
  guint n = 4, m = 0;

  juxta_interview_run_start (run, n, answers, m);
  g_assert_true (juxta_interview_run_is_asking (run));
  g_assert_false (juxta_interview_run_can_back (run));
  g_assert_true (juxta_interview_run_can_skip (run));
  g_assert_cmpint (juxta_interview_run_get_step (run, answers, m), ==, 0);
  g_assert_cmpuint (juxta_interview_run_count_open (run, n, answers, m), ==, 6);
  first = run->pair;

  /* Skipped: another question, and one fewer open. */
  skipped = run->pair;
  g_assert_true (juxta_interview_run_skip (run, n, answers, m));
  g_assert_false (run->pair.a == first.a && run->pair.b == first.b);
  g_assert_cmpuint (juxta_interview_run_count_open (run, n, answers, m), ==, 5);

  /* Three answers, then Back goes through them last first, each at its step. */
  for (guint i = 0; i < 3; i++)
    {
      answered[i] = run->pair;
      answer_on_screen (run, answers, &m, (int) i + 2);
      juxta_interview_run_next (run, n, answers, m);
    }
  g_assert_cmpuint (run->history->len, ==, 3);
  for (int i = 2; i >= 0; i--)
    {
      g_assert_true (juxta_interview_run_back (run));
      g_assert_cmpint (juxta_interview_run_get_step (run, answers, m), ==, i + 2);
      g_assert_cmpuint (run->pair.a, ==, answered[i].a);
      g_assert_cmpuint (run->pair.b, ==, answered[i].b);
      g_assert_true (juxta_interview_run_is_revisiting (run, answered[i].b, answered[i].a));
      g_assert_false (juxta_interview_run_can_skip (run));
    }
  g_assert_false (juxta_interview_run_can_back (run));
  g_assert_false (juxta_interview_run_back (run));

  /* The second answer asked again; one never answered cannot be. */
  g_assert_true (juxta_interview_run_revisit (run, answered[1].a, answered[1].b));
  g_assert_cmpint (run->revisiting, ==, 1);
  g_assert_false (juxta_interview_run_revisit (run, skipped.a, skipped.b));

  /* The last answer goes elsewhere: the history follows, and so does a
   * run that was on it. */
  juxta_interview_run_back (run);
  g_assert_true (juxta_interview_run_revisit (run, answered[2].a, answered[2].b));
  m--;
  juxta_interview_run_sync (run, answers, m);
  g_assert_cmpuint (run->history->len, ==, 2);
  g_assert_cmpint (run->revisiting, ==, -1);

  /* Everything else answered: nothing left but the skipped question,
   * which is asked once asked for. */
  juxta_interview_run_next (run, n, answers, m);
  while (juxta_interview_run_is_asking (run))
    {
      answer_on_screen (run, answers, &m, 0);
      juxta_interview_run_next (run, n, answers, m);
    }
  g_assert_cmpuint (m, ==, 5);
  g_assert_false (juxta_interview_run_can_skip (run));
  g_assert_cmpuint (juxta_interview_run_count_open (run, n, answers, m), ==, 0);
  juxta_interview_run_unskip (run, n, answers, m);
  g_assert_true (juxta_interview_run_is_asking (run));
  g_assert_cmpuint (run->pair.a, ==, skipped.a);
  g_assert_cmpuint (run->pair.b, ==, skipped.b);
  g_assert_cmpuint (juxta_interview_run_count_open (run, n, answers, m), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/juxta/interview/geometric-mean", test_geometric_mean);
  g_test_add_func ("/juxta/interview/consistent", test_consistent);
  g_test_add_func ("/juxta/interview/known-cycle", test_known_cycle);
  g_test_add_func ("/juxta/interview/one-bad-answer", test_one_bad_answer);
  g_test_add_func ("/juxta/interview/thresholds", test_thresholds);
  g_test_add_func ("/juxta/interview/spanning-set-not-checked", test_spanning_set_not_checked);
  g_test_add_func ("/juxta/interview/small", test_small);
  g_test_add_func ("/juxta/interview/renaming", test_renaming);
  g_test_add_func ("/juxta/interview/connectivity", test_connectivity);
  g_test_add_func ("/juxta/interview/count-missing-and-unchecked", test_count_missing_and_unchecked);
  g_test_add_func ("/juxta/interview/run", test_run);
  g_test_add_func ("/juxta/interview/next-question-order", test_next_question_order);
  g_test_add_func ("/juxta/interview/next-question-after-answers", test_next_question_after_answers);
  g_test_add_func ("/juxta/interview/steps", test_steps);
  g_test_add_func ("/juxta/interview/parse", test_parse);
  g_test_add_func ("/juxta/interview/parse-errors", test_parse_errors);
  g_test_add_func ("/juxta/interview/validate", test_validate);
  g_test_add_func ("/juxta/interview/status", test_status);
  g_test_add_func ("/juxta/interview/describe-question", test_describe_question);
  g_test_add_func ("/juxta/interview/describe-worst", test_describe_worst);

  return g_test_run ();
}
