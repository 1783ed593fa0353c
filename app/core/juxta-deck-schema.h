/* juxta-deck-schema.h: the deck format as data
 *
 * Every section of a deck (the top level, a priority, an option, ...) is a
 * table of fields: the key, the kind of value, whether it is required, its
 * default and limits, and where the value goes in the deck model.  The
 * loader validates a deck by walking these tables, the "unknown key"
 * warnings list their keys, the reference (docs/deck-format.md) documents
 * them one for one and the JSON Schema (data/juxta-deck.schema.json) is
 * tested against them: a key exists in one place.  The tables' types are
 * in juxta-deck-schema-types.h.
 */
#pragma once

#include "juxta-deck-schema-types.h"

G_BEGIN_DECLS

const JuxtaDeckSection  *juxta_deck_schema_get_root      (void);
const JuxtaDeckSection *const *juxta_deck_schema_get_sections (guint *n_sections);
const JuxtaDeckField    *juxta_deck_section_find_field   (const JuxtaDeckSection *section,
                                                          const char             *key);
char                    *juxta_deck_section_describe_keys (const JuxtaDeckSection *section);
const char              *juxta_deck_section_suggest_key  (const JuxtaDeckSection *section,
                                                          const char             *key);
const char              *juxta_deck_list_get_noun        (JuxtaDeckList           list);
const char              *juxta_deck_list_get_ids_noun    (JuxtaDeckList           list);
const char              *juxta_deck_kind_to_string       (JuxtaDeckKind           kind);

G_END_DECLS
