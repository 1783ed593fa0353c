/* synthetic-deck.h: decks of any size for the benchmarks */
#pragma once

#include <glib.h>

static const char *const words[] = {
  "managed", "platform", "model", "team", "cost", "control", "latency", "data", "service",
  "cluster", "governance", "risk", "speed", "customer", "training", "inference", "workload",
};

static inline void
append_text (GString *json,
             GRand   *rand,
             guint    n_words)
{
  g_string_append_c (json, '"');
  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (json, "%s%s", i > 0 ? " " : "",
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  g_string_append (json, ".\"");
}

/* A deck with every list filled in proportion to its size, the largest at
 * the format's limits. */
static inline char *
synthetic_deck (guint n_options,
                guint n_priorities)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n_options * 100 + n_priorities);
  GString *json = g_string_new ("{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"synthetic\",");
  guint n_dimensions = MIN (64, n_options);
  guint n_analogies = MIN (64, 2 * n_options);
  guint n_presets = MIN (32, n_priorities);
  guint n_requirements = MIN (32, n_options / 2 + 1);

  g_string_append (json, " \"title\": \"Synthetic\", \"framing\": ");
  append_text (json, rand, 20);
  g_string_append (json, ", \"audiences\": [{\"id\": \"technical\", \"label\": \"Technical\"},"
                         " {\"id\": \"business\", \"label\": \"Business\"}], \"priorities\": [");
  for (guint p = 0; p < n_priorities; p++)
    g_string_append_printf (json, "%s{\"id\": \"p%u\", \"label\": \"Priority %u\", \"description\": \"How much p%u matters\","
                                  " \"default\": %d}", p ? ", " : "", p, p, p, g_rand_int_range (rand, 0, 101));
  g_string_append (json, "], \"dimensions\": [");
  for (guint d = 0; d < n_dimensions; d++)
    g_string_append_printf (json, "%s{\"id\": \"d%u\", \"label\": \"Dimension %u\"}", d ? ", " : "", d, d);
  g_string_append (json, "], \"options\": [");
  for (guint o = 0; o < n_options; o++)
    {
      g_string_append_printf (json, "%s{\"id\": \"o%u\", \"name\": \"Option %u\", \"tagline\": \"Tagline %u\","
                                    " \"summary\": ", o ? ", " : "", o, o, o);
      append_text (json, rand, 25);
      g_string_append (json, ", \"scores\": {");
      for (guint p = 0; p < n_priorities; p++)
        g_string_append_printf (json, "%s\"p%u\": %.2f", p ? ", " : "", p, g_rand_int_range (rand, 0, 501) / 100.0);
      g_string_append (json, "}, \"reasons\": {");
      for (guint p = 0; p < n_priorities; p++)
        {
          g_string_append_printf (json, "%s\"p%u\": ", p ? ", " : "", p);
          append_text (json, rand, 15);
        }
      g_string_append (json, "}, \"facts\": {");
      for (guint d = 0; d < n_dimensions; d++)
        {
          g_string_append_printf (json, "%s\"d%u\": ", d ? ", " : "", d);
          append_text (json, rand, 10);
        }
      g_string_append (json, "}, \"talking-points\": [");
      for (guint t = 0; t < 8; t++)
        {
          g_string_append (json, t ? ", {\"text\": " : "{\"text\": ");
          append_text (json, rand, 20);
          g_string_append_printf (json, ", \"priorities\": [\"p%u\"]%s}", t % n_priorities,
                                  t % 3 == 0 ? ", \"audiences\": [\"business\"]" : "");
        }
      g_string_append (json, "]}");
    }
  g_string_append (json, "], \"analogies\": [");
  for (guint a = 0; a < n_analogies; a++)
    {
      const char *verdict = a == 0 ? "recommended" : a % 3 == 0 ? "caution" : a % 2 == 0 ? "avoid" : "recommended";
      g_string_append_printf (json, "%s{\"id\": \"a%u\", \"verdict\": \"%s\", \"text\": ", a ? ", " : "", a, verdict);
      append_text (json, rand, 12);
      g_string_append (json, ", \"why\": ");
      append_text (json, rand, 20);
      if (!g_str_equal (verdict, "recommended"))
        g_string_append_printf (json, ", \"triggers\": [[\"option %u\", \"opt%u\"], [\"is like\", \"same as\"],"
                                      " [\"option %u\"]], \"instead\": \"a0\"", a % n_options, a, (a + 1) % n_options);
      g_string_append_c (json, '}');
    }
  g_string_append (json, "], \"answers\": [{\"id\": \"q\", \"question\": \"Which one?\", \"text\": ");
  append_text (json, rand, 60);
  g_string_append (json, "}], \"presets\": [");
  for (guint i = 0; i < n_presets; i++)
    g_string_append_printf (json, "%s{\"id\": \"s%u\", \"label\": \"Preset %u\", \"weights\": {\"p%u\": 90}}",
                            i ? ", " : "", i, i, i % n_priorities);
  g_string_append (json, "], \"requirements\": [");
  for (guint r = 0; r < n_requirements; r++)
    g_string_append_printf (json, "%s{\"id\": \"r%u\", \"label\": \"Requirement %u\", \"excludes\": [\"o%u\"]}",
                            r ? ", " : "", r, r, r % n_options);
  g_string_append (json, "], \"bottom-line\": {\"avoid\": \"Option 0 is like option 1\", \"say\": \"Each fits a need\"},"
                         " \"sources\": [{\"title\": \"Spec\", \"url\": \"https://example.com\"}], \"verified\": \"2026-11-01\"}");
  return g_string_free (json, FALSE);
}

