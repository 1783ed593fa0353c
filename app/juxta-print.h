/* juxta-print.h: the talking points, the comparison and the chart on paper */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

/* Prints what @session shows: the recommendation, its talking points, who
 * prefers what (with stakeholders), the chart of its chart priority, the
 * comparison and the sources.  Shows the print dialog (whose "Print to
 * File" gives a PDF), or, with @export_pdf, writes a PDF there without
 * asking. */
gboolean juxta_print_run (GtkWindow     *parent,
                          JuxtaSession  *session,
                          const char    *export_pdf,
                          GError       **error);

G_END_DECLS
