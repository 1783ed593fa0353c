/* juxta-comparison-panels.h: the options side by side */
#pragma once

#include <gtk/gtk.h>

#include "juxta-advisor.h"
#include "juxta-deck.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_COMPARISON_PANELS (juxta_comparison_panels_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaComparisonPanels, juxta_comparison_panels, JUXTA, COMPARISON_PANELS, GtkWidget)

GtkWidget *juxta_comparison_panels_new              (void);
void       juxta_comparison_panels_set_deck         (JuxtaComparisonPanels *self,
                                                     JuxtaDeck             *deck);
void       juxta_comparison_panels_set_advice       (JuxtaComparisonPanels *self,
                                                     const JuxtaAdvice     *advice);
guint64    juxta_comparison_panels_get_hidden       (JuxtaComparisonPanels *self);
void       juxta_comparison_panels_set_hidden       (JuxtaComparisonPanels *self,
                                                     guint64                hidden);
void       juxta_comparison_panels_set_editable     (JuxtaComparisonPanels *self,
                                                     gboolean               editable);
GtkWidget *juxta_comparison_panels_get_card          (JuxtaComparisonPanels *self,
                                                      guint                  option);

G_END_DECLS
