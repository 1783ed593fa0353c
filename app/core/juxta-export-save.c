/* juxta-export-save.c: writing files safely: atomically, or only where
 * nothing is yet */

#define G_LOG_DOMAIN "juxta-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "juxta-export.h"

G_GNUC_PRINTF (4, 5)
static gboolean
fail_save (GError     **error,
           int          saved_errno,
           const char  *path,
           const char  *format,
           ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* TRANSLATORS: "Could not save “/tmp/x.md”: No space left on device" */
               _("Could not save “%s”: %s"), path, reason);
  return FALSE;
}

static gboolean
write_all (int         fd,
           const char *contents,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, contents, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = ENOSPC;
          return FALSE;
        }
      contents += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* Devices and pipes cannot be replaced by a rename, and must not be: the
 * data goes straight into them. */
static gboolean
save_to_special_file (const char  *path,
                      const char  *contents,
                      gsize        length,
                      GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd < 0)
    {
      saved_errno = errno;
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  if (!write_all (fd, contents, length))
    {
      saved_errno = errno;
      close (fd);
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  return TRUE;
}

/* Writes @contents to a new temporary file beside @target, flushed to
 * disk, with the permissions of @existing (nullable); returns its path,
 * or NULL with the temporary file gone.  Errors name @path. */
static char *
write_temporary (const char         *path,
                 const char         *target,
                 const struct stat  *existing,
                 const char         *contents,
                 gsize               length,
                 GError            **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, tmp_name, NULL);
  int saved_errno;
  int fd;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      fail_save (error, ENOENT, path, _("the folder “%s” does not exist"), dir);
      return NULL;
    }

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      fail_save (error, saved_errno, path, _("cannot create a file in “%s”: %s"), dir,
                 g_strerror (saved_errno));
      return NULL;
    }

  /* Keep the permissions of the file being replaced. */
  if ((existing != NULL && fchmod (fd, existing->st_mode & 07777) != 0) ||
      !write_all (fd, contents, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp_path);
      fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
      return NULL;
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
      return NULL;
    }
  return g_steal_pointer (&tmp_path);
}

static gboolean
save_replacing (const char         *path,
                const char         *target,
                const struct stat  *existing,
                const char         *contents,
                gsize               length,
                GError            **error)
{
  g_autofree char *tmp_path = write_temporary (path, target, existing, contents, length, error);
  int saved_errno;

  if (tmp_path == NULL)
    return FALSE;
  if (g_rename (tmp_path, target) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
    }
  return TRUE;
}

static gboolean
cannot_link (int saved_errno)
{
  return saved_errno == EPERM || saved_errno == ENOTSUP || saved_errno == EOPNOTSUPP ||
         saved_errno == ENOSYS || saved_errno == EMLINK || saved_errno == EXDEV;
}

/* Puts the complete file @tmp_path at @path unless something is there:
 * a hard link fails when @path exists, whatever it is.  Where the file
 * system has no hard links, the name is taken first with O_EXCL, then
 * the file renamed over that empty placeholder. */
static gboolean
move_into_place_new (const char  *tmp_path,
                     const char  *path,
                     GError     **error)
{
  int saved_errno;
  int fd;

  if (link (tmp_path, path) == 0)
    {
      g_unlink (tmp_path);
      return TRUE;
    }
  saved_errno = errno;
  if (cannot_link (saved_errno))
    {
      fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      saved_errno = errno;
      if (fd >= 0)
        {
          close (fd);
          if (g_rename (tmp_path, path) == 0)
            return TRUE;
          saved_errno = errno;
          g_unlink (path);
        }
    }
  g_unlink (tmp_path);
  if (saved_errno == EEXIST)
    return fail_save (error, saved_errno, path, _("it already exists, and Juxta does not replace it"));
  return fail_save (error, saved_errno, path, "%s", g_strerror (saved_errno));
}

/* Writes @contents to @path, which must not exist yet: a temporary file
 * beside it, flushed, then put in place, so that @path is either absent or
 * complete.  An existing file (or anything else at @path) is left as it
 * is: G_IO_ERROR_EXISTS. */
gboolean
juxta_export_save_new (const char  *path,
                       const char  *contents,
                       gsize        length,
                       GError     **error)
{
  g_autofree char *tmp_path = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  if (path[0] == '\0')
    return fail_save (error, ENOENT, path, _("no file name given"));
  if (g_file_test (path, G_FILE_TEST_EXISTS) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    return fail_save (error, EEXIST, path, _("it already exists, and Juxta does not replace it"));
  if ((tmp_path = write_temporary (path, path, NULL, contents, length, error)) == NULL)
    return FALSE;
  return move_into_place_new (tmp_path, path, error);
}

gboolean
juxta_export_save (const char  *path,
                   const char  *contents,
                   gsize        length,
                   GError     **error)
{
  g_autofree char *resolved = NULL;
  const char *target = path;
  struct stat st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  if (path[0] == '\0')
    return fail_save (error, ENOENT, path, _("no file name given"));

  /* Replace what a symbolic link points to, not the link. */
  if (g_lstat (path, &st) == 0 && S_ISLNK (st.st_mode) && (resolved = realpath (path, NULL)) != NULL)
    target = resolved;

  exists = g_stat (target, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    return fail_save (error, EISDIR, path, _("it is a folder"));
  if (exists && !S_ISREG (st.st_mode))
    return save_to_special_file (target, contents, length, error);

  return save_replacing (path, target, exists ? &st : NULL, contents, length, error);
}
