/* juxta-talking-points-pane.h: the composed talking points, with copy and export */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_TALKING_POINTS_PANE (juxta_talking_points_pane_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaTalkingPointsPane, juxta_talking_points_pane, JUXTA, TALKING_POINTS_PANE, GtkWidget)

GtkWidget  *juxta_talking_points_pane_new         (void);
void        juxta_talking_points_pane_set_session (JuxtaTalkingPointsPane *self,
                                                   JuxtaSession           *session);

G_END_DECLS
