/* test-json.c: the strict JSON reader */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "juxta-json.h"

typedef struct
{
  const char *input;
  guint       line;
  guint       column;
  const char *message;
} SyntaxCase;

static const SyntaxCase syntax_cases[] = {
  { "", 1, 1, "the file is empty; expected a JSON object" },
  { "  \n  ", 2, 3, "the file is empty; expected a JSON object" },
  { "{} {}", 1, 4, "unexpected content after the end of the top-level value (a deck is one JSON object)" },
  { "{'a': 1}", 1, 2, "expected a key in double quotes, found \"'\"" },
  { "['a']", 1, 2, "strings must use double quotes, not single quotes" },
  { "{\"a\": 1 /* c */}", 1, 9, "comments are not allowed in JSON" },
  { "[1e999]", 1, 2, "number 1e999 is out of range" },
  { "[-1e400]", 1, 2, "number -1e400 is out of range" },
  { "[012]", 1, 2, "numbers must not have leading zeros" },
  { "[1.]", 1, 4, "expected a digit after the decimal point, found \"]\"" },
  { "[.5]", 1, 2, "expected a value (an object, array, string, number, true, false or null), found \".\"" },
  { "[NaN]", 1, 2, "expected a value (an object, array, string, number, true, false or null), found \"N\"" },
  { "[1,]", 1, 4, "a trailing comma before \"]\" is not allowed" },
  { "{\"a\": 1,}", 1, 9, "a trailing comma before \"}\" is not allowed" },
  { "{\"a\" 1}", 1, 6, "expected \":\" after the key, found \"1\"" },
  { "[1 2]", 1, 4, "expected \",\" or \"]\" after an array item, found \"2\"" },
  { "[\"a\tb\"]", 1, 4, "control character U+0009 inside a string (write it as an escape)" },
  { "[\"a\nb\"]", 1, 4, "unterminated string (a line break inside a string must be written \\n)" },
  { "[\"abc", 1, 2, "unterminated string (missing closing quote)" },
  { "[\"\\ud800\"]", 1, 3, "a high surrogate \\uD800 must be followed by a low one" },
  { "[\"\\udc00\"]", 1, 3, "a lone low surrogate \\uDC00 is not a character" },
  { "[\"\\u0000\"]", 1, 3, "\\u0000 (a NUL character) is not allowed in a deck" },
  { "[\"\\x\"]", 1, 4, "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX), found \"x\"" },
  { "{\"a\": [tru]}", 1, 8, "expected a value (an object, array, string, number, true, false or null), found \"t\"" },
  { "{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected \",\" or \"}\" after an object member, found a string" },
  { "[\"é\", x]", 1, 7, "expected a value (an object, array, string, number, true, false or null), found \"x\"" },
  { "[1", 1, 3, "expected \",\" or \"]\" after an array item, found the end of the file" },
};

static void
test_syntax_error (gconstpointer data)
{
  const SyntaxCase *c = data;
  g_autofree char *message = NULL;
  guint line = 0, column = 0;
  JuxtaJsonDocument *doc;

  doc = juxta_json_document_parse (c->input, strlen (c->input), &line, &column, &message);
  g_assert_null (doc);
  g_assert_cmpstr (message, ==, c->message);
  g_assert_cmpuint (line, ==, c->line);
  g_assert_cmpuint (column, ==, c->column);
}

static void
test_values (void)
{
  const char input[] = "\xEF\xBB\xBF{\"s\": \"a\\u00e9\\ud83d\\ude00\\n\", \"n\": -12.5e1, \"t\": true,"
                       " \"f\": false, \"z\": null, \"a\": [1, [], {}], \"s\": \"second\"}";
  g_autoptr(JuxtaJsonDocument) doc = NULL;
  g_autofree char *message = NULL;
  const JuxtaJsonValue *root, *value;

  doc = juxta_json_document_parse (input, strlen (input), NULL, NULL, &message);
  g_assert_null (message);
  g_assert_nonnull (doc);
  root = juxta_json_document_get_root (doc);
  g_assert_cmpint (root->type, ==, JUXTA_JSON_OBJECT);
  /* Duplicates are kept (the loader reports them); lookup finds the last. */
  g_assert_cmpuint (root->object.length, ==, 7);
  g_assert_cmpstr (root->object.members[0].value->string.text, ==, "a\xC3\xA9\xF0\x9F\x98\x80\n");
  value = juxta_json_object_get (root, "s");
  g_assert_cmpstr (value->string.text, ==, "second");
  value = juxta_json_object_get (root, "n");
  g_assert_cmpfloat (value->number, ==, -125.0);
  g_assert_true (juxta_json_object_get (root, "t")->boolean);
  g_assert_false (juxta_json_object_get (root, "f")->boolean);
  g_assert_cmpint (juxta_json_object_get (root, "z")->type, ==, JUXTA_JSON_NULL);
  value = juxta_json_object_get (root, "a");
  g_assert_cmpuint (value->array.length, ==, 3);
  g_assert_cmpint (value->array.items[1]->type, ==, JUXTA_JSON_ARRAY);
  g_assert_cmpuint (value->array.items[1]->array.length, ==, 0);
  g_assert_null (juxta_json_object_get (root, "missing"));
}

/* Every value knows where it starts, in the line and column editors show. */
static void
test_locate (void)
{
  static const char text[] = "\xEF\xBB\xBF{\"a\": [1,\n  \"\xC3\xA9t\xC3\xA9\", \"x\"],\r\n\"b\": {}\n}";
  g_autoptr(JuxtaJsonDocument) doc = juxta_json_document_parse (text, sizeof text - 1, NULL, NULL, NULL);
  const JuxtaJsonValue *root, *a, *b;
  guint line, column;

  g_assert_nonnull (doc);
  root = juxta_json_document_get_root (doc);
  juxta_json_document_locate (doc, root->offset, &line, &column);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 1);   /* the byte order mark is no column */

  a = juxta_json_object_get (root, "a");
  juxta_json_document_locate (doc, a->array.items[0]->offset, &line, &column);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 8);
  /* Columns count characters, not bytes: "été" is 3 wide. */
  juxta_json_document_locate (doc, a->array.items[2]->offset, &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 10);

  b = juxta_json_object_get (root, "b");
  juxta_json_document_locate (doc, b->offset, &line, &column);
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 6);
}

/* Keys know where they start too (for "unknown key" and "duplicate key"). */
static void
test_key_offsets (void)
{
  static const char text[] = "{\"a\": 1,\n  \"b\\\"c\": {\"\xC3\xA9\": true}}";
  g_autoptr(JuxtaJsonDocument) doc = juxta_json_document_parse (text, sizeof text - 1, NULL, NULL, NULL);
  const JuxtaJsonValue *root;
  const JuxtaJsonMember *b;
  guint line, column;

  g_assert_nonnull (doc);
  root = juxta_json_document_get_root (doc);
  g_assert_cmpuint (root->object.members[0].key_offset, ==, 1);
  b = &root->object.members[1];
  g_assert_cmpstr (b->key, ==, "b\"c");
  juxta_json_document_locate (doc, b->key_offset, &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 3);
  g_assert_cmpuint (b->value->object.members[0].key_offset, ==, (guint32) (strstr (text, "\"\xC3") - text));
}

/* JSON paths as the loader writes them lead back to the value, or to the
 * deepest value on the way (the object that lacks a key). */
static void
test_find_path (void)
{
  static const char text[] =
    "{\"options\": [{\"id\": \"a\", \"scores\": {\"cost\": 3}},"
    " {\"id\": \"b\", \"x y\": {\"q\\\"\\\\\\u0001\": [10, 20]}}]}";
  g_autoptr(JuxtaJsonDocument) doc = juxta_json_document_parse (text, sizeof text - 1, NULL, NULL, NULL);
  const JuxtaJsonValue *root, *value, *second;
  gboolean complete;

  g_assert_nonnull (doc);
  root = juxta_json_document_get_root (doc);
  second = juxta_json_object_get (root, "options")->array.items[1];

  g_assert_true (juxta_json_value_find (root, "$", &complete) == root);
  g_assert_true (complete);

  value = juxta_json_value_find (root, "$.options[0].scores.cost", &complete);
  g_assert_true (complete);
  g_assert_cmpint (value->type, ==, JUXTA_JSON_NUMBER);
  g_assert_cmpfloat (value->number, ==, 3);

  /* A key that is not there: its object. */
  value = juxta_json_value_find (root, "$.options[0].scores.speed", &complete);
  g_assert_false (complete);
  g_assert_true (value == juxta_json_object_get (root->object.members[0].value->array.items[0], "scores"));

  /* An index past the end: the array. */
  value = juxta_json_value_find (root, "$.options[7].id", &complete);
  g_assert_false (complete);
  g_assert_true (value == juxta_json_object_get (root, "options"));

  /* Keys that are not plain, escaped as the loader escapes them. */
  value = juxta_json_value_find (root, "$.options[1][\"x y\"][\"q\\\"\\\\\\u0001\"][1]", &complete);
  g_assert_true (complete);
  g_assert_cmpfloat (value->number, ==, 20);
  g_assert_true (juxta_json_value_find (root, "$.options[1].id", NULL) == juxta_json_object_get (second, "id"));

  /* Not a path, or one that stops being one: as far as it goes. */
  g_assert_null (juxta_json_value_find (root, "options", NULL));
  value = juxta_json_value_find (root, "$.options[x]", &complete);
  g_assert_false (complete);
  g_assert_true (value == juxta_json_object_get (root, "options"));
}

static void
test_depth_limit (void)
{
  g_autoptr(GString) ok = g_string_new (NULL);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autofree char *message = NULL;
  g_autoptr(JuxtaJsonDocument) doc = NULL;
  guint line, column;

  for (int i = 0; i < JUXTA_JSON_MAX_DEPTH; i++)
    g_string_append_c (ok, '[');
  for (int i = 0; i < JUXTA_JSON_MAX_DEPTH; i++)
    g_string_append_c (ok, ']');
  doc = juxta_json_document_parse (ok->str, ok->len, NULL, NULL, NULL);
  g_assert_nonnull (doc);

  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_null (juxta_json_document_parse (deep->str, deep->len, &line, &column, &message));
  g_assert_cmpstr (message, ==, "nested more than 64 levels deep");
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, JUXTA_JSON_MAX_DEPTH + 1);
}

static void
test_invalid_utf8 (void)
{
  const char input[] = "{\"a\":\n \"b\xFF\"}";
  g_autofree char *message = NULL;
  guint line, column;

  g_assert_null (juxta_json_document_parse (input, strlen (input), &line, &column, &message));
  g_assert_cmpstr (message, ==, "invalid UTF-8 (byte 0xFF); a deck must be saved as UTF-8");
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 4);
}

static void
test_nul_byte (void)
{
  const char input[] = "{\"a\": 1}\0";
  g_autofree char *message = NULL;
  guint line, column;

  g_assert_null (juxta_json_document_parse (input, sizeof input - 1, &line, &column, &message));
  g_assert_cmpstr (message, ==, "the file contains a NUL byte; a deck is UTF-8 text");
  g_assert_cmpuint (column, ==, 9);
}

static void
test_value_limit (void)
{
  g_autoptr(GString) many = g_string_new ("[");
  g_autofree char *message = NULL;

  for (int i = 0; i <= JUXTA_JSON_MAX_VALUES; i++)
    g_string_append (many, i ? ",0" : "0");
  g_string_append_c (many, ']');
  g_assert_null (juxta_json_document_parse (many->str, many->len, NULL, NULL, &message));
  g_assert_true (g_str_has_prefix (message, "too many values"));
}

static void
test_string_limit (void)
{
  g_autoptr(GString) input = g_string_new ("[\"");
  g_autofree char *message = NULL;

  for (int i = 0; i <= JUXTA_JSON_MAX_STRING_BYTES; i++)
    g_string_append_c (input, 'x');
  g_string_append (input, "\"]");
  g_assert_null (juxta_json_document_parse (input->str, input->len, NULL, NULL, &message));
  g_assert_cmpstr (message, ==, "string longer than 65536 bytes");
}

/* @value as juxta_json_append_number () writes it, read back by json-glib
 * (an independent reader): the same double. */
static char *
number_round_trip (double value)
{
  g_autoptr(GString) out = g_string_new ("[");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  juxta_json_append_number (out, value);
  g_string_append_c (out, ']');
  json_parser_load_from_data (parser, out->str, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  /* Bit for bit, not within an epsilon. */
  g_assert_true (json_array_get_double_element (array, 0) == value);
  return g_strndup (out->str + 1, out->len - 2);
}

/* Whole numbers are not "1e+02": plain decimals, as short as reads back
 * the same, from 1e-6 to 1e15; beyond, an exponent. */
static void
test_numbers (void)
{
  static const struct { double value; const char *text; } cases[] = {
    { 100, "100" },
    { 10, "10" },
    { 0.5, "0.5" },
    { 81.6, "81.6" },
    { 1.0 / 3, "0.3333333333333333" },
    { 2.0 / 3 * 100, "66.66666666666666" },
    { 0.1 + 0.2, "0.30000000000000004" },
    { -12.25, "-12.25" },
    { 0, "0" },
    { 1e-6, "0.000001" },
    { 1.5e-6, "0.0000015" },
    { 123456789012345, "123456789012345" },
    { 999999999999999.9, "999999999999999.9" },
    { 1e15, "1e+15" },
    { 1e-7, "1e-07" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = number_round_trip (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  /* Many more, spread over the plain range: each reads back, and none has
   * an exponent. */
  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (1234);

    for (guint i = 0; i < 20000; i++)
      {
        double value = pow (10, g_rand_double_range (rand, -6, 15)) * (i % 2 ? -1 : 1);
        g_autofree char *text = NULL;

        if (i % 4 == 2)
          value = round (value);
        text = number_round_trip (value);
        g_assert_null (strpbrk (text, "eE"));
      }
  }
  {
    g_autoptr(GString) out = g_string_new (NULL);

    juxta_json_append_number (out, NAN);
    g_assert_cmpstr (out->str, ==, "null");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (syntax_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/juxta/json/syntax/%u", i);
      g_test_add_data_func (path, &syntax_cases[i], test_syntax_error);
    }
  g_test_add_func ("/juxta/json/values", test_values);
  g_test_add_func ("/juxta/json/locate", test_locate);
  g_test_add_func ("/juxta/json/key-offsets", test_key_offsets);
  g_test_add_func ("/juxta/json/find-path", test_find_path);
  g_test_add_func ("/juxta/json/depth-limit", test_depth_limit);
  g_test_add_func ("/juxta/json/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/juxta/json/nul-byte", test_nul_byte);
  g_test_add_func ("/juxta/json/value-limit", test_value_limit);
  g_test_add_func ("/juxta/json/string-limit", test_string_limit);
  g_test_add_func ("/juxta/json/numbers", test_numbers);

  return g_test_run ();
}
