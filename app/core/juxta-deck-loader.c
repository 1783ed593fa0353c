/* juxta-deck-loader.c: reading and validating deck files
 *
 * The loader checks a whole deck against deck-format.md and reports every
 * problem it finds (up to JUXTA_MAX_DIAGNOSTICS) with a JSON path, then
 * builds the deck only when there was no error.  It reads the file itself
 * (see juxta-json.c) so that nothing lenient slips through.
 */

#define G_LOG_DOMAIN "juxta-deck-loader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "juxta-deck-loader.h"
#include "juxta-deck-private.h"
#include "juxta-json.h"

typedef struct
{
  const char *file;
  GPtrArray  *diagnostics;
  guint       n_errors;
  guint       n_kept_warnings;   /* warnings in @diagnostics */
  gboolean    truncated;
  GString    *path;
  JuxtaDeck  *deck;
  JuxtaArena *arena;

  /* Whether each id list could be read: references into a list that could
   * not be read are not checked, so one mistake does not cascade. */
  gboolean    priorities_known;
  gboolean    options_known;
  gboolean    dimensions_known;
  gboolean    audiences_known;
  gboolean    analogies_known;
  gboolean    presets_known;
  gboolean    requirements_known;
} Loader;

/* A list of items that have ids, for reference checks: the deck's arrays
 * may hold items whose id was invalid (NULL) while the deck is checked. */
typedef struct
{
  const char *noun;       /* "priority", for messages */
  gconstpointer items;
  gsize       item_size;
  guint       n_items;
  gboolean    known;
} IdList;

static const char *const top_level_keys[] = {
  "format", "version", "id", "title", "subtitle", "framing", "priorities", "options",
  "dimensions", "audiences", "analogies", "answers", "glossary", "presets", "requirements",
  "expectations", "bottom-line", "sources", "verified", NULL
};

/* ----------------------------------------------------------- reporting */

static gsize
path_push_key (Loader     *l,
               const char *key)
{
  gsize mark = l->path->len;
  gboolean plain = key[0] != '\0';

  for (const char *c = key; *c != '\0' && plain; c++)
    plain = g_ascii_isalnum (*c) || *c == '-' || *c == '_';

  if (plain)
    {
      g_string_append_c (l->path, '.');
      g_string_append (l->path, key);
    }
  else
    {
      g_string_append (l->path, "[\"");
      for (const char *c = key; *c != '\0'; c++)
        {
          if (*c == '"' || *c == '\\')
            g_string_append_c (l->path, '\\');
          if ((guchar) *c < 0x20)
            g_string_append_printf (l->path, "\\u%04x", (guchar) *c);
          else
            g_string_append_c (l->path, *c);
        }
      g_string_append (l->path, "\"]");
    }
  return mark;
}

static gsize
path_push_index (Loader *l,
                 guint   index)
{
  gsize mark = l->path->len;
  char digits[16];
  int i = (int) sizeof digits;

  /* Called for every item: no printf. */
  digits[--i] = ']';
  do
    digits[--i] = (char) ('0' + index % 10);
  while ((index /= 10) > 0);
  digits[--i] = '[';
  g_string_append_len (l->path, digits + i, (gssize) sizeof digits - i);
  return mark;
}

static void
path_pop (Loader *l,
          gsize   mark)
{
  g_string_truncate (l->path, mark);
}

/* Whether a new problem of @severity would be kept: once the list is
 * full, only an error that can take a warning's place is. */
static gboolean
has_room_for (Loader        *l,
              JuxtaSeverity  severity)
{
  return l->diagnostics->len < JUXTA_MAX_DIAGNOSTICS ||
         (severity == JUXTA_SEVERITY_ERROR && l->n_kept_warnings > 0);
}

static void
add_diagnostic (Loader          *l,
                JuxtaDiagnostic *diagnostic)
{
  if (diagnostic->severity == JUXTA_SEVERITY_ERROR)
    l->n_errors++;

  if (!has_room_for (l, diagnostic->severity))
    {
      l->truncated = TRUE;
      juxta_diagnostic_free (diagnostic);
      return;
    }
  if (l->diagnostics->len >= JUXTA_MAX_DIAGNOSTICS)
    {
      /* An error takes the place of the latest warning, so that a refused
       * deck always shows why, however many unknown keys it has. */
      l->truncated = TRUE;
      for (guint i = l->diagnostics->len; i > 0; i--)
        {
          const JuxtaDiagnostic *d = g_ptr_array_index (l->diagnostics, i - 1);

          if (d->severity == JUXTA_SEVERITY_WARNING)
            {
              g_ptr_array_remove_index (l->diagnostics, i - 1);
              l->n_kept_warnings--;
              break;
            }
        }
    }
  if (diagnostic->severity == JUXTA_SEVERITY_WARNING)
    l->n_kept_warnings++;
  g_ptr_array_add (l->diagnostics, diagnostic);
}

G_GNUC_PRINTF (3, 0)
static void
report_valist (Loader        *l,
               JuxtaSeverity  severity,
               const char    *format,
               va_list        args)
{
  g_autofree char *message = NULL;

  /* Past the limit nothing is formatted, only counted: a hostile deck with
   * half a million unknown keys costs no more than a short one. */
  if (!has_room_for (l, severity))
    {
      if (severity == JUXTA_SEVERITY_ERROR)
        l->n_errors++;
      l->truncated = TRUE;
      return;
    }
  message = g_strdup_vprintf (format, args);
  add_diagnostic (l, juxta_diagnostic_new_at_path (severity, l->file, l->path->str, message));
}

G_GNUC_PRINTF (2, 3)
static void
error_here (Loader     *l,
            const char *format,
            ...)
{
  va_list args;

  va_start (args, format);
  report_valist (l, JUXTA_SEVERITY_ERROR, format, args);
  va_end (args);
}

G_GNUC_PRINTF (2, 3)
static void
warn_here (Loader     *l,
           const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  report_valist (l, JUXTA_SEVERITY_WARNING, format, args);
  va_end (args);
}

G_GNUC_PRINTF (3, 4)
static void
error_at_key (Loader     *l,
              const char *key,
              const char *format,
              ...)
{
  gsize mark = path_push_key (l, key);
  va_list args;

  va_start (args, format);
  report_valist (l, JUXTA_SEVERITY_ERROR, format, args);
  va_end (args);
  path_pop (l, mark);
}

/* A string from the deck, to be put between quotes in a message: quotes,
 * backslashes and control characters are escaped so that every problem stays
 * on one line (deck-format.md, "Errors"), and a long string is shortened. */
static char *
quote_for_message (const char *s)
{
  GString *quoted = g_string_new (NULL);
  guint n_chars = 0;

  for (const char *c = s; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (++n_chars > 80)
        {
          g_string_append (quoted, "...");
          break;
        }
      if (u == '"' || u == '\\')
        g_string_append_printf (quoted, "\\%c", (char) u);
      else if (g_unichar_iscntrl (u) || u == 0x2028 || u == 0x2029)
        g_string_append_printf (quoted, "\\u%04x", u);
      else
        g_string_append_len (quoted, c, g_utf8_next_char (c) - c);
    }
  return g_string_free (quoted, FALSE);
}

/* ------------------------------------------------------- value readers */

static gboolean
expect_type (Loader               *l,
             const JuxtaJsonValue *value,
             JuxtaJsonType         type,
             const char           *expected)
{
  if (value->type == type)
    return TRUE;
  /* TRANSLATORS: "expected an array of options, got a string" */
  error_here (l, _("expected %s, got %s"), _(expected), juxta_json_type_describe (value));
  return FALSE;
}

static const char *
read_text_value (Loader               *l,
                 const JuxtaJsonValue *value)
{
  glong n_chars;

  if (!expect_type (l, value, JUXTA_JSON_STRING, N_("text (a non-empty string)")))
    return NULL;
  if (value->string.length == 0)
    {
      error_here (l, _("expected text, got an empty string"));
      return NULL;
    }
  n_chars = g_utf8_strlen (value->string.text, value->string.length);
  if (n_chars > JUXTA_MAX_TEXT_CHARS)
    {
      error_here (l, _("text is %ld characters long; at most %d are allowed"),
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

static const char *
read_id_value (Loader               *l,
               const JuxtaJsonValue *value)
{
  if (!expect_type (l, value, JUXTA_JSON_STRING, N_("an id (a string)")))
    return NULL;
  if (!is_valid_id (value->string.text, value->string.length))
    {
      g_autofree char *quoted = quote_for_message (value->string.text);

      error_here (l, _("\"%s\" is not a valid id (expected 1 to 64 lowercase letters, digits "
                       "and \"-\", starting with a letter or digit)"),
                  quoted);
      return NULL;
    }
  return value->string.text;
}

static gboolean
read_int_value (Loader               *l,
                const JuxtaJsonValue *value,
                int                   min,
                int                   max,
                int                  *out)
{
  if (!expect_type (l, value, JUXTA_JSON_NUMBER, N_("an integer")))
    return FALSE;
  if (value->number != floor (value->number) || value->number < min || value->number > max)
    {
      error_here (l, _("expected an integer from %d to %d, got %g"), min, max, value->number);
      return FALSE;
    }
  *out = (int) value->number;
  return TRUE;
}

static const char *
read_date_value (Loader               *l,
                 const JuxtaJsonValue *value)
{
  const char *s;
  g_autofree char *quoted = NULL;
  guint year, month, day;

  if (!expect_type (l, value, JUXTA_JSON_STRING, N_("a date (YYYY-MM-DD)")))
    return NULL;
  s = value->string.text;
  if (value->string.length != 10 || s[4] != '-' || s[7] != '-' ||
      !g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]) || !g_ascii_isdigit (s[2]) ||
      !g_ascii_isdigit (s[3]) || !g_ascii_isdigit (s[5]) || !g_ascii_isdigit (s[6]) ||
      !g_ascii_isdigit (s[8]) || !g_ascii_isdigit (s[9]))
    {
      quoted = quote_for_message (s);
      error_here (l, _("\"%s\" is not a date (expected YYYY-MM-DD)"), quoted);
      return NULL;
    }
  year = (guint) g_ascii_strtoull (s, NULL, 10);
  month = (guint) g_ascii_strtoull (s + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (s + 8, NULL, 10);
  if (year == 0 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      quoted = quote_for_message (s);
      error_here (l, _("\"%s\" is not a real calendar date"), quoted);
      return NULL;
    }
  return s;
}

typedef const char *(*StringReader) (Loader *l, const JuxtaJsonValue *value);

/* Reads @key of @object with @reader; reports a missing required member. */
static const char *
read_member (Loader               *l,
             const JuxtaJsonValue *object,
             const char           *key,
             gboolean              required,
             StringReader          reader,
             const char           *expected)
{
  const JuxtaJsonValue *value = juxta_json_object_get (object, key);
  const char *result = NULL;
  gsize mark = path_push_key (l, key);

  if (value != NULL)
    result = reader (l, value);
  else if (required)
    /* TRANSLATORS: "missing; expected text" */
    error_here (l, _("missing; expected %s"), _(expected));

  path_pop (l, mark);
  return result;
}

static const char *
read_text (Loader               *l,
           const JuxtaJsonValue *object,
           const char           *key,
           gboolean              required)
{
  return read_member (l, object, key, required, read_text_value, N_("text"));
}

static const char *
read_id (Loader               *l,
         const JuxtaJsonValue *object,
         const char           *key)
{
  return read_member (l, object, key, TRUE, read_id_value, N_("an id"));
}

/* Returns the array at @key when it is one with @min..@max items; @noun is
 * the plural for messages ("priorities"). *@n_usable is how many items to
 * read (at most @max, so the limit also bounds the work). */
static const JuxtaJsonValue *
read_array_member (Loader               *l,
                   const JuxtaJsonValue *object,
                   const char           *key,
                   gboolean              required,
                   guint                 min,
                   guint                 max,
                   const char           *noun,
                   guint                *n_usable)
{
  const JuxtaJsonValue *value = juxta_json_object_get (object, key);
  gsize mark = path_push_key (l, key);

  *n_usable = 0;
  if (value == NULL || value->type != JUXTA_JSON_ARRAY)
    {
      /* Made only for the message: this runs for every list. */
      g_autofree char *expected = g_strdup_printf (_("an array of %s"), _(noun));

      if (value != NULL)
        expect_type (l, value, JUXTA_JSON_ARRAY, expected);
      else if (required)
        error_here (l, _("missing; expected %s"), expected);
      path_pop (l, mark);
      return NULL;
    }
  if (value->array.length < min || value->array.length > max)
    {
      if (min == max)
        error_here (l, _("expected %u %s, got %u"), min, _(noun), value->array.length);
      else if (min == 0)
        error_here (l, _("expected at most %u %s, got %u"), max, _(noun), value->array.length);
      else
        error_here (l, _("expected %u to %u %s, got %u"), min, max, _(noun), value->array.length);
    }
  *n_usable = MIN (value->array.length, max);
  path_pop (l, mark);
  return value;
}

/* Reports duplicate keys (errors: json-glib would silently keep the last)
 * and, when @known is given, unknown keys (warnings). */
static void
check_object_keys (Loader               *l,
                   const JuxtaJsonValue *object,
                   const char *const    *known)
{
  const JuxtaJsonMember *members = object->object.members;
  guint n = object->object.length;
  g_autoptr(GHashTable) seen = NULL;

  if (n > 16)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      const char *key = members[i].key;
      gboolean duplicate = FALSE;

      if (seen != NULL)
        duplicate = !g_hash_table_add (seen, (gpointer) key);
      else
        for (guint j = 0; j < i && !duplicate; j++)
          duplicate = strcmp (members[j].key, key) == 0;

      if (duplicate)
        {
          g_autofree char *quoted = quote_for_message (key);

          error_at_key (l, key, _("duplicate key \"%s\" (each key may appear once in an object)"), quoted);
          continue;
        }

      if (known == NULL || g_strv_contains (known, key))
        continue;
      if (!has_room_for (l, JUXTA_SEVERITY_WARNING))
        l->truncated = TRUE;   /* not worth formatting: it would not be kept */
      else
        {
          g_autofree char *list = g_strjoinv (", ", (char **) known);
          gsize mark = path_push_key (l, key);
          warn_here (l, _("unknown key, ignored (known here: %s)"), list);
          path_pop (l, mark);
        }
    }
}

static gboolean
read_object_value (Loader               *l,
                   const JuxtaJsonValue *value,
                   const char           *expected,
                   const char *const    *known_keys)
{
  if (!expect_type (l, value, JUXTA_JSON_OBJECT, expected))
    return FALSE;
  check_object_keys (l, value, known_keys);
  return TRUE;
}

/* -------------------------------------------------------------- id lists */

static const char *
id_list_item (const IdList *list,
              guint         i)
{
  return *(const char *const *) ((const char *) list->items + i * list->item_size);
}

static int
id_list_find (const IdList *list,
              const char   *id)
{
  for (guint i = 0; i < list->n_items; i++)
    {
      const char *item = id_list_item (list, i);
      if (item != NULL && strcmp (item, id) == 0)
        return (int) i;
    }
  return -1;
}

static char *
id_list_describe (const IdList *list)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < list->n_items; i++)
    {
      const char *item = id_list_item (list, i);
      if (item == NULL)
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, item);
    }
  if (s->len == 0)
    g_string_append (s, C_("no known ids", "none"));
  return g_string_free (s, FALSE);
}

/* Whether an item of the list has no usable id (it was missing, invalid or
 * the item was not an object): the error is reported there. */
static gboolean
id_list_has_unreadable (const IdList *list)
{
  for (guint i = 0; i < list->n_items; i++)
    if (id_list_item (list, i) == NULL)
      return TRUE;
  return FALSE;
}

/* Resolves a reference; reports an unknown id with the known ones.  Returns
 * the index, -1 when unknown, -2 when the list itself could not be read, or
 * the id may be the one of an item whose id could not be read (so that one
 * mistake does not cascade). */
static int
resolve_reference (Loader       *l,
                   const IdList *list,
                   const char   *id)
{
  int index;

  if (!list->known)
    return -2;
  index = id_list_find (list, id);
  if (index < 0 && id_list_has_unreadable (list))
    return -2;
  if (index < 0)
    {
      g_autofree char *known = id_list_describe (list);
      g_autofree char *quoted = quote_for_message (id);
      /* TRANSLATORS: "unknown priority \"speeed\" (known: risk, speed)" */
      error_here (l, _("unknown %s \"%s\" (known: %s)"), _(list->noun), quoted, known);
    }
  return index;
}

static int
read_reference_value (Loader               *l,
                      const JuxtaJsonValue *value,
                      const IdList         *list)
{
  const char *id = read_id_value (l, value);

  return id != NULL ? resolve_reference (l, list, id) : -1;
}

/* Checks that a newly read id is not taken by an earlier item of its list. */
static void
check_unique_id (Loader       *l,
                 const IdList *list,
                 guint         index,
                 const char   *list_key)
{
  const char *id = id_list_item (list, index);

  if (id == NULL)
    return;
  for (guint i = 0; i < index; i++)
    {
      const char *other = id_list_item (list, i);
      if (other != NULL && strcmp (other, id) == 0)
        {
          gsize mark = path_push_key (l, "id");
          error_here (l, _("duplicate id \"%s\" (already used by $.%s[%u])"), id, list_key, i);
          path_pop (l, mark);
          return;
        }
    }
}

#define ID_LIST(noun_, array, count, known_) \
  ((IdList) { (noun_), (array), sizeof *(array), (count), (known_) })

static IdList
priority_list (Loader *l)
{
  return ID_LIST (N_("priority"), l->deck->priorities, l->deck->n_priorities, l->priorities_known);
}

static IdList
option_list (Loader *l)
{
  return ID_LIST (N_("option"), l->deck->options, l->deck->n_options, l->options_known);
}

static IdList
dimension_list (Loader *l)
{
  return ID_LIST (N_("dimension"), l->deck->dimensions, l->deck->n_dimensions, l->dimensions_known);
}

static IdList
audience_list (Loader *l)
{
  return ID_LIST (N_("audience"), l->deck->audiences, l->deck->n_audiences, l->audiences_known);
}

static IdList
analogy_list (Loader *l)
{
  return ID_LIST (N_("analogy"), l->deck->analogies, l->deck->n_analogies, l->analogies_known);
}

static IdList
preset_list (Loader *l)
{
  return ID_LIST (N_("preset"), l->deck->presets, l->deck->n_presets, l->presets_known);
}

static IdList
requirement_list (Loader *l)
{
  return ID_LIST (N_("requirement"), l->deck->requirements, l->deck->n_requirements,
                  l->requirements_known);
}

/* Reads an optional array of references at @key into a bit mask.  Absent:
 * every bit set (the member means "all" when left out). */
static guint64
read_reference_mask (Loader               *l,
                     const JuxtaJsonValue *object,
                     const char           *key,
                     const IdList         *list,
                     const char           *plural_noun,
                     gboolean              required,
                     gboolean             *present)
{
  const JuxtaJsonValue *array;
  guint n;
  guint64 mask = 0;

  array = read_array_member (l, object, key, required, required ? 1 : 0, 64, plural_noun, &n);
  if (present != NULL)
    *present = array != NULL;
  if (array == NULL)
    return G_MAXUINT64;

  gsize key_mark = path_push_key (l, key);
  if (array->array.length == 0 && !required)
    warn_here (l, _("an empty list matches nothing; leave \"%s\" out to mean all"), key);
  for (guint i = 0; i < n; i++)
    {
      gsize mark = path_push_index (l, i);
      int index = read_reference_value (l, array->array.items[i], list);
      if (index >= 0)
        mask |= G_GUINT64_CONSTANT (1) << index;
      path_pop (l, mark);
    }
  path_pop (l, key_mark);
  return mask;
}

/* Reads {PRIORITY_ID: integer 0..100} into @weights (-1 where not named). */
static void
read_weights_member (Loader               *l,
                     const JuxtaJsonValue *object,
                     const char           *key,
                     gboolean              required,
                     int                  *weights)
{
  const JuxtaJsonValue *value = juxta_json_object_get (object, key);
  IdList priorities = priority_list (l);
  gsize mark = path_push_key (l, key);

  for (guint p = 0; p < JUXTA_MAX_PRIORITIES; p++)
    weights[p] = -1;

  if (value == NULL)
    {
      if (required)
        error_here (l, _("missing; expected an object of weights such as {\"%s\": 80}"),
                    l->deck->n_priorities > 0 && l->deck->priorities[0].id != NULL
                      ? l->deck->priorities[0].id : "cost");
    }
  else if (read_object_value (l, value, N_("an object of weights (priority id: 0 to 100)"), NULL))
    {
      for (guint i = 0; i < value->object.length; i++)
        {
          const JuxtaJsonMember *member = &value->object.members[i];
          gsize member_mark = path_push_key (l, member->key);
          int index = resolve_reference (l, &priorities, member->key);
          int weight;

          if (read_int_value (l, member->value, 0, 100, &weight) && index >= 0)
            weights[index] = weight;
          path_pop (l, member_mark);
        }
    }
  path_pop (l, mark);
}

static void
read_sources_member (Loader               *l,
                     const JuxtaJsonValue *object,
                     const JuxtaSource   **out_sources,
                     guint                *out_n)
{
  static const char *const keys[] = { "title", "url", "as-of", NULL };
  const JuxtaJsonValue *array;
  JuxtaSource *sources;
  guint n;

  array = read_array_member (l, object, "sources", FALSE, 0, G_MAXUINT32, N_("sources"), &n);
  sources = juxta_arena_alloc (l->arena, sizeof *sources * MAX (n, 1));
  gsize key_mark = path_push_key (l, "sources");
  for (guint i = 0; i < n; i++)
    {
      const JuxtaJsonValue *item = array->array.items[i];
      gsize mark = path_push_index (l, i);

      if (read_object_value (l, item, N_("a source object"), keys))
        {
          sources[i].title = read_text (l, item, "title", TRUE);
          sources[i].url = read_text (l, item, "url", FALSE);
          sources[i].as_of = read_member (l, item, "as-of", FALSE, read_date_value, N_("a date"));
        }
      path_pop (l, mark);
    }
  path_pop (l, key_mark);
  *out_sources = sources;
  *out_n = n;
}

/* ------------------------------------------------------------- sections */

/* Reads a list of objects with ids at @key; @read_item fills item @i.
 * Returns the usable count, and whether the list could be read at all. */
typedef void (*ItemReader) (Loader *l, const JuxtaJsonValue *object, gpointer item);

static gpointer
read_item_list (Loader               *l,
                const JuxtaJsonValue *root,
                const char           *key,
                gboolean              required,
                guint                 min,
                guint                 max,
                const char           *plural_noun,
                const char           *item_noun,
                const char *const    *item_keys,
                gsize                 item_size,
                ItemReader            read_item,
                guint                *n_out,
                gboolean             *known_out)
{
  const JuxtaJsonValue *array;
  char *items;
  guint n;

  array = read_array_member (l, root, key, required, min, max, plural_noun, &n);
  items = juxta_arena_alloc (l->arena, item_size * MAX (n, 1));
  *n_out = n;
  /* A list that is absent and optional is known (and empty); one that is
   * present but unreadable is not, so references to it are not checked. */
  if (known_out != NULL)
    *known_out = array != NULL || (!required && juxta_json_object_get (root, key) == NULL);

  gsize key_mark = path_push_key (l, key);
  for (guint i = 0; i < n; i++)
    {
      const JuxtaJsonValue *object = array->array.items[i];
      gsize mark = path_push_index (l, i);

      if (read_object_value (l, object, item_noun, item_keys))
        read_item (l, object, items + i * item_size);
      path_pop (l, mark);
    }
  path_pop (l, key_mark);
  return items;
}

static void
check_unique_ids (Loader       *l,
                  const IdList *list,
                  const char   *key)
{
  gsize key_mark = path_push_key (l, key);

  for (guint i = 0; i < list->n_items; i++)
    {
      gsize mark = path_push_index (l, i);
      check_unique_id (l, list, i, key);
      path_pop (l, mark);
    }
  path_pop (l, key_mark);
}

static void
read_priority (Loader               *l,
               const JuxtaJsonValue *object,
               gpointer              item)
{
  JuxtaPriority *priority = item;
  const JuxtaJsonValue *value;

  priority->id = read_id (l, object, "id");
  priority->label = read_text (l, object, "label", TRUE);
  priority->description = read_text (l, object, "description", FALSE);
  priority->default_weight = 50;
  if ((value = juxta_json_object_get (object, "default")) != NULL)
    {
      gsize mark = path_push_key (l, "default");
      read_int_value (l, value, 0, 100, &priority->default_weight);
      path_pop (l, mark);
    }
}

static void
read_simple_labelled (Loader               *l,
                      const JuxtaJsonValue *object,
                      gpointer              item)
{
  /* JuxtaDimension and JuxtaAudience share this layout. */
  JuxtaDimension *labelled = item;

  labelled->id = read_id (l, object, "id");
  labelled->label = read_text (l, object, "label", TRUE);
}

static void
read_scores (Loader               *l,
             const JuxtaJsonValue *option_object,
             JuxtaOption          *option)
{
  const JuxtaJsonValue *scores = juxta_json_object_get (option_object, "scores");
  IdList priorities = priority_list (l);
  gboolean seen[JUXTA_MAX_PRIORITIES] = { FALSE };
  gsize mark = path_push_key (l, "scores");

  if (scores == NULL)
    error_here (l, _("missing; expected an object with a score from 0 to 5 for every priority"));
  else if (read_object_value (l, scores, N_("an object of scores (priority id: 0 to 5)"), NULL))
    {
      for (guint i = 0; i < scores->object.length; i++)
        {
          const JuxtaJsonMember *member = &scores->object.members[i];
          gsize member_mark = path_push_key (l, member->key);
          int index = resolve_reference (l, &priorities, member->key);

          if (expect_type (l, member->value, JUXTA_JSON_NUMBER, N_("a score (a number from 0 to 5)")))
            {
              double score = member->value->number;
              if (score < 0 || score > JUXTA_SCORE_MAX)
                error_here (l, _("expected a score from 0 to %d, got %g"), JUXTA_SCORE_MAX, score);
              else if (index >= 0)
                {
                  option->scores[index] = (gint32) lround (score * JUXTA_SCORE_UNIT);
                  seen[index] = TRUE;
                }
            }
          path_pop (l, member_mark);
        }

      for (guint p = 0; p < l->deck->n_priorities && priorities.known; p++)
        {
          const char *id = l->deck->priorities[p].id;
          if (id != NULL && !seen[p] && juxta_json_object_get (scores, id) == NULL)
            error_at_key (l, id, _("missing score for priority \"%s\""), id);
        }
    }
  path_pop (l, mark);
}

static void
read_reasons (Loader               *l,
              const JuxtaJsonValue *option_object,
              JuxtaOption          *option)
{
  const JuxtaJsonValue *reasons = juxta_json_object_get (option_object, "reasons");
  IdList priorities = priority_list (l);
  gsize mark;

  if (reasons == NULL)
    return;
  mark = path_push_key (l, "reasons");
  if (read_object_value (l, reasons, N_("an object of reasons (priority id: text)"), NULL))
    for (guint i = 0; i < reasons->object.length; i++)
      {
        const JuxtaJsonMember *member = &reasons->object.members[i];
        gsize member_mark = path_push_key (l, member->key);
        int index = resolve_reference (l, &priorities, member->key);
        const char *text = read_text_value (l, member->value);

        if (index >= 0)
          option->reasons[index] = text;
        path_pop (l, member_mark);
      }
  path_pop (l, mark);
}

static const char *const *
read_fact_value (Loader               *l,
                 const JuxtaJsonValue *value)
{
  const char **fact;

  if (value->type == JUXTA_JSON_ARRAY)
    {
      guint n = value->array.length;

      if (n == 0)
        {
          error_here (l, _("expected text or a non-empty list of texts, got an empty list"));
          return NULL;
        }
      fact = juxta_arena_alloc (l->arena, sizeof (char *) * (n + 1));
      for (guint i = 0; i < n; i++)
        {
          gsize mark = path_push_index (l, i);
          fact[i] = read_text_value (l, value->array.items[i]);
          path_pop (l, mark);
        }
      return fact;
    }

  if (value->type != JUXTA_JSON_STRING)
    {
      error_here (l, _("expected text or a list of texts, got %s"), juxta_json_type_describe (value));
      return NULL;
    }
  fact = juxta_arena_alloc (l->arena, sizeof (char *) * 2);
  fact[0] = read_text_value (l, value);
  return fact[0] != NULL ? fact : NULL;
}

static void
read_facts (Loader               *l,
            const JuxtaJsonValue *option_object,
            JuxtaOption          *option)
{
  const JuxtaJsonValue *facts = juxta_json_object_get (option_object, "facts");
  IdList dimensions = dimension_list (l);
  const char *const **by_dimension;
  gsize mark;

  by_dimension = juxta_arena_alloc (l->arena, sizeof (gpointer) * MAX (l->deck->n_dimensions, 1));
  option->facts = (const char *const *const *) by_dimension;
  if (facts == NULL)
    return;

  mark = path_push_key (l, "facts");
  if (read_object_value (l, facts, N_("an object of facts (dimension id: text or list of texts)"), NULL))
    for (guint i = 0; i < facts->object.length; i++)
      {
        const JuxtaJsonMember *member = &facts->object.members[i];
        gsize member_mark = path_push_key (l, member->key);
        int index = resolve_reference (l, &dimensions, member->key);
        const char *const *fact = read_fact_value (l, member->value);

        if (index >= 0)
          by_dimension[index] = fact;
        path_pop (l, member_mark);
      }
  path_pop (l, mark);
}

static void
read_talking_point (Loader               *l,
                    const JuxtaJsonValue *object,
                    gpointer              item)
{
  JuxtaTalkingPoint *point = item;
  IdList priorities = priority_list (l);
  IdList audiences = audience_list (l);
  gboolean present;

  point->text = read_text (l, object, "text", TRUE);
  point->priorities = (guint32) read_reference_mask (l, object, "priorities", &priorities,
                                                     N_("priority ids"), FALSE, &present);
  point->all_priorities = !present;
  point->audiences = (guint32) read_reference_mask (l, object, "audiences", &audiences,
                                                    N_("audience ids"), FALSE, NULL);
}

static void
read_option (Loader               *l,
             const JuxtaJsonValue *object,
             gpointer              item)
{
  static const char *const point_keys[] = { "text", "priorities", "audiences", NULL };
  JuxtaOption *option = item;

  option->id = read_id (l, object, "id");
  option->name = read_text (l, object, "name", TRUE);
  option->tagline = read_text (l, object, "tagline", FALSE);
  option->summary = read_text (l, object, "summary", FALSE);
  read_scores (l, object, option);
  read_reasons (l, object, option);
  read_facts (l, object, option);
  option->talking_points = read_item_list (l, object, "talking-points", FALSE, 0, G_MAXUINT32,
                                           N_("talking points"), N_("a talking point object"),
                                           point_keys, sizeof (JuxtaTalkingPoint),
                                           read_talking_point, &option->n_talking_points, NULL);
  read_sources_member (l, object, &option->sources, &option->n_sources);
}

static const char *
fold_term (Loader     *l,
           const char *term)
{
  g_autofree char *folded = g_utf8_casefold (term, -1);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " \t\n\r", -1);
  g_autoptr(GString) collapsed = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (collapsed->len > 0)
        g_string_append_c (collapsed, ' ');
      g_string_append (collapsed, words[i]);
    }
  /* Typographic apostrophes match typed ones. */
  g_string_replace (collapsed, "’", "'", 0);
  return juxta_arena_strdup (l->arena, collapsed->str);
}

static void
read_triggers (Loader               *l,
               const JuxtaJsonValue *object,
               JuxtaAnalogy         *analogy)
{
  const JuxtaJsonValue *array;
  JuxtaTermGroup *groups;
  guint n;
  gboolean needed = analogy->verdict != JUXTA_ANALOGY_RECOMMENDED;

  array = juxta_json_object_get (object, "triggers");
  if (array == NULL && needed)
    {
      error_at_key (l, "triggers",
                    _("missing; an \"avoid\" or \"caution\" analogy needs triggers "
                      "(a list of term groups such as [[\"a\"], [\"b\", \"c\"]])"));
      return;
    }
  array = read_array_member (l, object, "triggers", FALSE, needed ? 1 : 0, 64,
                             N_("term groups"), &n);
  if (array == NULL)
    return;

  groups = juxta_arena_alloc (l->arena, sizeof *groups * MAX (n, 1));
  gsize key_mark = path_push_key (l, "triggers");
  for (guint g = 0; g < n; g++)
    {
      const JuxtaJsonValue *group = array->array.items[g];
      gsize mark = path_push_index (l, g);

      if (expect_type (l, group, JUXTA_JSON_ARRAY, N_("a term group (a list of terms)")))
        {
          const char **terms = juxta_arena_alloc (l->arena, sizeof (char *) * (group->array.length + 1));
          guint n_terms = 0;

          if (group->array.length == 0)
            error_here (l, _("expected at least one term in the group"));
          for (guint t = 0; t < group->array.length; t++)
            {
              gsize term_mark = path_push_index (l, t);
              const char *term = read_text_value (l, group->array.items[t]);

              if (term != NULL)
                {
                  const char *folded = fold_term (l, term);
                  if (folded[0] == '\0')
                    error_here (l, _("expected a term, got only spaces"));
                  else
                    terms[n_terms++] = folded;
                }
              path_pop (l, term_mark);
            }
          groups[g].terms = terms;
          groups[g].n_terms = n_terms;
        }
      path_pop (l, mark);
    }
  path_pop (l, key_mark);
  analogy->triggers = groups;
  analogy->n_triggers = n;
}

static void
read_analogy (Loader               *l,
              const JuxtaJsonValue *object,
              gpointer              item)
{
  JuxtaAnalogy *analogy = item;
  IdList audiences = audience_list (l);
  const JuxtaJsonValue *verdict = juxta_json_object_get (object, "verdict");
  gsize mark;

  analogy->id = read_id (l, object, "id");
  analogy->instead = -1;
  analogy->verdict = JUXTA_ANALOGY_RECOMMENDED;

  mark = path_push_key (l, "verdict");
  if (verdict == NULL)
    error_here (l, _("missing; expected \"recommended\", \"caution\" or \"avoid\""));
  else if (expect_type (l, verdict, JUXTA_JSON_STRING, N_("\"recommended\", \"caution\" or \"avoid\"")))
    {
      if (g_str_equal (verdict->string.text, "recommended"))
        analogy->verdict = JUXTA_ANALOGY_RECOMMENDED;
      else if (g_str_equal (verdict->string.text, "caution"))
        analogy->verdict = JUXTA_ANALOGY_CAUTION;
      else if (g_str_equal (verdict->string.text, "avoid"))
        analogy->verdict = JUXTA_ANALOGY_AVOID;
      else
        {
          g_autofree char *quoted = quote_for_message (verdict->string.text);

          error_here (l, _("expected \"recommended\", \"caution\" or \"avoid\", got \"%s\""),
                      quoted);
        }
    }
  path_pop (l, mark);

  analogy->text = read_text (l, object, "text", TRUE);
  analogy->why = read_text (l, object, "why", FALSE);
  analogy->audiences = (guint32) read_reference_mask (l, object, "audiences", &audiences,
                                                      N_("audience ids"), FALSE, NULL);
  read_triggers (l, object, analogy);
}

/* "instead" refers to analogies, so it is read once they all have ids. */
static void
resolve_instead (Loader               *l,
                 const JuxtaJsonValue *analogies)
{
  IdList list = analogy_list (l);
  gsize key_mark = path_push_key (l, "analogies");

  for (guint i = 0; i < l->deck->n_analogies; i++)
    {
      const JuxtaJsonValue *object = analogies->array.items[i];
      const JuxtaJsonValue *instead;
      JuxtaAnalogy *analogy = &l->deck->analogies[i];
      gsize mark = path_push_index (l, i);

      if (object->type == JUXTA_JSON_OBJECT &&
          (instead = juxta_json_object_get (object, "instead")) != NULL)
        {
          gsize instead_mark = path_push_key (l, "instead");
          int index = read_reference_value (l, instead, &list);

          if (index >= 0)
            {
              analogy->instead = index;
              if ((guint) index == i)
                error_here (l, _("an analogy cannot be its own replacement"));
              else if (l->deck->analogies[index].verdict != JUXTA_ANALOGY_RECOMMENDED)
                warn_here (l, _("\"%s\" is not a recommended analogy"), instead->string.text);
            }
          path_pop (l, instead_mark);
        }
      path_pop (l, mark);
    }
  path_pop (l, key_mark);
}

static void
read_answer (Loader               *l,
             const JuxtaJsonValue *object,
             gpointer              item)
{
  JuxtaAnswer *answer = item;
  IdList audiences = audience_list (l);

  answer->id = read_id (l, object, "id");
  answer->question = read_text (l, object, "question", FALSE);
  answer->text = read_text (l, object, "text", TRUE);
  answer->audiences = (guint32) read_reference_mask (l, object, "audiences", &audiences,
                                                     N_("audience ids"), FALSE, NULL);
}

static void
read_term (Loader               *l,
           const JuxtaJsonValue *object,
           gpointer              item)
{
  JuxtaTerm *term = item;

  term->term = read_text (l, object, "term", TRUE);
  term->definition = read_text (l, object, "definition", TRUE);
}

static void
read_preset (Loader               *l,
             const JuxtaJsonValue *object,
             gpointer              item)
{
  JuxtaPreset *preset = item;

  preset->id = read_id (l, object, "id");
  preset->label = read_text (l, object, "label", TRUE);
  read_weights_member (l, object, "weights", TRUE, preset->weights);
}

static void
read_requirement (Loader               *l,
                  const JuxtaJsonValue *object,
                  gpointer              item)
{
  JuxtaRequirement *requirement = item;
  IdList options = option_list (l);

  requirement->id = read_id (l, object, "id");
  requirement->label = read_text (l, object, "label", TRUE);
  requirement->why = read_text (l, object, "why", FALSE);
  requirement->excludes = read_reference_mask (l, object, "excludes", &options,
                                               N_("option ids"), TRUE, NULL);
  if (requirement->excludes == G_MAXUINT64)
    requirement->excludes = 0;
}

static void
read_expectation (Loader               *l,
                  const JuxtaJsonValue *object,
                  gpointer              item)
{
  JuxtaExpectation *expectation = item;
  IdList options = option_list (l);
  IdList presets = preset_list (l);
  IdList requirements = requirement_list (l);
  const JuxtaJsonValue *value;
  gboolean present;
  guint64 mask;

  expectation->label = read_text (l, object, "label", TRUE);

  value = juxta_json_object_get (object, "leader");
  if (value == NULL)
    error_at_key (l, "leader", _("missing; expected the id of the option that must lead"));
  else
    {
      gsize mark = path_push_key (l, "leader");
      int index = read_reference_value (l, value, &options);
      expectation->leader = index >= 0 ? (guint) index : 0;
      path_pop (l, mark);
    }

  expectation->preset = -1;
  if ((value = juxta_json_object_get (object, "preset")) != NULL)
    {
      gsize mark = path_push_key (l, "preset");
      int index = read_reference_value (l, value, &presets);
      expectation->preset = MAX (index, -1);
      path_pop (l, mark);
    }

  if (juxta_json_object_get (object, "weights") != NULL)
    read_weights_member (l, object, "weights", FALSE, expectation->weights);
  else
    for (guint p = 0; p < JUXTA_MAX_PRIORITIES; p++)
      expectation->weights[p] = -1;

  mask = read_reference_mask (l, object, "requirements", &requirements,
                              N_("requirement ids"), FALSE, &present);
  expectation->requirements = present ? (guint32) mask : 0;
}

static void
read_bottom_line (Loader               *l,
                  const JuxtaJsonValue *root)
{
  static const char *const keys[] = { "avoid", "say", NULL };
  const JuxtaJsonValue *value = juxta_json_object_get (root, "bottom-line");
  gsize mark;

  if (value == NULL)
    return;
  mark = path_push_key (l, "bottom-line");
  if (read_object_value (l, value, N_("an object with \"avoid\" and/or \"say\""), keys))
    {
      l->deck->bottom_line_avoid = read_text (l, value, "avoid", FALSE);
      l->deck->bottom_line_say = read_text (l, value, "say", FALSE);
    }
  path_pop (l, mark);
}

static gboolean
read_header (Loader               *l,
             const JuxtaJsonValue *root)
{
  const JuxtaJsonValue *value;
  gsize mark;

  mark = path_push_key (l, "format");
  value = juxta_json_object_get (root, "format");
  if (value == NULL)
    error_here (l, _("missing; expected \"juxta-deck\" (is this a Juxta deck?)"));
  else if (expect_type (l, value, JUXTA_JSON_STRING, N_("the string \"juxta-deck\"")) &&
           !g_str_equal (value->string.text, "juxta-deck"))
    {
      g_autofree char *quoted = quote_for_message (value->string.text);

      error_here (l, _("expected \"juxta-deck\", got \"%s\" (is this a Juxta deck?)"), quoted);
    }
  path_pop (l, mark);

  mark = path_push_key (l, "version");
  value = juxta_json_object_get (root, "version");
  if (value == NULL)
    error_here (l, _("missing; expected %d"), JUXTA_DECK_FORMAT_VERSION);
  else if (expect_type (l, value, JUXTA_JSON_NUMBER, N_("an integer")))
    {
      if (value->number != floor (value->number) || value->number < 1)
        error_here (l, _("expected %d, got %g"), JUXTA_DECK_FORMAT_VERSION, value->number);
      else if (value->number > JUXTA_DECK_FORMAT_VERSION)
        {
          /* A newer deck may use anything: stop here rather than report
           * its new features as mistakes. */
          error_here (l, _("made for a newer version of Juxta (deck format %g; this version "
                           "reads format %d)"), value->number, JUXTA_DECK_FORMAT_VERSION);
          path_pop (l, mark);
          return FALSE;
        }
    }
  path_pop (l, mark);

  l->deck->id = read_id (l, root, "id");
  l->deck->title = read_text (l, root, "title", TRUE);
  l->deck->subtitle = read_text (l, root, "subtitle", FALSE);
  l->deck->framing = read_text (l, root, "framing", FALSE);
  l->deck->verified = read_member (l, root, "verified", FALSE, read_date_value, N_("a date"));
  return TRUE;
}

static void
read_audiences (Loader               *l,
                const JuxtaJsonValue *root)
{
  static const char *const keys[] = { "id", "label", NULL };
  JuxtaDeck *deck = l->deck;

  if (juxta_json_object_get (root, "audiences") == NULL)
    {
      deck->audiences = juxta_arena_alloc (l->arena, sizeof (JuxtaAudience));
      deck->audiences[0].id = "general";
      deck->audiences[0].label = juxta_arena_strdup (l->arena, _("General"));
      deck->n_audiences = 1;
      l->audiences_known = TRUE;
      return;
    }
  deck->audiences = read_item_list (l, root, "audiences", TRUE, 1, JUXTA_MAX_AUDIENCES,
                                    N_("audiences"), N_("an audience object"), keys,
                                    sizeof (JuxtaAudience), read_simple_labelled,
                                    &deck->n_audiences, &l->audiences_known);
}

static void
read_deck (Loader               *l,
           const JuxtaJsonValue *root)
{
  static const char *const priority_keys[] = { "id", "label", "description", "default", NULL };
  static const char *const labelled_keys[] = { "id", "label", NULL };
  static const char *const option_keys[] = {
    "id", "name", "tagline", "summary", "scores", "reasons", "facts", "talking-points", "sources", NULL
  };
  static const char *const analogy_keys[] = {
    "id", "verdict", "text", "why", "audiences", "triggers", "instead", NULL
  };
  static const char *const answer_keys[] = { "id", "question", "text", "audiences", NULL };
  static const char *const term_keys[] = { "term", "definition", NULL };
  static const char *const preset_keys[] = { "id", "label", "weights", NULL };
  static const char *const requirement_keys[] = { "id", "label", "why", "excludes", NULL };
  static const char *const expectation_keys[] = {
    "label", "leader", "preset", "weights", "requirements", NULL
  };
  JuxtaDeck *deck = l->deck;
  IdList list;

  if (!expect_type (l, root, JUXTA_JSON_OBJECT, N_("a JSON object at the top level")))
    return;
  check_object_keys (l, root, top_level_keys);
  if (!read_header (l, root))
    return;

  /* Lists that others refer to come first. */
  deck->priorities = read_item_list (l, root, "priorities", TRUE, 1, JUXTA_MAX_PRIORITIES,
                                     N_("priorities"), N_("a priority object"), priority_keys,
                                     sizeof (JuxtaPriority), read_priority,
                                     &deck->n_priorities, &l->priorities_known);
  list = priority_list (l);
  check_unique_ids (l, &list, "priorities");

  deck->dimensions = read_item_list (l, root, "dimensions", FALSE, 0, JUXTA_MAX_DIMENSIONS,
                                     N_("dimensions"), N_("a dimension object"), labelled_keys,
                                     sizeof (JuxtaDimension), read_simple_labelled,
                                     &deck->n_dimensions, &l->dimensions_known);
  list = dimension_list (l);
  check_unique_ids (l, &list, "dimensions");

  read_audiences (l, root);
  list = audience_list (l);
  check_unique_ids (l, &list, "audiences");

  deck->options = read_item_list (l, root, "options", TRUE, 2, JUXTA_MAX_OPTIONS,
                                  N_("options"), N_("an option object"), option_keys,
                                  sizeof (JuxtaOption), read_option,
                                  &deck->n_options, &l->options_known);
  list = option_list (l);
  check_unique_ids (l, &list, "options");

  deck->analogies = read_item_list (l, root, "analogies", FALSE, 0, JUXTA_MAX_ANALOGIES,
                                    N_("analogies"), N_("an analogy object"), analogy_keys,
                                    sizeof (JuxtaAnalogy), read_analogy,
                                    &deck->n_analogies, &l->analogies_known);
  list = analogy_list (l);
  check_unique_ids (l, &list, "analogies");
  if (deck->n_analogies > 0)
    resolve_instead (l, juxta_json_object_get (root, "analogies"));

  deck->answers = read_item_list (l, root, "answers", FALSE, 0, JUXTA_MAX_ANSWERS,
                                  N_("answers"), N_("an answer object"), answer_keys,
                                  sizeof (JuxtaAnswer), read_answer, &deck->n_answers, NULL);
  list = ID_LIST (N_("answer"), deck->answers, deck->n_answers, TRUE);
  check_unique_ids (l, &list, "answers");

  deck->terms = read_item_list (l, root, "glossary", FALSE, 0, JUXTA_MAX_TERMS,
                                N_("glossary terms"), N_("a term object"), term_keys,
                                sizeof (JuxtaTerm), read_term, &deck->n_terms, NULL);

  deck->presets = read_item_list (l, root, "presets", FALSE, 0, JUXTA_MAX_PRESETS,
                                  N_("presets"), N_("a preset object"), preset_keys,
                                  sizeof (JuxtaPreset), read_preset,
                                  &deck->n_presets, &l->presets_known);
  list = preset_list (l);
  check_unique_ids (l, &list, "presets");

  deck->requirements = read_item_list (l, root, "requirements", FALSE, 0, JUXTA_MAX_REQUIREMENTS,
                                       N_("requirements"), N_("a requirement object"),
                                       requirement_keys, sizeof (JuxtaRequirement),
                                       read_requirement, &deck->n_requirements,
                                       &l->requirements_known);
  list = requirement_list (l);
  check_unique_ids (l, &list, "requirements");

  deck->expectations = read_item_list (l, root, "expectations", FALSE, 0, JUXTA_MAX_EXPECTATIONS,
                                       N_("expectations"), N_("an expectation object"),
                                       expectation_keys, sizeof (JuxtaExpectation),
                                       read_expectation, &deck->n_expectations, NULL);

  read_bottom_line (l, root);
  read_sources_member (l, root, (const JuxtaSource **) &deck->sources, &deck->n_sources);
}

/* --------------------------------------------------------------- entry */

static void
finish_diagnostics (Loader *l)
{
  if (l->truncated)
    {
      g_autofree char *message =
        g_strdup_printf (_("too many problems; only the first %d are shown"),
                         JUXTA_MAX_DIAGNOSTICS);
      /* Only a warning when every problem was one: the deck is still used. */
      g_ptr_array_add (l->diagnostics,
                       juxta_diagnostic_new_at_path (l->n_errors > 0 ? JUXTA_SEVERITY_ERROR
                                                                     : JUXTA_SEVERITY_WARNING,
                                                     l->file, "$", message));
    }
}

static void
set_error_from_diagnostics (GPtrArray  *diagnostics,
                            guint       n_errors,
                            GError    **error)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);
      g_autofree char *line = NULL;

      if (d->severity != JUXTA_SEVERITY_ERROR)
        continue;
      line = juxta_diagnostic_to_string (d);
      if (n_errors == 1)
        g_set_error_literal (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID, line);
      else
        g_set_error (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID,
                     ngettext ("%s (and %u more problem)", "%s (and %u more problems)", n_errors - 1),
                     line, n_errors - 1);
      return;
    }
  g_assert_not_reached ();
}

JuxtaDeck *
juxta_deck_load_data (const char  *data,
                      gsize        length,
                      const char  *display_name,
                      const char  *path,
                      GPtrArray  **diagnostics,
                      GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
  g_autoptr(GString) json_path = g_string_new ("$");
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autofree char *syntax_message = NULL;
  JuxtaJsonDocument *document;
  guint line = 0, column = 0;
  Loader l = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  l.file = display_name;
  l.diagnostics = found;
  l.path = json_path;

  if (length > JUXTA_DECK_MAX_FILE_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf (_("the file is %lld bytes; a deck is at most %d bytes (8 MiB)"),
                         (long long) length, JUXTA_DECK_MAX_FILE_SIZE);
      add_diagnostic (&l, juxta_diagnostic_new_at_path (JUXTA_SEVERITY_ERROR, display_name, "$", message));
    }
  else if ((document = juxta_json_document_parse (data, length, &line, &column, &syntax_message)) == NULL)
    add_diagnostic (&l, juxta_diagnostic_new_at_position (display_name, line, column, syntax_message));
  else
    {
      deck = juxta_deck_new_empty (document, path);
      l.deck = deck;
      l.arena = juxta_json_document_get_arena (document);
      read_deck (&l, juxta_json_document_get_root (document));
      finish_diagnostics (&l);
    }

  if (l.n_errors > 0)
    {
      set_error_from_diagnostics (found, l.n_errors, error);
      g_clear_object (&deck);
    }

  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&found);
  return g_steal_pointer (&deck);
}

static JuxtaDeck *
fail_unreadable (const char  *filename,
                 const char  *message,
                 GPtrArray  **diagnostics,
                 GError     **error)
{
  JuxtaDiagnostic *d = juxta_diagnostic_new_at_path (JUXTA_SEVERITY_ERROR, filename, "$", message);
  g_autofree char *line = juxta_diagnostic_to_string (d);

  g_set_error_literal (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_UNREADABLE, line);
  if (diagnostics != NULL)
    {
      *diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
      g_ptr_array_add (*diagnostics, d);
    }
  else
    juxta_diagnostic_free (d);
  return NULL;
}

/* Reads at most JUXTA_DECK_MAX_FILE_SIZE + 1 bytes, refusing anything that
 * is not a regular file (a FIFO or a device would block or never end). */
static char *
read_bounded (const char  *filename,
              gsize       *length,
              char       **problem)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize capacity;
  gsize used = 0;
  int fd;

  fd = g_open (filename, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      *problem = g_strdup_printf (_("cannot open the file: %s"), g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;
      *problem = g_strdup_printf (_("cannot read the file: %s"), g_strerror (saved_errno));
      close (fd);
      return NULL;
    }
  if (S_ISDIR (st.st_mode) || !S_ISREG (st.st_mode) || st.st_size > JUXTA_DECK_MAX_FILE_SIZE)
    {
      if (S_ISDIR (st.st_mode))
        *problem = g_strdup (_("is a directory; expected a deck file (JSON)"));
      else if (!S_ISREG (st.st_mode))
        *problem = g_strdup (_("is not a regular file; expected a deck file (JSON)"));
      else
        *problem = g_strdup_printf (_("the file is %lld bytes; a deck is at most %d bytes (8 MiB)"),
                                    (long long) st.st_size, JUXTA_DECK_MAX_FILE_SIZE);
      close (fd);
      return NULL;
    }

  /* One byte more than the file's size, to notice a file that grew. */
  capacity = (gsize) st.st_size + 1;
  buffer = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (used == capacity)
        {
          if (capacity > JUXTA_DECK_MAX_FILE_SIZE)
            break;   /* over the cap: load_data refuses it by its length */
          capacity = MIN (capacity * 2, (gsize) JUXTA_DECK_MAX_FILE_SIZE + 1);
          buffer = g_realloc (buffer, capacity);
        }
      n = read (fd, buffer + used, capacity - used);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          *problem = g_strdup_printf (_("cannot read the file: %s"), g_strerror (saved_errno));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      used += (gsize) n;
    }
  close (fd);

  *length = used;
  return g_steal_pointer (&buffer);
}

JuxtaDeck *
juxta_deck_load_file (const char  *filename,
                      GPtrArray  **diagnostics,
                      GError     **error)
{
  g_autofree char *problem = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (filename != NULL, NULL);

  contents = read_bounded (filename, &length, &problem);
  if (contents == NULL)
    return fail_unreadable (filename, problem, diagnostics, error);

  return juxta_deck_load_data (contents, length, filename, filename, diagnostics, error);
}
