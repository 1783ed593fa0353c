/* juxta-talking-points-pane-private.h: the points on screen, for tests */
#pragma once

#include "juxta-talking-points-pane.h"

G_BEGIN_DECLS

guint       juxta_talking_points_pane_get_n_shown (JuxtaTalkingPointsPane *self);
char       *juxta_talking_points_pane_dup_shown   (JuxtaTalkingPointsPane *self,
                                                   guint                   index);

G_END_DECLS
