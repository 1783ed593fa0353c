/* juxta-wrap-box.c: children in a row, at their natural widths, wrapping to more lines
 *
 * What chips need and GTK 4.8 lacks (a GtkFlowBox lines its children up
 * in columns of equal width, so a long chip makes every chip that wide):
 * each child takes its natural width (no more than the box's), the next
 * one goes on the same line while it fits, else on the next; a line is
 * as tall as its tallest child, which the others are centred in (their
 * valign).  Height for width, so that the box is as tall as its lines.
 */

#define G_LOG_DOMAIN "juxta-wrap-box"

#include "config.h"

#include "juxta-wrap-box.h"

struct _JuxtaWrapBox
{
  GtkWidget parent_instance;

  int       spacing;   /* between children and between lines */
};

G_DEFINE_FINAL_TYPE (JuxtaWrapBox, juxta_wrap_box, GTK_TYPE_WIDGET)

/* A child's width on a line @width wide: its natural one, but no wider
 * than the line unless it cannot be narrower. */
static int
child_width (GtkWidget *child,
             int        width)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return MAX (minimum, MIN (natural, width));
}

static int
child_height (GtkWidget *child,
              int        width)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  return natural;
}

/* Places the children of one line, from @first up to (not including)
 * @end, at @y, each @height tall. */
static void
allocate_line (JuxtaWrapBox *self,
               GtkWidget    *first,
               GtkWidget    *end,
               int           box_width,
               int           y,
               int           height)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int x = 0;

  for (GtkWidget *child = first; child != end; child = gtk_widget_get_next_sibling (child))
    {
      int width;

      if (!gtk_widget_should_layout (child))
        continue;
      width = child_width (child, box_width);
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { rtl ? box_width - x - width : x, y, width, height }, -1);
      x += width + self->spacing;
    }
}

/* Lays the children out in lines @width wide (allocating them when
 * @allocate) and returns the height of all the lines. */
static int
lay_out (JuxtaWrapBox *self,
         int           width,
         gboolean      allocate)
{
  GtkWidget *line_start = gtk_widget_get_first_child (GTK_WIDGET (self));
  int x = 0, y = 0, line_height = 0;
  gboolean empty = TRUE;

  for (GtkWidget *child = line_start; child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_w;

      if (!gtk_widget_should_layout (child))
        continue;
      child_w = child_width (child, width);
      if (x > 0 && x + child_w > width)
        {
          if (allocate)
            allocate_line (self, line_start, child, width, y, line_height);
          y += line_height + self->spacing;
          x = 0;
          line_height = 0;
          line_start = child;
        }
      line_height = MAX (line_height, child_height (child, child_w));
      x += child_w + self->spacing;
      empty = FALSE;
    }
  if (allocate && !empty)
    allocate_line (self, line_start, NULL, width, y, line_height);
  return empty ? 0 : y + line_height;
}

static GtkSizeRequestMode
juxta_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
juxta_wrap_box_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  JuxtaWrapBox *self = JUXTA_WRAP_BOX (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gboolean first = TRUE;

      /* At least the widest child; at best, all of them on one line. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += child_nat + (first ? 0 : self->spacing);
          first = FALSE;
        }
      return;
    }
  /* Without a width, as tall as on one line. */
  if (for_size < 0)
    {
      int min_width;

      juxta_wrap_box_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &for_size, NULL, NULL);
    }
  *minimum = *natural = lay_out (self, for_size, FALSE);
}

static void
juxta_wrap_box_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  lay_out (JUXTA_WRAP_BOX (widget), width, TRUE);
}

static void
juxta_wrap_box_dispose (GObject *object)
{
  juxta_wrap_box_remove_all (JUXTA_WRAP_BOX (object));

  G_OBJECT_CLASS (juxta_wrap_box_parent_class)->dispose (object);
}

static void
juxta_wrap_box_class_init (JuxtaWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_wrap_box_dispose;
  widget_class->get_request_mode = juxta_wrap_box_get_request_mode;
  widget_class->measure = juxta_wrap_box_measure;
  widget_class->size_allocate = juxta_wrap_box_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
juxta_wrap_box_init (JuxtaWrapBox *self)
{
}

GtkWidget *
juxta_wrap_box_new (int spacing)
{
  JuxtaWrapBox *self = g_object_new (JUXTA_TYPE_WRAP_BOX, NULL);

  self->spacing = MAX (spacing, 0);
  return GTK_WIDGET (self);
}

void
juxta_wrap_box_append (JuxtaWrapBox *self,
                       GtkWidget    *child)
{
  g_return_if_fail (JUXTA_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child) && gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
juxta_wrap_box_remove_all (JuxtaWrapBox *self)
{
  GtkWidget *child;

  g_return_if_fail (JUXTA_IS_WRAP_BOX (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}
