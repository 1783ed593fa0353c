/* juxta-deck.h: the deck model, an immutable comparison topic
 *
 * A deck is read once (see juxta-deck-loader.h) and never changes; every
 * string and array below lives as long as the deck.  Elements are plain
 * read-only structs addressed by index, in deck order.
 */
#pragma once

#include <glib-object.h>

#include "juxta-diagnostic.h"

G_BEGIN_DECLS

#define JUXTA_DECK_FORMAT_VERSION 1

#define JUXTA_MAX_PRIORITIES   32
#define JUXTA_MAX_OPTIONS      64
#define JUXTA_MAX_DIMENSIONS   64
#define JUXTA_MAX_AUDIENCES     8
#define JUXTA_MAX_ANALOGIES    64
#define JUXTA_MAX_ANSWERS      64
#define JUXTA_MAX_TERMS       256
#define JUXTA_MAX_PRESETS      32
#define JUXTA_MAX_REQUIREMENTS 32
#define JUXTA_MAX_EXPECTATIONS 64
#define JUXTA_MAX_TEXT_CHARS 4096

/* Option scores are kept in millionths of a point so that every comparison
 * the advice engine makes (ranking, verdict, tipping points) is exact
 * integer arithmetic.  A score of 5 is 5,000,000. */
#define JUXTA_SCORE_UNIT 1000000
#define JUXTA_SCORE_MAX  5

/* Facts verified longer ago than this may be stale. */
#define JUXTA_STALE_AFTER_DAYS 180

typedef enum
{
  JUXTA_ANALOGY_RECOMMENDED,
  JUXTA_ANALOGY_CAUTION,
  JUXTA_ANALOGY_AVOID,
} JuxtaAnalogyVerdict;

typedef struct
{
  const char *title;
  const char *url;      /* nullable */
  const char *as_of;    /* nullable, YYYY-MM-DD */
} JuxtaSource;

typedef struct
{
  const char *id;
  const char *label;
  const char *description;  /* nullable */
  const char *question;     /* nullable: how the interview's questions name it */
  int         default_weight;
} JuxtaPriority;

typedef struct
{
  const char *id;
  const char *label;
} JuxtaDimension;

typedef struct
{
  const char *id;
  const char *label;
} JuxtaAudience;

typedef struct
{
  const char *text;
  guint32     priorities;   /* bit p: speaks to priority p */
  gboolean    all_priorities;
  guint32     audiences;    /* bit a: suits audience a */
} JuxtaTalkingPoint;

typedef struct
{
  const char               *id;
  const char               *name;
  const char               *tagline;   /* nullable */
  const char               *summary;   /* nullable */
  gint32                    scores[JUXTA_MAX_PRIORITIES];   /* in JUXTA_SCORE_UNIT */
  const char               *reasons[JUXTA_MAX_PRIORITIES];  /* nullable entries */
  const char *const        *facts[JUXTA_MAX_DIMENSIONS];   /* per dimension: NULL or a NULL-terminated list */
  const JuxtaTalkingPoint  *talking_points;
  guint                     n_talking_points;
  const JuxtaSource        *sources;
  guint                     n_sources;
} JuxtaOption;

/* A term group matches a sentence when one of its terms occurs in it. */
typedef struct
{
  const char *const *terms;    /* casefolded, whitespace collapsed */
  guint              n_terms;
} JuxtaTermGroup;

typedef struct
{
  const char           *id;
  JuxtaAnalogyVerdict   verdict;
  const char           *text;
  const char           *why;        /* nullable */
  guint32               audiences;
  const JuxtaTermGroup *triggers;
  guint                 n_triggers;
  int                   instead;    /* analogy index, or -1 */
} JuxtaAnalogy;

typedef struct
{
  const char *id;
  const char *question;   /* nullable */
  const char *text;
  guint32     audiences;
} JuxtaAnswer;

typedef struct
{
  const char *term;
  const char *definition;
} JuxtaTerm;

typedef struct
{
  const char *id;
  const char *label;
  int         weights[JUXTA_MAX_PRIORITIES];   /* -1: left at the default */
} JuxtaPreset;

typedef struct
{
  const char *id;
  const char *label;
  const char *why;        /* nullable */
  guint64     excludes;   /* bit o: rules out option o */
} JuxtaRequirement;

typedef struct
{
  const char *label;
  guint       leader;
  int         preset;     /* -1: none */
  int         weights[JUXTA_MAX_PRIORITIES];   /* -1: not named */
  guint32     requirements;
} JuxtaExpectation;

#define JUXTA_TYPE_DECK (juxta_deck_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaDeck, juxta_deck, JUXTA, DECK, GObject)

const char              *juxta_deck_get_id                (JuxtaDeck *self);
const char              *juxta_deck_get_title             (JuxtaDeck *self);
const char              *juxta_deck_get_subtitle          (JuxtaDeck *self);
const char              *juxta_deck_get_framing           (JuxtaDeck *self);
const char              *juxta_deck_get_bottom_line_avoid (JuxtaDeck *self);
const char              *juxta_deck_get_bottom_line_say   (JuxtaDeck *self);
const char              *juxta_deck_get_verified          (JuxtaDeck *self);
const char              *juxta_deck_get_path              (JuxtaDeck *self);

guint                    juxta_deck_get_n_priorities      (JuxtaDeck *self);
const JuxtaPriority     *juxta_deck_get_priority          (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_options         (JuxtaDeck *self);
const JuxtaOption       *juxta_deck_get_option            (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_dimensions      (JuxtaDeck *self);
const JuxtaDimension    *juxta_deck_get_dimension         (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_audiences       (JuxtaDeck *self);
const JuxtaAudience     *juxta_deck_get_audience          (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_analogies       (JuxtaDeck *self);
const JuxtaAnalogy      *juxta_deck_get_analogy           (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_answers         (JuxtaDeck *self);
const JuxtaAnswer       *juxta_deck_get_answer            (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_terms           (JuxtaDeck *self);
const JuxtaTerm         *juxta_deck_get_term              (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_presets         (JuxtaDeck *self);
const JuxtaPreset       *juxta_deck_get_preset            (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_requirements    (JuxtaDeck *self);
const JuxtaRequirement  *juxta_deck_get_requirement       (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_expectations    (JuxtaDeck *self);
const JuxtaExpectation  *juxta_deck_get_expectation       (JuxtaDeck *self,
                                                           guint      index);
guint                    juxta_deck_get_n_sources         (JuxtaDeck *self);
const JuxtaSource       *juxta_deck_get_source            (JuxtaDeck *self,
                                                           guint      index);

int                      juxta_deck_find_priority         (JuxtaDeck  *self,
                                                           const char *id);
int                      juxta_deck_find_option           (JuxtaDeck  *self,
                                                           const char *id);
int                      juxta_deck_find_audience         (JuxtaDeck  *self,
                                                           const char *id);
int                      juxta_deck_find_preset           (JuxtaDeck  *self,
                                                           const char *id);
int                      juxta_deck_find_requirement      (JuxtaDeck  *self,
                                                           const char *id);
char                    *juxta_deck_list_priority_ids     (JuxtaDeck  *self);
char                    *juxta_deck_list_option_ids       (JuxtaDeck  *self);
char                    *juxta_deck_list_audience_ids     (JuxtaDeck  *self);
char                    *juxta_deck_list_preset_ids       (JuxtaDeck  *self);
char                    *juxta_deck_list_requirement_ids  (JuxtaDeck  *self);

int                      juxta_deck_find_answer_for_audience (JuxtaDeck *self,
                                                              guint      audience);
int                      juxta_deck_find_instead_for_audience (JuxtaDeck *self,
                                                               guint      analogy,
                                                               guint      audience,
                                                               gboolean  *certain);
int                      juxta_deck_get_verified_age      (JuxtaDeck  *self,
                                                           GDateTime  *now);

gboolean                 juxta_deck_locate                (JuxtaDeck  *self,
                                                           const char *path,
                                                           guint      *line,
                                                           guint      *column);
JuxtaDiagnostic         *juxta_deck_diagnostic_new        (JuxtaDeck     *self,
                                                           JuxtaSeverity  severity,
                                                           const char    *file,
                                                           const char    *path,
                                                           const char    *message);

double                   juxta_option_get_score           (const JuxtaOption *option,
                                                           guint              priority);
gboolean                 juxta_audiences_include          (guint32            audiences,
                                                           guint              audience);

G_END_DECLS
