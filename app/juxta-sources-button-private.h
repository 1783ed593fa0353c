/* juxta-sources-button-private.h: the list of sources and the warnings, for tests */
#pragma once

#include "juxta-sources-button.h"

G_BEGIN_DECLS

GtkWidget *juxta_sources_button_get_list           (JuxtaSourcesButton *self);
GtkWidget *juxta_sources_button_get_warnings_label (JuxtaSourcesButton *self);
GtkWidget *juxta_sources_button_get_count_label    (JuxtaSourcesButton *self);

G_END_DECLS
