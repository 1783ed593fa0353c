/* juxta-cli-check.c: --check (decks, their expectations and what may
 * mislead) and --check-phrase */

#define G_LOG_DOMAIN "juxta-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-cli-private.h"
#include "juxta-deck-check.h"
#include "juxta-deck-loader.h"
#include "juxta-phrase-guard.h"

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
          juxta_diagnostic_make_error (d);
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
  guint n_failed = 0, n_warnings = 0, n_strict = 0;

  if (deck != NULL)
    {
      n_failed = juxta_deck_check (deck, file, now, diagnostics);
      n_warnings = count_warnings (diagnostics);
    }
  if (strict)
    n_strict = make_warnings_errors (diagnostics);
  _juxta_cli_print_diagnostics (diagnostics);

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

int
_juxta_cli_run_check (JuxtaCliOptions *o)
{
  g_autoptr(GDateTime) now = juxta_export_now ();
  gboolean all_ok = TRUE;

  if (o->files == NULL || o->files[0] == NULL)
    return _juxta_cli_usage_error (_("--check needs at least one deck file"));

  for (guint i = 0; o->files[i] != NULL; i++)
    all_ok &= check_one (o->files[i], o->strict, now);
  return all_ok ? EXIT_OK : EXIT_FAILED;
}

/* --------------------------------------------------------- check-phrase */

static const char *
verdict_word (JuxtaAnalogyVerdict verdict)
{
  /* Machine-readable like "error:" and "warning:": not translated. */
  return verdict == JUXTA_ANALOGY_AVOID ? "avoid" : "caution";
}

int
_juxta_cli_run_check_phrase (JuxtaCliOptions *o)
{
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gboolean any_avoid = FALSE;
  int status = EXIT_OK;

  if ((deck = _juxta_cli_load_deck (o->deck, &status)) == NULL)
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
