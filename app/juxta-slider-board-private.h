/* juxta-slider-board-private.h: the board's widgets, for tests */
#pragma once

#include "juxta-slider-board.h"

G_BEGIN_DECLS

GtkRange  *juxta_slider_board_get_fader              (JuxtaSliderBoard *self,
                                                      guint             priority);
GtkSwitch *juxta_slider_board_get_requirement_switch (JuxtaSliderBoard *self,
                                                      guint             requirement);
void       juxta_slider_board_activate_priority      (JuxtaSliderBoard *self,
                                                      guint             priority);

G_END_DECLS
