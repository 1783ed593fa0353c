/* test-session.c: the session model and scenario files, without a display */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "juxta-session.h"
#include "juxta-talking-points.h"
#include "juxta-test-util.h"

typedef struct
{
  guint              n;
  JuxtaSessionChange last;
} Recorder;

static void
changed_cb (JuxtaSession       *session,
            JuxtaSessionChange  changes,
            Recorder           *recorder)
{
  recorder->n++;
  recorder->last = changes;
}

typedef struct
{
  JuxtaSession *session;
  JuxtaDeck    *deck;
  Recorder      changes;
  char         *dir;        /* a scratch folder */
} Fixture;

static char *
laptops_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "decks", "good", "laptops.json", NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->session = juxta_session_new ();
  f->deck = juxta_test_good_deck ("laptops.json");
  f->dir = g_dir_make_tmp ("juxta-session-XXXXXX", NULL);
  g_signal_connect (f->session, "changed", G_CALLBACK (changed_cb), &f->changes);
  juxta_session_set_deck (f->session, f->deck, NULL);
  f->changes = (Recorder) { 0 };
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->session);
  g_object_unref (f->deck);
  juxta_test_remove_tree (f->dir);
  g_free (f->dir);
}

static int
priority (Fixture    *f,
          const char *id)
{
  int p = juxta_deck_find_priority (f->deck, id);

  g_assert_cmpint (p, >=, 0);
  return p;
}

/* The session's advice and talking points are the core's for its scenario. */
static void
assert_advice_is_fresh (JuxtaSession *session)
{
  JuxtaDeck *deck = juxta_session_get_deck (session);
  g_autoptr(JuxtaAdvice) advice = juxta_advice_new (deck, juxta_session_get_scenario (session));
  g_autoptr(GPtrArray) points = juxta_talking_points_compose (deck, juxta_session_get_scenario (session), advice);
  GPtrArray *shown = juxta_session_get_talking_points (session);

  g_assert_cmpint (juxta_session_get_advice (session)->leader, ==, advice->leader);
  g_assert_cmpmem (juxta_session_get_advice (session)->scores, advice->n_options * sizeof (double),
                   advice->scores, advice->n_options * sizeof (double));
  g_assert_cmpuint (shown->len, ==, points->len);
  for (guint i = 0; i < points->len; i++)
    g_assert_cmpstr (g_ptr_array_index (shown, i), ==, g_ptr_array_index (points, i));
}

/* ----------------------------------------------------------- methods */

static void
test_empty (void)
{
  g_autoptr(JuxtaSession) session = juxta_session_new ();
  Recorder changes = { 0 };

  g_signal_connect (session, "changed", G_CALLBACK (changed_cb), &changes);
  g_assert_null (juxta_session_get_deck (session));
  g_assert_null (juxta_session_get_talking_points (session));
  g_assert_null (juxta_session_get_file (session));
  g_assert_null (juxta_session_dup_name (session));
  g_assert_null (juxta_session_save_state (session));

  /* Without a deck, every change is nothing. */
  juxta_session_set_weight (session, 0, 50);
  juxta_session_set_requirement (session, 0, TRUE);
  juxta_session_set_audience (session, 1);
  juxta_session_apply_preset (session, 0);
  juxta_session_reset (session);
  juxta_session_hide_option (session, 0, TRUE);
  juxta_session_set_chart_priority (session, 1);
  g_assert_cmpuint (changes.n, ==, 0);
}

static void
test_set_deck (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(JuxtaDeck) minimal = juxta_test_good_deck ("minimal.json");

  g_assert_true (juxta_session_get_deck (f->session) == f->deck);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[priority (f, "battery")], ==, 70);
  assert_advice_is_fresh (f->session);

  juxta_session_set_chart_priority (f->session, 2);
  juxta_session_hide_option (f->session, 1, TRUE);
  f->changes = (Recorder) { 0 };
  juxta_session_set_deck (f->session, minimal, NULL);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_true ((f->changes.last & JUXTA_SESSION_CHANGE_DECK) != 0);
  g_assert_true ((f->changes.last & JUXTA_SESSION_CHANGE_ADVICE) != 0);
  g_assert_true (juxta_session_get_deck (f->session) == minimal);
  g_assert_cmpuint (juxta_session_get_chart_priority (f->session), ==, 0);
  g_assert_cmpuint (juxta_session_get_hidden (f->session), ==, 0);
  assert_advice_is_fresh (f->session);
}

static void
test_set_weight (Fixture       *f,
                 gconstpointer  data)
{
  int power = priority (f, "power");

  juxta_session_set_weight (f->session, (guint) power, 100);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_WEIGHTS | JUXTA_SESSION_CHANGE_ADVICE);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[power], ==, 100);
  assert_advice_is_fresh (f->session);

  /* The same value again is no change; values are clamped; a priority the
   * deck does not have is ignored. */
  juxta_session_set_weight (f->session, (guint) power, 100);
  juxta_session_set_weight (f->session, 99, 10);
  g_assert_cmpuint (f->changes.n, ==, 1);
  juxta_session_set_weight (f->session, (guint) power, 140);
  g_assert_cmpuint (f->changes.n, ==, 1);
  juxta_session_set_weight (f->session, (guint) power, -5);
  g_assert_cmpuint (f->changes.n, ==, 2);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[power], ==, 0);
}

static void
test_set_requirement (Fixture       *f,
                      gconstpointer  data)
{
  int gpu = juxta_deck_find_requirement (f->deck, "gpu");
  int ultrabook = juxta_deck_find_option (f->deck, "ultrabook");

  g_assert_cmpint (juxta_session_get_advice (f->session)->ruled_out_by[ultrabook], <, 0);
  juxta_session_set_requirement (f->session, (guint) gpu, TRUE);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_REQUIREMENTS | JUXTA_SESSION_CHANGE_ADVICE);
  g_assert_cmphex (juxta_session_get_scenario (f->session)->requirements, ==, 1u << gpu);
  g_assert_cmpint (juxta_session_get_advice (f->session)->ruled_out_by[ultrabook], ==, gpu);
  assert_advice_is_fresh (f->session);

  juxta_session_set_requirement (f->session, (guint) gpu, TRUE);
  juxta_session_set_requirement (f->session, 31, TRUE);
  g_assert_cmpuint (f->changes.n, ==, 1);
  juxta_session_set_requirement (f->session, (guint) gpu, FALSE);
  g_assert_cmpuint (f->changes.n, ==, 2);
  g_assert_cmphex (juxta_session_get_scenario (f->session)->requirements, ==, 0);
}

static void
test_set_audience (Fixture       *f,
                   gconstpointer  data)
{
  juxta_session_set_audience (f->session, 1);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_AUDIENCE | JUXTA_SESSION_CHANGE_ADVICE);
  g_assert_cmpuint (juxta_session_get_scenario (f->session)->audience, ==, 1);
  assert_advice_is_fresh (f->session);
  juxta_session_set_audience (f->session, 1);
  juxta_session_set_audience (f->session, 8);
  g_assert_cmpuint (f->changes.n, ==, 1);
}

static void
test_apply_preset_and_reset (Fixture       *f,
                             gconstpointer  data)
{
  int demo = juxta_deck_find_preset (f->deck, "road-warrior");

  /* A preset sets what it names; the others go back to their defaults. */
  juxta_session_set_weight (f->session, (guint) priority (f, "price"), 3);
  juxta_session_set_requirement (f->session, 0, TRUE);
  f->changes = (Recorder) { 0 };
  juxta_session_apply_preset (f->session, (guint) demo);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_WEIGHTS | JUXTA_SESSION_CHANGE_ADVICE);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[priority (f, "battery")], ==, 90);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[priority (f, "power")], ==, 10);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[priority (f, "price")], ==, 50);
  assert_advice_is_fresh (f->session);

  /* Reset puts every slider back, and only the sliders. */
  juxta_session_reset (f->session);
  g_assert_cmpuint (f->changes.n, ==, 2);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[priority (f, "battery")], ==, 70);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[priority (f, "power")], ==, 30);
  g_assert_cmphex (juxta_session_get_scenario (f->session)->requirements, ==, 1);
  juxta_session_reset (f->session);
  juxta_session_apply_preset (f->session, 9);
  g_assert_cmpuint (f->changes.n, ==, 2);
}

static void
test_hide_option (Fixture       *f,
                  gconstpointer  data)
{
  const JuxtaAdvice *advice = juxta_session_get_advice (f->session);
  int leader = advice->leader;

  juxta_session_hide_option (f->session, 2, TRUE);
  g_assert_cmpuint (f->changes.n, ==, 1);
  /* Hiding is for the eyes: the advice is not recomputed. */
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_HIDDEN);
  g_assert_true (juxta_session_is_hidden (f->session, 2));
  g_assert_false (juxta_session_is_hidden (f->session, 1));
  g_assert_cmphex (juxta_session_get_hidden (f->session), ==, 1u << 2);
  g_assert_cmpint (juxta_session_get_advice (f->session)->leader, ==, leader);
  juxta_session_hide_option (f->session, 2, TRUE);
  juxta_session_hide_option (f->session, 3, TRUE);
  g_assert_cmpuint (f->changes.n, ==, 1);
  juxta_session_hide_option (f->session, 2, FALSE);
  g_assert_cmphex (juxta_session_get_hidden (f->session), ==, 0);
}

static void
test_chart_priority_and_notes (Fixture       *f,
                               gconstpointer  data)
{
  juxta_session_set_chart_priority (f->session, 3);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_CHART);
  g_assert_cmpuint (juxta_session_get_chart_priority (f->session), ==, 3);
  juxta_session_set_chart_priority (f->session, 4);
  g_assert_cmpuint (juxta_session_get_chart_priority (f->session), ==, 3);

  juxta_session_set_notes (f->session, "For Tuesday");
  g_assert_cmpuint (f->changes.n, ==, 2);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_FILE);
  g_assert_cmpstr (juxta_session_get_notes (f->session), ==, "For Tuesday");
  juxta_session_set_notes (f->session, "");
  g_assert_null (juxta_session_get_notes (f->session));
}

/* A state saved as a GVariant comes back whole, on a new session too. */
static void
test_state_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(JuxtaSession) other = juxta_session_new ();
  g_autoptr(GVariant) state = NULL;

  juxta_session_set_weight (f->session, (guint) priority (f, "weight"), 13);
  juxta_session_set_requirement (f->session, 1, TRUE);
  juxta_session_set_audience (f->session, 1);
  juxta_session_hide_option (f->session, 0, TRUE);
  juxta_session_set_notes (f->session, "notes");
  state = juxta_session_save_state (f->session);
  g_assert_true (g_variant_is_of_type (state, G_VARIANT_TYPE_VARDICT));

  juxta_session_set_deck (other, f->deck, state);
  g_assert_true (juxta_scenario_equal (juxta_session_get_scenario (other), juxta_session_get_scenario (f->session)));
  g_assert_cmphex (juxta_session_get_hidden (other), ==, 1);
  g_assert_cmpstr (juxta_session_get_notes (other), ==, "notes");

  /* Restoring onto a changed session: one change, back to the saved. */
  juxta_session_reset (f->session);
  juxta_session_hide_option (f->session, 0, FALSE);
  f->changes = (Recorder) { 0 };
  juxta_session_restore_state (f->session, state);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_WEIGHTS | JUXTA_SESSION_CHANGE_HIDDEN |
                                          JUXTA_SESSION_CHANGE_ADVICE);
  g_assert_true (juxta_scenario_equal (juxta_session_get_scenario (other), juxta_session_get_scenario (f->session)));

  /* A state of the wrong type, or of unknown keys, changes nothing. */
  juxta_session_restore_state (f->session, g_variant_new_string ("no"));
  juxta_session_restore_state (f->session, g_variant_new_parsed ("{'answers': <[1, 2]>}"));
  g_assert_cmpuint (f->changes.n, ==, 1);
}

static char *
laptops_text (void)
{
  g_autofree char *path = laptops_path ();
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static JuxtaDeck *
deck_from_text (const char *text,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  JuxtaDeck *deck;

  if (path != NULL)
    g_assert_true (g_file_set_contents (path, text, -1, NULL));
  deck = path != NULL ? juxta_deck_load_file (path, NULL, &error)
                      : juxta_deck_load_data (text, strlen (text), "v2.json", NULL, NULL, &error);
  g_assert_no_error (error);
  return deck;
}

/* A new version of the deck keeps what still applies. */
static void
test_replace_deck (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *text = laptops_text ();
  g_autoptr(GString) v2 = g_string_new (text);
  g_autoptr(JuxtaDeck) deck2 = NULL;
  const JuxtaScenario *scenario;

  juxta_session_set_weight (f->session, (guint) priority (f, "weight"), 13);
  juxta_session_set_weight (f->session, (guint) priority (f, "price"), 99);
  juxta_session_set_requirement (f->session, (guint) juxta_deck_find_requirement (f->deck, "under-1000"), TRUE);
  juxta_session_set_audience (f->session, 1);
  juxta_session_hide_option (f->session, (guint) juxta_deck_find_option (f->deck, "budget"), TRUE);
  juxta_session_set_notes (f->session, "kept");

  /* Version 2 renames "price" to "cost"; the other ids stay. */
  g_assert_cmpuint (g_string_replace (v2, "\"price\"", "\"cost\"", 0), >, 0);
  deck2 = deck_from_text (v2->str, NULL);
  f->changes = (Recorder) { 0 };
  juxta_session_replace_deck (f->session, deck2);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_true ((f->changes.last & JUXTA_SESSION_CHANGE_DECK) != 0);
  scenario = juxta_session_get_scenario (f->session);
  g_assert_cmpint (scenario->weights[juxta_deck_find_priority (deck2, "weight")], ==, 13);
  g_assert_cmpint (scenario->weights[juxta_deck_find_priority (deck2, "cost")], ==, 50);
  g_assert_cmphex (scenario->requirements, ==, 1u << juxta_deck_find_requirement (deck2, "under-1000"));
  g_assert_cmpuint (scenario->audience, ==, 1);
  g_assert_true (juxta_session_is_hidden (f->session, (guint) juxta_deck_find_option (deck2, "budget")));
  g_assert_cmpstr (juxta_session_get_notes (f->session), ==, "kept");
  assert_advice_is_fresh (f->session);
}

/* ------------------------------------------------------ scenario files */

/* Copies laptops.json into the scratch folder, as the deck a scenario refers to. */
static JuxtaDeck *
scratch_deck (Fixture    *f,
              const char *name)
{
  g_autofree char *text = laptops_text ();
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  return deck_from_text (text, path);
}

static JsonObject *
read_json_object (const char *path,
                  JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_file_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(JuxtaDeck) deck = scratch_deck (f, "deck.json");
  g_autofree char *path = g_build_filename (f->dir, "Tuesday review.json", NULL);
  g_autofree char *deck_path = g_build_filename (f->dir, "deck.json", NULL);
  g_autofree char *sha256 = juxta_file_checksum (deck_path, NULL);
  g_autoptr(JuxtaSession) reopened = juxta_session_new ();
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  JsonObject *root, *deck_object;
  Recorder changes = { 0 };

  juxta_session_set_deck (f->session, deck, NULL);
  juxta_session_set_weight (f->session, (guint) priority (f, "power"), 88);
  juxta_session_set_requirement (f->session, 0, TRUE);
  juxta_session_set_audience (f->session, 1);
  juxta_session_hide_option (f->session, 2, TRUE);
  juxta_session_set_notes (f->session, "Prepared for the Tuesday review — “quotes” too");
  f->changes = (Recorder) { 0 };
  g_assert_true (juxta_session_save_to_file (f->session, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_FILE);
  g_assert_cmpstr (juxta_session_get_file (f->session), ==, path);
  name = juxta_session_dup_name (f->session);
  g_assert_cmpstr (name, ==, "Tuesday review");

  /* What was written, read back by another JSON reader. */
  root = read_json_object (path, parser);
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "juxta-scenario");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  deck_object = json_object_get_object_member (root, "deck");
  g_assert_cmpstr (json_object_get_string_member (deck_object, "id"), ==, "team-laptops");
  g_assert_cmpstr (json_object_get_string_member (deck_object, "path"), ==, "deck.json");
  g_assert_cmpstr (json_object_get_string_member (deck_object, "sha256"), ==, sha256);
  g_assert_cmpstr (json_object_get_string_member (root, "audience"), ==, "business");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "weights"), "power"), ==, 88);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "requirements"), 0), ==, "gpu");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "hidden"), 0), ==, "budget");
  g_assert_cmpstr (json_object_get_string_member (root, "notes"), ==, "Prepared for the Tuesday review — “quotes” too");

  /* Opened again: the same scenario, in one change. */
  g_signal_connect (reopened, "changed", G_CALLBACK (changed_cb), &changes);
  g_assert_true (juxta_session_load_file (reopened, path, NULL, &diagnostics, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_cmpuint (changes.n, ==, 1);
  g_assert_cmpuint (changes.last, ==, JUXTA_SESSION_CHANGE_ALL);
  g_assert_cmpstr (juxta_deck_get_path (juxta_session_get_deck (reopened)), ==, deck_path);
  g_assert_true (juxta_scenario_equal (juxta_session_get_scenario (reopened), juxta_session_get_scenario (f->session)));
  g_assert_cmphex (juxta_session_get_hidden (reopened), ==, juxta_session_get_hidden (f->session));
  g_assert_cmpstr (juxta_session_get_notes (reopened), ==, juxta_session_get_notes (f->session));
  g_assert_cmpstr (juxta_session_get_file (reopened), ==, path);
  g_assert_false (juxta_session_get_deck_changed (reopened));
  assert_advice_is_fresh (reopened);
}

static char *
write_scenario (Fixture    *f,
                const char *name,
                const char *text)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static gboolean
has_line (GPtrArray  *diagnostics,
          const char *line)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *text = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      if (g_str_equal (text, line))
        return TRUE;
    }
  return FALSE;
}

/* Missing weights take the deck's defaults; ids the deck no longer has
 * are warnings with their position, and the rest applies. */
static void
test_file_partial_and_unknown_ids (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(JuxtaDeck) deck = scratch_deck (f, "deck.json");
  g_autofree char *path = write_scenario (f, "s.json",
    "{\"format\": \"juxta-scenario\", \"version\": 1,\n"
    " \"deck\": {\"id\": \"team-laptops\", \"path\": \"deck.json\"},\n"
    " \"audience\": \"executives\",\n"
    " \"weights\": {\"power\": 90, \"glitter\": 20},\n"
    " \"requirements\": [\"gpu\", \"wings\"],\n"
    " \"hidden\": [\"tablet\", \"budget\"],\n"
    " \"future-key\": true}\n");
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  const JuxtaScenario *scenario;

  g_assert_true (juxta_session_load_file (f->session, path, NULL, &diagnostics, &error));
  g_assert_no_error (error);
  scenario = juxta_session_get_scenario (f->session);
  g_assert_cmpint (scenario->weights[priority (f, "power")], ==, 90);
  g_assert_cmpint (scenario->weights[priority (f, "battery")], ==, 70);
  g_assert_cmpint (scenario->weights[priority (f, "price")], ==, 50);
  g_assert_cmphex (scenario->requirements, ==, 1u << juxta_deck_find_requirement (f->deck, "gpu"));
  g_assert_cmpuint (scenario->audience, ==, 0);
  g_assert_cmphex (juxta_session_get_hidden (f->session), ==, 1u << 2);

  g_assert_cmpuint (diagnostics->len, ==, 5);
  g_assert_cmpuint (juxta_diagnostics_count_errors (diagnostics), ==, 0);
#define LINE(l, c, p, m) g_strdup_printf ("%s:" #l ":" #c ": warning: " p ": " m, path)
  expected = LINE (3, 14, "$.audience", "the deck has no audience \"executives\"; its first audience is used "
                                        "(known: technical, business)");
  g_assert_true (has_line (diagnostics, expected));
  g_free (expected);
  expected = LINE (4, 38, "$.weights.glitter", "the deck has no priority \"glitter\"; ignored "
                                               "(known: battery, weight, power, price)");
  g_assert_true (has_line (diagnostics, expected));
  g_free (expected);
  expected = LINE (5, 26, "$.requirements[1]", "the deck has no requirement \"wings\"; ignored "
                                               "(known: gpu, under-1000)");
  g_assert_true (has_line (diagnostics, expected));
  g_free (expected);
  expected = LINE (6, 13, "$.hidden[0]", "the deck has no option \"tablet\"; ignored "
                                         "(known: ultrabook, workstation, budget)");
  g_assert_true (has_line (diagnostics, expected));
  g_free (expected);
  expected = LINE (7, 16, "$.future-key", "unknown key, ignored (known here: format, version, deck, "
                                               "audience, weights, answers, stakeholders, requirements, hidden, notes)");
  g_assert_true (has_line (diagnostics, expected));
#undef LINE
}

static void
test_file_deck_changed (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(JuxtaDeck) deck = scratch_deck (f, "deck.json");
  g_autofree char *path = g_build_filename (f->dir, "s.json", NULL);
  g_autofree char *deck_path = g_build_filename (f->dir, "deck.json", NULL);
  g_autofree char *text = laptops_text ();
  g_autoptr(GString) edited = g_string_new (text);
  g_autoptr(JuxtaSession) reopened = juxta_session_new ();
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  const JuxtaDiagnostic *d;

  juxta_session_set_deck (f->session, deck, NULL);
  juxta_session_set_weight (f->session, 0, 11);
  g_assert_true (juxta_session_save_to_file (f->session, path, &error));

  g_string_replace (edited, "Which laptop for the field team?", "Which laptop, this year?", 1);
  g_assert_true (g_file_set_contents (deck_path, edited->str, -1, NULL));
  g_assert_true (juxta_session_load_file (reopened, path, NULL, &diagnostics, &error));
  g_assert_no_error (error);
  g_assert_true (juxta_session_get_deck_changed (reopened));
  g_assert_cmpstr (juxta_deck_get_title (juxta_session_get_deck (reopened)), ==, "Which laptop, this year?");
  g_assert_cmpint (juxta_session_get_scenario (reopened)->weights[0], ==, 11);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  d = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpint (d->severity, ==, JUXTA_SEVERITY_WARNING);
  g_assert_cmpstr (d->path, ==, "$.deck.sha256");
  g_assert_cmpstr (d->message, ==, "the deck has changed since this scenario was saved");
  g_assert_cmpuint (d->line, >, 0);

  /* Saved again, the scenario is for this deck. */
  g_assert_true (juxta_session_save_to_file (reopened, path, &error));
  g_assert_false (juxta_session_get_deck_changed (reopened));
}

/* Without its path, the deck is found beside the scenario, then by id
 * among the user's decks and the recent files. */
static void
test_file_deck_lookup (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere", NULL);
  g_autofree char *recent_deck = g_build_filename (elsewhere, "laptops-copy.json", NULL);
  g_autofree char *moved = NULL;
  g_autofree char *text = laptops_text ();
  const char *recent[] = { "/nonexistent/x.json", NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaSession) session = juxta_session_new ();

  g_assert_cmpint (g_mkdir_with_parents (elsewhere, 0755), ==, 0);
  g_assert_true (g_file_set_contents (recent_deck, text, -1, NULL));
  recent[1] = recent_deck;

  /* Beside the scenario, under the name its path gives. */
  {
    g_autofree char *beside = g_build_filename (f->dir, "my-deck.json", NULL);
    g_autofree char *path = write_scenario (f, "beside.json",
      "{\"format\": \"juxta-scenario\", \"version\": 1,"
      " \"deck\": {\"id\": \"team-laptops\", \"path\": \"/gone/decks/my-deck.json\"}}");

    g_assert_true (g_file_set_contents (beside, text, -1, NULL));
    g_assert_true (juxta_session_load_file (session, path, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (juxta_deck_get_path (juxta_session_get_deck (session)), ==, beside);
    g_unlink (beside);
  }

  /* A deck at its path that is not valid: reported with its own errors,
   * not passed over for another deck of that id. */
  {
    g_autofree char *broken = g_build_filename (f->dir, "broken-deck.json", NULL);
    g_autofree char *path = write_scenario (f, "broken-deck-scenario.json",
      "{\"format\": \"juxta-scenario\", \"version\": 1,"
      " \"deck\": {\"id\": \"team-laptops\", \"path\": \"broken-deck.json\"}}");
    g_autoptr(GPtrArray) diagnostics = NULL;
    g_autofree char *first = NULL;
    g_autofree char *expected = NULL;

    g_assert_true (g_file_set_contents (broken, "[]", -1, NULL));
    g_assert_false (juxta_session_load_file (session, path, recent, &diagnostics, &error));
    g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_NO_DECK);
    g_clear_error (&error);
    g_assert_cmpuint (diagnostics->len, ==, 2);
    first = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, 0));
    expected = g_strdup_printf ("%s:1:83: error: $.deck.path: the deck at \"%s\" is not valid; its own errors follow",
                                path, broken);
    g_assert_cmpstr (first, ==, expected);
    g_assert_cmpstr (((JuxtaDiagnostic *) g_ptr_array_index (diagnostics, 1))->file, ==, broken);
    g_unlink (broken);
  }

  /* By id, among recent files. */
  {
    g_autofree char *path = write_scenario (f, "by-id.json",
      "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"team-laptops\"}}");

    g_assert_true (juxta_session_load_file (session, path, recent, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (juxta_deck_get_path (juxta_session_get_deck (session)), ==, recent_deck);

    /* Nowhere: an error at the deck, and the session stays as it was. */
    g_assert_false (juxta_session_load_file (session, path, NULL, NULL, &error));
    g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_NO_DECK);
    moved = g_strdup_printf ("%s:1:52: error: $.deck: the deck \"team-laptops\" was not found among the bundled "
                             "decks, your decks or recent files (the scenario gives no path)", path);
    g_assert_cmpstr (error->message, ==, moved);
    g_assert_cmpstr (juxta_deck_get_path (juxta_session_get_deck (session)), ==, recent_deck);
    g_clear_error (&error);
  }

  /* Nowhere, with a path: the message names the files it tried. */
  {
    g_autofree char *path = write_scenario (f, "gone.json",
      "{\"format\": \"juxta-scenario\", \"version\": 1,"
      " \"deck\": {\"id\": \"team-laptops\", \"path\": \"decks/gone.json\"}}");
    g_autofree char *absolute = g_build_filename (f->dir, "gone-deck.json", NULL);
    g_autofree char *absolute_text = g_strdup_printf ("{\"format\": \"juxta-scenario\", \"version\": 1,"
                                                      " \"deck\": {\"id\": \"team-laptops\", \"path\": \"%s\"}}",
                                                      absolute);
    g_autofree char *beside_path = write_scenario (f, "gone-beside.json", absolute_text);
    g_autofree char *expected = g_strdup_printf ("%s:1:52: error: $.deck: the deck \"team-laptops\" was not found: "
                                                 "not at \"%s/decks/gone.json\", nor at \"%s/gone.json\" beside "
                                                 "the scenario, nor among the bundled decks, your decks or recent "
                                                 "files", path, f->dir, f->dir);
    g_autofree char *expected_beside = g_strdup_printf ("%s:1:52: error: $.deck: the deck \"team-laptops\" was not "
                                                        "found: not at \"%s\", nor among the bundled decks, your "
                                                        "decks or recent files", beside_path, absolute);

    g_assert_false (juxta_session_load_file (session, path, NULL, NULL, &error));
    g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_NO_DECK);
    g_assert_cmpstr (error->message, ==, expected);
    g_clear_error (&error);
    g_assert_false (juxta_session_load_file (session, beside_path, NULL, NULL, &error));
    g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_NO_DECK);
    g_assert_cmpstr (error->message, ==, expected_beside);
    g_clear_error (&error);
  }
}

/* Broken files: an error at the line and column, and nothing changes. */
typedef struct
{
  const char *name;
  const char *text;
  const char *expected;   /* the first error, after "FILE:" */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "syntax", "{\"format\": \"juxta-scenario\",\n \"version\": 1,,}", "2:15: error: expected a key in double quotes, found \",\"" },
  { "not-object", "[1]", "1:1: error: $: expected an object (a scenario file), got an array" },
  { "deck-file", "{\"format\": \"juxta-deck\", \"version\": 1, \"deck\": {\"id\": \"x\"}}",
    "1:12: error: $.format: this is a Juxta deck, not a scenario: give it to --deck or --check, or open it in "
    "the window" },
  { "no-format", "{\"version\": 1, \"deck\": {\"id\": \"x\"}}", "1:1: error: $.format: missing; expected \"juxta-scenario\"" },
  { "version-2", "{\"format\": \"juxta-scenario\", \"version\": 2, \"deck\": {\"id\": \"x\"}}",
    "1:41: error: $.version: version 2 is not supported; this version of Juxta reads version 1" },
  { "no-deck", "{\"format\": \"juxta-scenario\", \"version\": 1}",
    "1:1: error: $.deck: missing; expected an object naming the deck (\"id\", \"path\", \"sha256\")" },
  { "no-deck-id", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {}}",
    "1:52: error: $.deck.id: missing; expected the deck's id" },
  { "bad-sha", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\", \"sha256\": \"abc\"}}",
    "1:74: error: $.deck.sha256: expected a SHA-256 checksum (64 hexadecimal digits)" },
  { "weight-101", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
                  " \"weights\": {\"power\": 101}}",
    "2:23: error: $.weights.power: expected a whole number from 0 to 100, got 101" },
  { "weight-text", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
                   " \"weights\": {\"power\": \"high\"}}",
    "2:23: error: $.weights.power: expected a whole number from 0 to 100, got a string" },
  { "requirements-string", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
                           " \"requirements\": \"gpu\"}",
    "2:18: error: $.requirements: expected an array of ids, got a string" },
  { "hidden-number", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
                     " \"hidden\": [\"a\", 3]}",
    "2:18: error: $.hidden[1]: expected an id (a string), got a number" },
  { "duplicate", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
                 " \"notes\": \"a\", \"notes\": \"b\"}",
    "2:25: error: $.notes: duplicate key \"notes\" (each key may appear once in an object)" },
  { "answers-object", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": {}}",
    "2:13: error: $.answers: expected an array of answers, got an object" },
  { "answer-string", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [\"battery>weight:2\"]}",
    "2:14: error: $.answers[0]: expected an answer (an object with \"priority\", \"other\" and \"ratio\"), got a string" },
  { "answer-no-other", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"ratio\": 2}]}",
    "2:14: error: $.answers[0].other: missing; expected a priority id" },
  { "answer-priority-number", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": 3, \"other\": \"weight\", \"ratio\": 2}]}",
    "2:27: error: $.answers[0].priority: expected a priority id (a string), got a number" },
  { "answer-empty-id", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"\", \"ratio\": 2}]}",
    "2:47: error: $.answers[0].other: expected a priority id, got an empty string" },
  { "answer-ratio-10", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 10}]}",
    "2:66: error: $.answers[0].ratio: expected a whole number from 1 to 9, got 10" },
  { "answer-ratio-0", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 0}]}",
    "2:66: error: $.answers[0].ratio: expected a whole number from 1 to 9, got 0" },
  { "answer-ratio-fraction", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 2.5}]}",
    "2:66: error: $.answers[0].ratio: expected a whole number from 1 to 9, got 2.5" },
  { "answer-ratio-string", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": \"5\"}]}",
    "2:66: error: $.answers[0].ratio: expected a whole number from 1 to 9, got a string" },
  { "answer-no-ratio", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\"}]}",
    "2:14: error: $.answers[0].ratio: missing; expected a whole number from 1 to 9" },
  { "answer-self", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": \"power\", \"other\": \"power\", \"ratio\": 2}]}",
    "2:45: error: $.answers[0].other: \"power\" is compared with itself" },
  { "answer-twice", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 2},\n"
    "  {\"priority\": \"weight\", \"other\": \"battery\", \"ratio\": 3}]}",
    "3:3: error: $.answers[1]: \"weight\" and \"battery\" are compared twice (also at $.answers[0])" },
  { "stakeholders-object", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": {}}",
    "2:18: error: $.stakeholders: expected an array of stakeholders, got an object" },
  { "stakeholder-string", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [\"Dana\"]}",
    "2:19: error: $.stakeholders[0]: expected a stakeholder (an object with \"name\" and \"weights\"), got a string" },
  { "stakeholder-no-name", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"weights\": {\"power\": 3}}]}",
    "2:19: error: $.stakeholders[0].name: missing; expected the person's name" },
  { "stakeholder-name-number", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"name\": 7}]}",
    "2:28: error: $.stakeholders[0].name: expected a name (a string), got a number" },
  { "stakeholder-name-blank", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"name\": \"  \"}]}",
    "2:28: error: $.stakeholders[0].name: a stakeholder needs a name" },
  { "stakeholder-name-lines", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"name\": \"Da\\nna\"}]}",
    "2:28: error: $.stakeholders[0].name: a stakeholder's name must be one line of text, without control "
    "characters" },
  { "stakeholder-name-too-long", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"name\": \"Dana Kowalczyk, Chief Information Security Officer, and deputy chair of the "
    "architecture review board\"}]}",
    "2:28: error: $.stakeholders[0].name: a stakeholder's name is 101 characters long; at most 100 are allowed" },
  { "stakeholder-name-twice", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"name\": \"Dana\"},\n   {\"name\": \" DANA\"}]}",
    "3:13: error: $.stakeholders[1].name: \" DANA\" is also the name of $.stakeholders[0] (each person is named "
    "once)" },
  { "stakeholder-weight-101", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"name\": \"Dana\", \"weights\": {\"power\": 101}}]}",
    "2:57: error: $.stakeholders[0].weights.power: expected a whole number from 0 to 100, got 101" },
  { "stakeholder-weight-negative", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"name\": \"Dana\", \"weights\": {\"power\": -1}}]}",
    "2:57: error: $.stakeholders[0].weights.power: expected a whole number from 0 to 100, got -1" },
  { "stakeholder-weights-list", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"name\": \"Dana\", \"weights\": [50]}]}",
    "2:47: error: $.stakeholders[0].weights: expected an object of priority ids and weights, got an array" },
  { "stakeholder-answers-twice", "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"},\n"
    " \"stakeholders\": [{\"name\": \"Dana\", \"answers\": [\n"
    "  {\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 2},\n"
    "  {\"priority\": \"weight\", \"other\": \"battery\", \"ratio\": 3}]}]}",
    "4:3: error: $.stakeholders[0].answers[1]: \"weight\" and \"battery\" are compared twice "
    "(also at $.stakeholders[0].answers[0])" },
  { "empty", "", "1:1: error: the file is empty; expected a JSON object" },
};

static void
test_file_broken (Fixture       *f,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      const BrokenCase *c = &broken_cases[i];
      g_autofree char *name = g_strconcat (c->name, ".json", NULL);
      g_autofree char *path = write_scenario (f, name, c->text);
      g_autofree char *expected = g_strdup_printf ("%s:%s", path, c->expected);
      g_autoptr(GPtrArray) diagnostics = NULL;
      g_autoptr(GError) error = NULL;
      const JuxtaDiagnostic *first = NULL;
      g_autofree char *line = NULL;

      g_test_message ("%s", c->name);
      f->changes = (Recorder) { 0 };
      g_assert_false (juxta_session_load_file (f->session, path, NULL, &diagnostics, &error));
      g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_INVALID);
      for (guint d = 0; d < diagnostics->len && first == NULL; d++)
        if (((JuxtaDiagnostic *) g_ptr_array_index (diagnostics, d))->severity == JUXTA_SEVERITY_ERROR)
          first = g_ptr_array_index (diagnostics, d);
      g_assert_nonnull (first);
      line = juxta_diagnostic_to_string (first);
      g_assert_cmpstr (line, ==, expected);
      g_assert_true (g_str_has_prefix (error->message, expected));
      g_assert_cmpuint (f->changes.n, ==, 0);
      g_assert_true (juxta_session_get_deck (f->session) == f->deck);
      g_assert_null (juxta_session_get_file (f->session));
    }
}

/* A deck given as a scenario, and a scenario from a newer Juxta, get the
 * one error that says what they are: not a list of keys a deck "should
 * not have" or a newer file may. */
static void
test_file_other_kind (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *deck = g_test_build_filename (G_TEST_DIST, "decks", "good", "laptops.json", NULL);
  g_autofree char *newer = write_scenario (f, "newer.json",
    "{\"format\": \"juxta-scenario\", \"version\": 2, \"deck\": {\"id\": \"x\", \"where\": \"cloud\"},\n"
    " \"weights\": {\"power\": \"high\"}, \"mood\": \"calm\"}");
  struct { const char *path; const char *expected; } cases[] = {
    { deck, "2:13: error: $.format: this is a Juxta deck, not a scenario: give it to --deck or --check, or "
            "open it in the window" },
    { newer, "1:41: error: $.version: version 2 is not supported; this version of Juxta reads version 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *expected = g_strdup_printf ("%s:%s", cases[i].path, cases[i].expected);
      g_autoptr(GPtrArray) diagnostics = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *line = NULL;

      g_assert_false (juxta_session_load_file (f->session, cases[i].path, NULL, &diagnostics, &error));
      g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_INVALID);
      g_assert_cmpuint (diagnostics->len, ==, 1);
      line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, 0));
      g_assert_cmpstr (line, ==, expected);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* Huge objects and lists cost their size, not its square, and report at
 * most JUXTA_MAX_DIAGNOSTICS problems. */
static void
test_file_hostile (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(JuxtaDeck) deck = scratch_deck (f, "deck.json");
  g_autoptr(GString) text = g_string_new ("{\"format\": \"juxta-scenario\", \"version\": 1,"
                                          " \"deck\": {\"id\": \"team-laptops\", \"path\": \"deck.json\"},"
                                          " \"weights\": {");
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (text, "%s\"p%u\": 1", i > 0 ? ", " : "", i);
  g_string_append (text, "}, \"hidden\": [");
  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (text, "%s\"o%u\"", i > 0 ? ", " : "", i);
  g_string_append (text, "]}");
  path = write_scenario (f, "hostile.json", text->str);

  /* Unknown ids only: it opens, with the first 100 warnings. */
  g_assert_true (juxta_session_load_file (f->session, path, NULL, &diagnostics, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (diagnostics->len, ==, JUXTA_MAX_DIAGNOSTICS);

  /* The same keys twice over: refused, with the first 100 errors. */
  g_string_truncate (text, 0);
  g_string_append (text, "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"x\"}, \"weights\": {");
  for (guint i = 0; i < 70000; i++)
    g_string_append_printf (text, "%s\"p%u\": 1", i > 0 ? ", " : "", i % 35000);
  g_string_append (text, "}}");
  g_clear_pointer (&diagnostics, g_ptr_array_unref);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  g_assert_false (juxta_session_load_file (f->session, path, NULL, &diagnostics, &error));
  g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "(and 34999 more problems)"));
  g_assert_cmpuint (diagnostics->len, ==, JUXTA_MAX_DIAGNOSTICS);
}

static void
test_file_unreadable (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (juxta_session_load_file (f->session, missing, NULL, NULL, &error));
  g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, ": error: cannot open the file"));
  g_clear_error (&error);
  g_assert_false (juxta_session_load_file (f->session, f->dir, NULL, NULL, &error));
  g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_UNREADABLE);
  g_assert_true (juxta_session_get_deck (f->session) == f->deck);
}

static void
test_file_kind (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *deck = laptops_path ();
  g_autofree char *scenario = write_scenario (f, "s.json", "{\"format\": \"juxta-scenario\"}");
  g_autofree char *other = write_scenario (f, "o.json", "{\"format\": 3}");
  g_autofree char *broken = write_scenario (f, "b.json", "{");

  g_assert_cmpint (juxta_file_kind_of (deck), ==, JUXTA_FILE_DECK);
  g_assert_cmpint (juxta_file_kind_of (scenario), ==, JUXTA_FILE_SCENARIO);
  g_assert_cmpint (juxta_file_kind_of (other), ==, JUXTA_FILE_UNKNOWN);
  g_assert_cmpint (juxta_file_kind_of (broken), ==, JUXTA_FILE_UNKNOWN);
  g_assert_cmpint (juxta_file_kind_of (f->dir), ==, JUXTA_FILE_UNKNOWN);
}

/* A deck given by a path outside the scenario's folder is written absolute. */
static void
test_file_absolute_deck_path (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *deck_path = laptops_path ();
  g_autofree char *absolute = g_canonicalize_filename (deck_path, NULL);
  g_autofree char *path = g_build_filename (f->dir, "s.json", NULL);
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_file (deck_path, NULL, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  juxta_session_set_deck (f->session, deck, NULL);
  g_assert_true (juxta_session_save_to_file (f->session, path, &error));
  root = read_json_object (path, parser);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "deck"), "path"), ==,
                   absolute);
  g_assert_false (json_object_has_member (root, "notes"));
}

/* ------------------------------------------------------------ answers */

/* "@a matters @ratio times as much as @b", by ids. */
static JuxtaInterviewAnswer
answer (Fixture    *f,
        const char *a,
        const char *b,
        guint       ratio)
{
  JuxtaInterviewAnswer result = { (guint) priority (f, a), (guint) priority (f, b), ratio };
  return result;
}

static void
assert_answers (JuxtaSession               *session,
                const JuxtaInterviewAnswer *expected,
                guint                       n_expected)
{
  guint n = 0;
  const JuxtaInterviewAnswer *answers = juxta_session_get_answers (session, &n);

  g_assert_cmpuint (n, ==, n_expected);
  for (guint k = 0; k < n; k++)
    {
      g_assert_cmpuint (answers[k].priority, ==, expected[k].priority);
      g_assert_cmpuint (answers[k].other, ==, expected[k].other);
      g_assert_cmpuint (answers[k].ratio, ==, expected[k].ratio);
    }
}

static void
assert_weights (JuxtaSession *session,
                const int    *expected)
{
  JuxtaDeck *deck = juxta_session_get_deck (session);

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    g_assert_cmpint (juxta_session_get_scenario (session)->weights[p], ==, expected[p]);
}

/* Battery against each other priority, a star: the weights are 100 over
 * the ratios, exactly. */
static void
set_star (Fixture *f)
{
  const JuxtaInterviewAnswer star[] = {
    answer (f, "battery", "weight", 2), answer (f, "battery", "power", 4), answer (f, "battery", "price", 5),
  };
  g_autoptr(GError) error = NULL;

  g_assert_true (juxta_session_set_answers (f->session, star, G_N_ELEMENTS (star), &error));
  g_assert_no_error (error);
}

static void
test_answers_set (Fixture       *f,
                  gconstpointer  data)
{
  const JuxtaInterviewAnswer two[] = { answer (f, "battery", "weight", 2), answer (f, "power", "price", 3) };
  const int defaults[] = { 70, 60, 30, 50 };
  const int star_weights[] = { 100, 50, 25, 20 };
  const JuxtaInterviewResult *interview;

  g_assert_null (juxta_session_get_interview (f->session));
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_NONE);

  /* Two answers do not connect four priorities: the sliders stay. */
  g_assert_true (juxta_session_set_answers (f->session, two, 2, NULL));
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_ANSWERS);
  assert_answers (f->session, two, 2);
  assert_weights (f->session, defaults);
  interview = juxta_session_get_interview (f->session);
  g_assert_nonnull (interview);
  g_assert_false (interview->connected);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_INCOMPLETE);

  /* Connected: every weight is the answers', in the same change. */
  f->changes = (Recorder) { 0 };
  set_star (f);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_ANSWERS | JUXTA_SESSION_CHANGE_WEIGHTS |
                                          JUXTA_SESSION_CHANGE_ADVICE);
  assert_weights (f->session, star_weights);
  assert_advice_is_fresh (f->session);
  interview = juxta_session_get_interview (f->session);
  g_assert_true (interview->connected);
  g_assert_false (interview->checked);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_APPLIED);

  /* The same answers again are no change. */
  set_star (f);
  g_assert_cmpuint (f->changes.n, ==, 1);
}

static void
test_answers_invalid (Fixture       *f,
                      gconstpointer  data)
{
  const struct { JuxtaInterviewAnswer answers[2]; guint n; int code; } cases[] = {
    { { { 0, 0, 3 } }, 1, JUXTA_INTERVIEW_ERROR_SAME_PRIORITY },
    { { { 0, 1, 10 } }, 1, JUXTA_INTERVIEW_ERROR_RATIO },
    { { { 0, 1, 0 } }, 1, JUXTA_INTERVIEW_ERROR_RATIO },
    { { { 0, 4, 2 } }, 1, JUXTA_INTERVIEW_ERROR_UNKNOWN_PRIORITY },
    { { { 0, 1, 2 }, { 1, 0, 3 } }, 2, JUXTA_INTERVIEW_ERROR_DUPLICATE },
  };

  set_star (f);
  f->changes = (Recorder) { 0 };
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (juxta_session_set_answers (f->session, cases[c].answers, cases[c].n, &error));
      g_assert_error (error, JUXTA_INTERVIEW_ERROR, cases[c].code);
      if (cases[c].n == 1)
        {
          g_clear_error (&error);
          g_assert_false (juxta_session_set_answer (f->session, &cases[c].answers[0], &error));
          g_assert_error (error, JUXTA_INTERVIEW_ERROR, cases[c].code);
        }
    }
  g_assert_cmpuint (f->changes.n, ==, 0);
  g_assert_cmpuint (juxta_session_get_interview (f->session)->n_answers, ==, 3);
}

/* One question answered, answered again, taken back. */
static void
test_answers_one_at_a_time (Fixture       *f,
                            gconstpointer  data)
{
  const int star_weights[] = { 100, 50, 25, 20 };
  JuxtaInterviewAnswer again = answer (f, "weight", "battery", 2);
  JuxtaInterviewAnswer extra = answer (f, "weight", "power", 2);
  const JuxtaInterviewResult *interview;

  for (guint k = 0; k < 3; k++)
    {
      const char *others[] = { "weight", "power", "price" };
      const guint ratios[] = { 2, 4, 5 };
      JuxtaInterviewAnswer a = answer (f, "battery", others[k], ratios[k]);

      f->changes = (Recorder) { 0 };
      g_assert_true (juxta_session_set_answer (f->session, &a, NULL));
      g_assert_cmpuint (f->changes.n, ==, 1);
      /* The sliders move once the third answer connects everything. */
      g_assert_cmpuint ((f->changes.last & JUXTA_SESSION_CHANGE_WEIGHTS) != 0, ==, k == 2);
    }
  assert_weights (f->session, star_weights);

  /* Another answer on the same pair replaces the first, in its place. */
  g_assert_true (juxta_session_set_answer (f->session, &again, NULL));
  {
    const JuxtaInterviewAnswer expected[] = {
      again, answer (f, "battery", "power", 4), answer (f, "battery", "price", 5),
    };
    const int weights[] = { 50, 100, 13, 10 };   /* weight 2× battery: 50 / 4 = 12.5 rounds up */

    assert_answers (f->session, expected, 3);
    assert_weights (f->session, weights);
  }

  /* A fourth answer can be checked against the rest: weight 2× power
   * where the others say 8×. */
  g_assert_true (juxta_session_set_answer (f->session, &extra, NULL));
  interview = juxta_session_get_interview (f->session);
  g_assert_true (interview->checked);
  g_assert_cmpfloat (interview->inconsistency, >, 0);
  g_assert_cmpuint (interview->n_answers, ==, 4);

  /* Taken back: the three left still connect, and give the weights again. */
  f->changes = (Recorder) { 0 };
  g_assert_true (juxta_session_remove_answer (f->session, (guint) priority (f, "power"),
                                              (guint) priority (f, "weight")));
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_ANSWERS | JUXTA_SESSION_CHANGE_WEIGHTS |
                                          JUXTA_SESSION_CHANGE_ADVICE);
  g_assert_false (juxta_session_get_interview (f->session)->checked);

  /* One fewer leaves price unconnected: the sliders stay where they are. */
  g_assert_true (juxta_session_remove_answer (f->session, (guint) priority (f, "price"),
                                              (guint) priority (f, "battery")));
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_ANSWERS);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[priority (f, "price")], ==, 10);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_INCOMPLETE);
  g_assert_false (juxta_session_apply_answers (f->session));
  g_assert_false (juxta_session_remove_answer (f->session, (guint) priority (f, "price"),
                                               (guint) priority (f, "battery")));
  g_assert_cmpuint (f->changes.n, ==, 2);
}

/* A slider moved by hand keeps the answers, which no longer match;
 * applying them puts their weights back. */
static void
test_answers_overridden (Fixture       *f,
                         gconstpointer  data)
{
  const int star_weights[] = { 100, 50, 25, 20 };
  guint n = 0;

  set_star (f);
  f->changes = (Recorder) { 0 };
  juxta_session_set_weight (f->session, (guint) priority (f, "power"), 80);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_WEIGHTS | JUXTA_SESSION_CHANGE_ADVICE);
  g_assert_nonnull (juxta_session_get_answers (f->session, &n));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_OVERRIDDEN);

  /* Back to exactly the answers' value: they match again. */
  juxta_session_set_weight (f->session, (guint) priority (f, "power"), 25);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_APPLIED);

  /* Reset is a hand too. */
  juxta_session_reset (f->session);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_OVERRIDDEN);
  f->changes = (Recorder) { 0 };
  g_assert_true (juxta_session_apply_answers (f->session));
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_WEIGHTS | JUXTA_SESSION_CHANGE_ADVICE);
  assert_weights (f->session, star_weights);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_APPLIED);

  /* Cleared: the weights stay. */
  juxta_session_clear_answers (f->session);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_ANSWERS);
  assert_weights (f->session, star_weights);
  g_assert_null (juxta_session_get_interview (f->session));
  g_assert_null (juxta_session_get_answers (f->session, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_NONE);
  juxta_session_clear_answers (f->session);
  g_assert_cmpuint (f->changes.n, ==, 2);
}

/* What the exports are told: a copy that outlives the session's changes. */
static void
test_answers_export_interview (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(JuxtaExportInterview) none = juxta_session_dup_export_interview (f->session);
  g_autoptr(JuxtaExportInterview) applied = NULL;
  g_autoptr(JuxtaExportInterview) overridden = NULL;

  g_assert_null (none);
  set_star (f);
  applied = juxta_session_dup_export_interview (f->session);
  juxta_session_set_weight (f->session, 0, 3);
  overridden = juxta_session_dup_export_interview (f->session);
  juxta_session_clear_answers (f->session);

  g_assert_cmpint (applied->status, ==, JUXTA_INTERVIEW_STATUS_APPLIED);
  g_assert_cmpuint (applied->n_answers, ==, 3);
  g_assert_cmpuint (applied->answers[2].ratio, ==, 5);
  g_assert_cmpint (applied->result->weights[priority (f, "price")], ==, 20);
  g_assert_cmpint (overridden->status, ==, JUXTA_INTERVIEW_STATUS_OVERRIDDEN);
}

/* The answers are in the saved state; restoring a state from before the
 * interview takes them away again (the window's Cancel). */
static void
test_answers_state (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(JuxtaSession) other = juxta_session_new ();
  g_autoptr(GVariant) before = juxta_session_save_state (f->session);
  g_autoptr(GVariant) after = NULL;
  guint n = 0;

  set_star (f);
  juxta_session_set_weight (f->session, (guint) priority (f, "weight"), 51);
  after = juxta_session_save_state (f->session);

  juxta_session_set_deck (other, f->deck, after);
  g_assert_true (juxta_scenario_equal (juxta_session_get_scenario (other), juxta_session_get_scenario (f->session)));
  assert_answers (other, juxta_session_get_answers (f->session, &n), 3);
  /* The saved weights win: still moved by hand. */
  g_assert_cmpint (juxta_session_get_interview_status (other), ==, JUXTA_INTERVIEW_STATUS_OVERRIDDEN);

  f->changes = (Recorder) { 0 };
  juxta_session_restore_state (f->session, before);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_ANSWERS | JUXTA_SESSION_CHANGE_WEIGHTS |
                                          JUXTA_SESSION_CHANGE_ADVICE);
  g_assert_null (juxta_session_get_answers (f->session, NULL));
  juxta_session_restore_state (f->session, after);
  assert_answers (f->session, juxta_session_get_answers (other, &n), 3);

  /* Broken entries in a state are left out, the rest restores. */
  juxta_session_restore_state (f->session,
    g_variant_new_parsed ("{'answers': <[('battery', 'weight', uint32 3), ('battery', 'battery', 2),"
                          " ('battery', 'glitter', 2), ('weight', 'battery', 4), ('price', 'power', 12)]>}"));
  {
    const JuxtaInterviewAnswer expected[] = { answer (f, "battery", "weight", 3) };
    assert_answers (f->session, expected, 1);
  }
}

/* A new version of the deck keeps the answers whose priorities remain. */
static void
test_answers_replace_deck (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *text = laptops_text ();
  g_autoptr(GString) v2 = g_string_new (text);
  g_autoptr(JuxtaDeck) deck2 = NULL;
  guint n = 0;
  const JuxtaInterviewAnswer *answers;

  set_star (f);
  g_assert_cmpuint (g_string_replace (v2, "\"price\"", "\"cost\"", 0), >, 0);
  deck2 = deck_from_text (v2->str, NULL);
  juxta_session_replace_deck (f->session, deck2);
  answers = juxta_session_get_answers (f->session, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (juxta_deck_get_priority (deck2, answers[1].other)->id, ==, "power");
  g_assert_false (juxta_session_get_interview (f->session)->connected);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_INCOMPLETE);
}

static void
test_answers_file_round_trip (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(JuxtaDeck) deck = scratch_deck (f, "deck.json");
  g_autofree char *path = g_build_filename (f->dir, "interview.json", NULL);
  g_autoptr(JuxtaSession) reopened = juxta_session_new ();
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  /* Given as the interview records them: the preferred first, an equal
   * answer in the order asked (price before power). */
  const JuxtaInterviewAnswer given[] = {
    answer (f, "battery", "weight", 2), answer (f, "power", "battery", 3), answer (f, "price", "power", 1),
    answer (f, "weight", "price", 7),
  };
  const char *expected[][3] = {
    { "battery", "weight", "2" }, { "power", "battery", "3" }, { "price", "power", "1" }, { "weight", "price", "7" },
  };
  JsonArray *written;

  juxta_session_set_deck (f->session, deck, NULL);
  g_assert_true (juxta_session_set_answers (f->session, given, G_N_ELEMENTS (given), NULL));
  g_assert_true (juxta_session_save_to_file (f->session, path, &error));
  g_assert_no_error (error);

  written = json_object_get_array_member (read_json_object (path, parser), "answers");
  g_assert_cmpuint (json_array_get_length (written), ==, G_N_ELEMENTS (expected));
  for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
    {
      JsonObject *item = json_array_get_object_element (written, k);
      g_autofree char *ratio = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (item, "ratio"));

      g_assert_cmpuint (json_object_get_size (item), ==, 3);
      g_assert_cmpstr (json_object_get_string_member (item, "priority"), ==, expected[k][0]);
      g_assert_cmpstr (json_object_get_string_member (item, "other"), ==, expected[k][1]);
      g_assert_cmpstr (ratio, ==, expected[k][2]);
    }

  g_assert_true (juxta_session_load_file (reopened, path, NULL, &diagnostics, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  assert_answers (reopened, given, G_N_ELEMENTS (given));
  g_assert_true (juxta_scenario_equal (juxta_session_get_scenario (reopened), juxta_session_get_scenario (f->session)));
  g_assert_cmpint (juxta_session_get_interview_status (reopened), ==, JUXTA_INTERVIEW_STATUS_APPLIED);

  /* Moved by hand, saved, reopened: the file's weights win, the answers
   * stay, and they still do not match. */
  juxta_session_set_weight (f->session, (guint) priority (f, "price"), 99);
  g_assert_true (juxta_session_save_to_file (f->session, path, &error));
  g_assert_true (juxta_session_load_file (reopened, path, NULL, NULL, &error));
  g_assert_cmpint (juxta_session_get_scenario (reopened)->weights[priority (f, "price")], ==, 99);
  assert_answers (reopened, given, G_N_ELEMENTS (given));
  g_assert_cmpint (juxta_session_get_interview_status (reopened), ==, JUXTA_INTERVIEW_STATUS_OVERRIDDEN);

  /* Without answers there is no "answers" key. */
  juxta_session_clear_answers (f->session);
  g_assert_true (juxta_session_save_to_file (f->session, path, &error));
  g_assert_false (json_object_has_member (read_json_object (path, parser), "answers"));
}

/* Answers without weights give the weights; unknown priorities are
 * warnings at their position, and the answer is left out. */
static void
test_answers_file_without_weights (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(JuxtaDeck) deck = scratch_deck (f, "deck.json");
  g_autofree char *path = write_scenario (f, "s.json",
    "{\"format\": \"juxta-scenario\", \"version\": 1,\n"
    " \"deck\": {\"id\": \"team-laptops\", \"path\": \"deck.json\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 2},\n"
    "             {\"priority\": \"battery\", \"other\": \"power\", \"ratio\": 4},\n"
    "             {\"priority\": \"glitter\", \"other\": \"power\", \"ratio\": 4},\n"
    "             {\"other\": \"price\", \"priority\": \"battery\", \"ratio\": 5, \"why\": \"gut\"}]}\n");
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  const int star_weights[] = { 100, 50, 25, 20 };

  g_assert_true (juxta_session_load_file (f->session, path, NULL, &diagnostics, &error));
  g_assert_no_error (error);
  assert_weights (f->session, star_weights);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_APPLIED);
  g_assert_cmpuint (juxta_session_get_interview (f->session)->n_answers, ==, 3);
  g_assert_cmpuint (diagnostics->len, ==, 2);
  expected = g_strdup_printf ("%s:5:27: warning: $.answers[2].priority: the deck has no priority \"glitter\"; "
                              "ignored (known: battery, weight, power, price)", path);
  g_assert_true (has_line (diagnostics, expected));
  g_free (expected);
  expected = g_strdup_printf ("%s:6:75: warning: $.answers[3].why: unknown key, ignored "
                              "(known here: priority, other, ratio)", path);
  g_assert_true (has_line (diagnostics, expected));
}

/* A pair can be answered once: a list longer than every pair of the
 * largest deck is refused at the list, without reading it. */
static void
test_answers_file_too_many (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"juxta-scenario\", \"version\": 1,"
                                          " \"deck\": {\"id\": \"x\"},\n \"answers\": [");
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 32 * 31 / 2 + 1; i++)
    g_string_append_printf (text, "%s{\"priority\": \"a\", \"other\": \"b\", \"ratio\": 1}", i > 0 ? ", " : "");
  g_string_append (text, "]}");
  path = write_scenario (f, "many.json", text->str);
  g_assert_false (juxta_session_load_file (f->session, path, NULL, &diagnostics, &error));
  g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_INVALID);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  expected = g_strdup_printf ("%s:2:13: error: $.answers: expected at most 496 answers (every pair of 32 "
                              "priorities once), got 497", path);
  g_assert_true (has_line (diagnostics, expected));
}

/* With weights, the weights are the sliders; answers that do not connect
 * every priority leave them alone too. */
static void
test_answers_file_with_weights (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(JuxtaDeck) deck = scratch_deck (f, "deck.json");
  g_autofree char *with_weights = write_scenario (f, "w.json",
    "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"team-laptops\", \"path\": \"deck.json\"},\n"
    " \"weights\": {\"power\": 90},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 2},\n"
    "             {\"priority\": \"battery\", \"other\": \"power\", \"ratio\": 4},\n"
    "             {\"priority\": \"battery\", \"other\": \"price\", \"ratio\": 5}]}\n");
  g_autofree char *incomplete = write_scenario (f, "i.json",
    "{\"format\": \"juxta-scenario\", \"version\": 1, \"deck\": {\"id\": \"team-laptops\", \"path\": \"deck.json\"},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 2}]}\n");
  const int file_weights[] = { 70, 60, 90, 50 };
  const int defaults[] = { 70, 60, 30, 50 };
  g_autoptr(GError) error = NULL;

  g_assert_true (juxta_session_load_file (f->session, with_weights, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_weights (f->session, file_weights);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_OVERRIDDEN);

  g_assert_true (juxta_session_load_file (f->session, incomplete, NULL, NULL, &error));
  assert_weights (f->session, defaults);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_INCOMPLETE);
}

/* ------------------------------------------------------- stakeholders */

/* The consensus weights by the issue's definition, in exact integers:
 * each person's weights over their sum (people whose weights are all 0
 * left out), summed per priority over a common denominator, scaled so
 * that the largest is 100 and rounded half away from zero. */
static void
expected_consensus (JuxtaStakeholder *const *people,
                    guint                    n_people,
                    guint                    n,
                    int                     *weights)
{
  gint64 totals[4] = { 0 }, sums[JUXTA_MAX_PRIORITIES] = { 0 };
  gint64 common = 1, largest = 0;

  g_assert_cmpuint (n_people, <=, G_N_ELEMENTS (totals));
  for (guint k = 0; k < n_people; k++)
    {
      for (guint p = 0; p < n; p++)
        totals[k] += people[k]->weights[p];
      if (totals[k] > 0)
        common *= totals[k];
    }
  for (guint k = 0; k < n_people; k++)
    for (guint p = 0; p < n && totals[k] > 0; p++)
      sums[p] += people[k]->weights[p] * (common / totals[k]);
  for (guint p = 0; p < n; p++)
    largest = MAX (largest, sums[p]);
  for (guint p = 0; p < n; p++)
    weights[p] = largest > 0 ? (int) ((200 * sums[p] + largest) / (2 * largest)) : 0;
}

static void
assert_slider_weights (JuxtaSession *session,
                       const int    *expected)
{
  const int *sliders = juxta_session_get_slider_weights (session);

  for (guint p = 0; p < juxta_deck_get_n_priorities (juxta_session_get_deck (session)); p++)
    g_assert_cmpint (sliders[p], ==, expected[p]);
}

/* With people, the scenario's weights are their consensus (computed here
 * from the definition), the advice is the advice engine's for it, each
 * outcome is the engine's for the person's own weights, and the talking
 * points name the one who gives up most. */
static void
assert_consensus_is_fresh (JuxtaSession *session)
{
  JuxtaDeck *deck = juxta_session_get_deck (session);
  guint n = juxta_deck_get_n_priorities (deck), n_people = 0;
  JuxtaStakeholder *const *people = juxta_session_get_stakeholders (session, &n_people);
  const JuxtaConsensus *consensus = juxta_session_get_consensus (session);
  const JuxtaScenario *scenario = juxta_session_get_scenario (session);
  g_autoptr(JuxtaAdvice) advice = juxta_advice_new (deck, scenario);
  GPtrArray *points = juxta_session_get_talking_points (session);
  int expected[JUXTA_MAX_PRIORITIES] = { 0 };
  int carrier = -1;
  double largest = 0;
  guint n_lines = 0;

  g_assert_cmpuint (n_people, >, 0);
  g_assert_nonnull (consensus);
  g_assert_cmpuint (consensus->n_stakeholders, ==, n_people);
  expected_consensus (people, n_people, n, expected);
  assert_weights (session, expected);
  g_assert_cmpint (juxta_session_get_advice (session)->leader, ==, advice->leader);
  g_assert_cmpmem (juxta_session_get_advice (session)->scores, advice->n_options * sizeof (double),
                   advice->scores, advice->n_options * sizeof (double));

  for (guint k = 0; k < n_people; k++)
    {
      JuxtaScenario own = *scenario;
      g_autoptr(JuxtaAdvice) theirs = NULL;
      double regret = 0;

      memcpy (own.weights, people[k]->weights, sizeof own.weights);
      theirs = juxta_advice_new (deck, &own);
      g_assert_cmpint (consensus->outcomes[k].leader, ==, theirs->leader);
      if (theirs->leader >= 0 && advice->leader >= 0)
        regret = theirs->scores[theirs->leader] - theirs->scores[advice->leader];
      g_assert_cmpfloat_with_epsilon (consensus->outcomes[k].regret, regret, 1e-9);
      if (regret > largest + 1e-9)
        {
          largest = regret;
          carrier = (int) k;
        }
    }
  g_assert_cmpint (consensus->disagreement, ==, carrier);

  /* One line on who gives up most, and only when someone does. */
  for (guint i = 0; i < points->len; i++)
    n_lines += strstr (g_ptr_array_index (points, i), "under the consensus they give up") != NULL;
  g_assert_cmpuint (n_lines, ==, carrier >= 0 ? 1 : 0);
  if (carrier >= 0)
    {
      long whole = lround (largest);
      g_autofree char *line = NULL;

      if (whole == 0)
        line = g_strdup_printf ("%s's priorities favour %s; under the consensus they give up less than a point.",
                                people[carrier]->name,
                                juxta_deck_get_option (deck, (guint) consensus->outcomes[carrier].leader)->name);
      else
        line = g_strdup_printf ("%s's priorities favour %s; under the consensus they give up %ld point%s.",
                                people[carrier]->name,
                                juxta_deck_get_option (deck, (guint) consensus->outcomes[carrier].leader)->name,
                                whole, whole == 1 ? "" : "s");
      g_assert_true (g_ptr_array_find_with_equal_func (points, line, g_str_equal, NULL));
    }
}

static void
set_weights_of_selected (Fixture   *f,
                         const int *weights)
{
  for (guint p = 0; p < 4; p++)
    g_assert_true (juxta_session_set_weight (f->session, p, weights[p]));
}

static void
test_stakeholders_add (Fixture       *f,
                       gconstpointer  data)
{
  const int defaults[] = { 70, 60, 30, 50 };
  const int dana[] = { 70, 60, 100, 50 };
  const int sam[] = { 0, 0, 0, 100 };
  g_autoptr(GError) error = NULL;
  int before[JUXTA_MAX_PRIORITIES];

  g_assert_null (juxta_session_get_consensus (f->session));
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 0);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, -1);
  g_assert_true (juxta_session_get_weights_editable (f->session));

  /* The first person takes the sliders as they are, and is selected; the
   * weights are their consensus now (rescaled: the largest is 100). */
  g_assert_cmpint (juxta_session_add_stakeholder (f->session, "  Dana ", &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_STAKEHOLDERS | JUXTA_SESSION_CHANGE_WEIGHTS |
                                          JUXTA_SESSION_CHANGE_ANSWERS | JUXTA_SESSION_CHANGE_ADVICE);
  g_assert_cmpstr (juxta_session_get_stakeholder (f->session, 0)->name, ==, "Dana");
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 0);
  assert_slider_weights (f->session, defaults);
  g_assert_cmpint (juxta_session_get_scenario (f->session)->weights[0], ==, 100);
  assert_consensus_is_fresh (f->session);

  /* Her slider: her weights move, and the consensus follows. */
  f->changes = (Recorder) { 0 };
  g_assert_true (juxta_session_set_weight (f->session, (guint) priority (f, "power"), 100));
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_true ((f->changes.last & (JUXTA_SESSION_CHANGE_STAKEHOLDERS | JUXTA_SESSION_CHANGE_ADVICE)) ==
                 (JUXTA_SESSION_CHANGE_STAKEHOLDERS | JUXTA_SESSION_CHANGE_ADVICE));
  assert_slider_weights (f->session, dana);
  assert_consensus_is_fresh (f->session);

  /* A second person starts from the consensus: nothing moves. */
  memcpy (before, juxta_session_get_scenario (f->session)->weights, sizeof before);
  f->changes = (Recorder) { 0 };
  g_assert_cmpint (juxta_session_add_stakeholder (f->session, "Sam", NULL), ==, 1);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_false (f->changes.last & JUXTA_SESSION_CHANGE_WEIGHTS);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 1);
  assert_slider_weights (f->session, before);
  assert_weights (f->session, before);

  /* Sam cares for price alone: the consensus and the leaders follow. */
  set_weights_of_selected (f, sam);
  assert_slider_weights (f->session, sam);
  assert_consensus_is_fresh (f->session);
  g_assert_cmpint (juxta_session_get_consensus (f->session)->outcomes[1].leader, ==,
                   juxta_deck_find_option (f->deck, "budget"));
  g_assert_cmpint (juxta_session_get_consensus (f->session)->outcomes[0].leader, !=,
                   juxta_session_get_advice (f->session)->leader);
  g_assert_cmpint (juxta_session_get_consensus (f->session)->disagreement, ==, 0);

  /* One person's slider, whoever is selected; the same value is no change. */
  f->changes = (Recorder) { 0 };
  g_assert_true (juxta_session_set_stakeholder_weight (f->session, 0, (guint) priority (f, "price"), 400));
  g_assert_cmpint (juxta_session_get_stakeholder (f->session, 0)->weights[priority (f, "price")], ==, 100);
  g_assert_true (juxta_session_set_stakeholder_weight (f->session, 0, (guint) priority (f, "price"), 100));
  g_assert_false (juxta_session_set_stakeholder_weight (f->session, 2, 0, 10));
  g_assert_false (juxta_session_set_stakeholder_weight (f->session, 0, 4, 10));
  g_assert_cmpuint (f->changes.n, ==, 1);
  assert_consensus_is_fresh (f->session);
  g_assert_cmpint (juxta_session_find_stakeholder (f->session, "SAM"), ==, 1);
  g_assert_cmpint (juxta_session_find_stakeholder (f->session, "Kim"), ==, -1);
}

/* With everyone selected the consensus is read-only: sliders, presets,
 * Reset and answers change nothing. */
static void
test_stakeholders_everyone (Fixture       *f,
                            gconstpointer  data)
{
  const int defaults[] = { 70, 60, 30, 50 };
  const int road_warrior[] = { 90, 90, 10, 50 };
  JuxtaInterviewAnswer one = answer (f, "battery", "weight", 2);
  g_autoptr(GError) error = NULL;
  JuxtaScenario before;

  juxta_session_add_stakeholder (f->session, "Dana", NULL);
  juxta_session_add_stakeholder (f->session, "Sam", NULL);
  juxta_session_set_weight (f->session, (guint) priority (f, "power"), 0);
  f->changes = (Recorder) { 0 };
  juxta_session_select_stakeholder (f->session, -1);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_true (f->changes.last & JUXTA_SESSION_CHANGE_STAKEHOLDERS);
  g_assert_false (f->changes.last & JUXTA_SESSION_CHANGE_WEIGHTS);
  juxta_session_select_stakeholder (f->session, -1);
  juxta_session_select_stakeholder (f->session, 2);
  juxta_session_select_stakeholder (f->session, -2);
  g_assert_cmpuint (f->changes.n, ==, 1);

  g_assert_false (juxta_session_get_weights_editable (f->session));
  g_assert_true (juxta_session_get_slider_weights (f->session) == juxta_session_get_scenario (f->session)->weights);
  before = *juxta_session_get_scenario (f->session);
  f->changes = (Recorder) { 0 };
  g_assert_false (juxta_session_set_weight (f->session, 0, 3));
  juxta_session_apply_preset (f->session, 0);
  juxta_session_reset (f->session);
  g_assert_false (juxta_session_set_answer (f->session, &one, &error));
  g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_CONSENSUS);
  g_clear_error (&error);
  g_assert_false (juxta_session_set_answers (f->session, &one, 1, &error));
  g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_CONSENSUS);
  g_assert_false (juxta_session_apply_answers (f->session));
  g_assert_null (juxta_session_get_answers (f->session, NULL));
  g_assert_cmpuint (f->changes.n, ==, 0);
  g_assert_true (juxta_scenario_equal (&before, juxta_session_get_scenario (f->session)));

  /* Requirements and the audience are the meeting's: they still apply. */
  juxta_session_set_requirement (f->session, 0, TRUE);
  juxta_session_set_audience (f->session, 1);
  g_assert_cmpuint (f->changes.n, ==, 2);
  assert_consensus_is_fresh (f->session);
  g_assert_cmphex (juxta_session_get_consensus (f->session)->scenario.requirements, ==, 1);

  /* A person selected: a preset and Reset are theirs. */
  juxta_session_select_stakeholder (f->session, 0);
  g_assert_true (juxta_session_get_weights_editable (f->session));
  juxta_session_apply_preset (f->session, (guint) juxta_deck_find_preset (f->deck, "road-warrior"));
  assert_slider_weights (f->session, road_warrior);
  g_assert_cmpint (juxta_session_get_stakeholder (f->session, 1)->weights[priority (f, "power")], ==, 0);
  assert_consensus_is_fresh (f->session);
  juxta_session_reset (f->session);
  assert_slider_weights (f->session, defaults);
  assert_consensus_is_fresh (f->session);
}

static void
test_stakeholders_names (Fixture       *f,
                         gconstpointer  data)
{
  const struct { const char *name; int code; } bad[] = {
    { "", JUXTA_CONSENSUS_ERROR_MISSING_NAME },
    { "   ", JUXTA_CONSENSUS_ERROR_MISSING_NAME },
    { "Da\nna", JUXTA_CONSENSUS_ERROR_MALFORMED },
    { "Dana\t", JUXTA_CONSENSUS_ERROR_MALFORMED },
    { " dana ", JUXTA_CONSENSUS_ERROR_DUPLICATE_NAME },
    { "DANA", JUXTA_CONSENSUS_ERROR_DUPLICATE_NAME },
  };

  juxta_session_add_stakeholder (f->session, "Dana", NULL);
  juxta_session_add_stakeholder (f->session, "Zoë", NULL);
  f->changes = (Recorder) { 0 };
  for (guint c = 0; c < G_N_ELEMENTS (bad); c++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("\"%s\"", bad[c].name);
      g_assert_cmpint (juxta_session_add_stakeholder (f->session, bad[c].name, &error), ==, -1);
      g_assert_error (error, JUXTA_CONSENSUS_ERROR, bad[c].code);
      g_clear_error (&error);
      g_assert_false (juxta_session_rename_stakeholder (f->session, 1, bad[c].name, &error));
      g_assert_error (error, JUXTA_CONSENSUS_ERROR, bad[c].code);
    }
  g_assert_cmpuint (f->changes.n, ==, 0);
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 2);

  /* A person may be renamed to their own name in other letters;
   * Unicode normalisation counts too. */
  g_assert_true (juxta_session_rename_stakeholder (f->session, 1, " ZOE\xcc\x88 ", NULL));
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_true (f->changes.last & JUXTA_SESSION_CHANGE_STAKEHOLDERS);
  g_assert_false (f->changes.last & JUXTA_SESSION_CHANGE_WEIGHTS);
  g_assert_cmpstr (juxta_session_get_stakeholder (f->session, 1)->name, ==, "ZOE\xcc\x88");
  g_assert_cmpint (juxta_session_add_stakeholder (f->session, "zoë", NULL), ==, -1);
}

/* Removing moves the selection with the people; removing the last one
 * gives the meeting back its sliders and answers: add then remove is no
 * change at all. */
static void
test_stakeholders_remove (Fixture       *f,
                          gconstpointer  data)
{
  const JuxtaInterviewAnswer star[] = {
    answer (f, "battery", "weight", 2), answer (f, "battery", "power", 4), answer (f, "battery", "price", 5),
  };
  const int star_weights[] = { 100, 50, 25, 20 };
  g_autoptr(GVariant) before = NULL;
  g_autoptr(GVariant) after = NULL;

  g_assert_true (juxta_session_set_answers (f->session, star, 3, NULL));
  juxta_session_set_weight (f->session, (guint) priority (f, "price"), 21);
  before = juxta_session_save_state (f->session);

  /* The first person takes the answers too; they are now hers. */
  juxta_session_add_stakeholder (f->session, "Dana", NULL);
  assert_answers (f->session, star, 3);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_OVERRIDDEN);
  g_assert_true (juxta_session_apply_answers (f->session));
  assert_slider_weights (f->session, star_weights);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_APPLIED);
  g_assert_null (juxta_session_dup_export_interview (f->session));
  juxta_session_set_weight (f->session, (guint) priority (f, "price"), 21);

  juxta_session_add_stakeholder (f->session, "Sam", NULL);
  juxta_session_add_stakeholder (f->session, "Kim", NULL);
  g_assert_null (juxta_session_get_answers (f->session, NULL));

  /* Before the selected one: the selection moves with Kim. */
  g_assert_true (juxta_session_remove_stakeholder (f->session, 1));
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 1);
  g_assert_cmpstr (juxta_session_get_stakeholder (f->session, 1)->name, ==, "Kim");
  assert_consensus_is_fresh (f->session);
  /* The selected one: everyone is selected. */
  f->changes = (Recorder) { 0 };
  g_assert_true (juxta_session_remove_stakeholder (f->session, 1));
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, -1);
  g_assert_false (juxta_session_remove_stakeholder (f->session, 1));

  /* The last one: back to the meeting, exactly as before. */
  g_assert_true (juxta_session_remove_stakeholder (f->session, 0));
  g_assert_null (juxta_session_get_consensus (f->session));
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 0);
  g_assert_true (juxta_session_get_weights_editable (f->session));
  after = juxta_session_save_state (f->session);
  g_assert_true (g_variant_equal (before, after));
  assert_answers (f->session, star, 3);
  assert_advice_is_fresh (f->session);
}

/* The interview is run per person: the answers are the selected
 * person's, and set their sliders. */
static void
test_stakeholders_answers (Fixture       *f,
                           gconstpointer  data)
{
  const JuxtaInterviewAnswer star[] = {
    answer (f, "battery", "weight", 2), answer (f, "battery", "power", 4), answer (f, "battery", "price", 5),
  };
  const int star_weights[] = { 100, 50, 25, 20 };
  int dana[JUXTA_MAX_PRIORITIES];

  juxta_session_add_stakeholder (f->session, "Dana", NULL);
  juxta_session_add_stakeholder (f->session, "Sam", NULL);
  juxta_session_set_weight (f->session, (guint) priority (f, "power"), 100);
  memcpy (dana, juxta_session_get_stakeholder (f->session, 0)->weights, sizeof dana);

  f->changes = (Recorder) { 0 };
  g_assert_true (juxta_session_set_answers (f->session, star, 3, NULL));
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last & ~JUXTA_SESSION_CHANGE_WEIGHTS, ==,
                    JUXTA_SESSION_CHANGE_ANSWERS | JUXTA_SESSION_CHANGE_STAKEHOLDERS | JUXTA_SESSION_CHANGE_ADVICE);
  assert_slider_weights (f->session, star_weights);
  g_assert_cmpmem (juxta_session_get_stakeholder (f->session, 1)->weights, 4 * sizeof (int), star_weights,
                   4 * sizeof (int));
  g_assert_cmpmem (juxta_session_get_stakeholder (f->session, 0)->weights, 4 * sizeof (int), dana, 4 * sizeof (int));
  g_assert_null (juxta_session_get_stakeholder (f->session, 0)->answers);
  assert_consensus_is_fresh (f->session);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_APPLIED);

  /* Dana has none; selecting someone else is an ANSWERS change. */
  f->changes = (Recorder) { 0 };
  juxta_session_select_stakeholder (f->session, 0);
  g_assert_true (f->changes.last & JUXTA_SESSION_CHANGE_ANSWERS);
  g_assert_null (juxta_session_get_answers (f->session, NULL));
  g_assert_null (juxta_session_get_interview (f->session));
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_NONE);

  /* Sam's again: moved by hand, then the answers applied again. */
  juxta_session_select_stakeholder (f->session, 1);
  assert_answers (f->session, star, 3);
  juxta_session_set_weight (f->session, (guint) priority (f, "weight"), 90);
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_OVERRIDDEN);
  g_assert_true (juxta_session_apply_answers (f->session));
  assert_slider_weights (f->session, star_weights);
  assert_consensus_is_fresh (f->session);
  g_assert_true (juxta_session_remove_answer (f->session, (guint) priority (f, "battery"), (guint) priority (f, "price")));
  g_assert_cmpint (juxta_session_get_interview_status (f->session), ==, JUXTA_INTERVIEW_STATUS_INCOMPLETE);
  juxta_session_clear_answers (f->session);
  g_assert_null (juxta_session_get_stakeholder (f->session, 1)->answers);
  g_assert_null (juxta_session_dup_export_interview (f->session));
}

/* Undoing a removal puts the person back where they were, with their
 * weights and answers, and keeps what changed since. */
static void
test_stakeholders_insert (Fixture       *f,
                          gconstpointer  data)
{
  const JuxtaInterviewAnswer star[] = {
    answer (f, "battery", "weight", 2), answer (f, "battery", "power", 4), answer (f, "battery", "price", 5),
  };
  g_autoptr(JuxtaStakeholder) sam = NULL;
  g_autoptr(JuxtaStakeholder) stranger = NULL;
  g_autoptr(GError) error = NULL;
  int kim[JUXTA_MAX_PRIORITIES];

  juxta_session_add_stakeholder (f->session, "Dana", NULL);
  juxta_session_add_stakeholder (f->session, "Sam", NULL);
  g_assert_true (juxta_session_set_answers (f->session, star, 3, NULL));
  juxta_session_add_stakeholder (f->session, "Kim", NULL);
  juxta_session_set_weight (f->session, (guint) priority (f, "power"), 3);
  sam = juxta_stakeholder_copy (juxta_session_get_stakeholder (f->session, 1));

  /* Sam goes; Kim's slider moves after. */
  g_assert_true (juxta_session_remove_stakeholder (f->session, 1));
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 1);
  juxta_session_set_weight (f->session, (guint) priority (f, "price"), 99);
  memcpy (kim, juxta_session_get_stakeholder (f->session, 1)->weights, sizeof kim);

  /* Back in his place, in one change; Kim's move stays, and so does the
   * selection (on Kim, now one further). */
  f->changes = (Recorder) { 0 };
  g_assert_true (juxta_session_insert_stakeholder (f->session, 1, sam, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_true (f->changes.last & JUXTA_SESSION_CHANGE_STAKEHOLDERS);
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 3);
  g_assert_cmpstr (juxta_session_get_stakeholder (f->session, 1)->name, ==, "Sam");
  g_assert_cmpmem (juxta_session_get_stakeholder (f->session, 1)->weights, sizeof sam->weights, sam->weights,
                   sizeof sam->weights);
  g_assert_cmpstr (juxta_session_get_stakeholder (f->session, 2)->name, ==, "Kim");
  g_assert_cmpmem (juxta_session_get_stakeholder (f->session, 2)->weights, sizeof kim, kim, sizeof kim);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 2);
  juxta_session_select_stakeholder (f->session, 1);
  assert_answers (f->session, star, 3);
  assert_consensus_is_fresh (f->session);

  /* A name someone has is refused, and changes nothing. */
  f->changes = (Recorder) { 0 };
  g_assert_false (juxta_session_insert_stakeholder (f->session, 0, sam, FALSE, &error));
  g_assert_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_DUPLICATE_NAME);
  g_clear_error (&error);
  g_assert_cmpuint (f->changes.n, ==, 0);

  /* Removed while selected, brought back selected; past the end: last. */
  g_assert_true (juxta_session_remove_stakeholder (f->session, 1));
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, -1);
  g_assert_true (juxta_session_insert_stakeholder (f->session, 99, sam, TRUE, NULL));
  g_assert_cmpstr (juxta_session_get_stakeholder (f->session, 2)->name, ==, "Sam");
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 2);
  assert_answers (f->session, star, 3);

  /* Into a meeting without people: the consensus is theirs. */
  for (guint k = 0; k < 3; k++)
    g_assert_true (juxta_session_remove_stakeholder (f->session, 0));
  g_assert_true (juxta_session_insert_stakeholder (f->session, 0, sam, TRUE, NULL));
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 1);
  assert_consensus_is_fresh (f->session);

  /* What does not fit the deck is left out: weights out of range,
   * answers about priorities it does not have. */
  stranger = juxta_stakeholder_new (f->deck, " Lee ");
  stranger->weights[0] = 250;
  stranger->answers = g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer));
  g_array_append_val (stranger->answers, ((JuxtaInterviewAnswer) { 0, 9, 3 }));
  g_assert_true (juxta_session_insert_stakeholder (f->session, 0, stranger, FALSE, NULL));
  g_assert_cmpstr (juxta_session_get_stakeholder (f->session, 0)->name, ==, "Lee");
  g_assert_cmpint (juxta_session_get_stakeholder (f->session, 0)->weights[0], ==, 100);
  g_assert_null (juxta_session_get_stakeholder (f->session, 0)->answers);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 1);
}

static void
test_stakeholders_replace_all (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);
  g_autoptr(GPtrArray) twins = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);
  g_autoptr(GPtrArray) crowd = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);
  g_autoptr(GError) error = NULL;
  int consensus[JUXTA_MAX_PRIORITIES];

  g_assert_true (juxta_session_set_answers (f->session, &(JuxtaInterviewAnswer) { 0, 1, 3 }, 1, NULL));
  g_ptr_array_add (people, juxta_stakeholder_parse (f->deck, "CTO:power=100,price=10", NULL));
  g_ptr_array_add (people, juxta_stakeholder_parse (f->deck, "CFO:price=100,battery=0,weight=0,power=0", NULL));
  g_ptr_array_add (twins, juxta_stakeholder_parse (f->deck, "Ann:", NULL));
  g_ptr_array_add (twins, juxta_stakeholder_parse (f->deck, "ann:", NULL));
  for (guint k = 0; k <= JUXTA_MAX_STAKEHOLDERS; k++)
    {
      g_autofree char *name = g_strdup_printf ("P%u", k);
      g_ptr_array_add (crowd, juxta_stakeholder_new (f->deck, name));
    }

  f->changes = (Recorder) { 0 };
  g_assert_false (juxta_session_set_stakeholders (f->session, (JuxtaStakeholder *const *) twins->pdata, 2, &error));
  g_assert_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_DUPLICATE_NAME);
  g_clear_error (&error);
  g_assert_false (juxta_session_set_stakeholders (f->session, (JuxtaStakeholder *const *) crowd->pdata, crowd->len,
                                                  &error));
  g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_LIMIT);
  g_clear_error (&error);
  g_assert_cmpuint (f->changes.n, ==, 0);

  /* Everyone selected; the meeting's answers are gone. */
  g_assert_true (juxta_session_set_stakeholders (f->session, (JuxtaStakeholder *const *) people->pdata, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, -1);
  g_assert_cmpstr (juxta_session_get_stakeholder (f->session, 1)->name, ==, "CFO");
  g_assert_true (juxta_session_get_stakeholder (f->session, 0) != people->pdata[0]);
  assert_consensus_is_fresh (f->session);
  juxta_session_select_stakeholder (f->session, 0);
  g_assert_null (juxta_session_get_answers (f->session, NULL));

  /* None: the sliders keep the consensus's weights. */
  memcpy (consensus, juxta_session_get_scenario (f->session)->weights, sizeof consensus);
  g_assert_true (juxta_session_set_stakeholders (f->session, NULL, 0, NULL));
  g_assert_null (juxta_session_get_consensus (f->session));
  assert_weights (f->session, consensus);
  assert_advice_is_fresh (f->session);

  /* One at a time, up to the limit. */
  for (guint k = 0; k < JUXTA_MAX_STAKEHOLDERS; k++)
    g_assert_cmpint (juxta_session_add_stakeholder (f->session, ((JuxtaStakeholder *) crowd->pdata[k])->name, NULL),
                     ==, (int) k);
  g_assert_cmpint (juxta_session_add_stakeholder (f->session, "One more", &error), ==, -1);
  g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_LIMIT);
}

/* The per-deck state keeps the people, their answers and the selection;
 * a state from before them takes them away again. */
static void
test_stakeholders_state (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(JuxtaSession) other = juxta_session_new ();
  g_autoptr(GVariant) plain = juxta_session_save_state (f->session);
  g_autoptr(GVariant) state = NULL;
  const JuxtaInterviewAnswer star[] = {
    answer (f, "battery", "weight", 2), answer (f, "battery", "power", 4), answer (f, "battery", "price", 5),
  };

  juxta_session_add_stakeholder (f->session, "Dana", NULL);
  juxta_session_set_weight (f->session, (guint) priority (f, "weight"), 0);
  juxta_session_add_stakeholder (f->session, "Sam", NULL);
  g_assert_true (juxta_session_set_answers (f->session, star, 3, NULL));
  state = juxta_session_save_state (f->session);

  juxta_session_set_deck (other, f->deck, state);
  g_assert_cmpuint (juxta_session_get_n_stakeholders (other), ==, 2);
  for (guint k = 0; k < 2; k++)
    {
      const JuxtaStakeholder *a = juxta_session_get_stakeholder (f->session, k);
      const JuxtaStakeholder *b = juxta_session_get_stakeholder (other, k);

      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpmem (a->weights, sizeof a->weights, b->weights, sizeof b->weights);
    }
  g_assert_cmpint (juxta_session_get_selected_stakeholder (other), ==, 1);
  assert_answers (other, star, 3);
  g_assert_true (juxta_scenario_equal (juxta_session_get_scenario (other), juxta_session_get_scenario (f->session)));
  assert_consensus_is_fresh (other);

  /* Back to the state without people, in one change. */
  f->changes = (Recorder) { 0 };
  juxta_session_restore_state (f->session, plain);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_true (f->changes.last & JUXTA_SESSION_CHANGE_STAKEHOLDERS);
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 0);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, -1);
  assert_advice_is_fresh (f->session);

  /* A state of people that are not valid keeps the ones that are. */
  juxta_session_restore_state (f->session, g_variant_new_parsed (
    "{'stakeholders': <[('Kim', {'power': 90, 'glitter': 5}, @a(ssu) []), ('', @a{si} {}, @a(ssu) []),"
    " ('kim', @a{si} {}, @a(ssu) []), ('Lee', {'battery': 101}, [('battery', 'battery', 2)])]>,"
    " 'selected-stakeholder': <'LEE'>}"));
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 2);
  g_assert_cmpint (juxta_session_get_stakeholder (f->session, 0)->weights[priority (f, "power")], ==, 90);
  g_assert_cmpint (juxta_session_get_stakeholder (f->session, 1)->weights[priority (f, "battery")], ==, 70);
  g_assert_null (juxta_session_get_stakeholder (f->session, 1)->answers);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 1);
  assert_consensus_is_fresh (f->session);
}

/* A new version of the deck keeps the people and the selection, with the
 * defaults of a renamed priority. */
static void
test_stakeholders_replace_deck (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *text = laptops_text ();
  g_autoptr(GString) v2 = g_string_new (text);
  g_autoptr(JuxtaDeck) deck2 = NULL;

  juxta_session_add_stakeholder (f->session, "Dana", NULL);
  juxta_session_set_weight (f->session, (guint) priority (f, "price"), 0);
  juxta_session_set_weight (f->session, (guint) priority (f, "weight"), 7);
  juxta_session_add_stakeholder (f->session, "Sam", NULL);
  juxta_session_select_stakeholder (f->session, 0);

  g_assert_cmpuint (g_string_replace (v2, "\"price\"", "\"cost\"", 0), >, 0);
  deck2 = deck_from_text (v2->str, NULL);
  juxta_session_replace_deck (f->session, deck2);
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 2);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 0);
  g_assert_cmpint (juxta_session_get_stakeholder (f->session, 0)->weights[juxta_deck_find_priority (deck2, "weight")],
                   ==, 7);
  g_assert_cmpint (juxta_session_get_stakeholder (f->session, 0)->weights[juxta_deck_find_priority (deck2, "cost")],
                   ==, 50);
  assert_consensus_is_fresh (f->session);
}

static void
test_stakeholders_file_round_trip (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(JuxtaDeck) deck = scratch_deck (f, "deck.json");
  g_autofree char *path = g_build_filename (f->dir, "workshop.json", NULL);
  g_autoptr(JuxtaSession) reopened = juxta_session_new ();
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const JuxtaInterviewAnswer star[] = {
    answer (f, "battery", "weight", 2), answer (f, "battery", "power", 4), answer (f, "battery", "price", 5),
  };
  const char *ids[] = { "battery", "weight", "power", "price" };
  JsonObject *root, *weights;
  JsonArray *people;

  juxta_session_set_deck (f->session, deck, NULL);
  juxta_session_add_stakeholder (f->session, "Dana “the CTO”", NULL);
  juxta_session_set_weight (f->session, (guint) priority (f, "power"), 95);
  juxta_session_add_stakeholder (f->session, "Sam", NULL);
  g_assert_true (juxta_session_set_answers (f->session, star, 3, NULL));
  juxta_session_set_requirement (f->session, 1, TRUE);
  g_assert_true (juxta_session_save_to_file (f->session, path, &error));
  g_assert_no_error (error);

  /* Read back by another reader: the people, and the consensus as the
   * weights for a Juxta that does not know them. */
  root = read_json_object (path, parser);
  people = json_object_get_array_member (root, "stakeholders");
  g_assert_cmpuint (json_array_get_length (people), ==, 2);
  weights = json_object_get_object_member (root, "weights");
  for (guint p = 0; p < 4; p++)
    g_assert_cmpint (json_object_get_int_member (weights, ids[p]), ==,
                     juxta_session_get_scenario (f->session)->weights[p]);
  for (guint k = 0; k < 2; k++)
    {
      JsonObject *person = json_array_get_object_element (people, k);
      const JuxtaStakeholder *expected = juxta_session_get_stakeholder (f->session, k);

      g_assert_cmpstr (json_object_get_string_member (person, "name"), ==, expected->name);
      for (guint p = 0; p < 4; p++)
        g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (person, "weights"), ids[p]), ==,
                         expected->weights[p]);
      g_assert_cmpuint (json_object_get_size (person), ==, k == 0 ? 2 : 3);
    }
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (people, 1),
                                                                         "answers")), ==, 3);
  g_assert_false (json_object_has_member (root, "answers"));

  g_assert_true (juxta_session_load_file (reopened, path, NULL, &diagnostics, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_cmpuint (juxta_session_get_n_stakeholders (reopened), ==, 2);
  g_assert_cmpstr (juxta_session_get_stakeholder (reopened, 0)->name, ==, "Dana “the CTO”");
  g_assert_cmpint (juxta_session_get_stakeholder (reopened, 0)->weights[priority (f, "power")], ==, 95);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (reopened), ==, -1);
  g_assert_true (juxta_scenario_equal (juxta_session_get_scenario (reopened), juxta_session_get_scenario (f->session)));
  juxta_session_select_stakeholder (reopened, 1);
  assert_answers (reopened, star, 3);
  g_assert_cmpint (juxta_session_get_interview_status (reopened), ==, JUXTA_INTERVIEW_STATUS_APPLIED);
  assert_consensus_is_fresh (reopened);

  /* Without people there is no "stakeholders" key. */
  juxta_session_set_stakeholders (f->session, NULL, 0, NULL);
  g_assert_true (juxta_session_save_to_file (f->session, path, &error));
  g_assert_false (json_object_has_member (read_json_object (path, parser), "stakeholders"));
}

/* People without weights take the deck's defaults, or their answers'
 * weights; unknown priorities and keys are warnings at their position;
 * the file's own weights and answers give way to the people's. */
static void
test_stakeholders_file_partial (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(JuxtaDeck) deck = scratch_deck (f, "deck.json");
  g_autofree char *path = write_scenario (f, "s.json",
    "{\"format\": \"juxta-scenario\", \"version\": 1,\n"
    " \"deck\": {\"id\": \"team-laptops\", \"path\": \"deck.json\"},\n"
    " \"weights\": {\"power\": 3},\n"
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 2}],\n"
    " \"stakeholders\": [{\"name\": \"Dana\", \"weights\": {\"power\": 90, \"glitter\": 20}},\n"
    "   {\"name\": \"Sam\", \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 2},\n"
    "     {\"priority\": \"battery\", \"other\": \"power\", \"ratio\": 4},\n"
    "     {\"priority\": \"battery\", \"other\": \"price\", \"ratio\": 5}]},\n"
    "   {\"name\": \"Kim\", \"role\": \"CFO\"}]}\n");
  const int dana[] = { 70, 60, 90, 50 };
  const int star_weights[] = { 100, 50, 25, 20 };
  const int defaults[] = { 70, 60, 30, 50 };
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (juxta_session_load_file (f->session, path, NULL, &diagnostics, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 3);
  g_assert_cmpmem (juxta_session_get_stakeholder (f->session, 0)->weights, 4 * sizeof (int), dana, 4 * sizeof (int));
  g_assert_cmpmem (juxta_session_get_stakeholder (f->session, 1)->weights, 4 * sizeof (int), star_weights,
                   4 * sizeof (int));
  g_assert_cmpmem (juxta_session_get_stakeholder (f->session, 2)->weights, 4 * sizeof (int), defaults,
                   4 * sizeof (int));
  assert_consensus_is_fresh (f->session);

  g_assert_cmpuint (diagnostics->len, ==, 3);
  expected = g_strdup_printf ("%s:4:13: warning: $.answers: ignored: with stakeholders, each person's answers are "
                              "kept with them ($.stakeholders[…].answers)", path);
  g_assert_true (has_line (diagnostics, expected));
  g_free (expected);
  expected = g_strdup_printf ("%s:5:72: warning: $.stakeholders[0].weights.glitter: the deck has no priority "
                              "\"glitter\"; ignored (known: battery, weight, power, price)", path);
  g_assert_true (has_line (diagnostics, expected));
  g_free (expected);
  expected = g_strdup_printf ("%s:9:28: warning: $.stakeholders[2].role: unknown key, ignored (known here: name, "
                              "weights, answers)", path);
  g_assert_true (has_line (diagnostics, expected));
}

/* More people than a meeting holds: refused at the list, unread. */
static void
test_stakeholders_file_too_many (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"juxta-scenario\", \"version\": 1,"
                                          " \"deck\": {\"id\": \"x\"},\n \"stakeholders\": [");
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i <= JUXTA_MAX_STAKEHOLDERS; i++)
    g_string_append_printf (text, "%s{\"name\": \"same\"}", i > 0 ? ", " : "");
  g_string_append (text, "]}");
  path = write_scenario (f, "crowd.json", text->str);
  g_assert_false (juxta_session_load_file (f->session, path, NULL, &diagnostics, &error));
  g_assert_error (error, JUXTA_SESSION_ERROR, JUXTA_SESSION_ERROR_INVALID);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  expected = g_strdup_printf ("%s:2:18: error: $.stakeholders: expected at most 64 stakeholders, got 65", path);
  g_assert_true (has_line (diagnostics, expected));
}

/* ------------------------------------------------------ followers */

static void
follower_changed_cb (JuxtaSession       *session,
                     JuxtaSessionChange  changes,
                     GObject            *follower)
{
  changed_cb (session, changes, g_object_get_data (follower, "recorder"));
}

/* How every view follows a session: shown once, then each change, and
 * nothing from a session it no longer follows. */
/* The interview's Cancel: the sliders and answers as they were, and the
 * rest of the scenario as it is now. */
static void
test_sliders_restore (Fixture       *f,
                      gconstpointer  data)
{
  const JuxtaInterviewAnswer star[] = {
    answer (f, "battery", "weight", 2), answer (f, "battery", "power", 4), answer (f, "battery", "price", 5),
  };
  const JuxtaInterviewAnswer one = answer (f, "power", "price", 7);
  g_autoptr(JuxtaSession) empty = juxta_session_new ();
  g_autoptr(GVariant) sliders = NULL;
  int weights[JUXTA_MAX_PRIORITIES];

  g_assert_null (juxta_session_save_sliders (empty));
  g_assert_true (juxta_session_set_answers (f->session, &one, 1, NULL));
  juxta_session_set_weight (f->session, (guint) priority (f, "weight"), 13);
  memcpy (weights, juxta_session_get_scenario (f->session)->weights, sizeof weights);
  sliders = juxta_session_save_sliders (f->session);

  /* An interview, and meanwhile the meeting's own changes. */
  g_assert_true (juxta_session_set_answers (f->session, star, 3, NULL));
  juxta_session_set_requirement (f->session, 1, TRUE);
  juxta_session_set_audience (f->session, 1);
  juxta_session_hide_option (f->session, 0, TRUE);
  juxta_session_set_notes (f->session, "For Tuesday");
  g_assert_false (memcmp (weights, juxta_session_get_scenario (f->session)->weights, sizeof weights) == 0);

  f->changes = (Recorder) { 0 };
  juxta_session_restore_sliders (f->session, sliders);
  g_assert_cmpuint (f->changes.n, ==, 1);
  g_assert_cmpuint (f->changes.last, ==, JUXTA_SESSION_CHANGE_WEIGHTS | JUXTA_SESSION_CHANGE_ANSWERS |
                                          JUXTA_SESSION_CHANGE_ADVICE);
  assert_weights (f->session, weights);
  assert_answers (f->session, &one, 1);
  g_assert_cmphex (juxta_session_get_scenario (f->session)->requirements, ==, 1u << 1);
  g_assert_cmpuint (juxta_session_get_scenario (f->session)->audience, ==, 1);
  g_assert_cmphex (juxta_session_get_hidden (f->session), ==, 1);
  g_assert_cmpstr (juxta_session_get_notes (f->session), ==, "For Tuesday");
  assert_advice_is_fresh (f->session);

  /* Again: nothing left to put back. */
  juxta_session_restore_sliders (f->session, sliders);
  g_assert_cmpuint (f->changes.n, ==, 1);
  /* Not a dictionary: nothing. */
  juxta_session_restore_sliders (f->session, g_variant_new_string ("no"));
  g_assert_cmpuint (f->changes.n, ==, 1);
}

/* With stakeholders: each person's weights and answers, and who is
 * selected, by name; nobody comes or goes. */
static void
test_sliders_restore_people (Fixture       *f,
                             gconstpointer  data)
{
  const JuxtaInterviewAnswer star[] = {
    answer (f, "battery", "weight", 2), answer (f, "battery", "power", 4), answer (f, "battery", "price", 5),
  };
  g_autoptr(GVariant) sliders = NULL;
  g_autoptr(JuxtaStakeholder) dana = NULL;
  g_autoptr(JuxtaStakeholder) sam = NULL;

  juxta_session_add_stakeholder (f->session, "Dana", NULL);
  juxta_session_set_weight (f->session, (guint) priority (f, "power"), 95);
  juxta_session_add_stakeholder (f->session, "Sam", NULL);
  juxta_session_set_weight (f->session, (guint) priority (f, "price"), 5);
  juxta_session_select_stakeholder (f->session, 0);
  dana = juxta_stakeholder_copy (juxta_session_get_stakeholder (f->session, 0));
  sam = juxta_stakeholder_copy (juxta_session_get_stakeholder (f->session, 1));
  sliders = juxta_session_save_sliders (f->session);

  /* Dana answers; Sam's slider moves; a must-have, and someone new. */
  g_assert_true (juxta_session_set_answers (f->session, star, 3, NULL));
  juxta_session_set_stakeholder_weight (f->session, 1, (guint) priority (f, "battery"), 0);
  juxta_session_set_requirement (f->session, 0, TRUE);
  g_assert_cmpint (juxta_session_add_stakeholder (f->session, "Kim", NULL), ==, 2);
  juxta_session_set_weight (f->session, (guint) priority (f, "weight"), 0);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 2);

  juxta_session_restore_sliders (f->session, sliders);
  g_assert_cmpuint (juxta_session_get_n_stakeholders (f->session), ==, 3);
  g_assert_cmpint (juxta_session_get_selected_stakeholder (f->session), ==, 0);
  g_assert_cmpmem (juxta_session_get_stakeholder (f->session, 0)->weights, sizeof dana->weights, dana->weights,
                   sizeof dana->weights);
  g_assert_null (juxta_session_get_stakeholder (f->session, 0)->answers);
  g_assert_cmpmem (juxta_session_get_stakeholder (f->session, 1)->weights, sizeof sam->weights, sam->weights,
                   sizeof sam->weights);
  /* Kim was not there: as she is. */
  g_assert_cmpstr (juxta_session_get_stakeholder (f->session, 2)->name, ==, "Kim");
  g_assert_cmpint (juxta_session_get_stakeholder (f->session, 2)->weights[priority (f, "weight")], ==, 0);
  g_assert_cmphex (juxta_session_get_scenario (f->session)->requirements, ==, 1);
  assert_consensus_is_fresh (f->session);
}

static void
test_follow (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GObject) follower = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(JuxtaSession) other = juxta_session_new ();
  JuxtaSession *followed = NULL;
  Recorder seen = { 0 };

  g_object_set_data (follower, "recorder", &seen);
  g_assert_true (juxta_session_follow (&followed, f->session, follower, G_CALLBACK (follower_changed_cb)));
  g_assert_true (followed == f->session);
  g_assert_cmpuint (seen.n, ==, 1);
  g_assert_cmpuint (seen.last, ==, JUXTA_SESSION_CHANGE_ALL);
  juxta_session_set_weight (f->session, 0, 7);
  g_assert_cmpuint (seen.n, ==, 2);
  g_assert_true (seen.last & JUXTA_SESSION_CHANGE_WEIGHTS);

  /* The same session again: nothing. */
  g_assert_false (juxta_session_follow (&followed, f->session, follower, G_CALLBACK (follower_changed_cb)));
  g_assert_cmpuint (seen.n, ==, 2);

  /* Another: the first is let go. */
  g_assert_true (juxta_session_follow (&followed, other, follower, G_CALLBACK (follower_changed_cb)));
  g_assert_true (followed == other);
  g_assert_cmpuint (seen.n, ==, 3);
  juxta_session_set_weight (f->session, 0, 9);
  g_assert_cmpuint (seen.n, ==, 3);

  juxta_session_unfollow (&followed, follower);
  g_assert_null (followed);
  juxta_session_unfollow (&followed, follower);
  /* Not followed any more: the fixture's session finalizes, and so must
   * this one. */
  g_assert_finalize_object (g_steal_pointer (&other));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/juxta/session/empty", test_empty);
#define ADD(path, func) g_test_add ("/juxta/session/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("set-deck", test_set_deck);
  ADD ("follow", test_follow);
  ADD ("set-weight", test_set_weight);
  ADD ("set-requirement", test_set_requirement);
  ADD ("set-audience", test_set_audience);
  ADD ("apply-preset-and-reset", test_apply_preset_and_reset);
  ADD ("hide-option", test_hide_option);
  ADD ("chart-priority-and-notes", test_chart_priority_and_notes);
  ADD ("state-round-trip", test_state_round_trip);
  ADD ("replace-deck", test_replace_deck);
  ADD ("file/round-trip", test_file_round_trip);
  ADD ("file/partial-and-unknown-ids", test_file_partial_and_unknown_ids);
  ADD ("file/deck-changed", test_file_deck_changed);
  ADD ("file/deck-lookup", test_file_deck_lookup);
  ADD ("file/broken", test_file_broken);
  ADD ("file/other-kind", test_file_other_kind);
  ADD ("file/hostile", test_file_hostile);
  ADD ("file/unreadable", test_file_unreadable);
  ADD ("file/kind", test_file_kind);
  ADD ("file/absolute-deck-path", test_file_absolute_deck_path);
  ADD ("answers/set", test_answers_set);
  ADD ("answers/invalid", test_answers_invalid);
  ADD ("answers/one-at-a-time", test_answers_one_at_a_time);
  ADD ("answers/overridden", test_answers_overridden);
  ADD ("answers/export-interview", test_answers_export_interview);
  ADD ("answers/state", test_answers_state);
  ADD ("answers/replace-deck", test_answers_replace_deck);
  ADD ("answers/file-round-trip", test_answers_file_round_trip);
  ADD ("answers/file-without-weights", test_answers_file_without_weights);
  ADD ("answers/file-with-weights", test_answers_file_with_weights);
  ADD ("answers/file-too-many", test_answers_file_too_many);
  ADD ("stakeholders/add", test_stakeholders_add);
  ADD ("stakeholders/everyone", test_stakeholders_everyone);
  ADD ("stakeholders/names", test_stakeholders_names);
  ADD ("stakeholders/remove", test_stakeholders_remove);
  ADD ("stakeholders/insert", test_stakeholders_insert);
  ADD ("stakeholders/answers", test_stakeholders_answers);
  ADD ("stakeholders/replace-all", test_stakeholders_replace_all);
  ADD ("stakeholders/state", test_stakeholders_state);
  ADD ("stakeholders/replace-deck", test_stakeholders_replace_deck);
  ADD ("stakeholders/file-round-trip", test_stakeholders_file_round_trip);
  ADD ("stakeholders/file-partial", test_stakeholders_file_partial);
  ADD ("stakeholders/file-too-many", test_stakeholders_file_too_many);
  ADD ("sliders/restore", test_sliders_restore);
  ADD ("sliders/restore-people", test_sliders_restore_people);
#undef ADD

  return g_test_run ();
}
