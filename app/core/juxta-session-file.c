/* juxta-session-file.c: scenario files (docs/scenario-format.md)
 *
 * A scenario file is read with the strict reader decks are read with, in
 * two passes over one table of keys: first each value's shape (before the
 * deck is known), then, once the deck is found, its ids, which only warn
 * when the deck no longer has them.  It is written with json-glib: it
 * holds only strings and integers.  A new key is one row of file_keys[]
 * with its check, apply and write functions.
 */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "juxta-catalog.h"
#include "juxta-deck-loader.h"
#include "juxta-export.h"
#include "juxta-json.h"
#include "juxta-session-private.h"

G_DEFINE_QUARK (juxta-session-error-quark, juxta_session_error)

typedef struct
{
  const char         *file;          /* for messages */
  JuxtaJsonDocument  *doc;
  GPtrArray          *diagnostics;
  guint               n_errors;
  GString            *path;          /* the JSON path of the value at hand */
  JuxtaDeck          *deck;          /* second pass only */
  JuxtaSessionState  *state;         /* second pass only */
} Reader;

typedef struct
{
  JsonBuilder             *builder;
  JuxtaDeck               *deck;
  const JuxtaSessionState *state;
  const char              *file;     /* the scenario file being written */
} Writer;

/* ------------------------------------------------------------ messages */

static gsize
path_push_key (Reader     *r,
               const char *key)
{
  gsize mark = r->path->len;

  juxta_json_path_append_key (r->path, key);
  return mark;
}

static gsize
path_push_index (Reader *r,
                 guint   index)
{
  gsize mark = r->path->len;

  juxta_json_path_append_index (r->path, index);
  return mark;
}

static void
path_pop (Reader *r,
          gsize   mark)
{
  g_string_truncate (r->path, mark);
}

/* Reports a problem at @value (its line and column, and the current path). */
G_GNUC_PRINTF (4, 5)
static void
report (Reader               *r,
        JuxtaSeverity         severity,
        const JuxtaJsonValue *value,
        const char           *format,
        ...)
{
  g_autofree char *message = NULL;
  guint line = 0, column = 0;
  va_list args;

  if (severity == JUXTA_SEVERITY_ERROR)
    r->n_errors++;
  if (r->diagnostics->len >= JUXTA_MAX_DIAGNOSTICS)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  juxta_json_document_locate (r->doc, value->offset, &line, &column);
  g_ptr_array_add (r->diagnostics, juxta_diagnostic_new (severity, r->file, line, column, r->path->str, message));
}

#define error_at(r, value, ...) report (r, JUXTA_SEVERITY_ERROR, value, __VA_ARGS__)
#define warn_at(r, value, ...) report (r, JUXTA_SEVERITY_WARNING, value, __VA_ARGS__)

static gboolean
expect_type (Reader               *r,
             const JuxtaJsonValue *value,
             JuxtaJsonType         type,
             const char           *expected)
{
  if (value->type == type)
    return TRUE;
  /* TRANSLATORS: "expected an array of requirement ids, got a string" */
  error_at (r, value, _("expected %s, got %s"), expected, juxta_json_type_describe (value));
  return FALSE;
}

/* Errors for duplicate keys (the strict reader keeps them all), warnings
 * for keys not in @known. */
static void
check_keys (Reader               *r,
            const JuxtaJsonValue *object,
            const char *const    *known)
{
  g_autoptr(GHashTable) seen = NULL;

  /* A hostile file may have half a million keys in one object. */
  if (object->object.length > 16)
    seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < object->object.length; i++)
    {
      const JuxtaJsonMember *member = &object->object.members[i];
      gboolean duplicate = FALSE;
      gsize mark;

      if (seen != NULL)
        duplicate = !g_hash_table_add (seen, (gpointer) member->key);
      else
        for (guint j = 0; j < i && !duplicate; j++)
          duplicate = strcmp (object->object.members[j].key, member->key) == 0;
      if (!duplicate && (known == NULL || g_strv_contains (known, member->key)))
        continue;

      mark = path_push_key (r, member->key);
      if (duplicate)
        {
          g_autofree char *quoted = juxta_diagnostic_quote (member->key);
          error_at (r, member->value, _("duplicate key \"%s\" (each key may appear once in an object)"), quoted);
        }
      else
        {
          g_autofree char *list = g_strjoinv (", ", (char **) known);
          warn_at (r, member->value, _("unknown key, ignored (known here: %s)"), list);
        }
      path_pop (r, mark);
    }
}

/* -------------------------------------------------- the keys, checked */

static void
check_format (Reader               *r,
              const JuxtaJsonValue *value)
{
  g_autofree char *quoted = NULL;

  if (!expect_type (r, value, JUXTA_JSON_STRING, "\"" JUXTA_SCENARIO_FORMAT "\""))
    return;
  if (g_str_equal (value->string.text, JUXTA_SCENARIO_FORMAT))
    return;
  quoted = juxta_diagnostic_quote (value->string.text);
  if (g_str_equal (value->string.text, "juxta-deck"))
    error_at (r, value, _("this is a deck, not a scenario (expected \"juxta-scenario\")"));
  else
    error_at (r, value, _("expected \"juxta-scenario\", got \"%s\""), quoted);
}

static void
check_version (Reader               *r,
               const JuxtaJsonValue *value)
{
  if (!expect_type (r, value, JUXTA_JSON_NUMBER, _("the format's version, 1")))
    return;
  if (value->number != JUXTA_SCENARIO_FORMAT_VERSION)
    error_at (r, value, _("version %.17g is not supported; this version of Juxta reads version %d"),
              value->number, JUXTA_SCENARIO_FORMAT_VERSION);
}

static gboolean
is_sha256 (const JuxtaJsonValue *value)
{
  if (value->string.length != 64)
    return FALSE;
  for (guint i = 0; i < 64; i++)
    if (!g_ascii_isxdigit (value->string.text[i]))
      return FALSE;
  return TRUE;
}

static void
check_deck_string (Reader               *r,
                   const JuxtaJsonValue *deck,
                   const char           *key,
                   gboolean              required)
{
  const JuxtaJsonValue *value = juxta_json_object_get (deck, key);
  gsize mark = path_push_key (r, key);

  if (value == NULL && required)
    error_at (r, deck, _("missing; expected the deck's id"));
  else if (value != NULL && expect_type (r, value, JUXTA_JSON_STRING, _("a string")))
    {
      if (value->string.length == 0)
        error_at (r, value, _("expected text, got an empty string"));
      else if (g_str_equal (key, "sha256") && !is_sha256 (value))
        error_at (r, value, _("expected a SHA-256 checksum (64 hexadecimal digits)"));
    }
  path_pop (r, mark);
}

static void
check_deck (Reader               *r,
            const JuxtaJsonValue *value)
{
  static const char *const known[] = { "id", "path", "sha256", NULL };

  if (!expect_type (r, value, JUXTA_JSON_OBJECT, _("an object naming the deck (\"id\", \"path\", \"sha256\")")))
    return;
  check_keys (r, value, known);
  check_deck_string (r, value, "id", TRUE);
  check_deck_string (r, value, "path", FALSE);
  check_deck_string (r, value, "sha256", FALSE);
}

static void
check_id (Reader               *r,
          const JuxtaJsonValue *value)
{
  expect_type (r, value, JUXTA_JSON_STRING, _("an id (a string)"));
}

static void
check_id_list (Reader               *r,
               const JuxtaJsonValue *value)
{
  if (!expect_type (r, value, JUXTA_JSON_ARRAY, _("an array of ids")))
    return;
  for (guint i = 0; i < value->array.length; i++)
    {
      gsize mark = path_push_index (r, i);
      check_id (r, value->array.items[i]);
      path_pop (r, mark);
    }
}

static gboolean
is_weight (const JuxtaJsonValue *value)
{
  return value->type == JUXTA_JSON_NUMBER && value->number >= 0 && value->number <= 100 &&
         value->number == (int) value->number;
}

static void
check_weights (Reader               *r,
               const JuxtaJsonValue *value)
{
  if (!expect_type (r, value, JUXTA_JSON_OBJECT, _("an object of priority ids and weights")))
    return;
  check_keys (r, value, NULL);
  for (guint i = 0; i < value->object.length; i++)
    {
      const JuxtaJsonMember *member = &value->object.members[i];
      gsize mark = path_push_key (r, member->key);

      if (member->value->type != JUXTA_JSON_NUMBER)
        error_at (r, member->value, _("expected a whole number from 0 to 100, got %s"),
                  juxta_json_type_describe (member->value));
      else if (!is_weight (member->value))
        error_at (r, member->value, _("expected a whole number from 0 to 100, got %.17g"), member->value->number);
      path_pop (r, mark);
    }
}

static void
check_notes (Reader               *r,
             const JuxtaJsonValue *value)
{
  expect_type (r, value, JUXTA_JSON_STRING, _("text (a string)"));
}

/* An answer's priority or other: a non-empty id.  Returns it, or NULL. */
static const char *
check_answer_id (Reader               *r,
                 const JuxtaJsonValue *answer,
                 const char           *key)
{
  const JuxtaJsonValue *value = juxta_json_object_get (answer, key);
  gsize mark = path_push_key (r, key);
  const char *id = NULL;

  if (value == NULL)
    error_at (r, answer, _("missing; expected a priority id"));
  else if (expect_type (r, value, JUXTA_JSON_STRING, _("a priority id (a string)")))
    {
      if (value->string.length == 0)
        error_at (r, value, _("expected a priority id, got an empty string"));
      else
        id = value->string.text;
    }
  path_pop (r, mark);
  return id;
}

static void
check_answer_ratio (Reader               *r,
                    const JuxtaJsonValue *answer)
{
  const JuxtaJsonValue *value = juxta_json_object_get (answer, "ratio");
  gsize mark = path_push_key (r, "ratio");

  if (value == NULL)
    error_at (r, answer, _("missing; expected a whole number from 1 to 9"));
  else if (value->type != JUXTA_JSON_NUMBER)
    error_at (r, value, _("expected a whole number from 1 to 9, got %s"), juxta_json_type_describe (value));
  else if (value->number < 1 || value->number > JUXTA_INTERVIEW_MAX_RATIO || value->number != (int) value->number)
    error_at (r, value, _("expected a whole number from 1 to 9, got %.17g"), value->number);
  path_pop (r, mark);
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
check_answer (Reader               *r,
              const JuxtaJsonValue *list,
              const char           *list_path,
              guint                 index)
{
  static const char *const known[] = { "priority", "other", "ratio", NULL };
  const JuxtaJsonValue *answer = list->array.items[index];
  const char *preferred, *other;

  if (!expect_type (r, answer, JUXTA_JSON_OBJECT,
                    _("an answer (an object with \"priority\", \"other\" and \"ratio\")")))
    return;
  check_keys (r, answer, known);
  preferred = check_answer_id (r, answer, "priority");
  other = check_answer_id (r, answer, "other");
  check_answer_ratio (r, answer);
  if (preferred == NULL || other == NULL)
    return;
  if (g_str_equal (preferred, other))
    {
      g_autofree char *quoted = juxta_diagnostic_quote (preferred);
      gsize mark = path_push_key (r, "other");

      error_at (r, juxta_json_object_get (answer, "other"), _("\"%s\" is compared with itself"), quoted);
      path_pop (r, mark);
      return;
    }
  for (guint j = 0; j < index; j++)
    if (same_pair (list->array.items[j], preferred, other))
      {
        g_autofree char *a = juxta_diagnostic_quote (preferred);
        g_autofree char *b = juxta_diagnostic_quote (other);

        /* TRANSLATORS: "…compared twice (also at $.answers[0])" */
        error_at (r, answer, _("\"%s\" and \"%s\" are compared twice (also at %s[%u])"), a, b, list_path, j);
        return;
      }
}

/* A pair can be answered once, so a list longer than every pair of the
 * largest deck is refused unread (which also keeps the check for pairs
 * answered twice small). */
static void
check_answers (Reader               *r,
               const JuxtaJsonValue *value)
{
  g_autofree char *list_path = g_strdup (r->path->str);

  if (!expect_type (r, value, JUXTA_JSON_ARRAY, _("an array of answers")))
    return;
  if (value->array.length > JUXTA_INTERVIEW_MAX_ANSWERS)
    {
      error_at (r, value, _("expected at most %u answers (every pair of %u priorities once), got %u"),
                (guint) JUXTA_INTERVIEW_MAX_ANSWERS, (guint) JUXTA_MAX_PRIORITIES, value->array.length);
      return;
    }
  for (guint i = 0; i < value->array.length; i++)
    {
      gsize mark = path_push_index (r, i);
      check_answer (r, value, list_path, i);
      path_pop (r, mark);
    }
}

/* A person's name: a string, one line, not empty; and no one's before. */
static void
check_stakeholder_name (Reader               *r,
                        const JuxtaJsonValue *list,
                        guint                 index)
{
  const JuxtaJsonValue *person = list->array.items[index];
  const JuxtaJsonValue *value = juxta_json_object_get (person, "name");
  g_autoptr(GError) error = NULL;
  gsize mark = path_push_key (r, "name");

  if (value == NULL)
    error_at (r, person, _("missing; expected the person's name"));
  else if (!expect_type (r, value, JUXTA_JSON_STRING, _("a name (a string)")))
    ;
  else if (!juxta_stakeholder_check_name (value->string.text, &error))
    error_at (r, value, "%s", error->message);
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
            error_at (r, value, _("\"%s\" is also the name of $.stakeholders[%u] (each person is named once)"),
                      quoted, j);
            break;
          }
      }
  path_pop (r, mark);
}

static void
check_stakeholder (Reader               *r,
                   const JuxtaJsonValue *list,
                   guint                 index)
{
  static const char *const known[] = { "name", "weights", "answers", NULL };
  const JuxtaJsonValue *person = list->array.items[index];
  const JuxtaJsonValue *weights, *answers;
  gsize mark;

  if (!expect_type (r, person, JUXTA_JSON_OBJECT,
                    _("a stakeholder (an object with \"name\" and \"weights\")")))
    return;
  check_keys (r, person, known);
  check_stakeholder_name (r, list, index);
  if ((weights = juxta_json_object_get (person, "weights")) != NULL)
    {
      mark = path_push_key (r, "weights");
      check_weights (r, weights);
      path_pop (r, mark);
    }
  if ((answers = juxta_json_object_get (person, "answers")) != NULL)
    {
      mark = path_push_key (r, "answers");
      check_answers (r, answers);
      path_pop (r, mark);
    }
}

/* Each person is an advice computation per change: a list longer than a
 * meeting holds is refused unread (which also keeps the check for names
 * given twice small). */
static void
check_stakeholders (Reader               *r,
                    const JuxtaJsonValue *value)
{
  if (!expect_type (r, value, JUXTA_JSON_ARRAY, _("an array of stakeholders")))
    return;
  if (value->array.length > JUXTA_MAX_STAKEHOLDERS)
    {
      error_at (r, value, _("expected at most %d stakeholders, got %u"), JUXTA_MAX_STAKEHOLDERS,
                value->array.length);
      return;
    }
  for (guint i = 0; i < value->array.length; i++)
    {
      gsize mark = path_push_index (r, i);
      check_stakeholder (r, value, i);
      path_pop (r, mark);
    }
}

/* --------------------------------------- the keys, applied to the deck */

typedef enum
{
  UNKNOWN_AUDIENCE,
  UNKNOWN_PRIORITY,
  UNKNOWN_REQUIREMENT,
  UNKNOWN_OPTION,
} Unknown;

/* An id the deck does not have (any more): a warning, and the rest of the
 * scenario still applies. */
static void
warn_unknown (Reader               *r,
              const JuxtaJsonValue *value,
              Unknown               kind,
              const char           *id)
{
  g_autofree char *quoted = NULL;
  g_autofree char *known = NULL;

  /* Past the limit nothing would be kept: nothing is formatted. */
  if (r->diagnostics->len >= JUXTA_MAX_DIAGNOSTICS)
    return;
  quoted = juxta_diagnostic_quote (id);
  switch (kind)
    {
    case UNKNOWN_AUDIENCE:
      known = juxta_deck_list_audience_ids (r->deck);
      warn_at (r, value, _("the deck has no audience \"%s\"; its first audience is used (known: %s)"),
               quoted, known);
      break;
    case UNKNOWN_PRIORITY:
      known = juxta_deck_list_priority_ids (r->deck);
      warn_at (r, value, _("the deck has no priority \"%s\"; ignored (known: %s)"), quoted, known);
      break;
    case UNKNOWN_REQUIREMENT:
      known = juxta_deck_list_requirement_ids (r->deck);
      warn_at (r, value, _("the deck has no requirement \"%s\"; ignored (known: %s)"), quoted,
               known[0] != '\0' ? known : C_("no known ids", "none"));
      break;
    case UNKNOWN_OPTION:
    default:
      known = juxta_deck_list_option_ids (r->deck);
      warn_at (r, value, _("the deck has no option \"%s\"; ignored (known: %s)"), quoted, known);
      break;
    }
}

static void
apply_audience (Reader               *r,
                const JuxtaJsonValue *value)
{
  int a = juxta_deck_find_audience (r->deck, value->string.text);

  if (a >= 0)
    r->state->scenario.audience = (guint) a;
  else
    warn_unknown (r, value, UNKNOWN_AUDIENCE, value->string.text);
}

static void
read_weights (Reader               *r,
              const JuxtaJsonValue *value,
              int                  *weights)
{
  for (guint i = 0; i < value->object.length; i++)
    {
      const JuxtaJsonMember *member = &value->object.members[i];
      int p = juxta_deck_find_priority (r->deck, member->key);
      gsize mark = path_push_key (r, member->key);

      if (p >= 0)
        weights[p] = (int) member->value->number;
      else
        warn_unknown (r, member->value, UNKNOWN_PRIORITY, member->key);
      path_pop (r, mark);
    }
}

static void
apply_weights (Reader               *r,
               const JuxtaJsonValue *value)
{
  read_weights (r, value, r->state->scenario.weights);
}

static void
apply_requirements (Reader               *r,
                    const JuxtaJsonValue *value)
{
  for (guint i = 0; i < value->array.length; i++)
    {
      const JuxtaJsonValue *item = value->array.items[i];
      int q = juxta_deck_find_requirement (r->deck, item->string.text);
      gsize mark = path_push_index (r, i);

      if (q >= 0)
        r->state->scenario.requirements |= 1u << q;
      else
        warn_unknown (r, item, UNKNOWN_REQUIREMENT, item->string.text);
      path_pop (r, mark);
    }
}

static void
apply_hidden (Reader               *r,
              const JuxtaJsonValue *value)
{
  for (guint i = 0; i < value->array.length; i++)
    {
      const JuxtaJsonValue *item = value->array.items[i];
      int o = juxta_deck_find_option (r->deck, item->string.text);
      gsize mark = path_push_index (r, i);

      if (o >= 0)
        r->state->hidden |= G_GUINT64_CONSTANT (1) << o;
      else
        warn_unknown (r, item, UNKNOWN_OPTION, item->string.text);
      path_pop (r, mark);
    }
}

/* The deck's index of an answer's priority or other; a warning and -1
 * when the deck has no such priority. */
static int
find_answer_priority (Reader               *r,
                      const JuxtaJsonValue *answer,
                      const char           *key)
{
  const JuxtaJsonValue *value = juxta_json_object_get (answer, key);
  int p = juxta_deck_find_priority (r->deck, value->string.text);

  if (p < 0)
    {
      gsize mark = path_push_key (r, key);
      warn_unknown (r, value, UNKNOWN_PRIORITY, value->string.text);
      path_pop (r, mark);
    }
  return p;
}

/* The answers whose priorities the deck has (NULL: none). */
static GArray *
read_answers (Reader               *r,
              const JuxtaJsonValue *value)
{
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer));

  for (guint i = 0; i < value->array.length; i++)
    {
      const JuxtaJsonValue *item = value->array.items[i];
      gsize mark = path_push_index (r, i);
      int p = find_answer_priority (r, item, "priority");
      int o = find_answer_priority (r, item, "other");
      JuxtaInterviewAnswer answer;

      path_pop (r, mark);
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
apply_answers (Reader               *r,
               const JuxtaJsonValue *value)
{
  const JuxtaJsonValue *root = juxta_json_document_get_root (r->doc);

  if (has_stakeholders (root))
    {
      warn_at (r, value, _("ignored: with stakeholders, each person's answers are kept with them "
                           "($.stakeholders[…].answers)"));
      return;
    }
  g_clear_pointer (&r->state->answers, g_array_unref);
  r->state->answers = read_answers (r, value);
  if (juxta_json_object_get (root, "weights") == NULL)
    _juxta_session_apply_answers_to (r->state->answers, r->deck, r->state->scenario.weights);
}

/* Each person with the deck's defaults where they give no weight, and
 * their answers' weights when they give answers and no weights at all.
 * The scenario's own weights are then their consensus (the file's
 * "weights", written for older versions of Juxta, are not read). */
static void
apply_stakeholders (Reader               *r,
                    const JuxtaJsonValue *value)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);

  for (guint i = 0; i < value->array.length; i++)
    {
      const JuxtaJsonValue *item = value->array.items[i];
      const JuxtaJsonValue *weights = juxta_json_object_get (item, "weights");
      const JuxtaJsonValue *answers = juxta_json_object_get (item, "answers");
      g_autofree char *name = g_strstrip (g_strdup (juxta_json_object_get (item, "name")->string.text));
      JuxtaStakeholder *person = juxta_stakeholder_new (r->deck, name);
      gsize mark = path_push_index (r, i);
      gsize inner;

      if (weights != NULL)
        {
          inner = path_push_key (r, "weights");
          read_weights (r, weights, person->weights);
          path_pop (r, inner);
        }
      if (answers != NULL)
        {
          inner = path_push_key (r, "answers");
          person->answers = read_answers (r, answers);
          path_pop (r, inner);
          if (weights == NULL)
            _juxta_session_apply_answers_to (person->answers, r->deck, person->weights);
        }
      path_pop (r, mark);
      g_ptr_array_add (people, person);
    }
  g_clear_pointer (&r->state->stakeholders, g_ptr_array_unref);
  if (people->len > 0)
    r->state->stakeholders = g_steal_pointer (&people);
}

static void
apply_notes (Reader               *r,
             const JuxtaJsonValue *value)
{
  g_free (r->state->notes);
  r->state->notes = value->string.length > 0 ? g_strdup (value->string.text) : NULL;
}

/* -------------------------------------------------- the keys, written */

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
write_format (Writer *w)
{
  add_string (w->builder, "format", JUXTA_SCENARIO_FORMAT);
}

static void
write_version (Writer *w)
{
  json_builder_set_member_name (w->builder, "version");
  json_builder_add_int_value (w->builder, JUXTA_SCENARIO_FORMAT_VERSION);
}

/* The deck's file relative to the scenario's folder when it is inside it
 * (the two travel together), absolute otherwise. */
static char *
relative_deck_path (const char *deck_path,
                    const char *scenario_path)
{
  g_autofree char *deck = g_canonicalize_filename (deck_path, NULL);
  g_autofree char *scenario = g_canonicalize_filename (scenario_path, NULL);
  g_autofree char *dir = g_path_get_dirname (scenario);
  g_autofree char *prefix = g_str_has_suffix (dir, G_DIR_SEPARATOR_S) ? g_strdup (dir)
                                                                      : g_strconcat (dir, G_DIR_SEPARATOR_S, NULL);

  if (g_str_has_prefix (deck, prefix))
    return g_strdup (deck + strlen (prefix));
  return g_steal_pointer (&deck);
}

static void
write_deck (Writer *w)
{
  const char *path = juxta_deck_get_path (w->deck);

  json_builder_set_member_name (w->builder, "deck");
  json_builder_begin_object (w->builder);
  add_string (w->builder, "id", juxta_deck_get_id (w->deck));
  if (path != NULL)
    {
      g_autofree char *relative = relative_deck_path (path, w->file);
      g_autofree char *sha256 = juxta_file_checksum (path, NULL);

      add_string (w->builder, "path", relative);
      if (sha256 != NULL)
        add_string (w->builder, "sha256", sha256);
    }
  json_builder_end_object (w->builder);
}

static void
write_audience (Writer *w)
{
  add_string (w->builder, "audience", juxta_deck_get_audience (w->deck, w->state->scenario.audience)->id);
}


static void
write_requirements (Writer *w)
{
  json_builder_set_member_name (w->builder, "requirements");
  json_builder_begin_array (w->builder);
  for (guint q = 0; q < juxta_deck_get_n_requirements (w->deck); q++)
    if (w->state->scenario.requirements & (1u << q))
      json_builder_add_string_value (w->builder, juxta_deck_get_requirement (w->deck, q)->id);
  json_builder_end_array (w->builder);
}

static void
write_hidden (Writer *w)
{
  json_builder_set_member_name (w->builder, "hidden");
  json_builder_begin_array (w->builder);
  for (guint o = 0; o < juxta_deck_get_n_options (w->deck); o++)
    if (w->state->hidden & (G_GUINT64_CONSTANT (1) << o))
      json_builder_add_string_value (w->builder, juxta_deck_get_option (w->deck, o)->id);
  json_builder_end_array (w->builder);
}

static void
add_weights (Writer    *w,
             const int *weights)
{
  json_builder_set_member_name (w->builder, "weights");
  json_builder_begin_object (w->builder);
  for (guint p = 0; p < juxta_deck_get_n_priorities (w->deck); p++)
    {
      json_builder_set_member_name (w->builder, juxta_deck_get_priority (w->deck, p)->id);
      json_builder_add_int_value (w->builder, weights[p]);
    }
  json_builder_end_object (w->builder);
}

/* Each answer with the preferred priority first (as they are kept). */
static void
add_answers (Writer *w,
             GArray *answers)
{
  if (answers == NULL)
    return;
  json_builder_set_member_name (w->builder, "answers");
  json_builder_begin_array (w->builder);
  for (guint k = 0; k < answers->len; k++)
    {
      const JuxtaInterviewAnswer *answer = &g_array_index (answers, JuxtaInterviewAnswer, k);

      json_builder_begin_object (w->builder);
      add_string (w->builder, "priority", juxta_deck_get_priority (w->deck, answer->priority)->id);
      add_string (w->builder, "other", juxta_deck_get_priority (w->deck, answer->other)->id);
      json_builder_set_member_name (w->builder, "ratio");
      json_builder_add_int_value (w->builder, answer->ratio);
      json_builder_end_object (w->builder);
    }
  json_builder_end_array (w->builder);
}

/* With stakeholders, "weights" is their consensus: what an older Juxta,
 * which does not know the people, shows. */
static void
write_weights (Writer *w)
{
  add_weights (w, w->state->scenario.weights);
}

static void
write_answers (Writer *w)
{
  add_answers (w, w->state->answers);
}

/* Only when there are some; each person's answers only when they have some. */
static void
write_stakeholders (Writer *w)
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
      add_string (w->builder, "name", person->name);
      add_weights (w, person->weights);
      add_answers (w, person->answers);
      json_builder_end_object (w->builder);
    }
  json_builder_end_array (w->builder);
}

static void
write_notes (Writer *w)
{
  if (w->state->notes != NULL)
    add_string (w->builder, "notes", w->state->notes);
}

/* Every key a scenario file has, in the order it is written.  "check"
 * sees the value before the deck is known (its shape: errors); "apply"
 * reads it against the deck (unknown ids: warnings). */
static const struct
{
  const char *key;
  gboolean    required;
  void      (*check) (Reader *r, const JuxtaJsonValue *value);
  void      (*apply) (Reader *r, const JuxtaJsonValue *value);
  void      (*write) (Writer *w);
} file_keys[] = {
  { "format", TRUE, check_format, NULL, write_format },
  { "version", TRUE, check_version, NULL, write_version },
  { "deck", TRUE, check_deck, NULL, write_deck },
  { "audience", FALSE, check_id, apply_audience, write_audience },
  { "weights", FALSE, check_weights, apply_weights, write_weights },
  { "answers", FALSE, check_answers, apply_answers, write_answers },
  { "stakeholders", FALSE, check_stakeholders, apply_stakeholders, write_stakeholders },
  { "requirements", FALSE, check_id_list, apply_requirements, write_requirements },
  { "hidden", FALSE, check_id_list, apply_hidden, write_hidden },
  { "notes", FALSE, check_notes, apply_notes, write_notes },
};

static const char *const *
known_keys (void)
{
  static const char *known[G_N_ELEMENTS (file_keys) + 1];

  if (known[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (file_keys); i++)
      known[i] = file_keys[i].key;
  return known;
}

/* The first pass: the file's shape, and nothing about the deck. */
static void
check_file (Reader               *r,
            const JuxtaJsonValue *root)
{
  if (!expect_type (r, root, JUXTA_JSON_OBJECT, _("an object (a scenario file)")))
    return;
  check_keys (r, root, known_keys ());
  for (guint i = 0; i < G_N_ELEMENTS (file_keys); i++)
    {
      const JuxtaJsonValue *value = juxta_json_object_get (root, file_keys[i].key);
      gsize mark = path_push_key (r, file_keys[i].key);

      if (value != NULL)
        file_keys[i].check (r, value);
      else if (file_keys[i].required && g_str_equal (file_keys[i].key, "format"))
        error_at (r, root, _("missing; expected \"juxta-scenario\""));
      else if (file_keys[i].required && g_str_equal (file_keys[i].key, "version"))
        error_at (r, root, _("missing; expected the format's version, 1"));
      else if (file_keys[i].required)
        error_at (r, root, _("missing; expected an object naming the deck (\"id\", \"path\", \"sha256\")"));
      path_pop (r, mark);
    }
}

/* The second pass, on a file that passed the first. */
static void
apply_file (Reader               *r,
            const JuxtaJsonValue *root)
{
  for (guint i = 0; i < G_N_ELEMENTS (file_keys); i++)
    {
      const JuxtaJsonValue *value = juxta_json_object_get (root, file_keys[i].key);
      gsize mark = path_push_key (r, file_keys[i].key);

      if (value != NULL && file_keys[i].apply != NULL)
        file_keys[i].apply (r, value);
      path_pop (r, mark);
    }
}

/* ----------------------------------------------------- reading files */

/* Reads a regular file of at most @max bytes; @what names it in messages. */
static char *
read_bounded (const char  *path,
              gsize        max,
              gsize       *length,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  char *contents = NULL;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("cannot open the file: %s"), g_strerror (saved_errno));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, _("is a directory; expected a file"));
  else if (!S_ISREG (st.st_mode))
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("is not a regular file"));
  else if ((guint64) st.st_size > max)
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("the file is %lld bytes; at most %lld are read"),
                 (long long) st.st_size, (long long) max);
  else if (!g_file_get_contents (path, &contents, length, &local_error))
    g_set_error (error, G_FILE_ERROR, local_error->code, _("cannot read the file: %s"), local_error->message);
  else if (*length > max)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("the file is %lld bytes; at most %lld are read"),
                   (long long) *length, (long long) max);
      g_clear_pointer (&contents, g_free);
    }
  return contents;
}

/* What a file holds, by its "format": a deck, a scenario or neither. */
JuxtaFileKind
juxta_file_kind_of (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(JuxtaJsonDocument) doc = NULL;
  const JuxtaJsonValue *root, *format;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, JUXTA_FILE_UNKNOWN);

  if ((contents = read_bounded (path, JUXTA_DECK_MAX_FILE_SIZE, &length, NULL)) == NULL ||
      (doc = juxta_json_document_parse (contents, length, NULL, NULL, NULL)) == NULL)
    return JUXTA_FILE_UNKNOWN;
  root = juxta_json_document_get_root (doc);
  if (root->type != JUXTA_JSON_OBJECT || (format = juxta_json_object_get (root, "format")) == NULL ||
      format->type != JUXTA_JSON_STRING)
    return JUXTA_FILE_UNKNOWN;
  if (g_str_equal (format->string.text, "juxta-deck"))
    return JUXTA_FILE_DECK;
  if (g_str_equal (format->string.text, JUXTA_SCENARIO_FORMAT))
    return JUXTA_FILE_SCENARIO;
  return JUXTA_FILE_UNKNOWN;
}

/* The SHA-256 of a file's bytes, in lowercase hexadecimal. */
char *
juxta_file_checksum (const char  *path,
                     GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if ((contents = read_bounded (path, JUXTA_DECK_MAX_FILE_SIZE, &length, error)) == NULL)
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
fail (Reader             *r,
      JuxtaSessionError   code,
      GError            **error)
{
  for (guint i = 0; i < r->diagnostics->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (r->diagnostics, i);
      g_autofree char *line = NULL;

      if (d->severity != JUXTA_SEVERITY_ERROR)
        continue;
      line = juxta_diagnostic_to_string (d);
      if (r->n_errors > 1)
        g_set_error (error, JUXTA_SESSION_ERROR, code,
                     g_dngettext (GETTEXT_PACKAGE, "%s (and %u more problem)", "%s (and %u more problems)",
                                  r->n_errors - 1),
                     line, r->n_errors - 1);
      else
        g_set_error_literal (error, JUXTA_SESSION_ERROR, code, line);
      return;
    }
  g_set_error_literal (error, JUXTA_SESSION_ERROR, code, r->file);
}

/* ------------------------------------------------------ finding decks */

static JuxtaDeck *
load_deck_with_id (const char *path,
                   const char *id)
{
  g_autoptr(JuxtaDeck) deck = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) ||
      (deck = juxta_deck_load_file (path, NULL, NULL)) == NULL ||
      !g_str_equal (juxta_deck_get_id (deck), id))
    return NULL;
  return g_steal_pointer (&deck);
}

static JuxtaDeck *
find_by_id (const char        *id,
            const char *const *recent)
{
  g_autoptr(GPtrArray) entries = juxta_catalog_list (NULL);
  JuxtaDeck *deck = NULL;

  for (guint i = 0; i < entries->len && deck == NULL; i++)
    {
      JuxtaCatalogEntry *entry = g_ptr_array_index (entries, i);
      if (g_str_equal (entry->id, id))
        deck = load_deck_with_id (entry->path, id);
    }
  for (guint i = 0; recent != NULL && recent[i] != NULL && deck == NULL; i++)
    deck = load_deck_with_id (recent[i], id);
  return deck;
}

/* The scenario's deck: at its path (relative to the scenario's folder),
 * then a file of that name beside the scenario (the two were sent
 * together), then by id among the bundled decks, the user's decks and
 * @recent.  A deck file at the path that is not valid is reported, not
 * passed over. */
static JuxtaDeck *
find_deck (Reader             *r,
           const char         *scenario_path,
           const JuxtaJsonValue *deck_value,
           const char *const  *recent)
{
  const char *id = juxta_json_object_get (deck_value, "id")->string.text;
  const JuxtaJsonValue *path_value = juxta_json_object_get (deck_value, "path");
  g_autofree char *dir = g_path_get_dirname (scenario_path);
  JuxtaDeck *deck = NULL;

  if (path_value != NULL)
    {
      const char *path = path_value->string.text;
      g_autofree char *at_path = g_path_is_absolute (path) ? g_strdup (path) : g_build_filename (dir, path, NULL);
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *beside = g_build_filename (dir, name, NULL);
      g_autoptr(GPtrArray) deck_diagnostics = NULL;

      if (g_file_test (at_path, G_FILE_TEST_IS_REGULAR))
        {
          deck = juxta_deck_load_file (at_path, &deck_diagnostics, NULL);
          if (deck == NULL)
            {
              gsize mark = path_push_key (r, "deck");
              g_autofree char *quoted = juxta_diagnostic_quote (at_path);

              path_push_key (r, "path");
              error_at (r, path_value, _("the deck at \"%s\" is not valid; its own errors follow"), quoted);
              path_pop (r, mark);
              for (guint i = 0; deck_diagnostics != NULL && i < deck_diagnostics->len; i++)
                g_ptr_array_add (r->diagnostics, g_steal_pointer (&g_ptr_array_index (deck_diagnostics, i)));
              return NULL;
            }
          if (!g_str_equal (juxta_deck_get_id (deck), id))
            g_clear_object (&deck);
        }
      if (deck == NULL)
        deck = load_deck_with_id (beside, id);
    }
  if (deck == NULL)
    deck = find_by_id (id, recent);
  if (deck == NULL)
    {
      g_autofree char *quoted = juxta_diagnostic_quote (id);
      gsize mark = path_push_key (r, "deck");

      error_at (r, deck_value, _("the deck \"%s\" was not found: not at its path, nor beside the scenario, "
                                 "nor among the bundled decks, your decks or recent files"), quoted);
      path_pop (r, mark);
    }
  return deck;
}

/* ------------------------------------------------------- the session */

/* Opens a scenario file: finds its deck, shows it with the scenario
 * applied, and remembers the file.  Unknown ids and a deck that changed
 * since the file was saved are warnings in @diagnostics; on an error the
 * session is left as it was. */
gboolean
juxta_session_load_file (JuxtaSession       *self,
                         const char         *path,
                         const char *const  *recent,
                         GPtrArray         **diagnostics,
                         GError            **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
  g_autoptr(GString) json_path = g_string_new ("$");
  g_autoptr(GError) read_error = NULL;
  g_autoptr(JuxtaJsonDocument) doc = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *syntax = NULL;
  g_autofree char *sha256 = NULL;
  const JuxtaJsonValue *root, *saved_sha;
  JuxtaSessionState state;
  Reader r = { path, NULL, found, 0, json_path, NULL, NULL };
  guint line = 0, column = 0;
  gsize length = 0;
  gboolean changed = FALSE;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (diagnostics != NULL)
    *diagnostics = g_ptr_array_ref (found);

  contents = read_bounded (path, JUXTA_SCENARIO_MAX_FILE_SIZE, &length, &read_error);
  if (contents == NULL)
    {
      g_ptr_array_add (found, juxta_diagnostic_new (JUXTA_SEVERITY_ERROR, path, 0, 0, NULL, read_error->message));
      r.n_errors++;
      fail (&r, JUXTA_SESSION_ERROR_UNREADABLE, error);
      return FALSE;
    }
  if ((doc = juxta_json_document_parse (contents, length, &line, &column, &syntax)) == NULL)
    {
      g_ptr_array_add (found, juxta_diagnostic_new_at_position (path, line, column, syntax));
      r.n_errors++;
      fail (&r, JUXTA_SESSION_ERROR_INVALID, error);
      return FALSE;
    }
  r.doc = doc;
  root = juxta_json_document_get_root (doc);
  check_file (&r, root);
  if (r.n_errors > 0)
    {
      fail (&r, JUXTA_SESSION_ERROR_INVALID, error);
      return FALSE;
    }

  if ((deck = find_deck (&r, path, juxta_json_object_get (root, "deck"), recent)) == NULL)
    {
      fail (&r, JUXTA_SESSION_ERROR_NO_DECK, error);
      return FALSE;
    }
  saved_sha = juxta_json_object_get (juxta_json_object_get (root, "deck"), "sha256");
  if (saved_sha != NULL && juxta_deck_get_path (deck) != NULL &&
      (sha256 = juxta_file_checksum (juxta_deck_get_path (deck), NULL)) != NULL &&
      g_ascii_strcasecmp (sha256, saved_sha->string.text) != 0)
    {
      gsize mark = path_push_key (&r, "deck");
      path_push_key (&r, "sha256");
      warn_at (&r, saved_sha, _("the deck has changed since this scenario was saved"));
      path_pop (&r, mark);
      changed = TRUE;
    }

  juxta_session_state_init (&state, deck);
  r.deck = deck;
  r.state = &state;
  apply_file (&r, root);
  _juxta_session_commit (self, deck, &state, path, changed);
  return TRUE;
}

/* Writes the scenario on screen to @path (atomically), as a scenario file
 * that names the deck by id, path and checksum; @path becomes the
 * session's file. */
gboolean
juxta_session_save_to_file (JuxtaSession  *self,
                            const char    *path,
                            GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  Writer w = { builder, self->deck, &self->state, path };

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->deck != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (file_keys); i++)
    file_keys[i].write (&w);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  contents = g_strconcat (text, "\n", NULL);
  if (!juxta_export_save (path, contents, strlen (contents), error))
    return FALSE;

  if (g_strcmp0 (self->file, path) != 0 || self->deck_changed)
    {
      g_free (self->file);
      self->file = g_strdup (path);
      self->deck_changed = FALSE;
      _juxta_session_emit_changed (self, JUXTA_SESSION_CHANGE_FILE);
    }
  return TRUE;
}
