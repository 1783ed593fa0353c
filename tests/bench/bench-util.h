/* bench-util.h: what the benchmark programs share (statistics, JSON out) */

#pragma once

#include <glib.h>
#include <stdlib.h>

static inline int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The median of @n samples; sorts them. */
static inline double
bench_median (double *samples,
              guint   n)
{
  qsort (samples, n, sizeof (double), bench_compare_doubles);
  return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

#ifdef __JSON_GLIB_H__
/* Opens a result's object with what every benchmark says of its deck. */
static inline void
bench_json_begin_deck (JsonBuilder *builder,
                       const char  *name,
                       guint        n_options,
                       guint        n_priorities)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "deck");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "options");
  json_builder_add_int_value (builder, n_options);
  json_builder_set_member_name (builder, "priorities");
  json_builder_add_int_value (builder, n_priorities);
}

/* Writes what @builder holds to @path, pretty-printed; a benchmark that
 * cannot write its results stops. */
static inline void
bench_save_json (JsonBuilder *builder,
                 const char  *path)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autoptr(GError) error = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  if (!json_generator_to_file (generator, path, &error))
    g_error ("%s", error->message);
}
#endif
