/* juxta-interview.h: weights from the customer's pairwise trade-off answers
 *
 * An answer compares two priorities: "i matters r times as much as j", r a
 * whole number from 1 (equal) to 9 (overwhelmingly more) on Saaty's scale,
 * so that a_ij = r and a_ji = 1/r.  The weights are the logarithmic
 * least-squares solution over the answered pairs: x minimises
 * Σ (ln a_ij − x_i + x_j)² with Σ x = 0, w = exp (x) scaled so that the
 * largest is 100.  For a complete set of answers this is the row geometric
 * mean of AHP.  The inconsistency is Aguarón and Moreno-Jiménez's geometric
 * consistency index, generalised to incomplete answers:
 * Σ e² / (m − n + 1), with e_ij = ln a_ij − (x_i − x_j).
 *
 * Everything here is a pure function of plain values: priorities are deck
 * indices, answers a C array.  Only the functions that name priorities in a
 * message (validation, parsing, formatting) take the deck.
 */
#pragma once

#include "juxta-deck.h"

G_BEGIN_DECLS

#define JUXTA_INTERVIEW_MAX_RATIO   9
/* Every pair once: n (n − 1) / 2 for the largest deck. */
#define JUXTA_INTERVIEW_MAX_ANSWERS (JUXTA_MAX_PRIORITIES * (JUXTA_MAX_PRIORITIES - 1) / 2)

/* "priority matters ratio times as much as other".  Kept oriented: the
 * preferred priority first and ratio ≥ 1; an equal answer (ratio 1) keeps
 * the order in which the two were named.  Build one with
 * juxta_interview_answer_from_step() to get this orientation for free. */
typedef struct
{
  guint priority;   /* deck index of the preferred priority */
  guint other;      /* deck index of the other one */
  guint ratio;      /* 1..9 */
} JuxtaInterviewAnswer;

/* A question: which matters more, a or b?  a < b (deck order). */
typedef struct
{
  guint a;
  guint b;
} JuxtaInterviewPair;

#define JUXTA_INTERVIEW_ERROR (juxta_interview_error_quark ())

typedef enum
{
  JUXTA_INTERVIEW_ERROR_MALFORMED,         /* not A>B:N, A<B:N or A=B */
  JUXTA_INTERVIEW_ERROR_UNKNOWN_PRIORITY,  /* a priority the deck does not have */
  JUXTA_INTERVIEW_ERROR_RATIO,             /* a ratio that is not a whole number 1..9 */
  JUXTA_INTERVIEW_ERROR_SAME_PRIORITY,     /* a priority compared with itself */
  JUXTA_INTERVIEW_ERROR_DUPLICATE,         /* the same pair answered twice */
  JUXTA_INTERVIEW_ERROR_UNCONNECTED,       /* a priority the answers do not connect */
} JuxtaInterviewError;

typedef struct
{
  guint    n_priorities;
  guint    n_answers;

  /* Whether the answered pairs connect every priority.  Without that there
   * are no weights, no inconsistency and no worst answer (everything below
   * is 0 / -1), and @unconnected names the first priority, in deck order,
   * that the answers do not connect to priority 0. */
  gboolean connected;
  int      unconnected;

  double   log_weights[JUXTA_MAX_PRIORITIES];    /* x, with Σ x = 0 */
  double   unrounded_weights[JUXTA_MAX_PRIORITIES];  /* 100 · exp (x − max x), unrounded */
  int      weights[JUXTA_MAX_PRIORITIES];        /* the same, rounded half away from zero */

  double   residuals[JUXTA_INTERVIEW_MAX_ANSWERS];  /* e per answer, in the order given */

  /* With m = n − 1 answers (a spanning tree: every answer is needed to
   * connect the priorities, so none can contradict another) the
   * inconsistency cannot be checked: @checked is FALSE, @inconsistency 0,
   * @acceptable TRUE and @worst -1.  This is always the case for n ≤ 2. */
  gboolean checked;
  double   inconsistency;     /* Σ e² / (m − n + 1), full precision */
  double   threshold;         /* juxta_interview_threshold (n) */
  gboolean acceptable;        /* inconsistency ≤ threshold */

  /* The answer with the largest |e| (index into the answers; the earliest
   * of equal ones), and what the answers as a whole imply for that pair in
   * the answer's own orientation: exp (x_priority − x_other).  It is below
   * 1 when the whole says the other way round. */
  int      worst;
  double   worst_implied;
} JuxtaInterviewResult;

/* How a set of answers stands to the weights on the sliders. */
typedef enum
{
  JUXTA_INTERVIEW_STATUS_NONE,        /* no answers */
  JUXTA_INTERVIEW_STATUS_INCOMPLETE,  /* they do not connect every priority yet: no weights */
  JUXTA_INTERVIEW_STATUS_APPLIED,     /* the weights are exactly the answers' weights */
  JUXTA_INTERVIEW_STATUS_OVERRIDDEN,  /* the answers give weights, but others were set since */
} JuxtaInterviewStatus;

/* The error domain of validation and parsing (JuxtaInterviewError). */
GQuark                juxta_interview_error_quark       (void);

/* Aguarón and Moreno-Jiménez's thresholds for the consistency index: 0.31
 * for n = 3, 0.35 for n = 4, 0.37 above.  For n ≤ 2 (one pair, which can
 * never be checked) it returns 0.31, the strictest, so the value is at
 * least defined. */
double                juxta_interview_threshold         (guint                       n_priorities);

/* Sets @answer from a question (a, b) and a position on the question's
 * scale: @step 1..8 means a over b by step + 1, -1..-8 means b over a by
 * 1 − step, 0 equal.  The result is oriented (see JuxtaInterviewAnswer). */
void                  juxta_interview_answer_from_step  (JuxtaInterviewAnswer       *answer,
                                                         guint                       a,
                                                         guint                       b,
                                                         int                         step);
/* The inverse: where @answer sits on the scale of the question (a, b), as
 * above; @answer must compare a and b (in either order). */
int                   juxta_interview_answer_get_step   (const JuxtaInterviewAnswer *answer,
                                                         guint                       a,
                                                         guint                       b);
/* The index of the answer comparing a and b (in either order), or -1. */
int                   juxta_interview_find_pair         (const JuxtaInterviewAnswer *answers,
                                                         guint                       n_answers,
                                                         guint                       a,
                                                         guint                       b);

/* Checks each answer: both priorities in the deck, a ratio 1..9, two
 * different priorities, no pair answered twice.  Does not check that the
 * answers connect every priority (see below): an interview in progress
 * does not yet. */
gboolean              juxta_interview_validate          (JuxtaDeck                  *deck,
                                                         const JuxtaInterviewAnswer *answers,
                                                         guint                       n_answers,
                                                         GError                    **error);
/* Checks that the answered pairs connect every priority of @deck; if not,
 * fails with JUXTA_INTERVIEW_ERROR_UNCONNECTED naming the first priority
 * (deck order) that is not connected to the deck's first one. */
gboolean              juxta_interview_check_connected   (JuxtaDeck                  *deck,
                                                         const JuxtaInterviewAnswer *answers,
                                                         guint                       n_answers,
                                                         GError                    **error);

/* How many more answers it takes to connect every priority: one less
 * than the groups the answers join them into (0 once connected). */
guint                 juxta_interview_count_missing     (guint                       n_priorities,
                                                         const JuxtaInterviewAnswer *answers,
                                                         guint                       n_answers);
/* How many answers no other route through the answers checks: each is
 * the only link between its two priorities, so that no other answer could
 * contradict it.  0: every answer is checked by another. */
guint                 juxta_interview_count_unchecked   (guint                       n_priorities,
                                                         const JuxtaInterviewAnswer *answers,
                                                         guint                       n_answers);

/* Parses the command line's answers, "speed>cost:5,control=governance,
 * risk<speed:3": A>B:N is A over B by N, A<B:N is B over A by N, A=B is
 * equal; ids are the deck's priority ids; spaces around the parts are
 * allowed.  Returns an array of JuxtaInterviewAnswer, oriented, in the
 * order given, and validated as by juxta_interview_validate(); or NULL and
 * an error naming the offending answer.  Connectivity is left to
 * juxta_interview_check_connected(). */
GArray               *juxta_interview_parse             (JuxtaDeck                  *deck,
                                                         const char                 *text,
                                                         GError                    **error);
/* The answers in the syntax juxta_interview_parse() reads, always as A>B:N
 * or A=B (parsing it gives the same answers back). */
char                 *juxta_interview_to_string         (JuxtaDeck                  *deck,
                                                         const JuxtaInterviewAnswer *answers,
                                                         guint                       n_answers);

/* Computes weights, inconsistency and the worst answer for valid answers
 * (see juxta_interview_validate(); invalid ones are a programming error)
 * over priorities 0..n_priorities − 1, overwriting all of @result.
 * Returns result->connected.  Costs a few microseconds at 32 priorities. */
gboolean              juxta_interview_result_compute    (JuxtaInterviewResult       *result,
                                                         guint                       n_priorities,
                                                         const JuxtaInterviewAnswer *answers,
                                                         guint                       n_answers);
/* The same, into a new result (free with juxta_interview_result_free()). */
JuxtaInterviewResult *juxta_interview_result_new        (guint                       n_priorities,
                                                         const JuxtaInterviewAnswer *answers,
                                                         guint                       n_answers);
void                  juxta_interview_result_free       (JuxtaInterviewResult       *result);

/* The question to ask next, given the answers so far and the questions
 * the customer skipped (neither is asked again).  While the answers do not
 * connect every priority, a question that connects one more (n − 1 of them
 * connect all, whatever was answered before); then the unanswered pair the
 * answers determine least well (see the .c file), until every pair is
 * answered.  Returns FALSE when there is nothing left to ask. */
gboolean              juxta_interview_next_question     (guint                       n_priorities,
                                                         const JuxtaInterviewAnswer *answers,
                                                         guint                       n_answers,
                                                         const JuxtaInterviewPair   *skipped,
                                                         guint                       n_skipped,
                                                         JuxtaInterviewPair         *next);

/* How @result's answers stand to @weights (one per priority, the sliders):
 * applied when they connect every priority and @weights are exactly
 * their rounded weights.  @result may be NULL (no answers). */
JuxtaInterviewStatus  juxta_interview_get_status        (const JuxtaInterviewResult *result,
                                                         const int                  *weights);

/* A priority as a question names it: its label, with its "question" text
 * when the deck gives one: "Speed (ship in weeks, not months)". */
char                 *juxta_interview_describe_priority (JuxtaDeck                  *deck,
                                                         guint                       priority);
/* The question on the pair (a, b), in one line: "Which matters more to
 * you: Speed (ship in weeks, not months) or Cost?" */
char                 *juxta_interview_describe_question (JuxtaDeck                  *deck,
                                                         guint                       a,
                                                         guint                       b);
/* The worst answer against what the answers as a whole imply: "You said
 * Speed matters 5× as much as Cost; your answers as a whole say about
 * 1.3×."  NULL when there is no worst answer (not checked). */
char                 *juxta_interview_describe_worst    (JuxtaDeck                  *deck,
                                                         const JuxtaInterviewAnswer *answers,
                                                         const JuxtaInterviewResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaInterviewResult, juxta_interview_result_free)

G_END_DECLS
