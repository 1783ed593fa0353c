/* juxta-stakeholder-bar.h: the people in the meeting, above the slider board */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_STAKEHOLDER_BAR (juxta_stakeholder_bar_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaStakeholderBar, juxta_stakeholder_bar, JUXTA, STAKEHOLDER_BAR, GtkWidget)

GtkWidget    *juxta_stakeholder_bar_new          (void);
void          juxta_stakeholder_bar_set_session  (JuxtaStakeholderBar *self,
                                                  JuxtaSession        *session);
JuxtaSession *juxta_stakeholder_bar_get_session  (JuxtaStakeholderBar *self);
void          juxta_stakeholder_bar_set_editable (JuxtaStakeholderBar *self,
                                                  gboolean             editable);
void          juxta_stakeholder_bar_begin_add    (JuxtaStakeholderBar *self);

char         *juxta_stakeholder_avatar_text      (const char          *name);

G_END_DECLS
