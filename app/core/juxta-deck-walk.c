/* juxta-deck-walk.c: walks a parsed deck along the schema tables
 *
 * For every section (juxta-deck-schema.c) the reader checks the object's
 * keys (duplicates are errors, unknown keys warnings), then reads each field
 * of the table in order: a missing required key is reported at the object
 * that lacks it, a wrong value at the value itself, and a valid one is
 * stored where the table says.  Lists that others refer to are read first
 * (the tables are in that order), and a reference into a list that could not
 * be read is not checked, so that one mistake does not cascade.
 */

#define G_LOG_DOMAIN "juxta-deck-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-deck-reader.h"
#include "juxta-deck-reader-private.h"
#include "juxta-deck-schema.h"
#include "juxta-deck-walk.h"

/* More fields than any section has. */
#define MAX_FIELDS 32

static void read_section (JuxtaDeckReader        *r,
                          const JuxtaDeckSection *section,
                          const JuxtaJsonValue   *object,
                          gpointer                item,
                          gboolean                deferred);

/* -------------------------------------------------------------- id lists */

static int
list_find (JuxtaDeckReader *r,
           JuxtaDeckList    list,
           const char      *id,
           gboolean        *has_unreadable)
{
  guint n;

  _juxta_deck_reader_list_items (r, list, &n);
  *has_unreadable = FALSE;
  for (guint i = 0; i < n; i++)
    {
      const char *item = juxta_deck_reader_list_id (r, list, i);

      if (item == NULL)
        *has_unreadable = TRUE;
      else if (strcmp (item, id) == 0)
        return (int) i;
    }
  return JUXTA_DECK_UNKNOWN;
}

/* The known ids, each once (a duplicate id is reported where it is, not
 * again in every list of known ids). */
static char *
list_describe (JuxtaDeckReader *r,
               JuxtaDeckList    list)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  _juxta_deck_reader_list_items (r, list, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *item = juxta_deck_reader_list_id (r, list, i);

      if (item == NULL || !g_hash_table_add (seen, (gpointer) item))
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, item);
    }
  if (s->len == 0)
    g_string_append (s, C_("no known ids", "none"));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Resolves a reference to an item of @list; an unknown id is reported at
 * @offset with the known ones.  Returns the index, JUXTA_DECK_UNKNOWN, or
 * JUXTA_DECK_UNCHECKED when the list or one of its ids could not be read
 * (the id may be that one). */
static int
resolve_reference (JuxtaDeckReader *r,
                   JuxtaDeckList    list,
                   guint32          offset,
                   const char      *id)
{
  gboolean has_unreadable;
  int index;

  if (juxta_deck_reader_list_size (r, list) < 0)
    return JUXTA_DECK_UNCHECKED;
  index = list_find (r, list, id, &has_unreadable);
  if (index >= 0)
    return index;
  if (has_unreadable)
    return JUXTA_DECK_UNCHECKED;

  {
    g_autofree char *known = list_describe (r, list);
    g_autofree char *quoted = juxta_diagnostic_quote (id);

    /* TRANSLATORS: "unknown priority \"speeed\" (known: risk, speed)" */
    juxta_deck_reader_error (r, offset, _("unknown %s \"%s\" (known: %s)"),
                             _(juxta_deck_list_get_noun (list)), quoted, known);
  }
  return JUXTA_DECK_UNKNOWN;
}

static int
read_reference (JuxtaDeckReader      *r,
                JuxtaDeckList         list,
                const JuxtaJsonValue *value)
{
  const char *id = juxta_deck_reader_read_id (r, value);

  return id != NULL ? resolve_reference (r, list, value->offset, id) : JUXTA_DECK_UNKNOWN;
}

/* Each id of a list once: the second occurrence is the error. */
static void
check_unique_ids (JuxtaDeckReader      *r,
                  JuxtaDeckList         list,
                  const JuxtaJsonValue *array)
{
  g_autoptr(GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  _juxta_deck_reader_list_items (r, list, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *id = juxta_deck_reader_list_id (r, list, i);
      gpointer earlier;

      if (id == NULL)
        continue;
      if (!g_hash_table_lookup_extended (first, id, NULL, &earlier))
        {
          g_hash_table_insert (first, (gpointer) id, GUINT_TO_POINTER (i));
          continue;
        }

      {
        gsize mark = juxta_deck_reader_push_index (r, i);
        g_autofree char *list_path = g_strndup (r->path->str, mark);
        const JuxtaJsonValue *id_value = juxta_json_object_get (array->array.items[i], "id");

        juxta_deck_reader_push_key (r, "id");
        juxta_deck_reader_error (r, id_value->offset, _("duplicate id \"%s\" (already used by %s[%u])"),
                                 id, list_path, GPOINTER_TO_UINT (earlier));
        juxta_deck_reader_pop (r, mark);
      }
    }
}

/* ------------------------------------------------------------- objects */

static void
report_duplicate_key (JuxtaDeckReader       *r,
                      const JuxtaJsonMember *member)
{
  g_autofree char *quoted = juxta_diagnostic_quote (member->key);
  gsize mark = juxta_deck_reader_push_key (r, member->key);

  juxta_deck_reader_error (r, member->key_offset,
                           _("duplicate key \"%s\" (each key may appear once in an object)"), quoted);
  juxta_deck_reader_pop (r, mark);
}

/* A key that @section does not have: a warning that lists the keys it has,
 * with the one that may have been meant. */
static void
report_unknown_key (JuxtaDeckReader        *r,
                    const JuxtaDeckSection *section,
                    const JuxtaJsonMember  *member)
{
  g_autofree char *known = NULL;
  const char *meant;
  gsize mark;

  if (!_juxta_deck_reader_has_room (r, JUXTA_SEVERITY_WARNING))
    {
      r->truncated = TRUE;   /* not worth formatting: it would not be kept */
      return;
    }
  known = juxta_deck_section_describe_keys (section);
  meant = juxta_deck_section_suggest_key (section, member->key);
  mark = juxta_deck_reader_push_key (r, member->key);
  if (meant != NULL)
    /* TRANSLATORS: "unknown key, ignored; did you mean \"talking-points\"? (known here: id, name, …)" */
    juxta_deck_reader_warn (r, member->key_offset,
                            _("unknown key, ignored; did you mean \"%s\"? (known here: %s)"), meant, known);
  else
    juxta_deck_reader_warn (r, member->key_offset, _("unknown key, ignored (known here: %s)"), known);
  /* With --strict it is an error, and not ignored. */
  if (r->latest != NULL && r->latest->severity == JUXTA_SEVERITY_WARNING && meant != NULL)
    /* TRANSLATORS: with `juxta --check --strict`: "unknown key; did you mean \"talking-points\"? (known here: id, …)" */
    r->latest->as_error = g_strdup_printf (_("unknown key; did you mean \"%s\"? (known here: %s)"), meant, known);
  else if (r->latest != NULL && r->latest->severity == JUXTA_SEVERITY_WARNING)
    /* TRANSLATORS: with `juxta --check --strict` */
    r->latest->as_error = g_strdup_printf (_("unknown key (known here: %s)"), known);
  juxta_deck_reader_pop (r, mark);
}

/* Matches the members of @object to @section's fields (the last of
 * duplicate keys, as juxta_json_object_get () does); reports duplicate keys
 * (errors: json-glib would silently keep the last) and, with a section,
 * unknown keys (warnings). */
static void
match_members (JuxtaDeckReader         *r,
               const JuxtaDeckSection  *section,
               const JuxtaJsonValue    *object,
               const JuxtaJsonValue   **by_field)
{
  const JuxtaJsonMember *members = object->object.members;
  guint n = object->object.length;
  g_autoptr(GHashTable) seen = NULL;

  if (n > 16)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      const JuxtaDeckField *field;
      gboolean duplicate = FALSE;

      if (seen != NULL)
        duplicate = !g_hash_table_add (seen, (gpointer) members[i].key);
      else
        for (guint j = 0; j < i && !duplicate; j++)
          duplicate = strcmp (members[j].key, members[i].key) == 0;
      if (duplicate)
        report_duplicate_key (r, &members[i]);

      if (section == NULL)
        continue;
      if ((field = juxta_deck_section_find_field (section, members[i].key)) != NULL)
        by_field[field - section->fields] = members[i].value;
      else if (!duplicate)   /* reported once */
        report_unknown_key (r, section, &members[i]);
    }
}

/* Reads @object as an item of @section into @item; returns FALSE when it
 * is not an object (reported). */
static gboolean
read_object (JuxtaDeckReader        *r,
             const JuxtaDeckSection *section,
             const JuxtaJsonValue   *object,
             gpointer                item)
{
  if (!juxta_deck_reader_expect (r, object, JUXTA_JSON_OBJECT, section->noun))
    return FALSE;
  read_section (r, section, object, item, FALSE);
  return TRUE;
}

static void
read_list (JuxtaDeckReader      *r,
           const JuxtaDeckField *field,
           const JuxtaJsonValue *array,
           gpointer              item)
{
  const JuxtaDeckSection *section = field->section;
  gboolean present = array != NULL;
  guint n = 0;
  char *items;

  if (array != NULL && !juxta_deck_reader_read_array (r, array, (guint) field->min, (guint) field->max,
                                                      section->plural, &n))
    array = NULL;

  items = juxta_arena_alloc (r->arena, section->item_size * MAX (n, 1));
  G_STRUCT_MEMBER (gpointer, item, field->offset) = items;
  G_STRUCT_MEMBER (guint, item, field->count_offset) = n;

  for (guint i = 0; i < n; i++)
    {
      gsize mark = juxta_deck_reader_push_index (r, i);
      read_object (r, section, array->array.items[i], items + i * section->item_size);
      juxta_deck_reader_pop (r, mark);
      if (r->stopped)
        return;
    }

  if (field->list == JUXTA_DECK_LIST_NONE)
    return;

  /* A list that is absent (and optional) is known, and empty; one that is
   * present but not an array is not, so references to it are not checked. */
  r->lists[field->list].known = array != NULL || (!present && !(field->flags & JUXTA_DECK_REQUIRED));
  if (array != NULL)
    check_unique_ids (r, field->list, array);

  /* References into the list itself, now that its ids are known. */
  for (guint i = 0; i < n; i++)
    if (array->array.items[i]->type == JUXTA_JSON_OBJECT)
      {
        gsize mark = juxta_deck_reader_push_index (r, i);
        read_section (r, section, array->array.items[i], items + i * section->item_size, TRUE);
        juxta_deck_reader_pop (r, mark);
      }
}

static void
read_references (JuxtaDeckReader      *r,
                 const JuxtaDeckField *field,
                 const JuxtaJsonValue *array,
                 gpointer              slot)
{
  const char *noun = juxta_deck_list_get_ids_noun (field->list);
  guint64 mask = 0;
  guint n;

  if (!juxta_deck_reader_read_array (r, array, (guint) field->min, (guint) field->max, noun, &n))
    return;
  if (array->array.length == 0 && (field->flags & JUXTA_DECK_ABSENT_IS_ALL))
    juxta_deck_reader_warn (r, array->offset,
                            _("an empty list matches nothing; leave \"%s\" out to mean all"), field->key);

  for (guint i = 0; i < n; i++)
    {
      gsize mark = juxta_deck_reader_push_index (r, i);
      int index = read_reference (r, field->list, array->array.items[i]);

      if (index >= 0)
        mask |= G_GUINT64_CONSTANT (1) << index;
      juxta_deck_reader_pop (r, mark);
    }

  if (field->flags & JUXTA_DECK_MASK64)
    *(guint64 *) slot = mask;
  else
    *(guint32 *) slot = (guint32) mask;
}

static gsize
map_entry_size (const JuxtaDeckField *values)
{
  switch (values->kind)
    {
    case JUXTA_DECK_SCORE:   return sizeof (gint32);
    case JUXTA_DECK_INTEGER: return sizeof (int);
    case JUXTA_DECK_TEXT:
    case JUXTA_DECK_FACT:    return sizeof (gpointer);
    default:                 g_assert_not_reached ();
    }
}

static void read_value (JuxtaDeckReader      *r,
                        const JuxtaDeckField *field,
                        const JuxtaJsonValue *value,
                        gpointer              item,
                        gpointer              slot);

/* An object from ids of a list to values, into an array in the item
 * indexed like the list. */
static void
read_map (JuxtaDeckReader      *r,
          const JuxtaDeckField *field,
          const JuxtaJsonValue *object,
          gpointer              item,
          gpointer              slot)
{
  const JuxtaDeckField *values = field->values;
  gsize entry_size = map_entry_size (values);
  gint64 scratch[2];   /* where the value of an unknown key is read */

  if (!juxta_deck_reader_expect (r, object, JUXTA_JSON_OBJECT, field->expected))
    return;
  match_members (r, NULL, object, NULL);

  for (guint i = 0; i < object->object.length; i++)
    {
      const JuxtaJsonMember *member = &object->object.members[i];
      gsize mark = juxta_deck_reader_push_key (r, member->key);
      int index = resolve_reference (r, field->list, member->key_offset, member->key);
      gpointer entry = index >= 0 ? (char *) slot + (gsize) index * entry_size : (gpointer) scratch;

      read_value (r, values, member->value, item, entry);
      juxta_deck_reader_pop (r, mark);
    }
}

/* Reads a present value of @field into @slot (inside @item). */
static void
read_value (JuxtaDeckReader      *r,
            const JuxtaDeckField *field,
            const JuxtaJsonValue *value,
            gpointer              item,
            gpointer              slot)
{
  if (field->read != NULL)
    {
      field->read (r, field, value, item, slot);
      return;
    }

  switch (field->kind)
    {
    case JUXTA_DECK_TEXT:
      *(const char **) slot = juxta_deck_reader_read_text (r, value);
      break;
    case JUXTA_DECK_ID:
      *(const char **) slot = juxta_deck_reader_read_id (r, value);
      break;
    case JUXTA_DECK_DATE:
      *(const char **) slot = juxta_deck_reader_read_date (r, value);
      break;
    case JUXTA_DECK_STRING:
      juxta_deck_reader_expect (r, value, JUXTA_JSON_STRING, field->expected);
      break;
    case JUXTA_DECK_INTEGER:
      juxta_deck_reader_read_integer (r, value, field->min, field->max, slot);
      break;
    case JUXTA_DECK_SCORE:
      juxta_deck_reader_read_score (r, value, slot);
      break;
    case JUXTA_DECK_ENUM:
      juxta_deck_reader_read_enum (r, field, value, slot);
      break;
    case JUXTA_DECK_REFERENCE:
      *(int *) slot = MAX (read_reference (r, field->list, value), -1);
      break;
    case JUXTA_DECK_REFERENCES:
      read_references (r, field, value, slot);
      break;
    case JUXTA_DECK_LIST:
      read_list (r, field, value, item);
      break;
    case JUXTA_DECK_OBJECT:
      /* Its fields go into the same struct. */
      read_object (r, field->section, value, item);
      break;
    case JUXTA_DECK_MAP:
      read_map (r, field, value, item, slot);
      break;
    case JUXTA_DECK_CONSTANT:
    case JUXTA_DECK_VERSION:
    case JUXTA_DECK_FACT:
    case JUXTA_DECK_TERM_GROUPS:
    default:
      g_assert_not_reached ();   /* read by the field's own reader */
    }
}

static char *
describe_missing (JuxtaDeckReader      *r,
                  const JuxtaDeckField *field)
{
  const char *expected = field->expected;

  if (field->missing != NULL)
    return g_strdup (_(field->missing));

  switch (field->kind)
    {
    case JUXTA_DECK_TEXT:
      expected = N_("text");
      break;
    case JUXTA_DECK_ID:
    case JUXTA_DECK_REFERENCE:
      expected = N_("an id");
      break;
    case JUXTA_DECK_DATE:
      expected = N_("a date");
      break;
    case JUXTA_DECK_INTEGER:
      expected = N_("an integer");
      break;
    case JUXTA_DECK_VERSION:
      return g_strdup_printf (_("missing; expected %d"), JUXTA_DECK_FORMAT_VERSION);
    case JUXTA_DECK_LIST:
    case JUXTA_DECK_REFERENCES:
      {
        const char *noun = field->kind == JUXTA_DECK_LIST ? field->section->plural
                                                          : juxta_deck_list_get_ids_noun (field->list);
        g_autofree char *array = g_strdup_printf (_("an array of %s"), _(noun));

        return g_strdup_printf (_("missing; expected %s"), array);
      }
    case JUXTA_DECK_MAP:
      if (field->values->kind == JUXTA_DECK_INTEGER && juxta_deck_reader_list_size (r, field->list) > 0 &&
          juxta_deck_reader_list_id (r, field->list, 0) != NULL)
        /* TRANSLATORS: "missing; expected an object of weights such as {\"cost\": 80}" */
        return g_strdup_printf (_("missing; expected an object of weights such as {\"%s\": 80}"),
                                juxta_deck_reader_list_id (r, field->list, 0));
      break;
    default:
      break;
    }
  /* TRANSLATORS: "missing; expected text" */
  return g_strdup_printf (_("missing; expected %s"), expected != NULL ? _(expected) : _("a value"));
}

/* What an absent optional field leaves in the model. */
static void
set_default (const JuxtaDeckField *field,
             gpointer              item,
             gpointer              slot)
{
  switch (field->kind)
    {
    case JUXTA_DECK_INTEGER:
    case JUXTA_DECK_ENUM:
    case JUXTA_DECK_REFERENCE:
      *(int *) slot = field->default_value;
      break;
    case JUXTA_DECK_REFERENCES:
      if (field->flags & JUXTA_DECK_MASK64)
        *(guint64 *) slot = (field->flags & JUXTA_DECK_ABSENT_IS_ALL) ? G_MAXUINT64 : 0;
      else
        *(guint32 *) slot = (field->flags & JUXTA_DECK_ABSENT_IS_ALL) ? G_MAXUINT32 : 0;
      break;
    case JUXTA_DECK_LIST:
      /* Not reached: read_list () runs for an absent list too. */
      break;
    default:
      /* Strings stay NULL, arrays zero (the arena zeroes what it gives). */
      break;
    }
}

static void
prepare_map (const JuxtaDeckField *field,
             gpointer              slot)
{
  /* Every entry a map of integers does not name has its default. */
  if (field->kind == JUXTA_DECK_MAP && field->values->kind == JUXTA_DECK_INTEGER)
    for (guint i = 0; i < JUXTA_MAX_PRIORITIES; i++)
      ((int *) slot)[i] = field->default_value;
}

static void
read_field (JuxtaDeckReader      *r,
            const JuxtaDeckField *field,
            const JuxtaJsonValue *object,
            const JuxtaJsonValue *value,
            gpointer              item)
{
  gpointer slot = field->offset >= 0 ? G_STRUCT_MEMBER_P (item, field->offset) : NULL;
  gsize mark = juxta_deck_reader_push_key (r, field->key);

  if (slot != NULL)
    {
      prepare_map (field, slot);
      if (value == NULL)
        set_default (field, item, slot);
    }

  if (value != NULL)
    read_value (r, field, value, item, slot);
  else if (field->kind == JUXTA_DECK_LIST)
    read_list (r, field, NULL, item);
  if (value == NULL && (field->flags & JUXTA_DECK_REQUIRED))
    {
      g_autofree char *message = describe_missing (r, field);
      juxta_deck_reader_error (r, object->offset, "%s", message);
    }

  if (field->check != NULL && !field->check (r, field, object, value, item))
    r->stopped = TRUE;
  juxta_deck_reader_pop (r, mark);
}

/* Reads the fields of @section from @object into @item, in the table's
 * order; @deferred: only the references into the item's own list (read
 * once that list is complete), else all but those. */
static void
read_section (JuxtaDeckReader        *r,
              const JuxtaDeckSection *section,
              const JuxtaJsonValue   *object,
              gpointer                item,
              gboolean                deferred)
{
  const JuxtaJsonValue *by_field[MAX_FIELDS] = { NULL };

  g_assert (section->n_fields <= MAX_FIELDS);
  if (!deferred)
    match_members (r, section, object, by_field);
  else
    for (guint f = 0; f < section->n_fields; f++)
      if (section->fields[f].flags & JUXTA_DECK_DEFERRED)
        by_field[f] = juxta_json_object_get (object, section->fields[f].key);

  for (guint f = 0; f < section->n_fields && !r->stopped; f++)
    {
      const JuxtaDeckField *field = &section->fields[f];

      if (((field->flags & JUXTA_DECK_DEFERRED) != 0) == deferred)
        read_field (r, field, object, by_field[f], item);
    }
}

/* --------------------------------------------------------------- entry */

static void
register_lists (JuxtaDeckReader *r)
{
  const JuxtaDeckSection *root = juxta_deck_schema_get_root ();

  for (guint f = 0; f < root->n_fields; f++)
    {
      const JuxtaDeckField *field = &root->fields[f];
      const JuxtaDeckField *id;

      if (field->kind != JUXTA_DECK_LIST || field->list == JUXTA_DECK_LIST_NONE)
        continue;
      id = juxta_deck_section_find_field (field->section, "id");
      g_assert (id != NULL && id->kind == JUXTA_DECK_ID);
      r->lists[field->list].field = field;
      r->lists[field->list].id_offset = id->offset;
    }
}

/* Reads @document into @deck, adding what is wrong to @diagnostics (at
 * most JUXTA_MAX_DIAGNOSTICS, then one line that says so) and counting the
 * errors in *@n_errors, kept or not. */
void
juxta_deck_walk (JuxtaDeck         *deck,
                 JuxtaJsonDocument *document,
                 const char        *file,
                 GPtrArray         *diagnostics,
                 guint             *n_errors)
{
  g_autoptr(GString) path = g_string_new ("$");
  const JuxtaJsonValue *root = juxta_json_document_get_root (document);
  guint index = 0;
  JuxtaDeckReader r = {
    .file = file,
    .document = document,
    .diagnostics = diagnostics,
    .path = path,
    .deck = deck,
    .arena = juxta_json_document_get_arena (document),
  };

  register_lists (&r);
  read_object (&r, juxta_deck_schema_get_root (), root, deck);
  if (r.alone != NULL && g_ptr_array_find (diagnostics, r.alone, &index))
    {
      /* Not a deck this version reads: the one error that says so, without
       * the unknown keys and duplicates met on the way to it. */
      g_ptr_array_steal_index (diagnostics, index);
      g_ptr_array_set_size (diagnostics, 0);
      g_ptr_array_add (diagnostics, r.alone);
      r.n_errors = 1;
      r.truncated = FALSE;
    }

  juxta_diagnostics_sort (diagnostics);
  if (r.truncated)
    {
      g_autofree char *message = g_strdup_printf (_("too many problems; only the first %d are shown"),
                                                  JUXTA_MAX_DIAGNOSTICS);
      guint line, column;

      /* A finding about the whole deck is at its top-level value.  Only a
       * warning when every problem was one: the deck is still used. */
      juxta_json_document_locate (document, root->offset, &line, &column);
      g_ptr_array_add (diagnostics,
                       juxta_diagnostic_new (r.n_errors > 0 ? JUXTA_SEVERITY_ERROR : JUXTA_SEVERITY_WARNING,
                                             file, line, column, "$", message));
    }
  *n_errors = r.n_errors;
}
