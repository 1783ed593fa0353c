/* juxta-consensus.h: several people's priorities, their consensus, and who gives up what
 *
 * A stakeholder is a name and a set of weights.  The consensus weights are
 * the mean of everyone's weights normalised to sum to 1 (people whose
 * weights are all 0 are left out), scaled so that the largest is 100 and
 * rounded half away from zero.  The consensus is then a scenario like any
 * other, with the meeting's requirements and audience, and the advice
 * engine ranks it.  Each person's regret is their own leader's score minus
 * the consensus leader's score, both under their own weights: what they
 * give up under the consensus.
 *
 * Plain values in, plain results out; nothing here keeps state.
 */
#pragma once

#include "juxta-advisor.h"
#include "juxta-deck.h"

G_BEGIN_DECLS

typedef struct
{
  char   *name;                           /* UTF-8, not empty; owned */
  int     weights[JUXTA_MAX_PRIORITIES];  /* 0..100 per deck priority */
  /* Nullable, owned: the person's own answers to the priority interview
   * (JuxtaInterviewAnswer, valid and oriented), kept beside their weights
   * by the session and scenario files.  The consensus never reads them:
   * the weights are what counts. */
  GArray *answers;
} JuxtaStakeholder;

/* The most people one meeting holds (the session, scenario files and the
 * command line refuse more): each costs an advice computation per change. */
#define JUXTA_MAX_STAKEHOLDERS 64

/* The longest name of a person, in characters (without the spaces around
 * it): more than a name and a role, and still one line in the chips and
 * the table of who prefers what. */
#define JUXTA_STAKEHOLDER_MAX_NAME_LENGTH 100

#define JUXTA_CONSENSUS_ERROR (juxta_consensus_error_quark ())

typedef enum
{
  JUXTA_CONSENSUS_ERROR_MISSING_COLON,       /* no colon after the name */
  JUXTA_CONSENSUS_ERROR_MISSING_NAME,        /* nothing before the colon */
  JUXTA_CONSENSUS_ERROR_MALFORMED,           /* not PRIORITY=WEIGHT, not UTF-8, or a name of several lines */
  JUXTA_CONSENSUS_ERROR_UNKNOWN_PRIORITY,    /* a priority the deck does not have */
  JUXTA_CONSENSUS_ERROR_WEIGHT,              /* not a whole number 0..100 */
  JUXTA_CONSENSUS_ERROR_DUPLICATE_PRIORITY,  /* one priority given twice for one person */
  JUXTA_CONSENSUS_ERROR_DUPLICATE_NAME,      /* two people with the same name */
  JUXTA_CONSENSUS_ERROR_NAME_TOO_LONG,       /* more than JUXTA_STAKEHOLDER_MAX_NAME_LENGTH characters */
} JuxtaConsensusError;

/* What the consensus means for one person. */
typedef struct
{
  /* FALSE when every weight of theirs is 0: they are left out of the
   * consensus (say so), have no ranking, no leader and no regret. */
  gboolean     counted;
  /* Their own ranking, scores, verdict… under their own weights and the
   * meeting's requirements: the advice engine's result, owned. */
  JuxtaAdvice *advice;
  int          leader;           /* their leader (option index), or -1 */
  /* Under their weights: their leader's score and the consensus leader's
   * (both 0 when either has no leader). */
  double       leader_score;
  double       consensus_score;
  /* leader_score − consensus_score, full precision: 0 when they agree
   * with the consensus (or exactly tie with its leader), positive
   * otherwise; computed from the engine's exact integer sums, so an exact
   * tie is exactly 0. */
  double       regret;
} JuxtaStakeholderOutcome;

typedef struct
{
  /* The consensus as a scenario: the consensus weights (all 0 when nobody
   * counts), the meeting's requirements and audience. */
  JuxtaScenario            scenario;
  /* The mean of the normalised weights, unrounded; sums to 1 (all 0 when
   * nobody counts). */
  double                   shares[JUXTA_MAX_PRIORITIES];
  JuxtaAdvice             *advice;             /* the consensus's advice, owned */
  guint                    n_priorities;
  guint                    n_stakeholders;
  JuxtaStakeholderOutcome *outcomes;           /* one per stakeholder, in the order given */
  guint                    n_counted;          /* n_stakeholders minus those left out */
  /* The largest regret and who carries it (the first of equal ones);
   * -1 and 0 when nobody gives anything up. */
  int                      disagreement;
  double                   disagreement_regret;
} JuxtaConsensus;

/* The error domain of parsing and name checks (JuxtaConsensusError). */
GQuark            juxta_consensus_error_quark      (void);

/* A stakeholder called @name with the deck's default weights. */
JuxtaStakeholder *juxta_stakeholder_new            (JuxtaDeck               *deck,
                                                    const char              *name);
/* A deep copy (the name and the answers too). */
JuxtaStakeholder *juxta_stakeholder_copy           (const JuxtaStakeholder  *stakeholder);
void              juxta_stakeholder_free           (JuxtaStakeholder        *stakeholder);
/* Replaces the name with a copy of @name (the caller checks that it is
 * not empty and not another person's: juxta_stakeholders_find()). */
void              juxta_stakeholder_set_name       (JuxtaStakeholder        *stakeholder,
                                                    const char              *name);

/* Whether @name can name a stakeholder: not empty once surrounding
 * spaces are dropped, one line without control characters, and at most
 * JUXTA_STAKEHOLDER_MAX_NAME_LENGTH characters.  Fails with
 * JUXTA_CONSENSUS_ERROR_MISSING_NAME, _MALFORMED or _NAME_TOO_LONG. */
gboolean          juxta_stakeholder_check_name     (const char              *name,
                                                    GError                 **error);
/* Whether two names name the same person: equal once surrounding spaces
 * are dropped, ignoring case and Unicode normalisation. */
gboolean          juxta_stakeholder_names_equal    (const char              *a,
                                                    const char              *b);

/* Parses the command line's "NAME:K=V,K=V": the name is everything before
 * the first colon (it may hold spaces; surrounding spaces are dropped),
 * then priority ids with whole weights 0..100; priorities not given keep
 * the deck's defaults, and "NAME:" alone gives all defaults.  Returns NULL
 * and an error naming the problem for a missing colon or name, a pair
 * that is not K=V, an unknown priority, a weight outside 0..100, or a
 * priority given twice. */
JuxtaStakeholder *juxta_stakeholder_parse          (JuxtaDeck               *deck,
                                                    const char              *spec,
                                                    GError                 **error);

/* The index of the stakeholder whose name equals @name, ignoring case
 * (and Unicode normalisation), or -1. */
int               juxta_stakeholders_find          (JuxtaStakeholder *const *stakeholders,
                                                    guint                    n_stakeholders,
                                                    const char              *name);
/* Fails with JUXTA_CONSENSUS_ERROR_DUPLICATE_NAME when two stakeholders
 * share a name (as juxta_stakeholders_find() compares them). */
gboolean          juxta_stakeholders_check_names   (JuxtaStakeholder *const *stakeholders,
                                                    guint                    n_stakeholders,
                                                    GError                 **error);

/* The consensus weights alone: fills @weights (n priorities, 0..100) and,
 * if not NULL, @shares (unrounded, summing to 1), and returns how many
 * people count (all of @weights 0 when none does).  The result does not
 * depend on the order of the stakeholders, and scaling one person's
 * weights by any factor does not change it. */
guint             juxta_consensus_compute_weights  (JuxtaDeck               *deck,
                                                    JuxtaStakeholder *const *stakeholders,
                                                    guint                    n_stakeholders,
                                                    int                     *weights,
                                                    double                  *shares);

/* The consensus and every person's outcome.  @meeting gives the
 * requirements and audience that apply to everyone (its weights are not
 * used).  Costs one advice computation per person plus one. */
JuxtaConsensus   *juxta_consensus_new              (JuxtaDeck               *deck,
                                                    const JuxtaScenario     *meeting,
                                                    JuxtaStakeholder *const *stakeholders,
                                                    guint                    n_stakeholders);
/* Frees the consensus, its advice and every outcome's advice. */
void              juxta_consensus_free             (JuxtaConsensus          *consensus);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaStakeholder, juxta_stakeholder_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaConsensus, juxta_consensus_free)

G_END_DECLS
