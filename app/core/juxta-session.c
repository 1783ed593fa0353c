/* juxta-session.c: the deck and the scenario on screen, and the advice for them
 *
 * Every change goes through one of the methods below: it changes the
 * state, recomputes the advice and the talking points once if they depend
 * on what changed, and emits "changed" once with what changed.  The
 * other parts are in juxta-session-*.c (see juxta-session-private.h).
 */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

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

static void
update_interview (JuxtaSession *self)
{
  GArray *answers = _juxta_session_state_get_answers (&self->state);

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
void
_juxta_session_take_state (JuxtaSession      *self,
                           JuxtaSessionState *state)
{
  JuxtaSessionChange changed;

  _juxta_session_state_normalize (state, self->deck);
  changed = _juxta_session_state_compare (&self->state, state);

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

typedef void (*ChangedFunc) (JuxtaSession       *session,
                             JuxtaSessionChange  changes,
                             gpointer            follower);

gboolean
juxta_session_follow (JuxtaSession **followed,
                      JuxtaSession  *session,
                      gpointer       follower,
                      GCallback      changed)
{
  g_return_val_if_fail (followed != NULL, FALSE);
  g_return_val_if_fail (session == NULL || JUXTA_IS_SESSION (session), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (follower), FALSE);
  g_return_val_if_fail (changed != NULL, FALSE);

  if (*followed == session)
    return FALSE;
  juxta_session_unfollow (followed, follower);
  if (session == NULL)
    return TRUE;
  *followed = g_object_ref (session);
  g_signal_connect_object (session, "changed", changed, follower, 0);
  ((ChangedFunc) changed) (session, JUXTA_SESSION_CHANGE_ALL, follower);
  return TRUE;
}

void
juxta_session_unfollow (JuxtaSession **followed,
                        gpointer       follower)
{
  g_return_if_fail (followed != NULL);

  if (*followed != NULL)
    g_signal_handlers_disconnect_by_data (*followed, follower);
  g_clear_object (followed);
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
  _juxta_session_state_apply_variant (&new_state, deck, state);
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
  old = g_variant_ref_sink (_juxta_session_state_to_variant (&self->state, self->deck));
  juxta_session_state_init (&new_state, deck);
  _juxta_session_state_apply_variant (&new_state, deck, old);
  file = g_strdup (self->file);
  _juxta_session_commit (self, deck, &new_state, file, self->deck_changed);
}

/* The sliders become @weights (one per priority): the selected person's
 * (and the consensus follows), or the scenario's without stakeholders;
 * FALSE, and no change, while everyone is selected. */
gboolean
_juxta_session_set_slider_weights (JuxtaSession *self,
                                   const int    *weights)
{
  guint n = juxta_deck_get_n_priorities (self->deck);
  JuxtaSessionState new_state;
  int *sliders = _juxta_session_state_slider_weights (&self->state);

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
  _juxta_session_state_copy (&new_state, &self->state);
  memcpy (_juxta_session_state_slider_weights (&new_state), weights, n * sizeof (int));
  _juxta_session_take_state (self, &new_state);
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
      (sliders = _juxta_session_state_slider_weights (&self->state)) == NULL)
    return FALSE;
  memcpy (weights, sliders, sizeof weights);
  weights[priority] = CLAMP (weight, 0, 100);
  return _juxta_session_set_slider_weights (self, weights);
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
      (sliders = _juxta_session_state_slider_weights (&self->state)) == NULL)
    return;
  scenario = self->state.scenario;
  memcpy (scenario.weights, sliders, sizeof scenario.weights);
  juxta_scenario_apply_preset (&scenario, self->deck, preset);
  _juxta_session_set_slider_weights (self, scenario.weights);
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
  _juxta_session_set_slider_weights (self, defaults.weights);
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
  return g_variant_ref_sink (_juxta_session_state_to_variant (&self->state, self->deck));
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
  _juxta_session_state_copy (&new_state, &self->state);
  _juxta_session_state_apply_variant (&new_state, self->deck, state);
  _juxta_session_take_state (self, &new_state);
}

/* The sliders and what set them, for juxta_session_restore_sliders ():
 * the weights, the interview's answers, each person's weights and
 * answers, and who is selected; NULL without a deck. */
GVariant *
juxta_session_save_sliders (JuxtaSession *self)
{
  g_return_val_if_fail (JUXTA_IS_SESSION (self), NULL);

  if (self->deck == NULL)
    return NULL;
  return g_variant_ref_sink (_juxta_session_state_sliders_to_variant (&self->state, self->deck));
}

/* Puts back what juxta_session_save_sliders () kept, in one change:
 * the weights and answers, each person's (by name) who is still there,
 * and the selection.  Everything else stays as it is now: must-haves,
 * audience, hidden options, notes, and who the people are.  A floating
 * @sliders is taken. */
void
juxta_session_restore_sliders (JuxtaSession *self,
                               GVariant     *sliders)
{
  g_autoptr(GVariant) owned = sliders != NULL ? g_variant_ref_sink (sliders) : NULL;
  JuxtaSessionState new_state;

  g_return_if_fail (JUXTA_IS_SESSION (self));

  if (self->deck == NULL)
    return;
  _juxta_session_state_copy (&new_state, &self->state);
  _juxta_session_state_apply_sliders (&new_state, self->deck, sliders);
  _juxta_session_take_state (self, &new_state);
}
