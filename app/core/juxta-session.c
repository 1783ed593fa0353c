/* juxta-session.c: the deck and the scenario on screen, and the advice for them
 *
 * Every change goes through one of the methods below: it changes the
 * state, recomputes the advice and the talking points once if they depend
 * on what changed, and emits "changed" once with what changed.  Reading
 * and writing scenario files is in juxta-session-file.c.
 */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-session-private.h"
#include "juxta-talking-points.h"

G_DEFINE_FINAL_TYPE (JuxtaSession, juxta_session, G_TYPE_OBJECT)

G_DEFINE_FLAGS_TYPE (JuxtaSessionChange, juxta_session_change,
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_DECK, "deck"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_WEIGHTS, "weights"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_REQUIREMENTS, "requirements"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_AUDIENCE, "audience"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_HIDDEN, "hidden"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_CHART, "chart"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_ADVICE, "advice"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_FILE, "file"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_ANSWERS, "answers"),
                     G_DEFINE_ENUM_VALUE (JUXTA_SESSION_CHANGE_STAKEHOLDERS, "stakeholders"))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the advice and the talking points depend on. */
#define ADVICE_INPUTS (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_WEIGHTS | \
                       JUXTA_SESSION_CHANGE_REQUIREMENTS | JUXTA_SESSION_CHANGE_AUDIENCE | \
                       JUXTA_SESSION_CHANGE_STAKEHOLDERS)

/* ------------------------------------------------------------- state */

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

static GPtrArray *
new_stakeholders (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);
}

/* @dest becomes a copy of @src that owns its own pointers. */
static void
state_copy (JuxtaSessionState       *dest,
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

static JuxtaStakeholder *
state_selected (const JuxtaSessionState *state)
{
  if (state->stakeholders == NULL || state->selected < 0)
    return NULL;
  return g_ptr_array_index (state->stakeholders, (guint) state->selected);
}

/* Where the sliders' answers live: the selected person's, the meeting's
 * without stakeholders, or nowhere (everyone selected: NULL). */
static GArray **
state_answers_slot (JuxtaSessionState *state)
{
  JuxtaStakeholder *person = state_selected (state);

  if (person != NULL)
    return &person->answers;
  return state->stakeholders == NULL ? &state->answers : NULL;
}

static GArray *
state_answers (const JuxtaSessionState *state)
{
  GArray **slot = state_answers_slot ((JuxtaSessionState *) state);

  return slot != NULL ? *slot : NULL;
}

/* The weights the sliders set; NULL while everyone is selected. */
static int *
state_slider_weights (JuxtaSessionState *state)
{
  JuxtaStakeholder *person = state_selected (state);

  if (person != NULL)
    return person->weights;
  return state->stakeholders == NULL ? state->scenario.weights : NULL;
}

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
  g_autoptr(GPtrArray) people = new_stakeholders ();
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
  const JuxtaStakeholder *person = state_selected (state);

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

static GVariant *
state_to_variant (const JuxtaSessionState *state,
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

static void
state_apply_variant (JuxtaSessionState *state,
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

/* The interview's result, for the answers on the deck on screen. */
static void
update_interview (JuxtaSession *self)
{
  GArray *answers = state_answers (&self->state);

  if (self->deck == NULL || answers == NULL)
    {
      memset (&self->interview, 0, sizeof self->interview);
      self->interview.worst = -1;
      self->interview.unconnected = -1;
      return;
    }
  juxta_interview_result_compute (&self->interview, juxta_deck_get_n_priorities (self->deck),
                                  (const JuxtaInterviewAnswer *) (gpointer) answers->data, answers->len);
}

static JuxtaSessionChange
compare_states (const JuxtaSessionState *a,
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
  if (!answers_equal (state_answers (a), state_answers (b)) || answers_owner (a) != answers_owner (b))
    changed |= JUXTA_SESSION_CHANGE_ANSWERS;
  if (!stakeholders_equal (a->stakeholders, b->stakeholders) || a->selected != b->selected)
    changed |= JUXTA_SESSION_CHANGE_STAKEHOLDERS;
  return changed;
}

/* The one place the advice is computed: once per change. */
void
_juxta_session_emit_changed (JuxtaSession       *self,
                             JuxtaSessionChange  changed)
{
  if (changed == JUXTA_SESSION_CHANGE_NONE)
    return;
  if ((changed & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_ANSWERS)) != 0)
    update_interview (self);
  if ((changed & ADVICE_INPUTS) != 0 && self->deck != NULL)
    {
      GPtrArray *people = self->state.stakeholders;

      g_clear_pointer (&self->consensus, juxta_consensus_free);
      g_clear_pointer (&self->points, g_ptr_array_unref);
      if (people != NULL)
        {
          /* The consensus's advice is the session's: computed once. */
          self->consensus = juxta_consensus_new (self->deck, &self->state.scenario,
                                                 (JuxtaStakeholder *const *) people->pdata, people->len);
          self->advice = *self->consensus->advice;
          self->points = juxta_talking_points_compose_consensus (self->deck, self->consensus,
                                                                 (JuxtaStakeholder *const *) people->pdata);
        }
      else
        {
          juxta_advice_compute (&self->advice, self->deck, &self->state.scenario);
          self->points = juxta_talking_points_compose (self->deck, &self->state.scenario, &self->advice);
        }
      changed |= JUXTA_SESSION_CHANGE_ADVICE;
    }
  g_signal_emit (self, signals[CHANGED], 0, changed);
}

/* Replaces the state with @state (stolen) and says what that changed. */
static void
take_state (JuxtaSession      *self,
            JuxtaSessionState *state)
{
  JuxtaSessionChange changed;

  _juxta_session_state_normalize (state, self->deck);
  changed = compare_states (&self->state, state);

  juxta_session_state_clear (&self->state);
  self->state = *state;
  memset (state, 0, sizeof *state);
  _juxta_session_emit_changed (self, changed);
}

void
_juxta_session_commit (JuxtaSession      *self,
                       JuxtaDeck         *deck,
                       JuxtaSessionState *state,
                       const char        *file,
                       gboolean           deck_changed)
{
  g_autofree char *file_copy = g_strdup (file);

  _juxta_session_state_normalize (state, deck);
  g_set_object (&self->deck, deck);
  juxta_session_state_clear (&self->state);
  self->state = *state;
  memset (state, 0, sizeof *state);
  if (self->chart_priority >= juxta_deck_get_n_priorities (deck))
    self->chart_priority = 0;
  g_free (self->file);
  self->file = g_steal_pointer (&file_copy);
  self->deck_changed = deck_changed;
  _juxta_session_emit_changed (self, JUXTA_SESSION_CHANGE_ALL);
}

/* --------------------------------------------------------- overrides */

static void
juxta_session_finalize (GObject *object)
{
  JuxtaSession *self = JUXTA_SESSION (object);

  g_clear_object (&self->deck);
  juxta_session_state_clear (&self->state);
  g_clear_pointer (&self->points, g_ptr_array_unref);
  g_clear_pointer (&self->consensus, juxta_consensus_free);
  g_free (self->file);

  G_OBJECT_CLASS (juxta_session_parent_class)->finalize (object);
}

static void
juxta_session_class_init (JuxtaSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = juxta_session_finalize;

  /**
   * JuxtaSession::changed:
   * @changes: what changed (JuxtaSessionChange flags)
   *
   * The deck or the scenario changed; when the advice depends on what
   * changed, it has been recomputed already (the "advice" flag is set).
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, JUXTA_TYPE_SESSION_CHANGE);
}

static void
juxta_session_init (JuxtaSession *self)
{
  self->advice.leader = -1;
  self->advice.runner_up = -1;
  self->state.selected = -1;
  update_interview (self);
}

/* --------------------------------------------------------- public API */

JuxtaSession *
juxta_session_new (void)
{
  return g_object_new (JUXTA_TYPE_SESSION, NULL);
}

JuxtaDeck *
juxta_session_get_deck (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);
  return self->deck;
}

const JuxtaScenario *
juxta_session_get_scenario (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);
  return &self->state.scenario;
}

const JuxtaAdvice *
juxta_session_get_advice (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);
  return &self->advice;
}

/* The composed talking points; NULL until there is a deck. */
GPtrArray *
juxta_session_get_talking_points (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);
  return self->points;
}

guint64
juxta_session_get_hidden (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), 0);
  return self->state.hidden;
}

gboolean
juxta_session_is_hidden (JuxtaSession *self,
                         guint         option)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  return option < 64 && (self->state.hidden & (G_GUINT64_CONSTANT (1) << option)) != 0;
}

guint
juxta_session_get_chart_priority (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), 0);
  return self->chart_priority;
}

/* The scenario file shown, or NULL when the scenario was not opened from
 * or saved to a file. */
const char *
juxta_session_get_file (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);
  return self->file;
}

/* The scenario's name: its file's name without ".json"; NULL without a file. */
char *
juxta_session_dup_name (JuxtaSession *self)
{
  char *name;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  if (self->file == NULL)
    return NULL;
  name = g_path_get_basename (self->file);
  if (g_str_has_suffix (name, ".json") && strlen (name) > strlen (".json"))
    name[strlen (name) - strlen (".json")] = '\0';
  return name;
}

const char *
juxta_session_get_notes (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);
  return self->state.notes;
}

/* Whether the deck's file differs from the one the scenario file was
 * saved with (checked when the file is loaded). */
gboolean
juxta_session_get_deck_changed (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  return self->deck_changed;
}

/* Shows @deck at its defaults, then @state (from juxta_session_save_state
 * (), nullable; a floating reference is taken) where its ids still exist.
 * The scenario file is forgotten: this is another deck. */
void
juxta_session_set_deck (JuxtaSession *self,
                        JuxtaDeck    *deck,
                        GVariant     *state)
{
  g_autoptr(GVariant) owned = state != NULL ? g_variant_ref_sink (state) : NULL;
  JuxtaSessionState new_state;

  g_return_if_fail (JUXTA_IS_SESSION (self));
  g_return_if_fail (JUXTA_IS_DECK (deck));

  juxta_session_state_init (&new_state, deck);
  state_apply_variant (&new_state, deck, state);
  self->chart_priority = 0;
  _juxta_session_commit (self, deck, &new_state, NULL, FALSE);
}

/* A new version of the same deck (reloaded from its file): the weights,
 * requirements, audience and hidden options stay wherever their ids still
 * exist, and so do the scenario file and its notes. */
void
juxta_session_replace_deck (JuxtaSession *self,
                            JuxtaDeck    *deck)
{
  g_autoptr(GVariant) old = NULL;
  g_autofree char *file = NULL;
  JuxtaSessionState new_state;

  g_return_if_fail (JUXTA_IS_SESSION (self));
  g_return_if_fail (JUXTA_IS_DECK (deck));

  if (self->deck == NULL)
    {
      juxta_session_set_deck (self, deck, NULL);
      return;
    }
  old = g_variant_ref_sink (state_to_variant (&self->state, self->deck));
  juxta_session_state_init (&new_state, deck);
  state_apply_variant (&new_state, deck, old);
  file = g_strdup (self->file);
  _juxta_session_commit (self, deck, &new_state, file, self->deck_changed);
}

/* The sliders become @weights (one per priority): the selected person's
 * (and the consensus follows), or the scenario's without stakeholders;
 * FALSE, and no change, while everyone is selected. */
static gboolean
set_slider_weights (JuxtaSession *self,
                    const int    *weights)
{
  guint n = juxta_deck_get_n_priorities (self->deck);
  JuxtaSessionState new_state;
  int *sliders = state_slider_weights (&self->state);

  if (sliders == NULL)
    return FALSE;
  if (memcmp (sliders, weights, n * sizeof (int)) == 0)
    return TRUE;
  if (self->state.stakeholders == NULL)
    {
      memcpy (sliders, weights, n * sizeof (int));
      _juxta_session_emit_changed (self, JUXTA_SESSION_CHANGE_WEIGHTS);
      return TRUE;
    }
  state_copy (&new_state, &self->state);
  memcpy (state_slider_weights (&new_state), weights, n * sizeof (int));
  take_state (self, &new_state);
  return TRUE;
}

/* Moves one slider (clamped to 0..100): with stakeholders, the selected
 * person's, and the consensus follows.  Returns FALSE when nothing can
 * move: no deck, no such priority, or everyone selected. */
gboolean
juxta_session_set_weight (JuxtaSession *self,
                          guint         priority,
                          int           weight)
{
  int weights[JUXTA_MAX_PRIORITIES];
  const int *sliders;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);

  if (self->deck == NULL || priority >= juxta_deck_get_n_priorities (self->deck) ||
      (sliders = state_slider_weights (&self->state)) == NULL)
    return FALSE;
  memcpy (weights, sliders, sizeof weights);
  weights[priority] = CLAMP (weight, 0, 100);
  return set_slider_weights (self, weights);
}

void
juxta_session_set_requirement (JuxtaSession *self,
                               guint         requirement,
                               gboolean      active)
{
  guint32 requirements;

  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (self->deck == NULL || requirement >= juxta_deck_get_n_requirements (self->deck))
    return;
  requirements = active ? (self->state.scenario.requirements | (1u << requirement))
                        : (self->state.scenario.requirements & ~(1u << requirement));
  if (requirements == self->state.scenario.requirements)
    return;
  self->state.scenario.requirements = requirements;
  _juxta_session_emit_changed (self, JUXTA_SESSION_CHANGE_REQUIREMENTS);
}

void
juxta_session_set_audience (JuxtaSession *self,
                            guint         audience)
{
  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (self->deck == NULL || audience >= juxta_deck_get_n_audiences (self->deck) ||
      audience == self->state.scenario.audience)
    return;
  self->state.scenario.audience = audience;
  _juxta_session_emit_changed (self, JUXTA_SESSION_CHANGE_AUDIENCE);
}

/* The preset's priorities take its values, the others their defaults
 * (with stakeholders: the selected person's sliders; nothing while
 * everyone is selected). */
void
juxta_session_apply_preset (JuxtaSession *self,
                            guint         preset)
{
  JuxtaScenario scenario;
  const int *sliders;

  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (self->deck == NULL || preset >= juxta_deck_get_n_presets (self->deck) ||
      (sliders = state_slider_weights (&self->state)) == NULL)
    return;
  scenario = self->state.scenario;
  memcpy (scenario.weights, sliders, sizeof scenario.weights);
  juxta_scenario_apply_preset (&scenario, self->deck, preset);
  set_slider_weights (self, scenario.weights);
}

/* Every slider back to the deck's default; the rest stays (with
 * stakeholders: the selected person's sliders). */
void
juxta_session_reset (JuxtaSession *self)
{
  JuxtaScenario defaults;

  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (self->deck == NULL)
    return;
  juxta_scenario_init_defaults (&defaults, self->deck);
  set_slider_weights (self, defaults.weights);
}

void
juxta_session_hide_option (JuxtaSession *self,
                           guint         option,
                           gboolean      hidden)
{
  guint64 bit, mask;

  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (self->deck == NULL || option >= juxta_deck_get_n_options (self->deck))
    return;
  bit = G_GUINT64_CONSTANT (1) << option;
  mask = hidden ? (self->state.hidden | bit) : (self->state.hidden & ~bit);
  if (mask == self->state.hidden)
    return;
  self->state.hidden = mask;
  _juxta_session_emit_changed (self, JUXTA_SESSION_CHANGE_HIDDEN);
}

void
juxta_session_set_chart_priority (JuxtaSession *self,
                                  guint         priority)
{
  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (self->deck == NULL || priority >= juxta_deck_get_n_priorities (self->deck) ||
      priority == self->chart_priority)
    return;
  self->chart_priority = priority;
  _juxta_session_emit_changed (self, JUXTA_SESSION_CHANGE_CHART);
}

void
juxta_session_set_notes (JuxtaSession *self,
                         const char   *notes)
{
  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (notes != NULL && notes[0] == '\0')
    notes = NULL;
  if (g_strcmp0 (notes, self->state.notes) == 0)
    return;
  g_free (self->state.notes);
  self->state.notes = g_strdup (notes);
  _juxta_session_emit_changed (self, JUXTA_SESSION_CHANGE_FILE);
}

/* The scenario as a dictionary (a{sv}) keyed by the deck's ids, for
 * juxta_session_restore_state () or juxta_session_set_deck (); NULL
 * without a deck. */
GVariant *
juxta_session_save_state (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  if (self->deck == NULL)
    return NULL;
  return g_variant_ref_sink (state_to_variant (&self->state, self->deck));
}

/* Applies a saved state to the deck on screen wherever its ids exist;
 * what @state does not mention is left as it is.  A floating @state is
 * taken. */
void
juxta_session_restore_state (JuxtaSession *self,
                             GVariant     *state)
{
  g_autoptr(GVariant) owned = state != NULL ? g_variant_ref_sink (state) : NULL;
  JuxtaSessionState new_state;

  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (self->deck == NULL)
    return;
  state_copy (&new_state, &self->state);
  state_apply_variant (&new_state, self->deck, state);
  take_state (self, &new_state);
}

/* ---------------------------------------------------------- interview */

/* Answering needs someone to answer for: with stakeholders, a person. */
static gboolean
check_can_answer (JuxtaSession  *self,
                  GError       **error)
{
  if (state_answers_slot (&self->state) != NULL)
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
  state_copy (&new_state, &self->state);
  slot = state_answers_slot (&new_state);
  g_assert (slot != NULL);
  g_clear_pointer (slot, g_array_unref);
  *slot = answers;
  _juxta_session_apply_answers_to (answers, self->deck, state_slider_weights (&new_state));
  take_state (self, &new_state);
}

/* The answers so far, in the order given (NULL when there are none). */
const JuxtaInterviewAnswer *
juxta_session_get_answers (JuxtaSession *self,
                           guint        *n_answers)
{
  GArray *answers;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  answers = state_answers (&self->state);
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

  if (self->deck == NULL || state_answers (&self->state) == NULL)
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
  answers = _juxta_session_copy_answers (state_answers (&self->state));
  g_array_remove_index (answers, (guint) k);
  take_answers (self, answers);
  return TRUE;
}

/* Forgets the answers; the weights stay where they are. */
void
juxta_session_clear_answers (JuxtaSession *self)
{
  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (state_answers (&self->state) == NULL)
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
  return set_slider_weights (self, self->interview.weights);
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

/* ------------------------------------------------------- stakeholders */

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
      g_autofree char *stripped = g_strstrip (g_strdup (name));
      g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_DUPLICATE_NAME,
                   _("two stakeholders are called \"%s\""), stripped);
      return FALSE;
    }
  return TRUE;
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

  if (!check_new_name (self, name, -1, error))
    return -1;
  if (juxta_session_get_n_stakeholders (self) >= JUXTA_MAX_STAKEHOLDERS)
    {
      g_set_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_LIMIT,
                   _("a meeting holds at most %d stakeholders"), JUXTA_MAX_STAKEHOLDERS);
      return -1;
    }
  stripped = g_strstrip (g_strdup (name));
  state_copy (&new_state, &self->state);
  person = juxta_stakeholder_new (self->deck, stripped);
  /* The consensus's weights, which are the sliders' until the first
   * person comes; the first person takes the meeting's answers too. */
  memcpy (person->weights, new_state.scenario.weights, sizeof person->weights);
  if (new_state.stakeholders == NULL)
    {
      new_state.stakeholders = new_stakeholders ();
      person->answers = g_steal_pointer (&new_state.answers);
    }
  g_ptr_array_add (new_state.stakeholders, person);
  new_state.selected = (int) new_state.stakeholders->len - 1;
  take_state (self, &new_state);
  return self->state.selected;
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
  state_copy (&new_state, &self->state);
  juxta_stakeholder_set_name (g_ptr_array_index (new_state.stakeholders, index), stripped);
  take_state (self, &new_state);
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
  state_copy (&new_state, &self->state);
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
  take_state (self, &new_state);
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
  state_copy (&new_state, &self->state);
  person = g_ptr_array_index (new_state.stakeholders, index);
  person->weights[priority] = weight;
  take_state (self, &new_state);
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
      people = new_stakeholders ();
      for (guint k = 0; k < n_stakeholders; k++)
        {
          JuxtaStakeholder *person = juxta_stakeholder_copy (stakeholders[k]);
          g_autofree char *stripped = g_strstrip (g_strdup (person->name));

          juxta_stakeholder_set_name (person, stripped);
          g_ptr_array_add (people, person);
        }
    }
  state_copy (&new_state, &self->state);
  g_clear_pointer (&new_state.stakeholders, g_ptr_array_unref);
  g_clear_pointer (&new_state.answers, g_array_unref);
  new_state.stakeholders = people;
  new_state.selected = -1;
  take_state (self, &new_state);
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
  state_copy (&new_state, &self->state);
  new_state.selected = index;
  take_state (self, &new_state);
}

const int *
juxta_session_get_slider_weights (JuxtaSession *self)
{
  const JuxtaStakeholder *person;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  person = state_selected (&self->state);
  return person != NULL ? person->weights : self->state.scenario.weights;
}

gboolean
juxta_session_get_weights_editable (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);

  return self->deck != NULL && state_slider_weights (&self->state) != NULL;
}
