/* juxta-window.c: the workbench window (placeholder until the window issue) */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-window.h"

struct _JuxtaWindow
{
  AdwApplicationWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (JuxtaWindow, juxta_window, ADW_TYPE_APPLICATION_WINDOW)

static void
juxta_window_class_init (JuxtaWindowClass *klass)
{
}

static void
juxta_window_init (JuxtaWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 720);
  gtk_window_set_title (GTK_WINDOW (self), _("Juxta"));
}

JuxtaWindow *
juxta_window_new (JuxtaApplication *application)
{
  return g_object_new (JUXTA_TYPE_WINDOW, "application", application, NULL);
}

void
juxta_window_open_file (JuxtaWindow *self,
                        GFile       *file)
{
}

void
juxta_window_set_accels (GtkApplication *application)
{
  const char *quit[] = { "<Control>q", NULL };

  gtk_application_set_accels_for_action (application, "app.quit", quit);
}
