/* juxta-interview.c: weights from pairwise trade-off answers */

#define G_LOG_DOMAIN "juxta-interview"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "juxta-interview.h"
#include "juxta-weight-private.h"

G_DEFINE_QUARK (juxta-interview-error-quark, juxta_interview_error)

/* Residuals this small are the rounding noise of exactly consistent
 * answers (a solve in doubles leaves about 1e-16); they are taken as 0 so
 * that consistent answers have an inconsistency of exactly 0.  Ratios
 * 1..9 cannot express a disagreement anywhere near this size. */
#define RESIDUAL_NOISE 1e-12

/* Effective resistances closer than this are equal (see next_question). */
#define RESISTANCE_TIE 1e-9

/* ------------------------------------------------------------ helpers */

/* Union-find over at most JUXTA_MAX_PRIORITIES priorities. */
typedef struct
{
  guint parent[JUXTA_MAX_PRIORITIES];
} Components;

static guint
components_find (Components *c,
                 guint       p)
{
  while (c->parent[p] != p)
    p = c->parent[p] = c->parent[c->parent[p]];
  return p;
}

/* The groups the answers join the priorities into, answer @left_out
 * (-1: none) left aside; returns how many. */
static guint
components_init (Components                 *c,
                 guint                       n_priorities,
                 const JuxtaInterviewAnswer *answers,
                 guint                       n_answers,
                 int                         left_out)
{
  guint groups = n_priorities;

  for (guint p = 0; p < n_priorities; p++)
    c->parent[p] = p;
  for (guint k = 0; k < n_answers; k++)
    {
      guint a, b;

      if ((int) k == left_out)
        continue;
      a = components_find (c, answers[k].priority);
      b = components_find (c, answers[k].other);
      if (a == b)
        continue;
      /* The smaller root wins, so priority 0's root is always 0. */
      c->parent[MAX (a, b)] = MIN (a, b);
      groups--;
    }
  return groups;
}

/* The first priority not connected to priority 0, or -1. */
static int
find_unconnected (guint                       n_priorities,
                  const JuxtaInterviewAnswer *answers,
                  guint                       n_answers)
{
  Components c;

  components_init (&c, n_priorities, answers, n_answers, -1);
  for (guint p = 1; p < n_priorities; p++)
    if (components_find (&c, p) != 0)
      return (int) p;
  return -1;
}

/* M = L + 1·1ᵀ, where L is the Laplacian of the comparison graph, and
 * b_i = Σ_j ln a_ij.  L is singular (constant vectors are its null space,
 * the weights' arbitrary scale); adding 1·1ᵀ makes M symmetric positive
 * definite when the graph is connected, and since Σ b = 0 the solution
 * of M x = b is exactly the solution of L x = b with Σ x = 0
 * (1ᵀ M x = n Σ x = Σ b = 0). */
static void
build_system (guint                       n,
              const JuxtaInterviewAnswer *answers,
              guint                       n_answers,
              double                     *m,
              double                     *b)
{
  for (guint i = 0; i < n * n; i++)
    m[i] = 1;
  for (guint i = 0; i < n && b != NULL; i++)
    b[i] = 0;

  for (guint k = 0; k < n_answers; k++)
    {
      guint i = answers[k].priority, j = answers[k].other;

      m[i * n + i] += 1;
      m[j * n + j] += 1;
      m[i * n + j] -= 1;
      m[j * n + i] -= 1;
      if (b != NULL)
        {
          double l = log ((double) answers[k].ratio);
          b[i] += l;
          b[j] -= l;
        }
    }
}

/* In-place Cholesky factorisation M = R Rᵀ of a symmetric positive
 * definite n × n matrix (lower triangle used and overwritten).  n ≤ 32,
 * so a dense factorisation costs a few microseconds. */
static gboolean
cholesky (double *m,
          guint   n)
{
  for (guint j = 0; j < n; j++)
    {
      double d = m[j * n + j];

      for (guint k = 0; k < j; k++)
        d -= m[j * n + k] * m[j * n + k];
      if (!(d > 0))
        return FALSE;
      d = sqrt (d);
      m[j * n + j] = d;
      for (guint i = j + 1; i < n; i++)
        {
          double s = m[i * n + j];
          for (guint k = 0; k < j; k++)
            s -= m[i * n + k] * m[j * n + k];
          m[i * n + j] = s / d;
        }
    }
  return TRUE;
}

/* Solves R Rᵀ x = v in place, R from cholesky(). */
static void
cholesky_solve (const double *r,
                guint         n,
                double       *v)
{
  for (guint i = 0; i < n; i++)
    {
      for (guint k = 0; k < i; k++)
        v[i] -= r[i * n + k] * v[k];
      v[i] /= r[i * n + i];
    }
  for (guint i = n; i-- > 0;)
    {
      for (guint k = i + 1; k < n; k++)
        v[i] -= r[k * n + i] * v[k];
      v[i] /= r[i * n + i];
    }
}

static const char *
priority_id (JuxtaDeck *deck,
             guint      p)
{
  return juxta_deck_get_priority (deck, p)->id;
}

/* ------------------------------------------------------------ answers */

double
juxta_interview_threshold (guint n_priorities)
{
  if (n_priorities <= 3)
    return 0.31;
  if (n_priorities == 4)
    return 0.35;
  return 0.37;
}

void
juxta_interview_answer_from_step (JuxtaInterviewAnswer *answer,
                                  guint                 a,
                                  guint                 b,
                                  int                   step)
{
  g_return_if_fail (answer != NULL);
  g_return_if_fail (step >= 1 - JUXTA_INTERVIEW_MAX_RATIO && step <= JUXTA_INTERVIEW_MAX_RATIO - 1);

  answer->priority = step >= 0 ? a : b;
  answer->other = step >= 0 ? b : a;
  answer->ratio = (guint) ABS (step) + 1;
}

int
juxta_interview_answer_get_step (const JuxtaInterviewAnswer *answer,
                                 guint                       a,
                                 guint                       b)
{
  int step;

  g_return_val_if_fail (answer != NULL, 0);
  g_return_val_if_fail ((answer->priority == a && answer->other == b) ||
                        (answer->priority == b && answer->other == a), 0);

  step = (int) answer->ratio - 1;
  return answer->priority == a ? step : -step;
}

int
juxta_interview_find_pair (const JuxtaInterviewAnswer *answers,
                           guint                       n_answers,
                           guint                       a,
                           guint                       b)
{
  for (guint k = 0; k < n_answers; k++)
    if ((answers[k].priority == a && answers[k].other == b) ||
        (answers[k].priority == b && answers[k].other == a))
      return (int) k;
  return -1;
}

gboolean
juxta_interview_validate (JuxtaDeck                  *deck,
                          const JuxtaInterviewAnswer *answers,
                          guint                       n_answers,
                          GError                    **error)
{
  guint n;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), FALSE);
  g_return_val_if_fail (answers != NULL || n_answers == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n = juxta_deck_get_n_priorities (deck);
  for (guint k = 0; k < n_answers; k++)
    {
      const JuxtaInterviewAnswer *answer = &answers[k];
      int earlier;

      if (answer->priority >= n || answer->other >= n)
        {
          g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_UNKNOWN_PRIORITY,
                       _("answer %u names a priority the deck does not have"), k + 1);
          return FALSE;
        }
      if (answer->ratio < 1 || answer->ratio > JUXTA_INTERVIEW_MAX_RATIO)
        {
          g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_RATIO,
                       _("the ratio of \"%s\" to \"%s\" must be a whole number from 1 to 9, got %u"),
                       priority_id (deck, answer->priority), priority_id (deck, answer->other),
                       answer->ratio);
          return FALSE;
        }
      if (answer->priority == answer->other)
        {
          g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_SAME_PRIORITY,
                       _("\"%s\" is compared with itself"), priority_id (deck, answer->priority));
          return FALSE;
        }
      earlier = juxta_interview_find_pair (answers, k, answer->priority, answer->other);
      if (earlier >= 0)
        {
          g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_DUPLICATE,
                       _("\"%s\" and \"%s\" are compared twice (answers %d and %u)"),
                       priority_id (deck, answer->priority), priority_id (deck, answer->other),
                       earlier + 1, k + 1);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
juxta_interview_check_connected (JuxtaDeck                  *deck,
                                 const JuxtaInterviewAnswer *answers,
                                 guint                       n_answers,
                                 GError                    **error)
{
  int unconnected;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), FALSE);
  g_return_val_if_fail (answers != NULL || n_answers == 0, FALSE);

  unconnected = find_unconnected (juxta_deck_get_n_priorities (deck), answers, n_answers);
  if (unconnected < 0)
    return TRUE;

  g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_UNCONNECTED,
               _("the answers leave \"%s\" unconnected: compare it with \"%s\", or with a "
                 "priority that is compared with it, directly or through others"),
               priority_id (deck, (guint) unconnected), priority_id (deck, 0));
  return FALSE;
}

guint
juxta_interview_count_missing (guint                       n_priorities,
                               const JuxtaInterviewAnswer *answers,
                               guint                       n_answers)
{
  Components c;

  g_return_val_if_fail (n_priorities > 0 && n_priorities <= JUXTA_MAX_PRIORITIES, 0);

  return components_init (&c, n_priorities, answers, n_answers, -1) - 1;
}

/* An answer is unchecked when leaving it out splits a group: it is a
 * bridge of the comparison graph. */
guint
juxta_interview_count_unchecked (guint                       n_priorities,
                                 const JuxtaInterviewAnswer *answers,
                                 guint                       n_answers)
{
  Components c;
  guint groups, unchecked = 0;

  g_return_val_if_fail (n_priorities > 0 && n_priorities <= JUXTA_MAX_PRIORITIES, 0);

  groups = components_init (&c, n_priorities, answers, n_answers, -1);
  for (guint k = 0; k < n_answers; k++)
    if (components_init (&c, n_priorities, answers, n_answers, (int) k) > groups)
      unchecked++;
  return unchecked;
}

/* ------------------------------------------------------------- parser */

static gboolean
parse_priority (JuxtaDeck   *deck,
                const char  *item,
                char        *id,
                guint       *priority,
                GError     **error)
{
  int index;

  g_strstrip (id);
  if (*id == '\0' || strpbrk (id, "<>=:") != NULL)
    {
      g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_MALFORMED,
                   _("\"%s\" is not an answer: write A>B:N (A matters N times as much as B), "
                     "A<B:N or A=B, with N from 1 to 9"), item);
      return FALSE;
    }
  index = juxta_deck_find_priority (deck, id);
  if (index < 0)
    {
      g_autofree char *known = juxta_deck_list_priority_ids (deck);
      g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_UNKNOWN_PRIORITY,
                   _("unknown priority \"%s\" in \"%s\" (known: %s)"), id, item, known);
      return FALSE;
    }
  *priority = (guint) index;
  return TRUE;
}

/* One answer, "A>B:N", "A<B:N" or "A=B"; @item is stripped. */
static gboolean
parse_answer (JuxtaDeck            *deck,
              const char           *item,
              JuxtaInterviewAnswer *answer,
              GError              **error)
{
  g_autofree char *copy = g_strdup (item);
  char *op = strpbrk (copy, "<>=");
  char *right, *ratio_text;
  char kind;
  guint a, b;
  guint64 ratio = 1;

  if (op == NULL)
    {
      g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_MALFORMED,
                   _("\"%s\" is not an answer: write A>B:N (A matters N times as much as B), "
                     "A<B:N or A=B, with N from 1 to 9"), item);
      return FALSE;
    }
  kind = *op;
  *op = '\0';
  right = op + 1;
  ratio_text = strchr (right, ':');
  if (ratio_text != NULL)
    *ratio_text++ = '\0';

  if ((kind == '=') != (ratio_text == NULL))
    {
      g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_MALFORMED,
                   kind == '='
                     ? _("\"%s\" is not an answer: an equal answer, A=B, takes no ratio")
                     : _("\"%s\" is not an answer: say by how much, as in A>B:3"),
                   item);
      return FALSE;
    }
  if (!parse_priority (deck, item, copy, &a, error) ||
      !parse_priority (deck, item, right, &b, error))
    return FALSE;
  if (ratio_text != NULL &&
      !g_ascii_string_to_unsigned (g_strstrip (ratio_text), 10, 1, JUXTA_INTERVIEW_MAX_RATIO,
                                   &ratio, NULL))
    {
      g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_RATIO,
                   _("the ratio in \"%s\" must be a whole number from 1 to 9, got \"%s\""),
                   item, ratio_text);
      return FALSE;
    }
  if (a == b)
    {
      g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_SAME_PRIORITY,
                   _("\"%s\" compares \"%s\" with itself"), item, priority_id (deck, a));
      return FALSE;
    }

  /* A<B:N is B over A; an equal answer keeps the order given. */
  juxta_interview_answer_from_step (answer, a, b,
                                    kind == '<' ? 1 - (int) ratio : (int) ratio - 1);
  return TRUE;
}

GArray *
juxta_interview_parse (JuxtaDeck   *deck,
                       const char  *text,
                       GError     **error)
{
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer));
  g_auto(GStrv) items = NULL;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  items = g_strsplit (text, ",", -1);
  if (items[0] == NULL || (items[1] == NULL && *g_strstrip (items[0]) == '\0'))
    {
      g_set_error_literal (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_MALFORMED,
                           _("no answers: write A>B:N (A matters N times as much as B), A<B:N "
                             "or A=B, separated by commas"));
      return NULL;
    }
  for (guint i = 0; items[i] != NULL; i++)
    {
      JuxtaInterviewAnswer answer;
      int earlier;

      g_strstrip (items[i]);
      if (items[i][0] == '\0')
        {
          g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_MALFORMED,
                       _("answer %u of \"%s\" is empty"), i + 1, text);
          return NULL;
        }
      if (!parse_answer (deck, items[i], &answer, error))
        return NULL;
      earlier = juxta_interview_find_pair ((const JuxtaInterviewAnswer *) (gpointer) answers->data,
                                           answers->len, answer.priority, answer.other);
      if (earlier >= 0)
        {
          g_set_error (error, JUXTA_INTERVIEW_ERROR, JUXTA_INTERVIEW_ERROR_DUPLICATE,
                       _("\"%s\" answers the same pair as \"%s\""), items[i], items[earlier]);
          return NULL;
        }
      g_array_append_val (answers, answer);
    }
  return g_steal_pointer (&answers);
}

char *
juxta_interview_to_string (JuxtaDeck                  *deck,
                           const JuxtaInterviewAnswer *answers,
                           guint                       n_answers)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);

  for (guint k = 0; k < n_answers; k++)
    {
      const char *a = priority_id (deck, answers[k].priority);
      const char *b = priority_id (deck, answers[k].other);

      if (k > 0)
        g_string_append_c (text, ',');
      if (answers[k].ratio == 1)
        g_string_append_printf (text, "%s=%s", a, b);
      else
        g_string_append_printf (text, "%s>%s:%u", a, b, answers[k].ratio);
    }
  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------ weights */

static void
find_worst (JuxtaInterviewResult *result)
{
  guint n = result->n_priorities, m = result->n_answers;
  double sum = 0, worst = -1;

  result->checked = m > n - 1;
  result->threshold = juxta_interview_threshold (n);
  result->acceptable = TRUE;
  result->worst = -1;
  if (!result->checked)
    return;

  for (guint k = 0; k < m; k++)
    {
      double e = fabs (result->residuals[k]);

      sum += e * e;
      if (e > worst + RESIDUAL_NOISE)
        {
          worst = e;
          result->worst = (int) k;
        }
    }
  result->inconsistency = sum / (double) (m - n + 1);
  result->acceptable = result->inconsistency <= result->threshold;
}

gboolean
juxta_interview_result_compute (JuxtaInterviewResult       *result,
                                guint                       n_priorities,
                                const JuxtaInterviewAnswer *answers,
                                guint                       n_answers)
{
  double m[JUXTA_MAX_PRIORITIES * JUXTA_MAX_PRIORITIES];
  double *x;
  double max_x = -INFINITY;
  guint n = n_priorities;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (n_priorities >= 1 && n_priorities <= JUXTA_MAX_PRIORITIES, FALSE);
  g_return_val_if_fail (n_answers <= JUXTA_INTERVIEW_MAX_ANSWERS, FALSE);
  g_return_val_if_fail (answers != NULL || n_answers == 0, FALSE);
  for (guint k = 0; k < n_answers; k++)
    g_return_val_if_fail (answers[k].priority < n && answers[k].other < n &&
                          answers[k].priority != answers[k].other &&
                          answers[k].ratio >= 1 && answers[k].ratio <= JUXTA_INTERVIEW_MAX_RATIO,
                          FALSE);

  memset (result, 0, sizeof *result);
  result->n_priorities = n;
  result->n_answers = n_answers;
  result->worst = -1;
  result->threshold = juxta_interview_threshold (n);
  result->acceptable = TRUE;
  result->unconnected = find_unconnected (n, answers, n_answers);
  result->connected = result->unconnected < 0;
  if (!result->connected)
    return FALSE;

  x = result->log_weights;
  build_system (n, answers, n_answers, m, x);
  if (!cholesky (m, n))
    g_return_val_if_reached (FALSE);   /* connected, so M is positive definite */
  cholesky_solve (m, n, x);

  for (guint p = 0; p < n; p++)
    max_x = MAX (max_x, x[p]);
  for (guint p = 0; p < n; p++)
    {
      result->unrounded_weights[p] = 100 * exp (x[p] - max_x);
      result->weights[p] = juxta_weight_round (result->unrounded_weights[p]);
    }

  for (guint k = 0; k < n_answers; k++)
    {
      double e = log ((double) answers[k].ratio) - (x[answers[k].priority] - x[answers[k].other]);
      result->residuals[k] = fabs (e) < RESIDUAL_NOISE ? 0 : e;
    }
  find_worst (result);
  if (result->worst >= 0)
    {
      const JuxtaInterviewAnswer *worst = &answers[result->worst];
      result->worst_implied = exp (x[worst->priority] - x[worst->other]);
    }
  return TRUE;
}

JuxtaInterviewResult *
juxta_interview_result_new (guint                       n_priorities,
                            const JuxtaInterviewAnswer *answers,
                            guint                       n_answers)
{
  JuxtaInterviewResult *result = g_new0 (JuxtaInterviewResult, 1);

  juxta_interview_result_compute (result, n_priorities, answers, n_answers);
  return result;
}

void
juxta_interview_result_free (JuxtaInterviewResult *result)
{
  g_free (result);
}

/* ------------------------------------------------------------- status */

JuxtaInterviewStatus
juxta_interview_get_status (const JuxtaInterviewResult *result,
                            const int                  *weights)
{
  g_return_val_if_fail (result == NULL || weights != NULL, JUXTA_INTERVIEW_STATUS_NONE);

  if (result == NULL || result->n_answers == 0)
    return JUXTA_INTERVIEW_STATUS_NONE;
  if (!result->connected)
    return JUXTA_INTERVIEW_STATUS_INCOMPLETE;
  for (guint p = 0; p < result->n_priorities; p++)
    if (weights[p] != result->weights[p])
      return JUXTA_INTERVIEW_STATUS_OVERRIDDEN;
  return JUXTA_INTERVIEW_STATUS_APPLIED;
}

/* ---------------------------------------------------------------- text */

char *
juxta_interview_describe_priority (JuxtaDeck *deck,
                                   guint      priority)
{
  const JuxtaPriority *p;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (priority < juxta_deck_get_n_priorities (deck), NULL);

  p = juxta_deck_get_priority (deck, priority);
  if (p->question == NULL)
    return g_strdup (p->label);
  /* TRANSLATORS: a priority in a trade-off question, its label and what it
   * means to the customer: "Speed (ship in weeks, not months)" */
  return g_strdup_printf (_("%s (%s)"), p->label, p->question);
}

char *
juxta_interview_describe_question (JuxtaDeck *deck,
                                   guint      a,
                                   guint      b)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);

  first = juxta_interview_describe_priority (deck, a);
  second = juxta_interview_describe_priority (deck, b);
  g_return_val_if_fail (first != NULL && second != NULL, NULL);
  /* TRANSLATORS: a trade-off question: "Which matters more to you: Speed or Cost?" */
  return g_strdup_printf (_("Which matters more to you: %s or %s?"), first, second);
}

/* "5", "1.3": a ratio as the worst answer's sentence shows it. */
static char *
format_ratio (double ratio)
{
  return g_strdup_printf ("%.1f", ratio);
}

char *
juxta_interview_describe_worst (JuxtaDeck                  *deck,
                                const JuxtaInterviewAnswer *answers,
                                const JuxtaInterviewResult *result)
{
  const JuxtaInterviewAnswer *worst;
  const char *preferred, *other;
  g_autofree char *implied = NULL;
  g_autofree char *one = format_ratio (1.0);
  double ratio;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  if (result->worst < 0)
    return NULL;
  g_return_val_if_fail (answers != NULL && (guint) result->worst < result->n_answers, NULL);
  worst = &answers[result->worst];
  preferred = juxta_deck_get_priority (deck, worst->priority)->label;
  other = juxta_deck_get_priority (deck, worst->other)->label;
  ratio = result->worst_implied >= 1 ? result->worst_implied : 1 / result->worst_implied;
  implied = format_ratio (ratio);

  if (worst->ratio == 1 && g_str_equal (implied, one))
    return g_strdup_printf (_("You said %s and %s matter equally; your answers as a whole agree."),
                            preferred, other);
  if (worst->ratio == 1)
    {
      /* The whole says one of the two matters more. */
      if (result->worst_implied >= 1)
        return g_strdup_printf (_("You said %s and %s matter equally; your answers as a whole say %s "
                                  "matters about %s× as much as %s."),
                                preferred, other, preferred, implied, other);
      return g_strdup_printf (_("You said %s and %s matter equally; your answers as a whole say %s "
                                "matters about %s× as much as %s."),
                              preferred, other, other, implied, preferred);
    }
  if (g_str_equal (implied, one))
    return g_strdup_printf (_("You said %s matters %u× as much as %s; your answers as a whole say "
                              "they matter about equally."),
                            preferred, worst->ratio, other);
  if (result->worst_implied >= 1)
    /* TRANSLATORS: "You said Speed matters 5× as much as Cost; your answers
     * as a whole say about 1.3×." */
    return g_strdup_printf (_("You said %s matters %u× as much as %s; your answers as a whole say "
                              "about %s×."),
                            preferred, worst->ratio, other, implied);
  return g_strdup_printf (_("You said %s matters %u× as much as %s; your answers as a whole say %s "
                            "matters about %s× as much as %s."),
                          preferred, worst->ratio, other, other, implied, preferred);
}

/* ------------------------------------------------------ next question */

static gboolean
pair_is_open (const JuxtaInterviewAnswer *answers,
              guint                       n_answers,
              const JuxtaInterviewPair   *skipped,
              guint                       n_skipped,
              guint                       a,
              guint                       b)
{
  if (juxta_interview_find_pair (answers, n_answers, a, b) >= 0)
    return FALSE;
  for (guint k = 0; k < n_skipped; k++)
    if ((skipped[k].a == a && skipped[k].b == b) || (skipped[k].a == b && skipped[k].b == a))
      return FALSE;
  return TRUE;
}

static void
set_pair (JuxtaInterviewPair *pair,
          guint               a,
          guint               b)
{
  pair->a = MIN (a, b);
  pair->b = MAX (a, b);
}

/* While the answers leave priorities apart, ask a question that joins two
 * of the groups, so that n − 1 questions always connect everything.
 * Preferred: the first priority (deck order) outside priority 0's group,
 * compared with the member of that group that has the most answers (the
 * earliest of equals).  From no answers this asks priority 0 against each
 * of the others in turn: a star, the spanning tree whose weights are
 * determined best (every pair is at most two answers apart, which also
 * minimises the total effective resistance of the tree), and the easiest
 * to follow in a meeting ("compared with speed, how much does cost
 * matter?").  If every such question was skipped, one joining two other
 * groups will do. */
static gboolean
next_connecting_question (guint                       n,
                          const JuxtaInterviewAnswer *answers,
                          guint                       n_answers,
                          const JuxtaInterviewPair   *skipped,
                          guint                       n_skipped,
                          JuxtaInterviewPair         *next)
{
  Components c;
  guint degree[JUXTA_MAX_PRIORITIES] = { 0 };

  components_init (&c, n, answers, n_answers, -1);
  for (guint k = 0; k < n_answers; k++)
    {
      degree[answers[k].priority]++;
      degree[answers[k].other]++;
    }

  for (guint v = 1; v < n; v++)
    {
      int best = -1;

      if (components_find (&c, v) == 0)
        continue;
      for (guint u = 0; u < n; u++)
        if (components_find (&c, u) == 0 && pair_is_open (answers, n_answers, skipped, n_skipped, u, v) &&
            (best < 0 || degree[u] > degree[best]))
          best = (int) u;
      if (best >= 0)
        {
          set_pair (next, (guint) best, v);
          return TRUE;
        }
    }

  for (guint u = 1; u < n; u++)
    for (guint v = u + 1; v < n; v++)
      if (components_find (&c, u) != components_find (&c, v) &&
          pair_is_open (answers, n_answers, skipped, n_skipped, u, v))
        {
          set_pair (next, u, v);
          return TRUE;
        }
  return FALSE;
}

/* Once everything is connected, ask the open pair whose ratio the answers
 * so far determine least well: the one with the largest effective
 * resistance R_ab = (e_a − e_b)ᵀ L⁺ (e_a − e_b) in the comparison graph.
 *
 * Why that one: if each answer is the true log ratio plus independent
 * noise of variance σ², the least-squares estimate of x_a − x_b has
 * variance σ² R_ab, so a new answer on (a, b) deviates from what the
 * others imply by noise of variance σ² (1 + R_ab).  The pair with the
 * largest R_ab is the check the current answers can least predict: in a
 * tree, R_ab is the number of answers on the path from a to b, so the new
 * answer closes the longest cycle and tests all of those answers at once.
 * It is also the greedy D-optimal design: by the matrix determinant
 * lemma, adding (a, b) multiplies the determinant of the reduced Laplacian
 * (the information about the weights) by 1 + R_ab.  It depends only on
 * which pairs were answered, not on the ratios, so the order of questions
 * is predictable.  Ties (within RESISTANCE_TIE) go to the first pair in
 * deck order. */
static gboolean
next_testing_question (guint                       n,
                       const JuxtaInterviewAnswer *answers,
                       guint                       n_answers,
                       const JuxtaInterviewPair   *skipped,
                       guint                       n_skipped,
                       JuxtaInterviewPair         *next)
{
  double m[JUXTA_MAX_PRIORITIES * JUXTA_MAX_PRIORITIES];
  double inverse[JUXTA_MAX_PRIORITIES * JUXTA_MAX_PRIORITIES];
  double best = -1;

  /* (L + 1·1ᵀ)⁻¹ = L⁺ + 1·1ᵀ/n², and (e_a − e_b) is orthogonal to 1. */
  build_system (n, answers, n_answers, m, NULL);
  if (!cholesky (m, n))
    g_return_val_if_reached (FALSE);
  for (guint col = 0; col < n; col++)
    {
      double *v = &inverse[col * n];
      for (guint i = 0; i < n; i++)
        v[i] = i == col;
      cholesky_solve (m, n, v);
    }

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        double r;

        if (!pair_is_open (answers, n_answers, skipped, n_skipped, a, b))
          continue;
        r = inverse[a * n + a] + inverse[b * n + b] - 2 * inverse[a * n + b];
        if (r > best + RESISTANCE_TIE)
          {
            best = r;
            set_pair (next, a, b);
          }
      }
  return best >= 0;
}

gboolean
juxta_interview_next_question (guint                       n_priorities,
                               const JuxtaInterviewAnswer *answers,
                               guint                       n_answers,
                               const JuxtaInterviewPair   *skipped,
                               guint                       n_skipped,
                               JuxtaInterviewPair         *next)
{
  g_return_val_if_fail (n_priorities >= 1 && n_priorities <= JUXTA_MAX_PRIORITIES, FALSE);
  g_return_val_if_fail (answers != NULL || n_answers == 0, FALSE);
  g_return_val_if_fail (skipped != NULL || n_skipped == 0, FALSE);
  g_return_val_if_fail (next != NULL, FALSE);
  for (guint k = 0; k < n_answers; k++)
    g_return_val_if_fail (answers[k].priority < n_priorities && answers[k].other < n_priorities,
                          FALSE);

  if (find_unconnected (n_priorities, answers, n_answers) >= 0)
    return next_connecting_question (n_priorities, answers, n_answers, skipped, n_skipped, next);
  return next_testing_question (n_priorities, answers, n_answers, skipped, n_skipped, next);
}
