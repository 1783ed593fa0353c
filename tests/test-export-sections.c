/* test-export-sections.c: what Export and Copy include, chosen in the window
 *
 * The real window under Xvfb.  The parts of the document are check items
 * (the "include" actions), bound to the "export-sections" setting: every
 * window shows the same choice and follows a change made in another, and
 * a new window starts with it.  Export (through its action, the file
 * chooser's answer stubbed) writes those parts, and Copy puts them on the
 * clipboard as plain text and HTML, read back as another application
 * would: with the talking points alone, just the numbered points.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "juxta-export.h"
#include "juxta-window-test-util.h"

static const char *const all_sections[] = {
  "recommendation", "talking-points", "comparison", "glossary", "sources",
};

static gboolean
included (JuxtaWindow *window,
          const char  *section)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window->include_actions), section);

  g_assert_nonnull (state);
  return g_variant_get_boolean (state);
}

static gboolean
can_change (JuxtaWindow *window,
            const char  *section)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window->include_actions), section);
}

/* Ticks or unticks a check item, as a click on it does. */
static void
toggle (JuxtaWindow *window,
        const char  *section)
{
  g_autofree char *action = g_strconcat ("include.", section, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  juxta_test_wait_idle ();
}

static JuxtaWindow *
window_on (const char *deck)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "decks", "good", deck, NULL);
  JuxtaWindow *window = juxta_test_window_new ();

  g_assert_true (juxta_window_load_deck (window, path, NULL));
  juxta_test_wait_idle ();
  return window;
}

/* The default is the command line's: all but the glossary. */
static void
test_default (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) names = NULL;
  g_autofree char *list = NULL;
  JuxtaExportSections sections = 0;
  JuxtaWindow *window;

  juxta_test_reset_settings ();
  window = window_on ("databases.json");
  names = g_settings_get_strv (settings, "export-sections");
  list = g_strjoinv (",", names);
  g_assert_true (juxta_export_sections_from_string (list, &sections, NULL));
  g_assert_cmpint (sections, ==, JUXTA_EXPORT_SECTIONS_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (all_sections); i++)
    {
      g_assert_cmpint (included (window, all_sections[i]), ==, !g_str_equal (all_sections[i], "glossary"));
      g_assert_true (can_change (window, all_sections[i]));
    }
  juxta_test_window_destroy (window);
}

/* A choice made in one window is every window's, and the next one's. */
static void
test_remembered_across_windows (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) names = NULL;
  JuxtaWindow *first, *second, *third;

  juxta_test_reset_settings ();
  first = window_on ("databases.json");
  second = window_on ("laptops.json");

  toggle (first, "glossary");
  toggle (first, "recommendation");
  g_assert_true (included (first, "glossary"));
  g_assert_false (included (first, "recommendation"));
  g_assert_true (included (second, "glossary"));
  g_assert_false (included (second, "recommendation"));
  names = g_settings_get_strv (settings, "export-sections");
  g_assert_true (g_strv_contains ((const char *const *) names, "glossary"));
  g_assert_false (g_strv_contains ((const char *const *) names, "recommendation"));

  toggle (second, "sources");
  g_assert_false (included (first, "sources"));
  juxta_test_window_destroy (first);
  juxta_test_window_destroy (second);

  third = window_on ("laptops.json");
  g_assert_false (included (third, "recommendation"));
  g_assert_true (included (third, "talking-points"));
  g_assert_true (included (third, "comparison"));
  g_assert_true (included (third, "glossary"));
  g_assert_false (included (third, "sources"));

  /* The last part left cannot be left out too. */
  toggle (third, "talking-points");
  toggle (third, "comparison");
  g_assert_true (included (third, "glossary"));
  g_assert_false (can_change (third, "glossary"));
  g_assert_true (can_change (third, "comparison"));
  gtk_widget_activate_action (GTK_WIDGET (third), "include.glossary", NULL);
  juxta_test_wait_idle ();
  g_assert_true (included (third, "glossary"));
  juxta_test_window_destroy (third);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Export, through its action, writes the chosen parts. */
static void
test_export_writes_them (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-sections-XXXXXX", NULL);
  g_autofree char *md = g_build_filename (dir, "review.md", NULL);
  g_autofree char *html = g_build_filename (dir, "review.html", NULL);
  g_autoptr(GFile) md_file = g_file_new_for_path (md);
  g_autoptr(GFile) html_file = g_file_new_for_path (html);
  JuxtaExportSections chosen = JUXTA_EXPORT_SECTION_COMPARISON | JUXTA_EXPORT_SECTION_GLOSSARY;
  g_autofree char *expected_md = NULL;
  g_autofree char *expected_html = NULL;
  g_autofree char *written_md = NULL;
  g_autofree char *written_html = NULL;
  JuxtaWindow *window;

  juxta_test_reset_settings ();
  window = window_on ("databases.json");
  toggle (window, "recommendation");
  toggle (window, "talking-points");
  toggle (window, "sources");
  toggle (window, "glossary");

  juxta_window_set_chosen_file (window, md_file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  juxta_window_set_chosen_file (window, html_file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  juxta_test_wait_idle ();

  expected_md = juxta_export_render_sections (juxta_test_deck (window), juxta_test_scenario (window),
                                              JUXTA_EXPORT_MARKDOWN, chosen);
  expected_html = juxta_export_render_sections (juxta_test_deck (window), juxta_test_scenario (window),
                                                JUXTA_EXPORT_HTML, chosen);
  written_md = read_file (md);
  written_html = read_file (html);
  g_assert_cmpstr (written_md, ==, expected_md);
  g_assert_cmpstr (written_html, ==, expected_html);
  /* The parts left out are not there; the ones chosen are. */
  g_assert_null (strstr (written_md, "## Talking points"));
  g_assert_null (strstr (written_md, "## Sources"));
  g_assert_nonnull (strstr (written_md, "## Comparison"));
  g_assert_nonnull (strstr (written_md, "## Glossary"));

  juxta_test_window_destroy (window);
  g_unlink (md);
  g_unlink (html);
  g_rmdir (dir);
}

/* Copy puts the chosen parts on the clipboard, as Export writes them in
 * plain text and HTML; the talking points alone, as numbered points. */
static void
test_copy_puts_them_on_the_clipboard (void)
{
  JuxtaExportSections chosen = JUXTA_EXPORT_SECTION_RECOMMENDATION | JUXTA_EXPORT_SECTION_COMPARISON;
  g_autofree char *expected_text = NULL;
  g_autofree char *expected_html = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  g_autofree char *points_text = NULL;
  GdkClipboard *clipboard;
  JuxtaWindow *window;

  juxta_test_reset_settings ();
  window = window_on ("laptops.json");
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  toggle (window, "talking-points");
  toggle (window, "sources");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy", NULL);
  juxta_test_wait_idle ();
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"));
  text = juxta_test_read_clipboard (clipboard, "text/plain;charset=utf-8");
  html = juxta_test_read_clipboard (clipboard, "text/html");
  expected_text = juxta_export_render_sections (juxta_test_deck (window), juxta_test_scenario (window),
                                                JUXTA_EXPORT_TEXT, chosen);
  expected_html = juxta_export_render_sections (juxta_test_deck (window), juxta_test_scenario (window),
                                                JUXTA_EXPORT_HTML, chosen);
  g_assert_cmpstr (text, ==, expected_text);
  g_assert_cmpstr (html, ==, expected_html);
  g_assert_nonnull (strstr (text, "\nComparison\n"));
  g_assert_null (strstr (text, "\nTalking points\n"));

  /* The talking points alone: the numbered points, nothing else. */
  toggle (window, "talking-points");
  toggle (window, "recommendation");
  toggle (window, "comparison");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy", NULL);
  juxta_test_wait_idle ();
  points_text = juxta_test_read_clipboard (clipboard, "text/plain;charset=utf-8");
  g_assert_true (g_str_has_prefix (points_text, "1. Pick the laptop"));
  g_assert_null (strstr (points_text, "Comparison"));

  juxta_test_window_destroy (window);
}

/* An empty choice (only by hand, with gsettings) leaves Copy nothing to
 * do: the clipboard keeps what it had. */
static void
test_nothing_chosen (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char *none[] = { NULL };
  g_autofree char *kept = NULL;
  GdkClipboard *clipboard;
  JuxtaWindow *window;

  juxta_test_reset_settings ();
  window = window_on ("laptops.json");
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  gdk_clipboard_set_text (clipboard, "kept");
  g_assert_true (g_settings_set_strv (settings, "export-sections", none));
  juxta_test_wait_idle ();
  for (guint i = 0; i < G_N_ELEMENTS (all_sections); i++)
    g_assert_false (included (window, all_sections[i]));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy", NULL);
  juxta_test_wait_idle ();
  kept = juxta_test_read_clipboard (clipboard, "text/plain;charset=utf-8");
  g_assert_cmpstr (kept, ==, "kept");
  juxta_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!juxta_test_init_ui ())
    return g_test_run ();

  g_test_add_func ("/juxta/export-sections/default", test_default);
  g_test_add_func ("/juxta/export-sections/remembered-across-windows", test_remembered_across_windows);
  g_test_add_func ("/juxta/export-sections/export-writes-them", test_export_writes_them);
  g_test_add_func ("/juxta/export-sections/copy-puts-them-on-the-clipboard", test_copy_puts_them_on_the_clipboard);
  g_test_add_func ("/juxta/export-sections/nothing-chosen", test_nothing_chosen);

  return g_test_run ();
}
