/* test-workshop.c: presentation mode, zoom, phrase guard, glossary, live reload, sources */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "juxta-deck-picker.h"
#include "juxta-sources-button.h"
#include "juxta-application.h"
#include "juxta-window-test-util.h"

static GtkWidget *
find (JuxtaWindow *window,
      GType        type)
{
  GtkWidget *widget = juxta_test_find_widget (GTK_WIDGET (window), type);

  g_assert_nonnull (widget);
  return widget;
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

static int
gtk_dpi (JuxtaWindow *window)
{
  int dpi;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (window)), "gtk-xft-dpi", &dpi, NULL);
  return dpi;
}

/* The height a label's text takes, with its style as of the next frame. */
static int
text_height (GtkWidget *label)
{
  int height;

  juxta_test_wait_idle ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (label)));
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 2000, NULL, &height, NULL, NULL);
  return height;
}

/* A fader's label: nothing but the zoom changes its size. */
static GtkWidget *
fader_label (JuxtaWindow *window)
{
  GtkWidget *label = juxta_test_find_label (find (window, JUXTA_TYPE_SLIDER_BOARD),
                                            juxta_deck_get_priority (juxta_test_deck (window), 0)->label);

  g_assert_nonnull (label);
  return label;
}

/* ------------------------------------------------------ presentation */

static void
test_presentation_mode (void)
{
  g_autofree char *path = juxta_test_bundled_deck_path ("aws-genai-platforms");
  JuxtaWindow *window = juxta_test_window_open (path);
  JuxtaRecommendationCard *card = JUXTA_RECOMMENDATION_CARD (find (window, JUXTA_TYPE_RECOMMENDATION_CARD));
  JuxtaSliderBoard *board = JUXTA_SLIDER_BOARD (find (window, JUXTA_TYPE_SLIDER_BOARD));
  GtkWidget *picker = find (window, JUXTA_TYPE_DECK_PICKER);
  GtkWidget *guard = find (window, JUXTA_TYPE_PHRASE_GUARD_PANE);
  JuxtaDeck *deck = juxta_test_deck (window);
  AdwFlap *flap = ADW_FLAP (find (window, ADW_TYPE_FLAP));
  int normal_height = text_height (fader_label (window));
  int presenting_height;
  g_autofree char *before = NULL;
  gboolean presenting = FALSE;

  /* The phrase guard is open before presenting. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.phrase-guard", NULL);
  juxta_test_wait_idle ();
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_get_visible (picker));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  juxta_test_wait_until (juxta_test_is_fullscreen, window);
  g_object_get (window, "presenting", &presenting, NULL);
  g_assert_true (presenting);
  g_assert_false (gtk_widget_get_visible (picker));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  /* The sidebar slides away; then the phrase guard is off screen. */
  juxta_test_wait_until (is_unmapped, guard);
  g_assert_false (gtk_widget_get_visible (juxta_test_find_widget (juxta_comparison_panels_get_card (
    JUXTA_COMPARISON_PANELS (find (window, JUXTA_TYPE_COMPARISON_PANELS)), 0), GTK_TYPE_BUTTON)));
  /* Text is scaled by the presentation scale (1.4 by default). */
  presenting_height = text_height (fader_label (window));
  g_assert_cmpint (presenting_height, >=, normal_height * 1.25);
  g_assert_cmpint (presenting_height, <=, normal_height * 1.55);

  /* Sliders still work, live. */
  before = g_strdup (juxta_recommendation_card_get_headline (card));
  g_assert_cmpstr (before, ==, "Amazon Bedrock");
  gtk_range_set_value (juxta_slider_board_get_fader (board, (guint) juxta_deck_find_priority (deck, "control")), 100);
  gtk_range_set_value (juxta_slider_board_get_fader (board, (guint) juxta_deck_find_priority (deck, "speed")), 0);
  juxta_test_wait_idle ();
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card), !=, before);

  /* Esc (the binding's action) restores everything. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);
  juxta_test_wait_until (juxta_test_is_not_fullscreen, window);
  juxta_test_wait_idle ();
  g_assert_true (gtk_widget_get_visible (picker));
  g_assert_cmpint (text_height (fader_label (window)), ==, normal_height);
  g_object_get (window, "presenting", &presenting, NULL);
  g_assert_false (presenting);

  juxta_test_window_destroy (window);
}


static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_is_drawable (widget);
}

/* The board in presentation mode: tucked away, slid in with one key, the
 * faders alone (no presets, reset or must-haves) with the keyboard on the
 * first; Esc puts it away, then leaves.  The presenter's own notes are not
 * shown either. */
static void
test_presentation_board (void)
{
  g_autofree char *path = juxta_test_bundled_deck_path ("aws-genai-platforms");
  JuxtaWindow *window = juxta_test_window_open (path);
  JuxtaSliderBoard *board = JUXTA_SLIDER_BOARD (find (window, JUXTA_TYPE_SLIDER_BOARD));
  GtkWidget *meeting_cards = find (window, JUXTA_TYPE_MEETING_CARDS);
  AdwFlap *board_flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (board), ADW_TYPE_FLAP));
  GtkWidget *preset = juxta_test_find_label (GTK_WIDGET (board), juxta_deck_get_preset (juxta_test_deck (window), 0)->label);
  GtkWidget *must_have = GTK_WIDGET (juxta_slider_board_get_requirement_switch (board, 0));
  GtkRange *first = juxta_slider_board_get_fader (board, 0);
  GtkWidget *comparison = find (window, JUXTA_TYPE_COMPARISON_PANELS);
  int width_with_board;
  gboolean shown = FALSE;

  /* The workbench: the board beside the comparison, with its editing. */
  juxta_test_wait_until (juxta_test_flap_at_rest, board_flap);
  g_assert_true (adw_flap_get_reveal_flap (board_flap));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (first)));
  g_assert_true (gtk_widget_is_drawable (preset));
  g_assert_true (gtk_widget_is_drawable (must_have));
  width_with_board = gtk_widget_get_width (comparison);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  juxta_test_wait_until (juxta_test_is_fullscreen, window);
  juxta_test_wait_until (is_unmapped, first);
  g_assert_false (adw_flap_get_reveal_flap (board_flap));
  g_object_get (window, "board-visible", &shown, NULL);
  g_assert_false (shown);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (meeting_cards, GTK_TYPE_BOX)));

  /* F9's action slides the board in, beside the comparison (never over
   * it), the keyboard on the first fader, and no editing controls. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.board", NULL));
  juxta_test_wait_until (is_drawn, first);
  juxta_test_wait_until (juxta_test_flap_at_rest, board_flap);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (first)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (first)));
  g_assert_false (gtk_widget_is_drawable (preset));
  g_assert_false (gtk_widget_is_drawable (must_have));
  {
    graphene_rect_t board_bounds, comparison_bounds, both;

    g_assert_true (gtk_widget_compute_bounds (gtk_widget_get_parent (GTK_WIDGET (board)), GTK_WIDGET (window),
                                              &board_bounds));
    g_assert_true (gtk_widget_compute_bounds (comparison, GTK_WIDGET (window), &comparison_bounds));
    g_assert_false (graphene_rect_intersection (&board_bounds, &comparison_bounds, &both) && both.size.width >= 1);
  }

  /* The presenter moves a slider: the comparison follows. */
  {
    const JuxtaAdvice *advice = juxta_test_advice (window);
    double before = advice->scores[0];

    gtk_range_set_value (first, gtk_range_get_value (first) > 50 ? 0 : 100);
    g_assert_cmpfloat (juxta_test_advice (window)->scores[0], !=, before);
  }

  /* Esc: the board goes first, then presentation mode. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);
  g_assert_false (adw_flap_get_reveal_flap (board_flap));
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);
  juxta_test_wait_until (juxta_test_is_not_fullscreen, window);
  juxta_test_wait_until (juxta_test_flap_at_rest, board_flap);
  juxta_test_wait_idle ();

  /* Back in the workbench: the board and its editing are back. */
  g_assert_true (adw_flap_get_reveal_flap (board_flap));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (meeting_cards, GTK_TYPE_BOX)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_is_drawable (preset));
  g_assert_cmpint (gtk_widget_get_width (comparison), ==, width_with_board);

  juxta_test_window_destroy (window);
}

static void
test_zoom_persists (void)
{
  g_autofree char *path = juxta_test_bundled_deck_path ("aws-genai-platforms");
  JuxtaWindow *window = juxta_test_window_open (path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *headline = juxta_test_find_label (find (window, JUXTA_TYPE_RECOMMENDATION_CARD), "Amazon Bedrock");
  int normal_height = text_height (fader_label (window));
  int normal_headline, zoomed_height;
  double zoom;

  g_assert_nonnull (headline);
  normal_headline = text_height (headline);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_object_get (window, "zoom", &zoom, NULL);
  g_assert_cmpfloat_with_epsilon (zoom, 1.21, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.21, 1e-9);
  zoomed_height = text_height (fader_label (window));
  g_assert_cmpint (zoomed_height, >=, normal_height * 1.1);
  g_assert_cmpint (text_height (headline), >, normal_headline);
  juxta_test_window_destroy (window);

  /* A new window starts zoomed. */
  window = juxta_test_window_new ();
  g_object_get (window, "zoom", &zoom, NULL);
  g_assert_cmpfloat_with_epsilon (zoom, 1.21, 1e-9);
  g_assert_cmpint (text_height (fader_label (window)), ==, zoomed_height);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.1, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  g_assert_cmpfloat (g_settings_get_double (settings, "zoom"), ==, 1.0);
  g_assert_cmpint (text_height (fader_label (window)), ==, normal_height);
  juxta_test_window_destroy (window);
}

/* Zoom is the window's own: another window's text, and the desktop's
 * resolution that every application shares, stay as they are. */
static void
test_zoom_is_per_window (void)
{
  g_autofree char *path = juxta_test_bundled_deck_path ("aws-genai-platforms");
  JuxtaWindow *first = juxta_test_window_open (path);
  JuxtaWindow *second = juxta_test_window_new ();
  int dpi = gtk_dpi (first);
  int first_label = text_height (fader_label (first));
  int second_label = text_height (fader_label (second));
  GtkWidget *first_title, *second_title;
  int first_headline, second_headline;

  /* libadwaita sizes its title classes in points: they follow too. */
  first_title = gtk_label_new ("Title");
  second_title = gtk_label_new ("Title");
  gtk_widget_add_css_class (first_title, "title-1");
  gtk_widget_add_css_class (second_title, "title-1");
  /* In the fader's row, under its name and value. */
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (gtk_widget_get_parent (fader_label (first)))), first_title);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (gtk_widget_get_parent (fader_label (second)))), second_title);
  first_headline = text_height (first_title);
  second_headline = text_height (second_title);
  g_assert_cmpint (first_label, ==, second_label);

  for (guint i = 0; i < 4; i++)
    gtk_widget_activate_action (GTK_WIDGET (first), "win.zoom-in", NULL);
  juxta_test_wait_idle ();

  /* 1.1 to the fourth is 1.46. */
  g_assert_cmpint (text_height (fader_label (first)), >=, first_label * 1.3);
  g_assert_cmpint (text_height (first_title), >=, first_headline * 1.3);
  g_assert_cmpint (text_height (fader_label (second)), ==, second_label);
  g_assert_cmpint (text_height (second_title), ==, second_headline);
  g_assert_cmpint (gtk_dpi (first), ==, dpi);
  g_assert_cmpint (gtk_dpi (second), ==, dpi);

  /* Closing the zoomed window leaves the other as it is. */
  juxta_test_window_destroy (first);
  g_assert_cmpint (text_height (fader_label (second)), ==, second_label);
  juxta_test_window_destroy (second);
}

/* Every accelerator is the application's, set at startup. */
static void
test_shortcuts (void)
{
  g_autoptr(GApplication) app = g_object_new (JUXTA_TYPE_APPLICATION, "application-id", "io.github.juxta.Test",
                                               "flags", G_APPLICATION_NON_UNIQUE, NULL);
  g_autoptr(GError) error = NULL;
  const struct { const char *accel; const char *action; } expected[] = {
    { "<Control>plus", "win.zoom-in" },
    { "<Control>minus", "win.zoom-out" },
    { "<Control>0", "win.zoom-reset" },
    { "F11", "win.presentation" },
    { "F9", "win.board" },
    { "<Control>i", "win.interview" },
    { "<Control>f", "win.glossary" },
    { "<Control>o", "win.open" },
    { "<Control>s", "win.save-scenario" },
    { "<Control><Shift>s", "win.save-scenario-as" },
    { "<Control>r", "win.reload" },
    { "<Control><Shift>c", "win.copy" },
    { "<Control>e", "win.export" },
    { "<Control>p", "win.print" },
    { "<Control>q", "app.quit" },
  };

  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), expected[i].accel);
      g_assert_true (g_strv_contains ((const char *const *) actions, expected[i].action));
    }
}

/* ------------------------------------------------------ phrase guard */

static gboolean
checked (gpointer pane)
{
  return !juxta_phrase_guard_pane_get_pending (pane);
}

static guint
wait_for_findings (JuxtaPhraseGuardPane *pane,
                   const char           *text)
{
  gtk_text_buffer_set_text (juxta_phrase_guard_pane_get_buffer (pane), text, -1);
  /* The check runs a moment after typing stops. */
  g_assert_true (juxta_phrase_guard_pane_get_pending (pane));
  juxta_test_wait_until (checked, pane);
  juxta_test_wait_idle ();
  return juxta_phrase_guard_pane_get_n_findings (pane);
}

static void
test_phrase_guard (void)
{
  g_autofree char *path = juxta_test_bundled_deck_path ("aws-genai-platforms");
  JuxtaWindow *window = juxta_test_window_open (path);
  JuxtaPhraseGuardPane *pane = JUXTA_PHRASE_GUARD_PANE (find (window, JUXTA_TYPE_PHRASE_GUARD_PANE));
  JuxtaDeck *deck = juxta_test_deck (window);
  const JuxtaAnalogy *eks = NULL;
  const char *safer;
  g_autofree char *instead = NULL;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  g_autofree char *copied = NULL;

  for (guint a = 0; a < juxta_deck_get_n_analogies (deck); a++)
    if (g_str_equal (juxta_deck_get_analogy (deck, a)->id, "eks-k8s"))
      eks = juxta_deck_get_analogy (deck, a);
  g_assert_nonnull (eks);
  safer = juxta_deck_get_analogy (deck, (guint) eks->instead)->text;
  instead = g_strdup_printf ("Say instead: %s", safer);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.phrase-guard", NULL);
  g_assert_cmpuint (wait_for_findings (pane, "Bedrock is like EKS, and SageMaker is like Kubernetes running on EC2"), ==, 1);
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (pane), "Avoid"));
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (pane), eks->why));
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (pane), instead));

  /* The button beside the safer analogy copies it. */
  g_signal_emit_by_name (juxta_test_find_widget (gtk_widget_get_parent (juxta_test_find_label (GTK_WIDGET (pane), instead)),
                                                 GTK_TYPE_BUTTON), "clicked");
  copied = juxta_test_read_clipboard (clipboard, "text/plain;charset=utf-8");
  g_assert_cmpstr (copied, ==, safer);

  g_assert_cmpuint (wait_for_findings (pane, "Bedrock has nothing to do with Kubernetes."), ==, 0);
  g_assert_nonnull (juxta_test_find_label (GTK_WIDGET (pane), "Nothing to avoid found."));
  g_assert_null (juxta_test_find_label (GTK_WIDGET (pane), "Avoid"));

  juxta_test_window_destroy (window);
}

/* ---------------------------------------------------------- glossary */

typedef struct
{
  JuxtaGlossaryPane *glossary;
  guint              all;
} Narrowing;

static gboolean
narrowed (gpointer data)
{
  Narrowing *narrowing = data;

  return juxta_glossary_pane_get_n_visible (narrowing->glossary) < narrowing->all;
}

static void
test_glossary_search (void)
{
  g_autofree char *path = juxta_test_bundled_deck_path ("aws-eks-vs-sagemaker");
  JuxtaWindow *window = juxta_test_window_open (path);
  JuxtaGlossaryPane *glossary = JUXTA_GLOSSARY_PANE (find (window, JUXTA_TYPE_GLOSSARY_PANE));
  guint all = juxta_deck_get_n_terms (juxta_test_deck (window));
  AdwFlap *flap = ADW_FLAP (find (window, ADW_TYPE_FLAP));
  GtkWidget *entry = juxta_test_find_widget (GTK_WIDGET (glossary), GTK_TYPE_SEARCH_ENTRY);
  Narrowing narrowing = { glossary, all };

  g_assert_cmpuint (all, >=, 8);
  g_assert_cmpuint (juxta_glossary_pane_get_n_visible (glossary), ==, all);

  /* Ctrl+F's action opens the glossary with the search focused. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.glossary", NULL));
  juxta_test_wait_idle ();
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == entry);

  /* Typed into the search entry, which reports a moment later. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "mesh");
  juxta_test_wait_until (narrowed, &narrowing);
  g_assert_cmpuint (juxta_glossary_pane_get_n_visible (glossary), <, all);
  g_assert_cmpuint (juxta_glossary_pane_get_n_visible (glossary), >=, 1);
  juxta_glossary_pane_set_search (glossary, "no such term anywhere");
  g_assert_cmpuint (juxta_glossary_pane_get_n_visible (glossary), ==, 0);
  juxta_glossary_pane_set_search (glossary, "");
  g_assert_cmpuint (juxta_glossary_pane_get_n_visible (glossary), ==, all);
  juxta_test_window_destroy (window);

  /* A deck without terms has no glossary. */
  {
    g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "decks", "good", "minimal.json", NULL);
    window = juxta_test_window_open (minimal);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.glossary", NULL);
    juxta_test_wait_idle ();
    g_assert_false (adw_flap_get_reveal_flap (ADW_FLAP (find (window, ADW_TYPE_FLAP))));
    juxta_test_window_destroy (window);
  }
}

/* ------------------------------------------------------- live reload */

typedef struct
{
  JuxtaWindow *window;
  const char  *title;
} TitleWait;

static gboolean
title_is (gpointer data)
{
  TitleWait *wait = data;
  return g_strcmp0 (juxta_deck_get_title (juxta_test_deck (wait->window)), wait->title) == 0;
}

static gboolean
error_shown (gpointer window)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (juxta_test_find_widget (window, GTK_TYPE_REVEALER)));
}

static gboolean
error_hidden (gpointer window)
{
  return !error_shown (window);
}

static char *
laptops_with_title (const char *title)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "decks", "good", "laptops.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) s = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  s = g_string_new (contents);
  g_string_replace (s, "Which laptop for the field team?", title, 1);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Writes in place, as editors that truncate and rewrite do. */
static void
write_in_place (const char *path,
                const char *contents)
{
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  g_assert_cmpint (fputs (contents, f), >=, 0);
  g_assert_cmpint (fclose (f), ==, 0);
}

/* Writes a new file and renames it over the old one, as many editors do. */
static void
write_by_rename (const char *path,
                 const char *contents)
{
  g_autofree char *tmp = g_strconcat (path, ".swp", NULL);

  g_assert_true (g_file_set_contents (tmp, contents, -1, NULL));
  g_assert_cmpint (g_rename (tmp, path), ==, 0);
}

static void
test_live_reload (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deck.json", NULL);
  g_autofree char *first = laptops_with_title ("First title");
  g_autofree char *second = laptops_with_title ("Second title");
  g_autofree char *third = laptops_with_title ("Third title");
  JuxtaWindow *window;
  JuxtaSliderBoard *board;
  TitleWait wait;
  int power;

  g_assert_true (g_file_set_contents (path, first, -1, NULL));
  window = juxta_test_window_open (path);
  board = JUXTA_SLIDER_BOARD (find (window, JUXTA_TYPE_SLIDER_BOARD));
  power = juxta_deck_find_priority (juxta_test_deck (window), "power");
  gtk_range_set_value (juxta_slider_board_get_fader (board, (guint) power), 88);
  gtk_widget_activate_action (GTK_WIDGET (find (window, JUXTA_TYPE_COMPARISON_PANELS)), "panels.hide", "s", "budget");
  wait.window = window;

  /* A valid change shows up, keeping the sliders and hidden columns. */
  write_in_place (path, second);
  wait.title = "Second title";
  juxta_test_wait_until (title_is, &wait);
  g_assert_cmpint (juxta_test_scenario (window)->weights[power], ==, 88);
  g_assert_cmpfloat (gtk_range_get_value (juxta_slider_board_get_fader (board, (guint) power)), ==, 88);
  g_assert_cmphex (juxta_session_get_hidden (juxta_window_get_session (window)), ==, 1u << 2);

  /* Invalid JSON: the error shows and the last good deck stays. */
  write_in_place (path, "{ \"format\": \"juxta-deck\", ");
  juxta_test_wait_until (error_shown, window);
  g_assert_cmpstr (juxta_deck_get_title (juxta_test_deck (window)), ==, "Second title");

  /* The next valid save, by rename, clears it. */
  write_by_rename (path, third);
  wait.title = "Third title";
  juxta_test_wait_until (title_is, &wait);
  juxta_test_wait_until (error_hidden, window);
  g_assert_cmpint (juxta_test_scenario (window)->weights[power], ==, 88);

  juxta_test_window_destroy (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* The tools' switcher shows only when there is more than one tool: a deck
 * without glossary terms has the phrase guard alone. */
static void
test_tools_switcher (void)
{
  g_autofree char *no_terms = juxta_test_bundled_deck_path ("aws-genai-platforms");
  g_autofree char *terms = juxta_test_bundled_deck_path ("aws-eks-vs-sagemaker");
  JuxtaWindow *window = juxta_test_window_open (no_terms);
  GtkWidget *switcher;

  g_assert_cmpuint (juxta_deck_get_n_terms (juxta_test_deck (window)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.phrase-guard", NULL);
  g_assert_true (juxta_test_settle (window));
  switcher = find (window, GTK_TYPE_STACK_SWITCHER);
  g_assert_false (gtk_widget_get_visible (switcher));

  g_assert_true (juxta_window_load_deck (window, terms, NULL));
  g_assert_true (juxta_test_settle (window));
  g_assert_cmpuint (juxta_deck_get_n_terms (juxta_test_deck (window)), >, 0);
  g_assert_true (gtk_widget_is_drawable (switcher));
  juxta_test_window_destroy (window);
}

/* ------------------------------------------------- sources and cards */

/* The colour the sources button's face is drawn in. */
static GdkRGBA
face_color (GtkWidget *menu_button)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (gtk_widget_get_first_child (menu_button)), &color);
  return color;
}

static void
test_sources_and_freshness (void)
{
  g_autofree char *dir = g_dir_make_tmp ("juxta-sources-XXXXXX", NULL);
  g_autofree char *stale_path = g_build_filename (dir, "stale.json", NULL);
  g_autofree char *fresh_path = g_build_filename (dir, "fresh.json", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *laptops = laptops_with_title ("Sources test");
  g_autoptr(GString) stale = g_string_new (laptops);
  g_autoptr(GString) fresh = g_string_new (laptops);
  JuxtaWindow *window;
  GtkRevealer *stale_bar;
  GtkWidget *sources;
  GtkWidget *link, *menu_button, *popover;
  GdkRGBA stale_color, fresh_color;

  g_string_replace (stale, "\"verified\": \"2026-11-01\"", "\"verified\": \"2020-01-01\"", 1);
  g_string_replace (fresh, "\"verified\": \"2026-11-01\"", "", 0);
  g_string_replace (fresh, "\"as-of\": \"2026-10-01\"}\n  ],\n  ", "\"as-of\": \"2026-10-01\"}\n  ]", 1);
  {
    g_autofree char *verified = g_strdup_printf (",\n  \"verified\": \"%s\"\n}", today);
    g_string_truncate (fresh, strrchr (fresh->str, '}') - fresh->str);
    g_string_append (fresh, verified);
  }
  g_assert_true (g_file_set_contents (stale_path, stale->str, -1, NULL));
  g_assert_true (g_file_set_contents (fresh_path, fresh->str, -1, NULL));

  window = juxta_test_window_open (stale_path);
  sources = find (window, JUXTA_TYPE_SOURCES_BUTTON);
  /* The list is built when the popover is shown, not with the deck. */
  menu_button = juxta_test_find_widget (sources, GTK_TYPE_MENU_BUTTON);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  g_assert_null (juxta_test_find_widget (popover, GTK_TYPE_LINK_BUTTON));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  link = juxta_test_find_widget (popover, GTK_TYPE_LINK_BUTTON);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (link);
  g_assert_true (link == juxta_test_find_widget (juxta_sources_button_get_list (JUXTA_SOURCES_BUTTON (sources)),
                                                 GTK_TYPE_LINK_BUTTON));
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==, "https://example.com/specs");
  /* The stale bar comes right after the error bar. */
  stale_bar = GTK_REVEALER (gtk_widget_get_next_sibling (GTK_WIDGET (juxta_test_find_widget (GTK_WIDGET (window), GTK_TYPE_REVEALER))));
  g_assert_true (gtk_revealer_get_reveal_child (stale_bar));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (juxta_test_find_widget (GTK_WIDGET (stale_bar), GTK_TYPE_LABEL))),
                                   "The facts in this deck were last verified on 2020-01-01"));

  g_assert_true (gtk_widget_has_css_class (menu_button, "stale"));
  g_assert_true (juxta_test_settle (window));
  stale_color = face_color (menu_button);

  g_assert_true (juxta_window_load_deck (window, fresh_path, NULL));
  g_assert_false (gtk_revealer_get_reveal_child (stale_bar));
  /* The button says it too, in the warning colour, until the facts are fresh. */
  g_assert_false (gtk_widget_has_css_class (menu_button, "stale"));
  g_assert_true (juxta_test_settle (window));
  fresh_color = face_color (menu_button);
  g_assert_false (gdk_rgba_equal (&stale_color, &fresh_color));
  juxta_test_window_destroy (window);

  g_unlink (stale_path);
  g_unlink (fresh_path);
  g_rmdir (dir);
}

static void
test_meeting_cards_copy (void)
{
  g_autofree char *path = juxta_test_bundled_deck_path ("aws-genai-platforms");
  JuxtaWindow *window = juxta_test_window_open (path);
  JuxtaMeetingCards *cards = JUXTA_MEETING_CARDS (find (window, JUXTA_TYPE_MEETING_CARDS));
  JuxtaDeck *deck = juxta_test_deck (window);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  const JuxtaAnswer *technical = juxta_deck_get_answer (deck, (guint) juxta_deck_find_answer_for_audience (deck, 0));
  const JuxtaAnswer *business = juxta_deck_get_answer (deck, (guint) juxta_deck_find_answer_for_audience (deck, 1));
  g_autofree char *answer = NULL;
  g_autofree char *bottom = NULL;
  g_autofree char *expected_bottom = NULL;

  g_assert_cmpstr (juxta_meeting_cards_get_answer (cards), ==, technical->text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cards), "meeting.copy-answer", NULL));
  answer = juxta_test_read_clipboard (clipboard, "text/plain;charset=utf-8");
  g_assert_cmpstr (answer, ==, technical->text);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cards), "meeting.copy-bottom-line", NULL));
  bottom = juxta_test_read_clipboard (clipboard, "text/plain;charset=utf-8");
  expected_bottom = g_strdup_printf ("Don't say: %s. Say: %s.", juxta_deck_get_bottom_line_avoid (deck),
                                     juxta_deck_get_bottom_line_say (deck));
  g_assert_cmpstr (bottom, ==, expected_bottom);

  /* The answer follows the audience. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.audience", "s", "business");
  g_assert_cmpstr (juxta_meeting_cards_get_answer (cards), ==, business->text);
  juxta_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!juxta_test_init_ui ())
    return g_test_run ();
  /* The sources button's colour comes from the style sheet. */
  juxta_test_load_style ();

  g_test_add_func ("/juxta/workshop/presentation-mode", test_presentation_mode);
  g_test_add_func ("/juxta/workshop/presentation-board", test_presentation_board);
  g_test_add_func ("/juxta/workshop/zoom-persists", test_zoom_persists);
  g_test_add_func ("/juxta/workshop/zoom-is-per-window", test_zoom_is_per_window);
  g_test_add_func ("/juxta/workshop/shortcuts", test_shortcuts);
  g_test_add_func ("/juxta/workshop/phrase-guard", test_phrase_guard);
  g_test_add_func ("/juxta/workshop/glossary-search", test_glossary_search);
  g_test_add_func ("/juxta/workshop/tools-switcher", test_tools_switcher);
  g_test_add_func ("/juxta/workshop/live-reload", test_live_reload);
  g_test_add_func ("/juxta/workshop/sources-and-freshness", test_sources_and_freshness);
  g_test_add_func ("/juxta/workshop/meeting-cards-copy", test_meeting_cards_copy);

  return g_test_run ();
}
