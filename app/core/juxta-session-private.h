/* juxta-session-private.h: what juxta-session.c and juxta-session-file.c share */
#pragma once

#include "juxta-session.h"

G_BEGIN_DECLS

/* Everything a scenario holds besides the deck: what a scenario file and
 * the saved state (GVariant) carry, keyed by the deck's ids.  New kinds of
 * scenario state (answers, stakeholders) become fields here, with a row
 * in each key table: state_keys[] in juxta-session.c (GVariant) and
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

void     juxta_session_state_init        (JuxtaSessionState  *state,
                                          JuxtaDeck          *deck);
void     juxta_session_state_clear       (JuxtaSessionState  *state);

/* A copy of @answers (NULL when empty). */
GArray  *_juxta_session_copy_answers     (GArray             *answers);
/* Sets @weights (one per priority of @deck) to @answers' weights when
 * they connect every priority; returns whether they do. */
gboolean _juxta_session_apply_answers_to (GArray             *answers,
                                          JuxtaDeck          *deck,
                                          int                *weights);
/* Restores what holds with stakeholders: no meeting answers, a selection
 * among them (or everyone), and the weights their consensus. */
void     _juxta_session_state_normalize  (JuxtaSessionState  *state,
                                          JuxtaDeck          *deck);

/* Recomputes the advice when @changed touches what it depends on, then
 * emits "changed" once. */
void     _juxta_session_emit_changed     (JuxtaSession       *self,
                                          JuxtaSessionChange  changed);

/* Replaces the whole session at once (one "changed", with every flag):
 * takes @deck and @state (whose fields it steals). */
void     _juxta_session_commit           (JuxtaSession       *self,
                                          JuxtaDeck          *deck,
                                          JuxtaSessionState  *state,
                                          const char         *file,
                                          gboolean            deck_changed);

G_END_DECLS
