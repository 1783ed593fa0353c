/* juxta-application.c: the application: actions, accelerators and windows */

#define G_LOG_DOMAIN "juxta-application"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-application.h"
#include "juxta-resources.h"
#include "juxta-window.h"

struct _JuxtaApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;   /* handed to every window */
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

/* Every accelerator, in one place. */
static const struct
{
  const char *action;
  const char *accels[4];
} accels[] = {
  { "win.new-deck", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save-scenario", { "<Control>s", NULL } },
  { "win.save-scenario-as", { "<Control><Shift>s", NULL } },
  { "win.reload", { "<Control>r", NULL } },
  { "win.copy", { "<Control><Shift>c", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.reset", { "<Control><Shift>r", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "win.presentation", { "F11", NULL } },
  { "win.board", { "F9", NULL } },
  { "win.interview", { "<Control>i", NULL } },
  { "win.glossary", { "<Control>f", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
  { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "win.zoom-reset", { "<Control>0", "<Control>KP_0", NULL } },
};

static void
juxta_application_startup (GApplication *app)
{
  g_resources_register (juxta_get_resource ());

  G_APPLICATION_CLASS (juxta_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
juxta_application_dispose (GObject *object)
{
  JuxtaApplication *self = JUXTA_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (juxta_application_parent_class)->dispose (object);
}

static void
juxta_application_class_init (JuxtaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = juxta_application_dispose;
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

/* The application's settings, which its windows share. */
GSettings *
juxta_application_get_settings (JuxtaApplication *self)
{
  g_return_val_if_fail (JUXTA_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  return self->settings;
}
