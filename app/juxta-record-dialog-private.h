/* juxta-record-dialog-private.h: what the dialog's fields and its Export do, for tests */
#pragma once

#include "juxta-record-dialog.h"

G_BEGIN_DECLS

void               juxta_record_dialog_set_chosen (JuxtaRecordDialog   *self,
                                                   guint                option);
void               juxta_record_dialog_set_attendees (JuxtaRecordDialog *self,
                                                      const char        *attendees);
void               juxta_record_dialog_set_rationale (JuxtaRecordDialog *self,
                                                      const char        *rationale);
char              *juxta_record_dialog_render    (JuxtaRecordDialog    *self);
gboolean           juxta_record_dialog_save_to   (JuxtaRecordDialog    *self,
                                                  GFile                *file,
                                                  GError              **error);

G_END_DECLS
