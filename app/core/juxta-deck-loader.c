/* juxta-deck-loader.c: reading and validating deck files
 *
 * The loader reads a deck file with bounds (no FIFO, no device, at most
 * 8 MiB), parses it strictly (juxta-json.c, so that nothing lenient slips
 * through), checks it completely against the schema (juxta-deck-schema.c,
 * walked by juxta-deck-walk.c) and reports every problem it finds (up to
 * JUXTA_MAX_DIAGNOSTICS) at its line and column, with its JSON path.  The
 * deck is used only when there was no error.
 */

#define G_LOG_DOMAIN "juxta-deck-loader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "juxta-deck-loader.h"
#include "juxta-deck-walk.h"

static void
set_error_from_diagnostics (GPtrArray  *diagnostics,
                            guint       n_errors,
                            GError    **error)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);
      g_autofree char *line = NULL;

      if (d->severity != JUXTA_SEVERITY_ERROR)
        continue;
      line = juxta_diagnostic_to_string (d);
      if (n_errors == 1)
        g_set_error_literal (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID, line);
      else
        g_set_error (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID,
                     ngettext ("%s (and %u more problem)", "%s (and %u more problems)", n_errors - 1),
                     line, n_errors - 1);
      return;
    }
  g_assert_not_reached ();
}

/* Takes @data: the deck keeps its text, so that problems found later (a
 * failed expectation) can say where they are. */
static JuxtaDeck *
load_owned (char        *data,
            gsize        length,
            const char  *display_name,
            const char  *path,
            GPtrArray  **diagnostics,
            GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autofree char *syntax_message = NULL;
  JuxtaJsonDocument *document;
  guint line = 0, column = 0;
  guint n_errors = 0;

  if (length > JUXTA_DECK_MAX_FILE_SIZE)
    {
      /* Not read: there is no place in it to point at. */
      g_autofree char *message =
        g_strdup_printf (_("the file is %lld bytes; a deck is at most %d bytes (8 MiB)"),
                         (long long) length, JUXTA_DECK_MAX_FILE_SIZE);
      g_ptr_array_add (found, juxta_diagnostic_new (JUXTA_SEVERITY_ERROR, display_name, 0, 0, NULL, message));
      n_errors = 1;
      g_free (data);
    }
  else if ((document = juxta_json_document_parse_owned (data, length, &line, &column,
                                                        &syntax_message)) == NULL)
    {
      g_ptr_array_add (found, juxta_diagnostic_new_at_position (display_name, line, column, syntax_message));
      n_errors = 1;
    }
  else
    {
      deck = juxta_deck_new_empty (document, path);
      juxta_deck_walk (deck, document, display_name, found, &n_errors);
    }

  if (n_errors > 0)
    {
      set_error_from_diagnostics (found, n_errors, error);
      g_clear_object (&deck);
    }

  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&found);
  return g_steal_pointer (&deck);
}

JuxtaDeck *
juxta_deck_load_data (const char  *data,
                      gsize        length,
                      const char  *display_name,
                      const char  *path,
                      GPtrArray  **diagnostics,
                      GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  /* Too big a deck is refused by its length: not worth copying. */
  return load_owned (length <= JUXTA_DECK_MAX_FILE_SIZE ? g_memdup2 (data, length) : NULL, length,
                     display_name, path, diagnostics, error);
}

static JuxtaDeck *
fail_unreadable (const char  *filename,
                 const char  *message,
                 GPtrArray  **diagnostics,
                 GError     **error)
{
  /* The file as a whole: no line, no JSON path. */
  JuxtaDiagnostic *d = juxta_diagnostic_new (JUXTA_SEVERITY_ERROR, filename, 0, 0, NULL, message);
  g_autofree char *line = juxta_diagnostic_to_string (d);

  g_set_error_literal (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_UNREADABLE, line);
  if (diagnostics != NULL)
    {
      *diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
      g_ptr_array_add (*diagnostics, d);
    }
  else
    juxta_diagnostic_free (d);
  return NULL;
}

/* Reads at most JUXTA_DECK_MAX_FILE_SIZE + 1 bytes, refusing anything that
 * is not a regular file (a FIFO or a device would block or never end). */
static char *
read_bounded (const char  *filename,
              gsize       *length,
              char       **problem)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize capacity;
  gsize used = 0;
  int fd;

  fd = g_open (filename, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      *problem = g_strdup_printf (_("cannot open the file: %s"), g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;
      *problem = g_strdup_printf (_("cannot read the file: %s"), g_strerror (saved_errno));
      close (fd);
      return NULL;
    }
  if (S_ISDIR (st.st_mode) || !S_ISREG (st.st_mode) || st.st_size > JUXTA_DECK_MAX_FILE_SIZE)
    {
      if (S_ISDIR (st.st_mode))
        *problem = g_strdup (_("is a directory; expected a deck file (JSON)"));
      else if (!S_ISREG (st.st_mode))
        *problem = g_strdup (_("is not a regular file; expected a deck file (JSON)"));
      else
        *problem = g_strdup_printf (_("the file is %lld bytes; a deck is at most %d bytes (8 MiB)"),
                                    (long long) st.st_size, JUXTA_DECK_MAX_FILE_SIZE);
      close (fd);
      return NULL;
    }

  /* One byte more than the file's size, to notice a file that grew. */
  capacity = (gsize) st.st_size + 1;
  buffer = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (used == capacity)
        {
          if (capacity > JUXTA_DECK_MAX_FILE_SIZE)
            break;   /* over the cap: load_data refuses it by its length */
          capacity = MIN (capacity * 2, (gsize) JUXTA_DECK_MAX_FILE_SIZE + 1);
          buffer = g_realloc (buffer, capacity);
        }
      n = read (fd, buffer + used, capacity - used);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          *problem = g_strdup_printf (_("cannot read the file: %s"), g_strerror (saved_errno));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      used += (gsize) n;
    }
  close (fd);

  *length = used;
  return g_steal_pointer (&buffer);
}

JuxtaDeck *
juxta_deck_load_file (const char  *filename,
                      GPtrArray  **diagnostics,
                      GError     **error)
{
  g_autofree char *problem = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (filename != NULL, NULL);

  contents = read_bounded (filename, &length, &problem);
  if (contents == NULL)
    return fail_unreadable (filename, problem, diagnostics, error);

  return load_owned (g_steal_pointer (&contents), length, filename, filename, diagnostics, error);
}
