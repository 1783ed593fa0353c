/* juxta-cli.c: the command line, which never touches a display
 *
 * Exit status: 0 success, 1 an invalid deck, a failed expectation, an
 * "avoid" finding or a failed write, 2 a usage error (one line on stderr
 * naming what was wrong and what is accepted).  This file has the
 * options and runs the command they name; the commands are in
 * juxta-cli-*.c (see juxta-cli-private.h).
 */

#define G_LOG_DOMAIN "juxta-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-cli.h"
#include "juxta-cli-private.h"

static void
options_clear (JuxtaCliOptions *o)
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

/* --------------------------------------------------------------- parsing */

static GOptionContext *
create_context (JuxtaCliOptions *o)
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
count_actions (const JuxtaCliOptions *o)
{
  return (o->list ? 1 : 0) + (o->check ? 1 : 0) + (o->new_file ? 1 : 0) + (o->export_format ? 1 : 0) +
         (o->check_phrase ? 1 : 0) + (o->version ? 1 : 0) + (o->help ? 1 : 0);
}

/* The options of --check and --new. */
static int
check_new_and_check_option_use (const JuxtaCliOptions *o)
{
  const struct { const char *name; gboolean set; gboolean allowed; const char *action; } uses[] = {
    { "--strict", o->strict, o->check, "--check" },
    { "--options", o->option_names != NULL, o->new_file != NULL, "--new" },
    { "--priorities", o->priority_names != NULL, o->new_file != NULL, "--new" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (uses); i++)
    if (uses[i].set && !uses[i].allowed)
      /* TRANSLATORS: "--strict only goes with --check" */
      return _juxta_cli_usage_error (_("%s only goes with %s"), uses[i].name, uses[i].action);
  return EXIT_OK;
}

/* JuxtaCliOptions that only make sense with an action that takes them. */
static int
check_option_use (const JuxtaCliOptions *o)
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
      return _juxta_cli_usage_error (_("%s only goes with --export%s"), uses[i].name,
                                     g_str_equal (uses[i].name, "--deck") ? _(" or --check-phrase") : "");
  if (o->deck != NULL && o->scenario != NULL)
    return _juxta_cli_usage_error (_("give --deck or --scenario, not both (a scenario names its "
                                     "deck)"));
  if ((status = check_new_and_check_option_use (o)) != EXIT_OK)
    return status;
  if (o->stakeholders != NULL && (o->weights != NULL || o->answers != NULL || o->preset != NULL))
    /* TRANSLATORS: "--stakeholder and --weights both set the weights: give one of them" */
    return _juxta_cli_usage_error (_("--stakeholder and %s both set the weights: give one of them"),
                                   o->weights != NULL ? "--weights"
                                   : o->answers != NULL ? "--answers" : "--preset");
  if (o->answers != NULL && (o->weights != NULL || o->preset != NULL))
    /* TRANSLATORS: "--answers and --weights both set the weights: give one of them" */
    return _juxta_cli_usage_error (_("--answers and %s both set the weights: give one of them"),
                                   o->weights != NULL ? "--weights" : "--preset");
  if (o->files != NULL && o->files[0] != NULL && !o->check)
    return _juxta_cli_usage_error (_("unexpected argument \"%s\" (only --check takes deck files)"),
                                   o->files[0]);
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

/* The one command the options name. */
static int
run_command (GOptionContext  *context,
             JuxtaCliOptions *o)
{
  if (o->help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_print ("%s", help);
      return EXIT_OK;
    }
  if (o->version)
    {
      g_print ("juxta %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }
  if (o->list)
    return _juxta_cli_run_list ();
  if (o->check)
    return _juxta_cli_run_check (o);
  if (o->new_file != NULL)
    return _juxta_cli_run_new (o);
  if (o->export_format != NULL)
    return _juxta_cli_run_export (o);
  if (o->check_phrase != NULL)
    return _juxta_cli_run_check_phrase (o);
  return _juxta_cli_usage_error (_("nothing to do: give --list, --check, --new, --export or "
                                   "--check-phrase (see juxta --help)"));
}

int
juxta_cli_run (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_new0 (char *, argc + 1);
  JuxtaCliOptions o = { 0 };
  int status;

  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  context = create_context (&o);
  if (!g_option_context_parse_strv (context, &args, &error))
    status = _juxta_cli_usage_error (_("%s (see juxta --help)"), error->message);
  else if (count_actions (&o) > 1)
    status = _juxta_cli_usage_error (_("give one of --list, --check, --new, --export, --check-phrase, "
                                       "--version or --help"));
  else if ((status = check_option_use (&o)) == EXIT_OK)
    status = run_command (context, &o);
  options_clear (&o);
  return status;
}
