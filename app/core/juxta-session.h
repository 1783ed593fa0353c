/* juxta-session.h: the deck and the scenario on screen, and the advice for them
 *
 * A session is the model every view shows: it owns the deck, the scenario
 * (weights, requirements, audience, hidden options), the chart's priority
 * and the scenario file they came from.  Each change recomputes the advice
 * and the talking points once (when they depend on it) and emits one
 * "changed" signal whose flags say what changed, so that a view can skip
 * what it does not show.  No GTK here: the command line uses it too.
 */
#pragma once

#include <gio/gio.h>

#include "juxta-advisor.h"
#include "juxta-consensus.h"
#include "juxta-deck.h"
#include "juxta-diagnostic.h"
#include "juxta-export.h"
#include "juxta-interview.h"

G_BEGIN_DECLS

/* What changed, in a "changed" emission.  New kinds of state take the
 * next free bit; views test the bits they care about, so adding one never
 * disturbs them. */
typedef enum /*< flags >*/
{
  JUXTA_SESSION_CHANGE_NONE         = 0,
  JUXTA_SESSION_CHANGE_DECK         = 1 << 0,   /* another deck, or a new version of it */
  JUXTA_SESSION_CHANGE_WEIGHTS      = 1 << 1,
  JUXTA_SESSION_CHANGE_REQUIREMENTS = 1 << 2,
  JUXTA_SESSION_CHANGE_AUDIENCE     = 1 << 3,
  JUXTA_SESSION_CHANGE_HIDDEN       = 1 << 4,   /* options hidden from the comparison */
  JUXTA_SESSION_CHANGE_CHART        = 1 << 5,   /* the chart's priority */
  JUXTA_SESSION_CHANGE_ADVICE       = 1 << 6,   /* the advice and talking points are new */
  JUXTA_SESSION_CHANGE_FILE         = 1 << 7,   /* the scenario file, its name or notes */
  JUXTA_SESSION_CHANGE_ANSWERS      = 1 << 8,   /* the interview's answers (and so its result) */
  /* the stakeholders: who they are, their names, weights and answers,
   * who is selected, and so the consensus */
  JUXTA_SESSION_CHANGE_STAKEHOLDERS = 1 << 9,
} JuxtaSessionChange;

/* Every flag, for a view that shows a session for the first time. */
#define JUXTA_SESSION_CHANGE_ALL ((JuxtaSessionChange) 0xffffffffu)

#define JUXTA_TYPE_SESSION_CHANGE (juxta_session_change_get_type ())
GType juxta_session_change_get_type (void) G_GNUC_CONST;

#define JUXTA_TYPE_SESSION (juxta_session_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaSession, juxta_session, JUXTA, SESSION, GObject)

/* Scenario files are small; anything larger is refused unread. */
#define JUXTA_SCENARIO_MAX_FILE_SIZE (1024 * 1024)

#define JUXTA_SCENARIO_FORMAT         "juxta-scenario"
#define JUXTA_SCENARIO_FORMAT_VERSION 1

#define JUXTA_SESSION_ERROR (juxta_session_error_quark ())

typedef enum
{
  JUXTA_SESSION_ERROR_INVALID,     /* the scenario file breaks the format: see the diagnostics */
  JUXTA_SESSION_ERROR_UNREADABLE,  /* the file could not be read at all */
  JUXTA_SESSION_ERROR_NO_DECK,     /* its deck was not found, or is not a valid deck */
  JUXTA_SESSION_ERROR_CONSENSUS,   /* the weights are the stakeholders' consensus: select a person */
  JUXTA_SESSION_ERROR_LIMIT,       /* JUXTA_MAX_STAKEHOLDERS people already */
} JuxtaSessionError;

GQuark juxta_session_error_quark (void);

typedef enum
{
  JUXTA_FILE_UNKNOWN,    /* unreadable, not JSON, or no known "format" */
  JUXTA_FILE_DECK,
  JUXTA_FILE_SCENARIO,
} JuxtaFileKind;

JuxtaSession        *juxta_session_new                 (void);

/* How a view follows a session: *@followed becomes @session (a reference
 * is kept), @follower's "changed" handler @changed moves from the old
 * session to the new one and is called once with
 * JUXTA_SESSION_CHANGE_ALL, to show it.  FALSE, nothing done, when
 * *@followed is @session already.  unfollow lets go (in dispose). */
gboolean             juxta_session_follow              (JuxtaSession      **followed,
                                                        JuxtaSession       *session,
                                                        gpointer            follower,
                                                        GCallback           changed);
void                 juxta_session_unfollow            (JuxtaSession      **followed,
                                                        gpointer            follower);

JuxtaDeck           *juxta_session_get_deck            (JuxtaSession        *self);
const JuxtaScenario *juxta_session_get_scenario        (JuxtaSession        *self);
const JuxtaAdvice   *juxta_session_get_advice          (JuxtaSession        *self);
GPtrArray           *juxta_session_get_talking_points  (JuxtaSession        *self);
guint64              juxta_session_get_hidden          (JuxtaSession        *self);
gboolean             juxta_session_is_hidden           (JuxtaSession        *self,
                                                        guint                option);
guint                juxta_session_get_chart_priority  (JuxtaSession        *self);
const char          *juxta_session_get_file            (JuxtaSession        *self);
char                *juxta_session_dup_name            (JuxtaSession        *self);
const char          *juxta_session_get_notes           (JuxtaSession        *self);
gboolean             juxta_session_get_deck_changed    (JuxtaSession        *self);

void                 juxta_session_set_deck            (JuxtaSession        *self,
                                                        JuxtaDeck           *deck,
                                                        GVariant            *state);
void                 juxta_session_replace_deck        (JuxtaSession        *self,
                                                        JuxtaDeck           *deck);
gboolean             juxta_session_set_weight          (JuxtaSession        *self,
                                                        guint                priority,
                                                        int                  weight);
void                 juxta_session_set_requirement     (JuxtaSession        *self,
                                                        guint                requirement,
                                                        gboolean             active);
void                 juxta_session_set_audience        (JuxtaSession        *self,
                                                        guint                audience);
void                 juxta_session_apply_preset        (JuxtaSession        *self,
                                                        guint                preset);
void                 juxta_session_reset               (JuxtaSession        *self);
void                 juxta_session_hide_option         (JuxtaSession        *self,
                                                        guint                option,
                                                        gboolean             hidden);
void                 juxta_session_set_chart_priority  (JuxtaSession        *self,
                                                        guint                priority);
void                 juxta_session_set_notes           (JuxtaSession        *self,
                                                        const char          *notes);

/* The customer's answers to the interview's trade-off questions, kept
 * with the scenario.  With stakeholders, the interview is run per person:
 * these are the selected person's own answers, which set their sliders;
 * while everyone is selected there are none, and answering fails with
 * JUXTA_SESSION_ERROR_CONSENSUS.  Answering (set, add or replace, remove)
 * sets every slider (juxta_session_get_slider_weights()) to the answers'
 * weights as soon as the answers connect every priority, in the same
 * "changed" (ANSWERS | WEIGHTS | ADVICE, and STAKEHOLDERS for a person);
 * before that the sliders stay where they are.  Moving a slider by hand
 * (or a preset, or Reset) keeps the answers: the status becomes
 * OVERRIDDEN, and juxta_session_apply_answers() puts the answers' weights
 * back.  The status depends on the sliders too: a view that shows it
 * listens to ANSWERS, WEIGHTS and STAKEHOLDERS. */
const JuxtaInterviewAnswer *juxta_session_get_answers          (JuxtaSession                *self,
                                                                guint                       *n_answers);
const JuxtaInterviewResult *juxta_session_get_interview        (JuxtaSession                *self);
JuxtaInterviewStatus        juxta_session_get_interview_status (JuxtaSession                *self);
gboolean                    juxta_session_set_answers          (JuxtaSession                *self,
                                                                const JuxtaInterviewAnswer  *answers,
                                                                guint                        n_answers,
                                                                GError                     **error);
gboolean                    juxta_session_set_answer           (JuxtaSession                *self,
                                                                const JuxtaInterviewAnswer  *answer,
                                                                GError                     **error);
gboolean                    juxta_session_remove_answer        (JuxtaSession                *self,
                                                                guint                        a,
                                                                guint                        b);
void                        juxta_session_clear_answers        (JuxtaSession                *self);
gboolean                    juxta_session_apply_answers        (JuxtaSession                *self);
JuxtaExportInterview       *juxta_session_dup_export_interview (JuxtaSession                *self);

/* Stakeholders: several people's priorities in one meeting (see
 * juxta-consensus.h).  Without any, nothing changes.  With some, the
 * scenario's weights (juxta_session_get_scenario()) are always their
 * consensus, so the advice, the talking points (with a line on who gives
 * up most), the chart and the exports show the consensus; requirements
 * and audience belong to the meeting and apply to everyone.
 *
 * One person, or everyone (-1), is selected.  The sliders show
 * juxta_session_get_slider_weights(): the selected person's weights, or
 * the consensus's.  juxta_session_set_weight(), a preset and Reset change
 * the selected person's weights, and the consensus follows; while
 * everyone is selected the consensus is read-only
 * (juxta_session_get_weights_editable() is FALSE) and they change
 * nothing.
 *
 * Adding a person selects them; they start with the consensus's weights
 * (without stakeholders yet: the sliders as they are, and the meeting's
 * answers), so that adding someone changes no recommendation until their
 * sliders move.  Removing the last person gives the sliders and the
 * answers back to the meeting: add then remove is no change.
 *
 * Each change is one "changed" with STAKEHOLDERS (and WEIGHTS when the
 * consensus weights moved, ADVICE always).  The consensus is computed once
 * per change, with the advice: it is new whenever ADVICE is set (a
 * requirement switched on changes everyone's ranking), so a view of it
 * listens to ADVICE, and to STAKEHOLDERS for names and the selection;
 * the sliders listen to WEIGHTS and STAKEHOLDERS.  Names are checked
 * with juxta_stakeholder_check_name() and must differ (as
 * juxta_stakeholder_names_equal() compares them); errors are
 * JUXTA_CONSENSUS_ERROR, or JUXTA_SESSION_ERROR_LIMIT past
 * JUXTA_MAX_STAKEHOLDERS people.  Each person's regret in words:
 * juxta_describe_regret() (juxta-talking-points.h). */
guint                    juxta_session_get_n_stakeholders         (JuxtaSession             *self);
/* The people, in order; NULL when there are none. */
JuxtaStakeholder *const *juxta_session_get_stakeholders           (JuxtaSession             *self,
                                                                   guint                    *n_stakeholders);
const JuxtaStakeholder  *juxta_session_get_stakeholder            (JuxtaSession             *self,
                                                                   guint                     index);
int                      juxta_session_find_stakeholder           (JuxtaSession             *self,
                                                                   const char               *name);
/* Their consensus and each person's outcome (ranking, leader, regret),
 * and the disagreement; NULL without stakeholders. */
const JuxtaConsensus    *juxta_session_get_consensus              (JuxtaSession             *self);
/* Adds @name (surrounding spaces dropped) and selects them; returns their
 * index, or -1 and an error. */
int                      juxta_session_add_stakeholder            (JuxtaSession             *self,
                                                                   const char               *name,
                                                                   GError                  **error);
/* Puts a copy of @stakeholder (their name, weights and answers) at
 * @index (at most the number of people), as undoing their removal does:
 * the others stay as they are now.  With @select they are selected;
 * else the selection stays with whoever it is.  FALSE and an error, with
 * no change, when the name is not valid or someone has it, or the
 * meeting is full. */
gboolean                 juxta_session_insert_stakeholder         (JuxtaSession             *self,
                                                                   guint                     index,
                                                                   const JuxtaStakeholder   *stakeholder,
                                                                   gboolean                  select,
                                                                   GError                  **error);
gboolean                 juxta_session_rename_stakeholder         (JuxtaSession             *self,
                                                                   guint                     index,
                                                                   const char               *name,
                                                                   GError                  **error);
/* Selection moves with the people left; removing the selected person
 * selects everyone. */
gboolean                 juxta_session_remove_stakeholder         (JuxtaSession             *self,
                                                                   guint                     index);
/* One person's slider, whoever is selected; clamped to 0..100. */
gboolean                 juxta_session_set_stakeholder_weight     (JuxtaSession             *self,
                                                                   guint                     index,
                                                                   guint                     priority,
                                                                   int                       weight);
/* Replaces every person with copies of @stakeholders (n 0: none; the
 * sliders keep the consensus's weights) and selects everyone; the
 * meeting's answers are dropped.  On an error nothing changes. */
gboolean                 juxta_session_set_stakeholders           (JuxtaSession             *self,
                                                                   JuxtaStakeholder *const  *stakeholders,
                                                                   guint                     n_stakeholders,
                                                                   GError                  **error);
/* -1: everyone (the consensus). */
int                      juxta_session_get_selected_stakeholder   (JuxtaSession             *self);
void                     juxta_session_select_stakeholder         (JuxtaSession             *self,
                                                                   int                       index);
/* What the sliders show: the selected person's weights, or the
 * scenario's (the consensus's, with stakeholders); one per priority. */
const int               *juxta_session_get_slider_weights         (JuxtaSession             *self);
/* Whether a slider move changes anything: FALSE with stakeholders while
 * everyone is selected (and without a deck). */
gboolean                 juxta_session_get_weights_editable       (JuxtaSession             *self);

GVariant            *juxta_session_save_state          (JuxtaSession        *self);
void                 juxta_session_restore_state       (JuxtaSession        *self,
                                                        GVariant            *state);
/* The sliders alone, for the interview's Cancel: the weights, the
 * answers, each person's weights and answers, and who is selected.
 * Restoring them leaves the rest of the scenario as it is now. */
GVariant            *juxta_session_save_sliders        (JuxtaSession        *self);
void                 juxta_session_restore_sliders     (JuxtaSession        *self,
                                                        GVariant            *sliders);

gboolean             juxta_session_save_to_file        (JuxtaSession        *self,
                                                        const char          *path,
                                                        GError             **error);
gboolean             juxta_session_load_file           (JuxtaSession        *self,
                                                        const char          *path,
                                                        const char *const   *recent,
                                                        GPtrArray          **diagnostics,
                                                        GError             **error);

JuxtaFileKind        juxta_file_kind_of                (const char          *path);
char                *juxta_file_checksum               (const char          *path,
                                                        GError             **error);

G_END_DECLS
