/* juxta-session-stakeholders.c: several people's priorities in one meeting,
 * and whose the sliders are */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-session-private.h"

guint
juxta_session_get_n_stakeholders (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), 0);

  return self->state.stakeholders != NULL ? self->state.stakeholders->len : 0;
}

JuxtaStakeholder *const *
juxta_session_get_stakeholders (JuxtaSession *self,
                                guint        *n_stakeholders)
{
  GPtrArray *people;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  people = self->state.stakeholders;
  if (n_stakeholders != NULL)
    *n_stakeholders = people != NULL ? people->len : 0;
  return people != NULL ? (JuxtaStakeholder *const *) people->pdata : NULL;
}

const JuxtaStakeholder *
juxta_session_get_stakeholder (JuxtaSession *self,
                               guint         index)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < juxta_session_get_n_stakeholders (self), NULL);

  return g_ptr_array_index (self->state.stakeholders, index);
}

int
juxta_session_find_stakeholder (JuxtaSession *self,
                                const char   *name)
{
  guint n = 0;
  JuxtaStakeholder *const *people;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), -1);
  g_return_val_if_fail (name != NULL, -1);

  people = juxta_session_get_stakeholders (self, &n);
  return n > 0 ? juxta_stakeholders_find (people, n, name) : -1;
}

const JuxtaConsensus *
juxta_session_get_consensus (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  return self->consensus;
}

/* A valid name that no one else (but @except) has. */
static gboolean
check_new_name (JuxtaSession  *self,
                const char    *name,
                int            except,
                GError       **error)
{
  int found;

  if (!juxta_stakeholder_check_name (name, error))
    return FALSE;
  found = juxta_session_find_stakeholder (self, name);
  if (found >= 0 && found != except)
    {
      /* Names match without regard to case: say the one already there. */
      g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_DUPLICATE_NAME,
                   _("someone is already called “%s”"), juxta_session_get_stakeholder (self, found)->name);
      return FALSE;
    }
  return TRUE;
}

/* Room for one more person. */
static gboolean
check_room (JuxtaSession  *self,
            GError       **error)
{
  if (juxta_session_get_n_stakeholders (self) < JUXTA_MAX_STAKEHOLDERS)
    return TRUE;
  g_set_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_LIMIT,
               _("a meeting holds at most %d stakeholders"), JUXTA_MAX_STAKEHOLDERS);
  return FALSE;
}

int
juxta_session_add_stakeholder (JuxtaSession  *self,
                               const char    *name,
                               GError       **error)
{
  g_autofree char *stripped = NULL;
  JuxtaSessionState new_state;
  JuxtaStakeholder *person;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), -1);
  g_return_val_if_fail (self->deck != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  if (!check_new_name (self, name, -1, error) || !check_room (self, error))
    return -1;
  stripped = g_strstrip (g_strdup (name));
  _juxta_session_state_copy (&new_state, &self->state);
  person = juxta_stakeholder_new (self->deck, stripped);
  /* The consensus's weights, which are the sliders' until the first
   * person comes; the first person takes the meeting's answers too. */
  memcpy (person->weights, new_state.scenario.weights, sizeof person->weights);
  if (new_state.stakeholders == NULL)
    {
      new_state.stakeholders = _juxta_session_new_stakeholders ();
      person->answers = g_steal_pointer (&new_state.answers);
    }
  g_ptr_array_add (new_state.stakeholders, person);
  new_state.selected = (int) new_state.stakeholders->len - 1;
  _juxta_session_take_state (self, &new_state);
  return self->state.selected;
}

/* A copy of @stakeholder for this deck: the name stripped, the weights
 * in 0..100, and only the answers that compare two of its priorities. */
static JuxtaStakeholder *
copy_for_deck (JuxtaDeck              *deck,
               const JuxtaStakeholder *stakeholder)
{
  JuxtaStakeholder *person = juxta_stakeholder_copy (stakeholder);
  g_autofree char *stripped = g_strstrip (g_strdup (person->name));
  guint n = juxta_deck_get_n_priorities (deck);

  juxta_stakeholder_set_name (person, stripped);
  for (guint p = 0; p < JUXTA_MAX_PRIORITIES; p++)
    person->weights[p] = p < n ? CLAMP (person->weights[p], 0, 100) : 0;
  for (guint k = 0; person->answers != NULL && k < person->answers->len; k++)
    {
      const JuxtaInterviewAnswer *answer = &g_array_index (person->answers, JuxtaInterviewAnswer, k);

      if (answer->priority >= n || answer->other >= n || answer->priority == answer->other ||
          answer->ratio < 1 || answer->ratio > JUXTA_INTERVIEW_MAX_RATIO)
        g_array_remove_index (person->answers, k--);
    }
  if (person->answers != NULL && person->answers->len == 0)
    g_clear_pointer (&person->answers, g_array_unref);
  return person;
}

gboolean
juxta_session_insert_stakeholder (JuxtaSession            *self,
                                  guint                    index,
                                  const JuxtaStakeholder  *stakeholder,
                                  gboolean                 select,
                                  GError                 **error)
{
  JuxtaSessionState new_state;
  guint n;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->deck != NULL, FALSE);
  g_return_val_if_fail (stakeholder != NULL && stakeholder->name != NULL, FALSE);

  if (!check_new_name (self, stakeholder->name, -1, error) || !check_room (self, error))
    return FALSE;
  n = juxta_session_get_n_stakeholders (self);
  index = MIN (index, n);
  _juxta_session_state_copy (&new_state, &self->state);
  if (new_state.stakeholders == NULL)
    new_state.stakeholders = _juxta_session_new_stakeholders ();
  g_ptr_array_insert (new_state.stakeholders, (int) index, copy_for_deck (self->deck, stakeholder));
  if (select)
    new_state.selected = (int) index;
  else if (new_state.selected >= (int) index)
    new_state.selected++;
  _juxta_session_take_state (self, &new_state);
  return TRUE;
}

gboolean
juxta_session_rename_stakeholder (JuxtaSession  *self,
                                  guint          index,
                                  const char    *name,
                                  GError       **error)
{
  g_autofree char *stripped = NULL;
  JuxtaSessionState new_state;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (index < juxta_session_get_n_stakeholders (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!check_new_name (self, name, (int) index, error))
    return FALSE;
  stripped = g_strstrip (g_strdup (name));
  _juxta_session_state_copy (&new_state, &self->state);
  juxta_stakeholder_set_name (g_ptr_array_index (new_state.stakeholders, index), stripped);
  _juxta_session_take_state (self, &new_state);
  return TRUE;
}

gboolean
juxta_session_remove_stakeholder (JuxtaSession *self,
                                  guint         index)
{
  JuxtaSessionState new_state;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);

  if (index >= juxta_session_get_n_stakeholders (self))
    return FALSE;
  _juxta_session_state_copy (&new_state, &self->state);
  if (new_state.stakeholders->len == 1)
    {
      /* The last one gives the meeting back its sliders and answers. */
      JuxtaStakeholder *last = g_ptr_array_index (new_state.stakeholders, 0);

      memcpy (new_state.scenario.weights, last->weights, sizeof last->weights);
      new_state.answers = g_steal_pointer (&last->answers);
      g_clear_pointer (&new_state.stakeholders, g_ptr_array_unref);
    }
  else
    {
      g_ptr_array_remove_index (new_state.stakeholders, index);
      if (new_state.selected == (int) index)
        new_state.selected = -1;
      else if (new_state.selected > (int) index)
        new_state.selected--;
    }
  _juxta_session_take_state (self, &new_state);
  return TRUE;
}

gboolean
juxta_session_set_stakeholder_weight (JuxtaSession *self,
                                      guint         index,
                                      guint         priority,
                                      int           weight)
{
  JuxtaSessionState new_state;
  JuxtaStakeholder *person;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);

  if (index >= juxta_session_get_n_stakeholders (self) || priority >= juxta_deck_get_n_priorities (self->deck))
    return FALSE;
  weight = CLAMP (weight, 0, 100);
  if (((JuxtaStakeholder *) g_ptr_array_index (self->state.stakeholders, index))->weights[priority] == weight)
    return TRUE;
  _juxta_session_state_copy (&new_state, &self->state);
  person = g_ptr_array_index (new_state.stakeholders, index);
  person->weights[priority] = weight;
  _juxta_session_take_state (self, &new_state);
  return TRUE;
}

gboolean
juxta_session_set_stakeholders (JuxtaSession             *self,
                                JuxtaStakeholder *const  *stakeholders,
                                guint                     n_stakeholders,
                                GError                  **error)
{
  JuxtaSessionState new_state;
  GPtrArray *people = NULL;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->deck != NULL, FALSE);
  g_return_val_if_fail (stakeholders != NULL || n_stakeholders == 0, FALSE);

  if (n_stakeholders > JUXTA_MAX_STAKEHOLDERS)
    {
      g_set_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_LIMIT,
                   _("a meeting holds at most %d stakeholders"), JUXTA_MAX_STAKEHOLDERS);
      return FALSE;
    }
  for (guint k = 0; k < n_stakeholders; k++)
    if (!juxta_stakeholder_check_name (stakeholders[k]->name, error))
      return FALSE;
  if (!juxta_stakeholders_check_names (stakeholders, n_stakeholders, error))
    return FALSE;

  if (n_stakeholders > 0)
    {
      people = _juxta_session_new_stakeholders ();
      for (guint k = 0; k < n_stakeholders; k++)
        {
          JuxtaStakeholder *person = juxta_stakeholder_copy (stakeholders[k]);
          g_autofree char *stripped = g_strstrip (g_strdup (person->name));

          juxta_stakeholder_set_name (person, stripped);
          g_ptr_array_add (people, person);
        }
    }
  _juxta_session_state_copy (&new_state, &self->state);
  g_clear_pointer (&new_state.stakeholders, g_ptr_array_unref);
  g_clear_pointer (&new_state.answers, g_array_unref);
  new_state.stakeholders = people;
  new_state.selected = -1;
  _juxta_session_take_state (self, &new_state);
  return TRUE;
}

int
juxta_session_get_selected_stakeholder (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), -1);

  return self->state.selected;
}

void
juxta_session_select_stakeholder (JuxtaSession *self,
                                  int           index)
{
  JuxtaSessionState new_state;

  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (index < -1 || index >= (int) juxta_session_get_n_stakeholders (self) || index == self->state.selected)
    return;
  _juxta_session_state_copy (&new_state, &self->state);
  new_state.selected = index;
  _juxta_session_take_state (self, &new_state);
}

const int *
juxta_session_get_slider_weights (JuxtaSession *self)
{
  const JuxtaStakeholder *person;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  person = _juxta_session_state_get_selected (&self->state);
  return person != NULL ? person->weights : self->state.scenario.weights;
}

gboolean
juxta_session_get_weights_editable (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);

  return self->deck != NULL && _juxta_session_state_slider_weights (&self->state) != NULL;
}
