/* juxta-session-file-keys.c: the keys of a scenario file but the answers and
 * the stakeholders: each checked, applied to the deck, and written */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-session-file-private.h"

/* -------------------------------------------------- the keys, checked */

static void
check_format (JuxtaSessionFileReader *r,
              const JuxtaJsonValue   *value)
{
  g_autofree char *quoted = NULL;

  if (!_juxta_session_file_expect (r, value, JUXTA_JSON_STRING, "\"" JUXTA_SCENARIO_FORMAT "\""))
    return;
  if (g_str_equal (value->string.text, JUXTA_SCENARIO_FORMAT))
    return;
  if (g_str_equal (value->string.text, "juxta-deck"))
    {
      _juxta_session_file_error (r, value, _("this is a Juxta deck, not a scenario: give it to --deck or "
                                             "--check, or open it in the window"));
      r->stopped = TRUE;
      return;
    }
  quoted = juxta_diagnostic_quote (value->string.text);
  _juxta_session_file_error (r, value, _("expected \"juxta-scenario\", got \"%s\""), quoted);
}

static void
check_version (JuxtaSessionFileReader *r,
               const JuxtaJsonValue   *value)
{
  if (!_juxta_session_file_expect (r, value, JUXTA_JSON_NUMBER, _("the format's version, 1")))
    return;
  if (value->number != JUXTA_SCENARIO_FORMAT_VERSION)
    _juxta_session_file_error (r, value,
                               _("version %.17g is not supported; this version of Juxta reads "
                                 "version %d"),
                               value->number, JUXTA_SCENARIO_FORMAT_VERSION);
  /* A newer file may use anything: its new keys are not mistakes. */
  if (value->number > JUXTA_SCENARIO_FORMAT_VERSION)
    r->stopped = TRUE;
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
check_deck_string (JuxtaSessionFileReader *r,
                   const JuxtaJsonValue   *deck,
                   const char             *key,
                   gboolean                required)
{
  const JuxtaJsonValue *value = juxta_json_object_get (deck, key);
  gsize mark = _juxta_session_file_push_key (r, key);

  if (value == NULL && required)
    _juxta_session_file_error (r, deck, _("missing; expected the deck's id"));
  else if (value != NULL && _juxta_session_file_expect (r, value, JUXTA_JSON_STRING, _("a string")))
    {
      if (value->string.length == 0)
        _juxta_session_file_error (r, value, _("expected text, got an empty string"));
      else if (g_str_equal (key, "sha256") && !is_sha256 (value))
        _juxta_session_file_error (r, value,
                                   _("expected a SHA-256 checksum (64 hexadecimal digits)"));
    }
  _juxta_session_file_pop (r, mark);
}

static void
check_deck (JuxtaSessionFileReader *r,
            const JuxtaJsonValue   *value)
{
  static const char *const known[] = { "id", "path", "sha256", NULL };

  if (!_juxta_session_file_expect (r, value, JUXTA_JSON_OBJECT,
                                   _("an object naming the deck (\"id\", \"path\", \"sha256\")")))
    return;
  _juxta_session_file_check_keys (r, value, known);
  check_deck_string (r, value, "id", TRUE);
  check_deck_string (r, value, "path", FALSE);
  check_deck_string (r, value, "sha256", FALSE);
}

static void
check_id (JuxtaSessionFileReader *r,
          const JuxtaJsonValue   *value)
{
  _juxta_session_file_expect (r, value, JUXTA_JSON_STRING, _("an id (a string)"));
}

static void
check_id_list (JuxtaSessionFileReader *r,
               const JuxtaJsonValue   *value)
{
  if (!_juxta_session_file_expect (r, value, JUXTA_JSON_ARRAY, _("an array of ids")))
    return;
  for (guint i = 0; i < value->array.length; i++)
    {
      gsize mark = _juxta_session_file_push_index (r, i);
      check_id (r, value->array.items[i]);
      _juxta_session_file_pop (r, mark);
    }
}

static gboolean
is_weight (const JuxtaJsonValue *value)
{
  return value->type == JUXTA_JSON_NUMBER && value->number >= 0 && value->number <= 100 &&
         value->number == (int) value->number;
}

void
_juxta_session_file_check_weights (JuxtaSessionFileReader *r,
                                   const JuxtaJsonValue   *value)
{
  if (!_juxta_session_file_expect (r, value, JUXTA_JSON_OBJECT,
                                   _("an object of priority ids and weights")))
    return;
  _juxta_session_file_check_keys (r, value, NULL);
  for (guint i = 0; i < value->object.length; i++)
    {
      const JuxtaJsonMember *member = &value->object.members[i];
      gsize mark = _juxta_session_file_push_key (r, member->key);

      if (member->value->type != JUXTA_JSON_NUMBER)
        _juxta_session_file_error (r, member->value,
                                   _("expected a whole number from 0 to 100, got %s"),
                                   juxta_json_type_describe (member->value));
      else if (!is_weight (member->value))
        _juxta_session_file_error (r, member->value, _("expected a whole number from 0 to 100, got %.17g"),
                                   member->value->number);
      _juxta_session_file_pop (r, mark);
    }
}

static void
check_notes (JuxtaSessionFileReader *r,
             const JuxtaJsonValue   *value)
{
  _juxta_session_file_expect (r, value, JUXTA_JSON_STRING, _("text (a string)"));
}

/* --------------------------------------- the keys, applied to the deck */

static void
apply_audience (JuxtaSessionFileReader *r,
                const JuxtaJsonValue   *value)
{
  int a = juxta_deck_find_audience (r->deck, value->string.text);

  if (a >= 0)
    r->state->scenario.audience = (guint) a;
  else
    _juxta_session_file_warn_unknown (r, value, JUXTA_SESSION_FILE_UNKNOWN_AUDIENCE,
                                      value->string.text);
}

void
_juxta_session_file_read_weights (JuxtaSessionFileReader *r,
                                  const JuxtaJsonValue   *value,
                                  int                    *weights)
{
  for (guint i = 0; i < value->object.length; i++)
    {
      const JuxtaJsonMember *member = &value->object.members[i];
      int p = juxta_deck_find_priority (r->deck, member->key);
      gsize mark = _juxta_session_file_push_key (r, member->key);

      if (p >= 0)
        weights[p] = (int) member->value->number;
      else
        _juxta_session_file_warn_unknown (r, member->value, JUXTA_SESSION_FILE_UNKNOWN_PRIORITY,
                                          member->key);
      _juxta_session_file_pop (r, mark);
    }
}

static void
apply_weights (JuxtaSessionFileReader *r,
               const JuxtaJsonValue   *value)
{
  _juxta_session_file_read_weights (r, value, r->state->scenario.weights);
}

static void
apply_requirements (JuxtaSessionFileReader *r,
                    const JuxtaJsonValue   *value)
{
  for (guint i = 0; i < value->array.length; i++)
    {
      const JuxtaJsonValue *item = value->array.items[i];
      int q = juxta_deck_find_requirement (r->deck, item->string.text);
      gsize mark = _juxta_session_file_push_index (r, i);

      if (q >= 0)
        r->state->scenario.requirements |= 1u << q;
      else
        _juxta_session_file_warn_unknown (r, item, JUXTA_SESSION_FILE_UNKNOWN_REQUIREMENT,
                                          item->string.text);
      _juxta_session_file_pop (r, mark);
    }
}

static void
apply_hidden (JuxtaSessionFileReader *r,
              const JuxtaJsonValue   *value)
{
  for (guint i = 0; i < value->array.length; i++)
    {
      const JuxtaJsonValue *item = value->array.items[i];
      int o = juxta_deck_find_option (r->deck, item->string.text);
      gsize mark = _juxta_session_file_push_index (r, i);

      if (o >= 0)
        r->state->hidden |= G_GUINT64_CONSTANT (1) << o;
      else
        _juxta_session_file_warn_unknown (r, item, JUXTA_SESSION_FILE_UNKNOWN_OPTION,
                                          item->string.text);
      _juxta_session_file_pop (r, mark);
    }
}

static void
apply_notes (JuxtaSessionFileReader *r,
             const JuxtaJsonValue   *value)
{
  g_free (r->state->notes);
  r->state->notes = value->string.length > 0 ? g_strdup (value->string.text) : NULL;
}

/* -------------------------------------------------- the keys, written */

void
_juxta_session_file_add_string (JsonBuilder *builder,
                                const char  *key,
                                const char  *value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
write_format (JuxtaSessionFileWriter *w)
{
  _juxta_session_file_add_string (w->builder, "format", JUXTA_SCENARIO_FORMAT);
}

static void
write_version (JuxtaSessionFileWriter *w)
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
write_deck (JuxtaSessionFileWriter *w)
{
  const char *path = juxta_deck_get_path (w->deck);

  json_builder_set_member_name (w->builder, "deck");
  json_builder_begin_object (w->builder);
  _juxta_session_file_add_string (w->builder, "id", juxta_deck_get_id (w->deck));
  if (path != NULL)
    {
      g_autofree char *relative = relative_deck_path (path, w->file);
      g_autofree char *sha256 = juxta_file_checksum (path, NULL);

      _juxta_session_file_add_string (w->builder, "path", relative);
      if (sha256 != NULL)
        _juxta_session_file_add_string (w->builder, "sha256", sha256);
    }
  json_builder_end_object (w->builder);
}

static void
write_audience (JuxtaSessionFileWriter *w)
{
  _juxta_session_file_add_string (w->builder, "audience",
                                  juxta_deck_get_audience (w->deck,
                                                           w->state->scenario.audience)->id);
}

static void
write_requirements (JuxtaSessionFileWriter *w)
{
  json_builder_set_member_name (w->builder, "requirements");
  json_builder_begin_array (w->builder);
  for (guint q = 0; q < juxta_deck_get_n_requirements (w->deck); q++)
    if (w->state->scenario.requirements & (1u << q))
      json_builder_add_string_value (w->builder, juxta_deck_get_requirement (w->deck, q)->id);
  json_builder_end_array (w->builder);
}

static void
write_hidden (JuxtaSessionFileWriter *w)
{
  json_builder_set_member_name (w->builder, "hidden");
  json_builder_begin_array (w->builder);
  for (guint o = 0; o < juxta_deck_get_n_options (w->deck); o++)
    if (w->state->hidden & (G_GUINT64_CONSTANT (1) << o))
      json_builder_add_string_value (w->builder, juxta_deck_get_option (w->deck, o)->id);
  json_builder_end_array (w->builder);
}

void
_juxta_session_file_add_weights (JuxtaSessionFileWriter *w,
                                 const int              *weights)
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

/* With stakeholders, "weights" is their consensus: what an older Juxta,
 * which does not know the people, shows. */
static void
write_weights (JuxtaSessionFileWriter *w)
{
  _juxta_session_file_add_weights (w, w->state->scenario.weights);
}

static void
write_notes (JuxtaSessionFileWriter *w)
{
  if (w->state->notes != NULL)
    _juxta_session_file_add_string (w->builder, "notes", w->state->notes);
}

/* ------------------------------------------------------------ the rows */

const JuxtaSessionFileKey _juxta_session_file_format_key = {
  "format", TRUE, check_format, NULL, write_format
};

const JuxtaSessionFileKey _juxta_session_file_version_key = {
  "version", TRUE, check_version, NULL, write_version
};

const JuxtaSessionFileKey _juxta_session_file_deck_key = {
  "deck", TRUE, check_deck, NULL, write_deck
};

const JuxtaSessionFileKey _juxta_session_file_audience_key = {
  "audience", FALSE, check_id, apply_audience, write_audience
};

const JuxtaSessionFileKey _juxta_session_file_weights_key = {
  "weights", FALSE, _juxta_session_file_check_weights, apply_weights, write_weights
};

const JuxtaSessionFileKey _juxta_session_file_requirements_key = {
  "requirements", FALSE, check_id_list, apply_requirements, write_requirements
};

const JuxtaSessionFileKey _juxta_session_file_hidden_key = {
  "hidden", FALSE, check_id_list, apply_hidden, write_hidden
};

const JuxtaSessionFileKey _juxta_session_file_notes_key = {
  "notes", FALSE, check_notes, apply_notes, write_notes
};
