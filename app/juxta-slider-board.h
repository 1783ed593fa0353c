/* juxta-slider-board.h: one fader per priority, presets and requirements */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_SLIDER_BOARD (juxta_slider_board_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaSliderBoard, juxta_slider_board, JUXTA, SLIDER_BOARD, GtkWidget)

GtkWidget    *juxta_slider_board_new               (void);
void          juxta_slider_board_set_session       (JuxtaSliderBoard *self,
                                                    JuxtaSession     *session);
JuxtaSession *juxta_slider_board_get_session       (JuxtaSliderBoard *self);
void          juxta_slider_board_set_editable      (JuxtaSliderBoard *self,
                                                    gboolean          editable);
gboolean      juxta_slider_board_focus_first_fader (JuxtaSliderBoard *self);

G_END_DECLS
