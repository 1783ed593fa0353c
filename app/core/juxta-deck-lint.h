/* juxta-deck-lint.h: warnings about a valid deck that would mislead
 *
 * A deck that loads may still count one concern twice, claim a strength
 * its scores deny, leave a priority without a reason, suggest an analogy
 * meant for another audience, or cite sources nobody has read for a year.
 * Each finding is a warning at the value it concerns (docs/deck-format.md,
 * "Lint warnings"); `juxta --check` prints them and the window can list
 * them with the deck's other problems.
 */
#pragma once

#include "juxta-deck.h"

G_BEGIN_DECLS

/* Ages beyond which dates are reported as old. */
#define JUXTA_LINT_MAX_AGE_MONTHS 12

/* How many characters of each kind of text the window shows whole at its
 * smallest supported size (1280×720) with a deck's number of options, in
 * all and in its longest word; 0: not checked. */
typedef struct
{
  guint option_name;
  guint option_tagline;
  guint priority_label;
  guint option_name_word;
  guint option_tagline_word;
  guint priority_label_word;
} JuxtaLintTextLimits;

typedef struct
{
  GDateTime                 *now;           /* the day dates are aged against; NULL: today */
  /* NULL: text lengths are not checked.  The warnings say the limits are
   * those of the deck's number of options: pass
   * juxta_lint_default_text_limits (juxta_deck_get_n_options (deck)). */
  const JuxtaLintTextLimits *text_limits;
} JuxtaLintOptions;

/* The numbers of options the default limits were measured for; a deck of
 * more options is checked with the limits of the most. */
#define JUXTA_LINT_TEXT_LIMITS_MIN_OPTIONS 2
#define JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS 6

/* The limits measured on the window's layout for a deck of @n_options
 * options (see juxta-deck-lint.c). */
const JuxtaLintTextLimits *juxta_lint_default_text_limits (guint n_options);

/* Adds a warning (JuxtaDiagnostic, positioned in the deck's file) for each
 * finding to @diagnostics; returns how many.  @options may be NULL. */
guint juxta_deck_lint (JuxtaDeck              *deck,
                       const char             *file,
                       const JuxtaLintOptions *options,
                       GPtrArray              *diagnostics);

G_END_DECLS
