/* juxta-phrase-guard.h: finds misleading comparisons in what someone plans to say
 *
 * A sentence makes an analogy's comparison when every trigger group of the
 * analogy has one of its terms in the sentence (case-insensitive, whole
 * words or phrases), unless a negation cue comes before the last of those
 * terms ("Bedrock has nothing to do with Kubernetes").
 */
#pragma once

#include "juxta-deck.h"

G_BEGIN_DECLS

typedef struct
{
  guint               analogy;     /* index in the deck */
  JuxtaAnalogyVerdict verdict;     /* avoid or caution */
  gsize               start;       /* byte range of the sentence in the text */
  gsize               end;
  char               *sentence;
} JuxtaFinding;

void       juxta_finding_free                (JuxtaFinding *finding);

/* Returns the findings (JuxtaFinding), in text order. */
GPtrArray *juxta_phrase_guard_check          (JuxtaDeck    *deck,
                                              const char   *text);
/* Whether @text makes a comparison the deck says to avoid. */
gboolean   juxta_phrase_guard_trips_avoid    (JuxtaDeck    *deck,
                                              const char   *text,
                                              guint        *analogy);
/* Checks every deck text that can end up in the talking points and adds a
 * warning for each that trips an "avoid" analogy; returns how many. */
guint      juxta_phrase_guard_check_deck     (JuxtaDeck    *deck,
                                              const char   *file,
                                              GPtrArray    *diagnostics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaFinding, juxta_finding_free)

G_END_DECLS
