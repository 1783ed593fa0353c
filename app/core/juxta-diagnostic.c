/* juxta-diagnostic.c: one problem found in a deck */

#define G_LOG_DOMAIN "juxta-diagnostic"

#include "config.h"

#include "juxta-diagnostic.h"

G_DEFINE_QUARK (juxta-deck-error-quark, juxta_deck_error)

/* A problem at a value: its position (line 0 when unknown) and its JSON path. */
JuxtaDiagnostic *
juxta_diagnostic_new (JuxtaSeverity  severity,
                      const char    *file,
                      guint          line,
                      guint          column,
                      const char    *path,
                      const char    *message)
{
  JuxtaDiagnostic *diagnostic = juxta_diagnostic_new_at_path (severity, file, path, message);

  diagnostic->line = line;
  diagnostic->column = column;
  return diagnostic;
}

JuxtaDiagnostic *
juxta_diagnostic_new_at_path (JuxtaSeverity  severity,
                              const char    *file,
                              const char    *path,
                              const char    *message)
{
  JuxtaDiagnostic *diagnostic = g_new0 (JuxtaDiagnostic, 1);

  diagnostic->severity = severity;
  diagnostic->file = g_strdup (file);
  diagnostic->path = g_strdup (path);
  diagnostic->message = g_strdup (message);
  return diagnostic;
}

JuxtaDiagnostic *
juxta_diagnostic_new_at_position (const char *file,
                                  guint       line,
                                  guint       column,
                                  const char *message)
{
  JuxtaDiagnostic *diagnostic = g_new0 (JuxtaDiagnostic, 1);

  diagnostic->severity = JUXTA_SEVERITY_ERROR;
  diagnostic->file = g_strdup (file);
  diagnostic->line = line;
  diagnostic->column = column;
  diagnostic->message = g_strdup (message);
  return diagnostic;
}

void
juxta_diagnostic_free (JuxtaDiagnostic *diagnostic)
{
  if (diagnostic == NULL)
    return;
  g_free (diagnostic->file);
  g_free (diagnostic->path);
  g_free (diagnostic->message);
  g_free (diagnostic);
}

/* The line formats are a contract (deck-format.md, "Errors"): tools parse
 * them, so the words "error" and "warning" are not translated. */
char *
juxta_diagnostic_to_string (const JuxtaDiagnostic *diagnostic)
{
  const char *kind = diagnostic->severity == JUXTA_SEVERITY_ERROR ? "error" : "warning";

  if (diagnostic->path == NULL)
    return g_strdup_printf ("%s:%u:%u: %s: %s", diagnostic->file, diagnostic->line,
                            diagnostic->column, kind, diagnostic->message);
  if (diagnostic->line > 0)
    return g_strdup_printf ("%s:%u:%u: %s: %s: %s", diagnostic->file, diagnostic->line,
                            diagnostic->column, kind, diagnostic->path, diagnostic->message);
  return g_strdup_printf ("%s: %s: %s: %s", diagnostic->file, kind, diagnostic->path,
                          diagnostic->message);
}

guint
juxta_diagnostics_count_errors (GPtrArray *diagnostics)
{
  guint n = 0;

  if (diagnostics == NULL)
    return 0;
  for (guint i = 0; i < diagnostics->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);
      if (d->severity == JUXTA_SEVERITY_ERROR)
        n++;
    }
  return n;
}
