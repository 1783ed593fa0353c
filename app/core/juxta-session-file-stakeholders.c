/* juxta-session-file-stakeholders.c: the people in the meeting in a
 * scenario file ("stakeholders") */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-session-file-private.h"

/* A person's name: a string, one line, not empty; and no one's before. */
static void
check_stakeholder_name (JuxtaSessionFileReader *r,
                        const JuxtaJsonValue   *list,
                        guint                   index)
{
  const JuxtaJsonValue *person = list->array.items[index];
  const JuxtaJsonValue *value = juxta_json_object_get (person, "name");
  g_autoptr(GError) error = NULL;
  gsize mark = _juxta_session_file_push_key (r, "name");

  if (value == NULL)
    _juxta_session_file_error (r, person, _("missing; expected the person's name"));
  else if (!_juxta_session_file_expect (r, value, JUXTA_JSON_STRING, _("a name (a string)")))
    ;
  else if (!juxta_stakeholder_check_name (value->string.text, &error))
    _juxta_session_file_error (r, value, "%s", error->message);
  else
    for (guint j = 0; j < index; j++)
      {
        const JuxtaJsonValue *other = juxta_json_object_get (list->array.items[j], "name");

        if (other != NULL && other->type == JUXTA_JSON_STRING &&
            juxta_stakeholder_names_equal (other->string.text, value->string.text))
          {
            g_autofree char *quoted = juxta_diagnostic_quote (value->string.text);
            /* TRANSLATORS: two people in a scenario file with the same name,
             * "\"Dana\" is also the name of $.stakeholders[0]" */
            _juxta_session_file_error (r, value, _("\"%s\" is also the name of $.stakeholders[%u] "
                                                   "(each person is named once)"),
                                       quoted, j);
            break;
          }
      }
  _juxta_session_file_pop (r, mark);
}

static void
check_stakeholder (JuxtaSessionFileReader *r,
                   const JuxtaJsonValue   *list,
                   guint                   index)
{
  static const char *const known[] = { "name", "weights", "answers", NULL };
  const JuxtaJsonValue *person = list->array.items[index];
  const JuxtaJsonValue *weights, *answers;
  gsize mark;

  if (!_juxta_session_file_expect (r, person, JUXTA_JSON_OBJECT,
                                   _("a stakeholder (an object with \"name\" and \"weights\")")))
    return;
  _juxta_session_file_check_keys (r, person, known);
  check_stakeholder_name (r, list, index);
  if ((weights = juxta_json_object_get (person, "weights")) != NULL)
    {
      mark = _juxta_session_file_push_key (r, "weights");
      _juxta_session_file_check_weights (r, weights);
      _juxta_session_file_pop (r, mark);
    }
  if ((answers = juxta_json_object_get (person, "answers")) != NULL)
    {
      mark = _juxta_session_file_push_key (r, "answers");
      _juxta_session_file_check_answers (r, answers);
      _juxta_session_file_pop (r, mark);
    }
}

/* Each person is an advice computation per change: a list longer than a
 * meeting holds is refused unread (which also keeps the check for names
 * given twice small). */
static void
check_stakeholders (JuxtaSessionFileReader *r,
                    const JuxtaJsonValue   *value)
{
  if (!_juxta_session_file_expect (r, value, JUXTA_JSON_ARRAY, _("an array of stakeholders")))
    return;
  if (value->array.length > JUXTA_MAX_STAKEHOLDERS)
    {
      _juxta_session_file_error (r, value, _("expected at most %d stakeholders, got %u"),
                                 JUXTA_MAX_STAKEHOLDERS,
                                 value->array.length);
      return;
    }
  for (guint i = 0; i < value->array.length; i++)
    {
      gsize mark = _juxta_session_file_push_index (r, i);
      check_stakeholder (r, value, i);
      _juxta_session_file_pop (r, mark);
    }
}

/* Each person with the deck's defaults where they give no weight, and
 * their answers' weights when they give answers and no weights at all.
 * The scenario's own weights are then their consensus (the file's
 * "weights", written for older versions of Juxta, are not read). */
static void
apply_stakeholders (JuxtaSessionFileReader *r,
                    const JuxtaJsonValue   *value)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);

  for (guint i = 0; i < value->array.length; i++)
    {
      const JuxtaJsonValue *item = value->array.items[i];
      const JuxtaJsonValue *weights = juxta_json_object_get (item, "weights");
      const JuxtaJsonValue *answers = juxta_json_object_get (item, "answers");
      g_autofree char *name = g_strstrip (g_strdup (juxta_json_object_get (item, "name")->string.text));
      JuxtaStakeholder *person = juxta_stakeholder_new (r->deck, name);
      gsize mark = _juxta_session_file_push_index (r, i);
      gsize inner;

      if (weights != NULL)
        {
          inner = _juxta_session_file_push_key (r, "weights");
          _juxta_session_file_read_weights (r, weights, person->weights);
          _juxta_session_file_pop (r, inner);
        }
      if (answers != NULL)
        {
          inner = _juxta_session_file_push_key (r, "answers");
          person->answers = _juxta_session_file_read_answers (r, answers);
          _juxta_session_file_pop (r, inner);
          if (weights == NULL)
            _juxta_session_apply_answers_to (person->answers, r->deck, person->weights);
        }
      _juxta_session_file_pop (r, mark);
      g_ptr_array_add (people, person);
    }
  g_clear_pointer (&r->state->stakeholders, g_ptr_array_unref);
  if (people->len > 0)
    r->state->stakeholders = g_steal_pointer (&people);
}

/* Only when there are some; each person's answers only when they have some. */
static void
write_stakeholders (JuxtaSessionFileWriter *w)
{
  GPtrArray *people = w->state->stakeholders;

  if (people == NULL)
    return;
  json_builder_set_member_name (w->builder, "stakeholders");
  json_builder_begin_array (w->builder);
  for (guint k = 0; k < people->len; k++)
    {
      const JuxtaStakeholder *person = g_ptr_array_index (people, k);

      json_builder_begin_object (w->builder);
      _juxta_session_file_add_string (w->builder, "name", person->name);
      _juxta_session_file_add_weights (w, person->weights);
      _juxta_session_file_add_answers (w, person->answers);
      json_builder_end_object (w->builder);
    }
  json_builder_end_array (w->builder);
}

const JuxtaSessionFileKey _juxta_session_file_stakeholders_key = {
  "stakeholders", FALSE, check_stakeholders, apply_stakeholders, write_stakeholders
};
