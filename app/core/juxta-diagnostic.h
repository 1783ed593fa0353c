/* juxta-diagnostic.h: one problem found in a deck, and the loader's error domain */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define JUXTA_MAX_DIAGNOSTICS 100

typedef enum
{
  JUXTA_SEVERITY_ERROR,
  JUXTA_SEVERITY_WARNING,
} JuxtaSeverity;

typedef struct
{
  JuxtaSeverity severity;
  char         *file;      /* as given by the user, for messages */
  guint         line;      /* 1-based; 0 when the problem is not at a place in the file */
  guint         column;    /* 1-based, in characters */
  char         *path;      /* JSON path such as $.options[2].scores.cost, or NULL */
  char         *message;
  /* Nullable: the message once the warning is made an error (`--strict`),
   * for a warning whose message says what happens to what it is about
   * ("unknown key, ignored"); juxta_diagnostic_make_error(). */
  char         *as_error;
} JuxtaDiagnostic;

JuxtaDiagnostic *juxta_diagnostic_new             (JuxtaSeverity          severity,
                                                   const char            *file,
                                                   guint                  line,
                                                   guint                  column,
                                                   const char            *path,
                                                   const char            *message);
JuxtaDiagnostic *juxta_diagnostic_new_at_position (const char            *file,
                                                   guint                  line,
                                                   guint                  column,
                                                   const char            *message);
JuxtaDiagnostic *juxta_diagnostic_copy            (const JuxtaDiagnostic *diagnostic);
/* Makes a warning an error (`--strict`), with its as_error message when it
 * has one. */
void             juxta_diagnostic_make_error      (JuxtaDiagnostic       *diagnostic);
void             juxta_diagnostic_free            (JuxtaDiagnostic       *diagnostic);
char            *juxta_diagnostic_to_string       (const JuxtaDiagnostic *diagnostic);
char            *juxta_diagnostic_dup_location    (const JuxtaDiagnostic *diagnostic);
guint            juxta_diagnostics_count_errors   (GPtrArray             *diagnostics);
GPtrArray       *juxta_diagnostics_copy           (GPtrArray             *diagnostics);
void             juxta_diagnostics_sort           (GPtrArray             *diagnostics);

/* A string from a file, for a message: quotes and backslashes escaped,
 * control characters as \uXXXX so that it stays on one line, and cut
 * short ("...") past 80 characters. */
char            *juxta_diagnostic_quote           (const char            *text);

#define JUXTA_TYPE_DIAGNOSTIC (juxta_diagnostic_get_type ())
GType            juxta_diagnostic_get_type        (void) G_GNUC_CONST;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaDiagnostic, juxta_diagnostic_free)

#define JUXTA_DECK_ERROR (juxta_deck_error_quark ())

typedef enum
{
  JUXTA_DECK_ERROR_INVALID,     /* the deck breaks the format: see the diagnostics */
  JUXTA_DECK_ERROR_UNREADABLE,  /* the file could not be read at all */
} JuxtaDeckError;

GQuark juxta_deck_error_quark (void);

G_END_DECLS
