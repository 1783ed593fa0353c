/* juxta-talking-points-pane.h: the composed talking points, with copy and export */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define JUXTA_TYPE_TALKING_POINTS_PANE (juxta_talking_points_pane_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaTalkingPointsPane, juxta_talking_points_pane, JUXTA, TALKING_POINTS_PANE, GtkWidget)

GtkWidget  *juxta_talking_points_pane_new        (void);
void        juxta_talking_points_pane_set_points (JuxtaTalkingPointsPane *self,
                                                  GPtrArray              *points);
guint       juxta_talking_points_pane_get_n_shown (JuxtaTalkingPointsPane *self);
char       *juxta_talking_points_pane_dup_shown  (JuxtaTalkingPointsPane *self,
                                                  guint                   index);

G_END_DECLS
