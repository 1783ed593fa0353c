/* juxta-deck.c: the deck model */

#define G_LOG_DOMAIN "juxta-deck"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "juxta-deck-private.h"

G_DEFINE_FINAL_TYPE (JuxtaDeck, juxta_deck, G_TYPE_OBJECT)

static void
juxta_deck_finalize (GObject *object)
{
  JuxtaDeck *self = (JuxtaDeck *) object;

  g_clear_pointer (&self->document, juxta_json_document_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (juxta_deck_parent_class)->finalize (object);
}

static void
juxta_deck_class_init (JuxtaDeckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = juxta_deck_finalize;
}

static void
juxta_deck_init (JuxtaDeck *self)
{
}

/* Takes ownership of @document. */
JuxtaDeck *
juxta_deck_new_empty (JuxtaJsonDocument *document,
                      const char        *path)
{
  JuxtaDeck *self = g_object_new (JUXTA_TYPE_DECK, NULL);

  self->document = document;
  self->path = g_strdup (path);
  return self;
}

#define DEFINE_STRING_GETTER(field)                     \
  const char *                                          \
  juxta_deck_get_##field (JuxtaDeck *self)              \
  {                                                     \
    g_return_val_if_fail (JUXTA_IS_DECK (self), NULL);  \
    return self->field;                                 \
  }

DEFINE_STRING_GETTER (id)
DEFINE_STRING_GETTER (title)
DEFINE_STRING_GETTER (subtitle)
DEFINE_STRING_GETTER (framing)
DEFINE_STRING_GETTER (bottom_line_avoid)
DEFINE_STRING_GETTER (bottom_line_say)
DEFINE_STRING_GETTER (verified)
DEFINE_STRING_GETTER (path)

#define DEFINE_LIST_GETTERS(Type, singular, plural)                       \
  guint                                                                   \
  juxta_deck_get_n_##plural (JuxtaDeck *self)                             \
  {                                                                       \
    g_return_val_if_fail (JUXTA_IS_DECK (self), 0);                       \
    return self->n_##plural;                                              \
  }                                                                       \
                                                                          \
  const Type *                                                            \
  juxta_deck_get_##singular (JuxtaDeck *self,                             \
                             guint      index)                            \
  {                                                                       \
    g_return_val_if_fail (JUXTA_IS_DECK (self), NULL);                    \
    g_return_val_if_fail (index < self->n_##plural, NULL);                \
    return &self->plural[index];                                          \
  }

DEFINE_LIST_GETTERS (JuxtaPriority, priority, priorities)
DEFINE_LIST_GETTERS (JuxtaOption, option, options)
DEFINE_LIST_GETTERS (JuxtaDimension, dimension, dimensions)
DEFINE_LIST_GETTERS (JuxtaAudience, audience, audiences)
DEFINE_LIST_GETTERS (JuxtaAnalogy, analogy, analogies)
DEFINE_LIST_GETTERS (JuxtaAnswer, answer, answers)
DEFINE_LIST_GETTERS (JuxtaTerm, term, terms)
DEFINE_LIST_GETTERS (JuxtaPreset, preset, presets)
DEFINE_LIST_GETTERS (JuxtaRequirement, requirement, requirements)
DEFINE_LIST_GETTERS (JuxtaExpectation, expectation, expectations)
DEFINE_LIST_GETTERS (JuxtaSource, source, sources)

/* Every list with ids has "id" as its first member, so one lookup and one
 * listing serve them all. */
static int
find_id (gconstpointer  items,
         gsize          item_size,
         guint          n_items,
         const char    *id)
{
  g_return_val_if_fail (id != NULL, -1);

  for (guint i = 0; i < n_items; i++)
    {
      const char *item_id = *(const char *const *) ((const char *) items + i * item_size);
      if (strcmp (item_id, id) == 0)
        return (int) i;
    }
  return -1;
}

static char *
list_ids (gconstpointer items,
          gsize         item_size,
          guint         n_items)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    {
      const char *item_id = *(const char *const *) ((const char *) items + i * item_size);
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, item_id);
    }
  return g_string_free (list, FALSE);
}

#define DEFINE_ID_FUNCTIONS(Type, singular, plural)                       \
  int                                                                     \
  juxta_deck_find_##singular (JuxtaDeck  *self,                           \
                              const char *id)                             \
  {                                                                       \
    g_return_val_if_fail (JUXTA_IS_DECK (self), -1);                      \
    return find_id (self->plural, sizeof (Type), self->n_##plural, id);   \
  }

DEFINE_ID_FUNCTIONS (JuxtaPriority, priority, priorities)
DEFINE_ID_FUNCTIONS (JuxtaOption, option, options)
DEFINE_ID_FUNCTIONS (JuxtaAudience, audience, audiences)
DEFINE_ID_FUNCTIONS (JuxtaPreset, preset, presets)
DEFINE_ID_FUNCTIONS (JuxtaRequirement, requirement, requirements)

#define DEFINE_ID_LISTING(Type, singular, plural)                         \
  char *                                                                  \
  juxta_deck_list_##singular##_ids (JuxtaDeck *self)                      \
  {                                                                       \
    g_return_val_if_fail (JUXTA_IS_DECK (self), NULL);                    \
    return list_ids (self->plural, sizeof (Type), self->n_##plural);      \
  }

DEFINE_ID_LISTING (JuxtaPriority, priority, priorities)
DEFINE_ID_LISTING (JuxtaOption, option, options)
DEFINE_ID_LISTING (JuxtaAudience, audience, audiences)
DEFINE_ID_LISTING (JuxtaPreset, preset, presets)
DEFINE_ID_LISTING (JuxtaRequirement, requirement, requirements)

/* The spoken-ready answer for @audience: the first that suits it, or -1. */
int
juxta_deck_find_answer_for_audience (JuxtaDeck *self,
                                     guint      audience)
{
  g_return_val_if_fail (JUXTA_IS_DECK (self), -1);

  for (guint i = 0; i < self->n_answers; i++)
    if (juxta_audiences_include (self->answers[i].audiences, audience))
      return (int) i;
  return -1;
}

/* What to say instead of the analogy @analogy to @audience: its "instead"
 * when that suits the audience.  When it is meant for other audiences, its
 * counterpart for this one: the first recommended analogy that suits this
 * audience and none of the named one's; without a counterpart, the first
 * recommended analogy that suits this audience.  -1 when there is none, or
 * the analogy names no "instead".  @certain, when not NULL, says whether
 * the choice is the deck's own: the named analogy, or the only
 * counterpart. */
int
juxta_deck_find_instead_for_audience (JuxtaDeck *self,
                                      guint      analogy,
                                      guint      audience,
                                      gboolean  *certain)
{
  const JuxtaAnalogy *named;
  int counterpart = -1, fallback = -1;
  guint n_counterparts = 0;

  if (certain != NULL)
    *certain = TRUE;
  g_return_val_if_fail (JUXTA_IS_DECK (self), -1);
  g_return_val_if_fail (analogy < self->n_analogies, -1);

  if (self->analogies[analogy].instead < 0)
    return -1;
  named = &self->analogies[self->analogies[analogy].instead];
  if (juxta_audiences_include (named->audiences, audience))
    return self->analogies[analogy].instead;

  for (guint i = 0; i < self->n_analogies; i++)
    {
      const JuxtaAnalogy *candidate = &self->analogies[i];
      gboolean shared = FALSE;

      if (candidate->verdict != JUXTA_ANALOGY_RECOMMENDED || i == analogy ||
          !juxta_audiences_include (candidate->audiences, audience))
        continue;
      if (fallback < 0)
        fallback = (int) i;
      for (guint a = 0; a < self->n_audiences && !shared; a++)
        shared = juxta_audiences_include (named->audiences, a) && juxta_audiences_include (candidate->audiences, a);
      if (!shared && n_counterparts++ == 0)
        counterpart = (int) i;
    }
  if (certain != NULL)
    *certain = n_counterparts == 1;
  return counterpart >= 0 ? counterpart : fallback;
}

/* Days from the deck's "verified" date to @now, or -1 without a date. */
int
juxta_deck_get_verified_age (JuxtaDeck *self,
                             GDateTime *now)
{
  g_autoptr(GDateTime) verified = NULL;
  int year, month, day;

  g_return_val_if_fail (JUXTA_IS_DECK (self), -1);
  g_return_val_if_fail (now != NULL, -1);

  if (self->verified == NULL || sscanf (self->verified, "%d-%d-%d", &year, &month, &day) != 3)
    return -1;
  verified = g_date_time_new (g_date_time_get_timezone (now), year, month, day, 0, 0, 0);
  if (verified == NULL)
    return -1;
  return (int) (g_date_time_difference (now, verified) / G_TIME_SPAN_DAY);
}

/* The line and column (1-based, in characters) of the value at @path, a
 * JSON path as in the loader's messages ("$.options[1].scores.cost"); for a
 * path that goes further than the deck (a missing key), the deepest value
 * on the way: the object that lacks the key.  FALSE when @path is not a
 * path into the deck. */
gboolean
juxta_deck_locate (JuxtaDeck  *self,
                   const char *path,
                   guint      *line,
                   guint      *column)
{
  const JuxtaJsonValue *value;

  g_return_val_if_fail (JUXTA_IS_DECK (self), FALSE);
  g_return_val_if_fail (path != NULL && line != NULL && column != NULL, FALSE);

  value = juxta_json_value_find (juxta_json_document_get_root (self->document), path, NULL);
  if (value == NULL)
    return FALSE;
  juxta_json_document_locate (self->document, value->offset, line, column);
  return TRUE;
}

/* A problem found in a loaded deck (a failed expectation, a lint finding),
 * at the position of the value at @path: use "$" for a finding about the
 * whole deck. */
JuxtaDiagnostic *
juxta_deck_diagnostic_new (JuxtaDeck     *self,
                           JuxtaSeverity  severity,
                           const char    *file,
                           const char    *path,
                           const char    *message)
{
  guint line = 0, column = 0;

  g_return_val_if_fail (JUXTA_IS_DECK (self), NULL);
  g_return_val_if_fail (path != NULL && message != NULL, NULL);

  juxta_deck_locate (self, path, &line, &column);
  return juxta_diagnostic_new (severity, file, line, column, path, message);
}

double
juxta_option_get_score (const JuxtaOption *option,
                        guint              priority)
{
  g_return_val_if_fail (option != NULL, 0);
  g_return_val_if_fail (priority < JUXTA_MAX_PRIORITIES, 0);

  return (double) option->scores[priority] / JUXTA_SCORE_UNIT;
}

gboolean
juxta_audiences_include (guint32 audiences,
                         guint   audience)
{
  return audience < 32 && (audiences & (1u << audience)) != 0;
}
