/* juxta-record-dialog.h: record what was decided, as an architecture decision record */
#pragma once

#include <adwaita.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_RECORD_DIALOG (juxta_record_dialog_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaRecordDialog, juxta_record_dialog, JUXTA, RECORD_DIALOG, AdwWindow)

JuxtaRecordDialog *juxta_record_dialog_new       (GtkWindow            *parent,
                                                  JuxtaSession         *session);

G_END_DECLS
