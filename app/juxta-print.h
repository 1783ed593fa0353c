/* juxta-print.h: the talking points, the comparison and the chart on paper */
#pragma once

#include <gtk/gtk.h>

#include "juxta-advisor.h"
#include "juxta-deck.h"

G_BEGIN_DECLS

/* Shows the print dialog (whose "Print to File" gives a PDF), or, with
 * @export_pdf, writes a PDF there without asking. */
gboolean juxta_print_run (GtkWindow            *parent,
                          JuxtaDeck            *deck,
                          const JuxtaScenario  *scenario,
                          guint                 chart_priority,
                          const char           *export_pdf,
                          GError              **error);

G_END_DECLS
