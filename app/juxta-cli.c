/* juxta-cli.c: the command line, which never touches a display
 *
 * Exit status: 0 success, 1 an invalid deck, a failed expectation, an
 * "avoid" finding or a failed write, 2 a usage error (one line on stderr
 * naming what was wrong and what is accepted).
 */

#define G_LOG_DOMAIN "juxta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "juxta-advisor.h"
#include "juxta-catalog.h"
#include "juxta-cli.h"
#include "juxta-consensus.h"
#include "juxta-deck-lint.h"
#include "juxta-deck-loader.h"
#include "juxta-export.h"
#include "juxta-interview.h"
#include "juxta-paths.h"
#include "juxta-phrase-guard.h"
#include "juxta-session.h"
#include "juxta-starter-deck.h"
#include "juxta-talking-points.h"

enum
{
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
};

typedef struct
{
  gboolean  list;
  gboolean  check;
  gboolean  strict;
  char     *new_file;
  char     *option_names;
  char     *priority_names;
  char     *sections;
  char     *export_format;
  char     *check_phrase;
  gboolean  version;
  gboolean  help;
  char     *deck;
  char     *scenario;
  char     *preset;
  char     *weights;
  char     *require;
  char     *audience;
  char     *output;
  char     *chose;
  char     *rationale;
  char     *attendees;
  char     *answers;
  char    **stakeholders;
  char    **files;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->new_file);
  g_free (o->option_names);
  g_free (o->priority_names);
  g_free (o->sections);
  g_free (o->export_format);
  g_free (o->check_phrase);
  g_free (o->deck);
  g_free (o->scenario);
  g_free (o->preset);
  g_free (o->weights);
  g_free (o->require);
  g_free (o->audience);
  g_free (o->output);
  g_free (o->chose);
  g_free (o->rationale);
  g_free (o->attendees);
  g_free (o->answers);
  g_strfreev (o->stakeholders);
  g_strfreev (o->files);
}

G_GNUC_PRINTF (1, 2)
static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("juxta: %s\n", message);
  return EXIT_USAGE;
}

static void
print_diagnostics (GPtrArray *diagnostics)
{
  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    {
      g_autofree char *line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      g_printerr ("%s\n", line);
    }
}

/* ----------------------------------------------------------------- list */

static int
run_list (void)
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

/* ---------------------------------------------------------------- check */

/* "3 options, 7 priorities, 3 expectations passed": what was checked. */
static char *
describe_checked (JuxtaDeck *deck,
                  guint      n_warnings)
{
  guint n_options = juxta_deck_get_n_options (deck);
  guint n_priorities = juxta_deck_get_n_priorities (deck);
  guint n_expectations = juxta_deck_get_n_expectations (deck);
  g_autofree char *options = g_strdup_printf (ngettext ("%u option", "%u options", n_options), n_options);
  g_autofree char *priorities = g_strdup_printf (ngettext ("%u priority", "%u priorities", n_priorities),
                                                 n_priorities);
  g_autofree char *expectations = NULL;
  g_autofree char *checked = NULL;

  if (n_expectations == 0)
    expectations = g_strdup (_("no expectations"));
  else
    expectations = g_strdup_printf (ngettext ("%u expectation passed", "%u expectations passed", n_expectations),
                                    n_expectations);
  /* TRANSLATORS: "3 options, 7 priorities, 3 expectations passed" */
  checked = g_strdup_printf (_("%s, %s, %s"), options, priorities, expectations);
  if (n_warnings == 0)
    return g_steal_pointer (&checked);
  /* TRANSLATORS: "3 options, 7 priorities, 3 expectations passed; 2 warnings" */
  return g_strdup_printf (ngettext ("%s; %u warning", "%s; %u warnings", n_warnings), checked, n_warnings);
}

/* With --strict, every warning is an error (and printed as one). */
static guint
make_warnings_errors (GPtrArray *diagnostics)
{
  guint n = 0;

  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    {
      JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->severity == JUXTA_SEVERITY_WARNING)
        {
          d->severity = JUXTA_SEVERITY_ERROR;
          n++;
        }
    }
  return n;
}

static guint
count_warnings (GPtrArray *diagnostics)
{
  return diagnostics->len - juxta_diagnostics_count_errors (diagnostics);
}

/* Loads @file, runs its expectations, the phrase guard and the lint;
 * prints every problem, then "FILE: ok (what was checked)" or what failed. */
static gboolean
check_one (const char *file,
           gboolean    strict,
           GDateTime  *now)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_file (file, &diagnostics, NULL);
  JuxtaLintOptions lint = { now, NULL };
  guint n_failed = 0, n_warnings = 0, n_strict = 0;

  if (deck != NULL)
    {
      /* The loader's list ends with "too many problems" when it is full. */
      gboolean full = diagnostics->len > JUXTA_MAX_DIAGNOSTICS;

      n_failed = juxta_advisor_check_expectations (deck, file, diagnostics);
      juxta_phrase_guard_check_deck (deck, file, diagnostics);
      juxta_deck_lint (deck, file, &lint, diagnostics);
      /* Everything in file order, as a compiler reports. */
      if (!full)
        juxta_diagnostics_sort (diagnostics);
      n_warnings = count_warnings (diagnostics);
    }
  if (strict)
    n_strict = make_warnings_errors (diagnostics);
  print_diagnostics (diagnostics);

  if (deck == NULL)
    return FALSE;
  if (n_failed > 0)
    /* TRANSLATORS: "deck.json: 1 of 3 expectations failed" */
    g_printerr (ngettext ("%s: %u of %u expectation failed\n", "%s: %u of %u expectations failed\n",
                          juxta_deck_get_n_expectations (deck)),
                file, n_failed, juxta_deck_get_n_expectations (deck));
  if (n_strict > 0)
    g_printerr (ngettext ("%s: %u warning, an error with --strict\n", "%s: %u warnings, errors with --strict\n",
                          n_strict),
                file, n_strict);
  if (n_failed > 0 || n_strict > 0)
    return FALSE;

  {
    g_autofree char *checked = describe_checked (deck, n_warnings);
    /* "ok" is not translated: scripts may look for it. */
    g_print ("%s: ok (%s)\n", file, checked);
  }
  return TRUE;
}

static int
run_check (Options *o)
{
  g_autoptr(GDateTime) now = juxta_export_now ();
  gboolean all_ok = TRUE;

  if (o->files == NULL || o->files[0] == NULL)
    return usage_error (_("--check needs at least one deck file"));

  for (guint i = 0; o->files[i] != NULL; i++)
    all_ok &= check_one (o->files[i], o->strict, now);
  return all_ok ? EXIT_OK : EXIT_FAILED;
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

/* The new deck's id, from its file name: "Kettle or teapot.json" →
 * "kettle-or-teapot". */
static char *
id_for_file (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *id;

  if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';
  id = juxta_starter_deck_make_id (base);
  return id != NULL ? id : g_strdup ("my-deck");
}

/* Writes a starter deck to a file that does not exist yet. */
static int
run_new (Options *o)
{
  g_auto(GStrv) options = split_names (o->option_names);
  g_auto(GStrv) priorities = split_names (o->priority_names);
  g_autofree char *id = id_for_file (o->new_file);
  g_autofree char *today = juxta_export_today ();
  g_autofree char *schema = juxta_paths_deck_json_schema ();
  g_autofree char *schema_uri = g_filename_to_uri (schema, NULL, NULL);
  g_autofree char *deck = NULL;
  g_autoptr(GError) error = NULL;
  JuxtaStarterDeckSpec spec = {
    id, (const char *const *) options, (const char *const *) priorities, today, schema_uri
  };

  if ((deck = juxta_starter_deck_render (&spec, &error)) == NULL)
    return usage_error (_("--new: %s"), error->message);
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
static JuxtaDeck *
load_chosen_deck (const char *choice,
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
          *status = usage_error (_("no decks found; give one with --deck FILE"));
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
          *status = usage_error (_("unknown deck \"%s\" (known: %s; or give a path to a .json file)"),
                                 choice, known);
          return NULL;
        }
    }

  deck = juxta_deck_load_file (path, &diagnostics, NULL);
  if (deck == NULL)
    {
      print_diagnostics (diagnostics);
      *status = EXIT_FAILED;
    }
  return deck;
}

/* ------------------------------------------------------------- scenario */

static gboolean
parse_weight (const char *text,
              int        *weight)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, 100, &value, NULL))
    return FALSE;
  *weight = (int) value;
  return TRUE;
}

static int
apply_weights (JuxtaDeck     *deck,
               JuxtaScenario *scenario,
               const char    *spec)
{
  g_auto(GStrv) pairs = g_strsplit (spec, ",", -1);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (g_strstrip (pairs[i]), "=", 2);
      int priority, weight;

      if (kv[0] == NULL || kv[1] == NULL)
        return usage_error (_("--weights takes PRIORITY=WEIGHT pairs separated by commas, "
                              "got \"%s\""), pairs[i]);
      priority = juxta_deck_find_priority (deck, g_strstrip (kv[0]));
      if (priority < 0)
        {
          g_autofree char *known = juxta_deck_list_priority_ids (deck);
          return usage_error (_("unknown priority \"%s\" in --weights (known: %s)"), kv[0], known);
        }
      if (!parse_weight (g_strstrip (kv[1]), &weight))
        return usage_error (_("the weight of \"%s\" must be a whole number from 0 to 100, got \"%s\""),
                            kv[0], kv[1]);
      scenario->weights[priority] = weight;
    }
  return EXIT_OK;
}

static int
apply_requirements (JuxtaDeck     *deck,
                    JuxtaScenario *scenario,
                    const char    *spec)
{
  g_auto(GStrv) ids = g_strsplit (spec, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      int index = juxta_deck_find_requirement (deck, g_strstrip (ids[i]));
      if (index < 0)
        {
          g_autofree char *known = juxta_deck_list_requirement_ids (deck);
          return usage_error (_("unknown requirement \"%s\" in --require (known: %s)"), ids[i],
                              known[0] != '\0' ? known : C_("no known ids", "none"));
        }
      scenario->requirements |= 1u << index;
    }
  return EXIT_OK;
}

/* The options on top of @scenario, in this order: the preset (its
 * priorities take its values, the others their defaults, as in the
 * window), the weights, the requirements (added), the audience. */
static int
build_scenario (Options       *o,
                JuxtaDeck     *deck,
                JuxtaScenario *scenario)
{
  int status;

  if (o->preset != NULL)
    {
      int preset = juxta_deck_find_preset (deck, o->preset);
      if (preset < 0)
        {
          g_autofree char *known = juxta_deck_list_preset_ids (deck);
          return usage_error (_("unknown preset \"%s\" (known: %s)"), o->preset,
                              known[0] != '\0' ? known : C_("no known ids", "none"));
        }
      juxta_scenario_apply_preset (scenario, deck, (guint) preset);
    }
  if (o->weights != NULL && (status = apply_weights (deck, scenario, o->weights)) != EXIT_OK)
    return status;
  if (o->require != NULL && (status = apply_requirements (deck, scenario, o->require)) != EXIT_OK)
    return status;
  if (o->audience != NULL)
    {
      int audience = juxta_deck_find_audience (deck, o->audience);
      if (audience < 0)
        {
          g_autofree char *known = juxta_deck_list_audience_ids (deck);
          return usage_error (_("unknown audience \"%s\" (known: %s)"), o->audience, known);
        }
      scenario->audience = (guint) audience;
    }
  return EXIT_OK;
}

/* ------------------------------------------------------------- answers */

/* --answers sets every weight from the customer's trade-off answers, and
 * replaces a scenario's answers.  Without it, a scenario's answers stay
 * (and the export says whether the weights still are theirs). */
static int
apply_answers_option (Options        *o,
                      JuxtaDeck      *deck,
                      JuxtaScenario  *scenario,
                      GArray        **answers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) parsed = NULL;
  g_autoptr(JuxtaInterviewResult) result = NULL;
  const JuxtaInterviewAnswer *data;

  if (o->answers == NULL)
    return EXIT_OK;
  parsed = juxta_interview_parse (deck, o->answers, &error);
  if (parsed == NULL)
    return usage_error ("--answers: %s", error->message);
  data = (const JuxtaInterviewAnswer *) (gpointer) parsed->data;
  if (!juxta_interview_check_connected (deck, data, parsed->len, &error))
    return usage_error ("--answers: %s", error->message);
  result = juxta_interview_result_new (juxta_deck_get_n_priorities (deck), data, parsed->len);
  memcpy (scenario->weights, result->weights, juxta_deck_get_n_priorities (deck) * sizeof (int));
  g_clear_pointer (answers, g_array_unref);
  *answers = g_steal_pointer (&parsed);
  return EXIT_OK;
}

/* Where the weights came from, for the export; NULL without answers. */
static JuxtaExportInterview *
export_interview (JuxtaDeck           *deck,
                  const JuxtaScenario *scenario,
                  GArray              *answers)
{
  if (answers == NULL || answers->len == 0)
    return NULL;
  return juxta_export_interview_new ((const JuxtaInterviewAnswer *) (gpointer) answers->data, answers->len,
                                     juxta_deck_get_n_priorities (deck), scenario->weights);
}

/* --------------------------------------------------------------- export */

static int
write_document (Options    *o,
                const char *document)
{
  g_autoptr(GError) error = NULL;

  if (o->output == NULL)
    {
      fputs (document, stdout);
      if (fflush (stdout) != 0 || ferror (stdout))
        {
          g_printerr (_("juxta: could not write the export to standard output\n"));
          return EXIT_FAILED;
        }
      return EXIT_OK;
    }
  if (!juxta_export_save (o->output, document, strlen (document), &error))
    {
      g_printerr ("juxta: %s\n", error->message);
      return EXIT_FAILED;
    }
  return EXIT_OK;
}

/* The decision record: the chosen option (by default the leader), who was
 * there and why, with today's date. */
static int
render_record (Options                     *o,
               JuxtaDeck                   *deck,
               const JuxtaScenario         *scenario,
               const JuxtaExportInterview  *interview,
               GPtrArray                   *stakeholders,
               char                       **document)
{
  g_autofree char *date = juxta_export_today ();
  JuxtaDecision decision = { 0, o->attendees, o->rationale, date, o->scenario, interview,
                             stakeholders != NULL ? (JuxtaStakeholder *const *) stakeholders->pdata : NULL,
                             stakeholders != NULL ? stakeholders->len : 0 };

  if (o->chose != NULL)
    {
      int option = juxta_deck_find_option (deck, o->chose);
      if (option < 0)
        {
          g_autofree char *known = juxta_deck_list_option_ids (deck);
          return usage_error (_("unknown option \"%s\" in --chose (known: %s)"), o->chose, known);
        }
      decision.chosen = (guint) option;
    }
  else
    {
      g_autoptr(JuxtaAdvice) advice = juxta_advice_new (deck, scenario);
      decision.chosen = advice->leader >= 0 ? (guint) advice->leader : 0;
    }
  *document = juxta_export_decision_record (deck, scenario, &decision);
  return EXIT_OK;
}

static GPtrArray *
new_stakeholders (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);
}

/* The deck, the scenario, the answers and the stakeholders a scenario
 * file holds; its warnings (a deck that changed since, ids it no longer
 * has) go to stderr. */
static JuxtaDeck *
load_scenario_file (const char     *path,
                    JuxtaScenario  *scenario,
                    GArray        **answers,
                    GPtrArray     **stakeholders,
                    int            *status)
{
  g_autoptr(JuxtaSession) session = juxta_session_new ();
  g_autoptr(GPtrArray) diagnostics = NULL;
  const JuxtaInterviewAnswer *kept;
  JuxtaStakeholder *const *people;
  guint n_answers = 0, n_people = 0;

  if (!juxta_session_load_file (session, path, NULL, &diagnostics, NULL))
    {
      print_diagnostics (diagnostics);
      *status = EXIT_FAILED;
      return NULL;
    }
  print_diagnostics (diagnostics);
  *scenario = *juxta_session_get_scenario (session);
  if ((kept = juxta_session_get_answers (session, &n_answers)) != NULL)
    *answers = g_array_append_vals (g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer)), kept, n_answers);
  if ((people = juxta_session_get_stakeholders (session, &n_people)) != NULL)
    {
      *stakeholders = new_stakeholders ();
      for (guint k = 0; k < n_people; k++)
        g_ptr_array_add (*stakeholders, juxta_stakeholder_copy (people[k]));
    }
  return g_object_ref (juxta_session_get_deck (session));
}

/* ---------------------------------------------------------- stakeholders */

/* A scenario's stakeholders set its weights: options that set weights
 * do not go with them (--stakeholder replaces them, and is checked
 * against those options before anything is read). */
static int
check_scenario_stakeholders (Options   *o,
                             GPtrArray *stakeholders)
{
  const char *setter = o->weights != NULL ? "--weights" : o->preset != NULL ? "--preset"
                       : o->answers != NULL ? "--answers" : NULL;

  if (stakeholders == NULL || o->stakeholders != NULL || setter == NULL)
    return EXIT_OK;
  /* TRANSLATORS: "--weights does not go with tuesday.json, which holds stakeholders: …" */
  return usage_error (_("%s does not go with %s, which holds stakeholders: the weights are their consensus "
                        "(replace them with --stakeholder)"), setter, o->scenario);
}

/* Each --stakeholder NAME:K=V,…, which replace a scenario's. */
static int
parse_stakeholders (Options    *o,
                    JuxtaDeck  *deck,
                    GPtrArray **stakeholders)
{
  g_autoptr(GPtrArray) people = new_stakeholders ();
  g_autoptr(GError) error = NULL;

  if (o->stakeholders == NULL)
    return EXIT_OK;
  if (g_strv_length (o->stakeholders) > JUXTA_MAX_STAKEHOLDERS)
    return usage_error (_("--stakeholder: at most %d people, got %u"), JUXTA_MAX_STAKEHOLDERS,
                        g_strv_length (o->stakeholders));
  for (guint i = 0; o->stakeholders[i] != NULL; i++)
    {
      JuxtaStakeholder *person = juxta_stakeholder_parse (deck, o->stakeholders[i], &error);
      if (person == NULL)
        return usage_error ("--stakeholder: %s", error->message);
      g_ptr_array_add (people, person);
    }
  if (!juxta_stakeholders_check_names ((JuxtaStakeholder *const *) people->pdata, people->len, &error))
    return usage_error ("--stakeholder: %s", error->message);
  g_clear_pointer (stakeholders, g_ptr_array_unref);
  *stakeholders = g_steal_pointer (&people);
  return EXIT_OK;
}

/* The scenario's weights become the consensus (as the export computes
 * it); people left out of it, whose weights are all 0, are a warning. */
static void
apply_consensus (JuxtaDeck     *deck,
                 JuxtaScenario *scenario,
                 GPtrArray     *stakeholders)
{
  g_autoptr(JuxtaConsensus) consensus = NULL;

  if (stakeholders == NULL)
    return;
  consensus = juxta_consensus_new (deck, scenario, (JuxtaStakeholder *const *) stakeholders->pdata,
                                   stakeholders->len);
  for (guint k = 0; k < consensus->n_stakeholders; k++)
    if (!consensus->outcomes[k].counted)
      {
        g_autofree char *why = juxta_describe_regret (deck, consensus, (JuxtaStakeholder *const *) stakeholders->pdata,
                                                      k);
        /* "warning:" is not translated, as in a deck's problems. */
        g_printerr ("juxta: warning: %s\n", why);
      }
  memcpy (scenario->weights, consensus->scenario.weights, sizeof scenario->weights);
}

/* --sections LIST: which parts of the document (not for a record). */
static int
parse_sections (Options             *o,
                gboolean             record,
                JuxtaExportSections *sections)
{
  g_autoptr(GError) error = NULL;

  if (o->sections == NULL)
    return EXIT_OK;
  if (record)
    return usage_error (_("--sections does not go with --export record"));
  if (!juxta_export_sections_from_string (o->sections, sections, &error))
    return usage_error (_("--sections: %s"), error->message);
  return EXIT_OK;
}

static int
run_export (Options *o)
{
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autoptr(GArray) answers = NULL;
  g_autoptr(GPtrArray) stakeholders = NULL;
  g_autoptr(JuxtaExportInterview) interview = NULL;
  g_autofree char *document = NULL;
  gboolean record = g_str_equal (o->export_format, "record");
  JuxtaExportFormat format = JUXTA_EXPORT_MARKDOWN;
  JuxtaExportSections sections = JUXTA_EXPORT_SECTIONS_DEFAULT;
  JuxtaScenario scenario;
  int status = EXIT_OK;

  if (!record && !juxta_export_format_from_string (o->export_format, &format))
    return usage_error (_("unknown export format \"%s\" (known: markdown, text, html, json, record)"),
                        o->export_format);
  if (!record && (o->chose != NULL || o->rationale != NULL || o->attendees != NULL))
    return usage_error (_("--chose, --rationale and --attendees only go with --export record"));
  if ((status = parse_sections (o, record, &sections)) != EXIT_OK)
    return status;
  if (o->scenario != NULL)
    deck = load_scenario_file (o->scenario, &scenario, &answers, &stakeholders, &status);
  else if ((deck = load_chosen_deck (o->deck, &status)) != NULL)
    juxta_scenario_init_defaults (&scenario, deck);
  if (deck == NULL)
    return status;
  if ((status = check_scenario_stakeholders (o, stakeholders)) != EXIT_OK ||
      (status = parse_stakeholders (o, deck, &stakeholders)) != EXIT_OK ||
      (status = build_scenario (o, deck, &scenario)) != EXIT_OK ||
      (status = apply_answers_option (o, deck, &scenario, &answers)) != EXIT_OK)
    return status;
  /* With stakeholders the weights are their consensus, whatever answers
   * the scenario held before --stakeholder replaced its people. */
  if (stakeholders != NULL)
    g_clear_pointer (&answers, g_array_unref);
  apply_consensus (deck, &scenario, stakeholders);
  interview = export_interview (deck, &scenario, answers);

  if (record)
    {
      if ((status = render_record (o, deck, &scenario, interview, stakeholders, &document)) != EXIT_OK)
        return status;
    }
  else
    document = juxta_export_render_with (deck, &scenario, format,
                                         &(JuxtaExportExtras) {
                                           .interview = interview,
                                           .sections = sections,
                                           .stakeholders = stakeholders != NULL
                                                           ? (JuxtaStakeholder *const *) stakeholders->pdata : NULL,
                                           .n_stakeholders = stakeholders != NULL ? stakeholders->len : 0 });
  return write_document (o, document);
}

/* --------------------------------------------------------- check-phrase */

static const char *
verdict_word (JuxtaAnalogyVerdict verdict)
{
  /* Machine-readable like "error:" and "warning:": not translated. */
  return verdict == JUXTA_ANALOGY_AVOID ? "avoid" : "caution";
}

static int
run_check_phrase (Options *o)
{
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gboolean any_avoid = FALSE;
  int status = EXIT_OK;

  if ((deck = load_chosen_deck (o->deck, &status)) == NULL)
    return status;

  findings = juxta_phrase_guard_check (deck, o->check_phrase);
  for (guint i = 0; i < findings->len; i++)
    {
      const JuxtaFinding *finding = g_ptr_array_index (findings, i);
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (deck, finding->analogy);

      any_avoid |= finding->verdict == JUXTA_ANALOGY_AVOID;
      g_print ("%s: %s: \"%s\"\n", verdict_word (finding->verdict), analogy->id, finding->sentence);
      g_print (_("  compares like: %s\n"), analogy->text);
      if (analogy->why != NULL)
        g_print (_("  why: %s\n"), analogy->why);
      if (analogy->instead >= 0)
        g_print (_("  say instead: %s\n"), juxta_deck_get_analogy (deck, (guint) analogy->instead)->text);
    }
  if (findings->len == 0)
    g_print (_("Nothing to avoid found.\n"));

  return any_avoid ? EXIT_FAILED : EXIT_OK;
}

/* --------------------------------------------------------------- parsing */

static GOptionContext *
create_context (Options *o)
{
  const GOptionEntry entries[] = {
    { "list", 0, 0, G_OPTION_ARG_NONE, &o->list,
      N_("List the bundled and user decks: ID, title and path"), NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, &o->check,
      N_("Validate deck files, run their expectations and report what may mislead"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &o->strict,
      N_("With --check: treat every warning as an error"), NULL },
    { "new", 0, 0, G_OPTION_ARG_FILENAME, &o->new_file,
      N_("Write a new deck to start from (never replaces a file)"), N_("FILE") },
    { "options", 0, 0, G_OPTION_ARG_STRING, &o->option_names,
      N_("With --new: the names of the options compared"), N_("A,B,…") },
    { "priorities", 0, 0, G_OPTION_ARG_STRING, &o->priority_names,
      N_("With --new: the names of the priorities"), N_("NAME,…") },
    { "export", 0, 0, G_OPTION_ARG_STRING, &o->export_format,
      N_("Export the advice as markdown, text, html or json, or a decision record (record)"), N_("FORMAT") },
    { "check-phrase", 0, 0, G_OPTION_ARG_STRING, &o->check_phrase,
      N_("Check what you plan to say against the deck's analogies"), N_("TEXT") },
    { "deck", 0, 0, G_OPTION_ARG_STRING, &o->deck,
      N_("The deck: a bundled or user deck id, or a file (default: the first bundled deck)"),
      N_("ID|FILE") },
    { "scenario", 0, 0, G_OPTION_ARG_FILENAME, &o->scenario,
      N_("Start from a scenario file: its deck, weights, must-haves and audience "
         "(the options below apply on top of it)"), N_("FILE") },
    { "preset", 0, 0, G_OPTION_ARG_STRING, &o->preset,
      N_("Start from the deck's preset ID"), N_("ID") },
    { "weights", 0, 0, G_OPTION_ARG_STRING, &o->weights,
      N_("Set priority weights, 0 to 100 (applied after the preset)"), N_("K=V,…") },
    { "require", 0, 0, G_OPTION_ARG_STRING, &o->require,
      N_("Switch on the deck's requirements"), N_("ID,…") },
    { "audience", 0, 0, G_OPTION_ARG_STRING, &o->audience,
      N_("The audience (default: the deck's first)"), N_("ID") },
    { "answers", 0, 0, G_OPTION_ARG_STRING, &o->answers,
      N_("Set every weight from the customer's trade-off answers: A>B:N (A matters N times as much "
         "as B, N from 1 to 9), A<B:N or A=B (replaces a scenario's answers)"), N_("A>B:N,…") },
    { "stakeholder", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->stakeholders,
      N_("A person in the meeting and their weights (the deck's defaults for priorities not named), once "
         "per person; the weights become their consensus (replaces a scenario's stakeholders)"),
      N_("NAME:K=V,…") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
      N_("Write the export to FILE instead of standard output"), N_("FILE") },
    { "sections", 0, 0, G_OPTION_ARG_STRING, &o->sections,
      N_("The parts to export: recommendation, talking-points, comparison, glossary, sources, or all "
         "(default: all but the glossary)"), N_("LIST") },
    { "chose", 0, 0, G_OPTION_ARG_STRING, &o->chose,
      N_("For a decision record: the option the customer chose (default: the leader)"), N_("ID") },
    { "rationale", 0, 0, G_OPTION_ARG_STRING, &o->rationale,
      N_("For a decision record: why it was chosen"), N_("TEXT") },
    { "attendees", 0, 0, G_OPTION_ARG_STRING, &o->attendees,
      N_("For a decision record: who was there"), N_("TEXT") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o->version, N_("Show the version"), NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &o->help, N_("Show this help"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->files, NULL, N_("[DECK.json…]") },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (NULL);

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Without options, opens the workbench (on DECK.json if given).\n"
                                  "The options below work without a display."));
  g_option_context_set_description (context,
                                    _("Exit status: 0 success; 1 an invalid deck, a failed expectation,\n"
                                      "an \"avoid\" finding or a failed write; 2 a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

static int
count_actions (const Options *o)
{
  return (o->list ? 1 : 0) + (o->check ? 1 : 0) + (o->new_file ? 1 : 0) + (o->export_format ? 1 : 0) +
         (o->check_phrase ? 1 : 0) + (o->version ? 1 : 0) + (o->help ? 1 : 0);
}

/* The options of --check and --new. */
static int
check_new_and_check_option_use (const Options *o)
{
  const struct { const char *name; gboolean set; gboolean allowed; const char *action; } uses[] = {
    { "--strict", o->strict, o->check, "--check" },
    { "--options", o->option_names != NULL, o->new_file != NULL, "--new" },
    { "--priorities", o->priority_names != NULL, o->new_file != NULL, "--new" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (uses); i++)
    if (uses[i].set && !uses[i].allowed)
      /* TRANSLATORS: "--strict only goes with --check" */
      return usage_error (_("%s only goes with %s"), uses[i].name, uses[i].action);
  return EXIT_OK;
}

/* Options that only make sense with an action that takes them. */
static int
check_option_use (const Options *o)
{
  int status;
  const struct { const char *name; gboolean set; gboolean allowed; } uses[] = {
    { "--deck", o->deck != NULL, o->export_format != NULL || o->check_phrase != NULL },
    { "--scenario", o->scenario != NULL, o->export_format != NULL },
    { "--preset", o->preset != NULL, o->export_format != NULL },
    { "--weights", o->weights != NULL, o->export_format != NULL },
    { "--require", o->require != NULL, o->export_format != NULL },
    { "--audience", o->audience != NULL, o->export_format != NULL },
    { "--output", o->output != NULL, o->export_format != NULL },
    { "--sections", o->sections != NULL, o->export_format != NULL },
    { "--chose", o->chose != NULL, o->export_format != NULL },
    { "--rationale", o->rationale != NULL, o->export_format != NULL },
    { "--attendees", o->attendees != NULL, o->export_format != NULL },
    { "--answers", o->answers != NULL, o->export_format != NULL },
    { "--stakeholder", o->stakeholders != NULL, o->export_format != NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (uses); i++)
    if (uses[i].set && !uses[i].allowed)
      return usage_error (_("%s only goes with --export%s"), uses[i].name,
                          g_str_equal (uses[i].name, "--deck") ? _(" or --check-phrase") : "");
  if (o->deck != NULL && o->scenario != NULL)
    return usage_error (_("give --deck or --scenario, not both (a scenario names its deck)"));
  if ((status = check_new_and_check_option_use (o)) != EXIT_OK)
    return status;
  if (o->stakeholders != NULL && (o->weights != NULL || o->answers != NULL || o->preset != NULL))
    /* TRANSLATORS: "--stakeholder and --weights both set the weights: give one of them" */
    return usage_error (_("--stakeholder and %s both set the weights: give one of them"),
                        o->weights != NULL ? "--weights" : o->answers != NULL ? "--answers" : "--preset");
  if (o->answers != NULL && (o->weights != NULL || o->preset != NULL))
    /* TRANSLATORS: "--answers and --weights both set the weights: give one of them" */
    return usage_error (_("--answers and %s both set the weights: give one of them"),
                        o->weights != NULL ? "--weights" : "--preset");
  if (o->files != NULL && o->files[0] != NULL && !o->check)
    return usage_error (_("unexpected argument \"%s\" (only --check takes deck files)"), o->files[0]);
  return EXIT_OK;
}

gboolean
juxta_cli_wants_command_line (int    argc,
                              char **argv)
{
  for (int i = 1; i < argc; i++)
    if (argv[i][0] == '-')
      return TRUE;
  return FALSE;
}

int
juxta_cli_run (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_new0 (char *, argc + 1);
  Options o = { 0 };
  int status;

  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  context = create_context (&o);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      status = usage_error (_("%s (see juxta --help)"), error->message);
      goto out;
    }

  if (count_actions (&o) > 1)
    {
      status = usage_error (_("give one of --list, --check, --new, --export, --check-phrase, "
                              "--version or --help"));
      goto out;
    }
  if ((status = check_option_use (&o)) != EXIT_OK)
    goto out;

  if (o.help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_print ("%s", help);
    }
  else if (o.version)
    g_print ("juxta %s\n", PACKAGE_VERSION);
  else if (o.list)
    status = run_list ();
  else if (o.check)
    status = run_check (&o);
  else if (o.new_file != NULL)
    status = run_new (&o);
  else if (o.export_format != NULL)
    status = run_export (&o);
  else if (o.check_phrase != NULL)
    status = run_check_phrase (&o);
  else
    status = usage_error (_("nothing to do: give --list, --check, --new, --export or --check-phrase "
                            "(see juxta --help)"));

out:
  options_clear (&o);
  return status;
}
