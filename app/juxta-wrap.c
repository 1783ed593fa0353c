/* juxta-wrap.c: how deck text wraps: at word boundaries, never inside a word
 *
 * Every label that shows a deck's text wraps at the places Unicode allows a
 * line break (spaces, after hyphens and slashes, between ideographs), so
 * "PostgreSQL" stays whole and the label asks for at least the width of its
 * longest word.  A run too long to be a word, such as a forty-character
 * product code, would make its column that wide; such a label alone may
 * also break inside that run.
 */

#define G_LOG_DOMAIN "juxta-wrap"

#include "config.h"

#include "juxta-wrap.h"

/* The most characters in @text between two places where a line may break. */
guint
juxta_wrap_longest_run (const char *text)
{
  glong n_chars;
  g_autofree PangoLogAttr *attrs = NULL;
  guint longest = 0, run = 0;

  if (text == NULL || *text == '\0')
    return 0;
  n_chars = g_utf8_strlen (text, -1);
  attrs = g_new0 (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (text, (int) strlen (text), -1, pango_language_get_default (), attrs, (int) n_chars + 1);
  for (glong i = 0; i < n_chars; i++)
    {
      if (attrs[i].is_line_break || attrs[i].is_white)
        run = 0;
      if (!attrs[i].is_white)
        {
          run++;
          longest = MAX (longest, run);
        }
    }
  return longest;
}

/* Whether @text has more than @n characters between two white spaces.
 * A place to break is at least every white space, so a text without such
 * a run has no run longer than @n between places to break either. */
static gboolean
has_long_token (const char *text,
                guint       n)
{
  guint run = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        run = 0;
      else if (++run > n)
        return TRUE;
    }
  return FALSE;
}

PangoWrapMode
juxta_wrap_mode_for (const char *text)
{
  /* Most deck text has short words: Pango's line breaking (Unicode's
   * rules) is asked only about a text with a long run between spaces. */
  if (!has_long_token (text, JUXTA_WRAP_LONGEST_WORD))
    return PANGO_WRAP_WORD;
  return juxta_wrap_longest_run (text) > JUXTA_WRAP_LONGEST_WORD ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD;
}

/* Shows @text in @label, wrapped by the rule above. */
void
juxta_wrap_label (GtkLabel   *label,
                  const char *text)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, juxta_wrap_mode_for (text));
  gtk_label_set_label (label, text != NULL ? text : "");
}

/* The same, and the label shown only when there is a text. */
void
juxta_wrap_label_or_hide (GtkLabel   *label,
                          const char *text)
{
  juxta_wrap_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}
