/* juxta-talking-points-pane.c: the composed talking points, with copy and export
 *
 * The points are shown in a pool of rows that grows as needed: a new list
 * changes the texts in place rather than rebuilding the pane.
 */

#define G_LOG_DOMAIN "juxta-talking-points-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-talking-points-pane.h"

typedef struct
{
  GtkWidget *row;
  GtkWidget *text;
} PointRow;

struct _JuxtaTalkingPointsPane
{
  GtkWidget  parent_instance;

  GtkWidget *content;
  GtkWidget *copy_button;
  GtkWidget *export_button;
  GtkWidget *points_box;

  GArray    *rows;      /* PointRow */
  guint      n_shown;
};

G_DEFINE_FINAL_TYPE (JuxtaTalkingPointsPane, juxta_talking_points_pane, GTK_TYPE_WIDGET)

static PointRow *
get_row (JuxtaTalkingPointsPane *self,
         guint                   index)
{
  while (self->rows->len <= index)
    {
      PointRow row;
      GtkWidget *number;
      char digits[16];

      g_snprintf (digits, sizeof digits, "%u", self->rows->len + 1);
      number = gtk_label_new (digits);
      gtk_label_set_width_chars (GTK_LABEL (number), 2);
      gtk_label_set_xalign (GTK_LABEL (number), 1);
      gtk_label_set_yalign (GTK_LABEL (number), 0);
      gtk_widget_add_css_class (number, "point-number");
      gtk_widget_add_css_class (number, "numeric");

      row.text = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (row.text), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (row.text), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (row.text), 0);
      gtk_label_set_selectable (GTK_LABEL (row.text), TRUE);
      gtk_widget_set_hexpand (row.text, TRUE);
      gtk_widget_add_css_class (row.text, "point-text");

      row.row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      gtk_box_append (GTK_BOX (row.row), number);
      gtk_box_append (GTK_BOX (row.row), row.text);
      gtk_box_append (GTK_BOX (self->points_box), row.row);
      g_array_append_val (self->rows, row);
    }
  return &g_array_index (self->rows, PointRow, index);
}

static void
juxta_talking_points_pane_dispose (GObject *object)
{
  JuxtaTalkingPointsPane *self = JUXTA_TALKING_POINTS_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_TALKING_POINTS_PANE);
  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (juxta_talking_points_pane_parent_class)->dispose (object);
}

static void
juxta_talking_points_pane_class_init (JuxtaTalkingPointsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_talking_points_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/juxta/Juxta/ui/juxta-talking-points-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaTalkingPointsPane, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaTalkingPointsPane, copy_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaTalkingPointsPane, export_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaTalkingPointsPane, points_box);
  gtk_widget_class_set_css_name (widget_class, "talkingpoints");
}

static void
juxta_talking_points_pane_init (JuxtaTalkingPointsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_array_new (FALSE, TRUE, sizeof (PointRow));
}

GtkWidget *
juxta_talking_points_pane_new (void)
{
  return g_object_new (JUXTA_TYPE_TALKING_POINTS_PANE, NULL);
}

void
juxta_talking_points_pane_set_points (JuxtaTalkingPointsPane *self,
                                      GPtrArray              *points)
{
  g_return_if_fail (JUXTA_IS_TALKING_POINTS_PANE (self));
  g_return_if_fail (points != NULL);

  for (guint i = 0; i < points->len; i++)
    {
      PointRow *row = get_row (self, i);
      const char *text = g_ptr_array_index (points, i);

      /* Setting the same text would still relayout the label. */
      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (row->text)), text) != 0)
        gtk_label_set_label (GTK_LABEL (row->text), text);
      gtk_widget_set_visible (row->row, TRUE);
    }
  for (guint i = points->len; i < self->rows->len; i++)
    gtk_widget_set_visible (g_array_index (self->rows, PointRow, i).row, FALSE);
  self->n_shown = points->len;
}

guint
juxta_talking_points_pane_get_n_shown (JuxtaTalkingPointsPane *self)
{
  g_return_val_if_fail (JUXTA_IS_TALKING_POINTS_PANE (self), 0);
  return self->n_shown;
}

const char *
juxta_talking_points_pane_get_shown (JuxtaTalkingPointsPane *self,
                                     guint                   index)
{
  g_return_val_if_fail (JUXTA_IS_TALKING_POINTS_PANE (self), NULL);
  g_return_val_if_fail (index < self->n_shown, NULL);
  return gtk_label_get_label (GTK_LABEL (g_array_index (self->rows, PointRow, index).text));
}
