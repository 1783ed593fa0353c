/* juxta-stakeholder-matrix.h: "Who prefers what": each stakeholder's scores, leader and regret */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_STAKEHOLDER_MATRIX (juxta_stakeholder_matrix_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaStakeholderMatrix, juxta_stakeholder_matrix, JUXTA, STAKEHOLDER_MATRIX, GtkWidget)

GtkWidget    *juxta_stakeholder_matrix_new         (void);
void          juxta_stakeholder_matrix_set_session (JuxtaStakeholderMatrix *self,
                                                    JuxtaSession           *session);
JuxtaSession *juxta_stakeholder_matrix_get_session (JuxtaStakeholderMatrix *self);

G_END_DECLS
