/* juxta-sources-button-private.h: the list of sources, for tests */
#pragma once

#include "juxta-sources-button.h"

G_BEGIN_DECLS

GtkWidget *juxta_sources_button_get_list (JuxtaSourcesButton *self);

G_END_DECLS
