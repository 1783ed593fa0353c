/* main.c: the juxta program: the command line or the workbench */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "juxta-application.h"
#include "juxta-cli.h"
#include "juxta-paths.h"

static void
setup_translations (void)
{
  g_autofree char *locale_dir = juxta_paths_locale_dir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JuxtaApplication) app = NULL;
  g_autofree char *schema_dir = juxta_paths_schema_dir ();

  setup_translations ();

  /* Every option is a command-line action, handled before GTK is touched,
   * so these work without a display. */
  if (juxta_cli_wants_command_line (argc, argv))
    return juxta_cli_run (argc, argv);

  /* Run from the build tree, the settings schema is compiled there. */
  if (schema_dir != NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", schema_dir, FALSE);

  app = juxta_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
