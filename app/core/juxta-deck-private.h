/* juxta-deck-private.h: the deck's fields, for the loader that fills them */
#pragma once

#include "juxta-deck.h"
#include "juxta-json.h"

G_BEGIN_DECLS

struct _JuxtaDeck
{
  GObject            parent_instance;

  JuxtaJsonDocument *document;   /* owns every string and array below */
  char              *path;       /* nullable: the file the deck was read from */

  const char        *id;
  const char        *title;
  const char        *subtitle;
  const char        *framing;
  const char        *bottom_line_avoid;
  const char        *bottom_line_say;
  const char        *verified;

  JuxtaPriority     *priorities;
  guint              n_priorities;
  JuxtaOption       *options;
  guint              n_options;
  JuxtaDimension    *dimensions;
  guint              n_dimensions;
  JuxtaAudience     *audiences;
  guint              n_audiences;
  JuxtaAnalogy      *analogies;
  guint              n_analogies;
  JuxtaAnswer       *answers;
  guint              n_answers;
  JuxtaTerm         *terms;
  guint              n_terms;
  JuxtaPreset       *presets;
  guint              n_presets;
  JuxtaRequirement  *requirements;
  guint              n_requirements;
  JuxtaExpectation  *expectations;
  guint              n_expectations;
  JuxtaSource       *sources;
  guint              n_sources;
};

JuxtaDeck *juxta_deck_new_empty (JuxtaJsonDocument *document,
                                 const char        *path);

G_END_DECLS
