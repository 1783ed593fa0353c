/* juxta-session-file-reader.c: reading a scenario file: each problem at its
 * line and column and its JSON path, as the deck reader reports them */

#define G_LOG_DOMAIN "juxta-session"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-session-file-private.h"

gsize
_juxta_session_file_push_key (JuxtaSessionFileReader *r,
                              const char             *key)
{
  gsize mark = r->path->len;

  juxta_json_path_append_key (r->path, key);
  return mark;
}

gsize
_juxta_session_file_push_index (JuxtaSessionFileReader *r,
                                guint                   index)
{
  gsize mark = r->path->len;

  juxta_json_path_append_index (r->path, index);
  return mark;
}

void
_juxta_session_file_pop (JuxtaSessionFileReader *r,
                         gsize                   mark)
{
  g_string_truncate (r->path, mark);
}

/* Reports a problem at @value (its line and column, and the current path). */
void
_juxta_session_file_report (JuxtaSessionFileReader *r,
                            JuxtaSeverity           severity,
                            const JuxtaJsonValue   *value,
                            const char             *format,
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

gboolean
_juxta_session_file_expect (JuxtaSessionFileReader *r,
                            const JuxtaJsonValue   *value,
                            JuxtaJsonType           type,
                            const char             *expected)
{
  if (value->type == type)
    return TRUE;
  /* TRANSLATORS: "expected an array of requirement ids, got a string" */
  _juxta_session_file_error (r, value, _("expected %s, got %s"), expected,
                             juxta_json_type_describe (value));
  return FALSE;
}

/* Errors for duplicate keys (the strict reader keeps them all), warnings
 * for keys not in @known. */
void
_juxta_session_file_check_keys (JuxtaSessionFileReader *r,
                                const JuxtaJsonValue   *object,
                                const char *const      *known)
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

      mark = _juxta_session_file_push_key (r, member->key);
      if (duplicate)
        {
          g_autofree char *quoted = juxta_diagnostic_quote (member->key);
          _juxta_session_file_error (r, member->value,
                                     _("duplicate key \"%s\" (each key may appear once in an object)"),
                                     quoted);
        }
      else
        {
          g_autofree char *list = g_strjoinv (", ", (char **) known);
          _juxta_session_file_warn (r, member->value, _("unknown key, ignored (known here: %s)"),
                                    list);
        }
      _juxta_session_file_pop (r, mark);
    }
}

/* An id the deck does not have (any more): a warning, and the rest of the
 * scenario still applies. */
void
_juxta_session_file_warn_unknown (JuxtaSessionFileReader  *r,
                                  const JuxtaJsonValue    *value,
                                  JuxtaSessionFileUnknown  kind,
                                  const char              *id)
{
  g_autofree char *quoted = NULL;
  g_autofree char *known = NULL;

  /* Past the limit nothing would be kept: nothing is formatted. */
  if (r->diagnostics->len >= JUXTA_MAX_DIAGNOSTICS)
    return;
  quoted = juxta_diagnostic_quote (id);
  switch (kind)
    {
    case JUXTA_SESSION_FILE_UNKNOWN_AUDIENCE:
      known = juxta_deck_list_audience_ids (r->deck);
      _juxta_session_file_warn (r, value,
                                _("the deck has no audience \"%s\"; its first audience is used "
                                  "(known: %s)"),
                                quoted, known);
      break;
    case JUXTA_SESSION_FILE_UNKNOWN_PRIORITY:
      known = juxta_deck_list_priority_ids (r->deck);
      _juxta_session_file_warn (r, value, _("the deck has no priority \"%s\"; ignored (known: %s)"),
                                quoted, known);
      break;
    case JUXTA_SESSION_FILE_UNKNOWN_REQUIREMENT:
      known = juxta_deck_list_requirement_ids (r->deck);
      _juxta_session_file_warn (r, value, _("the deck has no requirement \"%s\"; ignored (known: %s)"),
                                quoted, known[0] != '\0' ? known : C_("no known ids", "none"));
      break;
    case JUXTA_SESSION_FILE_UNKNOWN_OPTION:
    default:
      known = juxta_deck_list_option_ids (r->deck);
      _juxta_session_file_warn (r, value, _("the deck has no option \"%s\"; ignored (known: %s)"),
                                quoted, known);
      break;
    }
}
