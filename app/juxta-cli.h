/* juxta-cli.h: the command line, which never touches a display */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean juxta_cli_wants_command_line (int    argc,
                                       char **argv);
int      juxta_cli_run                (int    argc,
                                       char **argv);

G_END_DECLS
