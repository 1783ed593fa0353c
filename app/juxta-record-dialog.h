/* juxta-record-dialog.h: record what was decided, as an architecture decision record */
#pragma once

#include <adwaita.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_RECORD_DIALOG (juxta_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaRecordDialog, juxta_record_dialog, JUXTA, RECORD_DIALOG, AdwWindow)

JuxtaRecordDialog *juxta_record_dialog_new       (GtkWindow            *parent,
                                                  JuxtaSession         *session);
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
