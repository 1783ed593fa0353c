/* bench-window.c: from a fader's value change to the next frame drawn, in the real window
 *
 * Run under Xvfb with GSK_RENDERER=cairo (meson's benchmark environment
 * sets it).  For each bundled deck and for the largest synthetic deck
 * (64 options × 32 priorities), the real window moves one real fader at a
 * time with gtk_range_set_value (), as a drag or a key press does, and
 * measures the wall-clock time from just before that call to the
 * "after-paint" of the window's frame clock for the first frame drawn
 * after it.  The window recomputes and updates every view synchronously
 * in the value change, so that frame shows all of them.
 *
 * Changes are spaced (GDK throttles frames to the refresh rate, 60 Hz
 * under Xvfb): each change waits until the last frame is more than a
 * refresh interval old and nothing is pending, so that the frame clock
 * starts the next frame at once, as it does for a user's slider move, and
 * the latency is work, not a wait for the next vertical blank.
 *
 * Reports, per deck, the median and the 95th percentile of the latency
 * over many changes, and where it goes: the value change itself (advice,
 * talking points and every view updated), the frame's layout and paint
 * phases.  --json FILE also writes the numbers as JSON.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdlib.h>
#include <unistd.h>

#include "juxta-window-test-util.h"
#include "bench-util.h"
#include "synthetic-deck.h"

#define WARMUP_CHANGES 20
#define PACE_US 20000   /* more than one refresh interval (16.7 ms) */

typedef struct
{
  char   *name;
  guint   n_options;
  guint   n_priorities;
  guint   n_changes;
  /* Each: median and 95th percentile, in ms.  The latency is the sum of
   * the four parts that follow it. */
  double  latency[2];
  double  change[2];    /* the value change: advice, talking points, every view updated */
  double  wait[2];      /* from there to the start of the frame (main loop) */
  double  layout[2];    /* the frame's update and layout phases (CSS, size, allocation) */
  double  paint[2];     /* the frame's paint phase (snapshot, cairo rendering) */
  double  frames;       /* frames drawn per change, the ones after the first included */
} Result;

/* What the frame clock did, as it did it: the phases of the frame under
 * way, and of the last frame drawn. */
typedef struct
{
  gint64 before_paint;
  gint64 update;
  gint64 layout;
  gint64 paint;
  gint64 after_paint;
} FrameStamps;

typedef struct
{
  guint       n_after_paints;
  gint64      trace_base;    /* with --trace: when the change began; else 0 */
  FrameStamps current;
  FrameStamps last;
} FrameLog;

/* The phases (before-paint, update, layout, paint) are stamped by emission
 * hooks, which run before any handler: GTK's own handlers (the root's
 * layout, the surface's rendering) do the phase's work, and a handler
 * connected after them would stamp the phase's end, not its start. */
static gboolean
stamp_phase_start (GSignalInvocationHint *hint,
                   guint                  n_params,
                   const GValue          *params,
                   gpointer               stamp)
{
  *(gint64 *) stamp = g_get_monotonic_time ();
  return TRUE;
}

static gulong
stamp_on (const char *phase,
          gint64     *stamp)
{
  guint signal_id = g_signal_lookup (phase, GDK_TYPE_FRAME_CLOCK);

  return g_signal_add_emission_hook (signal_id, 0, stamp_phase_start, stamp, NULL);
}

static double
since (gint64 stamp,
       gint64 base)
{
  return stamp > 0 ? (stamp - base) / 1000.0 : -1;
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameLog      *log)
{
  log->current.after_paint = g_get_monotonic_time ();
  /* GDK skips the phases nobody asked for: a skipped one starts when the
   * next one does. */
  if (log->current.paint == 0)
    log->current.paint = log->current.after_paint;
  if (log->current.layout == 0)
    log->current.layout = log->current.paint;
  if (log->current.update == 0)
    log->current.update = log->current.layout;
  if (log->current.before_paint == 0)
    log->current.before_paint = log->current.update;
  if (log->trace_base > 0)
    g_printerr ("  frame %" G_GINT64_FORMAT ": before-paint %+.2f, update %+.2f, layout %+.2f, "
                "paint %+.2f, after-paint %+.2f ms\n",
                gdk_frame_clock_get_frame_counter (clock),
                since (log->current.before_paint, log->trace_base),
                since (log->current.update, log->trace_base),
                since (log->current.layout, log->trace_base),
                since (log->current.paint, log->trace_base),
                since (log->current.after_paint, log->trace_base));
  log->last = log->current;
  log->current = (FrameStamps) { 0 };
  log->n_after_paints++;
}

typedef struct
{
  FrameLog *log;
  guint     n_after_paints;
} PaintWait;

static gboolean
painted_since (gpointer data)
{
  PaintWait *wait = data;

  return wait->log->n_after_paints > wait->n_after_paints;
}

/* Median and 95th percentile; sorts @samples. */
static void
summarize (double *samples,
           guint   n,
           double  out[2])
{
  out[0] = bench_median (samples, n);
  out[1] = samples[MIN (n - 1, (guint) (0.95 * n + 0.5))];
}

/* Lets the frame clock go idle: runs the main loop until the last frame is
 * older than PACE_US and nothing is pending. */
static void
settle (FrameLog *log)
{
  for (;;)
    {
      gint64 wait = log->last.after_paint + PACE_US - g_get_monotonic_time ();

      juxta_test_wait_idle ();
      if (wait <= 0 && !g_main_context_pending (NULL))
        return;
      if (wait > 0)
        g_usleep (MIN (wait, 2000));
    }
}

/* The next value for a fader: a walk over 0..100 that never repeats the
 * current value (an unchanged value changes nothing). */
static int
next_value (GtkRange *fader,
            guint     i)
{
  int value = (int) gtk_range_get_value (fader);

  return (value + 7 + (int) (i % 23)) % 101;
}

static gboolean trace;
static char **hide;

static void
bench_deck (Result     *result,
            const char *path,
            guint       n_changes)
{
  JuxtaWindow *window = juxta_test_window_new ();
  g_autofree double *latency = g_new (double, n_changes);
  g_autofree double *change = g_new (double, n_changes);
  g_autofree double *dispatch = g_new (double, n_changes);
  g_autofree double *layout = g_new (double, n_changes);
  g_autofree double *paint = g_new (double, n_changes);
  g_autoptr(GError) error = NULL;
  FrameLog log = { 0 };
  JuxtaSliderBoard *board;
  GdkFrameClock *clock;
  guint n_priorities, frames_before = 0;
  gulong after_paint_handler, hooks[4];

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  if (!juxta_window_load_deck (window, path, &error))
    g_error ("could not load %s: %s", path, error->message);
  juxta_test_wait_idle ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  for (guint h = 0; hide != NULL && hide[h] != NULL; h++)
    {
      GType type = g_type_from_name (hide[h]);
      GtkWidget *widget = type ? juxta_test_find_widget (GTK_WIDGET (window), type) : NULL;

      if (widget == NULL)
        g_error ("no widget of type %s in the window", hide[h]);
      gtk_widget_set_visible (widget, FALSE);
    }
  board = JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD));
  result->n_options = juxta_deck_get_n_options (juxta_test_deck (window));
  n_priorities = result->n_priorities = juxta_deck_get_n_priorities (juxta_test_deck (window));
  result->n_changes = n_changes;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  hooks[0] = stamp_on ("update", &log.current.update);
  hooks[1] = stamp_on ("layout", &log.current.layout);
  hooks[2] = stamp_on ("paint", &log.current.paint);
  hooks[3] = stamp_on ("before-paint", &log.current.before_paint);
  after_paint_handler = g_signal_connect_after (clock, "after-paint", G_CALLBACK (after_paint_cb), &log);

  for (guint i = 0; i < WARMUP_CHANGES + n_changes; i++)
    {
      GtkRange *fader = juxta_slider_board_get_fader (board, i % n_priorities);
      int value = next_value (fader, i);
      PaintWait wait;
      gint64 start, changed;
      guint k = i - WARMUP_CHANGES;

      settle (&log);
      if (i == WARMUP_CHANGES)
        frames_before = log.n_after_paints;
      wait = (PaintWait) { &log, log.n_after_paints };

      start = g_get_monotonic_time ();
      if (trace)
        {
          log.trace_base = start;
          g_printerr ("change %u (priority %u to %d)\n", i, i % n_priorities, value);
        }
      gtk_range_set_value (fader, value);
      changed = g_get_monotonic_time ();
      juxta_test_wait_until (painted_since, &wait);
      if (trace)
        g_printerr ("  intervals (monotonic µs): change %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                    ", wait %" G_GINT64_FORMAT " %" G_GINT64_FORMAT ", frame %" G_GINT64_FORMAT
                    " %" G_GINT64_FORMAT "\n", start, changed, changed, log.last.before_paint,
                    log.last.before_paint, log.last.after_paint);

      g_assert_cmpint (juxta_test_scenario (window)->weights[i % n_priorities], ==, value);
      if (i < WARMUP_CHANGES)
        continue;
      latency[k] = (log.last.after_paint - start) / 1000.0;
      change[k] = (changed - start) / 1000.0;
      dispatch[k] = (log.last.before_paint - changed) / 1000.0;
      layout[k] = (log.last.paint - log.last.before_paint) / 1000.0;
      paint[k] = (log.last.after_paint - log.last.paint) / 1000.0;
    }
  settle (&log);
  result->frames = (double) (log.n_after_paints - frames_before) / n_changes;

  g_signal_handler_disconnect (clock, after_paint_handler);
  g_signal_remove_emission_hook (g_signal_lookup ("before-paint", GDK_TYPE_FRAME_CLOCK), hooks[3]);
  g_signal_remove_emission_hook (g_signal_lookup ("update", GDK_TYPE_FRAME_CLOCK), hooks[0]);
  g_signal_remove_emission_hook (g_signal_lookup ("layout", GDK_TYPE_FRAME_CLOCK), hooks[1]);
  g_signal_remove_emission_hook (g_signal_lookup ("paint", GDK_TYPE_FRAME_CLOCK), hooks[2]);
  summarize (latency, n_changes, result->latency);
  summarize (change, n_changes, result->change);
  summarize (dispatch, n_changes, result->wait);
  summarize (layout, n_changes, result->layout);
  summarize (paint, n_changes, result->paint);
  juxta_test_window_destroy (window);
}

static void
print_row (const Result *r)
{
  g_autofree char *size = g_strdup_printf ("%u×%u", r->n_options, r->n_priorities);

  g_print ("%-22s %6s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %7.2f\n",
           r->name, size, r->latency[0], r->latency[1], r->change[0], r->change[1],
           r->wait[0], r->wait[1], r->layout[0], r->layout[1], r->paint[0], r->paint[1], r->frames);
}

static void
add_pair (JsonBuilder  *builder,
          const char   *name,
          const double  pair[2])
{
  g_autofree char *p95 = g_strconcat (name, "_p95", NULL);

  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, pair[0]);
  json_builder_set_member_name (builder, p95);
  json_builder_add_double_value (builder, pair[1]);
}

static void
write_json (GArray     *results,
            const char *path)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    {
      Result *r = &g_array_index (results, Result, i);

      bench_json_begin_deck (builder, r->name, r->n_options, r->n_priorities);
      json_builder_set_member_name (builder, "changes");
      json_builder_add_int_value (builder, r->n_changes);
      add_pair (builder, "latency_ms", r->latency);
      add_pair (builder, "value_change_ms", r->change);
      add_pair (builder, "wait_for_frame_ms", r->wait);
      add_pair (builder, "update_and_layout_ms", r->layout);
      add_pair (builder, "paint_ms", r->paint);
      json_builder_set_member_name (builder, "frames_per_change");
      json_builder_add_double_value (builder, r->frames);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  bench_save_json (builder, path);
}

int
main (int   argc,
      char *argv[])
{
  static const char *const ids[] = { "aws-genai-platforms", "aws-genai-build-paths", "aws-eks-vs-sagemaker" };
  static const guint synthetic_sizes[][2] = { { 8, 8 }, { 16, 16 }, { 32, 24 }, { 64, 32 } };
  const char *decks_dir = g_getenv ("JUXTA_BUNDLED_DECKS_DIR");
  g_autoptr(GArray) results = g_array_new (FALSE, TRUE, sizeof (Result));
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the window's update per slider change");
  g_autofree char *json_out = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *only = NULL;
  gboolean quick = FALSE;
  int n_changes = 200;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_out, "Also write the results as JSON to FILE", "FILE" },
    { "changes", 0, 0, G_OPTION_ARG_INT, &n_changes, "Slider changes per deck (default 200)", "N" },
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Only the bundled decks and 64×32", NULL },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Only the decks whose name contains TEXT", "TEXT" },
    { "hide", 0, 0, G_OPTION_ARG_STRING_ARRAY, &hide, "Hide the first widget of TYPE (to see what a view costs)", "TYPE" },
    { "trace", 0, 0, G_OPTION_ARG_NONE, &trace, "Print each frame's phases, from the change (ms)", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, NULL) || n_changes < 1)
    return 2;
  if (!gtk_init_check ())
    {
      g_printerr ("bench-window: no display (run under xvfb-run)\n");
      return 77;
    }
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") != 0)
    g_printerr ("bench-window: warning: GSK_RENDERER is not cairo; the budgets are for the cairo renderer\n");
  adw_init ();
  g_resources_register (juxta_get_resource ());
  juxta_test_reset_settings ();
  tmp_dir = g_dir_make_tmp ("juxta-bench-XXXXXX", NULL);
  g_assert (tmp_dir != NULL);

  g_print ("In-window update latency, from gtk_range_set_value () on a fader to the frame clock's\n"
           "after-paint; %d paced changes per deck, milliseconds (median / 95th percentile)\n\n", n_changes);
  g_print ("%-22s %6s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s %7s\n", "deck", "o×p", "latency", "p95",
           "change", "p95", "wait", "p95", "layout", "p95", "paint", "p95", "frames");

  for (guint i = 0; decks_dir != NULL && i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *name = g_strconcat (ids[i], ".json", NULL);
      g_autofree char *path = g_build_filename (decks_dir, name, NULL);
      Result result = { g_strdup (ids[i]) };

      if (!g_file_test (path, G_FILE_TEST_EXISTS) || (only != NULL && strstr (ids[i], only) == NULL))
        continue;
      bench_deck (&result, path, (guint) n_changes);
      print_row (&result);
      g_array_append_val (results, result);
    }
  for (guint i = 0; i < G_N_ELEMENTS (synthetic_sizes); i++)
    {
      guint o = synthetic_sizes[i][0], p = synthetic_sizes[i][1];
      g_autofree char *json = NULL;
      g_autofree char *name = g_strdup_printf ("synthetic-%ux%u.json", o, p);
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      Result result = { g_strdup_printf ("synthetic %u×%u", o, p) };

      if ((quick && !(o == JUXTA_MAX_OPTIONS && p == JUXTA_MAX_PRIORITIES)) ||
          (only != NULL && strstr (result.name, only) == NULL))
        {
          g_free (result.name);
          continue;
        }
      json = synthetic_deck (o, p);
      if (!g_file_set_contents (path, json, -1, NULL))
        g_error ("could not write %s", path);
      bench_deck (&result, path, (guint) n_changes);
      print_row (&result);
      g_array_append_val (results, result);
      g_unlink (path);
    }
  g_rmdir (tmp_dir);

  if (json_out != NULL)
    write_json (results, json_out);
  for (guint i = 0; i < results->len; i++)
    g_free (g_array_index (results, Result, i).name);
  return 0;
}
