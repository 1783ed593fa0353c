/* juxta-application.c: the application: actions, accelerators and windows */

#define G_LOG_DOMAIN "juxta-application"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-application.h"
#include "juxta-resources.h"
#include "juxta-window.h"

struct _JuxtaApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (JuxtaApplication, juxta_application, ADW_TYPE_APPLICATION)

static JuxtaWindow *
get_or_create_window (JuxtaApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (juxta_window_new_deferred (self));
  return JUXTA_WINDOW (window);
}

static void
juxta_application_activate (GApplication *app)
{
  JuxtaWindow *window = get_or_create_window (JUXTA_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
}

static void
juxta_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  JuxtaWindow *window = get_or_create_window (JUXTA_APPLICATION (app));

  if (n_files > 0)
    juxta_window_open_file (window, files[n_files - 1]);
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Closing the windows (rather than g_application_quit) lets each save
   * its state on the way out. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Juxta developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Juxta"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Juxta developers"),
                        "developers", developers,
                        "comments", _("Explain technology choices to customers: set their priorities, "
                                      "get a live recommendation, the analogy to use and the talking points."),
                        "website", "https://github.com/juxta/juxta",
                        "issue-url", "https://github.com/juxta/juxta/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* TRANSLATORS: your name and e-mail, one translator per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
juxta_application_startup (GApplication *app)
{
  g_resources_register (juxta_get_resource ());

  G_APPLICATION_CLASS (juxta_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  juxta_window_set_accels (GTK_APPLICATION (app));
}

static void
juxta_application_class_init (JuxtaApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = juxta_application_startup;
  app_class->activate = juxta_application_activate;
  app_class->open = juxta_application_open;
}

static void
juxta_application_init (JuxtaApplication *self)
{
}

JuxtaApplication *
juxta_application_new (void)
{
  return g_object_new (JUXTA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/juxta/Juxta",
                       NULL);
}
