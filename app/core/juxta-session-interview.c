/* juxta-session-interview.c: the customer's answers to the interview's
 * trade-off questions, and the sliders they set */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-session-private.h"

/* Answering needs someone to answer for: with stakeholders, a person. */
static gboolean
check_can_answer (JuxtaSession  *self,
                  GError       **error)
{
  if (_juxta_session_state_answers_slot (&self->state) != NULL)
    return TRUE;
  g_set_error_literal (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_CONSENSUS,
                       _("the weights are the stakeholders' consensus: select a person to answer for"));
  return FALSE;
}

/* The answers become @answers (taken; NULL: none) and, when they connect
 * every priority, the sliders theirs: one "changed". */
static void
take_answers (JuxtaSession *self,
              GArray       *answers)
{
  JuxtaSessionState new_state;
  GArray **slot;

  if (answers != NULL && answers->len == 0)
    g_clear_pointer (&answers, g_array_unref);
  _juxta_session_state_copy (&new_state, &self->state);
  slot = _juxta_session_state_answers_slot (&new_state);
  g_assert (slot != NULL);
  g_clear_pointer (slot, g_array_unref);
  *slot = answers;
  _juxta_session_apply_answers_to (answers, self->deck,
                                   _juxta_session_state_slider_weights (&new_state));
  _juxta_session_take_state (self, &new_state);
}

/* The answers so far, in the order given (NULL when there are none). */
const JuxtaInterviewAnswer *
juxta_session_get_answers (JuxtaSession *self,
                           guint        *n_answers)
{
  GArray *answers;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  answers = _juxta_session_state_get_answers (&self->state);
  if (n_answers != NULL)
    *n_answers = answers != NULL ? answers->len : 0;
  return answers != NULL ? (const JuxtaInterviewAnswer *) (gpointer) answers->data : NULL;
}

/* What the answers give: weights, inconsistency, the worst answer (see
 * juxta-interview.h); NULL without answers.  Valid until the next
 * "changed" with DECK or ANSWERS. */
const JuxtaInterviewResult *
juxta_session_get_interview (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  if (self->deck == NULL || _juxta_session_state_get_answers (&self->state) == NULL)
    return NULL;
  return &self->interview;
}

/* Whether the sliders are the answers' weights (APPLIED), were moved
 * since (OVERRIDDEN), or the answers do not connect every priority yet. */
JuxtaInterviewStatus
juxta_session_get_interview_status (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), JUXTA_INTERVIEW_STATUS_NONE);

  return juxta_interview_get_status (juxta_session_get_interview (self), juxta_session_get_slider_weights (self));
}

/* Replaces every answer (NULL or none: clears them), checked as by
 * juxta_interview_validate (); on an error nothing changes. */
gboolean
juxta_session_set_answers (JuxtaSession                *self,
                           const JuxtaInterviewAnswer  *answers,
                           guint                        n_answers,
                           GError                     **error)
{
  GArray *copy;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->deck != NULL, FALSE);
  g_return_val_if_fail (answers != NULL || n_answers == 0, FALSE);

  if (!check_can_answer (self, error) || !juxta_interview_validate (self->deck, answers, n_answers, error))
    return FALSE;
  copy = g_array_sized_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer), n_answers);
  g_array_append_vals (copy, answers, n_answers);
  take_answers (self, copy);
  return TRUE;
}

/* Adds @answer, or replaces the answer on the same pair (in its place):
 * how the interview records a question answered, or answered again. */
gboolean
juxta_session_set_answer (JuxtaSession                *self,
                          const JuxtaInterviewAnswer  *answer,
                          GError                     **error)
{
  GArray *answers;
  guint n = 0;
  const JuxtaInterviewAnswer *current;
  int k;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->deck != NULL, FALSE);
  g_return_val_if_fail (answer != NULL, FALSE);

  if (!check_can_answer (self, error) || !juxta_interview_validate (self->deck, answer, 1, error))
    return FALSE;
  current = juxta_session_get_answers (self, &n);
  answers = g_array_sized_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer), n + 1);
  g_array_append_vals (answers, current, n);
  k = juxta_interview_find_pair (current, n, answer->priority, answer->other);
  if (k >= 0)
    g_array_index (answers, JuxtaInterviewAnswer, k) = *answer;
  else
    g_array_append_val (answers, *answer);
  take_answers (self, answers);
  return TRUE;
}

/* Removes the answer comparing @a and @b (in either order); FALSE when
 * there is none.  The weights follow the answers left if they still
 * connect every priority, and stay where they are if not. */
gboolean
juxta_session_remove_answer (JuxtaSession *self,
                             guint         a,
                             guint         b)
{
  GArray *answers;
  guint n = 0;
  const JuxtaInterviewAnswer *current;
  int k;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);

  current = juxta_session_get_answers (self, &n);
  if ((k = juxta_interview_find_pair (current, n, a, b)) < 0)
    return FALSE;
  answers = _juxta_session_copy_answers (_juxta_session_state_get_answers (&self->state));
  g_array_remove_index (answers, (guint) k);
  take_answers (self, answers);
  return TRUE;
}

/* Forgets the answers; the weights stay where they are. */
void
juxta_session_clear_answers (JuxtaSession *self)
{
  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (_juxta_session_state_get_answers (&self->state) == NULL)
    return;
  take_answers (self, NULL);
}

/* Sets the sliders to the answers' weights again (after sliders were
 * moved by hand); FALSE when the answers do not connect every priority. */
gboolean
juxta_session_apply_answers (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);

  if (juxta_session_get_interview (self) == NULL || !self->interview.connected)
    return FALSE;
  return _juxta_session_set_slider_weights (self, self->interview.weights);
}

/* Where the weights came from, for juxta_export_render_with () and a
 * decision record (a copy: free it); NULL without answers, and with
 * stakeholders, whose consensus the weights are. */
JuxtaExportInterview *
juxta_session_dup_export_interview (JuxtaSession *self)
{
  guint n = 0;
  const JuxtaInterviewAnswer *answers;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  answers = juxta_session_get_answers (self, &n);
  if (self->deck == NULL || n == 0 || self->state.stakeholders != NULL)
    return NULL;
  return juxta_export_interview_new (answers, n, juxta_deck_get_n_priorities (self->deck),
                                     self->state.scenario.weights);
}
