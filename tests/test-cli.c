/* test-cli.c: the juxta command line, run as a subprocess without a display */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>

#include "juxta-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

#define NULL_RESULT { 0, NULL, NULL }

static char *user_data_home;

/* Runs juxta with @args (NULL-terminated), no display at all, and the
 * user interface language @language (NULL: the test's). */
static Result
run_juxta_in (const char        *language,
              const char *const *args)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  Result r = { 0 };

  g_ptr_array_add (argv, (char *) g_getenv ("JUXTA_EXE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", user_data_home, TRUE);
  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &r.out, &r.err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  r.status = g_subprocess_get_exit_status (process);
  return r;
}

static Result
run_juxta_argv (const char *const *args)
{
  return run_juxta_in (NULL, args);
}

#define run_juxta(...) run_juxta_argv ((const char *const[]) { __VA_ARGS__, NULL })

static char *
fixture (const char *kind,
         const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "decks", kind, name, NULL);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *c = text; *c != '\0'; c++)
    n += *c == '\n';
  return n;
}

/* A usage error: exit status 2 and one line on stderr. */
static void
assert_usage_error (Result     *r,
                    const char *expected)
{
  g_assert_cmpint (r->status, ==, 2);
  g_assert_cmpstr (r->out, ==, "");
  g_assert_cmpstr (r->err, ==, expected);
  g_assert_cmpuint (count_lines (r->err), ==, 1);
}

static void
test_version_and_help (void)
{
  g_auto(Result) version = run_juxta ("--version");
  g_auto(Result) help = run_juxta ("--help");

  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "juxta " PACKAGE_VERSION "\n");
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--check-phrase=TEXT"));
  g_assert_nonnull (strstr (help.out, "--export=FORMAT"));
  g_assert_nonnull (strstr (help.out, "Exit status"));
}

static void
test_usage_errors (void)
{
  g_autofree char *laptops = fixture ("good", "laptops.json");
  struct {
    const char *args[8];
    const char *expected;
  } cases[] = {
    { { "--bogus" }, "juxta: Unknown option --bogus (see juxta --help)\n" },
    { { "--check" }, "juxta: --check needs at least one deck file\n" },
    { { "--list", "--version" }, "juxta: give one of --list, --check, --new, --export, --check-phrase, --version or --help\n" },
    { { "--strict" }, "juxta: --strict only goes with --check\n" },
    { { "--export", "json", "--strict" }, "juxta: --strict only goes with --check\n" },
    { { "--options", "A,B" }, "juxta: --options only goes with --new\n" },
    { { "--check", laptops, "--priorities", "Cost" }, "juxta: --priorities only goes with --new\n" },
    { { "--list", "--sections", "all" }, "juxta: --sections only goes with --export\n" },
    { { "--export", "json", "--sections", "recommendation,pictures" },
      "juxta: --sections: unknown section \"pictures\" (known: recommendation, talking-points, comparison, "
      "glossary, sources, all)\n" },
    { { "--export", "json", "--sections", " , " },
      "juxta: --sections: no section named (known: recommendation, talking-points, comparison, "
      "glossary, sources, all)\n" },
    { { "--export", "record", "--sections", "all" }, "juxta: --sections does not go with --export record\n" },
    { { "--new", "x.json", "--options", "Only one" },
      "juxta: --new: expected 2 to 64 option names, got 1\n" },
    { { "--new", "x.json", "--priorities", "Cost,,Speed" },
      "juxta: --new: each of the priority names must be text of 1 to 4096 characters\n" },
    { { "--preset", "x" }, "juxta: --preset only goes with --export\n" },
    { { "--list", "--deck", "x" }, "juxta: --deck only goes with --export or --check-phrase\n" },
    { { "--export", "pdf" }, "juxta: unknown export format \"pdf\" (known: markdown, text, html, json, record)\n" },
    { { "--export", "json", "--deck", "nope" },
      "juxta: unknown deck \"nope\" (known: aws-eks-vs-sagemaker, aws-genai-build-paths, aws-genai-platforms; "
      "or give a path to a .json file)\n" },
    { { "--export", "json", "--deck", laptops, "--weights", "speeed=3" },
      "juxta: unknown priority \"speeed\" in --weights (known: battery, weight, power, price)\n" },
    { { "--export", "json", "--deck", laptops, "--weights", "power=101" },
      "juxta: the weight of \"power\" must be a whole number from 0 to 100, got \"101\"\n" },
    { { "--export", "json", "--deck", laptops, "--weights", "power" },
      "juxta: --weights takes PRIORITY=WEIGHT pairs separated by commas, got \"power\"\n" },
    { { "--export", "json", "--deck", laptops, "--preset", "fast" },
      "juxta: unknown preset \"fast\" (known: road-warrior, demo-heavy)\n" },
    { { "--export", "json", "--deck", laptops, "--audience", "cto" },
      "juxta: unknown audience \"cto\" (known: technical, business)\n" },
    { { "--export", "json", "--deck", laptops, "--require", "gpu,ram" },
      "juxta: unknown requirement \"ram\" in --require (known: gpu, under-1000)\n" },
    { { "--list", "extra.json" }, "juxta: unexpected argument \"extra.json\" (only --check takes deck files)\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = run_juxta_argv (cases[i].args);
      g_test_message ("case %u: %s", i, cases[i].expected);
      assert_usage_error (&r, cases[i].expected);
    }
}

static void
test_list (void)
{
  g_autofree char *user_decks = g_build_filename (user_data_home, "juxta", "decks", NULL);
  g_autofree char *laptops_src = fixture ("good", "laptops.json");
  g_autofree char *laptops = g_build_filename (user_decks, "laptops.json", NULL);
  g_autofree char *broken = g_build_filename (user_decks, "broken.json", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (g_mkdir_with_parents (user_decks, 0755), ==, 0);
  g_assert_true (g_file_get_contents (laptops_src, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (laptops, contents, -1, NULL));
  g_assert_true (g_file_set_contents (broken, "{", -1, NULL));

  {
    g_auto(Result) r = run_juxta ("--list");
    g_autofree char *expected_warning =
      /* At the deck's first error: "{" then nothing, at line 1, column 2. */
      g_strdup_printf ("%s:1:2: warning: not a valid deck, not listed (see juxta --check %s)\n", broken, broken);
    g_autofree char *expected_user_line =
      g_strdup_printf ("team-laptops\tWhich laptop for the field team?\t%s", laptops);

    g_assert_cmpint (r.status, ==, 0);
    lines = g_strsplit (r.out, "\n", -1);
    /* Bundled decks by id, then the user's. */
    g_assert_cmpuint (g_strv_length (lines), ==, 5);
    g_assert_true (g_str_has_prefix (lines[0], "aws-eks-vs-sagemaker\tAmazon EKS or Amazon SageMaker AI?\t"));
    g_assert_true (g_str_has_suffix (lines[0], "/data/decks/aws-eks-vs-sagemaker.json"));
    g_assert_true (g_str_has_prefix (lines[1], "aws-genai-build-paths\t"));
    g_assert_true (g_str_has_prefix (lines[2], "aws-genai-platforms\tAmazon Bedrock or Amazon SageMaker?\t"));
    g_assert_cmpstr (lines[3], ==, expected_user_line);
    g_assert_cmpstr (lines[4], ==, "");
    g_assert_cmpstr (r.err, ==, expected_warning);
  }

  {
    /* A user deck is found by its id. */
    g_auto(Result) r = run_juxta ("--export", "json", "--deck", "team-laptops");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "\"deck\": \"team-laptops\""));
  }

  g_unlink (laptops);
  g_unlink (broken);
}

/* A fixed day, so that the age of dates (a lint warning) does not change
 * what these tests expect: 2026-11-29. */
#define FIXED_NOW "1795910400"

/* "FILE: ok (3 options, 4 priorities, 4 expectations passed)\n", with the
 * counts read from the deck by json-glib. */
static char *
expected_ok (const char *path,
             const char *warnings)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  guint n_options, n_priorities, n_expectations = 0;
  g_autofree char *expectations = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  n_options = json_array_get_length (json_object_get_array_member (root, "options"));
  n_priorities = json_array_get_length (json_object_get_array_member (root, "priorities"));
  if (json_object_has_member (root, "expectations"))
    n_expectations = json_array_get_length (json_object_get_array_member (root, "expectations"));
  if (n_expectations == 0)
    expectations = g_strdup ("no expectations");
  else
    expectations = g_strdup_printf ("%u expectation%s passed", n_expectations, n_expectations == 1 ? "" : "s");
  return g_strdup_printf ("%s: ok (%u option%s, %u priorit%s, %s%s)\n", path, n_options, n_options == 1 ? "" : "s",
                          n_priorities, n_priorities == 1 ? "y" : "ies", expectations, warnings);
}

static const char failing_json[] =
  "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"f\", \"title\": \"F\","
  " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
  " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 3}},"
  "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 4}, \"reasons\": {\"p\": \"Why.\"}}],"
  " \"expectations\": [{\"label\": \"A must win\", \"leader\": \"a\"}]}";

static void
test_check (void)
{
  g_autofree char *good = fixture ("good", "laptops.json");
  g_autofree char *minimal = fixture ("good", "minimal.json");
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *failing = g_build_filename (dir, "failing.json", NULL);

  g_setenv ("SOURCE_DATE_EPOCH", FIXED_NOW, TRUE);
  g_assert_true (g_file_set_contents (bad, "{\"format\": \"juxta-deck\",\n \"version\": 1,,}", -1, NULL));
  g_assert_true (g_file_set_contents (failing, failing_json, -1, NULL));

  {
    /* What was checked, and the one warning of a deck without reasons. */
    g_auto(Result) r = run_juxta ("--check", good, minimal);
    g_autofree char *ok_good = expected_ok (good, "");
    g_autofree char *ok_minimal = expected_ok (minimal, "; 1 warning");
    g_autofree char *expected = g_strconcat (ok_good, ok_minimal, NULL);
    g_autofree char *expected_err = g_strdup_printf ("%s:1:1: warning: $: no option gives a reason for its scores: "
                                                     "the talking points and the decision record cannot say why "
                                                     "an option is strong (add \"reasons\" to the options)\n",
                                                     minimal);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpstr (r.err, ==, expected_err);
    g_assert_true (g_str_has_suffix (ok_good, ": ok (3 options, 4 priorities, 4 expectations passed)\n"));
  }
  {
    g_auto(Result) r = run_juxta ("--check", good, bad);
    g_autofree char *expected_out = expected_ok (good, "");
    g_autofree char *expected_err = g_strdup_printf ("%s:2:15: error: expected a key in double quotes, "
                                                     "found \",\"\n", bad);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.out, ==, expected_out);
    g_assert_cmpstr (r.err, ==, expected_err);
  }
  {
    g_auto(Result) r = run_juxta ("--check", failing);
    /* At the expectation that failed, then how many failed. */
    g_autofree char *expected = g_strdup_printf ("%s:1:%d: error: $.expectations[0]: expected \"a\" to lead "
                                                 "(A must win), but \"b\" leads with 80.0 against 60.0\n"
                                                 "%s: 1 of 1 expectation failed\n", failing,
                                                 (int) (strstr (failing_json, "{\"label\": \"A must") - failing_json + 1),
                                                 failing);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.out, ==, "");
    g_assert_cmpstr (r.err, ==, expected);
  }
  {
    g_auto(Result) r = run_juxta ("--check", dir);
    /* Nothing was read: no position, no JSON path. */
    g_autofree char *expected = g_strdup_printf ("%s: error: is a directory; expected a deck file (JSON)\n", dir);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.err, ==, expected);
  }
  g_unsetenv ("SOURCE_DATE_EPOCH");

  g_unlink (bad);
  g_unlink (failing);
  g_rmdir (dir);
}

/* Every expectation that fails is listed, and the count says how many of
 * how many. */
static void
test_check_lists_failed_expectations (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "three.json", NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_set_contents (path,
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"f\", \"title\": \"F\",\n"
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}, {\"id\": \"q\", \"label\": \"Q\"}],\n"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 5, \"q\": 1}, \"reasons\": {\"p\": \"A.\"}},\n"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 1, \"q\": 5}, \"reasons\": {\"q\": \"B.\"}}],\n"
    " \"expectations\": [\n"
    "   {\"label\": \"P first: A\", \"leader\": \"a\", \"weights\": {\"p\": 100, \"q\": 0}},\n"
    "   {\"label\": \"Wrongly B\", \"leader\": \"b\", \"weights\": {\"p\": 100, \"q\": 0}},\n"
    "   {\"label\": \"Wrongly A\", \"leader\": \"a\", \"weights\": {\"p\": 0, \"q\": 100}}]}", -1, NULL));
  {
    g_auto(Result) r = run_juxta ("--check", path);
    g_autofree char *summary = g_strdup_printf ("%s: 2 of 3 expectations failed", path);

    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.out, ==, "");
    lines = g_strsplit (r.err, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 4);
    g_assert_true (g_str_has_suffix (lines[0], ":7:4: error: $.expectations[1]: expected \"b\" to lead (Wrongly B), "
                                               "but \"a\" leads with 100.0 against 20.0"));
    g_assert_true (g_str_has_suffix (lines[1], ":8:4: error: $.expectations[2]: expected \"a\" to lead (Wrongly A), "
                                               "but \"b\" leads with 100.0 against 20.0"));
    g_assert_cmpstr (lines[2], ==, summary);
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* A misspelt key: a warning with what was meant, and with --strict an
 * error that fails the check. */
static void
test_strict (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "typo.json", NULL);
  const char json[] =
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"t\", \"title\": \"T\",\n"
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],\n"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 3}, \"reasons\": {\"p\": \"Why.\"},\n"
    "               \"talking_points\": [{\"text\": \"Lost.\"}]},\n"
    "              {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 4}}]}";
  const char *message = "$.options[0].talking_points: unknown key, ignored; did you mean \"talking-points\"? "
                        "(known here: id, name, tagline, summary, scores, reasons, facts, talking-points, sources)\n";
  /* As an error the key is not ignored: the message does not say so. */
  const char *strict_message = "$.options[0].talking_points: unknown key; did you mean \"talking-points\"? "
                               "(known here: id, name, tagline, summary, scores, reasons, facts, talking-points, "
                               "sources)\n";

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  {
    g_auto(Result) r = run_juxta ("--check", path);
    g_autofree char *expected_err = g_strdup_printf ("%s:4:16: warning: %s", path, message);
    g_autofree char *expected_out = g_strdup_printf ("%s: ok (2 options, 1 priority, no expectations; 1 warning)\n",
                                                     path);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, expected_err);
    g_assert_cmpstr (r.out, ==, expected_out);
  }
  {
    g_auto(Result) r = run_juxta ("--check", "--strict", path);
    g_autofree char *expected_err = g_strdup_printf ("%s:4:16: error: %s%s: 1 warning, an error with --strict\n",
                                                     path, strict_message, path);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.err, ==, expected_err);
    g_assert_cmpstr (r.out, ==, "");
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* The deck made to trigger every lint warning: each one, at its place. */
static void
test_lint_every_warning (void)
{
  g_autofree char *path = fixture ("lint", "every-warning.json");
  const char *paths[] = {
    "$.verified", "$.priorities[1]", "$.priorities[3]", "$.priorities[3]", "$.priorities[4].label",
    "$.options[0].tagline", "$.options[1].name", "$.options[2].sources[0].as-of",
    "$.options[3].reasons.speed", "$.options[3].talking_points", "$.analogies[3].instead",
    "$.analogies[3].instead", "$.sources[0]",
  };
  g_auto(GStrv) lines = NULL;

  g_setenv ("SOURCE_DATE_EPOCH", FIXED_NOW, TRUE);
  {
    g_auto(Result) r = run_juxta ("--check", path);
    g_autofree char *expected_out = expected_ok (path, "; 13 warnings");

    g_test_message ("%s", r.err);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, expected_out);
    lines = g_strsplit (r.err, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (paths) + 1);
    for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
      {
        g_autofree char *prefix = g_strdup_printf ("%s:", path);
        g_autofree char *kind = g_strdup_printf (": warning: %s: ", paths[i]);

        g_assert_true (g_str_has_prefix (lines[i], prefix));
        g_assert_nonnull (strstr (lines[i], kind));
      }
    g_assert_nonnull (strstr (r.err, "priorities \"speed\" and \"pace\" score the options almost alike"));
  }
  {
    g_auto(Result) r = run_juxta ("--check", "--strict", path);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_null (strstr (r.err, ": warning: "));
    g_assert_nonnull (strstr (r.err, ": 13 warnings, errors with --strict\n"));
  }
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

/* What Juxta ships checks clean, warnings included. */
static void
test_bundled_decks_check_strict (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("JUXTA_BUNDLED_DECKS_DIR"), NULL);
  g_autoptr(GDir) entries = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n = 0;

  g_ptr_array_add (args, g_strdup ("--check"));
  g_ptr_array_add (args, g_strdup ("--strict"));
  while ((name = g_dir_read_name (entries)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      {
        g_ptr_array_add (args, g_build_filename (dir, name, NULL));
        n++;
      }
  g_ptr_array_add (args, NULL);
  g_assert_cmpuint (n, >=, 3);

  g_setenv ("SOURCE_DATE_EPOCH", FIXED_NOW, TRUE);
  {
    g_auto(Result) r = run_juxta_argv ((const char *const *) args->pdata);
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpuint (count_lines (r.out), ==, n);
  }
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

static JsonObject *
load_json_file (JsonParser *parser,
                const char *path)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_new (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Kettle or teapot.json", NULL);
  g_autofree char *named = g_build_filename (dir, "named.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  JsonObject *root;

  g_setenv ("SOURCE_DATE_EPOCH", FIXED_NOW, TRUE);
  {
    g_auto(Result) r = run_juxta ("--new", path);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
    g_assert_true (g_str_has_prefix (r.out, "Wrote "));
  }
  {
    /* It checks clean as written, strictly. */
    g_auto(Result) r = run_juxta ("--check", "--strict", path);
    g_autofree char *expected = g_strdup_printf ("%s: ok (2 options, 3 priorities, 1 expectation passed)\n", path);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpstr (r.out, ==, expected);
  }
  root = load_json_file (parser, path);
  /* Its id comes from the file name; its dates are today's. */
  g_assert_cmpstr (json_object_get_string_member (root, "id"), ==, "kettle-or-teapot");
  g_assert_cmpstr (json_object_get_string_member (root, "verified"), ==, "2026-11-29");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (root, "$schema"), "/juxta-deck.schema.json"));

  {
    /* Never over an existing file: status 1, the file as it was, and no
     * temporary file left behind. */
    g_auto(Result) r = NULL_RESULT;
    g_autoptr(GDir) entries = NULL;
    g_autofree char *expected = g_strdup_printf ("juxta: Could not save “%s”: it already exists, and Juxta "
                                                 "does not replace it\n", path);
    guint n_files = 0;

    g_assert_true (g_file_set_contents (path, "my own work", -1, NULL));
    r = run_juxta ("--new", path, "--options", "A,B");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.err, ==, expected);
    g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, "my own work");
    entries = g_dir_open (dir, 0, NULL);
    while (g_dir_read_name (entries) != NULL)
      n_files++;
    g_assert_cmpuint (n_files, ==, 1);
  }
  {
    /* Names given: their ids are made from them. */
    g_auto(Result) r = run_juxta ("--new", named, "--options", "Amazon RDS, Amazon Aurora ,Self-managed",
                                  "--priorities", "Cost,Speed,Control,Time to value");
    g_auto(Result) check = NULL_RESULT;
    JsonArray *options, *priorities;

    g_assert_cmpint (r.status, ==, 0);
    check = run_juxta ("--check", "--strict", named);
    g_assert_cmpint (check.status, ==, 0);
    g_assert_cmpstr (check.err, ==, "");
    root = load_json_file (parser, named);
    options = json_object_get_array_member (root, "options");
    priorities = json_object_get_array_member (root, "priorities");
    g_assert_cmpuint (json_array_get_length (options), ==, 3);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (options, 1), "name"), ==,
                     "Amazon Aurora");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (options, 1), "id"), ==,
                     "amazon-aurora");
    g_assert_cmpuint (json_array_get_length (priorities), ==, 4);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (priorities, 3), "id"), ==,
                     "time-to-value");
  }
  {
    /* A folder that does not exist: nothing written, status 1. */
    g_autofree char *missing = g_build_filename (dir, "nope", "deck.json", NULL);
    g_auto(Result) r = run_juxta ("--new", missing);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_unlink (path);
  g_unlink (named);
  g_rmdir (dir);
}

static void
test_export_sections (void)
{
  g_autofree char *laptops = fixture ("good", "laptops.json");
  g_autoptr(JsonParser) parser = json_parser_new ();

  {
    /* By default: everything but the glossary. */
    g_auto(Result) r = run_juxta ("--export", "markdown", "--deck", laptops);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "\n## Recommendation\n"));
    g_assert_nonnull (strstr (r.out, "\n## Talking points\n"));
    g_assert_nonnull (strstr (r.out, "\n## Comparison\n"));
    g_assert_null (strstr (r.out, "\n## Glossary\n"));
    g_assert_nonnull (strstr (r.out, "\n## Sources\n"));
  }
  {
    g_auto(Result) r = run_juxta ("--export", "text", "--deck", laptops, "--sections", "glossary, comparison");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "Which laptop for the field team?\n"));
    g_assert_null (strstr (r.out, "Recommendation"));
    g_assert_null (strstr (r.out, "Audience: "));
    g_assert_null (strstr (r.out, "Sources"));
    /* In document order, whatever the order given. */
    g_assert_nonnull (strstr (r.out, "Comparison\n----------\n"));
    g_assert_true (strstr (r.out, "Comparison\n") < strstr (r.out, "Glossary\n"));
    g_assert_nonnull (strstr (r.out, "- USB-C: A reversible connector for power, data and video.\n"));
  }
  {
    g_auto(Result) r = run_juxta ("--export", "json", "--deck", laptops, "--sections", "all");
    g_autoptr(GError) error = NULL;
    JsonObject *root;

    g_assert_cmpint (r.status, ==, 0);
    json_parser_load_from_data (parser, r.out, -1, &error);
    g_assert_no_error (error);
    root = json_node_get_object (json_parser_get_root (parser));
    g_assert_true (json_object_has_member (root, "ranking"));
    g_assert_true (json_object_has_member (root, "talking-points"));
    g_assert_true (json_object_has_member (root, "comparison"));
    g_assert_true (json_object_has_member (root, "glossary"));
    g_assert_true (json_object_has_member (root, "sources"));
  }
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *json)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_export (void)
{
  g_autofree char *laptops = fixture ("good", "laptops.json");
  g_autoptr(JsonParser) parser = json_parser_new ();

  {
    /* The default deck is the first bundled one by id. */
    g_auto(Result) r = run_juxta ("--export", "json");
    JsonObject *root;

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
    root = parse_object (parser, r.out);
    g_assert_cmpstr (json_object_get_string_member (root, "deck"), ==, "aws-eks-vs-sagemaker");
  }
  {
    /* Preset first, then weights; the audience and requirements as given. */
    g_auto(Result) r = run_juxta ("--export", "json", "--deck", laptops, "--preset", "road-warrior",
                                  "--weights", "power=77, price=0", "--require", "under-1000",
                                  "--audience", "business");
    JsonObject *root, *weights;

    g_assert_cmpint (r.status, ==, 0);
    root = parse_object (parser, r.out);
    weights = json_object_get_object_member (root, "weights");
    g_assert_cmpint (json_object_get_int_member (weights, "battery"), ==, 90);
    g_assert_cmpint (json_object_get_int_member (weights, "power"), ==, 77);
    g_assert_cmpint (json_object_get_int_member (weights, "price"), ==, 0);
    g_assert_cmpstr (json_object_get_string_member (root, "audience"), ==, "business");
    g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "requirements"), 0),
                     ==, "under-1000");
    g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, "only");
  }
}

/* Every number in @json outside its strings, written without an exponent. */
static guint
assert_numbers_plain (const char *json)
{
  guint n = 0;

  for (const char *c = json; *c != '\0'; c++)
    {
      if (*c == '"')
        {
          for (c++; *c != '"'; c++)
            if (*c == '\\')
              c++;
          continue;
        }
      if (g_ascii_isdigit (*c) || *c == '-')
        {
          gsize length = strspn (c, "-+.0123456789eE");
          g_autofree char *number = g_strndup (c, length);

          g_assert_null (strpbrk (number, "eE"));
          c += length - 1;
          n++;
        }
    }
  return n;
}

/* Whole scores, margins and contributions are written as such: 100, not
 * 1e+02; and read back exactly. */
static void
test_export_numbers (void)
{
  g_autofree char *deck = fixture ("good", "databases-3.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Result) r = run_juxta ("--export", "json", "--deck", deck, "--weights",
                                "relational=100,availability=0,elastic-scale=0,low-ops=0,cost=0,portability=0");
  /* Two people, each with a single priority: whole regrets. */
  g_auto(Result) people = run_juxta ("--export", "json", "--deck", deck,
                                     "--stakeholder", "A:relational=100,availability=0,elastic-scale=0,low-ops=0,"
                                     "cost=0,portability=0",
                                     "--stakeholder", "B:relational=0,availability=0,elastic-scale=100,"
                                     "low-ops=0,cost=0,portability=0");
  JsonObject *root, *first;

  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (assert_numbers_plain (r.out), >, 10);
  root = parse_object (parser, r.out);
  first = json_array_get_object_element (json_object_get_array_member (root, "ranking"), 0);
  g_assert_cmpfloat (json_object_get_double_member (first, "score"), ==, 100);
  g_assert_nonnull (strstr (r.out, "\"score\": 100}"));

  g_assert_cmpint (people.status, ==, 0);
  g_assert_nonnull (strstr (people.out, "\"regret\": "));
  g_assert_cmpuint (assert_numbers_plain (people.out), >, 10);
  root = parse_object (parser, people.out);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (root, "disagreement"), "regret"),
                     >, 0);
}

static void
test_export_formats_and_output (void)
{
  const char *formats[] = { "markdown", "text", "html", "json" };
  g_autofree char *laptops = fixture ("good", "laptops.json");
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (dir, formats[i], NULL);
      g_autofree char *written = NULL;
      g_auto(Result) to_stdout = run_juxta ("--export", formats[i], "--deck", laptops);
      g_auto(Result) to_file = run_juxta ("--export", formats[i], "--deck", laptops, "--output", path);

      g_assert_cmpint (to_stdout.status, ==, 0);
      g_assert_cmpint (to_file.status, ==, 0);
      g_assert_cmpstr (to_file.out, ==, "");
      g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
      g_assert_cmpstr (written, ==, to_stdout.out);
      g_assert_nonnull (strstr (written, "2026-11-01"));
      g_unlink (path);
    }

  {
    /* A write that fails says which file and why, with status 1. */
    g_autofree char *missing = g_build_filename (dir, "nope", "out.md", NULL);
    g_auto(Result) r = run_juxta ("--export", "markdown", "--deck", laptops, "--output", missing);
    g_autofree char *expected = g_strdup_printf ("juxta: Could not save “%s”: the folder “%s/nope” does not exist\n",
                                                 missing, dir);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.err, ==, expected);
  }
  {
    /* An invalid deck: its errors and status 1, no export. */
    g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
    g_assert_true (g_file_set_contents (bad, "[]", -1, NULL));
    g_auto(Result) r = run_juxta ("--export", "json", "--deck", bad);
    g_autofree char *expected = g_strdup_printf ("%s:1:1: error: $: expected a JSON object at the top level, "
                                                 "got an array\n", bad);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.out, ==, "");
    g_assert_cmpstr (r.err, ==, expected);
    g_unlink (bad);
  }

  g_rmdir (dir);
}

static void
test_decision_record (void)
{
  g_autofree char *laptops = fixture ("good", "laptops.json");

  g_setenv ("SOURCE_DATE_EPOCH", "1790000000", TRUE);
  {
    g_auto(Result) r = run_juxta ("--export", "record", "--deck", laptops, "--chose", "workstation",
                                  "--rationale", "the demos need a GPU.", "--attendees", "Sam");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "# Decision: Which laptop for the field team?\n\n- Date: 2026-09-21\n"));
    g_assert_nonnull (strstr (r.out, "- Attendees: Sam\n"));
    g_assert_nonnull (strstr (r.out, "Chosen option: Workstation 16, because the demos need a GPU.\n"));
    g_assert_nonnull (strstr (r.out, "## What would change our mind\n"));
  }
  {
    /* Without --chose the record takes the leader. */
    g_auto(Result) r = run_juxta ("--export", "record", "--deck", laptops);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "Chosen option: Ultrabook 13.\n"));
  }
  g_unsetenv ("SOURCE_DATE_EPOCH");
  {
    g_auto(Result) r = run_juxta ("--export", "record", "--deck", laptops, "--chose", "tablet");
    assert_usage_error (&r, "juxta: unknown option \"tablet\" in --chose (known: ultrabook, workstation, budget)\n");
  }
  {
    g_auto(Result) r = run_juxta ("--export", "json", "--deck", laptops, "--chose", "budget");
    assert_usage_error (&r, "juxta: --chose, --rationale and --attendees only go with --export record\n");
  }
}

/* ------------------------------------------------------------ scenarios */

static char *
write_file (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* A copy of laptops.json in @dir, and a scenario beside it naming it by a
 * relative path, with the checksum of the copy. */
static char *
write_laptops_scenario (const char *dir,
                        const char *body)
{
  g_autofree char *laptops = fixture ("good", "laptops.json");
  g_autofree char *deck = NULL;
  g_autofree char *deck_path = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (laptops, &deck, &length, NULL));
  deck_path = write_file (dir, "laptops.json", deck);
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) deck, length);
  text = g_strdup_printf ("{\"format\": \"juxta-scenario\", \"version\": 1,\n"
                          " \"deck\": {\"id\": \"team-laptops\", \"path\": \"laptops.json\", \"sha256\": \"%s\"},\n"
                          "%s}\n", sha256, body);
  return write_file (dir, "tuesday.json", text);
}

/* A scenario exports exactly what the same settings give on the command
 * line, in every format. */
static void
test_scenario_export (void)
{
  const char *formats[] = { "markdown", "text", "html", "json" };
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *scenario = write_laptops_scenario (dir,
    " \"audience\": \"business\",\n"
    " \"weights\": {\"power\": 85, \"price\": 5},\n"
    " \"requirements\": [\"gpu\"],\n"
    " \"hidden\": [\"budget\"],\n"
    " \"notes\": \"For the Tuesday review\"\n");
  g_autofree char *deck = g_build_filename (dir, "laptops.json", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Result) from_scenario = run_juxta ("--export", formats[i], "--scenario", scenario);
      g_auto(Result) from_options = run_juxta ("--export", formats[i], "--deck", deck, "--weights", "power=85,price=5",
                                               "--require", "gpu", "--audience", "business");

      g_test_message ("%s", formats[i]);
      g_assert_cmpint (from_scenario.status, ==, 0);
      g_assert_cmpstr (from_scenario.err, ==, "");
      g_assert_cmpint (from_options.status, ==, 0);
      g_assert_cmpstr (from_scenario.out, ==, from_options.out);
    }
  {
    /* Not the defaults: the scenario really applied. */
    g_auto(Result) defaults = run_juxta ("--export", "json", "--deck", deck);
    g_auto(Result) from_scenario = run_juxta ("--export", "json", "--scenario", scenario);
    g_assert_cmpstr (from_scenario.out, !=, defaults.out);
    g_assert_nonnull (strstr (from_scenario.out, "\"audience\": \"business\""));
  }
  {
    /* The decision record names the scenario it was decided on. */
    g_auto(Result) r = run_juxta ("--export", "record", "--scenario", scenario);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "- Scenario: tuesday.json\n"));
  }
  {
    /* The options apply on top, in order: scenario, preset (the others
     * back to their defaults), weights, requirements (added), audience. */
    g_auto(Result) on_top = run_juxta ("--export", "json", "--scenario", scenario, "--preset", "road-warrior",
                                       "--weights", "price=7", "--require", "under-1000", "--audience", "technical");
    g_auto(Result) alone = run_juxta ("--export", "json", "--deck", deck, "--preset", "road-warrior",
                                      "--weights", "price=7", "--require", "gpu,under-1000", "--audience", "technical");
    g_assert_cmpint (on_top.status, ==, 0);
    g_assert_cmpstr (on_top.out, ==, alone.out);
  }
  {
    g_auto(Result) r = run_juxta ("--export", "json", "--scenario", scenario, "--deck", deck);
    assert_usage_error (&r, "juxta: give --deck or --scenario, not both (a scenario names its deck)\n");
  }
  {
    g_auto(Result) r = run_juxta ("--list", "--scenario", scenario);
    assert_usage_error (&r, "juxta: --scenario only goes with --export\n");
  }
  g_unlink (scenario);
  g_unlink (deck);
  g_rmdir (dir);
}

/* A deck that changed since the scenario was saved: a warning, and the
 * export still happens. */
static void
test_scenario_changed_deck (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *scenario = write_laptops_scenario (dir, " \"weights\": {\"power\": 85}\n");
  g_autofree char *deck = g_build_filename (dir, "laptops.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GString) edited = NULL;

  {
    g_auto(Result) r = run_juxta ("--export", "json", "--scenario", scenario);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
  }
  g_assert_true (g_file_get_contents (deck, &text, NULL, NULL));
  edited = g_string_new (text);
  g_string_replace (edited, "\"Which laptop for the field team?\"", "\"Which laptop, this year?\"", 1);
  g_assert_true (g_file_set_contents (deck, edited->str, -1, NULL));
  {
    g_auto(Result) r = run_juxta ("--export", "json", "--scenario", scenario);
    expected = g_strdup_printf ("%s:2:67: warning: $.deck.sha256: the deck has changed since this scenario was saved\n",
                                scenario);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, expected);
    g_assert_nonnull (strstr (r.out, "\"power\": 85"));
  }
  g_unlink (scenario);
  g_unlink (deck);
  g_rmdir (dir);
}

/* A broken scenario: FILE:LINE:COL: error: and status 1, no export. */
static void
test_scenario_broken (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *bad_value = write_laptops_scenario (dir, " \"weights\": {\"power\": \"high\"}\n");
  g_autofree char *syntax = write_file (dir, "syntax.json", "{\"format\": \"juxta-scenario\",\n  \"version\": 1\n  \"deck\": {}}");
  g_autofree char *deck = g_build_filename (dir, "laptops.json", NULL);
  struct { const char *path; const char *expected; } cases[] = {
    { bad_value, ":3:23: error: $.weights.power: expected a whole number from 0 to 100, got a string\n" },
    { syntax, ":3:3: error: expected \",\" or \"}\" after an object member, found a string\n" },
    /* A deck where a scenario belongs: that, and nothing about its keys. */
    { deck, ":2:13: error: $.format: this is a Juxta deck, not a scenario: give it to --deck or --check, or "
            "open it in the window\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = run_juxta ("--export", "json", "--scenario", cases[i].path);
      g_autofree char *expected = g_strconcat (cases[i].path, cases[i].expected, NULL);

      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, expected);
    }
  /* Not a regular file: said as for decks. */
  {
    g_auto(Result) fifo = run_juxta ("--export", "json", "--scenario", "/dev/null");
    g_auto(Result) folder = run_juxta ("--export", "json", "--scenario", dir);
    g_auto(Result) deck_fifo = run_juxta ("--check", "/dev/null");
    g_autofree char *expected = g_strconcat (dir, ": error: is a directory; expected a scenario file (JSON)\n", NULL);

    g_assert_cmpint (fifo.status, ==, 1);
    g_assert_cmpstr (fifo.err, ==, "/dev/null: error: is not a regular file; expected a scenario file (JSON)\n");
    g_assert_cmpstr (deck_fifo.err, ==, "/dev/null: error: is not a regular file; expected a deck file (JSON)\n");
    g_assert_cmpint (folder.status, ==, 1);
    g_assert_cmpstr (folder.err, ==, expected);
  }
  /* A scenario where a deck belongs, with or without --strict. */
  for (int strict = 0; strict <= 1; strict++)
    {
      g_auto(Result) r = strict ? run_juxta ("--check", "--strict", bad_value) : run_juxta ("--check", bad_value);
      g_autofree char *expected = g_strconcat (bad_value, ":1:12: error: $.format: this is a Juxta scenario, not a "
                                               "deck: open it with --scenario, or in the window\n", NULL);

      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, expected);
    }
  g_unlink (bad_value);
  g_unlink (syntax);
  g_unlink (deck);
  g_rmdir (dir);
}

/* -------------------------------------------------------------- answers */

/* laptops.json: battery 0, weight 1, power 2, price 3 */
#define N_LAPTOP_PRIORITIES 4
static const char *const laptop_priorities[N_LAPTOP_PRIORITIES] = { "battery", "weight", "power", "price" };

/* An answer as the test reads it: @preferred matters @ratio times as much
 * as @other (indices into laptop_priorities). */
typedef struct
{
  guint preferred;
  guint other;
  guint ratio;
} Answer;

/* What the issue defines, computed here the textbook way rather than as
 * Juxta does: for a complete set of answers the weights are the row
 * geometric means of the reciprocal matrix (x_i = mean_j ln a_ij), for a
 * star of answers from one priority the ratios themselves; the
 * inconsistency is Σ e² / (m − n + 1) with e = ln a_ij − (x_i − x_j); the
 * worst answer the (first) largest |e|, with exp (x_i − x_j). */
typedef struct
{
  double x[N_LAPTOP_PRIORITIES];
  int    weights[N_LAPTOP_PRIORITIES];
  double inconsistency;
  int    worst;
  double implied;
} Expected;

static int
round_weight (double w)
{
  /* Half away from zero; the cases keep clear of halves. */
  g_assert_cmpfloat (fabs (w - floor (w) - 0.5), >, 1e-6);
  return (int) floor (w + 0.5);
}

static void
expect_from_logs (Expected     *e,
                  const Answer *answers,
                  guint         m)
{
  guint n = N_LAPTOP_PRIORITIES;
  double max_x = -INFINITY, sum = 0, largest = -1;

  for (guint i = 0; i < n; i++)
    max_x = MAX (max_x, e->x[i]);
  for (guint i = 0; i < n; i++)
    e->weights[i] = round_weight (100 * exp (e->x[i] - max_x));
  e->worst = -1;
  for (guint k = 0; k < m; k++)
    {
      double r = log (answers[k].ratio) - (e->x[answers[k].preferred] - e->x[answers[k].other]);

      sum += r * r;
      if (fabs (r) > largest + 1e-12)
        {
          largest = fabs (r);
          e->worst = (int) k;
        }
    }
  e->inconsistency = m > n - 1 ? sum / (m - n + 1) : 0;
  if (m == n - 1)
    e->worst = -1;
  else
    e->implied = exp (e->x[answers[e->worst].preferred] - e->x[answers[e->worst].other]);
}

static void
expect_complete (Expected     *e,
                 const Answer *answers,
                 guint         m)
{
  double a[N_LAPTOP_PRIORITIES][N_LAPTOP_PRIORITIES];

  g_assert_cmpuint (m, ==, N_LAPTOP_PRIORITIES * (N_LAPTOP_PRIORITIES - 1) / 2);
  for (guint i = 0; i < N_LAPTOP_PRIORITIES; i++)
    for (guint j = 0; j < N_LAPTOP_PRIORITIES; j++)
      a[i][j] = 0;
  for (guint k = 0; k < m; k++)
    {
      a[answers[k].preferred][answers[k].other] = log (answers[k].ratio);
      a[answers[k].other][answers[k].preferred] = -log (answers[k].ratio);
    }
  for (guint i = 0; i < N_LAPTOP_PRIORITIES; i++)
    {
      e->x[i] = 0;
      for (guint j = 0; j < N_LAPTOP_PRIORITIES; j++)
        e->x[i] += a[i][j] / N_LAPTOP_PRIORITIES;
    }
  expect_from_logs (e, answers, m);
}

/* A star from priority 0: x_0 = 0, x_j = −ln r (any constant shift
 * leaves the weights as they are). */
static void
expect_star (Expected     *e,
             const Answer *answers,
             guint         m)
{
  e->x[0] = 0;
  for (guint k = 0; k < m; k++)
    {
      g_assert_cmpuint (answers[k].preferred, ==, 0);
      e->x[answers[k].other] = -log (answers[k].ratio);
    }
  expect_from_logs (e, answers, m);
}

static void
assert_close (double value,
              double expected)
{
  g_assert_cmpfloat (fabs (value - expected), <=, 1e-12 * MAX (1.0, fabs (expected)));
}

/* `juxta --export json --answers TEXT` against @expected. */
static void
assert_interview_json (const char     *text,
                       const Answer   *answers,
                       guint           m,
                       const Expected *expected)
{
  g_autofree char *laptops = fixture ("good", "laptops.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Result) r = run_juxta ("--export", "json", "--deck", laptops, "--answers", text);
  JsonObject *root, *weights, *interview;
  JsonArray *written;
  gboolean checked = m > N_LAPTOP_PRIORITIES - 1;

  g_test_message ("--answers %s", text);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  root = parse_object (parser, r.out);

  weights = json_object_get_object_member (root, "weights");
  for (guint p = 0; p < N_LAPTOP_PRIORITIES; p++)
    g_assert_cmpint (json_object_get_int_member (weights, laptop_priorities[p]), ==, expected->weights[p]);

  interview = json_object_get_object_member (root, "interview");
  written = json_object_get_array_member (interview, "answers");
  g_assert_cmpuint (json_array_get_length (written), ==, m);
  for (guint k = 0; k < m; k++)
    {
      JsonObject *item = json_array_get_object_element (written, k);

      g_assert_cmpstr (json_object_get_string_member (item, "priority"), ==, laptop_priorities[answers[k].preferred]);
      g_assert_cmpstr (json_object_get_string_member (item, "other"), ==, laptop_priorities[answers[k].other]);
      g_assert_cmpint (json_object_get_int_member (item, "ratio"), ==, answers[k].ratio);
    }
  assert_close (json_object_get_double_member (interview, "inconsistency"), expected->inconsistency);
  g_assert_cmpint (json_object_get_boolean_member (interview, "checked"), ==, checked);
  /* The threshold for four priorities. */
  g_assert_cmpint (json_object_get_boolean_member (interview, "acceptable"), ==, expected->inconsistency <= 0.35);
  g_assert_cmpint (json_object_has_member (interview, "worst"), ==, checked);
  if (checked)
    {
      JsonObject *worst = json_object_get_object_member (interview, "worst");
      const Answer *w = &answers[expected->worst];

      g_assert_cmpstr (json_object_get_string_member (worst, "priority"), ==, laptop_priorities[w->preferred]);
      g_assert_cmpstr (json_object_get_string_member (worst, "other"), ==, laptop_priorities[w->other]);
      g_assert_cmpint (json_object_get_int_member (worst, "answered"), ==, w->ratio);
      assert_close (json_object_get_double_member (worst, "implied"), expected->implied);
    }

  /* Added after "weights"; the keys that were there keep their order. */
  g_assert_true (strstr (r.out, "\"weights\": ") < strstr (r.out, "\"interview\": "));
  g_assert_true (strstr (r.out, "\"interview\": ") < strstr (r.out, "\"requirements\": "));
}

static void
test_answers_json (void)
{
  /* Each written in several ways: A<B:N is B over A, A=B keeps its order. */
  const Answer agreeing[] = { { 0, 1, 2 }, { 0, 2, 5 }, { 0, 3, 3 }, { 1, 2, 3 }, { 1, 3, 1 }, { 3, 2, 2 } };
  const Answer clashing[] = { { 0, 1, 9 }, { 1, 2, 9 }, { 2, 0, 9 }, { 3, 0, 1 }, { 1, 3, 2 }, { 2, 3, 4 } };
  const Answer star[] = { { 0, 1, 2 }, { 0, 2, 4 }, { 0, 3, 5 } };
  const Answer star_7[] = { { 0, 1, 3 }, { 0, 2, 7 }, { 0, 3, 6 } };
  Expected e;

  expect_complete (&e, agreeing, G_N_ELEMENTS (agreeing));
  g_assert_cmpfloat (e.inconsistency, >, 0);
  g_assert_cmpfloat (e.inconsistency, <=, 0.35);
  assert_interview_json ("battery>weight:2, battery>power:5, price<battery:3, weight>power:3, weight=price, "
                         "power<price:2", agreeing, G_N_ELEMENTS (agreeing), &e);

  expect_complete (&e, clashing, G_N_ELEMENTS (clashing));
  g_assert_cmpfloat (e.inconsistency, >, 0.35);
  assert_interview_json ("battery>weight:9,weight>power:9,battery<power:9,price=battery,price<weight:2,"
                         "power>price:4", clashing, G_N_ELEMENTS (clashing), &e);

  /* n − 1 answers: not checked, an inconsistency of 0 and no worst. */
  expect_star (&e, star, G_N_ELEMENTS (star));
  g_assert_cmpint (e.weights[1], ==, 50);
  assert_interview_json ("battery>weight:2,power<battery:4,battery>price:5", star, G_N_ELEMENTS (star), &e);
  expect_star (&e, star_7, G_N_ELEMENTS (star_7));
  assert_interview_json ("battery>weight:3,battery>power:7,battery>price:6", star_7, G_N_ELEMENTS (star_7), &e);
}

static void
test_answers_usage_errors (void)
{
  g_autofree char *laptops = fixture ("good", "laptops.json");
  struct {
    const char *answers;
    const char *expected;
  } cases[] = {
    { "battery>speed:3",
      "unknown priority \"speed\" in \"battery>speed:3\" (known: battery, weight, power, price)" },
    { "battery>weight:10", "the ratio in \"battery>weight:10\" must be a whole number from 1 to 9, got \"10\"" },
    { "battery<weight:0", "the ratio in \"battery<weight:0\" must be a whole number from 1 to 9, got \"0\"" },
    { "battery-weight", "\"battery-weight\" is not an answer: write A>B:N (A matters N times as much as B), "
                        "A<B:N or A=B, with N from 1 to 9" },
    { "battery>weight", "\"battery>weight\" is not an answer: say by how much, as in A>B:3" },
    { "battery=weight:2", "\"battery=weight:2\" is not an answer: an equal answer, A=B, takes no ratio" },
    { "battery>weight:2,,power=price", "answer 2 of \"battery>weight:2,,power=price\" is empty" },
    { "power>power:3", "\"power>power:3\" compares \"power\" with itself" },
    { "battery>weight:2,weight>battery:3", "\"weight>battery:3\" answers the same pair as \"battery>weight:2\"" },
    { "battery>weight:2,power>price:3",
      "the answers leave \"power\" unconnected: compare it with \"battery\", or with a priority that is "
      "compared with it, directly or through others" },
    { "battery>weight:2,power<battery:3",
      "the answers leave \"price\" unconnected: compare it with \"battery\", or with a priority that is "
      "compared with it, directly or through others" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = run_juxta ("--export", "markdown", "--deck", laptops, "--answers", cases[i].answers);
      g_autofree char *expected = g_strdup_printf ("juxta: --answers: %s\n", cases[i].expected);

      g_test_message ("%s", cases[i].answers);
      assert_usage_error (&r, expected);
    }
  {
    g_auto(Result) r = run_juxta ("--export", "json", "--deck", laptops, "--answers", "battery>weight:2",
                                  "--weights", "power=3");
    assert_usage_error (&r, "juxta: --answers and --weights both set the weights: give one of them\n");
  }
  {
    g_auto(Result) r = run_juxta ("--export", "json", "--deck", laptops, "--answers", "battery>weight:2",
                                  "--preset", "road-warrior");
    assert_usage_error (&r, "juxta: --answers and --preset both set the weights: give one of them\n");
  }
  {
    g_auto(Result) r = run_juxta ("--check", laptops, "--answers", "battery>weight:2");
    assert_usage_error (&r, "juxta: --answers only goes with --export\n");
  }
}

/* Markdown, text and HTML say where the weights came from in one
 * sentence; the decision record says it in its context. */
static void
test_answers_documents (void)
{
  const Answer agreeing[] = { { 0, 1, 2 }, { 0, 2, 5 }, { 0, 3, 3 }, { 1, 2, 3 }, { 1, 3, 1 }, { 3, 2, 2 } };
  const char *text = "battery>weight:2,battery>power:5,battery>price:3,weight>power:3,weight=price,price>power:2";
  g_autofree char *laptops = fixture ("good", "laptops.json");
  g_autofree char *inconsistency = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *html_sentence = NULL;
  g_autofree char *record_line = NULL;
  Expected e;

  expect_complete (&e, agreeing, G_N_ELEMENTS (agreeing));
  inconsistency = g_strdup_printf ("%.2f", e.inconsistency);
  sentence = g_strdup_printf ("The weights come from the customer's answers to 6 trade-off questions, which "
                              "agree (inconsistency %s, within the limit of 0.35).", inconsistency);
  html_sentence = g_strdup_printf ("<p>The weights come from the customer&#39;s answers to 6 trade-off questions, "
                                   "which agree (inconsistency %s, within the limit of 0.35).</p>", inconsistency);
  record_line = g_strdup_printf ("\n- Weights: from 6 answers, inconsistency %s\n", inconsistency);

  {
    g_auto(Result) md = run_juxta ("--export", "markdown", "--deck", laptops, "--answers", text);
    g_auto(Result) txt = run_juxta ("--export", "text", "--deck", laptops, "--answers", text);
    g_auto(Result) html = run_juxta ("--export", "html", "--deck", laptops, "--answers", text);
    g_auto(Result) plain = run_juxta ("--export", "markdown", "--deck", laptops);
    g_autofree char *weights_line = g_strdup_printf ("- Priorities: Battery life %d, Low weight %d, Raw power %d, "
                                                     "Low price %d\n", e.weights[0], e.weights[1], e.weights[2],
                                                     e.weights[3]);
    g_autofree char *md_paragraph = g_strdup_printf ("\n\n%s\n\n", sentence);

    g_assert_cmpint (md.status, ==, 0);
    g_assert_nonnull (strstr (md.out, md_paragraph));
    g_assert_nonnull (strstr (md.out, weights_line));
    g_assert_nonnull (strstr (txt.out, md_paragraph));
    g_assert_nonnull (strstr (html.out, html_sentence));
    /* Without answers, no such sentence. */
    g_assert_null (strstr (plain.out, "trade-off"));
  }
  {
    g_auto(Result) r = run_juxta ("--export", "record", "--deck", laptops, "--answers", text);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, record_line));
  }
  {
    /* n − 1 answers cannot be checked, and say so. */
    g_auto(Result) md = run_juxta ("--export", "markdown", "--deck", laptops, "--answers",
                                   "battery>weight:2,battery>power:4,battery>price:5");
    g_auto(Result) record = run_juxta ("--export", "record", "--deck", laptops, "--answers",
                                       "battery>weight:2,battery>power:4,battery>price:5");
    g_assert_nonnull (strstr (md.out, "\n\nThe weights come from the customer's answers to 3 trade-off questions, "
                                      "too few to check their consistency.\n\n"));
    g_assert_nonnull (strstr (record.out, "\n- Weights: from 3 answers (too few to check their consistency)\n"));
  }
  {
    /* Answers that pull against each other say so. */
    g_auto(Result) md = run_juxta ("--export", "text", "--deck", laptops, "--answers",
                                   "battery>weight:9,weight>power:9,battery<power:9,price=battery,price<weight:2,"
                                   "power>price:4");
    g_assert_nonnull (strstr (md.out, "trade-off questions, some of which pull against each other (inconsistency "));
    g_assert_nonnull (strstr (md.out, ", above the limit of 0.35).\n"));
  }
}

/* A scenario's answers go to the export; --answers replaces them; weights
 * set on top leave the answers behind, and the export says so. */
static void
test_answers_scenario (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *scenario = write_laptops_scenario (dir,
    " \"answers\": [{\"priority\": \"battery\", \"other\": \"weight\", \"ratio\": 2},\n"
    "             {\"priority\": \"power\", \"other\": \"battery\", \"ratio\": 3},\n"
    "             {\"priority\": \"battery\", \"other\": \"price\", \"ratio\": 4}]\n");
  g_autofree char *deck = g_build_filename (dir, "laptops.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();

  {
    /* The scenario has no weights: its answers give them. */
    g_auto(Result) from_scenario = run_juxta ("--export", "json", "--scenario", scenario);
    g_auto(Result) from_options = run_juxta ("--export", "json", "--deck", deck, "--answers",
                                             "battery>weight:2,power>battery:3,battery>price:4");
    g_assert_cmpint (from_scenario.status, ==, 0);
    g_assert_cmpstr (from_scenario.err, ==, "");
    g_assert_nonnull (strstr (from_scenario.out, "\"interview\": "));
    g_assert_cmpstr (from_scenario.out, ==, from_options.out);
  }
  {
    /* --answers replaces the scenario's answers. */
    g_auto(Result) r = run_juxta ("--export", "json", "--scenario", scenario, "--answers",
                                  "weight>battery:2,weight>power:3,weight>price:4");
    JsonObject *root = parse_object (parser, r.out);
    JsonArray *answers = json_object_get_array_member (json_object_get_object_member (root, "interview"), "answers");

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpuint (json_array_get_length (answers), ==, 3);
    for (guint k = 0; k < 3; k++)
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (answers, k), "priority"),
                       ==, "weight");
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "weights"), "weight"), ==, 100);
  }
  {
    /* Weights on top: no longer the answers'. */
    g_auto(Result) json = run_juxta ("--export", "json", "--scenario", scenario, "--weights", "power=10");
    g_auto(Result) md = run_juxta ("--export", "markdown", "--scenario", scenario, "--weights", "power=10");
    g_auto(Result) record = run_juxta ("--export", "record", "--scenario", scenario, "--weights", "power=10");

    g_assert_cmpint (json.status, ==, 0);
    g_assert_null (strstr (json.out, "\"interview\""));
    g_assert_nonnull (strstr (json.out, "\"power\": 10"));
    g_assert_nonnull (strstr (md.out, "\n\nThe weights were set by hand after the customer's answers to 3 "
                                      "trade-off questions, which give other weights.\n\n"));
    g_assert_nonnull (strstr (record.out, "\n- Weights: set by hand, after 3 answers that give other weights\n"));
  }
  g_unlink (scenario);
  g_unlink (deck);
  g_rmdir (dir);
}

/* --------------------------------------------------------- stakeholders */

/* A deck as the test reads it, with json-glib: what the definitions of
 * scores and the consensus need. */
#define MODEL_MAX 8

typedef struct
{
  JsonParser *parser;
  guint       n_priorities;
  guint       n_options;
  const char *priorities[MODEL_MAX];
  int         defaults[MODEL_MAX];
  const char *options[MODEL_MAX];
  const char *names[MODEL_MAX];
  double      scores[MODEL_MAX][MODEL_MAX];   /* [option][priority], 0..5 */
  guint32     excluded_by[MODEL_MAX];          /* bit r: requirement r rules option o out */
  const char *requirements[MODEL_MAX];
  guint       n_requirements;
} Model;

static void
model_clear (Model *m)
{
  g_clear_object (&m->parser);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Model, model_clear)

static int
model_option (const Model *m,
              const char  *id)
{
  for (guint o = 0; o < m->n_options; o++)
    if (g_str_equal (m->options[o], id))
      return (int) o;
  return -1;
}

static int
model_priority (const Model *m,
                const char  *id)
{
  for (guint p = 0; p < m->n_priorities; p++)
    if (g_str_equal (m->priorities[p], id))
      return (int) p;
  return -1;
}

static void
model_load (Model      *m,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *priorities, *options, *requirements;

  m->parser = json_parser_new ();
  json_parser_load_from_file (m->parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (m->parser));
  priorities = json_object_get_array_member (root, "priorities");
  options = json_object_get_array_member (root, "options");
  m->n_priorities = json_array_get_length (priorities);
  m->n_options = json_array_get_length (options);
  g_assert_cmpuint (m->n_priorities, <=, MODEL_MAX);
  g_assert_cmpuint (m->n_options, <=, MODEL_MAX);
  for (guint p = 0; p < m->n_priorities; p++)
    {
      JsonObject *priority = json_array_get_object_element (priorities, p);
      m->priorities[p] = json_object_get_string_member (priority, "id");
      m->defaults[p] = (int) json_object_get_int_member_with_default (priority, "default", 50);
    }
  for (guint o = 0; o < m->n_options; o++)
    {
      JsonObject *option = json_array_get_object_element (options, o);
      JsonObject *scores = json_object_get_object_member (option, "scores");

      m->options[o] = json_object_get_string_member (option, "id");
      m->names[o] = json_object_get_string_member (option, "name");
      for (guint p = 0; p < m->n_priorities; p++)
        m->scores[o][p] = json_object_get_double_member (scores, m->priorities[p]);
    }
  requirements = json_object_get_array_member (root, "requirements");
  m->n_requirements = requirements != NULL ? json_array_get_length (requirements) : 0;
  for (guint r = 0; r < m->n_requirements; r++)
    {
      JsonObject *requirement = json_array_get_object_element (requirements, r);
      JsonArray *excludes = json_object_get_array_member (requirement, "excludes");

      m->requirements[r] = json_object_get_string_member (requirement, "id");
      for (guint i = 0; i < json_array_get_length (excludes); i++)
        m->excluded_by[model_option (m, json_array_get_string_element (excludes, i))] |= 1u << r;
    }
}

/* A person as the test gives them: a name and "id=weight" overrides of
 * the deck's defaults. */
typedef struct
{
  const char *name;
  const char *weights;   /* "id=w,id=w", or "" */
} Person;

static char *
person_spec (const Person *person)
{
  return g_strdup_printf ("%s:%s", person->name, person->weights);
}

static void
person_weights (const Model  *m,
                const Person *person,
                int          *weights)
{
  g_auto(GStrv) pairs = g_strsplit (person->weights, ",", -1);

  memcpy (weights, m->defaults, sizeof m->defaults);
  for (guint i = 0; pairs[i] != NULL && pairs[i][0] != '\0'; i++)
    {
      g_auto(GStrv) kv = g_strsplit (pairs[i], "=", 2);
      int p = model_priority (m, kv[0]);

      g_assert_cmpint (p, >=, 0);
      weights[p] = atoi (kv[1]);
    }
}

/* What one set of weights gives, from PRODUCT.md's definitions:
 * S[o] = 100 · Σ w·s / (5 · Σ w) over the options the requirements
 * leave, ranked by score with ties in deck order. */
typedef struct
{
  gboolean scored;
  double   scores[MODEL_MAX];
  guint    ranking[MODEL_MAX];
  guint    n_ranked;
  int      leader;
} Outcome;

static void
outcome_compute (const Model *m,
                 const int   *weights,
                 guint32      requirements,
                 Outcome     *out)
{
  double total = 0;

  memset (out, 0, sizeof *out);
  out->leader = -1;
  for (guint p = 0; p < m->n_priorities; p++)
    total += weights[p];
  out->scored = total > 0;
  if (!out->scored)
    return;
  for (guint o = 0; o < m->n_options; o++)
    {
      double sum = 0;

      for (guint p = 0; p < m->n_priorities; p++)
        sum += weights[p] * m->scores[o][p];
      out->scores[o] = 100 * sum / (5 * total);
      if ((m->excluded_by[o] & requirements) == 0)
        {
          guint i = out->n_ranked++;

          /* Insertion: after every option that scores at least as much. */
          while (i > 0 && out->scores[out->ranking[i - 1]] < out->scores[o])
            {
              out->ranking[i] = out->ranking[i - 1];
              i--;
            }
          out->ranking[i] = o;
        }
    }
  out->leader = out->n_ranked > 0 ? (int) out->ranking[0] : -1;
}

/* The consensus weights by the issue's definition, in exact integers
 * (each person's weights over their sum share a common denominator). */
static void
expect_consensus (const Model *m,
                  int        (*weights)[MODEL_MAX],
                  guint        n_people,
                  int         *consensus)
{
  gint64 totals[4] = { 0 }, sums[MODEL_MAX] = { 0 }, common = 1, largest = 0;

  g_assert_cmpuint (n_people, <=, G_N_ELEMENTS (totals));
  for (guint k = 0; k < n_people; k++)
    {
      for (guint p = 0; p < m->n_priorities; p++)
        totals[k] += weights[k][p];
      common *= totals[k] > 0 ? totals[k] : 1;
    }
  for (guint k = 0; k < n_people; k++)
    for (guint p = 0; p < m->n_priorities && totals[k] > 0; p++)
      sums[p] += weights[k][p] * (common / totals[k]);
  for (guint p = 0; p < m->n_priorities; p++)
    largest = MAX (largest, sums[p]);
  for (guint p = 0; p < m->n_priorities; p++)
    {
      /* Half away from zero; the cases keep clear of exact halves. */
      g_assert_true (largest == 0 || (200 * sums[p]) % (2 * largest) != largest);
      consensus[p] = largest > 0 ? (int) ((200 * sums[p] + largest) / (2 * largest)) : 0;
    }
}

/* Everything the issue defines for a meeting, computed here. */
typedef struct
{
  guint   n_people;
  int     weights[4][MODEL_MAX];
  Outcome own[4];
  double  regret[4];
  int     consensus_weights[MODEL_MAX];
  Outcome consensus;
  int     carrier;         /* who gives up most, or -1 */
  double  disagreement;
} Meeting;

static void
expect_meeting (const Model  *m,
                const Person *people,
                guint         n_people,
                guint32       requirements,
                Meeting      *e)
{
  memset (e, 0, sizeof *e);
  e->n_people = n_people;
  e->carrier = -1;
  for (guint k = 0; k < n_people; k++)
    person_weights (m, &people[k], e->weights[k]);
  expect_consensus (m, e->weights, n_people, e->consensus_weights);
  outcome_compute (m, e->consensus_weights, requirements, &e->consensus);
  for (guint k = 0; k < n_people; k++)
    {
      outcome_compute (m, e->weights[k], requirements, &e->own[k]);
      if (e->own[k].leader >= 0 && e->consensus.leader >= 0)
        e->regret[k] = e->own[k].scores[e->own[k].leader] - e->own[k].scores[e->consensus.leader];
      if (e->regret[k] > e->disagreement + 1e-9)
        {
          e->disagreement = e->regret[k];
          e->carrier = (int) k;
        }
    }
}

static char *
db_deck (void)
{
  return fixture ("good", "databases-3.json");
}

/* Runs juxta --export FORMAT --deck DECK with a --stakeholder per person
 * and @extra arguments (NULL-terminated, may be NULL). */
static Result
run_stakeholders (const char         *format,
                  const char         *deck,
                  const Person       *people,
                  guint               n_people,
                  const char *const  *extra)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (args, g_strdup ("--export"));
  g_ptr_array_add (args, g_strdup (format));
  g_ptr_array_add (args, g_strdup ("--deck"));
  g_ptr_array_add (args, g_strdup (deck));
  for (guint k = 0; k < n_people; k++)
    {
      g_ptr_array_add (args, g_strdup ("--stakeholder"));
      g_ptr_array_add (args, person_spec (&people[k]));
    }
  for (guint i = 0; extra != NULL && extra[i] != NULL; i++)
    g_ptr_array_add (args, g_strdup (extra[i]));
  g_ptr_array_add (args, NULL);
  return run_juxta_argv ((const char *const *) args->pdata);
}

static const Person db_people[] = {
  { "CTO", "elastic-scale=100,low-ops=80,relational=10" },
  { "The CISO", "availability=100,portability=60,cost=35" },
  { "CFO", "cost=100,relational=20" },
};

static void
assert_weights_object (const Model *m,
                       JsonObject  *object,
                       const int   *expected)
{
  g_assert_cmpuint (json_object_get_size (object), ==, m->n_priorities);
  for (guint p = 0; p < m->n_priorities; p++)
    g_assert_cmpint (json_object_get_int_member (object, m->priorities[p]), ==, expected[p]);
}

static void
assert_ranking_array (const Model   *m,
                      JsonArray     *ranking,
                      const Outcome *expected)
{
  g_assert_cmpuint (json_array_get_length (ranking), ==, expected->n_ranked);
  for (guint i = 0; i < expected->n_ranked; i++)
    {
      JsonObject *item = json_array_get_object_element (ranking, i);

      g_assert_cmpstr (json_object_get_string_member (item, "option"), ==, m->options[expected->ranking[i]]);
      assert_close (json_object_get_double_member (item, "score"), expected->scores[expected->ranking[i]]);
    }
}

/* The JSON export of a meeting against the definitions. */
static void
assert_meeting_json (const Model   *m,
                     const char    *json,
                     const Person  *people,
                     const Meeting *e)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse_object (parser, json);
  JsonArray *stakeholders = json_object_get_array_member (root, "stakeholders");
  JsonObject *disagreement = json_object_get_object_member (root, "disagreement");

  assert_weights_object (m, json_object_get_object_member (root, "weights"), e->consensus_weights);
  assert_ranking_array (m, json_object_get_array_member (root, "ranking"), &e->consensus);
  g_assert_cmpuint (json_array_get_length (stakeholders), ==, e->n_people);
  for (guint k = 0; k < e->n_people; k++)
    {
      JsonObject *person = json_array_get_object_element (stakeholders, k);

      /* Exactly the issue's keys, in its order. */
      g_autoptr(GList) keys = json_object_get_members (person);
      const char *order[] = { "name", "weights", "ranking", "leader", "regret" };
      guint i = 0;

      for (GList *l = keys; l != NULL; l = l->next, i++)
        g_assert_cmpstr (l->data, ==, order[i]);
      g_assert_cmpuint (i, ==, G_N_ELEMENTS (order));
      g_assert_cmpstr (json_object_get_string_member (person, "name"), ==, people[k].name);
      assert_weights_object (m, json_object_get_object_member (person, "weights"), e->weights[k]);
      assert_ranking_array (m, json_object_get_array_member (person, "ranking"), &e->own[k]);
      if (e->own[k].leader >= 0)
        g_assert_cmpstr (json_object_get_string_member (person, "leader"), ==, m->options[e->own[k].leader]);
      else
        g_assert_true (json_object_get_null_member (person, "leader"));
      assert_close (json_object_get_double_member (person, "regret"), e->regret[k]);
    }
  if (e->carrier >= 0)
    g_assert_cmpstr (json_object_get_string_member (disagreement, "name"), ==, people[e->carrier].name);
  else
    g_assert_true (json_object_get_null_member (disagreement, "name"));
  assert_close (json_object_get_double_member (disagreement, "regret"), e->disagreement);
  g_assert_cmpuint (json_object_get_size (disagreement), ==, 2);
}

/* The talking point on who gives up most, as the issue words it. */
static char *
expected_disagreement_point (const Model   *m,
                             const Person  *people,
                             const Meeting *e)
{
  long points = lround (e->disagreement);

  g_assert_cmpint (points, >, 1);
  return g_strdup_printf ("%s's priorities favour %s; under the consensus they give up %ld points.",
                          people[e->carrier].name, m->names[e->own[e->carrier].leader], points);
}

static void
test_stakeholders_json (void)
{
  g_autofree char *deck = db_deck ();
  g_auto(Model) m = { 0 };
  Meeting e;

  model_load (&m, deck);
  expect_meeting (&m, db_people, G_N_ELEMENTS (db_people), 0, &e);
  /* The case is worth testing: people disagree, and regrets are not round. */
  g_assert_cmpint (e.own[0].leader, !=, e.own[1].leader);
  g_assert_cmpint (e.carrier, >=, 0);
  g_assert_cmpfloat (fabs (e.disagreement * 10 - round (e.disagreement * 10)), >, 1e-6);

  {
    g_auto(Result) r = run_stakeholders ("json", deck, db_people, G_N_ELEMENTS (db_people), NULL);
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autofree char *point = expected_disagreement_point (&m, db_people, &e);
    JsonArray *points;
    guint found = 0;

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
    assert_meeting_json (&m, r.out, db_people, &e);

    /* Added after "weights"; the keys that were there keep their order. */
    g_assert_true (strstr (r.out, "\n  \"weights\": ") < strstr (r.out, "\n  \"stakeholders\": "));
    g_assert_true (strstr (r.out, "\n  \"stakeholders\": ") < strstr (r.out, "\n  \"disagreement\": "));
    g_assert_true (strstr (r.out, "\n  \"disagreement\": ") < strstr (r.out, "\n  \"requirements\": "));
    g_assert_true (strstr (r.out, "\n  \"requirements\": ") < strstr (r.out, "\n  \"ranking\": "));
    g_assert_null (strstr (r.out, "\"interview\""));

    points = json_object_get_array_member (parse_object (parser, r.out), "talking-points");
    for (guint i = 0; i < json_array_get_length (points); i++)
      found += g_str_equal (json_array_get_string_element (points, i), point);
    g_assert_cmpuint (found, ==, 1);
  }
  {
    /* The verdict, margin, drivers and tipping points are those of the
     * consensus weights set by hand. */
    GString *weights = g_string_new (NULL);
    g_autofree char *list = NULL;
    g_auto(Result) group = run_stakeholders ("json", deck, db_people, G_N_ELEMENTS (db_people), NULL);
    g_auto(Result) plain = NULL_RESULT;
    g_autoptr(JsonParser) a = json_parser_new ();
    g_autoptr(JsonParser) b = json_parser_new ();
    JsonObject *from_group, *from_weights;
    const char *keys[] = { "weights", "requirements", "ranking", "excluded", "verdict", "margin", "drivers",
                           "tipping-points", "avoid" };

    for (guint p = 0; p < m.n_priorities; p++)
      g_string_append_printf (weights, "%s%s=%d", p > 0 ? "," : "", m.priorities[p], e.consensus_weights[p]);
    list = g_string_free (weights, FALSE);
    plain = run_juxta ("--export", "json", "--deck", deck, "--weights", list);
    from_group = parse_object (a, group.out);
    from_weights = parse_object (b, plain.out);
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      {
        g_test_message ("%s", keys[i]);
        g_assert_true (json_node_equal (json_object_get_member (from_group, keys[i]),
                                        json_object_get_member (from_weights, keys[i])));
      }
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (from_group, "talking-points")), ==,
                      json_array_get_length (json_object_get_array_member (from_weights, "talking-points")) + 1);
  }
  {
    /* The meeting's requirements apply to everyone. */
    const char *extra[] = { "--require", "sql-joins", NULL };
    g_auto(Result) r = run_stakeholders ("json", deck, db_people, G_N_ELEMENTS (db_people), extra);
    Meeting required;

    expect_meeting (&m, db_people, G_N_ELEMENTS (db_people), 1u << 0, &required);
    g_assert_cmpstr (m.requirements[0], ==, "sql-joins");
    g_assert_cmpint (r.status, ==, 0);
    assert_meeting_json (&m, r.out, db_people, &required);
  }
}

/* People who agree give up nothing: "disagreement" names nobody.  A
 * person whose weights are all 0 is left out, with a warning. */
static void
test_stakeholders_agree_and_left_out (void)
{
  g_autofree char *deck = fixture ("good", "fleet-vehicles-6.json");
  const Person agreeing[] = {
    { "Fleet manager", "running-cost=90,clean-zones=80" },
    { "Driver", "city-driving=95,clean-zones=70" },
    { "Nobody", "running-cost=0,clean-zones=0,range=0,capacity=0,price=0,city-driving=0,turnaround=0" },
  };
  g_auto(Model) m = { 0 };
  Meeting e, without;

  model_load (&m, deck);
  expect_meeting (&m, agreeing, 3, 0, &e);
  expect_meeting (&m, agreeing, 2, 0, &without);
  g_assert_cmpint (e.own[0].leader, ==, e.consensus.leader);
  g_assert_cmpint (e.own[1].leader, ==, e.consensus.leader);
  g_assert_cmpint (e.carrier, ==, -1);
  g_assert_cmpmem (e.consensus_weights, sizeof e.consensus_weights, without.consensus_weights,
                   sizeof without.consensus_weights);
  {
    g_auto(Result) r = run_stakeholders ("json", deck, agreeing, 3, NULL);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "juxta: warning: Nobody is left out of the consensus: every weight of theirs is 0\n");
    assert_meeting_json (&m, r.out, agreeing, &e);
    g_assert_nonnull (strstr (r.out, "\"disagreement\": {\"name\": null, \"regret\": 0}"));
    g_assert_nonnull (strstr (r.out, "{\"name\": \"Nobody\", \"weights\": {\"running-cost\": 0, \"clean-zones\": 0, "
                                     "\"range\": 0, \"capacity\": 0, \"price\": 0, \"city-driving\": 0, "
                                     "\"turnaround\": 0}, \"ranking\": [], \"leader\": null, \"regret\": 0}"));
    g_assert_null (strstr (r.out, "under the consensus they give up"));
  }
  {
    /* Everyone left out: no weights, nothing to recommend. */
    g_auto(Result) r = run_stakeholders ("json", deck, &agreeing[2], 1, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "\"verdict\": \"none\""));
    g_assert_nonnull (strstr (r.out, "\"disagreement\": {\"name\": null, \"regret\": 0}"));
  }
}

static void
test_stakeholders_usage_errors (void)
{
  g_autofree char *deck = db_deck ();
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *scenario = write_laptops_scenario (dir, " \"stakeholders\": [{\"name\": \"Dana\"}]\n");
  g_autofree char *laptops = g_build_filename (dir, "laptops.json", NULL);
  struct {
    const char *args[10];
    const char *expected;
  } cases[] = {
    { { "--stakeholder", "CTO:speed=3" },
      "unknown priority \"speed\" for \"CTO\" (known: relational, availability, elastic-scale, low-ops, cost, "
      "portability)" },
    { { "--stakeholder", "CTO:cost=101" },
      "the weight of \"cost\" for \"CTO\" must be a whole number from 0 to 100, got \"101\"" },
    { { "--stakeholder", "CTO:cost=-1" },
      "the weight of \"cost\" for \"CTO\" must be a whole number from 0 to 100, got \"-1\"" },
    { { "--stakeholder", "CTO:cost=ten" },
      "the weight of \"cost\" for \"CTO\" must be a whole number from 0 to 100, got \"ten\"" },
    { { "--stakeholder", "CTO cost=3" },
      "\"CTO cost=3\" has no colon after the name: write NAME:PRIORITY=WEIGHT,…" },
    { { "--stakeholder", " :cost=3" },
      "\" :cost=3\" has no name before the colon: write NAME:PRIORITY=WEIGHT,…" },
    { { "--stakeholder", "CTO:cost" }, "\"cost\" in the weights of \"CTO\" is not PRIORITY=WEIGHT" },
    { { "--stakeholder", "CTO:cost=3,cost=4" }, "\"cost\" is given twice for \"CTO\"" },
    { { "--stakeholder", "Dana:cost=3", "--stakeholder", "The CFO:", "--stakeholder", " dana :cost=90" },
      "two stakeholders are called \"dana\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autofree char *expected = g_strdup_printf ("juxta: --stakeholder: %s\n", cases[i].expected);

      g_ptr_array_add (args, "--export");
      g_ptr_array_add (args, (char *) (i % 2 == 0 ? "json" : "markdown"));
      g_ptr_array_add (args, "--deck");
      g_ptr_array_add (args, deck);
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (args, (char *) cases[i].args[a]);
      g_ptr_array_add (args, NULL);
      {
        g_auto(Result) r = run_juxta_argv ((const char *const *) args->pdata);
        g_test_message ("case %u: %s", i, cases[i].expected);
        assert_usage_error (&r, expected);
      }
    }
  {
    /* Names of at most 100 characters (spaces around them aside; "é" is
     * one), and a clear refusal beyond. */
    g_autofree char *x99 = g_strnfill (99, 'x');
    g_autofree char *x101 = g_strnfill (101, 'x');
    g_autofree char *x100000 = g_strnfill (100000, 'x');
    g_autofree char *longest = g_strdup_printf ("  é%s  :cost=3", x99);
    g_autofree char *too_long = g_strdup_printf ("%s:cost=3", x101);
    g_autofree char *huge = g_strdup_printf ("%s:cost=3", x100000);
    g_auto(Result) fine = run_juxta ("--export", "json", "--deck", deck, "--stakeholder", longest);
    g_auto(Result) over = run_juxta ("--export", "json", "--deck", deck, "--stakeholder", too_long);
    g_auto(Result) hostile = run_juxta ("--export", "json", "--deck", deck, "--stakeholder", huge);

    g_assert_cmpint (fine.status, ==, 0);
    assert_usage_error (&over, "juxta: --stakeholder: a stakeholder's name is 101 characters long; at most 100 are "
                               "allowed\n");
    assert_usage_error (&hostile, "juxta: --stakeholder: a stakeholder's name is 100000 characters long; at most "
                                  "100 are allowed\n");
  }
  {
    g_auto(Result) r = run_juxta ("--export", "json", "--deck", deck, "--stakeholder", "CTO:", "--weights", "cost=3");
    assert_usage_error (&r, "juxta: --stakeholder and --weights both set the weights: give one of them\n");
  }
  {
    g_auto(Result) r = run_juxta ("--export", "text", "--deck", deck, "--answers", "cost>relational:3",
                                  "--stakeholder", "CTO:");
    assert_usage_error (&r, "juxta: --stakeholder and --answers both set the weights: give one of them\n");
  }
  {
    g_auto(Result) r = run_juxta ("--export", "html", "--deck", deck, "--stakeholder", "CTO:", "--preset", "x");
    assert_usage_error (&r, "juxta: --stakeholder and --preset both set the weights: give one of them\n");
  }
  {
    g_auto(Result) r = run_juxta ("--check", deck, "--stakeholder", "CTO:");
    assert_usage_error (&r, "juxta: --stakeholder only goes with --export\n");
  }
  {
    /* A scenario's people set its weights. */
    const char *setters[][2] = { { "--weights", "power=3" }, { "--preset", "road-warrior" },
                                 { "--answers", "battery>weight:2,battery>power:3,battery>price:4" } };

    for (guint i = 0; i < G_N_ELEMENTS (setters); i++)
      {
        g_auto(Result) r = run_juxta ("--export", "json", "--scenario", scenario, setters[i][0], setters[i][1]);
        g_autofree char *expected = g_strdup_printf ("juxta: %s does not go with %s, which holds stakeholders: "
                                                     "the weights are their consensus (replace them with "
                                                     "--stakeholder)\n", setters[i][0], scenario);
        assert_usage_error (&r, expected);
      }
  }
  {
    /* More people than a meeting holds. */
    g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *expected = NULL;

    g_ptr_array_add (args, g_strdup ("--export"));
    g_ptr_array_add (args, g_strdup ("json"));
    g_ptr_array_add (args, g_strdup ("--deck"));
    g_ptr_array_add (args, g_strdup (deck));
    for (guint k = 0; k <= 64; k++)
      {
        g_ptr_array_add (args, g_strdup ("--stakeholder"));
        g_ptr_array_add (args, g_strdup_printf ("P%u:", k));
      }
    g_ptr_array_add (args, NULL);
    {
      g_auto(Result) r = run_juxta_argv ((const char *const *) args->pdata);
      assert_usage_error (&r, "juxta: --stakeholder: at most 64 people, got 65\n");
    }
  }
  g_unlink (scenario);
  g_unlink (laptops);
  g_rmdir (dir);
}

/* A row of "Who prefers what": the name, then each option's whole
 * score, the row's leader marked; "—" without a score. */
static char **
expected_row (const Model   *m,
              const char    *name,
              const Outcome *outcome)
{
  char **row = g_new0 (char *, m->n_options + 2);

  row[0] = g_strdup (name);
  for (guint o = 0; o < m->n_options; o++)
    {
      gboolean ranked = FALSE;

      for (guint i = 0; i < outcome->n_ranked; i++)
        ranked |= outcome->ranking[i] == o;
      if (!outcome->scored || !ranked)
        row[o + 1] = g_strdup ("—");
      else
        row[o + 1] = g_strdup_printf ("%ld%%%s", lround (outcome->scores[o]), outcome->leader == (int) o ? " ★" : "");
    }
  return row;
}

static char *
expected_regret_line (const Model   *m,
                      const Person  *person,
                      const Meeting *e,
                      guint          k)
{
  long points = lround (e->regret[k]);

  if (!e->own[k].scored)
    return g_strdup_printf ("%s is left out of the consensus: every weight of theirs is 0", person->name);
  if (e->regret[k] <= 0)
    return g_strdup_printf ("%s gives up nothing under %s", person->name, m->names[e->consensus.leader]);
  g_assert_cmpint (points, >, 1);
  return g_strdup_printf ("%s gives up %ld points under %s", person->name, points, m->names[e->consensus.leader]);
}

/* Markdown, HTML and text: whose consensus, the table (people as rows,
 * options as columns, each leader marked, the consensus last) and each
 * regret in words, computed here; the talking point. */
static void
test_stakeholders_documents (void)
{
  g_autofree char *deck = fixture ("good", "container-services-5.json");
  const Person people[] = {
    { "Platform lead", "kubernetes=90,control=80,low-ops=10" },
    { "Product owner", "time-to-value=100,low-ops=70,hardware=0" },
    { "FinOps", "idle-cost=100,steady-cost=60" },
  };
  g_auto(Model) m = { 0 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *point = NULL;
  Meeting e;

  model_load (&m, deck);
  expect_meeting (&m, people, 3, 0, &e);
  g_assert_cmpint (e.carrier, >=, 0);
  for (guint k = 0; k < 3; k++)
    g_ptr_array_add (rows, expected_row (&m, people[k].name, &e.own[k]));
  g_ptr_array_add (rows, expected_row (&m, "Consensus", &e.consensus));
  point = expected_disagreement_point (&m, people, &e);

  {
    g_auto(Result) r = run_stakeholders ("markdown", deck, people, 3, NULL);
    GString *table = g_string_new ("## Who prefers what\n\n|");
    g_autofree char *expected = NULL;
    g_autofree char *numbered = NULL;

    for (guint o = 0; o < m.n_options; o++)
      g_string_append_printf (table, " | %s", m.names[o]);
    g_string_append (table, " |\n|");
    for (guint o = 0; o <= m.n_options; o++)
      g_string_append (table, " --- |");
    g_string_append_c (table, '\n');
    for (guint i = 0; i < rows->len; i++)
      {
        g_autofree char *line = g_strjoinv (" | ", g_ptr_array_index (rows, i));
        g_string_append_printf (table, "| %s |\n", line);
      }
    g_string_append (table, "\nEach row scores the options under that person's own priorities, and the last row "
                            "under the consensus; ★ marks the option each row prefers.\n\n");
    for (guint k = 0; k < 3; k++)
      {
        g_autofree char *line = expected_regret_line (&m, &people[k], &e, k);
        g_string_append_printf (table, "- %s\n", line);
      }
    expected = g_string_free (table, FALSE);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, expected));
    g_assert_nonnull (strstr (r.out, "\n\nThe weights are the consensus of 3 stakeholders: Platform lead, Product "
                                     "owner, FinOps.\n\n"));
    /* With the recommendation, before the talking points. */
    g_assert_true (strstr (r.out, "## Recommendation") < strstr (r.out, "## Who prefers what"));
    g_assert_true (strstr (r.out, "## Who prefers what") < strstr (r.out, "## Talking points"));
    numbered = g_strdup_printf (". %s\n", point);
    g_assert_nonnull (strstr (r.out, numbered));
  }
  {
    g_auto(Result) r = run_stakeholders ("html", deck, people, 3, NULL);
    GString *table = g_string_new ("<h2>Who prefers what</h2>\n<div class=\"stakeholders\">\n<table>\n<thead>\n"
                                   "<tr><td></td>");
    g_autofree char *expected = NULL;

    for (guint o = 0; o < m.n_options; o++)
      g_string_append_printf (table, "<th scope=\"col\">%s</th>", m.names[o]);
    g_string_append (table, "</tr>\n</thead>\n<tbody>\n");
    for (guint i = 0; i < rows->len; i++)
      {
        char **row = g_ptr_array_index (rows, i);

        g_string_append_printf (table, "<tr><th scope=\"row\">%s</th>", row[0]);
        for (guint c = 1; row[c] != NULL; c++)
          g_string_append_printf (table, "<td>%s</td>", row[c]);
        g_string_append (table, "</tr>\n");
      }
    g_string_append (table, "</tbody>\n</table>\n</div>\n");
    expected = g_string_free (table, FALSE);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, expected));
    for (guint k = 0; k < 3; k++)
      {
        g_autofree char *line = expected_regret_line (&m, &people[k], &e, k);
        g_autofree char *item = g_strdup_printf ("<li>%s</li>", line);
        g_assert_nonnull (strstr (r.out, item));
      }
    {
      g_autofree char *escaped = g_markup_escape_text (point, -1);
      g_autofree char *item = NULL;

      /* The export escapes ' as &#39;, g_markup_escape_text as &apos;. */
      g_autoptr(GString) html_point = g_string_new (escaped);
      g_string_replace (html_point, "&apos;", "&#39;", 0);
      item = g_strdup_printf ("<li>%s</li>", html_point->str);
      g_assert_nonnull (strstr (r.out, item));
    }
  }
  {
    /* Text: columns two spaces apart, each as wide as its widest cell. */
    g_auto(Result) r = run_stakeholders ("text", deck, people, 3, NULL);
    const char *start;
    g_auto(GStrv) lines = NULL;
    glong widths[MODEL_MAX + 1] = { 0 };

    g_assert_cmpint (r.status, ==, 0);
    start = strstr (r.out, "Who prefers what\n----------------\n\n");
    g_assert_nonnull (start);
    lines = g_strsplit (start + strlen ("Who prefers what\n----------------\n\n"), "\n", rows->len + 2);
    for (guint o = 0; o < m.n_options; o++)
      widths[o + 1] = g_utf8_strlen (m.names[o], -1);
    for (guint i = 0; i < rows->len; i++)
      for (guint c = 0; c <= m.n_options; c++)
        widths[c] = MAX (widths[c], g_utf8_strlen (((char **) g_ptr_array_index (rows, i))[c], -1));
    for (guint i = 0; i <= rows->len; i++)
      {
        GString *line = g_string_new (NULL);
        g_autofree char *expected = NULL;

        for (guint c = 0; c <= m.n_options; c++)
          {
            const char *cell = i == 0 ? (c == 0 ? "" : m.names[c - 1]) : ((char **) g_ptr_array_index (rows, i - 1))[c];
            g_string_append (line, c > 0 ? "  " : "");
            g_string_append (line, cell);
            for (glong w = g_utf8_strlen (cell, -1); w < widths[c] && c < m.n_options; w++)
              g_string_append_c (line, ' ');
          }
        expected = g_string_free (line, FALSE);
        g_assert_cmpstr (lines[i], ==, expected);
      }
  }
}

/* Names are the people's text: escaped in every format. */
static void
test_stakeholders_escaped (void)
{
  g_autofree char *deck = db_deck ();
  const Person people[] = { { "<b>A|B</b> & *C*", "cost=100" }, { "D", "elastic-scale=100" } };
  g_auto(Result) md = run_stakeholders ("markdown", deck, people, 2, NULL);
  g_auto(Result) html = run_stakeholders ("html", deck, people, 2, NULL);
  g_auto(Result) json = run_stakeholders ("json", deck, people, 2, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *stakeholders;

  g_assert_nonnull (strstr (md.out, "\n| \\<b\\>A\\|B\\</b\\> \\& \\*C\\* | "));
  g_assert_nonnull (strstr (html.out, "<tr><th scope=\"row\">&lt;b&gt;A|B&lt;/b&gt; &amp; *C*</th>"));
  g_assert_null (strstr (html.out, "<b>A"));
  stakeholders = json_object_get_array_member (parse_object (parser, json.out), "stakeholders");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (stakeholders, 0), "name"), ==,
                   people[0].name);
}

/* The decision record lists the people, their leaders and what they
 * give up; the option recommended is the consensus's. */
static void
test_stakeholders_record (void)
{
  g_autofree char *deck = db_deck ();
  g_auto(Model) m = { 0 };
  g_auto(Result) r = NULL_RESULT;
  GString *section = g_string_new ("\n## Stakeholders\n\n");
  g_autofree char *expected = NULL;
  g_autofree char *recommended = NULL;
  Meeting e;

  model_load (&m, deck);
  expect_meeting (&m, db_people, G_N_ELEMENTS (db_people), 0, &e);
  for (guint k = 0; k < G_N_ELEMENTS (db_people); k++)
    {
      if (e.regret[k] > 0)
        g_string_append_printf (section, "- %s prefers %s and gives up %ld points under the consensus\n",
                                db_people[k].name, m.names[e.own[k].leader], lround (e.regret[k]));
      else
        g_string_append_printf (section, "- %s prefers %s and gives up nothing under the consensus\n",
                                db_people[k].name, m.names[e.own[k].leader]);
    }
  g_string_append (section, "\n## Considered options\n");
  expected = g_string_free (section, FALSE);

  r = run_stakeholders ("record", deck, db_people, G_N_ELEMENTS (db_people), NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "\n- Weights: the consensus of 3 stakeholders\n"));
  g_assert_nonnull (strstr (r.out, expected));
  recommended = g_strdup_printf ("Chosen option: %s.", m.names[e.consensus.leader]);
  g_assert_nonnull (strstr (r.out, recommended));
}

/* A scenario's people export as the same people given on the command
 * line; --stakeholder replaces them; --require applies on top. */
static void
test_stakeholders_scenario (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *scenario = write_laptops_scenario (dir,
    " \"weights\": {\"battery\": 1},\n"
    " \"stakeholders\": [{\"name\": \"Road warrior\", \"weights\": {\"battery\": 95, \"weight\": 90, \"power\": 5}},\n"
    "                  {\"name\": \"Designer\", \"weights\": {\"power\": 100, \"price\": 10}}],\n"
    " \"requirements\": []\n");
  g_autofree char *deck = g_build_filename (dir, "laptops.json", NULL);
  const char *formats[] = { "json", "markdown", "text", "html", "record" };
  g_autoptr(JsonParser) parser = json_parser_new ();

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Result) from_scenario = run_juxta ("--export", formats[i], "--scenario", scenario);
      g_auto(Result) from_options = run_juxta ("--export", formats[i], "--deck", deck, "--stakeholder",
                                               "Road warrior:battery=95,weight=90,power=5", "--stakeholder",
                                               "Designer:power=100,price=10");
      g_assert_cmpint (from_scenario.status, ==, 0);
      g_assert_cmpstr (from_scenario.err, ==, "");
      g_assert_nonnull (strstr (from_scenario.out, "Designer"));
      if (g_str_equal (formats[i], "record"))
        /* The record names the scenario it was decided on. */
        g_assert_nonnull (strstr (from_scenario.out, "\n- Scenario: tuesday.json\n"));
      else
        g_assert_cmpstr (from_scenario.out, ==, from_options.out);
    }
  {
    g_auto(Result) r = run_juxta ("--export", "json", "--scenario", scenario, "--stakeholder", "Solo:price=100",
                                  "--require", "under-1000");
    JsonObject *root = parse_object (parser, r.out);
    JsonArray *people = json_object_get_array_member (root, "stakeholders");

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpuint (json_array_get_length (people), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (people, 0), "name"), ==, "Solo");
    g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "requirements"), 0), ==,
                     "under-1000");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                       json_object_get_array_member (root, "ranking"), 0), "option"), ==, "budget");
  }
  g_unlink (scenario);
  g_unlink (deck);
  g_rmdir (dir);
}

static void
test_check_phrase (void)
{
  g_auto(Result) bad = run_juxta ("--check-phrase", "Bedrock is like EKS, and SageMaker is like Kubernetes running on EC2",
                                  "--deck", "aws-genai-platforms");
  g_auto(Result) fine = run_juxta ("--check-phrase", "Bedrock has nothing to do with Kubernetes.",
                                   "--deck", "aws-genai-platforms");

  g_assert_cmpint (bad.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad.out, "avoid: eks-k8s: \"Bedrock is like EKS, and SageMaker is like "
                                            "Kubernetes running on EC2\"\n"));
  g_assert_nonnull (strstr (bad.out, "\n  say instead: "));
  g_assert_cmpint (fine.status, ==, 0);
  g_assert_cmpstr (fine.out, ==, "Nothing to avoid found.\n");
}

/* The translation of @msgid in @language, from the build tree's catalogs. */
static char *
translate (const char *language,
           const char *msgid)
{
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *locale_dir = g_build_filename (JUXTA_BUILD_ROOT, "po", NULL);
  char *translated;

  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
  translated = g_strdup (g_dgettext (GETTEXT_PACKAGE, msgid));
  g_setenv ("LANGUAGE", saved != NULL ? saved : "en", TRUE);
  setlocale (LC_ALL, "");
  return translated;
}

static void
test_translated (gconstpointer data)
{
  const char *language = data;
  g_autofree char *version_help = translate (language, "Show the version");
  g_autofree char *needs_file = translate (language, "--check needs at least one deck file");
  g_autofree char *nul_byte = translate (language, "the file contains a NUL byte; a deck is UTF-8 text");
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *expected_usage = g_strdup_printf ("juxta: %s\n", needs_file);
  g_autofree char *expected_deck = NULL;

  /* The catalog has them, in other words than the English. */
  g_assert_cmpstr (version_help, !=, "Show the version");
  g_assert_cmpstr (needs_file, !=, "--check needs at least one deck file");
  g_assert_cmpstr (nul_byte, !=, "the file contains a NUL byte; a deck is UTF-8 text");

  {
    const char *args[] = { "--help", NULL };
    g_auto(Result) r = run_juxta_in (language, args);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, version_help));
  }
  {
    const char *args[] = { "--check", NULL };
    g_auto(Result) r = run_juxta_in (language, args);
    assert_usage_error (&r, expected_usage);
  }
  {
    /* Deck errors are translated; the "FILE:LINE:COL: error:" prefix
     * stays as it is for tools that read it. */
    const char *args[] = { "--check", bad, NULL };
    g_auto(Result) r = NULL_RESULT;

    g_assert_true (g_file_set_contents (bad, "{}\0", 3, NULL));
    r = run_juxta_in (language, args);
    expected_deck = g_strdup_printf ("%s:1:3: error: %s\n", bad, nul_byte);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.err, ==, expected_deck);
  }

  g_unlink (bad);
  g_rmdir (dir);
}

/* A new deck in the user's language: its guidance translated, its keys and
 * ids as they are, and still clean (the avoided analogy's translated
 * triggers find its translated text). */
static void
test_translated_new (gconstpointer data)
{
  const char *language = data;
  g_autofree char *title = translate (language, "Which option fits? (Replace this with the question the deck "
                                                "answers, as the customer would ask it.)");
  g_autofree char *dir = g_dir_make_tmp ("juxta-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "neu.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *avoid;

  g_assert_cmpstr (title, !=, "Which option fits? (Replace this with the question the deck answers, as the "
                              "customer would ask it.)");
  g_setenv ("SOURCE_DATE_EPOCH", FIXED_NOW, TRUE);
  {
    const char *args[] = { "--new", path, NULL };
    g_auto(Result) r = run_juxta_in (language, args);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    const char *args[] = { "--check", "--strict", path, NULL };
    g_auto(Result) r = run_juxta_in (language, args);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
  }
  root = load_json_file (parser, path);
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, title);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (root, "options"), 0), "id"), ==, "option-a");
  avoid = json_array_get_object_element (json_object_get_array_member (root, "analogies"), 1);
  g_assert_cmpstr (json_object_get_string_member (avoid, "verdict"), ==, "avoid");
  {
    const char *args[] = { "--check-phrase", json_object_get_string_member (avoid, "text"), "--deck", path, NULL };
    g_auto(Result) r = run_juxta_in (language, args);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_true (g_str_has_prefix (r.out, "avoid: avoid-this: "));
  }
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  user_data_home = g_dir_make_tmp ("juxta-cli-home-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/juxta/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/juxta/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/juxta/cli/list", test_list);
  g_test_add_func ("/juxta/cli/check", test_check);
  g_test_add_func ("/juxta/cli/check-lists-failed-expectations", test_check_lists_failed_expectations);
  g_test_add_func ("/juxta/cli/strict", test_strict);
  g_test_add_func ("/juxta/cli/lint-every-warning", test_lint_every_warning);
  g_test_add_func ("/juxta/cli/bundled-decks-check-strict", test_bundled_decks_check_strict);
  g_test_add_func ("/juxta/cli/new", test_new);
  g_test_add_func ("/juxta/cli/export-sections", test_export_sections);
  g_test_add_func ("/juxta/cli/export", test_export);
  g_test_add_func ("/juxta/cli/export/numbers", test_export_numbers);
  g_test_add_func ("/juxta/cli/export-formats-and-output", test_export_formats_and_output);
  g_test_add_func ("/juxta/cli/check-phrase", test_check_phrase);
  g_test_add_func ("/juxta/cli/decision-record", test_decision_record);
  g_test_add_func ("/juxta/cli/scenario/export", test_scenario_export);
  g_test_add_func ("/juxta/cli/scenario/changed-deck", test_scenario_changed_deck);
  g_test_add_func ("/juxta/cli/scenario/broken", test_scenario_broken);
  g_test_add_func ("/juxta/cli/answers/json", test_answers_json);
  g_test_add_func ("/juxta/cli/answers/usage-errors", test_answers_usage_errors);
  g_test_add_func ("/juxta/cli/answers/documents", test_answers_documents);
  g_test_add_func ("/juxta/cli/answers/scenario", test_answers_scenario);
  g_test_add_func ("/juxta/cli/stakeholders/json", test_stakeholders_json);
  g_test_add_func ("/juxta/cli/stakeholders/agree-and-left-out", test_stakeholders_agree_and_left_out);
  g_test_add_func ("/juxta/cli/stakeholders/usage-errors", test_stakeholders_usage_errors);
  g_test_add_func ("/juxta/cli/stakeholders/documents", test_stakeholders_documents);
  g_test_add_func ("/juxta/cli/stakeholders/escaped", test_stakeholders_escaped);
  g_test_add_func ("/juxta/cli/stakeholders/record", test_stakeholders_record);
  g_test_add_func ("/juxta/cli/stakeholders/scenario", test_stakeholders_scenario);
  g_test_add_data_func ("/juxta/cli/translated/de", "de", test_translated);
  g_test_add_data_func ("/juxta/cli/translated/fr", "fr", test_translated);
  g_test_add_data_func ("/juxta/cli/translated-new/de", "de", test_translated_new);
  g_test_add_data_func ("/juxta/cli/translated-new/fr", "fr", test_translated_new);

  status = g_test_run ();

  /* Remove the private data home (juxta/decks inside it). */
  {
    g_autofree char *decks = g_build_filename (user_data_home, "juxta", "decks", NULL);
    g_autofree char *juxta = g_build_filename (user_data_home, "juxta", NULL);
    g_rmdir (decks);
    g_rmdir (juxta);
    g_rmdir (user_data_home);
    g_free (user_data_home);
  }
  return status;
}
