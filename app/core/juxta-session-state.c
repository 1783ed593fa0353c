/* juxta-session-state.c: what a scenario holds besides the deck
 * (JuxtaSessionState): copying it, keeping it consistent, and what differs
 * between two */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include <string.h>

#include "juxta-session-private.h"

void
juxta_session_state_init (JuxtaSessionState *state,
                          JuxtaDeck         *deck)
{
  memset (state, 0, sizeof *state);
  juxta_scenario_init_defaults (&state->scenario, deck);
  state->selected = -1;
}

void
juxta_session_state_clear (JuxtaSessionState *state)
{
  g_clear_pointer (&state->notes, g_free);
  g_clear_pointer (&state->answers, g_array_unref);
  g_clear_pointer (&state->stakeholders, g_ptr_array_unref);
}

GArray *
_juxta_session_copy_answers (GArray *answers)
{
  GArray *copy;

  if (answers == NULL || answers->len == 0)
    return NULL;
  copy = g_array_sized_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer), answers->len);
  g_array_append_vals (copy, answers->data, answers->len);
  return copy;
}

static gpointer
copy_stakeholder (gconstpointer stakeholder,
                  gpointer      user_data)
{
  return juxta_stakeholder_copy (stakeholder);
}

static GPtrArray *
copy_stakeholders (GPtrArray *stakeholders)
{
  if (stakeholders == NULL || stakeholders->len == 0)
    return NULL;
  return g_ptr_array_copy (stakeholders, copy_stakeholder, NULL);
}

GPtrArray *
_juxta_session_new_stakeholders (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);
}

/* @dest becomes a copy of @src that owns its own pointers. */
void
_juxta_session_state_copy (JuxtaSessionState       *dest,
                           const JuxtaSessionState *src)
{
  *dest = *src;
  dest->notes = g_strdup (src->notes);
  dest->answers = _juxta_session_copy_answers (src->answers);
  dest->stakeholders = copy_stakeholders (src->stakeholders);
}

gboolean
_juxta_session_apply_answers_to (GArray    *answers,
                                 JuxtaDeck *deck,
                                 int       *weights)
{
  g_autoptr(JuxtaInterviewResult) result = NULL;
  guint n = juxta_deck_get_n_priorities (deck);

  if (answers == NULL)
    return FALSE;
  result = juxta_interview_result_new (n, (const JuxtaInterviewAnswer *) (gpointer) answers->data, answers->len);
  if (!result->connected)
    return FALSE;
  memcpy (weights, result->weights, n * sizeof (int));
  return TRUE;
}

void
_juxta_session_state_normalize (JuxtaSessionState *state,
                                JuxtaDeck         *deck)
{
  if (state->stakeholders != NULL && state->stakeholders->len == 0)
    g_clear_pointer (&state->stakeholders, g_ptr_array_unref);
  if (state->stakeholders == NULL)
    {
      state->selected = -1;
      return;
    }
  g_clear_pointer (&state->answers, g_array_unref);
  if (state->selected >= (int) state->stakeholders->len || state->selected < -1)
    state->selected = -1;
  memset (state->scenario.weights, 0, sizeof state->scenario.weights);
  juxta_consensus_compute_weights (deck, (JuxtaStakeholder *const *) state->stakeholders->pdata,
                                   state->stakeholders->len, state->scenario.weights, NULL);
}

JuxtaStakeholder *
_juxta_session_state_get_selected (const JuxtaSessionState *state)
{
  if (state->stakeholders == NULL || state->selected < 0)
    return NULL;
  return g_ptr_array_index (state->stakeholders, (guint) state->selected);
}

/* Where the sliders' answers live: the selected person's, the meeting's
 * without stakeholders, or nowhere (everyone selected: NULL). */
GArray **
_juxta_session_state_answers_slot (JuxtaSessionState *state)
{
  JuxtaStakeholder *person = _juxta_session_state_get_selected (state);

  if (person != NULL)
    return &person->answers;
  return state->stakeholders == NULL ? &state->answers : NULL;
}

GArray *
_juxta_session_state_get_answers (const JuxtaSessionState *state)
{
  GArray **slot = _juxta_session_state_answers_slot ((JuxtaSessionState *) state);

  return slot != NULL ? *slot : NULL;
}

/* The weights the sliders set; NULL while everyone is selected. */
int *
_juxta_session_state_slider_weights (JuxtaSessionState *state)
{
  JuxtaStakeholder *person = _juxta_session_state_get_selected (state);

  if (person != NULL)
    return person->weights;
  return state->stakeholders == NULL ? state->scenario.weights : NULL;
}

/* ----------------------------------------------------------- changes */

static gboolean
answers_equal (GArray *a,
               GArray *b)
{
  guint n_a = a != NULL ? a->len : 0, n_b = b != NULL ? b->len : 0;

  return n_a == n_b && (n_a == 0 || memcmp (a->data, b->data, n_a * sizeof (JuxtaInterviewAnswer)) == 0);
}

static gboolean
stakeholder_equal (const JuxtaStakeholder *a,
                   const JuxtaStakeholder *b)
{
  return g_str_equal (a->name, b->name) && memcmp (a->weights, b->weights, sizeof a->weights) == 0 &&
         answers_equal (a->answers, b->answers);
}

static gboolean
stakeholders_equal (GPtrArray *a,
                    GPtrArray *b)
{
  guint n_a = a != NULL ? a->len : 0, n_b = b != NULL ? b->len : 0;

  if (n_a != n_b)
    return FALSE;
  for (guint k = 0; k < n_a; k++)
    if (!stakeholder_equal (g_ptr_array_index (a, k), g_ptr_array_index (b, k)))
      return FALSE;
  return TRUE;
}

/* Whose answers the interview shows: -2 the meeting's, -1 nobody's
 * (everyone selected), or a person's. */
static int
answers_owner (const JuxtaSessionState *state)
{
  return state->stakeholders == NULL ? -2 : state->selected;
}

JuxtaSessionChange
_juxta_session_state_compare (const JuxtaSessionState *a,
                              const JuxtaSessionState *b)
{
  JuxtaSessionChange changed = JUXTA_SESSION_CHANGE_NONE;

  if (memcmp (a->scenario.weights, b->scenario.weights, sizeof a->scenario.weights) != 0)
    changed |= JUXTA_SESSION_CHANGE_WEIGHTS;
  if (a->scenario.requirements != b->scenario.requirements)
    changed |= JUXTA_SESSION_CHANGE_REQUIREMENTS;
  if (a->scenario.audience != b->scenario.audience)
    changed |= JUXTA_SESSION_CHANGE_AUDIENCE;
  if (a->hidden != b->hidden)
    changed |= JUXTA_SESSION_CHANGE_HIDDEN;
  if (g_strcmp0 (a->notes, b->notes) != 0)
    changed |= JUXTA_SESSION_CHANGE_FILE;
  if (!answers_equal (_juxta_session_state_get_answers (a), _juxta_session_state_get_answers (b)) ||
      answers_owner (a) != answers_owner (b))
    changed |= JUXTA_SESSION_CHANGE_ANSWERS;
  if (!stakeholders_equal (a->stakeholders, b->stakeholders) || a->selected != b->selected)
    changed |= JUXTA_SESSION_CHANGE_STAKEHOLDERS;
  return changed;
}
