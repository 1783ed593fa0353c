/* juxta-session-file.c: scenario files (docs/scenario-format.md)
 *
 * A scenario file is read with the strict reader decks are read with, in
 * two passes over one table of keys: first each value's shape (before the
 * deck is known), then, once the deck is found, its ids, which only warn
 * when the deck no longer has them.  It is written with json-glib: it
 * holds only strings and integers.  Each key is a JuxtaSessionFileKey
 * beside its check, apply and write functions (juxta-session-file-keys.c,
 * -interview.c and -stakeholders.c; the reader's messages are in
 * -reader.c), and one line of file_keys[] below.
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
#include "juxta-session-file-private.h"

G_DEFINE_QUARK (juxta-session-error-quark, juxta_session_error)

/* Every key a scenario file has, in the order it is written and applied
 * (the answers and the people after the weights they may replace). */
static const JuxtaSessionFileKey *const file_keys[] = {
  &_juxta_session_file_format_key,
  &_juxta_session_file_version_key,
  &_juxta_session_file_deck_key,
  &_juxta_session_file_audience_key,
  &_juxta_session_file_weights_key,
  &_juxta_session_file_answers_key,
  &_juxta_session_file_stakeholders_key,
  &_juxta_session_file_requirements_key,
  &_juxta_session_file_hidden_key,
  &_juxta_session_file_notes_key,
};

static const char *const *
known_keys (void)
{
  static const char *known[G_N_ELEMENTS (file_keys) + 1];

  if (known[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (file_keys); i++)
      known[i] = file_keys[i]->key;
  return known;
}

static void
check_key (JuxtaSessionFileReader    *r,
           const JuxtaJsonValue      *root,
           const JuxtaSessionFileKey *key)
{
  const JuxtaJsonValue *value = juxta_json_object_get (root, key->key);
  gsize mark = _juxta_session_file_push_key (r, key->key);

  if (value != NULL)
    key->check (r, value);
  else if (key->required && g_str_equal (key->key, "format"))
    _juxta_session_file_error (r, root, _("missing; expected \"juxta-scenario\""));
  else if (key->required && g_str_equal (key->key, "version"))
    _juxta_session_file_error (r, root, _("missing; expected the format's version, 1"));
  else if (key->required)
    _juxta_session_file_error (r, root, _("missing; expected an object naming the deck (\"id\", \"path\", "
                                          "\"sha256\")"));
  _juxta_session_file_pop (r, mark);
}

/* The first pass: the file's shape, and nothing about the deck.  The
 * format and version first: a deck, or a newer scenario, gets the one
 * error that says so, not a list of keys it "lacks" or should not have. */
static void
check_file (JuxtaSessionFileReader *r,
            const JuxtaJsonValue   *root)
{
  if (!_juxta_session_file_expect (r, root, JUXTA_JSON_OBJECT, _("an object (a scenario file)")))
    return;
  check_key (r, root, &_juxta_session_file_format_key);
  if (!r->stopped)
    check_key (r, root, &_juxta_session_file_version_key);
  if (r->stopped)
    return;
  _juxta_session_file_check_keys (r, root, known_keys ());
  for (guint i = 0; i < G_N_ELEMENTS (file_keys); i++)
    if (file_keys[i] != &_juxta_session_file_format_key && file_keys[i] != &_juxta_session_file_version_key)
      check_key (r, root, file_keys[i]);
}

/* The second pass, on a file that passed the first. */
static void
apply_file (JuxtaSessionFileReader *r,
            const JuxtaJsonValue   *root)
{
  for (guint i = 0; i < G_N_ELEMENTS (file_keys); i++)
    {
      const JuxtaJsonValue *value = juxta_json_object_get (root, file_keys[i]->key);
      gsize mark = _juxta_session_file_push_key (r, file_keys[i]->key);

      if (value != NULL && file_keys[i]->apply != NULL)
        file_keys[i]->apply (r, value);
      _juxta_session_file_pop (r, mark);
    }
}

/* ----------------------------------------------------- reading files */

static void
set_too_large (GError   **error,
               gboolean   scenario,
               long long  size)
{
  if (scenario)
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                 _("the file is %lld bytes; a scenario is at most %d bytes (1 MiB)"), size,
                 JUXTA_SCENARIO_MAX_FILE_SIZE);
  else
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                 _("the file is %lld bytes; a deck is at most %d bytes (8 MiB)"), size, JUXTA_DECK_MAX_FILE_SIZE);
}

/* Reads a regular file: a scenario (@scenario, at most
 * JUXTA_SCENARIO_MAX_FILE_SIZE bytes) or a deck (at most
 * JUXTA_DECK_MAX_FILE_SIZE), with the deck loader's messages for either. */
static char *
read_bounded (const char  *path,
              gboolean     scenario,
              gsize       *length,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize max = scenario ? JUXTA_SCENARIO_MAX_FILE_SIZE : JUXTA_DECK_MAX_FILE_SIZE;
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
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                           scenario ? _("is a directory; expected a scenario file (JSON)")
                                    : _("is a directory; expected a deck file (JSON)"));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                           scenario ? _("is not a regular file; expected a scenario file (JSON)")
                                    : _("is not a regular file; expected a deck file (JSON)"));
      return NULL;
    }
  if ((guint64) st.st_size > max)
    {
      set_too_large (error, scenario, (long long) st.st_size);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, length, &local_error))
    {
      g_set_error (error, G_FILE_ERROR, local_error->code, _("cannot read the file: %s"), local_error->message);
      return NULL;
    }
  if (*length > max)
    {
      /* It grew since it was looked at. */
      set_too_large (error, scenario, (long long) *length);
      g_free (contents);
      return NULL;
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

  if ((contents = read_bounded (path, FALSE, &length, NULL)) == NULL ||
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

  if ((contents = read_bounded (path, FALSE, &length, error)) == NULL)
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
fail (JuxtaSessionFileReader  *r,
      JuxtaSessionError        code,
      GError                 **error)
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

/* The deck at @at_path is not valid: an error at the scenario's
 * "path", then the deck's own problems. */
static void
report_invalid_deck (JuxtaSessionFileReader *r,
                     const JuxtaJsonValue   *path_value,
                     const char             *at_path,
                     GPtrArray              *deck_diagnostics)
{
  gsize mark = _juxta_session_file_push_key (r, "deck");
  g_autofree char *quoted = juxta_diagnostic_quote (at_path);

  _juxta_session_file_push_key (r, "path");
  _juxta_session_file_error (r, path_value, _("the deck at \"%s\" is not valid; its own errors follow"),
                             quoted);
  _juxta_session_file_pop (r, mark);
  for (guint i = 0; deck_diagnostics != NULL && i < deck_diagnostics->len; i++)
    g_ptr_array_add (r->diagnostics, g_steal_pointer (&g_ptr_array_index (deck_diagnostics, i)));
}

/* The deck with @id at the scenario's "path" (@at_path, from the
 * scenario's folder), or in a file of that name beside the scenario
 * (@beside).  A deck file at the path that is not valid is reported
 * (*@invalid), not passed over. */
static JuxtaDeck *
find_at_path (JuxtaSessionFileReader *r,
              const JuxtaJsonValue   *path_value,
              const char             *at_path,
              const char             *beside,
              const char             *id,
              gboolean               *invalid)
{
  g_autoptr(GPtrArray) deck_diagnostics = NULL;
  JuxtaDeck *deck = NULL;

  if (g_file_test (at_path, G_FILE_TEST_IS_REGULAR))
    {
      deck = juxta_deck_load_file (at_path, &deck_diagnostics, NULL);
      if (deck == NULL)
        {
          report_invalid_deck (r, path_value, at_path, deck_diagnostics);
          *invalid = TRUE;
          return NULL;
        }
      if (!g_str_equal (juxta_deck_get_id (deck), id))
        g_clear_object (&deck);
    }
  return deck != NULL ? deck : load_deck_with_id (beside, id);
}

/* The scenario's deck: at its path (relative to the scenario's folder),
 * then a file of that name beside the scenario (the two were sent
 * together), then by id among the bundled decks, the user's decks and
 * @recent. */
static JuxtaDeck *
find_deck (JuxtaSessionFileReader *r,
           const char             *scenario_path,
           const JuxtaJsonValue   *deck_value,
           const char *const      *recent)
{
  const char *id = juxta_json_object_get (deck_value, "id")->string.text;
  const JuxtaJsonValue *path_value = juxta_json_object_get (deck_value, "path");
  g_autofree char *dir = g_path_get_dirname (scenario_path);
  g_autofree char *at_path = NULL;
  g_autofree char *beside = NULL;
  gboolean invalid = FALSE;
  JuxtaDeck *deck = NULL;

  if (path_value != NULL)
    {
      const char *path = path_value->string.text;
      g_autofree char *name = g_path_get_basename (path);

      at_path = g_path_is_absolute (path) ? g_strdup (path) : g_build_filename (dir, path, NULL);
      beside = g_build_filename (dir, name, NULL);
      if ((deck = find_at_path (r, path_value, at_path, beside, id, &invalid)) == NULL && invalid)
        return NULL;
    }
  if (deck == NULL)
    deck = find_by_id (id, recent);
  if (deck == NULL)
    {
      g_autofree char *quoted = juxta_diagnostic_quote (id);
      gsize mark = _juxta_session_file_push_key (r, "deck");

      if (at_path == NULL)
        _juxta_session_file_error (r, deck_value,
                                   _("the deck \"%s\" was not found among the bundled decks, your decks or "
                                     "recent files (the scenario gives no path)"),
                                   quoted);
      else if (g_str_equal (at_path, beside))
        {
          g_autofree char *quoted_path = juxta_diagnostic_quote (at_path);

          /* TRANSLATORS: the second %s is the file the scenario's "path" names */
          _juxta_session_file_error (r, deck_value,
                                     _("the deck \"%s\" was not found: not at \"%s\", nor among the bundled "
                                       "decks, your decks or recent files"),
                                     quoted, quoted_path);
        }
      else
        {
          g_autofree char *quoted_path = juxta_diagnostic_quote (at_path);
          g_autofree char *quoted_beside = juxta_diagnostic_quote (beside);

          /* TRANSLATORS: the second %s is the file the scenario's "path" names, the third a file of
           * that name beside the scenario */
          _juxta_session_file_error (r, deck_value,
                                     _("the deck \"%s\" was not found: not at \"%s\", nor at \"%s\" beside "
                                       "the scenario, nor among the bundled decks, your decks or recent files"),
                                     quoted, quoted_path, quoted_beside);
        }
      _juxta_session_file_pop (r, mark);
    }
  return deck;
}

/* ------------------------------------------------------- the session */

/* The file's JSON; NULL when it cannot be read or is not JSON (the
 * problem is in @r's diagnostics, and *@code says which). */
static JuxtaJsonDocument *
parse_file (JuxtaSessionFileReader *r,
            JuxtaSessionError      *code)
{
  g_autoptr(GError) read_error = NULL;
  g_autofree char *syntax = NULL;
  JuxtaJsonDocument *doc;
  guint line = 0, column = 0;
  gsize length = 0;
  char *contents = read_bounded (r->file, TRUE, &length, &read_error);

  if (contents == NULL)
    {
      g_ptr_array_add (r->diagnostics, juxta_diagnostic_new (JUXTA_SEVERITY_ERROR, r->file, 0, 0, NULL,
                                                             read_error->message));
      r->n_errors++;
      *code = JUXTA_SESSION_ERROR_UNREADABLE;
      return NULL;
    }
  if ((doc = juxta_json_document_parse_owned (contents, length, &line, &column, &syntax)) == NULL)
    {
      g_ptr_array_add (r->diagnostics, juxta_diagnostic_new_at_position (r->file, line, column, syntax));
      r->n_errors++;
      *code = JUXTA_SESSION_ERROR_INVALID;
    }
  return doc;
}

/* Whether @deck's file differs from the one the scenario was saved with
 * (its "sha256"): a warning. */
static gboolean
check_deck_changed (JuxtaSessionFileReader *r,
                    const JuxtaJsonValue   *root,
                    JuxtaDeck              *deck)
{
  const JuxtaJsonValue *saved = juxta_json_object_get (juxta_json_object_get (root, "deck"), "sha256");
  g_autofree char *sha256 = NULL;
  gsize mark;

  if (saved == NULL || juxta_deck_get_path (deck) == NULL ||
      (sha256 = juxta_file_checksum (juxta_deck_get_path (deck), NULL)) == NULL ||
      g_ascii_strcasecmp (sha256, saved->string.text) == 0)
    return FALSE;
  mark = _juxta_session_file_push_key (r, "deck");
  _juxta_session_file_push_key (r, "sha256");
  _juxta_session_file_warn (r, saved, _("the deck has changed since this scenario was saved"));
  _juxta_session_file_pop (r, mark);
  return TRUE;
}

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
  g_autoptr(JuxtaJsonDocument) doc = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;
  JuxtaSessionFileReader r = { path, NULL, found, 0, json_path, NULL, NULL, FALSE };
  JuxtaSessionError code = JUXTA_SESSION_ERROR_INVALID;
  const JuxtaJsonValue *root;
  JuxtaSessionState state;
  gboolean changed;

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (diagnostics != NULL)
    *diagnostics = g_ptr_array_ref (found);

  if ((doc = parse_file (&r, &code)) == NULL)
    {
      fail (&r, code, error);
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
  changed = check_deck_changed (&r, root, deck);

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
  JuxtaSessionFileWriter w = { builder, self->deck, &self->state, path };

  g_return_val_if_fail (JUXTA_IS_SESSION (self), FALSE);
  g_return_val_if_fail (self->deck != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (file_keys); i++)
    file_keys[i]->write (&w);
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
