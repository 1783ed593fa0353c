/* bench-core.c: how long the core takes, from 2 options × 1 priority to the format's limits
 *
 * For the bundled decks and for synthetic decks of growing size (every
 * list filled in proportion, up to 64 options × 32 priorities with 64
 * dimensions, talking points, avoid/caution analogies with triggers and
 * presets: synthetic-deck.h), each the median of many repetitions:
 *
 *   load     juxta_deck_load_data (): our strict JSON reader and the
 *            deck's validation;
 *   parse    json_parser_load_from_data () of the same text (json-glib,
 *            parse only), and load / parse;
 *   advice   one slider change: a weight moves, juxta_advice_compute ()
 *            (scores, ranking, verdict, drivers, exact tipping points);
 *   +points  the same and juxta_talking_points_compose (), as the window
 *            does per change (the phrase guard's per-deck memory of the
 *            sentences it checked is warm, as in the window);
 *   cold     the first advice and talking points on a freshly loaded deck
 *            (that memory empty);
 *   md, text, html, json  juxta_export_render () in each format;
 *   guard    juxta_phrase_guard_check () over a 2,000-word text.
 *
 * Times are per call, in microseconds.  Prints a table and the budgets;
 * --json FILE also writes the numbers as JSON.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "juxta-advisor.h"
#include "juxta-deck-loader.h"
#include "juxta-export.h"
#include "juxta-phrase-guard.h"
#include "juxta-talking-points.h"
#include "bench-util.h"
#include "synthetic-deck.h"

#define ROUNDS 21

typedef struct
{
  char   *name;
  guint   n_options;
  guint   n_priorities;
  gsize   bytes;
  double  load_us;
  double  parse_us;
  double  advice_us;
  double  points_us;
  double  cold_us;
  double  export_us[4];
  double  guard_us;
} Row;

/* --------------------------------------------------------------- timing */

/* Runs @func @batch times per round, for ROUNDS rounds; the median time of
 * one call, in microseconds. */
static double
median_us (void   (*func) (gpointer data, guint i),
           gpointer data,
           guint    batch)
{
  double samples[ROUNDS];
  guint i = 0;

  func (data, 0);   /* warm up */
  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      for (guint b = 0; b < batch; b++)
        func (data, i++);
      samples[r] = (double) (g_get_monotonic_time () - start) / batch;
    }
  qsort (samples, ROUNDS, sizeof (double), bench_compare_doubles);
  return samples[ROUNDS / 2];
}

typedef struct
{
  const char        *json;
  gsize              length;
  JuxtaDeck         *deck;
  JuxtaScenario      scenario;
  JuxtaAdvice        advice;
  JuxtaExportFormat  format;
  const char        *text;
} Work;

static void
do_load (gpointer data,
         guint    i)
{
  Work *w = data;
  JuxtaDeck *deck = juxta_deck_load_data (w->json, w->length, "bench.json", NULL, NULL, NULL);

  g_assert (deck != NULL);
  g_object_unref (deck);
}

static void
do_parse (gpointer data,
          guint    i)
{
  Work *w = data;
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, w->json, (gssize) w->length, NULL))
    g_error ("json-glib refused the deck");
}

/* One slider change: a priority moves to a new value. */
static void
move_slider (Work  *w,
             guint  i)
{
  guint n = juxta_deck_get_n_priorities (w->deck);

  w->scenario.weights[i % n] = (int) ((i * 37) % 101);
}

static void
do_advice (gpointer data,
           guint    i)
{
  Work *w = data;

  move_slider (w, i);
  juxta_advice_compute (&w->advice, w->deck, &w->scenario);
}

static void
do_advice_and_points (gpointer data,
                      guint    i)
{
  Work *w = data;
  GPtrArray *points;

  move_slider (w, i);
  juxta_advice_compute (&w->advice, w->deck, &w->scenario);
  points = juxta_talking_points_compose (w->deck, &w->scenario, &w->advice);
  g_ptr_array_unref (points);
}

/* The first advice and talking points on a fresh deck: loaded here, and
 * timed by the caller without the load. */
static double
cold_points_us (const char *json,
                gsize       length)
{
  double samples[ROUNDS];

  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr(JuxtaDeck) deck = juxta_deck_load_data (json, length, "bench.json", NULL, NULL, NULL);
      JuxtaScenario scenario;
      JuxtaAdvice advice;
      GPtrArray *points;
      gint64 start;

      juxta_scenario_init_defaults (&scenario, deck);
      start = g_get_monotonic_time ();
      juxta_advice_compute (&advice, deck, &scenario);
      points = juxta_talking_points_compose (deck, &scenario, &advice);
      samples[r] = (double) (g_get_monotonic_time () - start);
      g_ptr_array_unref (points);
    }
  qsort (samples, ROUNDS, sizeof (double), bench_compare_doubles);
  return samples[ROUNDS / 2];
}

static void
do_export (gpointer data,
           guint    i)
{
  Work *w = data;

  g_free (juxta_export_render (w->deck, &w->scenario, w->format));
}

static void
do_guard (gpointer data,
          guint    i)
{
  Work *w = data;

  g_ptr_array_unref (juxta_phrase_guard_check (w->deck, w->text));
}

/* About 2,000 words of sentences, some of which make the deck's avoided
 * comparisons. */
static char *
two_thousand_words (JuxtaDeck *deck)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint n = 0;

  while (n < 2000)
    {
      guint length = (guint) g_rand_int_range (rand, 8, 20);

      for (guint i = 0; i < length; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? " " : "", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      if (n % 5 == 0 && juxta_deck_get_n_options (deck) > 1)
        g_string_append_printf (text, " %s is like %s", juxta_deck_get_option (deck, 0)->name,
                                juxta_deck_get_option (deck, 1)->name);
      g_string_append (text, ". ");
      n += length;
    }
  return g_string_free (text, FALSE);
}

static void
measure (Row        *row,
         const char *json)
{
  Work w = { json, strlen (json) };
  g_autofree char *text = NULL;

  row->bytes = w.length;
  row->load_us = median_us (do_load, &w, row->bytes > 500000 ? 3 : 20);
  row->parse_us = median_us (do_parse, &w, row->bytes > 500000 ? 3 : 20);

  w.deck = juxta_deck_load_data (json, w.length, "bench.json", NULL, NULL, NULL);
  g_assert (w.deck != NULL);
  row->n_options = juxta_deck_get_n_options (w.deck);
  row->n_priorities = juxta_deck_get_n_priorities (w.deck);
  juxta_scenario_init_defaults (&w.scenario, w.deck);

  row->advice_us = median_us (do_advice, &w, 2000);
  row->points_us = median_us (do_advice_and_points, &w, 500);
  row->cold_us = cold_points_us (json, w.length);
  for (JuxtaExportFormat f = JUXTA_EXPORT_MARKDOWN; f <= JUXTA_EXPORT_JSON; f++)
    {
      w.format = f;
      row->export_us[f] = median_us (do_export, &w, 20);
    }
  text = two_thousand_words (w.deck);
  w.text = text;
  row->guard_us = median_us (do_guard, &w, 5);
  g_object_unref (w.deck);
}

/* ---------------------------------------------------------------- output */

static gboolean
is_bundled (const Row *r)
{
  return !g_str_has_prefix (r->name, "synthetic");
}

/* The budgets of tests/bench/README.md that the core answers for. */
static void
print_budgets (GArray *rows)
{
  double bundled = 0, bundled_cold = 0, largest = 0, largest_cold = 0, worst_ratio = 0;
  const char *worst_ratio_deck = "";

  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = &g_array_index (rows, Row, i);

      if (is_bundled (r))
        {
          bundled = MAX (bundled, r->points_us);
          bundled_cold = MAX (bundled_cold, r->cold_us);
        }
      if (r->n_options == JUXTA_MAX_OPTIONS && r->n_priorities == JUXTA_MAX_PRIORITIES)
        {
          largest = MAX (largest, r->points_us);
          largest_cold = MAX (largest_cold, r->cold_us);
        }
      if (r->load_us / r->parse_us > worst_ratio)
        {
          worst_ratio = r->load_us / r->parse_us;
          worst_ratio_deck = r->name;
        }
    }
  g_print ("\nbudget: advice + talking points per change, bundled decks <= 50 µs: %s (worst %.1f µs;"
           " first change after a load: %.1f µs, %s)\n", bundled <= 50 ? "met" : "MISSED", bundled,
           bundled_cold, bundled_cold <= 50 ? "within" : "NOT within");
  g_print ("budget: advice + talking points per change, 64×32 <= 1000 µs: %s (%.1f µs;"
           " first change after a load: %.1f µs, %s)\n", largest <= 1000 ? "met" : "MISSED", largest,
           largest_cold, largest_cold <= 1000 ? "within" : "NOT within");
  g_print ("budget: load and validation <= 1.5 × bare parse: %s (worst %.2f, %s)\n",
           worst_ratio <= 1.5 ? "met" : "MISSED", worst_ratio, worst_ratio_deck);
}

static void
print_table (GArray *rows)
{
  g_print ("Core, per call in µs (median of %d rounds)\n\n", ROUNDS);
  g_print ("%-22s %6s %8s %9s %9s %6s %8s %8s %8s %8s %8s %8s %8s %8s\n",
           "deck", "o×p", "bytes", "load", "parse", "ratio", "advice", "+points", "cold",
           "md", "text", "html", "json", "guard");
  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = &g_array_index (rows, Row, i);
      g_autofree char *size = g_strdup_printf ("%u×%u", r->n_options, r->n_priorities);

      g_print ("%-22s %6s %8" G_GSIZE_FORMAT " %9.1f %9.1f %6.2f %8.2f %8.2f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f\n",
               r->name, size, r->bytes, r->load_us, r->parse_us, r->load_us / r->parse_us, r->advice_us,
               r->points_us, r->cold_us, r->export_us[0], r->export_us[1], r->export_us[2], r->export_us[3],
               r->guard_us);
    }
}

static void
write_json (GArray     *rows,
            const char *path)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  static const char *const formats[] = { "markdown", "text", "html", "json" };

  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = &g_array_index (rows, Row, i);

      bench_json_begin_deck (builder, r->name, r->n_options, r->n_priorities);
      json_builder_set_member_name (builder, "bytes");
      json_builder_add_int_value (builder, (gint64) r->bytes);
      json_builder_set_member_name (builder, "load_us");
      json_builder_add_double_value (builder, r->load_us);
      json_builder_set_member_name (builder, "bare_parse_us");
      json_builder_add_double_value (builder, r->parse_us);
      json_builder_set_member_name (builder, "load_over_parse");
      json_builder_add_double_value (builder, r->load_us / r->parse_us);
      json_builder_set_member_name (builder, "advice_us");
      json_builder_add_double_value (builder, r->advice_us);
      json_builder_set_member_name (builder, "advice_and_points_us");
      json_builder_add_double_value (builder, r->points_us);
      json_builder_set_member_name (builder, "advice_and_points_cold_us");
      json_builder_add_double_value (builder, r->cold_us);
      for (guint f = 0; f < 4; f++)
        {
          g_autofree char *key = g_strdup_printf ("export_%s_us", formats[f]);
          json_builder_set_member_name (builder, key);
          json_builder_add_double_value (builder, r->export_us[f]);
        }
      json_builder_set_member_name (builder, "phrase_guard_2000_words_us");
      json_builder_add_double_value (builder, r->guard_us);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  bench_save_json (builder, path);
}

int
main (int   argc,
      char *argv[])
{
  /* Growing in both, then each of the two alone at the other's limit. */
  static const guint sizes[][2] = {
    { 2, 1 }, { 3, 6 }, { 8, 8 }, { 16, 16 }, { 32, 24 }, { 64, 32 },
    { 64, 1 }, { 64, 8 }, { 2, 32 }, { 16, 32 },
  };
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autofree char *json_out = NULL;
  const char *decks_dir = g_getenv ("JUXTA_BUNDLED_DECKS_DIR");
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_out, "Also write the results as JSON to FILE", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- benchmark Juxta's core");

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, NULL))
    return 2;

  if (decks_dir != NULL)
    {
      const char *ids[] = { "aws-genai-platforms", "aws-genai-build-paths", "aws-eks-vs-sagemaker" };

      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        {
          g_autofree char *name = g_strconcat (ids[i], ".json", NULL);
          g_autofree char *path = g_build_filename (decks_dir, name, NULL);
          g_autofree char *json = NULL;
          Row row = { g_strdup (ids[i]) };

          if (!g_file_get_contents (path, &json, NULL, NULL))
            continue;
          measure (&row, json);
          g_array_append_val (rows, row);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *json = synthetic_deck (sizes[i][0], sizes[i][1]);
      Row row = { g_strdup_printf ("synthetic %u×%u", sizes[i][0], sizes[i][1]) };

      measure (&row, json);
      g_array_append_val (rows, row);
    }

  print_table (rows);
  print_budgets (rows);
  if (json_out != NULL)
    write_json (rows, json_out);
  for (guint i = 0; i < rows->len; i++)
    g_free (g_array_index (rows, Row, i).name);
  return 0;
}
