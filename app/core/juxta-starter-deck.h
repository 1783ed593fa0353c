/* juxta-starter-deck.h: a complete, valid deck to start writing from
 *
 * Every section of the format, filled with texts that say what belongs
 * there (translated: a German user gets German guidance), placeholder
 * scores that check clean, and an expectation that passes.  Keys and the
 * fixed ids stay as the format spells them.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define JUXTA_STARTER_DECK_ERROR (juxta_starter_deck_error_quark ())

typedef enum
{
  JUXTA_STARTER_DECK_ERROR_INVALID,   /* names that no deck could hold */
} JuxtaStarterDeckError;

typedef struct
{
  const char        *id;               /* nullable: "my-deck" */
  const char *const *option_names;     /* nullable: "Option A", "Option B"; 2 to 64 */
  const char *const *priority_names;   /* nullable: three placeholders; 1 to 32 */
  const char        *today;            /* YYYY-MM-DD: the "verified" and "as-of" dates */
  const char        *schema_uri;       /* nullable: the "$schema" to name */
} JuxtaStarterDeckSpec;

GQuark  juxta_starter_deck_error_quark      (void);

/* The deck as JSON text, ready to save (juxta_export_save_new ()). */
char   *juxta_starter_deck_render           (const JuxtaStarterDeckSpec  *spec,
                                             GError                     **error);

/* An id made from a name: "Low cost" → "low-cost", "Café 2" → "cafe-2";
 * NULL when nothing of the name can make one. */
char   *juxta_starter_deck_make_id          (const char                  *name);
/* A new deck's id, from its file's name, as `juxta --new` and New Deck…
 * make it: "Kettle or teapot.json" → "kettle-or-teapot"; "my-deck" when
 * nothing of the name can make one. */
char   *juxta_starter_deck_make_id_for_file (const char                  *path);

G_END_DECLS
