/* juxta-cli-errors.c: how the command line says what is wrong: a usage
 * error, or a file's problems, on standard error */

#define G_LOG_DOMAIN "juxta-cli"

#include "config.h"

#include "juxta-cli-private.h"

int
_juxta_cli_usage_error (const char *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("juxta: %s\n", message);
  return EXIT_USAGE;
}

void
_juxta_cli_print_diagnostics (GPtrArray *diagnostics)
{
  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    {
      g_autofree char *line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      g_printerr ("%s\n", line);
    }
}
