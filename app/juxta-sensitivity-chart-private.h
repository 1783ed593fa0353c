/* juxta-sensitivity-chart-private.h: the chart's data and geometry, for tests */
#pragma once

#include "juxta-sensitivity-chart.h"

G_BEGIN_DECLS

const JuxtaSensitivity *juxta_sensitivity_chart_get_data (JuxtaSensitivityChart *self);
int                     juxta_sensitivity_chart_value_at (JuxtaSensitivityChart *self,
                                                          double                 x);

G_END_DECLS
