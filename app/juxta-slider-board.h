/* juxta-slider-board.h: one fader per priority, presets and requirements */
#pragma once

#include <gtk/gtk.h>

#include "juxta-advisor.h"
#include "juxta-deck.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_SLIDER_BOARD (juxta_slider_board_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaSliderBoard, juxta_slider_board, JUXTA, SLIDER_BOARD, GtkWidget)

GtkWidget *juxta_slider_board_new          (void);
void       juxta_slider_board_set_deck     (JuxtaSliderBoard    *self,
                                            JuxtaDeck           *deck);
void       juxta_slider_board_set_scenario (JuxtaSliderBoard    *self,
                                            const JuxtaScenario *scenario);
GtkRange  *juxta_slider_board_get_fader    (JuxtaSliderBoard    *self,
                                            guint                priority);
GtkSwitch *juxta_slider_board_get_requirement_switch (JuxtaSliderBoard *self,
                                                      guint             requirement);

G_END_DECLS
