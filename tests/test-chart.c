/* test-chart.c: the sensitivity chart, the decision record and printing, in the real window */

#include "config.h"

#include <glib/gstdio.h>

#include "juxta-export.h"
#include "juxta-print.h"
#include "juxta-record-dialog-private.h"
#include "juxta-talking-points.h"
#include "juxta-window-test-util.h"

static JuxtaWindow *
open_platforms (void)
{
  g_autofree char *path = juxta_test_bundled_deck_path ("aws-genai-platforms");

  return juxta_test_window_open (path);
}

/* Shows the chart of @priority the way a user does: by clicking the
 * fader's label. */
static JuxtaSensitivityChart *
show_chart (JuxtaWindow *window,
            const char  *priority)
{
  JuxtaSliderBoard *board = JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD));
  int p = juxta_deck_find_priority (juxta_test_deck (window), priority);
  JuxtaSensitivityChart *chart;

  g_assert_cmpint (p, >=, 0);
  juxta_slider_board_activate_priority (board, (guint) p);
  juxta_test_wait_idle ();
  chart = JUXTA_SENSITIVITY_CHART (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SENSITIVITY_CHART));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chart));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  g_assert_cmpuint (juxta_sensitivity_chart_get_data (chart)->priority, ==, (guint) p);
  return chart;
}

/* Renders @widget's own snapshot offscreen with the cairo renderer. */
static GdkTexture *
render_widget (GtkWidget *widget)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;
  int width, height;

  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);
  return texture;
}

static gboolean
has_color (const guchar  *pixels,
           gsize          stride,
           int            width,
           int            height,
           const GdkRGBA *color,
           guint         *count)
{
  guint n = 0;

  /* GDK_MEMORY_DEFAULT is premultiplied BGRA on little-endian machines. */
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *px = pixels + y * stride + x * 4;
        if (px[3] > 240 &&
            ABS (px[2] - (int) (color->red * 255)) < 12 &&
            ABS (px[1] - (int) (color->green * 255)) < 12 &&
            ABS (px[0] - (int) (color->blue * 255)) < 12)
          n++;
      }
  *count = n;
  return n > 0;
}

static void
test_chart_renders (void)
{
  JuxtaWindow *window = open_platforms ();
  JuxtaSensitivityChart *chart = show_chart (window, "control");
  const JuxtaSensitivity *data = juxta_sensitivity_chart_get_data (chart);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int width, height;
  gsize stride;
  GdkRGBA leader_color, other_color;
  guint leader_pixels, other_pixels, distinct = 0;
  guint32 first = 0;

  texture = render_widget (GTK_WIDGET (chart));
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, >, 200);
  g_assert_cmpint (height, >, 150);
  stride = (gsize) width * 4;
  pixels = g_malloc (stride * height);
  gdk_texture_download (texture, pixels, stride);

  /* Not blank: many different pixels. */
  for (int i = 0; i < width * height && distinct < 2; i++)
    {
      guint32 px = ((guint32 *) pixels)[i];
      if (i == 0)
        first = px;
      else if (px != first)
        distinct++;
    }
  g_assert_cmpuint (distinct, >=, 1);

  /* The leader's line, drawn thick in its colour, is there; and thicker
   * than the runner-up's. */
  juxta_sensitivity_chart_option_color ((guint) data->leaders[data->weight], &leader_color);
  juxta_sensitivity_chart_option_color (data->leaders[data->weight] == 0 ? 1 : 0, &other_color);
  g_assert_true (has_color (pixels, stride, width, height, &leader_color, &leader_pixels));
  g_assert_true (has_color (pixels, stride, width, height, &other_color, &other_pixels));
  g_assert_cmpuint (leader_pixels, >, other_pixels);

  juxta_test_window_destroy (window);
}

static void
test_chart_describes_crossings (void)
{
  JuxtaWindow *window = open_platforms ();
  JuxtaSensitivityChart *chart = show_chart (window, "control");
  const JuxtaSensitivity *data = juxta_sensitivity_chart_get_data (chart);
  g_autofree char *expected = juxta_sensitivity_describe (juxta_test_deck (window), data);
  const JuxtaAdvice *advice = juxta_test_advice (window);
  g_autofree char *crossing = NULL;

  /* The words name the crossing at the tipping point. */
  g_assert_cmpuint (data->n_crossings, >=, 1);
  for (guint i = 0; i < advice->n_tipping_points; i++)
    if (advice->tipping_points[i].priority == data->priority &&
        advice->tipping_points[i].direction == JUXTA_TIP_RAISE)
      crossing = g_strdup_printf ("leads from %d to 100.", advice->tipping_points[i].value);
  g_assert_nonnull (crossing);
  g_assert_true (g_str_has_suffix (expected, crossing));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  juxta_test_window_destroy (window);
}

static void
test_dragging_moves_the_slider (void)
{
  JuxtaWindow *window = open_platforms ();
  JuxtaSensitivityChart *chart = show_chart (window, "control");
  JuxtaSliderBoard *board = JUXTA_SLIDER_BOARD (juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_SLIDER_BOARD));
  JuxtaRecommendationCard *card = JUXTA_RECOMMENDATION_CARD (juxta_test_find_widget (GTK_WIDGET (window),
                                                                                    JUXTA_TYPE_RECOMMENDATION_CARD));
  guint control = juxta_sensitivity_chart_get_data (chart)->priority;
  GtkGesture *drag = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart));
  double width = gtk_widget_get_width (GTK_WIDGET (chart));
  int target;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      if (GTK_IS_GESTURE_DRAG (controller))
        drag = GTK_GESTURE (controller);
    }
  g_assert_nonnull (drag);
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card), ==, "Amazon Bedrock");

  /* Press near the right end, then drag further right. */
  g_signal_emit_by_name (drag, "drag-begin", width * 0.8, 50.0);
  target = juxta_sensitivity_chart_value_at (chart, width * 0.8);
  juxta_test_wait_idle ();
  g_assert_cmpfloat (gtk_range_get_value (juxta_slider_board_get_fader (board, control)), ==, target);
  g_signal_emit_by_name (drag, "drag-update", width * 0.2, 0.0);
  target = juxta_sensitivity_chart_value_at (chart, width);
  juxta_test_wait_idle ();
  g_assert_cmpint (target, ==, 100);
  g_assert_cmpfloat (gtk_range_get_value (juxta_slider_board_get_fader (board, control)), ==, 100);
  g_assert_cmpint (juxta_test_scenario (window)->weights[control], ==, 100);
  /* The rest of the window follows: Control at 100 puts SageMaker ahead. */
  g_assert_cmpstr (juxta_recommendation_card_get_headline (card), ==, "Amazon SageMaker AI");
  g_assert_cmpint (juxta_sensitivity_chart_get_data (chart)->weight, ==, 100);

  juxta_test_window_destroy (window);
}

static void
test_decision_record_dialog (void)
{
  JuxtaWindow *window = open_platforms ();
  JuxtaDeck *deck = juxta_test_deck (window);
  JuxtaRecordDialog *dialog;
  g_autofree char *dir = g_dir_make_tmp ("juxta-record-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "decision.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *today = juxta_export_today ();
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  JuxtaDecision decision = {
    .chosen = (guint) juxta_deck_find_option (deck, "sagemaker"),
    .attendees = "Ana (CTO), Raj (ML lead)",
    .rationale = "the team wants to own the training pipeline.",
    .date = today,
  };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.record", NULL));
  dialog = JUXTA_RECORD_DIALOG (juxta_test_wait_for_toplevel (JUXTA_TYPE_RECORD_DIALOG));
  juxta_record_dialog_set_chosen (dialog, decision.chosen);
  juxta_record_dialog_set_attendees (dialog, decision.attendees);
  juxta_record_dialog_set_rationale (dialog, decision.rationale);
  g_assert_true (juxta_record_dialog_save_to (dialog, file, &error));
  g_assert_no_error (error);

  expected = juxta_export_decision_record (deck, juxta_test_scenario (window), &decision);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  g_assert_nonnull (strstr (written, "Chosen option: Amazon SageMaker AI, because the team wants to own"));

  juxta_test_wait_idle ();
  g_unlink (path);
  g_rmdir (dir);
  juxta_test_window_destroy (window);
}

/* After an interview, the window's decision record and export say where
 * the weights came from, and a slider moved by hand says so too. */
static void
test_decision_record_answers (void)
{
  JuxtaWindow *window = open_platforms ();
  JuxtaSession *session = juxta_window_get_session (window);
  JuxtaDeck *deck = juxta_test_deck (window);
  guint n = juxta_deck_get_n_priorities (deck);
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer));
  g_autofree char *record_line = g_strdup_printf ("\n- Weights: from %u answers (too few to check their "
                                                  "consistency)\n", n - 1);
  g_autofree char *dir = g_dir_make_tmp ("juxta-record-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "export.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  JuxtaRecordDialog *dialog;

  /* Priority 0 against each other one: a star, enough to set the sliders. */
  for (guint p = 1; p < n; p++)
    {
      JuxtaInterviewAnswer answer = { 0, p, p + 1 };
      g_array_append_val (answers, answer);
    }
  g_assert_true (juxta_session_set_answers (session, (JuxtaInterviewAnswer *) (gpointer) answers->data,
                                            answers->len, &error));
  g_assert_no_error (error);
  g_assert_cmpint (juxta_test_scenario (window)->weights[1], ==, 50);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.record", NULL));
  dialog = JUXTA_RECORD_DIALOG (juxta_test_wait_for_toplevel (JUXTA_TYPE_RECORD_DIALOG));
  {
    g_autofree char *record = juxta_record_dialog_render (dialog);
    g_assert_nonnull (strstr (record, record_line));
  }
  gtk_window_close (GTK_WINDOW (dialog));

  g_assert_true (juxta_window_export_to_file (window, file, JUXTA_EXPORT_MARKDOWN, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_nonnull (strstr (written, "The weights come from the customer's answers to "));
  g_clear_pointer (&written, g_free);

  juxta_session_set_weight (session, 1, 90);
  g_assert_true (juxta_window_export_to_file (window, file, JUXTA_EXPORT_MARKDOWN, &error));
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_nonnull (strstr (written, "The weights were set by hand after the customer's answers to "));

  juxta_test_wait_idle ();
  g_unlink (path);
  g_rmdir (dir);
  juxta_test_window_destroy (window);
}

static void
test_print_to_pdf (void)
{
  JuxtaWindow *window = open_platforms ();
  JuxtaDeck *deck = juxta_test_deck (window);
  g_autofree char *dir = g_dir_make_tmp ("juxta-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "deck.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *first_point = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  int status;
  GPtrArray *points = juxta_session_get_talking_points (juxta_window_get_session (window));

  g_assert_true (juxta_print_run (GTK_WINDOW (window), juxta_window_get_session (window), pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* Lines wrap on paper: compare with whitespace collapsed. */
  {
    g_auto(GStrv) pieces = g_strsplit_set (text, " \n", -1);
    flat = g_strjoinv (" ", pieces);
  }
  g_assert_nonnull (strstr (text, juxta_deck_get_title (deck)));
  first_point = g_strndup (g_ptr_array_index (points, 0), 40);
  {
    g_auto(GStrv) words = g_strsplit_set (first_point, " ", -1);
    /* The first few words of the first talking point, in order. */
    const char *at = flat;
    for (guint i = 0; words[i] != NULL && i < 5; i++)
      {
        at = strstr (at, words[i]);
        g_assert_nonnull (at);
      }
  }
  g_assert_nonnull (strstr (flat, "Sources"));

  g_unlink (pdf);
  g_rmdir (dir);
  juxta_test_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!juxta_test_init_ui ())
    return g_test_run ();

  g_test_add_func ("/juxta/chart/renders", test_chart_renders);
  g_test_add_func ("/juxta/chart/describes-crossings", test_chart_describes_crossings);
  g_test_add_func ("/juxta/chart/dragging-moves-the-slider", test_dragging_moves_the_slider);
  g_test_add_func ("/juxta/record/dialog", test_decision_record_dialog);
  g_test_add_func ("/juxta/record/dialog-answers", test_decision_record_answers);
  g_test_add_func ("/juxta/print/pdf", test_print_to_pdf);

  return g_test_run ();
}
