/* juxta-sensitivity-chart.h: one priority's slider from 0 to 100, and every option's score along it */
#pragma once

#include <gtk/gtk.h>

#include "juxta-deck.h"
#include "juxta-sensitivity.h"
#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_SENSITIVITY_CHART (juxta_sensitivity_chart_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaSensitivityChart, juxta_sensitivity_chart, JUXTA, SENSITIVITY_CHART, GtkWidget)

/* Colours the chart is drawn with; the leader's line uses @accent. */
typedef struct
{
  GdkRGBA foreground;
  GdkRGBA accent;
} JuxtaChartColors;

GtkWidget  *juxta_sensitivity_chart_new        (void);
void        juxta_sensitivity_chart_set_session (JuxtaSensitivityChart *self,
                                                 JuxtaSession          *session);
const char *juxta_sensitivity_chart_get_description (JuxtaSensitivityChart *self);
void        juxta_sensitivity_chart_get_colors (JuxtaSensitivityChart  *self,
                                                JuxtaChartColors       *colors);

/* The colour of an option's line (by its index in the deck). */
void        juxta_sensitivity_chart_option_color (guint    option,
                                                  GdkRGBA *color);

/* Draws the chart into @cr (the widget, and printing, both use this). */
void        juxta_sensitivity_chart_paint      (cairo_t                *cr,
                                                PangoContext           *pango,
                                                double                  width,
                                                double                  height,
                                                JuxtaDeck              *deck,
                                                const JuxtaSensitivity *sensitivity,
                                                const JuxtaChartColors *colors);

G_END_DECLS
