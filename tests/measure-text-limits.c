/* measure-text-limits.c: how long a name, a tagline and a priority label may
 * be for the window to show it whole at 1280×720 with two to six options
 *
 * Not a test: `build-aux/dev measure-text-limits [N_OPTIONS…]` runs it
 * under Xvfb, as the layout tests run (a 1280-pixel screen, a window
 * manager for presentation mode, the top 720 pixels checked), and it
 * prints the numbers that app/core/juxta-deck-lint.c takes as its default
 * text limits (juxta_lint_default_text_limits ()), one set per number of
 * options: 2, 3, 4, 5 and 6 when none is given.  Run it again after a
 * change to the comparison's or the board's layout or style, and update
 * the limits.
 *
 * It loads decks of that many options into the real window, in the workbench
 * and in presentation mode, with one kind of text made longer a character
 * at a time until the window no longer shows it whole:
 *
 *   - a word (one long word): the comparison scrolls sideways, or the
 *     text runs out of its label or widens the slider board beyond its
 *     width with short labels;
 *   - a text (lorem ipsum, then English prose: average text):
 *     a name needs more than three lines at the smallest heading (the
 *     comparison's rule, juxta-comparison-panels.c), a tagline more than
 *     three lines (no taller than a name: the facts come first), a
 *     priority label more than two lines on its fader (it wraps to a
 *     second line, README); or any of them pushes the first row of facts
 *     (a fact of 50 characters) below the 720th pixel, with the texts
 *     measured before at their limits.
 *
 * The limit is the longest length before the first failure, the smallest
 * of the two modes, the two sample texts and four places in each to start
 * from (which words fall at the ends of lines).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "juxta-deck-lint.h"
#include "juxta-window-test-util.h"

#define SCREEN_WIDTH  1280
#define SCREEN_HEIGHT 720
#define N_PRIORITIES  3
#define NAME_LINES    3   /* the comparison's rule for names */
#define TAGLINE_LINES 3   /* a tagline, no taller than a name may be */
#define LABEL_LINES   2   /* a priority wraps to a second line on its fader */

/* Two kinds of average text: the typesetter's lorem ipsum, and English
 * prose, whose words are shorter and letters wider. */
static const char *const samples[] = {
  "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore "
  "et dolore magna aliqua Ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi ut "
  "aliquip ex ea commodo consequat Duis aute irure dolor in reprehenderit in voluptate velit esse "
  "cillum dolore eu fugiat nulla pariatur ",
  "Every option has a name and a short line that says what it is good for, and the window shows both "
  "above the facts, so that the people in the meeting can compare them at a glance before they read "
  "the details of each one; the priorities on the board say what matters to them, and how much ",
};

static guint sample_index;   /* the one in use */

typedef enum
{
  TEXT_NAME,
  TEXT_TAGLINE,
  TEXT_LABEL,
} TextKind;

static const char *const kind_names[] = { "option name", "option tagline", "priority label" };

/* The first row of facts: a typical fact, three lines in a column of six. */
#define FIRST_FACT_LENGTH 50

static guint n_options;   /* in the decks being measured */
static char *first_fact;
static char *dir;
static int board_width;   /* with short labels, in the mode being measured */

/* @n characters of the sample text from its @from'th character; as one
 * word, without its spaces. */
static char *
sample (guint    from,
        guint    n,
        gboolean one_word)
{
  const char *text = samples[sample_index];
  gsize length = strlen (text);
  GString *s = g_string_new (NULL);

  gsize i = from % length;

  /* From the start of a word. */
  while (i > 0 && text[i - 1] != ' ')
    i = (i + 1) % length;
  for (; s->len < n; i = (i + 1) % length)
    if (!one_word || text[i] != ' ')
      g_string_append_c (s, text[i]);
  /* No space at either end: the loader keeps text as written. */
  if (s->str[s->len - 1] == ' ')
    s->str[s->len - 1] = 'x';
  return g_string_free (s, FALSE);
}

static void
add_string (GString    *json,
            const char *text)
{
  g_autofree char *escaped = g_strescape (text, NULL);

  g_string_append_printf (json, "\"%s\"", escaped);
}

/* A deck of n_options options with these texts; NULL: a short one. */
static char *
write_deck (const char *texts[3])
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"measure\","
                                          " \"title\": \"Measure\", \"priorities\": [");
  g_autofree char *path = g_build_filename (dir, "measure.json", NULL);
  g_autoptr(GError) error = NULL;

  for (guint p = 0; p < N_PRIORITIES; p++)
    {
      g_autofree char *label = g_strdup_printf ("Priority %u", p + 1);

      g_string_append_printf (json, "%s{\"id\": \"p%u\", \"label\": ", p > 0 ? ", " : "", p);
      add_string (json, texts[TEXT_LABEL] != NULL ? texts[TEXT_LABEL] : label);
      g_string_append_printf (json, ", \"default\": %u}", 50 + 10 * p);
    }
  g_string_append (json, "], \"dimensions\": [{\"id\": \"d\", \"label\": \"Facts\"}], \"options\": [");
  for (guint o = 0; o < n_options; o++)
    {
      g_autofree char *name = g_strdup_printf ("Option %u", o + 1);

      g_string_append_printf (json, "%s{\"id\": \"o%u\", \"name\": ", o > 0 ? ", " : "", o);
      add_string (json, texts[TEXT_NAME] != NULL ? texts[TEXT_NAME] : name);
      g_string_append (json, ", \"tagline\": ");
      add_string (json, texts[TEXT_TAGLINE] != NULL ? texts[TEXT_TAGLINE] : "A short tagline");
      /* Scores that give the band a leader, a runner-up and priorities
       * on each side. */
      g_string_append_printf (json, ", \"scores\": {\"p0\": %u, \"p1\": %u, \"p2\": %u}, \"facts\": {\"d\": ",
                              5 - o % 3, 1 + o % 4, 2 + o % 2);
      add_string (json, first_fact);
      g_string_append (json, "}}");
    }
  g_string_append (json, "]}");
  if (!g_file_set_contents (path, json->str, -1, &error))
    g_error ("%s", error->message);
  return g_steal_pointer (&path);
}

static GtkWidget *
panels_of (JuxtaWindow *window)
{
  return juxta_test_find_widget (GTK_WIDGET (window), JUXTA_TYPE_COMPARISON_PANELS);
}

/* Many frames more: a text counts as not shown whole only when it still is
 * not after these.  One frame can catch the cards half laid out (in
 * presentation mode with four options, a name's label not yet allocated,
 * 0×0 pixels), which the audience never sees for longer than that frame. */
static void
settle_longer (JuxtaWindow *window)
{
  for (guint frame = 0; frame < 30; frame++)
    {
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      juxta_test_wait_idle ();
    }
  juxta_test_settle (window);
}

/* ------------------------------------------------------------ checks */

static gboolean
scrolls_sideways (JuxtaWindow *window)
{
  g_autoptr(GPtrArray) scrollers = g_ptr_array_new ();

  juxta_test_collect (GTK_WIDGET (window), GTK_TYPE_SCROLLED_WINDOW, scrollers);
  for (guint i = 0; i < scrollers->len; i++)
    {
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (g_ptr_array_index (scrollers, i));

      if (gtk_widget_is_drawable (g_ptr_array_index (scrollers, i)) &&
          gtk_adjustment_get_upper (h) - gtk_adjustment_get_lower (h) > gtk_adjustment_get_page_size (h) + 0.5)
        return TRUE;
    }
  return FALSE;
}

/* The label's text runs out of it, or takes more than @max_lines. */
static gboolean
label_overflows (GtkWidget *label,
                 int        max_lines)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.width > gtk_widget_get_width (label) + 1 || logical.height > gtk_widget_get_height (label) + 1 ||
         (max_lines > 0 && pango_layout_get_line_count (layout) > max_lines);
}

/* The first row of facts (its cells, every card's) ends below the screen. */
static gboolean
facts_below_screen (JuxtaWindow *window)
{
  GtkWidget *grid = gtk_widget_get_parent (juxta_comparison_panels_get_card (JUXTA_COMPARISON_PANELS (panels_of (window)), 0));

  for (GtkWidget *cell = gtk_widget_get_first_child (grid); cell != NULL; cell = gtk_widget_get_next_sibling (cell))
    {
      graphene_rect_t rect;

      if (juxta_test_find_label (cell, first_fact) == NULL)
        continue;
      g_assert_true (gtk_widget_compute_bounds (cell, GTK_WIDGET (window), &rect));
      if (rect.origin.y + rect.size.height > SCREEN_HEIGHT + 0.5)
        return TRUE;
    }
  return FALSE;
}

/* Why @text as each text of @kind is not shown whole, or NULL. */
static const char *
failure (JuxtaWindow *window,
         TextKind     kind,
         const char  *text,
         gboolean     one_word)
{
  JuxtaDeck *deck = juxta_test_deck (window);

  if (scrolls_sideways (window))
    return "the comparison scrolls sideways";
  for (guint i = 0; i < (kind == TEXT_LABEL ? N_PRIORITIES : n_options); i++)
    {
      if (kind == TEXT_LABEL && board_width == 0)
        break;
      GtkWidget *root = kind == TEXT_LABEL ? GTK_WIDGET (juxta_test_board (window))
                                           : juxta_comparison_panels_get_card (JUXTA_COMPARISON_PANELS (panels_of (window)), i);
      GtkWidget *label = juxta_test_find_label (root, text);

      g_assert_nonnull (label);
      g_assert_cmpstr (kind == TEXT_LABEL ? juxta_deck_get_priority (deck, i)->label
                       : kind == TEXT_NAME ? juxta_deck_get_option (deck, i)->name
                       : juxta_deck_get_option (deck, i)->tagline, ==, text);
      if (label_overflows (label, kind == TEXT_NAME ? NAME_LINES : kind == TEXT_LABEL ? LABEL_LINES : TAGLINE_LINES))
        return kind == TEXT_LABEL ? "more than two lines, or out of its label"
                                  : "more than three lines, or out of its label";
    }
  if (kind == TEXT_LABEL && board_width > 0 &&
      gtk_widget_get_width (GTK_WIDGET (juxta_test_board (window))) > board_width)
    return "the board widens";
  if (!one_word && facts_below_screen (window))
    return "the first row of facts leaves the screen";
  return NULL;
}

typedef struct
{
  guint word[3];
  guint text[3];
} Limits;

/* Where each kind's text starts in the sample: the texts of a deck differ. */
static const guint offsets[] = { 0, 40, 80 };
/* And from where in it: the words that fall at the ends of lines. */
static const guint starts[] = { 0, 11, 23, 37 };
static guint start_index;

/* The longest text of @kind shown whole, lengthened a character at a time
 * from @from until it is not.  The other texts are short, or at their
 * limit in @at_limit when it has one: then the deck is one within every
 * limit measured so far. */
static guint
measure (JuxtaWindow  *window,
         TextKind      kind,
         gboolean      one_word,
         guint         from,
         const Limits *at_limit)
{
  /* Beyond what two columns show. */
  guint up_to = one_word ? 160 : 400;

  for (guint n = from; n <= up_to; n++)
    {
      g_autofree char *text = sample (offsets[kind] + starts[start_index], n, one_word);
      g_autofree char *others[3] = { NULL, NULL, NULL };
      const char *texts[3] = { NULL, NULL, NULL };
      g_autofree char *path = NULL;
      const char *why;

      for (TextKind k = TEXT_NAME; k <= TEXT_LABEL; k++)
        if (k != kind && at_limit != NULL && at_limit->text[k] != G_MAXUINT)
          texts[k] = others[k] = sample (offsets[k], at_limit->text[k], FALSE);
      texts[kind] = text;
      path = write_deck (texts);
      if (!juxta_window_load_deck (window, path, NULL))
        g_error ("the measuring deck does not load");
      juxta_test_settle (window);
      if ((why = failure (window, kind, text, one_word)) != NULL)
        {
          settle_longer (window);
          why = failure (window, kind, text, one_word);
        }
      if (why != NULL)
        {
          g_print ("  %s, %s: %u characters: %s (“%s”)\n", kind_names[kind], one_word ? "one word" : "text",
                   n, why, text);
          return n - 1;
        }
    }
  g_print ("  %s, %s: shown whole up to %u characters and more\n", kind_names[kind],
           one_word ? "one word" : "text", up_to);
  return G_MAXUINT;
}

static JuxtaWindow *
open_window (gboolean presenting)
{
  const char *texts[3] = { NULL, NULL, NULL };
  g_autofree char *short_deck = write_deck (texts);
  JuxtaWindow *window;
  GtkWidget *board;

  window = juxta_test_window_open_sized (short_deck, SCREEN_WIDTH, SCREEN_HEIGHT);
  /* Presentation mode as the audience sees it, without the board: the
   * labels on the board are measured in the workbench (the board's width
   * is in ems, so presentation mode's larger text fits the same). */
  if (presenting)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
      juxta_test_wait_until (juxta_test_fills_monitor, window);
    }
  juxta_test_settle (window);
  board = GTK_WIDGET (juxta_test_board (window));
  board_width = gtk_widget_is_drawable (board) ? gtk_widget_get_width (board) : 0;
  g_print ("%s: window %d×%d, board %d pixels wide\n", presenting ? "presentation mode" : "workbench",
           gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)), board_width);
  return window;
}

static void
measure_words (gboolean  presenting,
               Limits   *limits)
{
  JuxtaWindow *window = open_window (presenting);

  for (TextKind kind = TEXT_NAME; kind <= TEXT_LABEL; kind++)
    {
      guint n = measure (window, kind, TRUE, 8, NULL);

      limits->word[kind] = MIN (limits->word[kind], n);
    }
  juxta_test_window_destroy (window);
}

/* The longest text of @kind in either mode, with the texts measured
 * before at their limits. */
static void
measure_text (TextKind  kind,
              Limits   *limits)
{
  Limits before = *limits;

  for (int presenting = 0; presenting <= 1; presenting++)
    {
      JuxtaWindow *window = open_window (presenting);

      for (start_index = 0; start_index < G_N_ELEMENTS (starts); start_index++)
        {
          guint n = measure (window, kind, FALSE, 20, &before);

          limits->text[kind] = MIN (limits->text[kind], n);
        }
      start_index = 0;
      juxta_test_window_destroy (window);
    }
}

/* The limits of decks of n_options options. */
static void
measure_all (Limits *limits)
{
  memset (limits, 0xff, sizeof *limits);
  for (sample_index = 0; sample_index < G_N_ELEMENTS (samples); sample_index++)
    {
      g_print ("%u options, %s sample text\n", n_options, sample_index == 0 ? "lorem ipsum" : "English");
      g_free (first_fact);
      first_fact = sample (120, FIRST_FACT_LENGTH, FALSE);
      measure_words (FALSE, limits);
      measure_words (TRUE, limits);
      /* Names by their own rule; then priority labels with names at their
       * limit (the labels are in the recommendation band above the cards);
       * then taglines with both at theirs. */
      measure_text (TEXT_NAME, limits);
      measure_text (TEXT_LABEL, limits);
      measure_text (TEXT_TAGLINE, limits);
    }
}

static void
print_limits (guint         n,
              const Limits *limits)
{
  const JuxtaLintTextLimits *current = juxta_lint_default_text_limits (n);

  g_print ("\nshown whole at 1280×720 with %u options, in characters (now in the lint):\n", n);
  g_print ("  option name:    %3u, a word %2u  (%u, %u)\n", limits->text[TEXT_NAME], limits->word[TEXT_NAME],
           current->option_name, current->option_name_word);
  g_print ("  option tagline: %3u, a word %2u  (%u, %u)\n", limits->text[TEXT_TAGLINE],
           limits->word[TEXT_TAGLINE], current->option_tagline, current->option_tagline_word);
  g_print ("  priority label: %3u, a word %2u  (%u, %u)\n", limits->text[TEXT_LABEL], limits->word[TEXT_LABEL],
           current->priority_label, current->priority_label_word);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) measured = g_array_new (FALSE, FALSE, sizeof (Limits));

  /* Line by line, whatever stdout is. */
  setvbuf (stdout, NULL, _IOLBF, 0);
  for (int i = 1; i < argc; i++)
    {
      guint64 n;
      guint count;

      if (!g_ascii_string_to_unsigned (argv[i], 10, JUXTA_LINT_TEXT_LIMITS_MIN_OPTIONS,
                                       JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS, &n, NULL))
        {
          g_printerr ("usage: juxta-measure-text-limits [N_OPTIONS...] (each from %d to %d; all when none)\n",
                      JUXTA_LINT_TEXT_LIMITS_MIN_OPTIONS, JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS);
          return 2;
        }
      count = (guint) n;
      g_array_append_val (counts, count);
    }
  if (counts->len == 0)
    for (guint n = JUXTA_LINT_TEXT_LIMITS_MIN_OPTIONS; n <= JUXTA_LINT_TEXT_LIMITS_MAX_OPTIONS; n++)
      g_array_append_val (counts, n);
  if (!juxta_test_init_program ("juxta-measure-text-limits"))
    return 1;
  dir = g_dir_make_tmp ("juxta-measure-XXXXXX", NULL);

  for (guint i = 0; i < counts->len; i++)
    {
      Limits limits;

      n_options = g_array_index (counts, guint, i);
      measure_all (&limits);
      print_limits (n_options, &limits);
      g_array_append_val (measured, limits);
    }

  /* All of them again, as the lint's table. */
  g_print ("\nfor app/core/juxta-deck-lint.c:\n");
  for (guint i = 0; i < counts->len; i++)
    {
      const Limits *l = &g_array_index (measured, Limits, i);

      g_print ("  [%u] = { .option_name = %u, .option_name_word = %u, .option_tagline = %u, "
               ".option_tagline_word = %u, .priority_label = %u, .priority_label_word = %u },\n",
               g_array_index (counts, guint, i), l->text[TEXT_NAME], l->word[TEXT_NAME], l->text[TEXT_TAGLINE],
               l->word[TEXT_TAGLINE], l->text[TEXT_LABEL], l->word[TEXT_LABEL]);
    }
  g_free (first_fact);

  {
    g_autofree char *path = g_build_filename (dir, "measure.json", NULL);
    g_unlink (path);
    g_rmdir (dir);
  }
  return 0;
}
