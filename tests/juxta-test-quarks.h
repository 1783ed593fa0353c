/* juxta-test-quarks.h: GLib's first block of quarks, not a leak
 *
 * GLib keeps its quarks in an array that it allocates, in its
 * constructor, for 2048 of them.  When a program makes more, GLib moves
 * them to a larger array and leaves the first one behind on purpose, for
 * readers that may still hold it (gquark.c says so).  The larger window
 * tests make more than 2048 quarks (GTK's style sheets, types, fonts), and
 * LeakSanitizer reports the 16 KiB array; no suppression can name it, as
 * GLib's frames do not unwind.
 *
 * juxta_test_ignore_first_quark_block () finds that array while it is
 * still the one in use (its entries are the quarks' strings), and tells
 * LeakSanitizer to ignore it, and nothing else.  Without AddressSanitizer
 * it does nothing.
 */
#pragma once

#include <glib.h>

#if defined(__SANITIZE_ADDRESS__)

#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <string.h>

/* From the sanitizers' allocator interface (not installed with GCC 12). */
int    __sanitizer_get_ownership (const volatile void *p);
size_t __sanitizer_get_allocated_size (const volatile void *p);

#define JUXTA_TEST_QUARK_BLOCK_SIZE 2048

/* Whether @candidate is GLib's array of quarks: a block of the heap, of
 * the first array's size, whose entries 1 and 2 are those quarks'
 * strings. */
static inline gboolean
juxta_test_is_quark_block (gpointer candidate)
{
  const char *const *entries = candidate;

  return candidate != NULL &&
         __sanitizer_get_ownership (candidate) &&
         __sanitizer_get_allocated_size (candidate) == JUXTA_TEST_QUARK_BLOCK_SIZE * sizeof (char *) &&
         entries[1] == g_quark_to_string (1) &&
         entries[2] == g_quark_to_string (2);
}

/* Ignores the array if @words (@n_words of them) point to it. */
static inline gboolean
juxta_test_ignore_quark_block_in (gpointer *words,
                                  gsize     n_words)
{
  for (gsize w = 0; w < n_words; w++)
    if (juxta_test_is_quark_block (words[w]))
      {
        __lsan_ignore_object (words[w]);
        return TRUE;
      }
  return FALSE;
}

/* GLib's pointer to the array lives in its writable data: the mappings of
 * its file that are writable, and the anonymous one right after them
 * (the end of its zero-filled data). */
static inline void
juxta_test_ignore_first_quark_block (void)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean after_glib = FALSE;
  gboolean found = FALSE;

  /* Two quarks at least, so that entries 1 and 2 are set. */
  g_quark_from_static_string ("juxta-test-first-quark");
  g_quark_from_static_string ("juxta-test-second-quark");
  if (!g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL))
    g_error ("cannot read /proc/self/maps");
  lines = g_strsplit (maps, "\n", -1);
  for (guint i = 0; lines[i] != NULL && !found; i++)
    {
      unsigned long start, end;
      char perms[5] = "";
      gboolean glib = strstr (lines[i], "/libglib-2.0.so") != NULL;
      gboolean anonymous = strchr (lines[i], '/') == NULL && strchr (lines[i], '[') == NULL;

      if (sscanf (lines[i], "%lx-%lx %4s", &start, &end, perms) == 3 && perms[0] == 'r' && perms[1] == 'w' &&
          (glib || (anonymous && after_glib)))
        found = juxta_test_ignore_quark_block_in ((gpointer *) start, (end - start) / sizeof (gpointer));
      after_glib = glib;
    }
  if (!found)
    g_error ("GLib's first block of quarks was not found: has GLib changed how it keeps them?");
}

#else

static inline void
juxta_test_ignore_first_quark_block (void)
{
}

#endif
