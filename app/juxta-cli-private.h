/* juxta-cli-private.h: what the command line's files share
 *
 * The command line is in six files:
 *   juxta-cli.c           the options, their checks, and which command runs
 *   juxta-cli-decks.c     --list, --new, and the deck a command names
 *   juxta-cli-check.c     --check and --check-phrase
 *   juxta-cli-scenario.c  the scenario an export is for
 *   juxta-cli-export.c    --export
 *   juxta-cli-errors.c    usage errors and a file's problems, on stderr
 */
#pragma once

#include <glib.h>

#include "juxta-export.h"

G_BEGIN_DECLS

/* The exit status (juxta --help says what each means). */
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
} JuxtaCliOptions;

/* Prints "juxta: MESSAGE" on stderr; returns EXIT_USAGE. */
int         _juxta_cli_usage_error       (const char       *format,
                                          ...) G_GNUC_PRINTF (1, 2);
/* Each problem on a line of stderr, "FILE:LINE:COLUMN: error: …". */
void        _juxta_cli_print_diagnostics (GPtrArray        *diagnostics);

/* The deck @choice names (a bundled or user deck's id, or a file; NULL:
 * the first bundled deck), or NULL with *@status set (EXIT_FAILED: not a
 * valid deck, its problems printed; EXIT_USAGE: no such deck). */
JuxtaDeck  *_juxta_cli_load_deck         (const char       *choice,
                                          int              *status);
/* The deck and the scenario the options describe, with the answers and
 * the people (nullable) behind its weights; EXIT_OK, or the status to
 * exit with (what was wrong is printed).  The caller frees what it gets,
 * also on an error. */
int         _juxta_cli_load_scenario     (JuxtaCliOptions  *o,
                                          JuxtaDeck       **deck,
                                          JuxtaScenario    *scenario,
                                          GArray          **answers,
                                          GPtrArray       **stakeholders);

/* The commands: each returns the exit status. */
int         _juxta_cli_run_list          (void);
int         _juxta_cli_run_new           (JuxtaCliOptions  *o);
int         _juxta_cli_run_check         (JuxtaCliOptions  *o);
int         _juxta_cli_run_check_phrase  (JuxtaCliOptions  *o);
int         _juxta_cli_run_export        (JuxtaCliOptions  *o);

G_END_DECLS
