/* juxta-json.c: a strict, bounded JSON reader for deck files */

#define G_LOG_DOMAIN "juxta-json"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "juxta-json.h"

/* ---------------------------------------------------------------- arena */

#define ARENA_BLOCK_SIZE (64 * 1024)

typedef struct _ArenaBlock ArenaBlock;
struct _ArenaBlock
{
  ArenaBlock *next;
  gsize       used;
  gsize       size;
  /* data follows, aligned */
  max_align_t data[];
};

struct _JuxtaArena
{
  ArenaBlock *blocks;
};

JuxtaArena *
juxta_arena_new (void)
{
  return g_new0 (JuxtaArena, 1);
}

void
juxta_arena_free (JuxtaArena *arena)
{
  if (arena == NULL)
    return;

  for (ArenaBlock *block = arena->blocks, *next; block != NULL; block = next)
    {
      next = block->next;
      g_free (block);
    }
  g_free (arena);
}

gpointer
juxta_arena_alloc (JuxtaArena *arena,
                   gsize       size)
{
  ArenaBlock *block = arena->blocks;
  gsize aligned = (size + sizeof (max_align_t) - 1) & ~(sizeof (max_align_t) - 1);

  if (block == NULL || block->size - block->used < aligned)
    {
      gsize block_size = MAX (ARENA_BLOCK_SIZE, aligned);

      block = g_malloc (sizeof (ArenaBlock) + block_size);
      block->used = 0;
      block->size = block_size;
      /* A large one-off allocation goes behind the current block so the
       * current block's free space is not thrown away. */
      if (arena->blocks != NULL && aligned > ARENA_BLOCK_SIZE / 4)
        {
          block->next = arena->blocks->next;
          arena->blocks->next = block;
        }
      else
        {
          block->next = arena->blocks;
          arena->blocks = block;
        }
    }

  gpointer result = (char *) block->data + block->used;
  block->used += aligned;
  memset (result, 0, size);
  return result;
}

char *
juxta_arena_strdup (JuxtaArena *arena,
                    const char *str)
{
  gsize len;
  char *copy;

  if (str == NULL)
    return NULL;

  len = strlen (str);
  copy = juxta_arena_alloc (arena, len + 1);
  memcpy (copy, str, len + 1);
  return copy;
}

/* --------------------------------------------------------------- parser */

struct _JuxtaJsonDocument
{
  JuxtaArena     *arena;
  JuxtaJsonValue *root;
  const char     *data;          /* for positions; see _locate () */
  char           *owned_data;    /* @data, when the document owns it */
  gsize           length;
  GArray         *line_starts;   /* guint32 offsets, built on the first _locate () */
};

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       depth;
  guint       n_values;
  JuxtaArena *arena;
  GPtrArray  *item_stack;     /* scratch for arrays being read */
  GArray     *member_stack;   /* scratch for objects being read */
  GString    *scratch;        /* scratch for unescaping strings */
  gsize       error_pos;
  char       *error_message;
} Parser;

static gboolean parse_value (Parser *p, JuxtaJsonValue **out);

G_GNUC_PRINTF (3, 4)
static gboolean
fail (Parser     *p,
      gsize       pos,
      const char *format,
      ...)
{
  va_list args;

  if (p->error_message == NULL)
    {
      va_start (args, format);
      p->error_message = g_strdup_vprintf (format, args);
      va_end (args);
      p->error_pos = pos;
    }
  return FALSE;
}

/* A short, printable description of the character at @pos, for messages. */
static char *
describe_char_at (Parser *p,
                  gsize   pos)
{
  gunichar c;

  if (pos >= p->length)
    return g_strdup (_("the end of the file"));
  if (p->data[pos] == '"')
    return g_strdup (_("a string"));

  c = g_utf8_get_char (p->data + pos);
  if (g_unichar_isgraph (c))
    {
      char buf[8] = { 0 };
      g_unichar_to_utf8 (c, buf);
      return g_strdup_printf ("\"%s\"", buf);
    }
  return g_strdup_printf ("U+%04X", c);
}

G_GNUC_PRINTF (3, 4)
static gboolean
fail_unexpected (Parser     *p,
                 gsize       pos,
                 const char *expected_format,
                 ...)
{
  g_autofree char *found = NULL;
  g_autofree char *expected = NULL;
  va_list args;

  /* Whatever was expected there, a comment is the thing to point out. */
  if (pos < p->length && p->data[pos] == '/')
    return fail (p, pos, _("comments are not allowed in JSON"));

  found = describe_char_at (p, pos);

  va_start (args, expected_format);
  expected = g_strdup_vprintf (expected_format, args);
  va_end (args);

  /* TRANSLATORS: "expected a value, found \"}\"" */
  return fail (p, pos, _("expected %s, found %s"), expected, found);
}

static void
skip_whitespace (Parser *p)
{
  while (p->pos < p->length)
    {
      char c = p->data[p->pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      p->pos++;
    }
}

static JuxtaJsonValue *
new_value (Parser        *p,
           JuxtaJsonType  type,
           gsize          offset)
{
  JuxtaJsonValue *value;

  if (++p->n_values > JUXTA_JSON_MAX_VALUES)
    {
      fail (p, offset, _("too many values (a deck holds at most %d)"), JUXTA_JSON_MAX_VALUES);
      return NULL;
    }
  value = juxta_arena_alloc (p->arena, sizeof *value);
  value->type = type;
  value->offset = (guint32) offset;
  return value;
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Parser *p,
           gsize   pos,
           guint  *out)
{
  guint v = 0;

  if (p->length - pos < 4)
    return fail (p, pos, _("expected four hexadecimal digits after \\u"));
  for (guint i = 0; i < 4; i++)
    {
      int d = hex_digit (p->data[pos + i]);
      if (d < 0)
        return fail (p, pos + i, _("expected four hexadecimal digits after \\u"));
      v = (v << 4) | (guint) d;
    }
  *out = v;
  return TRUE;
}

static gboolean
read_unicode_escape (Parser *p,
                     gsize   start)
{
  guint hi, lo;
  gunichar c;
  char buf[8];

  /* p->pos points just after "\u" */
  if (!read_hex4 (p, p->pos, &hi))
    return FALSE;
  p->pos += 4;

  if (hi >= 0xDC00 && hi <= 0xDFFF)
    return fail (p, start, _("a lone low surrogate \\u%04X is not a character"), hi);

  if (hi >= 0xD800 && hi <= 0xDBFF)
    {
      if (p->length - p->pos < 2 || p->data[p->pos] != '\\' || p->data[p->pos + 1] != 'u')
        return fail (p, start, _("a high surrogate \\u%04X must be followed by a low one"), hi);
      p->pos += 2;
      if (!read_hex4 (p, p->pos, &lo))
        return FALSE;
      if (lo < 0xDC00 || lo > 0xDFFF)
        return fail (p, start, _("a high surrogate \\u%04X must be followed by a low one"), hi);
      p->pos += 4;
      c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
    }
  else
    c = hi;

  if (c == 0)
    return fail (p, start, _("\\u0000 (a NUL character) is not allowed in a deck"));

  g_string_append_len (p->scratch, buf, g_unichar_to_utf8 (c, buf));
  return TRUE;
}

static gboolean
read_escape (Parser *p)
{
  gsize start = p->pos - 1;   /* the backslash */
  char c;

  if (p->pos >= p->length)
    return fail (p, start, _("unterminated string"));

  c = p->data[p->pos++];
  switch (c)
    {
    case '"':  g_string_append_c (p->scratch, '"');  return TRUE;
    case '\\': g_string_append_c (p->scratch, '\\'); return TRUE;
    case '/':  g_string_append_c (p->scratch, '/');  return TRUE;
    case 'b':  g_string_append_c (p->scratch, '\b'); return TRUE;
    case 'f':  g_string_append_c (p->scratch, '\f'); return TRUE;
    case 'n':  g_string_append_c (p->scratch, '\n'); return TRUE;
    case 'r':  g_string_append_c (p->scratch, '\r'); return TRUE;
    case 't':  g_string_append_c (p->scratch, '\t'); return TRUE;
    case 'u':  return read_unicode_escape (p, start);
    default:
      return fail_unexpected (p, p->pos - 1, _("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)"));
    }
}

/* Reads a string token into the arena; p->pos is at the opening quote. */
static gboolean
read_string (Parser      *p,
             const char **out_text,
             guint32     *out_length)
{
  gsize start = p->pos;
  char *copy;

  g_string_truncate (p->scratch, 0);
  p->pos++;

  for (;;)
    {
      gsize run = p->pos;

      /* Copy runs of plain characters in one go. */
      while (p->pos < p->length)
        {
          guchar c = (guchar) p->data[p->pos];
          if (c == '"' || c == '\\' || c < 0x20)
            break;
          p->pos++;
        }
      g_string_append_len (p->scratch, p->data + run, p->pos - run);

      if (p->scratch->len > JUXTA_JSON_MAX_STRING_BYTES)
        return fail (p, start, _("string longer than %d bytes"), JUXTA_JSON_MAX_STRING_BYTES);

      if (p->pos >= p->length)
        return fail (p, start, _("unterminated string (missing closing quote)"));

      guchar c = (guchar) p->data[p->pos];
      if (c == '"')
        {
          p->pos++;
          break;
        }
      if (c == '\\')
        {
          p->pos++;
          if (!read_escape (p))
            return FALSE;
          continue;
        }
      if (c == '\n')
        return fail (p, p->pos, _("unterminated string (a line break inside a string must be written \\n)"));
      return fail (p, p->pos, _("control character U+%04X inside a string (write it as an escape)"), c);
    }

  copy = juxta_arena_alloc (p->arena, p->scratch->len + 1);
  memcpy (copy, p->scratch->str, p->scratch->len);
  *out_text = copy;
  *out_length = (guint32) p->scratch->len;
  return TRUE;
}

static gboolean
is_digit (Parser *p,
          gsize   pos)
{
  return pos < p->length && g_ascii_isdigit (p->data[pos]);
}

static gboolean
read_number (Parser          *p,
             JuxtaJsonValue **out)
{
  gsize start = p->pos;
  char buf[128];
  double number;
  JuxtaJsonValue *value;

  if (p->data[p->pos] == '-')
    p->pos++;
  if (!is_digit (p, p->pos))
    return fail_unexpected (p, p->pos, _("a digit"));
  if (p->data[p->pos] == '0' && is_digit (p, p->pos + 1))
    return fail (p, start, _("numbers must not have leading zeros"));
  while (is_digit (p, p->pos))
    p->pos++;
  if (p->pos < p->length && p->data[p->pos] == '.')
    {
      p->pos++;
      if (!is_digit (p, p->pos))
        return fail_unexpected (p, p->pos, _("a digit after the decimal point"));
      while (is_digit (p, p->pos))
        p->pos++;
    }
  if (p->pos < p->length && (p->data[p->pos] == 'e' || p->data[p->pos] == 'E'))
    {
      p->pos++;
      if (p->pos < p->length && (p->data[p->pos] == '+' || p->data[p->pos] == '-'))
        p->pos++;
      if (!is_digit (p, p->pos))
        return fail_unexpected (p, p->pos, _("a digit in the exponent"));
      while (is_digit (p, p->pos))
        p->pos++;
    }

  if (p->pos - start >= sizeof buf)
    return fail (p, start, _("number too long (at most %d characters)"), (int) sizeof buf - 1);

  memcpy (buf, p->data + start, p->pos - start);
  buf[p->pos - start] = '\0';
  number = g_ascii_strtod (buf, NULL);
  if (!isfinite (number))
    return fail (p, start, _("number %s is out of range"), buf);

  if ((value = new_value (p, JUXTA_JSON_NUMBER, start)) == NULL)
    return FALSE;
  value->number = number;
  *out = value;
  return TRUE;
}

static gboolean
read_literal (Parser          *p,
              const char      *word,
              JuxtaJsonType    type,
              gboolean         boolean,
              JuxtaJsonValue **out)
{
  gsize len = strlen (word);
  JuxtaJsonValue *value;

  if (p->length - p->pos < len || memcmp (p->data + p->pos, word, len) != 0 ||
      (p->pos + len < p->length && g_ascii_isalnum (p->data[p->pos + len])))
    return fail_unexpected (p, p->pos, _("a value (an object, array, string, number, true, false or null)"));

  if ((value = new_value (p, type, p->pos)) == NULL)
    return FALSE;
  value->boolean = boolean;
  p->pos += len;
  *out = value;
  return TRUE;
}

static gboolean
enter (Parser *p)
{
  if (++p->depth > JUXTA_JSON_MAX_DEPTH)
    return fail (p, p->pos, _("nested more than %d levels deep"), JUXTA_JSON_MAX_DEPTH);
  return TRUE;
}

static gboolean
read_array (Parser          *p,
            JuxtaJsonValue **out)
{
  JuxtaJsonValue *array;
  guint base = p->item_stack->len;

  if (!enter (p) || (array = new_value (p, JUXTA_JSON_ARRAY, p->pos)) == NULL)
    return FALSE;
  p->pos++;

  skip_whitespace (p);
  if (p->pos < p->length && p->data[p->pos] == ']')
    p->pos++;
  else
    for (;;)
      {
        JuxtaJsonValue *item = NULL;

        if (!parse_value (p, &item))
          return FALSE;
        g_ptr_array_add (p->item_stack, item);

        skip_whitespace (p);
        if (p->pos < p->length && p->data[p->pos] == ',')
          {
            p->pos++;
            skip_whitespace (p);
            if (p->pos < p->length && p->data[p->pos] == ']')
              return fail (p, p->pos, _("a trailing comma before \"]\" is not allowed"));
            continue;
          }
        if (p->pos < p->length && p->data[p->pos] == ']')
          {
            p->pos++;
            break;
          }
        return fail_unexpected (p, p->pos, _("\",\" or \"]\" after an array item"));
      }

  array->array.length = p->item_stack->len - base;
  array->array.items = juxta_arena_alloc (p->arena, sizeof (gpointer) * MAX (array->array.length, 1));
  if (array->array.length > 0)
    memcpy (array->array.items, p->item_stack->pdata + base, sizeof (gpointer) * array->array.length);
  g_ptr_array_set_size (p->item_stack, base);
  p->depth--;
  *out = array;
  return TRUE;
}

static gboolean
read_object (Parser          *p,
             JuxtaJsonValue **out)
{
  JuxtaJsonValue *object;
  guint base = p->member_stack->len;

  if (!enter (p) || (object = new_value (p, JUXTA_JSON_OBJECT, p->pos)) == NULL)
    return FALSE;
  p->pos++;

  skip_whitespace (p);
  if (p->pos < p->length && p->data[p->pos] == '}')
    p->pos++;
  else
    for (;;)
      {
        JuxtaJsonMember member = { NULL, NULL, (guint32) p->pos };
        guint32 key_length;

        if (p->pos >= p->length || p->data[p->pos] != '"')
          return fail_unexpected (p, p->pos, _("a key in double quotes"));
        if (!read_string (p, &member.key, &key_length))
          return FALSE;

        skip_whitespace (p);
        if (p->pos >= p->length || p->data[p->pos] != ':')
          return fail_unexpected (p, p->pos, _("\":\" after the key"));
        p->pos++;

        if (!parse_value (p, &member.value))
          return FALSE;
        g_array_append_val (p->member_stack, member);

        skip_whitespace (p);
        if (p->pos < p->length && p->data[p->pos] == ',')
          {
            p->pos++;
            skip_whitespace (p);
            if (p->pos < p->length && p->data[p->pos] == '}')
              return fail (p, p->pos, _("a trailing comma before \"}\" is not allowed"));
            continue;
          }
        if (p->pos < p->length && p->data[p->pos] == '}')
          {
            p->pos++;
            break;
          }
        return fail_unexpected (p, p->pos, _("\",\" or \"}\" after an object member"));
      }

  object->object.length = p->member_stack->len - base;
  object->object.members = juxta_arena_alloc (p->arena,
                                              sizeof (JuxtaJsonMember) * MAX (object->object.length, 1));
  if (object->object.length > 0)
    memcpy (object->object.members,
            &g_array_index (p->member_stack, JuxtaJsonMember, base),
            sizeof (JuxtaJsonMember) * object->object.length);
  g_array_set_size (p->member_stack, base);
  p->depth--;
  *out = object;
  return TRUE;
}

static gboolean
parse_value (Parser          *p,
             JuxtaJsonValue **out)
{
  skip_whitespace (p);
  if (p->pos >= p->length)
    return fail_unexpected (p, p->pos, _("a value"));

  switch (p->data[p->pos])
    {
    case '{':
      return read_object (p, out);
    case '[':
      return read_array (p, out);
    case '"':
      {
        JuxtaJsonValue *value = new_value (p, JUXTA_JSON_STRING, p->pos);
        if (value == NULL)
          return FALSE;
        *out = value;
        return read_string (p, &value->string.text, &value->string.length);
      }
    case 't':
      return read_literal (p, "true", JUXTA_JSON_BOOLEAN, TRUE, out);
    case 'f':
      return read_literal (p, "false", JUXTA_JSON_BOOLEAN, FALSE, out);
    case 'n':
      return read_literal (p, "null", JUXTA_JSON_NULL, FALSE, out);
    case '\'':
      return fail (p, p->pos, _("strings must use double quotes, not single quotes"));
    case '/':
      return fail (p, p->pos, _("comments are not allowed in JSON"));
    default:
      if (p->data[p->pos] == '-' || g_ascii_isdigit (p->data[p->pos]))
        return read_number (p, out);
      return fail_unexpected (p, p->pos, _("a value (an object, array, string, number, true, false or null)"));
    }
}

/* Columns count characters; the prefix may hold invalid UTF-8 when the
 * error is about that, so count lead bytes only.  A byte order mark is not
 * a character that editors show. */
static guint
column_at (const char *data,
           gsize       line_start,
           gsize       offset)
{
  guint column = 1;

  if (line_start == 0 && offset >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    line_start = 3;
  for (gsize i = line_start; i < offset; i++)
    if (((guchar) data[i] & 0xC0) != 0x80)
      column++;
  return column;
}

static void
offset_to_position (const char *data,
                    gsize       length,
                    gsize       offset,
                    guint      *line,
                    guint      *column)
{
  gsize line_start = 0;
  guint n_lines = 1;

  offset = MIN (offset, length);
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        n_lines++;
        line_start = i + 1;
      }
  *line = n_lines;
  *column = column_at (data, line_start, offset);
}

static gboolean
check_encoding (Parser *p)
{
  const char *end = NULL;

  if (!g_utf8_validate_len (p->data, p->length, &end))
    {
      gsize pos = end - p->data;
      if (p->data[pos] == '\0')
        return fail (p, pos, _("the file contains a NUL byte; a deck is UTF-8 text"));
      return fail (p, pos, _("invalid UTF-8 (byte 0x%02X); a deck must be saved as UTF-8"),
                   (guchar) p->data[pos]);
    }
  return TRUE;
}

JuxtaJsonDocument *
juxta_json_document_parse (const char  *data,
                           gsize        length,
                           guint       *error_line,
                           guint       *error_column,
                           char       **error_message)
{
  g_autoptr(JuxtaArena) arena = juxta_arena_new ();
  JuxtaJsonValue *root = NULL;
  JuxtaJsonDocument *doc;
  gboolean ok;
  Parser p = {
    .data = data,
    .length = length,
    .arena = arena,
  };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (length < G_MAXUINT32, NULL);

  /* Tolerate a UTF-8 byte order mark, as some editors on Windows write one. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    p.pos = 3;

  p.item_stack = g_ptr_array_new ();
  p.member_stack = g_array_new (FALSE, FALSE, sizeof (JuxtaJsonMember));
  p.scratch = g_string_new (NULL);

  ok = check_encoding (&p);
  if (ok)
    {
      skip_whitespace (&p);
      if (p.pos >= p.length)
        ok = fail (&p, p.pos, _("the file is empty; expected a JSON object"));
    }
  ok = ok && parse_value (&p, &root);
  if (ok)
    {
      skip_whitespace (&p);
      if (p.pos < p.length)
        ok = fail (&p, p.pos, _("unexpected content after the end of the top-level value "
                                "(a deck is one JSON object)"));
    }

  g_ptr_array_unref (p.item_stack);
  g_array_unref (p.member_stack);
  g_string_free (p.scratch, TRUE);

  if (!ok)
    {
      guint line, column;

      offset_to_position (data, length, p.error_pos, &line, &column);
      if (error_line)
        *error_line = line;
      if (error_column)
        *error_column = column;
      if (error_message)
        *error_message = g_steal_pointer (&p.error_message);
      g_free (p.error_message);
      return NULL;
    }

  doc = g_new0 (JuxtaJsonDocument, 1);
  doc->arena = g_steal_pointer (&arena);
  doc->root = root;
  doc->data = data;
  doc->length = length;
  return doc;
}

/* As _parse (), but the document owns @data and frees it with itself, so
 * that positions can be asked for as long as it lives. */
JuxtaJsonDocument *
juxta_json_document_parse_owned (char   *data,
                                 gsize   length,
                                 guint  *error_line,
                                 guint  *error_column,
                                 char  **error_message)
{
  JuxtaJsonDocument *doc = juxta_json_document_parse (data, length, error_line, error_column,
                                                      error_message);

  if (doc == NULL)
    g_free (data);
  else
    doc->owned_data = data;
  return doc;
}

void
juxta_json_document_free (JuxtaJsonDocument *doc)
{
  if (doc == NULL)
    return;
  juxta_arena_free (doc->arena);
  g_free (doc->owned_data);
  g_clear_pointer (&doc->line_starts, g_array_unref);
  g_free (doc);
}

const JuxtaJsonValue *
juxta_json_document_get_root (JuxtaJsonDocument *doc)
{
  return doc->root;
}

JuxtaArena *
juxta_json_document_get_arena (JuxtaJsonDocument *doc)
{
  return doc->arena;
}

static GArray *
index_line_starts (const char *data,
                   gsize       length)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 start = 0;
  const char *nl;

  g_array_append_val (starts, start);
  while (start < length && (nl = memchr (data + start, '\n', length - start)) != NULL)
    {
      start = (guint32) (nl - data) + 1;
      g_array_append_val (starts, start);
    }
  return starts;
}

/* The 1-based line and column (in characters) of a byte offset into the
 * parsed text, as editors count them.  Many messages are located per deck,
 * so the line starts are indexed once and searched. */
void
juxta_json_document_locate (JuxtaJsonDocument *doc,
                            guint32            offset,
                            guint             *line,
                            guint             *column)
{
  guint lo = 0, hi;
  gsize line_start;

  g_return_if_fail (doc != NULL && line != NULL && column != NULL);

  if (doc->line_starts == NULL)
    doc->line_starts = index_line_starts (doc->data, doc->length);
  offset = MIN (offset, doc->length);
  hi = doc->line_starts->len;
  /* The last line start at or before the offset. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (doc->line_starts, guint32, mid) <= offset)
        lo = mid;
      else
        hi = mid;
    }
  line_start = g_array_index (doc->line_starts, guint32, lo);
  *line = lo + 1;
  *column = column_at (doc->data, line_start, offset);
}

/* Returns the last member named @key, or NULL.  Duplicate keys are reported
 * by the deck loader, so which one is returned does not matter there. */
const JuxtaJsonValue *
juxta_json_object_get (const JuxtaJsonValue *object,
                       const char           *key)
{
  g_return_val_if_fail (object != NULL && object->type == JUXTA_JSON_OBJECT, NULL);

  for (guint32 i = object->object.length; i > 0; i--)
    if (strcmp (object->object.members[i - 1].key, key) == 0)
      return object->object.members[i - 1].value;
  return NULL;
}

/* Reads one step of a JSON path as the deck loader writes them: ".key"
 * (letters, digits, "-" and "_"), "[\"key\"]" (escaped) or "[index]".
 * Returns the rest of the path, or NULL when the step cannot be read. */
static const char *
read_path_step (const char *path,
                GString    *key,
                gint64     *index)
{
  g_string_truncate (key, 0);
  *index = -1;

  if (path[0] == '.')
    {
      const char *c = path + 1;

      while (g_ascii_isalnum (*c) || *c == '-' || *c == '_')
        g_string_append_c (key, *c++);
      return key->len > 0 ? c : NULL;
    }
  if (path[0] == '[' && path[1] == '"')
    {
      const char *c = path + 2;

      for (; *c != '"'; c++)
        {
          if (*c == '\\' && c[1] == 'u' && g_ascii_isxdigit (c[2]) && g_ascii_isxdigit (c[3]) &&
              g_ascii_isxdigit (c[4]) && g_ascii_isxdigit (c[5]))
            {
              char hex[5] = { c[2], c[3], c[4], c[5], '\0' };
              g_string_append_unichar (key, (gunichar) g_ascii_strtoull (hex, NULL, 16));
              c += 5;
            }
          else if (*c == '\\' && (c[1] == '"' || c[1] == '\\'))
            g_string_append_c (key, *++c);
          else if (*c == '\0')
            return NULL;
          else
            g_string_append_c (key, *c);
        }
      return c[1] == ']' ? c + 2 : NULL;
    }
  if (path[0] == '[' && g_ascii_isdigit (path[1]))
    {
      char *end = NULL;
      guint64 n = g_ascii_strtoull (path + 1, &end, 10);

      if (end == NULL || *end != ']' || n > G_MAXUINT32)
        return NULL;
      *index = (gint64) n;
      return end + 1;
    }
  return NULL;
}

/* The value at @path ("$", "$.options[1].scores.cost", "$[\"x y\"]"), or
 * the deepest value on the way to it when the path goes further than the
 * document (a missing key: its object); @complete says which.  NULL when
 * @path does not start with "$". */
const JuxtaJsonValue *
juxta_json_value_find (const JuxtaJsonValue *root,
                       const char           *path,
                       gboolean             *complete)
{
  g_autoptr(GString) key = NULL;
  const JuxtaJsonValue *value = root;
  const char *rest;

  g_return_val_if_fail (root != NULL && path != NULL, NULL);

  if (complete != NULL)
    *complete = FALSE;
  if (path[0] != '$')
    return NULL;

  key = g_string_new (NULL);
  for (rest = path + 1; *rest != '\0'; )
    {
      const JuxtaJsonValue *next = NULL;
      gint64 index;

      if ((rest = read_path_step (rest, key, &index)) == NULL)
        return value;
      if (index >= 0 && value->type == JUXTA_JSON_ARRAY && index < value->array.length)
        next = value->array.items[index];
      else if (index < 0 && value->type == JUXTA_JSON_OBJECT)
        next = juxta_json_object_get (value, key->str);
      if (next == NULL)
        return value;
      value = next;
    }
  if (complete != NULL)
    *complete = TRUE;
  return value;
}

const char *
juxta_json_type_describe (const JuxtaJsonValue *value)
{
  switch (value->type)
    {
    /* JSON's own words: not translated. */
    case JUXTA_JSON_NULL:    return "null";
    case JUXTA_JSON_BOOLEAN: return value->boolean ? "true" : "false";
    case JUXTA_JSON_NUMBER:  return _("a number");
    case JUXTA_JSON_STRING:  return value->string.length == 0 ? _("an empty string") : _("a string");
    case JUXTA_JSON_ARRAY:   return _("an array");
    case JUXTA_JSON_OBJECT:  return _("an object");
    default:                 g_assert_not_reached ();
    }
}

/* Appends @text as a JSON string, quoted and escaped (for writers of JSON:
 * the exports, the starter deck). */
void
juxta_json_append_string (GString    *out,
                          const char *text)
{
  g_string_append_c (out, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      guchar u = (guchar) *c;

      if (u == '"' || u == '\\')
        g_string_append_printf (out, "\\%c", u);
      else if (u == '\n')
        g_string_append (out, "\\n");
      else if (u == '\t')
        g_string_append (out, "\\t");
      else if (u == '\r')
        g_string_append (out, "\\r");
      else if (u < 0x20)
        g_string_append_printf (out, "\\u%04x", u);
      else
        g_string_append_c (out, (char) u);
    }
  g_string_append_c (out, '"');
}

/* The fewest significant digits, in "%.*e" form, that read back as
 * @value: "d.ddde±XX" in @buf. */
static void
format_shortest_exponent (char   *buf,
                          gsize   size,
                          double  value)
{
  for (int precision = 0; precision <= 16; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%de", precision);
      g_ascii_formatd (buf, size, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        return;
    }
}

void
juxta_json_append_number (GString *out,
                          double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char digits[G_ASCII_DTOSTR_BUF_SIZE];
  gsize n_digits = 0;
  const char *p;
  int exponent, point;

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  if (value == 0)
    {
      g_string_append_c (out, '0');
      return;
    }
  format_shortest_exponent (buf, sizeof buf, value);
  if (fabs (value) < 1e-6 || fabs (value) >= 1e15)
    {
      g_string_append (out, buf);
      return;
    }
  /* The significant digits and where the point goes among them. */
  p = buf;
  if (*p == '-')
    {
      g_string_append_c (out, '-');
      p++;
    }
  for (; *p != 'e'; p++)
    if (g_ascii_isdigit (*p))
      digits[n_digits++] = *p;
  while (n_digits > 1 && digits[n_digits - 1] == '0')
    n_digits--;
  exponent = (int) g_ascii_strtoll (p + 1, NULL, 10);
  point = exponent + 1;   /* digits before the point */
  if (point <= 0)
    {
      g_string_append (out, "0.");
      for (int i = point; i < 0; i++)
        g_string_append_c (out, '0');
      g_string_append_len (out, digits, (gssize) n_digits);
    }
  else if ((gsize) point >= n_digits)
    {
      g_string_append_len (out, digits, (gssize) n_digits);
      for (gsize i = n_digits; i < (gsize) point; i++)
        g_string_append_c (out, '0');
    }
  else
    {
      g_string_append_len (out, digits, point);
      g_string_append_c (out, '.');
      g_string_append_len (out, digits + point, (gssize) (n_digits - (gsize) point));
    }
}

void
juxta_json_path_append_key (GString    *path,
                            const char *key)
{
  gboolean plain = key[0] != '\0';

  for (const char *c = key; *c != '\0' && plain; c++)
    plain = g_ascii_isalnum (*c) || *c == '-' || *c == '_';

  if (plain)
    {
      g_string_append_c (path, '.');
      g_string_append (path, key);
      return;
    }
  g_string_append (path, "[\"");
  for (const char *c = key; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_c (path, '\\');
      if ((guchar) *c < 0x20)
        g_string_append_printf (path, "\\u%04x", (guchar) *c);
      else
        g_string_append_c (path, *c);
    }
  g_string_append (path, "\"]");
}

void
juxta_json_path_append_index (GString *path,
                              guint    index)
{
  char digits[16];
  int i = (int) sizeof digits;

  /* Called for every item of every list a deck has: no printf. */
  digits[--i] = ']';
  do
    digits[--i] = (char) ('0' + index % 10);
  while ((index /= 10) > 0);
  digits[--i] = '[';
  g_string_append_len (path, digits + i, (gssize) sizeof digits - i);
}
