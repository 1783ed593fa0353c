/* juxta-session-private.h: what the session's files share
 *
 * The session is one class in several files:
 *   juxta-session.c               the object, its changes, the scenario's setters
 *   juxta-session-state.c         JuxtaSessionState: copying, comparing, whose sliders
 *   juxta-session-variant.c       the saved state (a GVariant keyed by ids)
 *   juxta-session-interview.c     the customer's answers to trade-off questions
 *   juxta-session-stakeholders.c  several people's priorities, and their consensus
 *   juxta-session-file.c          scenario files
 */
#pragma once

#include "juxta-session.h"

G_BEGIN_DECLS

/* Everything a scenario holds besides the deck: what a scenario file and
 * the saved state (GVariant) carry, keyed by the deck's ids.  New kinds of
 * scenario state (answers, stakeholders) become fields here, with a row
 * in each key table: state_keys[] in juxta-session-variant.c (GVariant) and
 * file_keys[] in juxta-session-file.c (JSON). */
typedef struct
{
  /* weights (with stakeholders: always their consensus), requirements,
   * audience */
  JuxtaScenario  scenario;
  guint64        hidden;        /* bit o: option o is hidden from the comparison */
  char          *notes;         /* nullable */
  /* The meeting's answers (JuxtaInterviewAnswer, valid and oriented);
   * NULL: none, and always NULL with stakeholders, whose answers are
   * their own (JuxtaStakeholder.answers). */
  GArray        *answers;
  /* JuxtaStakeholder *, owned, names checked and distinct; NULL: none
   * (never empty). */
  GPtrArray     *stakeholders;
  int            selected;      /* the selected stakeholder, or -1: everyone */
} JuxtaSessionState;

struct _JuxtaSession
{
  GObject            parent_instance;

  JuxtaDeck         *deck;
  JuxtaSessionState  state;
  guint              chart_priority;
  JuxtaAdvice        advice;
  GPtrArray         *points;          /* char *, the composed talking points */

  char              *file;            /* the scenario file, or NULL */
  gboolean           deck_changed;    /* its deck is not the one it was saved with */

  JuxtaInterviewResult interview;     /* of the current answers, for the deck's priorities */
  JuxtaConsensus      *consensus;     /* of state.stakeholders; NULL without them */
};

/* ------------------------------------------------ juxta-session-state.c */

void                juxta_session_state_init            (JuxtaSessionState       *state,
                                                         JuxtaDeck               *deck);
void                juxta_session_state_clear           (JuxtaSessionState       *state);
/* @dest becomes a copy of @src that owns its own pointers. */
void                _juxta_session_state_copy           (JuxtaSessionState       *dest,
                                                         const JuxtaSessionState *src);
/* Restores what holds with stakeholders: no meeting answers, a selection
 * among them (or everyone), and the weights their consensus. */
void                _juxta_session_state_normalize      (JuxtaSessionState       *state,
                                                         JuxtaDeck               *deck);
/* The selected person; NULL while everyone is selected, or without people. */
JuxtaStakeholder   *_juxta_session_state_get_selected   (const JuxtaSessionState *state);
/* Where the sliders' answers live: the selected person's, the meeting's
 * without stakeholders, or nowhere (everyone selected: NULL). */
GArray            **_juxta_session_state_answers_slot   (JuxtaSessionState       *state);
GArray             *_juxta_session_state_get_answers    (const JuxtaSessionState *state);
/* The weights the sliders set; NULL while everyone is selected. */
int                *_juxta_session_state_slider_weights (JuxtaSessionState       *state);
/* What differs from @a to @b, as "changed" flags (never DECK or ADVICE). */
JuxtaSessionChange  _juxta_session_state_compare        (const JuxtaSessionState *a,
                                                         const JuxtaSessionState *b);

/* A copy of @answers (NULL when empty). */
GArray             *_juxta_session_copy_answers         (GArray                  *answers);
/* Sets @weights (one per priority of @deck) to @answers' weights when
 * they connect every priority; returns whether they do. */
gboolean            _juxta_session_apply_answers_to     (GArray                  *answers,
                                                         JuxtaDeck               *deck,
                                                         int                     *weights);
/* An empty array of JuxtaStakeholder * that frees them. */
GPtrArray          *_juxta_session_new_stakeholders     (void);

/* ---------------------------------------------- juxta-session-variant.c */

GVariant           *_juxta_session_state_to_variant     (const JuxtaSessionState *state,
                                                         JuxtaDeck               *deck);
/* What @variant (nullable, a{sv}) says, wherever the deck has its ids. */
void                _juxta_session_state_apply_variant  (JuxtaSessionState       *state,
                                                         JuxtaDeck               *deck,
                                                         GVariant                *variant);

/* The sliders alone (juxta_session_save_sliders ()): the weights, the
 * answers, each person's weights and answers, and the selection. */
GVariant           *_juxta_session_state_sliders_to_variant (const JuxtaSessionState *state,
                                                             JuxtaDeck               *deck);
void                _juxta_session_state_apply_sliders      (JuxtaSessionState       *state,
                                                             JuxtaDeck               *deck,
                                                             GVariant                *variant);

/* ------------------------------------------------------ juxta-session.c */

/* Recomputes the advice when @changed touches what it depends on, then
 * emits "changed" once. */
void                _juxta_session_emit_changed         (JuxtaSession            *self,
                                                         JuxtaSessionChange       changed);
/* Replaces the state with @state (stolen) and says what that changed. */
void                _juxta_session_take_state           (JuxtaSession            *self,
                                                         JuxtaSessionState       *state);
/* The sliders become @weights (one per priority): the selected person's
 * (and the consensus follows), or the scenario's without stakeholders;
 * FALSE, and no change, while everyone is selected. */
gboolean            _juxta_session_set_slider_weights   (JuxtaSession            *self,
                                                         const int               *weights);
/* Replaces the whole session at once (one "changed", with every flag):
 * takes @deck and @state (whose fields it steals). */
void                _juxta_session_commit               (JuxtaSession            *self,
                                                         JuxtaDeck               *deck,
                                                         JuxtaSessionState       *state,
                                                         const char              *file,
                                                         gboolean                 deck_changed);

G_END_DECLS
