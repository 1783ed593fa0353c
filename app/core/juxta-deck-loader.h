/* juxta-deck-loader.h: reading and validating deck files */
#pragma once

#include "juxta-deck.h"
#include "juxta-diagnostic.h"

G_BEGIN_DECLS

#define JUXTA_DECK_MAX_FILE_SIZE (8 * 1024 * 1024)

/* Both return a new deck, or NULL and set @error when the deck cannot be
 * used.  @diagnostics, when not NULL, receives every error and warning found
 * (JuxtaDiagnostic, at most JUXTA_MAX_DIAGNOSTICS and then one that says
 * so), each at its line and column, in file order; the first error is also
 * in @error's message.  @display_name is the file name shown in messages.
 * The deck keeps its text: juxta_deck_diagnostic_new () places problems
 * found later (failed expectations, lint) in it. */
JuxtaDeck *juxta_deck_load_file (const char   *filename,
                                 GPtrArray   **diagnostics,
                                 GError      **error);
JuxtaDeck *juxta_deck_load_data (const char   *data,
                                 gsize         length,
                                 const char   *display_name,
                                 const char   *path,
                                 GPtrArray   **diagnostics,
                                 GError      **error);

G_END_DECLS
