/* juxta-session-variant.c: the saved state, a dictionary (a{sv}) keyed by
 * the deck's ids, from which a session is restored */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include "juxta-session-private.h"

static GVariant *
weights_to_variant (JuxtaDeck *deck,
                    const int *weights)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{si}"));
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    g_variant_builder_add (&builder, "{si}", juxta_deck_get_priority (deck, p)->id, weights[p]);
  return g_variant_builder_end (&builder);
}

static void
weights_from_variant (JuxtaDeck *deck,
                      int       *weights,
                      GVariant  *value)
{
  GVariantIter iter;
  const char *id;
  int weight, p;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "{&si}", &id, &weight))
    if ((p = juxta_deck_find_priority (deck, id)) >= 0 && weight >= 0 && weight <= 100)
      weights[p] = weight;
}

static GVariant *
save_weights (const JuxtaSessionState *state,
              JuxtaDeck               *deck)
{
  return weights_to_variant (deck, state->scenario.weights);
}

static void
restore_weights (JuxtaSessionState *state,
                 JuxtaDeck         *deck,
                 GVariant          *value)
{
  weights_from_variant (deck, state->scenario.weights, value);
}

static GVariant *
save_requirements (const JuxtaSessionState *state,
                   JuxtaDeck               *deck)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  for (guint r = 0; r < juxta_deck_get_n_requirements (deck); r++)
    if (state->scenario.requirements & (1u << r))
      g_variant_builder_add (&builder, "s", juxta_deck_get_requirement (deck, r)->id);
  return g_variant_builder_end (&builder);
}

static void
restore_requirements (JuxtaSessionState *state,
                      JuxtaDeck         *deck,
                      GVariant          *value)
{
  GVariantIter iter;
  const char *id;
  int r;

  state->scenario.requirements = 0;
  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "&s", &id))
    if ((r = juxta_deck_find_requirement (deck, id)) >= 0)
      state->scenario.requirements |= 1u << r;
}

static GVariant *
save_audience (const JuxtaSessionState *state,
               JuxtaDeck               *deck)
{
  return g_variant_new_string (juxta_deck_get_audience (deck, state->scenario.audience)->id);
}

static void
restore_audience (JuxtaSessionState *state,
                  JuxtaDeck         *deck,
                  GVariant          *value)
{
  int a = juxta_deck_find_audience (deck, g_variant_get_string (value, NULL));

  if (a >= 0)
    state->scenario.audience = (guint) a;
}

static GVariant *
save_hidden (const JuxtaSessionState *state,
             JuxtaDeck               *deck)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    if (state->hidden & (G_GUINT64_CONSTANT (1) << o))
      g_variant_builder_add (&builder, "s", juxta_deck_get_option (deck, o)->id);
  return g_variant_builder_end (&builder);
}

static void
restore_hidden (JuxtaSessionState *state,
                JuxtaDeck         *deck,
                GVariant          *value)
{
  GVariantIter iter;
  const char *id;
  int o;

  state->hidden = 0;
  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "&s", &id))
    if ((o = juxta_deck_find_option (deck, id)) >= 0)
      state->hidden |= G_GUINT64_CONSTANT (1) << o;
}

static GVariant *
save_notes (const JuxtaSessionState *state,
            JuxtaDeck               *deck)
{
  return state->notes != NULL ? g_variant_new_string (state->notes) : NULL;
}

static void
restore_notes (JuxtaSessionState *state,
               JuxtaDeck         *deck,
               GVariant          *value)
{
  g_free (state->notes);
  state->notes = g_variant_dup_string (value, NULL);
}

static GVariant *
answers_to_variant (JuxtaDeck *deck,
                    GArray    *answers)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ssu)"));
  for (guint k = 0; answers != NULL && k < answers->len; k++)
    {
      const JuxtaInterviewAnswer *answer = &g_array_index (answers, JuxtaInterviewAnswer, k);
      g_variant_builder_add (&builder, "(ssu)", juxta_deck_get_priority (deck, answer->priority)->id,
                             juxta_deck_get_priority (deck, answer->other)->id, answer->ratio);
    }
  return g_variant_builder_end (&builder);
}

/* The answers whose priorities still exist (NULL: none); anything invalid
 * is left out (the state is Juxta's own, so that only happens with
 * another deck). */
static GArray *
answers_from_variant (JuxtaDeck *deck,
                      GVariant  *value)
{
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer));
  GVariantIter iter;
  const char *preferred, *other;
  guint32 ratio;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "(&s&su)", &preferred, &other, &ratio))
    {
      JuxtaInterviewAnswer answer;
      int p = juxta_deck_find_priority (deck, preferred);
      int o = juxta_deck_find_priority (deck, other);

      if (p < 0 || o < 0 || p == o || ratio < 1 || ratio > JUXTA_INTERVIEW_MAX_RATIO ||
          juxta_interview_find_pair ((const JuxtaInterviewAnswer *) (gpointer) answers->data, answers->len,
                                     (guint) p, (guint) o) >= 0)
        continue;
      answer.priority = (guint) p;
      answer.other = (guint) o;
      answer.ratio = ratio;
      g_array_append_val (answers, answer);
    }
  return _juxta_session_copy_answers (answers);
}

/* Every answer, even none: restoring a state from before an interview
 * takes the interview's answers away again. */
static GVariant *
save_answers (const JuxtaSessionState *state,
              JuxtaDeck               *deck)
{
  return answers_to_variant (deck, state->answers);
}

static void
restore_answers (JuxtaSessionState *state,
                 JuxtaDeck         *deck,
                 GVariant          *value)
{
  g_clear_pointer (&state->answers, g_array_unref);
  state->answers = answers_from_variant (deck, value);
}

/* Every person, even none: restoring a state from before the people came
 * takes them away again.  The selection is its own key, by name. */
static GVariant *
save_stakeholders (const JuxtaSessionState *state,
                   JuxtaDeck               *deck)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(sa{si}a(ssu))"));
  for (guint k = 0; state->stakeholders != NULL && k < state->stakeholders->len; k++)
    {
      const JuxtaStakeholder *person = g_ptr_array_index (state->stakeholders, k);
      g_variant_builder_add (&builder, "(s@a{si}@a(ssu))", person->name, weights_to_variant (deck, person->weights),
                             answers_to_variant (deck, person->answers));
    }
  return g_variant_builder_end (&builder);
}

/* The people whose names are valid and distinct, up to the limit, with
 * the deck's defaults where their weights name no priority of it. */
static void
restore_stakeholders (JuxtaSessionState *state,
                      JuxtaDeck         *deck,
                      GVariant          *value)
{
  g_autoptr(GPtrArray) people = _juxta_session_new_stakeholders ();
  GVariantIter iter;
  const char *name;
  GVariant *weights, *answers;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "(&s@a{si}@a(ssu))", &name, &weights, &answers))
    {
      g_autoptr(GVariant) owned_weights = weights;
      g_autoptr(GVariant) owned_answers = answers;
      g_autofree char *stripped = g_strstrip (g_strdup (name));
      JuxtaStakeholder *person;

      if (people->len >= JUXTA_MAX_STAKEHOLDERS || !juxta_stakeholder_check_name (stripped, NULL) ||
          juxta_stakeholders_find ((JuxtaStakeholder *const *) people->pdata, people->len, stripped) >= 0)
        continue;
      person = juxta_stakeholder_new (deck, stripped);
      weights_from_variant (deck, person->weights, owned_weights);
      person->answers = answers_from_variant (deck, owned_answers);
      g_ptr_array_add (people, person);
    }
  g_clear_pointer (&state->stakeholders, g_ptr_array_unref);
  state->stakeholders = people->len > 0 ? g_steal_pointer (&people) : NULL;
  state->selected = -1;
}

static GVariant *
save_selected (const JuxtaSessionState *state,
               JuxtaDeck               *deck)
{
  const JuxtaStakeholder *person = _juxta_session_state_get_selected (state);

  return person != NULL ? g_variant_new_string (person->name) : NULL;
}

static void
restore_selected (JuxtaSessionState *state,
                  JuxtaDeck         *deck,
                  GVariant          *value)
{
  if (state->stakeholders != NULL)
    state->selected = juxta_stakeholders_find ((JuxtaStakeholder *const *) state->stakeholders->pdata,
                                               state->stakeholders->len, g_variant_get_string (value, NULL));
}

/* The saved state is a dictionary (a{sv}) keyed by ids, not indices, so
 * that it applies to a new version of a deck, and so that a state saved by
 * a newer Juxta, with keys this one does not know, still restores. */
static const struct
{
  const char *key;
  const char *type;
  GVariant *(*save)    (const JuxtaSessionState *state, JuxtaDeck *deck);
  void      (*restore) (JuxtaSessionState *state, JuxtaDeck *deck, GVariant *value);
} state_keys[] = {
  { "weights", "a{si}", save_weights, restore_weights },
  { "requirements", "as", save_requirements, restore_requirements },
  { "audience", "s", save_audience, restore_audience },
  { "hidden", "as", save_hidden, restore_hidden },
  { "notes", "s", save_notes, restore_notes },
  { "answers", "a(ssu)", save_answers, restore_answers },
  /* After the weights and answers, which the people replace. */
  { "stakeholders", "a(sa{si}a(ssu))", save_stakeholders, restore_stakeholders },
  { "selected-stakeholder", "s", save_selected, restore_selected },
};

GVariant *
_juxta_session_state_to_variant (const JuxtaSessionState *state,
                                 JuxtaDeck               *deck)
{
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (state_keys); i++)
    {
      GVariant *value = state_keys[i].save (state, deck);
      if (value != NULL)
        g_variant_dict_insert_value (&dict, state_keys[i].key, value);
    }
  return g_variant_dict_end (&dict);
}

void
_juxta_session_state_apply_variant (JuxtaSessionState *state,
                                    JuxtaDeck         *deck,
                                    GVariant          *variant)
{
  if (variant == NULL || !g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (state_keys); i++)
    {
      g_autoptr(GVariant) value = g_variant_lookup_value (variant, state_keys[i].key,
                                                          G_VARIANT_TYPE (state_keys[i].type));
      if (value != NULL)
        state_keys[i].restore (state, deck, value);
    }
}

/* ------------------------------------------------------------ sliders */

/* What moves the sliders, and nothing else: the interview's Cancel puts
 * these back and leaves the must-haves, the audience, the hidden options,
 * the notes and who the people are as they are now. */
GVariant *
_juxta_session_state_sliders_to_variant (const JuxtaSessionState *state,
                                         JuxtaDeck               *deck)
{
  GVariantDict dict;
  GVariant *selected = save_selected (state, deck);

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert_value (&dict, "weights", save_weights (state, deck));
  g_variant_dict_insert_value (&dict, "answers", save_answers (state, deck));
  g_variant_dict_insert_value (&dict, "stakeholders", save_stakeholders (state, deck));
  if (selected != NULL)
    g_variant_dict_insert_value (&dict, "selected-stakeholder", selected);
  return g_variant_dict_end (&dict);
}

/* Each person of @value who is still in the meeting (by name) gets their
 * weights and answers back; no one comes or goes. */
static void
restore_stakeholder_sliders (JuxtaSessionState *state,
                             JuxtaDeck         *deck,
                             GVariant          *value)
{
  GVariantIter iter;
  const char *name;
  GVariant *weights, *answers;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "(&s@a{si}@a(ssu))", &name, &weights, &answers))
    {
      g_autoptr(GVariant) owned_weights = weights;
      g_autoptr(GVariant) owned_answers = answers;
      JuxtaStakeholder *person;
      int k;

      if (state->stakeholders == NULL ||
          (k = juxta_stakeholders_find ((JuxtaStakeholder *const *) state->stakeholders->pdata,
                                        state->stakeholders->len, name)) < 0)
        continue;
      person = g_ptr_array_index (state->stakeholders, (guint) k);
      weights_from_variant (deck, person->weights, owned_weights);
      g_clear_pointer (&person->answers, g_array_unref);
      person->answers = answers_from_variant (deck, owned_answers);
    }
}

void
_juxta_session_state_apply_sliders (JuxtaSessionState *state,
                                    JuxtaDeck         *deck,
                                    GVariant          *variant)
{
  g_autoptr(GVariant) weights = NULL;
  g_autoptr(GVariant) answers = NULL;
  g_autoptr(GVariant) people = NULL;
  g_autoptr(GVariant) selected = NULL;

  if (variant == NULL || !g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT))
    return;
  weights = g_variant_lookup_value (variant, "weights", G_VARIANT_TYPE ("a{si}"));
  answers = g_variant_lookup_value (variant, "answers", G_VARIANT_TYPE ("a(ssu)"));
  people = g_variant_lookup_value (variant, "stakeholders", G_VARIANT_TYPE ("a(sa{si}a(ssu))"));
  selected = g_variant_lookup_value (variant, "selected-stakeholder", G_VARIANT_TYPE_STRING);
  if (weights != NULL)
    restore_weights (state, deck, weights);
  if (answers != NULL)
    restore_answers (state, deck, answers);
  if (people != NULL)
    restore_stakeholder_sliders (state, deck, people);
  /* Who was selected, if they are still there; else everyone. */
  state->selected = -1;
  if (selected != NULL)
    restore_selected (state, deck, selected);
}
