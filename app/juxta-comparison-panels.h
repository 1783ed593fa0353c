/* juxta-comparison-panels.h: the options side by side */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_COMPARISON_PANELS (juxta_comparison_panels_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaComparisonPanels, juxta_comparison_panels, JUXTA, COMPARISON_PANELS, GtkWidget)

GtkWidget *juxta_comparison_panels_new          (void);
void       juxta_comparison_panels_set_session  (JuxtaComparisonPanels *self,
                                                 JuxtaSession          *session);
void       juxta_comparison_panels_set_editable (JuxtaComparisonPanels *self,
                                                 gboolean               editable);

G_END_DECLS
