/* juxta-session-file-interview.c: the customer's answers in a scenario file
 * ("answers", and each stakeholder's) */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-session-file-private.h"

/* An answer's priority or other: a non-empty id.  Returns it, or NULL. */
static const char *
check_answer_id (JuxtaSessionFileReader *r,
                 const JuxtaJsonValue   *answer,
                 const char             *key)
{
  const JuxtaJsonValue *value = juxta_json_object_get (answer, key);
  gsize mark = _juxta_session_file_push_key (r, key);
  const char *id = NULL;

  if (value == NULL)
    _juxta_session_file_error (r, answer, _("missing; expected a priority id"));
  else if (_juxta_session_file_expect (r, value, JUXTA_JSON_STRING, _("a priority id (a string)")))
    {
      if (value->string.length == 0)
        _juxta_session_file_error (r, value, _("expected a priority id, got an empty string"));
      else
        id = value->string.text;
    }
  _juxta_session_file_pop (r, mark);
  return id;
}

static void
check_answer_ratio (JuxtaSessionFileReader *r,
                    const JuxtaJsonValue   *answer)
{
  const JuxtaJsonValue *value = juxta_json_object_get (answer, "ratio");
  gsize mark = _juxta_session_file_push_key (r, "ratio");

  if (value == NULL)
    _juxta_session_file_error (r, answer, _("missing; expected a whole number from 1 to 9"));
  else if (value->type != JUXTA_JSON_NUMBER)
    _juxta_session_file_error (r, value, _("expected a whole number from 1 to 9, got %s"),
                               juxta_json_type_describe (value));
  else if (value->number < 1 || value->number > JUXTA_INTERVIEW_MAX_RATIO || value->number != (int) value->number)
    _juxta_session_file_error (r, value, _("expected a whole number from 1 to 9, got %.17g"),
                               value->number);
  _juxta_session_file_pop (r, mark);
}

/* Whether answer @j names the same two ids as @preferred and @other. */
static gboolean
same_pair (const JuxtaJsonValue *answer,
           const char           *preferred,
           const char           *other)
{
  const JuxtaJsonValue *p = juxta_json_object_get (answer, "priority");
  const JuxtaJsonValue *o = juxta_json_object_get (answer, "other");

  if (p == NULL || o == NULL || p->type != JUXTA_JSON_STRING || o->type != JUXTA_JSON_STRING)
    return FALSE;
  return (g_str_equal (p->string.text, preferred) && g_str_equal (o->string.text, other)) ||
         (g_str_equal (p->string.text, other) && g_str_equal (o->string.text, preferred));
}

static void
check_answer (JuxtaSessionFileReader *r,
              const JuxtaJsonValue   *list,
              const char             *list_path,
              guint                   index)
{
  static const char *const known[] = { "priority", "other", "ratio", NULL };
  const JuxtaJsonValue *answer = list->array.items[index];
  const char *preferred, *other;

  if (!_juxta_session_file_expect (r, answer, JUXTA_JSON_OBJECT,
                                   _("an answer (an object with \"priority\", \"other\" and "
                                     "\"ratio\")")))
    return;
  _juxta_session_file_check_keys (r, answer, known);
  preferred = check_answer_id (r, answer, "priority");
  other = check_answer_id (r, answer, "other");
  check_answer_ratio (r, answer);
  if (preferred == NULL || other == NULL)
    return;
  if (g_str_equal (preferred, other))
    {
      g_autofree char *quoted = juxta_diagnostic_quote (preferred);
      gsize mark = _juxta_session_file_push_key (r, "other");

      _juxta_session_file_error (r, juxta_json_object_get (answer, "other"),
                                 _("\"%s\" is compared with itself"), quoted);
      _juxta_session_file_pop (r, mark);
      return;
    }
  for (guint j = 0; j < index; j++)
    if (same_pair (list->array.items[j], preferred, other))
      {
        g_autofree char *a = juxta_diagnostic_quote (preferred);
        g_autofree char *b = juxta_diagnostic_quote (other);

        /* TRANSLATORS: "…compared twice (also at $.answers[0])" */
        _juxta_session_file_error (r, answer, _("\"%s\" and \"%s\" are compared twice (also at %s[%u])"),
                                   a, b, list_path, j);
        return;
      }
}

/* A pair can be answered once, so a list longer than every pair of the
 * largest deck is refused unread (which also keeps the check for pairs
 * answered twice small). */
void
_juxta_session_file_check_answers (JuxtaSessionFileReader *r,
                                   const JuxtaJsonValue   *value)
{
  g_autofree char *list_path = g_strdup (r->path->str);

  if (!_juxta_session_file_expect (r, value, JUXTA_JSON_ARRAY, _("an array of answers")))
    return;
  if (value->array.length > JUXTA_INTERVIEW_MAX_ANSWERS)
    {
      _juxta_session_file_error (r, value,
                                 _("expected at most %u answers (every pair of %u priorities once), "
                                   "got %u"),
                                 (guint) JUXTA_INTERVIEW_MAX_ANSWERS, (guint) JUXTA_MAX_PRIORITIES,
                                 value->array.length);
      return;
    }
  for (guint i = 0; i < value->array.length; i++)
    {
      gsize mark = _juxta_session_file_push_index (r, i);
      check_answer (r, value, list_path, i);
      _juxta_session_file_pop (r, mark);
    }
}

/* The deck's index of an answer's priority or other; a warning and -1
 * when the deck has no such priority. */
static int
find_answer_priority (JuxtaSessionFileReader *r,
                      const JuxtaJsonValue   *answer,
                      const char             *key)
{
  const JuxtaJsonValue *value = juxta_json_object_get (answer, key);
  int p = juxta_deck_find_priority (r->deck, value->string.text);

  if (p < 0)
    {
      gsize mark = _juxta_session_file_push_key (r, key);
      _juxta_session_file_warn_unknown (r, value, JUXTA_SESSION_FILE_UNKNOWN_PRIORITY,
                                        value->string.text);
      _juxta_session_file_pop (r, mark);
    }
  return p;
}

/* The answers whose priorities the deck has (NULL: none). */
GArray *
_juxta_session_file_read_answers (JuxtaSessionFileReader *r,
                                  const JuxtaJsonValue   *value)
{
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer));

  for (guint i = 0; i < value->array.length; i++)
    {
      const JuxtaJsonValue *item = value->array.items[i];
      gsize mark = _juxta_session_file_push_index (r, i);
      int p = find_answer_priority (r, item, "priority");
      int o = find_answer_priority (r, item, "other");
      JuxtaInterviewAnswer answer;

      _juxta_session_file_pop (r, mark);
      if (p < 0 || o < 0)
        continue;
      answer.priority = (guint) p;
      answer.other = (guint) o;
      answer.ratio = (guint) juxta_json_object_get (item, "ratio")->number;
      g_array_append_val (answers, answer);
    }
  return _juxta_session_copy_answers (answers);
}

static gboolean
has_stakeholders (const JuxtaJsonValue *root)
{
  const JuxtaJsonValue *people = juxta_json_object_get (root, "stakeholders");

  return people != NULL && people->array.length > 0;
}

/* The answers whose priorities the deck has; and, when the file gives no
 * weights, the weights become the answers' (if they connect every
 * priority).  With weights, those are what the sliders were when the
 * file was saved: they stay, and the answers may no longer match them.
 * With stakeholders, answers are each person's own: these are ignored. */
static void
apply_answers (JuxtaSessionFileReader *r,
               const JuxtaJsonValue   *value)
{
  const JuxtaJsonValue *root = juxta_json_document_get_root (r->doc);

  if (has_stakeholders (root))
    {
      _juxta_session_file_warn (r, value,
                                _("ignored: with stakeholders, each person's answers are kept with them "
                                  "($.stakeholders[…].answers)"));
      return;
    }
  g_clear_pointer (&r->state->answers, g_array_unref);
  r->state->answers = _juxta_session_file_read_answers (r, value);
  if (juxta_json_object_get (root, "weights") == NULL)
    _juxta_session_apply_answers_to (r->state->answers, r->deck, r->state->scenario.weights);
}

/* Each answer with the preferred priority first (as they are kept). */
void
_juxta_session_file_add_answers (JuxtaSessionFileWriter *w,
                                 GArray                 *answers)
{
  if (answers == NULL)
    return;
  json_builder_set_member_name (w->builder, "answers");
  json_builder_begin_array (w->builder);
  for (guint k = 0; k < answers->len; k++)
    {
      const JuxtaInterviewAnswer *answer = &g_array_index (answers, JuxtaInterviewAnswer, k);

      json_builder_begin_object (w->builder);
      _juxta_session_file_add_string (w->builder, "priority",
                                      juxta_deck_get_priority (w->deck, answer->priority)->id);
      _juxta_session_file_add_string (w->builder, "other",
                                      juxta_deck_get_priority (w->deck, answer->other)->id);
      json_builder_set_member_name (w->builder, "ratio");
      json_builder_add_int_value (w->builder, answer->ratio);
      json_builder_end_object (w->builder);
    }
  json_builder_end_array (w->builder);
}

static void
write_answers (JuxtaSessionFileWriter *w)
{
  _juxta_session_file_add_answers (w, w->state->answers);
}

const JuxtaSessionFileKey _juxta_session_file_answers_key = {
  "answers", FALSE, _juxta_session_file_check_answers, apply_answers, write_answers
};
