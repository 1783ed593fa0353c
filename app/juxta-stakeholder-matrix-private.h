/* juxta-stakeholder-matrix-private.h: the matrix's cells, for tests */
#pragma once

#include "juxta-stakeholder-matrix.h"

G_BEGIN_DECLS

/* Rows are the people in order, then the consensus (row n); columns the
 * options shown, in deck order. */
guint       juxta_stakeholder_matrix_get_n_rows      (JuxtaStakeholderMatrix *self);
guint       juxta_stakeholder_matrix_get_n_columns   (JuxtaStakeholderMatrix *self);
/* The option shown in @column. */
guint       juxta_stakeholder_matrix_get_option      (JuxtaStakeholderMatrix *self,
                                                      guint                   column);
/* The cell (a widget with an accessible label), its score as shown ("84%",
 * or "—"), and whether it is marked as that row's favourite. */
GtkWidget  *juxta_stakeholder_matrix_get_cell        (JuxtaStakeholderMatrix *self,
                                                      guint                   row,
                                                      guint                   column);
const char *juxta_stakeholder_matrix_get_score       (JuxtaStakeholderMatrix *self,
                                                      guint                   row,
                                                      guint                   column);
gboolean    juxta_stakeholder_matrix_is_favourite    (JuxtaStakeholderMatrix *self,
                                                      guint                   row,
                                                      guint                   column);
/* The row's name; what the consensus costs that person, in words (a
 * label, in a cell whose accessible label is the whole sentence), under
 * the last column's heading. */
GtkWidget  *juxta_stakeholder_matrix_get_name_label  (JuxtaStakeholderMatrix *self,
                                                      guint                   row);
GtkWidget  *juxta_stakeholder_matrix_get_header      (JuxtaStakeholderMatrix *self,
                                                      guint                   column);
GtkWidget  *juxta_stakeholder_matrix_get_regret      (JuxtaStakeholderMatrix *self,
                                                      guint                   row);
GtkWidget  *juxta_stakeholder_matrix_get_regret_header (JuxtaStakeholderMatrix *self);
const char *juxta_stakeholder_matrix_get_summary     (JuxtaStakeholderMatrix *self);

G_END_DECLS
