/* juxta-deck-check.c: everything `juxta --check` says about a deck that loads */

#define G_LOG_DOMAIN "juxta-deck-check"

#include "config.h"

#include "juxta-advisor.h"
#include "juxta-deck-check.h"
#include "juxta-deck-lint.h"
#include "juxta-diagnostic.h"
#include "juxta-phrase-guard.h"

guint
juxta_deck_check (JuxtaDeck  *deck,
                  const char *file,
                  GDateTime  *now,
                  GPtrArray  *diagnostics)
{
  JuxtaLintOptions lint = { now, NULL };
  gboolean full;
  guint n_failed;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), 0);
  g_return_val_if_fail (file != NULL, 0);
  g_return_val_if_fail (diagnostics != NULL, 0);

  /* The limits of the deck's own number of options: the fewer they
   * are, the wider their columns, and the longer the texts shown whole. */
  lint.text_limits = juxta_lint_default_text_limits (juxta_deck_get_n_options (deck));

  /* The loader's list ends with "too many problems" when it is full. */
  full = diagnostics->len > JUXTA_MAX_DIAGNOSTICS;
  n_failed = juxta_advisor_check_expectations (deck, file, diagnostics);
  juxta_phrase_guard_check_deck (deck, file, diagnostics);
  juxta_deck_lint (deck, file, &lint, diagnostics);
  /* Everything in file order, as a compiler reports. */
  if (!full)
    juxta_diagnostics_sort (diagnostics);
  return n_failed;
}
