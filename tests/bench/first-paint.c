/* first-paint.c: time from exec to a program's first painted frame, measured from outside
 *
 *   first-paint [--runs N] [--warmup N] [--settle MS] [--name NAME] [--json FILE]
 *               [--own-bus [--activate NAME]...] -- PROGRAM [ARG...]
 *
 * Measures any X11 program the same way, so that two programs can be
 * compared.  For each run it notes the time (CLOCK_MONOTONIC), forks and
 * execs PROGRAM, and watches the X server: SubstructureNotify on the root
 * window reports each window created on it; the tool subscribes to XDamage
 * on every new toplevel (not override-redirect) at once, before it can be
 * mapped or drawn, and takes:
 *
 *   mapped       the MapNotify of the program's toplevel (the first mapped
 *                window whose _NET_WM_PID is the child's);
 *   first paint  the first damage notification after that map that is the
 *                program's drawing.  Mapping a window makes the X server
 *                fill it with its background colour (GTK's windows have a
 *                black one): that damage comes first, at the map, and is
 *                not a paint.  So each damage notification after the map
 *                reads the window back (XGetImage) until it holds more
 *                than one colour; the arrival of that notification is the
 *                first paint.  (Damage is reported per drawing request,
 *                XDamageReportRawRectangles, so a paint that follows the
 *                background has its own notification.)
 *
 *   settled      the last damage notification of the toplevel before it
 *                stays quiet for QUIET_MS: a program that draws its window
 *                first and fills it in a frame later is only done then.
 *
 * After the first paint it waits --settle ms (default 1000), reads VmHWM
 * (peak resident memory) and VmRSS from /proc/PID/status, then ends the
 * program (SIGTERM, then SIGKILL) and reaps it.  --warmup runs (default 1)
 * come first and are not counted (cold caches after a build or an
 * install).  Prints one line per run and the medians; --json FILE also
 * writes them as JSON.
 *
 * --own-bus gives every start a D-Bus session of its own, as a desktop
 * session has: before the clock starts, a session bus (dbus-daemon
 * --session) is started and each --activate NAME is started on it and
 * waited for, as a desktop has its services running when an application
 * starts (org.a11y.Bus also brings up the accessibility bus and its
 * registry, which is what GTK talks to).  The program then gets that bus
 * in DBUS_SESSION_BUS_ADDRESS; the bus, and whatever it started, ends
 * after the run.
 *
 * Needs DISPLAY (run it under xvfb-run) and the DAMAGE extension; the
 * program's environment is first-paint's own.  Exit status 77 without a
 * display.
 */

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>
#include <errno.h>
#include <gio/gio.h>
#include <glib.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench-util.h"

#define MAX_WINDOWS 64
#define QUIET_MS 200

typedef struct
{
  double map_ms;         /* from exec to MapNotify */
  double paint_ms;       /* from exec to the first paint */
  double settled_ms;     /* from exec to the last paint before QUIET_MS without any */
  long   hwm_kib;        /* VmHWM */
  long   rss_kib;        /* VmRSS */
} Run;

typedef struct
{
  Window window;
  Damage damage;
} Tracked;

static Display *display;
static int damage_event_base;
static gboolean verbose;

/* --own-bus: the bus of the current run */
typedef struct
{
  GPid             pid;        /* its dbus-daemon */
  char            *runtime_dir;  /* XDG_RUNTIME_DIR of the session */
  char            *address;
  GDBusConnection *connection;
  GDBusConnection *a11y;       /* the accessibility bus, when activated */
} OwnBus;

static gint64
now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
ignore_x_error (Display     *d,
                XErrorEvent *event)
{
  /* Windows come and go while we look at them: a BadWindow or BadDamage
   * here just means the window is gone. */
  return 0;
}

static pid_t
window_pid (Window window)
{
  static Atom net_wm_pid = None;
  Atom type;
  int format;
  unsigned long n_items, after;
  unsigned char *data = NULL;
  pid_t pid = 0;

  if (net_wm_pid == None)
    net_wm_pid = XInternAtom (display, "_NET_WM_PID", False);
  if (XGetWindowProperty (display, window, net_wm_pid, 0, 1, False, XA_CARDINAL,
                          &type, &format, &n_items, &after, &data) == Success &&
      data != NULL && n_items == 1 && format == 32)
    pid = (pid_t) *(unsigned long *) data;
  if (data != NULL)
    XFree (data);
  return pid;
}

/* Whether @window shows a single colour (nothing drawn but its
 * background).  A window that is gone counts as blank. */
static gboolean
window_is_blank (Window window)
{
  XWindowAttributes attributes;
  XImage *image;
  unsigned long first;
  gboolean blank = TRUE;

  if (!XGetWindowAttributes (display, window, &attributes))
    return TRUE;
  image = XGetImage (display, window, 0, 0, (unsigned) attributes.width,
                     (unsigned) attributes.height, AllPlanes, ZPixmap);
  if (image == NULL)
    return TRUE;
  first = XGetPixel (image, 0, 0);
  for (int y = 0; blank && y < attributes.height; y++)
    for (int x = 0; x < attributes.width; x++)
      if (XGetPixel (image, x, y) != first)
        {
          blank = FALSE;
          break;
        }
  XDestroyImage (image);
  return blank;
}

static gboolean
read_status (pid_t  pid,
             long  *hwm_kib,
             long  *rss_kib)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "VmHWM:"))
        *hwm_kib = strtol (lines[i] + 6, NULL, 10);
      else if (g_str_has_prefix (lines[i], "VmRSS:"))
        *rss_kib = strtol (lines[i] + 6, NULL, 10);
    }
  return TRUE;
}

static void
end_child (pid_t pid)
{
  int status;

  kill (pid, SIGTERM);
  for (int i = 0; i < 200; i++)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        return;
      g_usleep (10000);
    }
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
}

/* Waits for an X event until @deadline (monotonic µs); FALSE on timeout. */
static gboolean
next_event (XEvent *event,
            gint64  deadline)
{
  while (XPending (display) == 0)
    {
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };
      gint64 left = deadline - now_us ();

      if (left <= 0)
        return FALSE;
      if (poll (&fd, 1, (int) MIN (left / 1000 + 1, 100)) < 0 && errno != EINTR)
        g_error ("poll: %s", g_strerror (errno));
    }
  XNextEvent (display, event);
  return TRUE;
}

static Tracked *
find_tracked (Tracked *tracked,
              guint    n_tracked,
              Window   window)
{
  for (guint i = 0; i < n_tracked; i++)
    if (tracked[i].window == window)
      return &tracked[i];
  return NULL;
}

/* Starts a session bus and, on it, each of @activate; FALSE on failure. */
static gboolean
own_bus_start (OwnBus  *bus,
               char   **activate)
{
  const char *argv[] = { "dbus-daemon", "--session", "--nofork", "--print-address=1", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  g_auto(GStrv) envp = NULL;
  int out = -1;
  gsize end = 0;

  memset (bus, 0, sizeof *bus);
  /* The session's runtime directory is its own, as a login's is: the
   * document portal mounts itself there. */
  bus->runtime_dir = g_dir_make_tmp ("first-paint-XXXXXX", &error);
  if (bus->runtime_dir == NULL)
    {
      g_printerr ("first-paint: %s\n", error->message);
      return FALSE;
    }
  envp = g_environ_setenv (g_get_environ (), "XDG_RUNTIME_DIR", bus->runtime_dir, TRUE);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp,
                                 G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &bus->pid, NULL, &out, NULL, &error))
    {
      g_printerr ("first-paint: cannot start dbus-daemon: %s\n", error->message);
      return FALSE;
    }
  channel = g_io_channel_unix_new (out);
  g_io_channel_set_close_on_unref (channel, TRUE);
  if (g_io_channel_read_line (channel, &bus->address, NULL, &end, &error) != G_IO_STATUS_NORMAL ||
      bus->address == NULL)
    {
      g_printerr ("first-paint: dbus-daemon gave no address\n");
      return FALSE;
    }
  bus->address[end] = '\0';
  bus->connection = g_dbus_connection_new_for_address_sync (bus->address,
                                                            G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                            G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                            NULL, NULL, &error);
  if (bus->connection == NULL)
    {
      g_printerr ("first-paint: cannot connect to the new bus: %s\n", error->message);
      return FALSE;
    }
  for (guint i = 0; activate != NULL && activate[i] != NULL; i++)
    {
      g_autoptr(GVariant) reply = NULL;

      reply = g_dbus_connection_call_sync (bus->connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "StartServiceByName",
                                           g_variant_new ("(su)", activate[i], 0), NULL,
                                           G_DBUS_CALL_FLAGS_NONE, 20000, NULL, &error);
      if (reply == NULL)
        {
          g_printerr ("first-paint: cannot start %s: %s\n", activate[i], error->message);
          return FALSE;
        }
      if (g_str_equal (activate[i], "org.a11y.Bus"))
        {
          /* The launcher answers once the accessibility bus is up; the
           * registry, which every application talks to, is started on it. */
          g_autoptr(GVariant) address = NULL;
          g_autoptr(GVariant) started = NULL;
          const char *a11y_address;

          address = g_dbus_connection_call_sync (bus->connection, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus",
                                                 "GetAddress", NULL, G_VARIANT_TYPE ("(s)"),
                                                 G_DBUS_CALL_FLAGS_NONE, 20000, NULL, &error);
          if (address == NULL)
            {
              g_printerr ("first-paint: no accessibility bus: %s\n", error->message);
              return FALSE;
            }
          g_variant_get (address, "(&s)", &a11y_address);
          bus->a11y = g_dbus_connection_new_for_address_sync (a11y_address,
                                                              G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                              G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                              NULL, NULL, &error);
          if (bus->a11y == NULL)
            {
              g_printerr ("first-paint: cannot connect to the accessibility bus: %s\n", error->message);
              return FALSE;
            }
          started = g_dbus_connection_call_sync (bus->a11y, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                 "org.freedesktop.DBus", "StartServiceByName",
                                                 g_variant_new ("(su)", "org.a11y.atspi.Registry", 0), NULL,
                                                 G_DBUS_CALL_FLAGS_NONE, 20000, NULL, &error);
          if (started == NULL)
            {
              g_printerr ("first-paint: cannot start the accessibility registry: %s\n", error->message);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
something_mounted_under (const char *dir)
{
  g_autofree char *mounts = NULL;
  g_autofree char *prefix = g_strconcat (" ", dir, "/", NULL);

  return g_file_get_contents ("/proc/self/mounts", &mounts, NULL, NULL) && strstr (mounts, prefix) != NULL;
}

/* Ends the bus of a run; what it started goes with it, as at the end of
 * dbus-run-session.  Waits for the services to be gone (the document
 * portal unmounts itself from the runtime directory) before the next
 * run. */
static void
own_bus_stop (OwnBus *bus)
{
  int status;

  if (bus->a11y != NULL)
    g_dbus_connection_close_sync (bus->a11y, NULL, NULL);
  if (bus->connection != NULL)
    g_dbus_connection_close_sync (bus->connection, NULL, NULL);
  g_clear_object (&bus->a11y);
  g_clear_object (&bus->connection);
  if (bus->pid > 0)
    {
      kill (bus->pid, SIGTERM);
      waitpid (bus->pid, &status, 0);
      g_spawn_close_pid (bus->pid);
    }
  g_clear_pointer (&bus->address, g_free);
  bus->pid = 0;
  if (bus->runtime_dir != NULL)
    {
      g_autofree char *doc = g_build_filename (bus->runtime_dir, "doc", NULL);
      const char *unmount[] = { "fusermount", "-u", "-z", doc, NULL };
      const char *remove[] = { "rm", "-rf", bus->runtime_dir, NULL };

      for (int i = 0; i < 300 && something_mounted_under (bus->runtime_dir); i++)
        g_usleep (10000);
      if (something_mounted_under (bus->runtime_dir))
        g_spawn_sync (NULL, (char **) unmount, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                      NULL, NULL, NULL, NULL, NULL, NULL);
      g_spawn_sync (NULL, (char **) remove, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, NULL, NULL);
      g_clear_pointer (&bus->runtime_dir, g_free);
    }
}

static gboolean
measure_once (char         **argv,
              guint          settle_ms,
              guint          timeout_s,
              const OwnBus  *bus,
              Run           *run)
{
  Window root = DefaultRootWindow (display);
  Tracked tracked[MAX_WINDOWS];
  guint n_tracked = 0;
  Window toplevel = None;
  gint64 start, deadline;
  gint64 map_time = 0, paint_time = 0, settled_time;
  gboolean quiet_seen = FALSE;
  pid_t pid;
  XEvent event;

  XSelectInput (display, root, SubstructureNotifyMask);
  XSync (display, True);   /* drop what earlier runs left */

  start = now_us ();
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      close (ConnectionNumber (display));
      if (bus != NULL)
        {
          setenv ("DBUS_SESSION_BUS_ADDRESS", bus->address, TRUE);
          setenv ("XDG_RUNTIME_DIR", bus->runtime_dir, TRUE);
        }
      execvp (argv[0], argv);
      fprintf (stderr, "first-paint: cannot run %s: %s\n", argv[0], strerror (errno));
      _exit (127);
    }

  deadline = start + (gint64) timeout_s * G_USEC_PER_SEC;
  while (paint_time == 0)
    {
      if (!next_event (&event, deadline))
        {
          g_printerr ("first-paint: %s: no first paint within %u s\n", argv[0], timeout_s);
          end_child (pid);
          return FALSE;
        }

      if (event.type == CreateNotify && event.xcreatewindow.parent == root &&
          !event.xcreatewindow.override_redirect && n_tracked < MAX_WINDOWS)
        {
          /* Subscribe at once, before the window can be mapped or drawn. */
          tracked[n_tracked].window = event.xcreatewindow.window;
          tracked[n_tracked].damage = XDamageCreate (display, event.xcreatewindow.window,
                                                     XDamageReportRawRectangles);
          n_tracked++;
          if (verbose)
            g_printerr ("  %8.2f ms  create 0x%lx %dx%d\n", (now_us () - start) / 1000.0,
                        event.xcreatewindow.window, event.xcreatewindow.width, event.xcreatewindow.height);
        }
      else if (event.type == MapNotify && event.xmap.event == root)
        {
          Tracked *t = find_tracked (tracked, n_tracked, event.xmap.window);
          gint64 when = now_us ();

          if (verbose)
            g_printerr ("  %8.2f ms  map 0x%lx (pid %d)\n", (when - start) / 1000.0,
                        event.xmap.window, (int) window_pid (event.xmap.window));
          if (t == NULL || toplevel != None || window_pid (t->window) != pid)
            continue;
          toplevel = t->window;
          map_time = when;
        }
      else if (event.type == damage_event_base + XDamageNotify)
        {
          XDamageNotifyEvent *damage = (XDamageNotifyEvent *) &event;
          gint64 when = now_us ();

          if (verbose)
            g_printerr ("  %8.2f ms  damage 0x%lx %dx%d+%d+%d (server time %lu)\n",
                        (when - start) / 1000.0, damage->drawable, damage->area.width,
                        damage->area.height, damage->area.x, damage->area.y, damage->timestamp);
          if (toplevel == None || damage->drawable != toplevel)
            continue;
          if (window_is_blank (toplevel))
            continue;   /* the background the server painted at the map */
          paint_time = when;
        }
    }

  /* Let it settle, noting when its window stops changing, then read its
   * peak memory. */
  settled_time = paint_time;
  while (now_us () < paint_time + (gint64) settle_ms * 1000)
    {
      if (!next_event (&event, paint_time + (gint64) settle_ms * 1000))
        continue;
      if (event.type == damage_event_base + XDamageNotify &&
          ((XDamageNotifyEvent *) &event)->drawable == toplevel)
        {
          gint64 when = now_us ();

          if (verbose)
            {
              XDamageNotifyEvent *damage = (XDamageNotifyEvent *) &event;
              g_printerr ("  %8.2f ms  damage 0x%lx %dx%d+%d+%d\n", (when - start) / 1000.0, damage->drawable,
                          damage->area.width, damage->area.height, damage->area.x, damage->area.y);
            }

          if (when - settled_time < QUIET_MS * 1000 && !quiet_seen)
            settled_time = when;
          else
            quiet_seen = TRUE;
        }
      else if (now_us () - settled_time >= QUIET_MS * 1000)
        quiet_seen = TRUE;
    }
  run->map_ms = (map_time - start) / 1000.0;
  run->paint_ms = (paint_time - start) / 1000.0;
  run->settled_ms = (settled_time - start) / 1000.0;
  run->hwm_kib = run->rss_kib = 0;
  if (!read_status (pid, &run->hwm_kib, &run->rss_kib))
    g_printerr ("first-paint: %s exited before its memory could be read\n", argv[0]);

  end_child (pid);
  for (guint i = 0; i < n_tracked; i++)
    XDamageDestroy (display, tracked[i].damage);
  XSync (display, True);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("-- PROGRAM [ARG...]");
  g_autofree char *json_out = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (Run));
  g_auto(GStrv) activate = NULL;
  gboolean own_bus = FALSE;
  int n_runs = 7, settle_ms = 1000, timeout_s = 30, warmup = 1;
  int error_base;
  double map[64], paint[64], settled[64], hwm[64], rss[64];
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &n_runs, "Measured runs (default 7)", "N" },
    { "warmup", 0, 0, G_OPTION_ARG_INT, &warmup, "Unmeasured runs first, to warm the caches (default 1)", "N" },
    { "settle", 0, 0, G_OPTION_ARG_INT, &settle_ms, "Wait after the first paint before reading memory (default 1000)", "MS" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout_s, "Give up on a run after (default 30)", "S" },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, "Name in the output (default: PROGRAM's)", "NAME" },
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_out, "Also write the results as JSON to FILE", "FILE" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print every window and damage event", NULL },
    { "own-bus", 0, 0, G_OPTION_ARG_NONE, &own_bus, "Start every run in a D-Bus session of its own", NULL },
    { "activate", 0, 0, G_OPTION_ARG_STRING_ARRAY, &activate, "With --own-bus: start this service on the bus first (repeatable)", "NAME" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  char **program;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Time from exec to a program's first painted frame (X11), and its peak memory.");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("first-paint: %s\n", error->message);
      return 2;
    }
  program = argv + 1;
  if (argc > 1 && g_str_equal (argv[1], "--"))
    program++;
  if (*program == NULL || n_runs < 1 || n_runs > 64 || warmup < 0)
    {
      g_printerr ("usage: first-paint [--runs N] [--settle MS] [--json FILE] [--own-bus [--activate NAME]...] -- PROGRAM [ARG...]\n");
      return 2;
    }
  if (name == NULL)
    name = g_path_get_basename (program[0]);

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      g_printerr ("first-paint: cannot open the display (run under xvfb-run)\n");
      return 77;
    }
  if (!XDamageQueryExtension (display, &damage_event_base, &error_base))
    {
      g_printerr ("first-paint: the X server has no DAMAGE extension\n");
      return 77;
    }
  XSetErrorHandler (ignore_x_error);

  for (int i = 0; i < warmup + n_runs; i++)
    {
      Run run = { 0 };
      OwnBus bus = { 0 };
      gboolean measured;

      if (own_bus && !own_bus_start (&bus, activate))
        {
          own_bus_stop (&bus);
          return 1;
        }
      measured = measure_once (program, (guint) settle_ms, (guint) timeout_s, own_bus ? &bus : NULL, &run);
      own_bus_stop (&bus);
      if (!measured)
        return 1;
      if (i < warmup)
        continue;
      g_print ("%-18s run %2d: mapped %7.1f ms, first paint %7.1f ms, settled %7.1f ms, VmHWM %6.1f MiB, VmRSS %6.1f MiB\n",
               name, i - warmup + 1, run.map_ms, run.paint_ms, run.settled_ms,
               run.hwm_kib / 1024.0, run.rss_kib / 1024.0);
      g_array_append_val (runs, run);
    }

  for (guint i = 0; i < runs->len; i++)
    {
      Run *r = &g_array_index (runs, Run, i);

      map[i] = r->map_ms;
      paint[i] = r->paint_ms;
      settled[i] = r->settled_ms;
      hwm[i] = r->hwm_kib / 1024.0;
      rss[i] = r->rss_kib / 1024.0;
    }
  {
    double m_map = bench_median (map, runs->len), m_paint = bench_median (paint, runs->len);
    double m_settled = bench_median (settled, runs->len);
    double m_hwm = bench_median (hwm, runs->len), m_rss = bench_median (rss, runs->len);

    g_print ("%-18s median of %u: mapped %7.1f ms, first paint %7.1f ms, settled %7.1f ms, VmHWM %6.1f MiB, VmRSS %6.1f MiB\n",
             name, runs->len, m_map, m_paint, m_settled, m_hwm, m_rss);
    if (json_out != NULL)
      {
        g_autoptr(GString) json = g_string_new (NULL);

        g_string_append_printf (json, "{\"name\": \"%s\", \"runs\": %u, \"mapped_ms\": %.1f, "
                                "\"first_paint_ms\": %.1f, \"settled_ms\": %.1f, \"vmhwm_mib\": %.1f, "
                                "\"vmrss_mib\": %.1f, \"first_paint_ms_each\": [",
                                name, runs->len, m_map, m_paint, m_settled, m_hwm, m_rss);
        for (guint i = 0; i < runs->len; i++)
          g_string_append_printf (json, "%s%.1f", i ? ", " : "", g_array_index (runs, Run, i).paint_ms);
        g_string_append (json, "], \"settled_ms_each\": [");
        for (guint i = 0; i < runs->len; i++)
          g_string_append_printf (json, "%s%.1f", i ? ", " : "", g_array_index (runs, Run, i).settled_ms);
        g_string_append (json, "], \"vmhwm_mib_each\": [");
        for (guint i = 0; i < runs->len; i++)
          g_string_append_printf (json, "%s%.1f", i ? ", " : "", g_array_index (runs, Run, i).hwm_kib / 1024.0);
        g_string_append (json, "]}\n");
        if (!g_file_set_contents (json_out, json->str, (gssize) json->len, &error))
          {
            g_printerr ("first-paint: %s\n", error->message);
            return 1;
          }
      }
  }
  XCloseDisplay (display);
  return 0;
}
