/* juxta-cli-decks.c: the decks on the command line: --list, --new, and the
 * deck a command names (--deck) */

#define G_LOG_DOMAIN "juxta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-catalog.h"
#include "juxta-cli-private.h"
#include "juxta-deck-loader.h"
#include "juxta-paths.h"
#include "juxta-starter-deck.h"

/* ----------------------------------------------------------------- list */

int
_juxta_cli_run_list (void)
{
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GPtrArray) entries = juxta_catalog_list (&skipped);

  for (guint i = 0; i < entries->len; i++)
    {
      JuxtaCatalogEntry *entry = g_ptr_array_index (entries, i);
      g_print ("%s\t%s\t%s\n", entry->id, entry->title, entry->path);
    }
  for (guint i = 0; i < skipped->len; i++)
    {
      const JuxtaDiagnostic *first_error = g_ptr_array_index (skipped, i);
      g_autofree char *location = juxta_diagnostic_dup_location (first_error);

      /* TRANSLATORS: "deck.json:3:7: warning: …"; keep "warning:" as is: the
       * line format is machine-readable.  The location is the deck's first error. */
      g_printerr (_("%s: warning: not a valid deck, not listed (see juxta --check %s)\n"),
                  location, first_error->file);
    }
  return EXIT_OK;
}

/* ------------------------------------------------------------------ new */

/* "A, B ,C" → "A", "B", "C"; NULL when @list is NULL. */
static char **
split_names (const char *list)
{
  char **names;

  if (list == NULL)
    return NULL;
  names = g_strsplit (list, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    g_strstrip (names[i]);
  return names;
}

/* Writes a starter deck to a file that does not exist yet. */
int
_juxta_cli_run_new (JuxtaCliOptions *o)
{
  g_auto(GStrv) options = split_names (o->option_names);
  g_auto(GStrv) priorities = split_names (o->priority_names);
  g_autofree char *id = juxta_starter_deck_make_id_for_file (o->new_file);
  g_autofree char *today = juxta_export_today ();
  g_autofree char *schema = juxta_paths_deck_json_schema ();
  g_autofree char *schema_uri = g_filename_to_uri (schema, NULL, NULL);
  g_autofree char *deck = NULL;
  g_autoptr(GError) error = NULL;
  JuxtaStarterDeckSpec spec = {
    id, (const char *const *) options, (const char *const *) priorities, today, schema_uri
  };

  if ((deck = juxta_starter_deck_render (&spec, &error)) == NULL)
    return _juxta_cli_usage_error (_("--new: %s"), error->message);
  if (!juxta_export_save_new (o->new_file, deck, strlen (deck), &error))
    {
      g_printerr ("juxta: %s\n", error->message);
      return EXIT_FAILED;
    }
  /* TRANSLATORS: after "juxta --new my-deck.json" */
  g_print (_("Wrote %s: a deck to start from, where every text says what belongs there.\n"
             "Edit it in any text editor; open it in Juxta to see each change as you save, "
             "and check it with: juxta --check %s\n"), o->new_file, o->new_file);
  return EXIT_OK;
}

/* ---------------------------------------------------------- deck choice */

static char *
known_deck_ids (GPtrArray *entries)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? ", " : "",
                            ((JuxtaCatalogEntry *) g_ptr_array_index (entries, i))->id);
  if (s->len == 0)
    g_string_append (s, C_("no known ids", "none"));
  return g_string_free (s, FALSE);
}

/* Returns the deck, or NULL with *status set (1: invalid deck, 2: usage). */
JuxtaDeck *
_juxta_cli_load_deck (const char *choice,
                      int        *status)
{
  g_autoptr(GPtrArray) entries = juxta_catalog_list (NULL);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autofree char *path = NULL;
  JuxtaDeck *deck;

  if (choice == NULL)
    {
      if (entries->len == 0)
        {
          *status = _juxta_cli_usage_error (_("no decks found; give one with --deck FILE"));
          return NULL;
        }
      path = g_strdup (((JuxtaCatalogEntry *) g_ptr_array_index (entries, 0))->path);
    }
  else if (strchr (choice, '/') != NULL || g_str_has_suffix (choice, ".json"))
    path = g_strdup (choice);
  else
    {
      for (guint i = 0; i < entries->len && path == NULL; i++)
        {
          JuxtaCatalogEntry *entry = g_ptr_array_index (entries, i);
          if (g_str_equal (entry->id, choice))
            path = g_strdup (entry->path);
        }
      if (path == NULL)
        {
          g_autofree char *known = known_deck_ids (entries);
          *status = _juxta_cli_usage_error (_("unknown deck \"%s\" (known: %s; or give a path to a "
                                              ".json file)"), choice, known);
          return NULL;
        }
    }

  deck = juxta_deck_load_file (path, &diagnostics, NULL);
  if (deck == NULL)
    {
      _juxta_cli_print_diagnostics (diagnostics);
      *status = EXIT_FAILED;
    }
  return deck;
}
