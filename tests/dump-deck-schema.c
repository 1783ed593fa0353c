/* dump-deck-schema.c: prints the deck schema tables (juxta-deck-schema.c) as JSON
 *
 * Not a test by itself: test-deck-schema.py compares what it prints with
 * data/juxta-deck.schema.json and with docs/deck-format.md, so that the
 * three say the same.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "juxta-deck.h"
#include "juxta-deck-schema.h"

static const char *const list_names[] = {
  [JUXTA_DECK_LIST_NONE] = NULL,
  [JUXTA_DECK_LIST_PRIORITIES] = "priorities",
  [JUXTA_DECK_LIST_DIMENSIONS] = "dimensions",
  [JUXTA_DECK_LIST_AUDIENCES] = "audiences",
  [JUXTA_DECK_LIST_OPTIONS] = "options",
  [JUXTA_DECK_LIST_ANALOGIES] = "analogies",
  [JUXTA_DECK_LIST_ANSWERS] = "answers",
  [JUXTA_DECK_LIST_PRESETS] = "presets",
  [JUXTA_DECK_LIST_REQUIREMENTS] = "requirements",
};

static gboolean
has_range (JuxtaDeckKind kind)
{
  return kind == JUXTA_DECK_INTEGER || kind == JUXTA_DECK_SCORE || kind == JUXTA_DECK_VERSION ||
         kind == JUXTA_DECK_LIST || kind == JUXTA_DECK_REFERENCES || kind == JUXTA_DECK_TERM_GROUPS;
}

static void
add_field (JsonBuilder          *b,
           const JuxtaDeckField *field)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "key");
  json_builder_add_string_value (b, field->key);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, juxta_deck_kind_to_string (field->kind));
  json_builder_set_member_name (b, "required");
  json_builder_add_boolean_value (b, (field->flags & JUXTA_DECK_REQUIRED) != 0);

  if (has_range (field->kind))
    {
      json_builder_set_member_name (b, "min");
      json_builder_add_int_value (b, field->min);
      json_builder_set_member_name (b, "max");
      if (field->max == G_MAXINT)
        json_builder_add_null_value (b);   /* no limit */
      else
        json_builder_add_int_value (b, field->max);
    }
  /* The value an absent key has (not for a map's entries, which are
   * absent when unnamed). */
  if (field->kind == JUXTA_DECK_INTEGER && !(field->flags & JUXTA_DECK_REQUIRED) &&
      field->offset >= 0)
    {
      json_builder_set_member_name (b, "default");
      json_builder_add_int_value (b, field->default_value);
    }
  if (field->kind == JUXTA_DECK_REFERENCES)
    {
      json_builder_set_member_name (b, "absent");
      json_builder_add_string_value (b, (field->flags & JUXTA_DECK_ABSENT_IS_ALL) ? "all" : "none");
    }
  if (field->list != JUXTA_DECK_LIST_NONE)
    {
      json_builder_set_member_name (b, "list");
      json_builder_add_string_value (b, list_names[field->list]);
    }
  if (field->section != NULL)
    {
      json_builder_set_member_name (b, "section");
      json_builder_add_string_value (b, field->section->name);
    }
  if (field->strings != NULL)
    {
      json_builder_set_member_name (b, "strings");
      json_builder_begin_array (b);
      for (guint i = 0; field->strings[i] != NULL; i++)
        json_builder_add_string_value (b, field->strings[i]);
      json_builder_end_array (b);
    }
  if (field->values != NULL)
    {
      json_builder_set_member_name (b, "values");
      add_field (b, field->values);
    }
  json_builder_end_object (b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  const JuxtaDeckSection *const *sections;
  guint n_sections;

  sections = juxta_deck_schema_get_sections (&n_sections);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "root");
  json_builder_add_string_value (b, juxta_deck_schema_get_root ()->name);
  json_builder_set_member_name (b, "limits");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "text-max-characters");
  json_builder_add_int_value (b, JUXTA_MAX_TEXT_CHARS);
  json_builder_set_member_name (b, "id-pattern");
  json_builder_add_string_value (b, JUXTA_DECK_ID_PATTERN);
  json_builder_set_member_name (b, "format-version");
  json_builder_add_int_value (b, JUXTA_DECK_FORMAT_VERSION);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "sections");
  json_builder_begin_object (b);
  for (guint s = 0; s < n_sections; s++)
    {
      json_builder_set_member_name (b, sections[s]->name);
      json_builder_begin_array (b);
      for (guint f = 0; f < sections[s]->n_fields; f++)
        add_field (b, &sections[s]->fields[f]);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
  return 0;
}
