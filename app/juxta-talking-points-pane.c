/* juxta-talking-points-pane.c: the composed talking points, with copy and export
 *
 * The points are one text view rather than a label each: a text view lays
 * out only the paragraphs that change, and incrementally, where a column
 * of wrapped labels is measured and laid out again as a whole on every
 * slider step (that alone cost 20 ms a frame, see tests/bench/README.md).
 */

#define G_LOG_DOMAIN "juxta-talking-points-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-talking-points-pane-private.h"
#include "juxta-wrap.h"

struct _JuxtaTalkingPointsPane
{
  GtkWidget    parent_instance;

  GtkWidget   *content;
  GtkWidget   *copy_button;
  GtkWidget   *export_button;
  GtkTextView *text_view;

  GPtrArray   *shown;       /* char *, the points on screen */
  JuxtaSession *session;
};

G_DEFINE_FINAL_TYPE (JuxtaTalkingPointsPane, juxta_talking_points_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Paragraph @index of the buffer is point @index; replaces its text. */
static void
replace_paragraph (JuxtaTalkingPointsPane *self,
                   guint                   index,
                   const char             *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *number = g_strdup_printf ("%u.\t", index + 1);
  GtkTextIter start, end;

  gtk_text_buffer_get_iter_at_line (buffer, &start, (int) index);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &start, number, -1, "number", NULL);
  /* Words stay whole; a run too long to be a word may break. */
  if (juxta_wrap_mode_for (text) == PANGO_WRAP_WORD_CHAR)
    gtk_text_buffer_insert_with_tags_by_name (buffer, &start, text, -1, "breakable", NULL);
  else
    gtk_text_buffer_insert (buffer, &start, text, -1);
}

static void
append_paragraph (JuxtaTalkingPointsPane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (self->shown->len > 0)
    gtk_text_buffer_insert (buffer, &end, "\n", 1);
}

static void
remove_paragraphs_from (JuxtaTalkingPointsPane *self,
                        guint                   index)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (index == 0)
    gtk_text_buffer_get_start_iter (buffer, &start);
  else
    {
      /* From the end of the paragraph before, so no empty line is left. */
      gtk_text_buffer_get_iter_at_line (buffer, &start, (int) index - 1);
      if (!gtk_text_iter_ends_line (&start))
        gtk_text_iter_forward_to_line_end (&start);
    }
  gtk_text_buffer_delete (buffer, &start, &end);
}

/* Only the points that changed are rewritten. */
static void
show_points (JuxtaTalkingPointsPane *self,
             GPtrArray              *points)
{
  if (points->len < self->shown->len)
    {
      remove_paragraphs_from (self, points->len);
      g_ptr_array_set_size (self->shown, points->len);
    }
  for (guint i = 0; i < points->len; i++)
    {
      const char *text = g_ptr_array_index (points, i);

      if (i == self->shown->len)
        {
          append_paragraph (self);
          g_ptr_array_add (self->shown, NULL);
        }
      else if (g_str_equal (g_ptr_array_index (self->shown, i), text))
        continue;
      replace_paragraph (self, i, text);
      g_free (g_ptr_array_index (self->shown, i));
      g_ptr_array_index (self->shown, i) = g_strdup (text);
    }
}

static void
session_changed_cb (JuxtaSession           *session,
                    JuxtaSessionChange      changes,
                    JuxtaTalkingPointsPane *self)
{
  if (juxta_session_get_talking_points (session) != NULL && (changes & JUXTA_SESSION_CHANGE_ADVICE))
    show_points (self, juxta_session_get_talking_points (session));
}

static void
juxta_talking_points_pane_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  JuxtaTalkingPointsPane *self = JUXTA_TALKING_POINTS_PANE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_talking_points_pane_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  JuxtaTalkingPointsPane *self = JUXTA_TALKING_POINTS_PANE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_talking_points_pane_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_talking_points_pane_dispose (GObject *object)
{
  JuxtaTalkingPointsPane *self = JUXTA_TALKING_POINTS_PANE (object);

  juxta_session_unfollow (&self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_TALKING_POINTS_PANE);
  g_clear_pointer (&self->shown, g_ptr_array_unref);

  G_OBJECT_CLASS (juxta_talking_points_pane_parent_class)->dispose (object);
}

static void
juxta_talking_points_pane_class_init (JuxtaTalkingPointsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_talking_points_pane_dispose;
  object_class->get_property = juxta_talking_points_pane_get_property;
  object_class->set_property = juxta_talking_points_pane_set_property;

  /**
   * JuxtaTalkingPointsPane:session:
   * The session whose talking points the pane shows.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/juxta/Juxta/ui/juxta-talking-points-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaTalkingPointsPane, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaTalkingPointsPane, copy_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaTalkingPointsPane, export_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaTalkingPointsPane, text_view);
  gtk_widget_class_set_css_name (widget_class, "talkingpoints");
}

static void
juxta_talking_points_pane_init (JuxtaTalkingPointsPane *self)
{
  GtkTextBuffer *buffer;
  GtkTextTagTable *tags;
  g_autoptr(GtkTextTag) number = NULL;
  g_autoptr(GtkTextTag) breakable = NULL;
  g_autoptr(PangoTabArray) tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, 28);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown = g_ptr_array_new_with_free_func (g_free);

  /* A hanging indent: the number in the margin, the text aligned after it. */
  gtk_text_view_set_tabs (self->text_view, tabs);
  gtk_text_view_set_left_margin (self->text_view, 28);
  gtk_text_view_set_indent (self->text_view, -28);

  buffer = gtk_text_view_get_buffer (self->text_view);
  tags = gtk_text_buffer_get_tag_table (buffer);
  number = gtk_text_tag_new ("number");
  g_object_set (number, "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_tag_table_add (tags, number);
  breakable = gtk_text_tag_new ("breakable");
  g_object_set (breakable, "wrap-mode", GTK_WRAP_WORD_CHAR, NULL);
  gtk_text_tag_table_add (tags, breakable);
}

GtkWidget *
juxta_talking_points_pane_new (void)
{
  return g_object_new (JUXTA_TYPE_TALKING_POINTS_PANE, NULL);
}

/* Set once, by the window, after its template is built. */
void
juxta_talking_points_pane_set_session (JuxtaTalkingPointsPane *self,
                                       JuxtaSession *session)
{
  g_return_if_fail (JUXTA_IS_TALKING_POINTS_PANE (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

guint
juxta_talking_points_pane_get_n_shown (JuxtaTalkingPointsPane *self)
{
  g_return_val_if_fail (JUXTA_IS_TALKING_POINTS_PANE (self), 0);
  return self->shown->len;
}

/* The text of point @index as the view shows it, read back from the view
 * rather than from what it was given. */
char *
juxta_talking_points_pane_dup_shown (JuxtaTalkingPointsPane *self,
                                     guint                   index)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *line = NULL;
  const char *tab;

  g_return_val_if_fail (JUXTA_IS_TALKING_POINTS_PANE (self), NULL);
  g_return_val_if_fail (index < self->shown->len, NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_line (buffer, &start, (int) index);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  line = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  tab = strchr (line, '\t');   /* after the number */
  return g_strdup (tab != NULL ? tab + 1 : line);
}
