/* juxta-stakeholder-bar-private.h: the bar's widgets, for tests */
#pragma once

#include <adwaita.h>

#include "juxta-stakeholder-bar.h"

G_BEGIN_DECLS

/* The chip of person @index, or of everyone (-1); NULL when there is none. */
GtkToggleButton *juxta_stakeholder_bar_get_chip   (JuxtaStakeholderBar *self,
                                                   int                  index);
/* "add", "add-entry", "add-confirm", "add-error", "rename", "remove",
 * "rename-entry", "rename-confirm", "rename-error", "note" */
GtkWidget       *juxta_stakeholder_bar_get_widget (JuxtaStakeholderBar *self,
                                                   const char          *name);
/* What a right click on person @index's chip shows. */
GtkPopover      *juxta_stakeholder_bar_popup_menu (JuxtaStakeholderBar *self,
                                                   int                  index);
/* The toast that says someone was removed, with Undo, while it shows. */
AdwToast        *juxta_stakeholder_bar_get_removed_toast (JuxtaStakeholderBar *self);

G_END_DECLS
