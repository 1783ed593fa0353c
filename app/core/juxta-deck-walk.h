/* juxta-deck-walk.h: reading a parsed deck along the schema tables
 *
 * Private to the loader (juxta-deck-loader.c).
 */
#pragma once

#include "juxta-deck-private.h"
#include "juxta-json.h"

G_BEGIN_DECLS

/* Reads @document into @deck, adding what is wrong to @diagnostics (at
 * most JUXTA_MAX_DIAGNOSTICS, then one line that says so) and counting the
 * errors in *@n_errors, kept or not. */
void juxta_deck_walk (JuxtaDeck         *deck,
                      JuxtaJsonDocument *document,
                      const char        *file,
                      GPtrArray         *diagnostics,
                      guint             *n_errors);

G_END_DECLS
