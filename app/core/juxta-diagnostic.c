/* juxta-diagnostic.c: one problem found in a deck */

#define G_LOG_DOMAIN "juxta-diagnostic"

#include "config.h"

#include "juxta-diagnostic.h"

G_DEFINE_QUARK (juxta-deck-error-quark, juxta_deck_error)
G_DEFINE_BOXED_TYPE (JuxtaDiagnostic, juxta_diagnostic, juxta_diagnostic_copy, juxta_diagnostic_free)

/* A problem at a value: its position (line 0 when it is about the file as
 * a whole, which could not be read) and its JSON path (NULL for a syntax
 * error).  A problem found in a loaded deck: juxta_deck_diagnostic_new (). */
JuxtaDiagnostic *
juxta_diagnostic_new (JuxtaSeverity  severity,
                      const char    *file,
                      guint          line,
                      guint          column,
                      const char    *path,
                      const char    *message)
{
  JuxtaDiagnostic *diagnostic = g_new0 (JuxtaDiagnostic, 1);

  diagnostic->severity = severity;
  diagnostic->file = g_strdup (file);
  diagnostic->line = line;
  diagnostic->column = column;
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

JuxtaDiagnostic *
juxta_diagnostic_copy (const JuxtaDiagnostic *diagnostic)
{
  JuxtaDiagnostic *copy;

  g_return_val_if_fail (diagnostic != NULL, NULL);

  copy = juxta_diagnostic_new (diagnostic->severity, diagnostic->file, diagnostic->line,
                               diagnostic->column, diagnostic->path, diagnostic->message);
  copy->as_error = g_strdup (diagnostic->as_error);
  return copy;
}

void
juxta_diagnostic_make_error (JuxtaDiagnostic *diagnostic)
{
  g_return_if_fail (diagnostic != NULL);

  diagnostic->severity = JUXTA_SEVERITY_ERROR;
  if (diagnostic->as_error != NULL)
    {
      g_free (diagnostic->message);
      diagnostic->message = g_steal_pointer (&diagnostic->as_error);
    }
}

void
juxta_diagnostic_free (JuxtaDiagnostic *diagnostic)
{
  if (diagnostic == NULL)
    return;
  g_free (diagnostic->file);
  g_free (diagnostic->path);
  g_free (diagnostic->message);
  g_free (diagnostic->as_error);
  g_free (diagnostic);
}

/* "FILE:LINE:COLUMN", or "FILE" for a problem with the file as a whole
 * (one that could not be read): what editors and build tools jump to. */
char *
juxta_diagnostic_dup_location (const JuxtaDiagnostic *diagnostic)
{
  g_return_val_if_fail (diagnostic != NULL, NULL);

  if (diagnostic->line == 0)
    return g_strdup (diagnostic->file);
  return g_strdup_printf ("%s:%u:%u", diagnostic->file, diagnostic->line, diagnostic->column);
}

/* The line formats are a contract (docs/deck-format.md, "Messages"):
 * FILE:LINE:COLUMN: error: PATH: MESSAGE, the GCC form that editors and
 * build tools read, so the words "error" and "warning" are not translated.
 * A syntax error has no path; a file that could not be read, no position. */
char *
juxta_diagnostic_to_string (const JuxtaDiagnostic *diagnostic)
{
  const char *kind = diagnostic->severity == JUXTA_SEVERITY_ERROR ? "error" : "warning";
  g_autofree char *location = juxta_diagnostic_dup_location (diagnostic);

  if (diagnostic->path == NULL)
    return g_strdup_printf ("%s: %s: %s", location, kind, diagnostic->message);
  return g_strdup_printf ("%s: %s: %s: %s", location, kind, diagnostic->path, diagnostic->message);
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

/* A copy of @diagnostics (JuxtaDiagnostic) that owns its elements. */
GPtrArray *
juxta_diagnostics_copy (GPtrArray *diagnostics)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);

  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    g_ptr_array_add (copy, juxta_diagnostic_copy (g_ptr_array_index (diagnostics, i)));
  return copy;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  const JuxtaDiagnostic *x = *(const JuxtaDiagnostic *const *) a;
  const JuxtaDiagnostic *y = *(const JuxtaDiagnostic *const *) b;

  /* Problems without a position keep their place after those with one. */
  if ((x->line == 0) != (y->line == 0))
    return x->line == 0 ? 1 : -1;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return 0;
}

/* Puts @diagnostics in file order, as a compiler reports; problems at the
 * same place keep the order they were found in (the sort is stable). */
void
juxta_diagnostics_sort (GPtrArray *diagnostics)
{
  g_return_if_fail (diagnostics != NULL);

  /* g_ptr_array_sort () is a merge sort (g_qsort_with_data): stable. */
  g_ptr_array_sort (diagnostics, compare_positions);
}

char *
juxta_diagnostic_quote (const char *text)
{
  GString *quoted = g_string_new (NULL);
  guint n_chars = 0;

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (++n_chars > 80)
        {
          g_string_append (quoted, "...");
          break;
        }
      if (u == '"' || u == '\\')
        g_string_append_printf (quoted, "\\%c", (char) u);
      else if (g_unichar_iscntrl (u) || u == 0x2028 || u == 0x2029)
        g_string_append_printf (quoted, "\\u%04x", u);
      else
        g_string_append_unichar (quoted, u);
    }
  return g_string_free (quoted, FALSE);
}
