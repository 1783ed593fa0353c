/* juxta-deck-check.h: everything `juxta --check` says about a deck that loads
 *
 * Besides the loader's own warnings: the deck's expectations, its talking
 * points against its own "avoid" analogies (the phrase guard), and the
 * lint with the text limits measured on the window for the deck's number
 * of options.  The command line prints the result, the window lists it in
 * the deck's details: one function, so that the two never differ.
 */
#pragma once

#include "juxta-deck.h"

G_BEGIN_DECLS

/* Adds what checking @deck finds (JuxtaDiagnostic, positioned in @file)
 * to @diagnostics, which holds the loader's warnings, and puts them all
 * in file order (unless the loader's list was full: it ends with "too
 * many problems").  @now is the day dates are aged against (NULL: today).
 * Returns how many expectations failed. */
guint juxta_deck_check (JuxtaDeck  *deck,
                        const char *file,
                        GDateTime  *now,
                        GPtrArray  *diagnostics);

G_END_DECLS
