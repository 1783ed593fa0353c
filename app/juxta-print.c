/* juxta-print.c: the talking points, the comparison and the chart on paper
 *
 * The document is a column of blocks (headings, paragraphs, list items and
 * the chart) laid out once at begin-print, split into pages, and drawn page
 * by page.  "Print to File" in the dialog gives a PDF; tests export one
 * directly.  It prints what the session shows: its advice and talking
 * points (with stakeholders, the consensus's, with the line on who gives
 * up most) and who prefers what.
 */

#define G_LOG_DOMAIN "juxta-print"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-print.h"
#include "juxta-sensitivity.h"
#include "juxta-sensitivity-chart.h"
#include "juxta-talking-points.h"
#include "juxta-wrap.h"

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_ITEM,
  BLOCK_CAPTION,
  BLOCK_CHART,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  char        *text;
  PangoLayout *layout;
  double       height;
  int          page;
  double       y;
} Block;

typedef struct
{
  JuxtaDeck        *deck;
  JuxtaScenario     scenario;
  guint             chart_priority;
  GArray           *blocks;      /* Block */
} PrintJob;

/* What is printed, as the session has it when printing starts. */
typedef struct
{
  JuxtaSession     *session;
  GPtrArray        *points;
} PrintSource;

#define CHART_HEIGHT 230.0
#define BLOCK_GAP 6.0

static void
block_clear (Block *block)
{
  g_free (block->text);
  g_clear_object (&block->layout);
}

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->deck);
  g_array_unref (job->blocks);
  g_free (job);
}

static void
add_block (PrintJob   *job,
           BlockKind   kind,
           const char *text)
{
  Block block = { kind, g_strdup (text), NULL, 0, 0, 0 };

  g_array_append_val (job->blocks, block);
}

G_GNUC_PRINTF (3, 4)
static void
add_blockf (PrintJob   *job,
            BlockKind   kind,
            const char *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add_block (job, kind, text);
}

static void
add_comparison (PrintJob          *job,
                const JuxtaAdvice *advice)
{
  JuxtaDeck *deck = job->deck;

  add_block (job, BLOCK_HEADING, _("Comparison"));
  for (guint o = 0; o < juxta_deck_get_n_options (deck); o++)
    {
      const JuxtaOption *option = juxta_deck_get_option (deck, o);
      g_autofree char *ruled_out = juxta_describe_ruled_out (deck, advice, o);

      if (juxta_advice_has_scores (advice))
        add_blockf (job, BLOCK_TEXT, "%s — %d%%", option->name, juxta_percent (advice->scores[o]));
      else
        add_block (job, BLOCK_TEXT, option->name);
      if (option->summary != NULL)
        add_block (job, BLOCK_CAPTION, option->summary);
      if (ruled_out != NULL)
        add_block (job, BLOCK_CAPTION, ruled_out);
      for (guint d = 0; d < juxta_deck_get_n_dimensions (deck); d++)
        {
          const char *const *fact = option->facts[d];
          g_autofree char *joined = fact != NULL ? g_strjoinv ("; ", (char **) fact) : g_strdup ("—");

          add_blockf (job, BLOCK_ITEM, "%s: %s", juxta_deck_get_dimension (deck, d)->label, joined);
        }
    }
}

/* One row of "Who prefers what": each option's score under @advice, the
 * favourite starred. */
static void
add_preferences (PrintJob          *job,
                 const char        *name,
                 const JuxtaAdvice *advice)
{
  g_autoptr(GString) scores = g_string_new (NULL);

  for (guint o = 0; o < juxta_deck_get_n_options (job->deck); o++)
    {
      if (scores->len > 0)
        g_string_append (scores, ", ");
      if (!juxta_advice_is_eligible (advice, o) || !juxta_advice_has_scores (advice))
        g_string_append_printf (scores, "%s —", juxta_deck_get_option (job->deck, o)->name);
      else
        g_string_append_printf (scores, "%s %d%%%s", juxta_deck_get_option (job->deck, o)->name,
                                juxta_percent (advice->scores[o]), advice->leader == (int) o ? " ★" : "");
    }
  /* TRANSLATORS: on paper, a stakeholder and their scores: "Dana: Amazon Bedrock 84% ★, Amazon SageMaker AI 61%" */
  add_blockf (job, BLOCK_ITEM, C_("print", "%s: %s"), name, scores->str);
}

static void
add_stakeholders (PrintJob     *job,
                  JuxtaSession *session)
{
  guint n = 0;
  JuxtaStakeholder *const *people = juxta_session_get_stakeholders (session, &n);
  const JuxtaConsensus *consensus = juxta_session_get_consensus (session);

  if (n == 0 || consensus == NULL)
    return;
  add_block (job, BLOCK_HEADING, _("Who prefers what"));
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *regret = juxta_describe_regret (job->deck, consensus, people, k);

      add_preferences (job, people[k]->name, consensus->outcomes[k].advice);
      add_block (job, BLOCK_CAPTION, regret);
    }
  add_preferences (job, _("Everyone (consensus)"), consensus->advice);
}

static void
compose (PrintJob    *job,
         PrintSource *from)
{
  JuxtaDeck *deck = job->deck;
  g_autoptr(JuxtaAdvice) advice = juxta_advice_new (deck, &job->scenario);
  GPtrArray *points = from->points;
  g_autofree char *recommendation = juxta_describe_recommendation (deck, advice);
  g_autoptr(JuxtaSensitivity) sensitivity = NULL;

  add_block (job, BLOCK_TITLE, juxta_deck_get_title (deck));
  if (juxta_deck_get_subtitle (deck) != NULL)
    add_block (job, BLOCK_CAPTION, juxta_deck_get_subtitle (deck));

  add_block (job, BLOCK_HEADING, _("Recommendation"));
  add_block (job, BLOCK_TEXT, recommendation);
  for (guint i = 0; i < advice->n_tipping_points; i++)
    {
      g_autofree char *tip = juxta_describe_tipping_point (deck, &advice->tipping_points[i]);
      add_blockf (job, BLOCK_ITEM, "→ %s", tip);
    }

  add_block (job, BLOCK_HEADING, _("Talking points"));
  for (guint i = 0; i < points->len; i++)
    add_blockf (job, BLOCK_ITEM, "%u. %s", i + 1, (char *) g_ptr_array_index (points, i));
  add_stakeholders (job, from->session);

  sensitivity = juxta_sensitivity_new (deck, &job->scenario, advice, job->chart_priority);
  add_blockf (job, BLOCK_HEADING, _("How the scores move with %s"),
              juxta_deck_get_priority (deck, job->chart_priority)->label);
  add_block (job, BLOCK_CHART, NULL);
  {
    g_autofree char *description = juxta_sensitivity_describe (deck, sensitivity);
    add_block (job, BLOCK_CAPTION, description);
  }

  add_comparison (job, advice);

  add_block (job, BLOCK_HEADING, _("Sources"));
  for (guint i = 0; i < juxta_deck_get_n_sources (deck); i++)
    {
      const JuxtaSource *source = juxta_deck_get_source (deck, i);
      add_blockf (job, BLOCK_ITEM, "%s%s%s", source->title, source->url != NULL ? " — " : "",
                  source->url != NULL ? source->url : "");
    }
  if (juxta_deck_get_verified (deck) != NULL)
    add_blockf (job, BLOCK_CAPTION, _("Facts last verified on %s."), juxta_deck_get_verified (deck));
}

static const char *
font_for (BlockKind kind)
{
  switch (kind)
    {
    case BLOCK_TITLE:   return "Sans Bold 18";
    case BLOCK_HEADING: return "Sans Bold 13";
    case BLOCK_CAPTION: return "Sans Italic 9";
    case BLOCK_ITEM:
    case BLOCK_TEXT:
    case BLOCK_CHART:
    default:            return "Sans 10";
    }
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double y = 0;
  int page = 0;

  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *block = &g_array_index (job->blocks, Block, i);
      double gap_before = block->kind == BLOCK_HEADING ? 3 * BLOCK_GAP : BLOCK_GAP;

      if (block->kind == BLOCK_CHART)
        block->height = CHART_HEIGHT;
      else
        {
          PangoFontDescription *font = pango_font_description_from_string (font_for (block->kind));
          int layout_height;

          block->layout = gtk_print_context_create_pango_layout (context);
          pango_layout_set_font_description (block->layout, font);
          pango_font_description_free (font);
          pango_layout_set_width (block->layout, (int) ((width - (block->kind == BLOCK_ITEM ? 12 : 0)) * PANGO_SCALE));
          pango_layout_set_wrap (block->layout, juxta_wrap_mode_for (block->text));
          pango_layout_set_text (block->layout, block->text, -1);
          pango_layout_get_size (block->layout, NULL, &layout_height);
          block->height = (double) layout_height / PANGO_SCALE;
        }

      /* A heading keeps to the block after it. */
      if (y > 0 && (y + gap_before + block->height > height ||
                    (block->kind == BLOCK_HEADING && y + gap_before + block->height + 60 > height)))
        {
          page++;
          y = 0;
          gap_before = 0;
        }
      block->page = page;
      block->y = y + (y > 0 ? gap_before : 0);
      y = block->y + block->height;
    }
  gtk_print_operation_set_n_pages (operation, page + 1);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  JuxtaChartColors colors;

  gdk_rgba_parse (&colors.foreground, "#241f31");
  gdk_rgba_parse (&colors.accent, "#1c71d8");

  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *block = &g_array_index (job->blocks, Block, i);

      if (block->page != page)
        continue;
      if (block->kind == BLOCK_CHART)
        {
          g_autoptr(JuxtaAdvice) advice = juxta_advice_new (job->deck, &job->scenario);
          g_autoptr(JuxtaSensitivity) sensitivity =
            juxta_sensitivity_new (job->deck, &job->scenario, advice, job->chart_priority);
          PangoContext *pango = gtk_print_context_create_pango_context (context);
          PangoFontDescription *font = pango_font_description_from_string ("Sans 9");

          pango_context_set_font_description (pango, font);
          pango_font_description_free (font);
          cairo_save (cr);
          cairo_translate (cr, 0, block->y);
          juxta_sensitivity_chart_paint (cr, pango, width, block->height, job->deck, sensitivity, &colors);
          cairo_restore (cr);
          g_object_unref (pango);
          continue;
        }
      cairo_set_source_rgb (cr, 0.14, 0.12, 0.19);
      cairo_move_to (cr, block->kind == BLOCK_ITEM ? 12 : 0, block->y);
      pango_cairo_show_layout (cr, block->layout);
    }
}

gboolean
juxta_print_run (GtkWindow     *parent,
                 JuxtaSession  *session,
                 const char    *export_pdf,
                 GError       **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  PrintSource source = { session, NULL };
  JuxtaDeck *deck;
  PrintJob *job;
  GtkPrintOperationResult result;

  g_return_val_if_fail (JUXTA_IS_SESSION (session), FALSE);
  g_return_val_if_fail (JUXTA_IS_DECK (juxta_session_get_deck (session)), FALSE);

  deck = juxta_session_get_deck (session);
  operation = gtk_print_operation_new ();
  job = g_new0 (PrintJob, 1);
  job->deck = g_object_ref (deck);
  job->scenario = *juxta_session_get_scenario (session);
  job->chart_priority = MIN (juxta_session_get_chart_priority (session), juxta_deck_get_n_priorities (deck) - 1);
  job->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (job->blocks, (GDestroyNotify) block_clear);
  source.points = juxta_session_get_talking_points (session);
  compose (job, &source);

  gtk_print_operation_set_job_name (operation, juxta_deck_get_title (deck));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "job", job, (GDestroyNotify) print_job_free);

  if (export_pdf != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_pdf);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error);
    }
  else
    result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
