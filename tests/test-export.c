/* test-export.c: the four export formats, and safe writes */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "juxta-export.h"
#include "juxta-talking-points.h"
#include "juxta-test-util.h"

/* A deck whose texts are full of markup-like characters. */
static const char hostile_text_deck[] =
  "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"esc\", \"title\": \"<b>Bold</b> & *stars*\","
  " \"framing\": \"1. Not a list; # not a heading; [not](a link) & <script>alert(1)</script> _x_ `y`\","
  " \"priorities\": [{\"id\": \"p\", \"label\": \"P&Q\"}],"
  " \"options\": [{\"id\": \"a\", \"name\": \"A<1>\", \"scores\": {\"p\": 4}},"
  "               {\"id\": \"b\", \"name\": \"B \\\"quoted\\\"\", \"scores\": {\"p\": 2}}],"
  " \"sources\": [{\"title\": \"Docs <here>\", \"url\": \"https://example.com/a?b=1&c=<2>\"},"
  "               {\"title\": \"Script\", \"url\": \"javascript:alert(1)\"}],"
  " \"verified\": \"2026-01-02\"}";

static char *
render (JuxtaDeck         *deck,
        JuxtaExportFormat  format)
{
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  return juxta_export_render (deck, &scenario, format);
}

static void
test_json_shape (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JuxtaAdvice) advice = NULL;
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GList) members = NULL;
  /* A single eligible option: no margin, drivers or tipping points.  The
   * comparison came later: before the sources, which stay last. */
  const char *expected_keys[] = {
    "deck", "audience", "weights", "requirements", "ranking", "excluded", "verdict",
    "talking-points", "avoid", "comparison", "sources", "verified"
  };
  JsonObject *root, *first;
  JsonArray *ranking, *drivers, *tips, *talking_points, *excluded;
  JuxtaScenario scenario;
  guint i = 0;

  juxta_scenario_init_defaults (&scenario, deck);
  scenario.requirements = 1u << 1;   /* under 1,000: rules out two */
  scenario.weights[3] = 20;
  json = juxta_export_render (deck, &scenario, JUXTA_EXPORT_JSON);
  advice = juxta_advice_new (deck, &scenario);
  points = juxta_talking_points_compose (deck, &scenario, advice);

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  /* The keys, in PRODUCT.md's order, sources and verified date last (the
   * default sections: no glossary). */
  members = json_object_get_members (root);
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, expected_keys[i]);
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (expected_keys));

  g_assert_cmpstr (json_object_get_string_member (root, "deck"), ==, "team-laptops");
  g_assert_cmpstr (json_object_get_string_member (root, "audience"), ==, "technical");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "weights"), "price"), ==, 20);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "requirements"), 0), ==,
                   "under-1000");
  ranking = json_object_get_array_member (root, "ranking");
  g_assert_cmpuint (json_array_get_length (ranking), ==, 1);
  first = json_array_get_object_element (ranking, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "option"), ==, "budget");
  /* Not rounded. */
  g_assert_cmpfloat (json_object_get_double_member (first, "score"), ==, advice->scores[2]);
  excluded = json_object_get_array_member (root, "excluded");
  g_assert_cmpuint (json_array_get_length (excluded), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (excluded, 1), "requirement"), ==,
                   "under-1000");
  g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, "only");
  talking_points = json_object_get_array_member (root, "talking-points");
  g_assert_cmpuint (json_array_get_length (talking_points), ==, points->len);
  for (guint p = 0; p < points->len; p++)
    g_assert_cmpstr (json_array_get_string_element (talking_points, p), ==, g_ptr_array_index (points, p));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (root, "avoid"), 0), "instead"), ==,
                   "The ultrabook is the city car; the workstation is the van.");
  g_assert_cmpstr (json_object_get_string_member (root, "verified"), ==, "2026-11-01");

  /* With a runner-up: margin, drivers and tipping points, exactly. */
  g_clear_pointer (&json, g_free);
  juxta_scenario_init_defaults (&scenario, deck);
  json = juxta_export_render (deck, &scenario, JUXTA_EXPORT_JSON);
  juxta_advice_compute (advice, deck, &scenario);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpfloat (json_object_get_double_member (root, "margin"), ==, advice->margin);
  drivers = json_object_get_array_member (root, "drivers");
  g_assert_cmpuint (json_array_get_length (drivers), ==, advice->n_drivers);
  for (guint d = 0; d < advice->n_drivers; d++)
    g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (drivers, d), "contribution"), ==,
                       advice->drivers[d].contribution);
  tips = json_object_get_array_member (root, "tipping-points");
  g_assert_cmpuint (json_array_get_length (tips), ==, advice->n_tipping_points);
  g_assert_cmpuint (advice->n_tipping_points, >, 0);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (tips, 0), "value"), ==,
                   advice->tipping_points[0].value);
}

static void
test_json_without_weights (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("minimal.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JuxtaScenario scenario;
  JsonObject *root;

  juxta_scenario_init_defaults (&scenario, deck);
  scenario.weights[0] = 0;
  json = juxta_export_render (deck, &scenario, JUXTA_EXPORT_JSON);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "ranking")), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, "none");
  g_assert_false (json_object_has_member (root, "margin"));
  g_assert_false (json_object_has_member (root, "drivers"));
  g_assert_false (json_object_has_member (root, "tipping-points"));
  g_assert_true (json_object_get_null_member (root, "verified"));
}

static void
test_json_escapes (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (hostile_text_deck);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = render (deck, JUXTA_EXPORT_JSON);
  JsonObject *root;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (root, "ranking"), 1), "name"), ==, "B \"quoted\"");
}

static void
test_html (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (hostile_text_deck);
  g_autofree char *html = render (deck, JUXTA_EXPORT_HTML);
  g_autofree char *body = NULL;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
  g_assert_nonnull (strstr (html, "<title>&lt;b&gt;Bold&lt;/b&gt; &amp; *stars*</title>"));
  g_assert_nonnull (strstr (html, "<h1>&lt;b&gt;Bold&lt;/b&gt; &amp; *stars*</h1>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "B &quot;quoted&quot;"));
  g_assert_nonnull (strstr (html, "<a href=\"https://example.com/a?b=1&amp;c=&lt;2&gt;\">Docs &lt;here&gt;</a>"));
  /* Only web links become links. */
  g_assert_null (strstr (html, "href=\"javascript"));
  body = g_strdup (strstr (html, "<body>"));
  g_assert_null (strstr (body, "<script"));
  g_assert_null (strstr (body, "<b>"));
  /* Ends with the sources and the verified date. */
  g_assert_nonnull (strstr (html, "<p>Facts last verified on 2026-01-02.</p>\n</main>\n</body>\n</html>\n"));
}

static void
test_markdown (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (hostile_text_deck);
  g_autofree char *md = render (deck, JUXTA_EXPORT_MARKDOWN);

  g_assert_true (g_str_has_prefix (md, "# \\<b\\>Bold\\</b\\> \\& \\*stars\\*\n"));
  g_assert_nonnull (strstr (md, "1. 1\\. Not a list; \\# not a heading; \\[not\\](a link) \\& "
                                "\\<script\\>alert(1)\\</script\\> \\_x\\_ \\`y\\`\n"));
  g_assert_nonnull (strstr (md, "- [Docs \\<here\\>](<https://example.com/a?b=1&c=%3C2%3E>)\n"));
  g_assert_nonnull (strstr (md, "- Script — javascript:alert(1)\n"));
  g_assert_true (g_str_has_suffix (md, "## Sources\n\n- [Docs \\<here\\>](<https://example.com/a?b=1&c=%3C2%3E>)\n"
                                       "- Script — javascript:alert(1)\n\nFacts last verified on 2026-01-02.\n"));
}

static void
test_text (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autofree char *text = render (deck, JUXTA_EXPORT_TEXT);

  g_assert_true (g_str_has_prefix (text, "Which laptop for the field team?\n================================\n"));
  g_assert_nonnull (strstr (text, "\nTalking points\n--------------\n\n1. Pick the laptop"));
  g_assert_true (g_str_has_suffix (text, "Sources\n-------\n\n- Vendor spec sheets — https://example.com/specs "
                                         "(as of 2026-10-01)\n\nFacts last verified on 2026-11-01.\n"));
}

static void
test_every_format_ends_with_sources (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_bundled_deck ("aws-genai-platforms");

  for (JuxtaExportFormat f = JUXTA_EXPORT_MARKDOWN; f <= JUXTA_EXPORT_JSON; f++)
    {
      g_autofree char *doc = render (deck, f);
      const char *sources = strstr (doc, f == JUXTA_EXPORT_JSON ? "\"sources\"" : "Sources");
      const char *verified = strstr (doc, juxta_deck_get_verified (deck));

      g_assert_nonnull (sources);
      g_assert_nonnull (verified);
      g_assert_nonnull (strstr (sources, juxta_deck_get_source (deck, 0)->title));
      /* Nothing but the sources comes after the talking points. */
      g_assert_true (sources > strstr (doc, f == JUXTA_EXPORT_JSON ? "talking-points" : "Talking points"));
      g_assert_true (verified > sources);
    }
}

static void
test_talking_points_clipboard_forms (void)
{
  g_autoptr(GPtrArray) points = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;

  g_ptr_array_add (points, (char *) "First & <best>");
  g_ptr_array_add (points, (char *) "Second");
  text = juxta_export_talking_points_text (points);
  html = juxta_export_talking_points_html (points);
  g_assert_cmpstr (text, ==, "1. First & <best>\n2. Second\n");
  g_assert_cmpstr (html, ==, "<ol>\n<li>First &amp; &lt;best&gt;</li>\n<li>Second</li>\n</ol>\n");
}

static void
test_format_names (void)
{
  JuxtaExportFormat format;

  g_assert_true (juxta_export_format_from_string ("markdown", &format));
  g_assert_cmpint (format, ==, JUXTA_EXPORT_MARKDOWN);
  g_assert_true (juxta_export_format_from_string ("json", &format));
  g_assert_cmpint (format, ==, JUXTA_EXPORT_JSON);
  g_assert_false (juxta_export_format_from_string ("pdf", &format));
  g_assert_cmpstr (juxta_export_format_extension (JUXTA_EXPORT_TEXT), ==, "txt");
}

static void
test_decision_record (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(JuxtaAdvice) advice = NULL;
  g_autofree char *record = NULL;
  JuxtaScenario scenario;
  JuxtaDecision decision = { 2, "Ana, Raj", "the budget is fixed this year.", "2026-11-20" };
  const char *battery, *weight, *change;

  juxta_scenario_init_defaults (&scenario, deck);
  advice = juxta_advice_new (deck, &scenario);
  g_assert_cmpint (advice->leader, ==, 0);
  record = juxta_export_decision_record (deck, &scenario, &decision);
  g_test_message ("%s", record);

  g_assert_true (g_str_has_prefix (record, "# Decision: Which laptop for the field team?\n\n- Date: 2026-11-20\n"
                                           "- Status: accepted\n- Attendees: Ana, Raj\n"));
  /* Drivers heaviest first, with their weights. */
  battery = strstr (record, "- Battery life (weight 70 of 100): Hours away from a socket\n");
  weight = strstr (record, "- Low weight (weight 60 of 100)\n");
  g_assert_nonnull (battery);
  g_assert_nonnull (weight);
  g_assert_true (battery < weight);
  /* The considered options with their scores, the leader marked. */
  g_assert_nonnull (strstr (record, "- Ultrabook 13: 80% (Juxta's recommendation: clear lead)\n"));
  g_assert_nonnull (strstr (record, "- Budget 14: 68%\n"));
  /* The outcome: the chosen option, which differs from the leader. */
  g_assert_nonnull (strstr (record, "Chosen option: Budget 14, because the budget is fixed this year.\n"));
  g_assert_nonnull (strstr (record, "For these priorities Juxta recommended Ultrabook 13 (80%); the choice differs from it."));
  g_assert_nonnull (strstr (record, "- Good, on Low price: Half the price of the ultrabook.\n"));
  /* No reason is labelled a trade-off. */
  g_assert_null (strstr (record, "Trade-off"));
  /* What would change our mind: the tipping points, in words. */
  change = strstr (record, "## What would change our mind\n\n");
  g_assert_nonnull (change);
  for (guint i = 0; i < advice->n_tipping_points; i++)
    {
      g_autofree char *tip = juxta_describe_tipping_point (deck, &advice->tipping_points[i]);
      g_assert_nonnull (strstr (change, tip));
    }
  g_assert_true (g_str_has_suffix (record, "Facts last verified on 2026-11-01.\n"));
}

/* Where the chosen option is not the strongest, its reason is given next
 * to the option that scores higher, never as a "trade-off". */
static void
test_decision_record_reasons (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autofree char *record = NULL;
  JuxtaScenario scenario;
  JuxtaDecision decision = { 1, NULL, NULL, "2026-11-20" };   /* the workstation */

  juxta_scenario_init_defaults (&scenario, deck);
  record = juxta_export_decision_record (deck, &scenario, &decision);
  g_test_message ("%s", record);
  g_assert_nonnull (strstr (record, "- On Battery life, Ultrabook 13 scores higher (5 against 2): Five hours at best.\n"));
  g_assert_nonnull (strstr (record, "- On Low price, Budget 14 scores higher (5 against 1): The most expensive of the three.\n"));
  g_assert_nonnull (strstr (record, "- Good, on Raw power: Renders demos and runs local models with ease.\n"));
  g_assert_null (strstr (record, "Trade-off"));

  /* Ruled-out options are not compared against. */
  scenario.requirements = 1u << 0;   /* needs a GPU: only the workstation */
  g_clear_pointer (&record, g_free);
  record = juxta_export_decision_record (deck, &scenario, &decision);
  g_assert_nonnull (strstr (record, "- Good, on Battery life: Five hours at best.\n"));
}

/* "Where RUNNER-UP is stronger" gives how far ahead the runner-up is: a
 * positive number of points, the largest first. */
static void
test_runner_up_strengths_are_positive (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(JuxtaAdvice) advice = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  JuxtaScenario scenario;
  guint n_negative = 0;

  juxta_scenario_init_defaults (&scenario, deck);
  advice = juxta_advice_new (deck, &scenario);
  g_string_printf (expected, "Where %s is stronger: ", juxta_deck_get_option (deck, (guint) advice->runner_up)->name);
  for (guint i = advice->n_drivers; i > 0 && advice->drivers[i - 1].contribution < 0; i--)
    {
      g_string_append_printf (expected, "%s%s (+%.1f points)", n_negative > 0 ? ", " : "",
                              juxta_deck_get_priority (deck, advice->drivers[i - 1].priority)->label,
                              -advice->drivers[i - 1].contribution);
      n_negative++;
    }
  g_string_append (expected, ".\n");
  g_assert_cmpuint (n_negative, >, 0);

  for (JuxtaExportFormat f = JUXTA_EXPORT_MARKDOWN; f <= JUXTA_EXPORT_TEXT; f++)
    {
      g_autofree char *doc = render (deck, f);
      const char *line = strstr (doc, "Where ");

      g_test_message ("%s", doc);
      g_assert_nonnull (line);
      g_assert_true (g_str_has_prefix (line, expected->str));
      g_assert_null (strstr (doc, "(-"));
    }
}

/* The JSON export's "instead" is the one for the audience, as the
 * talking points say it. */
static void
test_json_instead_follows_audience (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"s\", \"title\": \"S\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
    " \"audiences\": [{\"id\": \"tech\", \"label\": \"Tech\"}, {\"id\": \"biz\", \"label\": \"Biz\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 4}},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}}],"
    " \"analogies\": ["
    "   {\"id\": \"for-biz\", \"verdict\": \"recommended\", \"text\": \"A is the taxi.\", \"audiences\": [\"biz\"]},"
    "   {\"id\": \"bad\", \"verdict\": \"avoid\", \"text\": \"A is a toy.\","
    "    \"triggers\": [[\"toy\"]], \"instead\": \"for-biz\"}]}");
  g_autoptr(JsonParser) parser = json_parser_new ();
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  for (guint audience = 0; audience < 2; audience++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *json = NULL;
      JsonObject *avoid;

      scenario.audience = audience;
      json = juxta_export_render (deck, &scenario, JUXTA_EXPORT_JSON);
      json_parser_load_from_data (parser, json, -1, &error);
      g_assert_no_error (error);
      avoid = json_array_get_object_element (json_object_get_array_member (
                json_node_get_object (json_parser_get_root (parser)), "avoid"), 0);
      if (audience == 0)
        g_assert_true (json_object_get_null_member (avoid, "instead"));
      else
        g_assert_cmpstr (json_object_get_string_member (avoid, "instead"), ==, "A is the taxi.");
    }
}

/* A comparison with everything a table cell can trip on. */
static const char table_deck[] =
  "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"tbl\", \"title\": \"Pipes | and <tags>\","
  " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
  " \"dimensions\": [{\"id\": \"what\", \"label\": \"What | it is\"}, {\"id\": \"ports\", \"label\": \"Ports\"},"
  "                  {\"id\": \"empty\", \"label\": \"Nobody says\"}],"
  " \"options\": [{\"id\": \"a\", \"name\": \"A|B <b>\", \"scores\": {\"p\": 4},"
  "                \"facts\": {\"what\": \"1. first | second\\nnext line\", \"ports\": [\"USB-C | x2\", \"*HDMI*\"]}},"
  "               {\"id\": \"b\", \"name\": \"Plain\", \"scores\": {\"p\": 2},"
  "                \"facts\": {\"what\": \"- a dash\", \"ports\": [\"one only\"]}},"
  "               {\"id\": \"c\", \"name\": \"Bare\", \"scores\": {\"p\": 3}}],"
  " \"glossary\": [{\"term\": \"A|B\", \"definition\": \"Two <things> & *more*.\"}]}";

/* Splits a Markdown table row at the "|" that are not escaped. */
static GPtrArray *
split_row (const char *row)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = NULL;

  g_assert_true (g_str_has_prefix (row, "|") && g_str_has_suffix (row, "|"));
  for (const char *c = row + 1; *c != '\0'; c++)
    {
      if (cell == NULL)
        cell = g_string_new (NULL);
      if (*c == '\\' && c[1] != '\0')
        {
          g_string_append_c (cell, c[1]);   /* unescaped, as Markdown reads it */
          c++;
        }
      else if (*c == '|')
        {
          g_ptr_array_add (cells, g_strdup (g_strstrip (cell->str)));
          g_string_truncate (cell, 0);
        }
      else
        g_string_append_c (cell, *c);
    }
  return cells;
}

/* The Markdown comparison is a table: a header of option names, a
 * separator, one row per dimension, each with a cell per option. */
static void
test_markdown_comparison_table (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (table_deck);
  g_autofree char *md = NULL;
  g_auto(GStrv) lines = NULL;
  const char *table;
  JuxtaScenario scenario;
  static const char *const expected[][4] = {
    { "", "A|B <b>", "Plain", "Bare" },
    { "What | it is", "1. first | second<br>next line", "- a dash", "—" },
    { "Ports", "• USB-C | x2<br>• *HDMI*", "one only", "—" },
    { "Nobody says", "—", "—", "—" },
  };

  juxta_scenario_init_defaults (&scenario, deck);
  md = juxta_export_render_sections (deck, &scenario, JUXTA_EXPORT_MARKDOWN, JUXTA_EXPORT_SECTIONS_ALL);
  g_test_message ("%s", md);
  table = strstr (md, "## Comparison\n\n");
  g_assert_nonnull (table);
  lines = g_strsplit (table + strlen ("## Comparison\n\n"), "\n", -1);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(GPtrArray) cells = split_row (lines[i]);

      g_assert_cmpuint (cells->len, ==, 4);
      for (guint c = 0; c < 4; c++)
        if (i == 1)
          g_assert_cmpstr (g_ptr_array_index (cells, c), ==, "---");
        else
          g_assert_cmpstr (g_ptr_array_index (cells, c), ==, expected[i == 0 ? 0 : i - 1][c]);
    }
  g_assert_cmpstr (lines[5], ==, "");
  /* Nothing in a cell is read as markup: "<" and "*" are escaped. */
  g_assert_nonnull (strstr (lines[0], "A\\|B \\<b\\>"));
  g_assert_nonnull (strstr (lines[3], "\\*HDMI\\*"));
  /* The glossary. */
  g_assert_nonnull (strstr (md, "## Glossary\n\n- **A\\|B**: Two \\<things\\> \\& \\*more\\*.\n"));
}

/* The JSON export's comparison and glossary, read back with json-glib,
 * are the deck's. */
static void
test_json_comparison_and_glossary (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (table_deck);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JuxtaScenario scenario;
  JsonObject *root, *comparison;
  JsonArray *options, *dimensions, *glossary;

  juxta_scenario_init_defaults (&scenario, deck);
  json = juxta_export_render_sections (deck, &scenario, JUXTA_EXPORT_JSON, JUXTA_EXPORT_SECTIONS_ALL);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  comparison = json_object_get_object_member (root, "comparison");
  options = json_object_get_array_member (comparison, "options");
  dimensions = json_object_get_array_member (comparison, "dimensions");

  g_assert_cmpuint (json_array_get_length (options), ==, juxta_deck_get_n_options (deck));
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    {
      JsonObject *option = json_array_get_object_element (options, o);
      g_assert_cmpstr (json_object_get_string_member (option, "option"), ==, juxta_deck_get_option (deck, o)->id);
      g_assert_cmpstr (json_object_get_string_member (option, "name"), ==, juxta_deck_get_option (deck, o)->name);
    }
  g_assert_cmpuint (json_array_get_length (dimensions), ==, juxta_deck_get_n_dimensions (deck));
  for (guint d = 0; d < juxta_deck_get_n_dimensions (deck); d++)
    {
      JsonObject *dimension = json_array_get_object_element (dimensions, d);
      JsonObject *facts = json_object_get_object_member (dimension, "facts");

      g_assert_cmpstr (json_object_get_string_member (dimension, "dimension"), ==, juxta_deck_get_dimension (deck, d)->id);
      g_assert_cmpstr (json_object_get_string_member (dimension, "label"), ==, juxta_deck_get_dimension (deck, d)->label);
      g_assert_cmpuint (json_object_get_size (facts), ==, juxta_deck_get_n_options (deck));
      for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
        {
          const JuxtaOption *option = juxta_deck_get_option (deck, o);
          JsonNode *fact = json_object_get_member (facts, option->id);

          g_assert_nonnull (fact);
          if (option->facts[d] == NULL)
            g_assert_true (JSON_NODE_HOLDS_NULL (fact));
          else if (option->facts[d][1] == NULL)
            g_assert_cmpstr (json_node_get_string (fact), ==, option->facts[d][0]);
          else
            {
              JsonArray *items = json_node_get_array (fact);
              for (guint i = 0; option->facts[d][i] != NULL; i++)
                g_assert_cmpstr (json_array_get_string_element (items, i), ==, option->facts[d][i]);
              g_assert_null (option->facts[d][json_array_get_length (items)]);
            }
        }
    }
  glossary = json_object_get_array_member (root, "glossary");
  g_assert_cmpuint (json_array_get_length (glossary), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (glossary, 0), "definition"), ==,
                   "Two <things> & *more*.");
}

/* A section left out leaves out its keys; the others keep their order. */
static void
test_json_sections (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  static const struct {
    JuxtaExportSections  sections;
    const char          *keys;
  } cases[] = {
    { JUXTA_EXPORT_SECTIONS_ALL, "deck audience weights requirements ranking excluded verdict margin drivers "
                                 "tipping-points talking-points avoid comparison glossary sources verified" },
    { JUXTA_EXPORT_SECTION_GLOSSARY, "deck audience weights requirements glossary" },
    { JUXTA_EXPORT_SECTION_SOURCES | JUXTA_EXPORT_SECTION_RECOMMENDATION,
      "deck audience weights requirements ranking excluded verdict margin drivers tipping-points sources verified" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GList) members = NULL;
      g_autoptr(GString) keys = g_string_new (NULL);
      g_autofree char *json = NULL;
      JuxtaScenario scenario;

      juxta_scenario_init_defaults (&scenario, deck);
      json = juxta_export_render_sections (deck, &scenario, JUXTA_EXPORT_JSON, cases[i].sections);
      json_parser_load_from_data (parser, json, -1, &error);
      g_assert_no_error (error);
      members = json_object_get_members (json_node_get_object (json_parser_get_root (parser)));
      for (GList *l = members; l != NULL; l = l->next)
        g_string_append_printf (keys, "%s%s", keys->len > 0 ? " " : "", (char *) l->data);
      g_assert_cmpstr (keys->str, ==, cases[i].keys);
    }
}

static void
test_section_names (void)
{
  static const struct {
    const char          *list;
    gboolean             valid;
    JuxtaExportSections  sections;
  } cases[] = {
    { "all", TRUE, JUXTA_EXPORT_SECTIONS_ALL },
    { "recommendation,talking-points,comparison,sources", TRUE, JUXTA_EXPORT_SECTIONS_DEFAULT },
    { " glossary , sources ,", TRUE, JUXTA_EXPORT_SECTION_GLOSSARY | JUXTA_EXPORT_SECTION_SOURCES },
    { "comparison,all", TRUE, JUXTA_EXPORT_SECTIONS_ALL },
    { "Glossary", FALSE, 0 },
    { "", FALSE, 0 },
    { "talking_points", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      JuxtaExportSections sections = 0;
      g_autoptr(GError) error = NULL;
      gboolean valid = juxta_export_sections_from_string (cases[i].list, &sections, &error);

      g_assert_cmpint (valid, ==, cases[i].valid);
      if (valid)
        {
          g_autofree char *names = juxta_export_sections_to_string (sections);
          JuxtaExportSections again = 0;

          g_assert_no_error (error);
          g_assert_cmpuint (sections, ==, cases[i].sections);
          /* What it writes, it reads back. */
          g_assert_true (juxta_export_sections_from_string (names, &again, NULL));
          g_assert_cmpuint (again, ==, sections);
        }
      else
        g_assert_error (error, JUXTA_EXPORT_ERROR, JUXTA_EXPORT_ERROR_UNKNOWN_SECTION);
    }
  {
    g_autofree char *names = juxta_export_sections_to_string (JUXTA_EXPORT_SECTIONS_DEFAULT);
    g_assert_cmpstr (names, ==, "recommendation,talking-points,comparison,sources");
  }
}

/* The documents hold the comparison (by default) and, when asked, the
 * glossary, with every fact and every term of the deck. */
static void
test_documents_show_every_part (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_bundled_deck ("aws-eks-vs-sagemaker");

  for (JuxtaExportFormat f = JUXTA_EXPORT_MARKDOWN; f <= JUXTA_EXPORT_HTML; f++)
    {
      JuxtaScenario scenario;
      g_autofree char *plain = NULL;
      g_autofree char *all = NULL;

      juxta_scenario_init_defaults (&scenario, deck);
      plain = juxta_export_render (deck, &scenario, f);
      all = juxta_export_render_sections (deck, &scenario, f, JUXTA_EXPORT_SECTIONS_ALL);
      g_assert_nonnull (strstr (plain, "Comparison"));
      g_assert_null (strstr (plain, "Glossary"));
      g_assert_nonnull (strstr (all, "Glossary"));
      for (guint t = 0; t < juxta_deck_get_n_terms (deck); t++)
        {
          const JuxtaTerm *term = juxta_deck_get_term (deck, t);
          /* Compared where nothing needs escaping. */
          if (strpbrk (term->term, "\\`*_[]<>#|~&!'\"") == NULL)
            g_assert_nonnull (strstr (all, term->term));
        }
      for (guint d = 0; d < juxta_deck_get_n_dimensions (deck); d++)
        {
          const char *label = juxta_deck_get_dimension (deck, d)->label;
          if (strpbrk (label, "\\`*_[]<>#|~&!'\"") == NULL)
            g_assert_nonnull (strstr (plain, label));
        }
    }
}

static void
test_today_follows_source_date_epoch (void)
{
  g_autofree char *today = NULL;

  g_setenv ("SOURCE_DATE_EPOCH", "1790000000", TRUE);
  today = juxta_export_today ();
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_assert_cmpstr (today, ==, "2026-09-21");
}

/* ------------------------------------------------------------ saving */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("juxta-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static guint
count_entries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_save_new_and_replace (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.md", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (juxta_export_save (path, "one\n", 4, &error));
  g_assert_no_error (error);
  first = read_file (path);
  g_assert_cmpstr (first, ==, "one\n");

  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (juxta_export_save (path, "two\n", 4, &error));
  second = read_file (path);
  g_assert_cmpstr (second, ==, "two\n");
  /* The replaced file keeps its permissions; no temporary file is left. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_save_follows_symlink (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = g_build_filename (dir, "real.md", NULL);
  g_autofree char *link = g_build_filename (dir, "link.md", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (juxta_export_save (target, "old", 3, &error));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_true (juxta_export_save (link, "new", 3, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  contents = read_file (target);
  g_assert_cmpstr (contents, ==, "new");

  g_unlink (link);
  g_unlink (target);
  g_rmdir (dir);
}

static void
test_save_to_directory_fails (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GError) error = NULL;

  g_assert_false (juxta_export_save (dir, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (g_str_has_prefix (error->message, "Could not save “"));
  g_assert_true (g_str_has_suffix (error->message, "”: it is a folder"));
  g_rmdir (dir);
}

static void
test_save_missing_parent_fails (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "out.md", NULL);
  g_autofree char *expected = g_strdup_printf ("Could not save “%s”: the folder “%s/no-such-folder” does not exist",
                                               path, dir);
  g_autoptr(GError) error = NULL;

  g_assert_false (juxta_export_save (path, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
  g_rmdir (dir);
}

static void
test_save_to_dev_full_fails (void)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  g_assert_false (juxta_export_save ("/dev/full", "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpstr (error->message, ==, "Could not save “/dev/full”: No space left on device");
  /* Still the device, not replaced by a file. */
  g_assert_false (g_file_test ("/dev/full", G_FILE_TEST_IS_REGULAR));
}

/* A full disk while replacing a regular file: the write limit makes the
 * kernel refuse the temporary file's growth as a full disk would. */
static void
test_save_full_disk_keeps_old_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *big = g_strnfill (1 << 20, 'x');
      struct rlimit limit = { 4096, 4096 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (juxta_export_save (g_getenv ("JUXTA_TEST_PATH"), big, strlen (big), &error));
      g_printerr ("%s", error->message);
      return;
    }

  dir = make_temp_dir ();
  path = g_build_filename (dir, "keep.md", NULL);
  g_assert_true (g_file_set_contents (path, "precious\n", -1, NULL));
  g_setenv ("JUXTA_TEST_PATH", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not save*File too large*");
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "precious\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

/* A read-only folder.  Root may write anywhere, so as root the check runs
 * in a child that has dropped to the "nobody" user. */
static void
test_save_read_only_dir_keeps_old_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      if (geteuid () == 0)
        g_assert_true (setgid (65534) == 0 && setuid (65534) == 0);
      g_assert_false (juxta_export_save (g_getenv ("JUXTA_TEST_PATH"), "new\n", 4, &error));
      g_printerr ("%s", error->message);
      return;
    }

  dir = make_temp_dir ();
  path = g_build_filename (dir, "keep.md", NULL);
  g_assert_true (g_file_set_contents (path, "precious\n", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_setenv ("JUXTA_TEST_PATH", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*Could not save*keep.md*cannot create a file in*Permission denied*");
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "precious\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

/* Where the weights came from: answers that do not yet connect every
 * priority leave the weights set by hand, and the documents and the record
 * say so; without an interview the documents are juxta_export_render ()'s. */
static void
test_interview_extension (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  const JuxtaInterviewAnswer one[] = { { 0, 1, 3 } };
  g_autoptr(JuxtaExportInterview) interview = NULL;
  g_autofree char *text = NULL;
  g_autofree char *record = NULL;
  JuxtaDecision decision = { 0, NULL, NULL, "2026-11-20", NULL, NULL };
  JuxtaScenario scenario;

  juxta_scenario_init_defaults (&scenario, deck);
  g_assert_null (juxta_export_interview_new (one, 0, juxta_deck_get_n_priorities (deck), scenario.weights));
  interview = juxta_export_interview_new (one, 1, juxta_deck_get_n_priorities (deck), scenario.weights);
  g_assert_cmpint (interview->status, ==, JUXTA_INTERVIEW_STATUS_INCOMPLETE);

  for (JuxtaExportFormat f = JUXTA_EXPORT_MARKDOWN; f <= JUXTA_EXPORT_JSON; f++)
    {
      g_autofree char *plain = juxta_export_render (deck, &scenario, f);
      g_autofree char *without = juxta_export_render_with (deck, &scenario, f, &(JuxtaExportExtras) { 0 });
      g_autofree char *with = juxta_export_render_with (deck, &scenario, f,
                                                        &(JuxtaExportExtras) { .interview = interview });

      g_assert_cmpstr (without, ==, plain);
      if (f == JUXTA_EXPORT_JSON)
        g_assert_cmpstr (with, ==, plain);   /* not the answers' weights: no "interview" */
      else
        g_assert_cmpstr (with, !=, plain);
    }
  text = juxta_export_render_with (deck, &scenario, JUXTA_EXPORT_TEXT, &(JuxtaExportExtras) { .interview = interview });
  g_assert_nonnull (strstr (text, "\n\nThe weights were set by hand; the customer's answer to 1 trade-off question "
                                  "does not compare every priority yet.\n\n"));
  decision.interview = interview;
  record = juxta_export_decision_record (deck, &scenario, &decision);
  g_assert_nonnull (strstr (record, "\n- Weights: set by hand (1 answer does not compare every priority yet)\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/juxta/export/json-shape", test_json_shape);
  g_test_add_func ("/juxta/export/json-without-weights", test_json_without_weights);
  g_test_add_func ("/juxta/export/json-escapes", test_json_escapes);
  g_test_add_func ("/juxta/export/html", test_html);
  g_test_add_func ("/juxta/export/markdown", test_markdown);
  g_test_add_func ("/juxta/export/text", test_text);
  g_test_add_func ("/juxta/export/every-format-ends-with-sources", test_every_format_ends_with_sources);
  g_test_add_func ("/juxta/export/talking-points-clipboard-forms", test_talking_points_clipboard_forms);
  g_test_add_func ("/juxta/export/format-names", test_format_names);
  g_test_add_func ("/juxta/export/decision-record", test_decision_record);
  g_test_add_func ("/juxta/export/decision-record-reasons", test_decision_record_reasons);
  g_test_add_func ("/juxta/export/runner-up-strengths-are-positive", test_runner_up_strengths_are_positive);
  g_test_add_func ("/juxta/export/json-instead-follows-audience", test_json_instead_follows_audience);
  g_test_add_func ("/juxta/export/markdown-comparison-table", test_markdown_comparison_table);
  g_test_add_func ("/juxta/export/json-comparison-and-glossary", test_json_comparison_and_glossary);
  g_test_add_func ("/juxta/export/json-sections", test_json_sections);
  g_test_add_func ("/juxta/export/section-names", test_section_names);
  g_test_add_func ("/juxta/export/documents-show-every-part", test_documents_show_every_part);
  g_test_add_func ("/juxta/export/interview-extension", test_interview_extension);
  g_test_add_func ("/juxta/export/today-follows-source-date-epoch", test_today_follows_source_date_epoch);
  g_test_add_func ("/juxta/export/save/new-and-replace", test_save_new_and_replace);
  g_test_add_func ("/juxta/export/save/follows-symlink", test_save_follows_symlink);
  g_test_add_func ("/juxta/export/save/directory", test_save_to_directory_fails);
  g_test_add_func ("/juxta/export/save/missing-parent", test_save_missing_parent_fails);
  g_test_add_func ("/juxta/export/save/dev-full", test_save_to_dev_full_fails);
  g_test_add_func ("/juxta/export/save/full-disk", test_save_full_disk_keeps_old_file);
  g_test_add_func ("/juxta/export/save/read-only-dir", test_save_read_only_dir_keeps_old_file);

  return g_test_run ();
}
