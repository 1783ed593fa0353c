/* juxta-deck-reader.c: the deck reader's state, and what the schema's
 * custom checks and the walk (juxta-deck-walk.c) call: reporting a problem
 * at a value and its JSON path, reading one value of each kind, and the
 * ids of the lists read so far
 */

#define G_LOG_DOMAIN "juxta-deck-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "juxta-deck-reader.h"
#include "juxta-deck-reader-private.h"

/* ----------------------------------------------------------- reporting */

gsize
juxta_deck_reader_push_key (JuxtaDeckReader *r,
                            const char      *key)
{
  gsize mark = r->path->len;

  juxta_json_path_append_key (r->path, key);
  return mark;
}

gsize
juxta_deck_reader_push_index (JuxtaDeckReader *r,
                              guint            index)
{
  gsize mark = r->path->len;

  juxta_json_path_append_index (r->path, index);
  return mark;
}

void
juxta_deck_reader_pop (JuxtaDeckReader *r,
                       gsize            mark)
{
  g_string_truncate (r->path, mark);
}

void
juxta_deck_reader_stop (JuxtaDeckReader *r)
{
  r->stopped = TRUE;
  if (r->latest != NULL && r->latest->severity == JUXTA_SEVERITY_ERROR)
    r->alone = r->latest;
}

JuxtaDeck *
juxta_deck_reader_get_deck (JuxtaDeckReader *r)
{
  return r->deck;
}

JuxtaArena *
juxta_deck_reader_get_arena (JuxtaDeckReader *r)
{
  return r->arena;
}

/* Whether a new problem of @severity would be kept: once the list is
 * full, only an error that can take a warning's place is. */
gboolean
_juxta_deck_reader_has_room (JuxtaDeckReader *r,
                             JuxtaSeverity    severity)
{
  return r->diagnostics->len < JUXTA_MAX_DIAGNOSTICS ||
         (severity == JUXTA_SEVERITY_ERROR && r->n_kept_warnings > 0);
}

static void
add_diagnostic (JuxtaDeckReader *r,
                JuxtaDiagnostic *diagnostic)
{
  if (diagnostic->severity == JUXTA_SEVERITY_ERROR)
    r->n_errors++;

  if (r->diagnostics->len >= JUXTA_MAX_DIAGNOSTICS)
    {
      /* An error takes the place of the latest warning, so that a refused
       * deck always shows why, however many unknown keys it has. */
      r->truncated = TRUE;
      for (guint i = r->diagnostics->len; i > 0; i--)
        {
          const JuxtaDiagnostic *d = g_ptr_array_index (r->diagnostics, i - 1);

          if (d->severity == JUXTA_SEVERITY_WARNING)
            {
              g_ptr_array_remove_index (r->diagnostics, i - 1);
              r->n_kept_warnings--;
              break;
            }
        }
    }
  if (diagnostic->severity == JUXTA_SEVERITY_WARNING)
    r->n_kept_warnings++;
  g_ptr_array_add (r->diagnostics, diagnostic);
  r->latest = diagnostic;
}

G_GNUC_PRINTF (4, 0)
static void
report_valist (JuxtaDeckReader *r,
               JuxtaSeverity    severity,
               guint32          offset,
               const char      *format,
               va_list          args)
{
  g_autofree char *message = NULL;
  guint line, column;

  /* Past the limit nothing is formatted or located, only counted: a
   * hostile deck with half a million unknown keys costs no more than a
   * short one. */
  if (!_juxta_deck_reader_has_room (r, severity))
    {
      r->latest = NULL;
      if (severity == JUXTA_SEVERITY_ERROR)
        r->n_errors++;
      r->truncated = TRUE;
      return;
    }
  message = g_strdup_vprintf (format, args);
  juxta_json_document_locate (r->document, offset, &line, &column);
  add_diagnostic (r, juxta_diagnostic_new (severity, r->file, line, column, r->path->str, message));
}

void
juxta_deck_reader_error (JuxtaDeckReader *r,
                         guint32          offset,
                         const char      *format,
                         ...)
{
  va_list args;

  va_start (args, format);
  report_valist (r, JUXTA_SEVERITY_ERROR, offset, format, args);
  va_end (args);
}

void
juxta_deck_reader_warn (JuxtaDeckReader *r,
                        guint32          offset,
                        const char      *format,
                        ...)
{
  va_list args;

  va_start (args, format);
  report_valist (r, JUXTA_SEVERITY_WARNING, offset, format, args);
  va_end (args);
}

/* ------------------------------------------------------- value readers */

gboolean
juxta_deck_reader_expect (JuxtaDeckReader      *r,
                          const JuxtaJsonValue *value,
                          JuxtaJsonType         type,
                          const char           *expected)
{
  if (value->type == type)
    return TRUE;
  /* TRANSLATORS: "expected an array of options, got a string" */
  juxta_deck_reader_error (r, value->offset, _("expected %s, got %s"), _(expected),
                           juxta_json_type_describe (value));
  return FALSE;
}

const char *
juxta_deck_reader_read_text (JuxtaDeckReader      *r,
                             const JuxtaJsonValue *value)
{
  glong n_chars;

  if (!juxta_deck_reader_expect (r, value, JUXTA_JSON_STRING, N_("text (a non-empty string)")))
    return NULL;
  if (value->string.length == 0)
    {
      juxta_deck_reader_error (r, value->offset, _("expected text, got an empty string"));
      return NULL;
    }
  /* Only strings that could be too long are counted. */
  if (value->string.length > JUXTA_MAX_TEXT_CHARS &&
      (n_chars = g_utf8_strlen (value->string.text, value->string.length)) > JUXTA_MAX_TEXT_CHARS)
    {
      juxta_deck_reader_error (r, value->offset, _("text is %ld characters long; at most %d are allowed"),
                               n_chars, JUXTA_MAX_TEXT_CHARS);
      return NULL;
    }
  return value->string.text;
}

static gboolean
is_valid_id (const char *id,
             gsize       length)
{
  if (length == 0 || length > 64)
    return FALSE;
  if (!g_ascii_islower (id[0]) && !g_ascii_isdigit (id[0]))
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if (!g_ascii_islower (id[i]) && !g_ascii_isdigit (id[i]) && id[i] != '-')
      return FALSE;
  return TRUE;
}

const char *
juxta_deck_reader_read_id (JuxtaDeckReader      *r,
                           const JuxtaJsonValue *value)
{
  if (!juxta_deck_reader_expect (r, value, JUXTA_JSON_STRING, N_("an id (a string)")))
    return NULL;
  if (!is_valid_id (value->string.text, value->string.length))
    {
      g_autofree char *quoted = juxta_diagnostic_quote (value->string.text);

      juxta_deck_reader_error (r, value->offset,
                               _("\"%s\" is not a valid id (expected 1 to 64 lowercase letters, "
                                 "digits and \"-\", starting with a letter or digit)"),
                               quoted);
      return NULL;
    }
  return value->string.text;
}

gboolean
juxta_deck_reader_read_integer (JuxtaDeckReader      *r,
                                const JuxtaJsonValue *value,
                                int                   min,
                                int                   max,
                                int                  *out)
{
  if (!juxta_deck_reader_expect (r, value, JUXTA_JSON_NUMBER, N_("an integer")))
    return FALSE;
  if (value->number != floor (value->number) || value->number < min || value->number > max)
    {
      juxta_deck_reader_error (r, value->offset, _("expected an integer from %d to %d, got %g"),
                               min, max, value->number);
      return FALSE;
    }
  *out = (int) value->number;
  return TRUE;
}

gboolean
juxta_deck_reader_read_score (JuxtaDeckReader      *r,
                              const JuxtaJsonValue *value,
                              gint32               *out)
{
  if (!juxta_deck_reader_expect (r, value, JUXTA_JSON_NUMBER, N_("a score (a number from 0 to 5)")))
    return FALSE;
  if (value->number < 0 || value->number > JUXTA_SCORE_MAX)
    {
      juxta_deck_reader_error (r, value->offset, _("expected a score from 0 to %d, got %g"),
                               JUXTA_SCORE_MAX, value->number);
      return FALSE;
    }
  *out = (gint32) lround (value->number * JUXTA_SCORE_UNIT);
  return TRUE;
}

const char *
juxta_deck_reader_read_date (JuxtaDeckReader      *r,
                             const JuxtaJsonValue *value)
{
  const char *s;
  g_autofree char *quoted = NULL;
  guint year, month, day;

  if (!juxta_deck_reader_expect (r, value, JUXTA_JSON_STRING, N_("a date (YYYY-MM-DD)")))
    return NULL;
  s = value->string.text;
  if (value->string.length != 10 || s[4] != '-' || s[7] != '-' ||
      !g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]) || !g_ascii_isdigit (s[2]) ||
      !g_ascii_isdigit (s[3]) || !g_ascii_isdigit (s[5]) || !g_ascii_isdigit (s[6]) ||
      !g_ascii_isdigit (s[8]) || !g_ascii_isdigit (s[9]))
    {
      quoted = juxta_diagnostic_quote (s);
      juxta_deck_reader_error (r, value->offset, _("\"%s\" is not a date (expected YYYY-MM-DD)"), quoted);
      return NULL;
    }
  year = (guint) g_ascii_strtoull (s, NULL, 10);
  month = (guint) g_ascii_strtoull (s + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (s + 8, NULL, 10);
  if (year == 0 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      quoted = juxta_diagnostic_quote (s);
      juxta_deck_reader_error (r, value->offset, _("\"%s\" is not a real calendar date"), quoted);
      return NULL;
    }
  return s;
}

gboolean
juxta_deck_reader_read_enum (JuxtaDeckReader      *r,
                             const JuxtaDeckField *field,
                             const JuxtaJsonValue *value,
                             int                  *out)
{
  g_autofree char *quoted = NULL;

  if (!juxta_deck_reader_expect (r, value, JUXTA_JSON_STRING, field->expected))
    return FALSE;
  for (int i = 0; field->strings[i] != NULL; i++)
    if (g_str_equal (value->string.text, field->strings[i]))
      {
        *out = i;
        return TRUE;
      }
  quoted = juxta_diagnostic_quote (value->string.text);
  /* TRANSLATORS: "expected \"recommended\", \"caution\" or \"avoid\", got \"recommend\"" */
  juxta_deck_reader_error (r, value->offset, _("expected %s, got \"%s\""), _(field->expected), quoted);
  return FALSE;
}

/* -------------------------------------------------------------- id lists */

gpointer
_juxta_deck_reader_list_items (JuxtaDeckReader *r,
                               JuxtaDeckList    list,
                               guint           *n_items)
{
  const JuxtaDeckField *field = r->lists[list].field;

  *n_items = G_STRUCT_MEMBER (guint, r->deck, field->count_offset);
  return G_STRUCT_MEMBER (gpointer, r->deck, field->offset);
}

const char *
juxta_deck_reader_list_id (JuxtaDeckReader *r,
                           JuxtaDeckList    list,
                           guint            index)
{
  guint n;
  char *items = _juxta_deck_reader_list_items (r, list, &n);

  g_return_val_if_fail (index < n, NULL);
  return G_STRUCT_MEMBER (const char *, items + index * r->lists[list].field->section->item_size,
                          r->lists[list].id_offset);
}

/* The number of items in @list, or -1 when its ids are not known. */
int
juxta_deck_reader_list_size (JuxtaDeckReader *r,
                             JuxtaDeckList    list)
{
  guint n;

  /* The tables read a list before anything that refers to it. */
  g_assert (r->lists[list].field != NULL);
  if (!r->lists[list].known)
    return -1;
  _juxta_deck_reader_list_items (r, list, &n);
  return (int) n;
}

/* Checks the length of @array against @min..@max (@noun: the plural of its
 * items, for messages); returns how many items to read, which the limit
 * also bounds. */
static guint
check_count (JuxtaDeckReader      *r,
             const JuxtaJsonValue *array,
             guint                 min,
             guint                 max,
             const char           *noun)
{
  guint n = array->array.length;

  if (n < min || n > max)
    {
      if (min == max)
        juxta_deck_reader_error (r, array->offset, _("expected %u %s, got %u"), min, _(noun), n);
      else if (min == 0)
        juxta_deck_reader_error (r, array->offset, _("expected at most %u %s, got %u"), max, _(noun), n);
      else
        juxta_deck_reader_error (r, array->offset, _("expected %u to %u %s, got %u"), min, max, _(noun), n);
    }
  return MIN (n, max);
}

static gboolean
expect_array (JuxtaDeckReader      *r,
              const JuxtaJsonValue *value,
              const char           *noun)
{
  g_autofree char *expected = NULL;

  if (value->type == JUXTA_JSON_ARRAY)
    return TRUE;
  /* Made only for the message. */
  expected = g_strdup_printf (_("an array of %s"), _(noun));
  return juxta_deck_reader_expect (r, value, JUXTA_JSON_ARRAY, expected);
}

/* Whether @value is an array (of @noun, a plural for messages); checks its
 * length against @min..@max and sets *@n_usable to how many items to read. */
gboolean
juxta_deck_reader_read_array (JuxtaDeckReader      *r,
                              const JuxtaJsonValue *value,
                              guint                 min,
                              guint                 max,
                              const char           *noun,
                              guint                *n_usable)
{
  *n_usable = 0;
  if (!expect_array (r, value, noun))
    return FALSE;
  *n_usable = check_count (r, value, min, max, noun);
  return TRUE;
}
