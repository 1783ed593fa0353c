/* juxta-comparison-panels-private.h: the cards' widgets, for tests */
#pragma once

#include "juxta-comparison-panels.h"

G_BEGIN_DECLS

GtkWidget *juxta_comparison_panels_get_card (JuxtaComparisonPanels *self,
                                             guint                  option);

G_END_DECLS
