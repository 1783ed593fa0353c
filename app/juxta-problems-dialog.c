/* juxta-problems-dialog.c: every problem of a deck, where it is
 *
 * The errors of a deck that was not opened, or what checking a deck on
 * screen found (its warnings).  One row per problem: its line and column, the message, its JSON path, and
 * a button that copies FILE:LINE:COLUMN for an editor's "go to".  Open in
 * Editor hands the deck to the application that opens such files (a URI
 * cannot say which line: the copied position is for that).
 */

#define G_LOG_DOMAIN "juxta-problems-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-diagnostic.h"
#include "juxta-problems-dialog.h"

struct _JuxtaProblemsDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkLabel        *summary_label;
  GtkListBox      *list;

  char            *path;          /* the deck file */
  GPtrArray       *diagnostics;   /* JuxtaDiagnostic, owned copies */
  gboolean         opened;        /* the deck is on screen: these are its warnings */
};

G_DEFINE_FINAL_TYPE (JuxtaProblemsDialog, juxta_problems_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PATH,
  PROP_DIAGNOSTICS,
  PROP_OPENED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------- helpers */

static void
toast (JuxtaProblemsDialog *self,
       const char          *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 3);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static char *
describe_position (const JuxtaDiagnostic *d)
{
  if (d->line == 0)
    /* TRANSLATORS: where a problem is, when it is about the file as a whole */
    return g_strdup (_("The whole file"));
  /* TRANSLATORS: where a problem is in the deck file */
  return g_strdup_printf (_("Line %u, column %u"), d->line, d->column);
}

static GtkWidget *
build_row (JuxtaProblemsDialog   *self,
           const JuxtaDiagnostic *d,
           guint                  index)
{
  gboolean error = d->severity == JUXTA_SEVERITY_ERROR;
  g_autofree char *position = describe_position (d);
  g_autofree char *location = juxta_diagnostic_dup_location (d);
  /* TRANSLATORS: a button's tooltip: "Copy “deck.json:12:7”" */
  g_autofree char *copy_tooltip = g_strdup_printf (_("Copy “%s”"), location);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  GtkWidget *message = new_label (d->message, NULL);

  gtk_widget_add_css_class (icon, error ? "error" : "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (icon, error ? _("Error") : _("Warning"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  error ? _("Error") : _("Warning"), -1);

  gtk_label_set_selectable (GTK_LABEL (message), TRUE);
  gtk_box_append (GTK_BOX (text), new_label (position, "heading"));
  gtk_box_append (GTK_BOX (text), message);
  if (d->path != NULL)
    gtk_box_append (GTK_BOX (text), new_label (d->path, "problem-path"));
  gtk_widget_set_hexpand (text, TRUE);

  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (copy, copy_tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL, copy_tooltip, -1);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_add_css_class (copy, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "problems.copy-location");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (copy), g_variant_new_uint32 (index));

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), copy);
  gtk_widget_add_css_class (box, "problem");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
show_problems (JuxtaProblemsDialog *self)
{
  g_autofree char *name = g_path_get_basename (self->path);
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  guint n_errors = juxta_diagnostics_count_errors (self->diagnostics);

  if (self->opened && n_errors == 0)
    /* TRANSLATORS: the window title: "Warnings in “deck.json”" */
    title = g_strdup_printf (_("Warnings in “%s”"), name);
  else
    /* TRANSLATORS: the window title: "Problems in “deck.json”" */
    title = g_strdup_printf (_("Problems in “%s”"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (self->opened)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The deck is open, but checking it found %u warning: something may mislead "
                                            "or not show whole. Fix it in the file: the window follows each save.",
                                            "The deck is open, but checking it found %u warnings: some things may mislead "
                                            "or not show whole. Fix them in the file: the window follows each save.",
                                            self->diagnostics->len),
                               self->diagnostics->len);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The deck was not opened because of %u error. Fix it, save, and "
                                            "open the deck again.",
                                            "The deck was not opened because of %u errors. Fix them, save, and "
                                            "open the deck again.",
                                            n_errors),
                               n_errors);
  gtk_label_set_label (self->summary_label, summary);

  for (guint i = 0; i < self->diagnostics->len; i++)
    gtk_list_box_append (self->list, build_row (self, g_ptr_array_index (self->diagnostics, i), i));
}

/* ------------------------------------------------------------- actions */

static void
copy_location_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  JuxtaProblemsDialog *self = JUXTA_PROBLEMS_DIALOG (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autofree char *location = NULL;
  g_autofree char *message = NULL;

  if (index >= self->diagnostics->len)
    return;
  location = juxta_diagnostic_dup_location (g_ptr_array_index (self->diagnostics, index));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), location);
  /* TRANSLATORS: "Copied “deck.json:12:7”" */
  message = g_strdup_printf (_("Copied “%s”"), location);
  toast (self, message);
}

static void
copy_all_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  JuxtaProblemsDialog *self = JUXTA_PROBLEMS_DIALOG (widget);
  g_autoptr(GString) all = g_string_new (NULL);

  /* As juxta --check prints them. */
  for (guint i = 0; i < self->diagnostics->len; i++)
    {
      g_autofree char *line = juxta_diagnostic_to_string (g_ptr_array_index (self->diagnostics, i));
      g_string_append_printf (all, "%s\n", line);
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), all->str);
  toast (self, _("Problems copied"));
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JuxtaProblemsDialog *self = JUXTA_PROBLEMS_DIALOG (widget);
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), &error))
    {
      g_autofree char *name = g_path_get_basename (self->path);
      /* TRANSLATORS: "Could not open “deck.json”: <reason>" */
      g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);

      toast (self, message);
    }
}

/* ----------------------------------------------------------- overrides */

static void
juxta_problems_dialog_constructed (GObject *object)
{
  JuxtaProblemsDialog *self = JUXTA_PROBLEMS_DIALOG (object);

  G_OBJECT_CLASS (juxta_problems_dialog_parent_class)->constructed (object);

  if (self->diagnostics == NULL)
    self->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
  if (self->path == NULL)
    self->path = g_strdup ("");
  show_problems (self);
}

static void
juxta_problems_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  JuxtaProblemsDialog *self = JUXTA_PROBLEMS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_DIAGNOSTICS:
      g_value_set_boxed (value, self->diagnostics);
      break;
    case PROP_OPENED:
      g_value_set_boolean (value, self->opened);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_problems_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  JuxtaProblemsDialog *self = JUXTA_PROBLEMS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_DIAGNOSTICS:
      /* Copies: the dialog may outlive the load that found them. */
      self->diagnostics = juxta_diagnostics_copy (g_value_get_boxed (value));
      break;
    case PROP_OPENED:
      self->opened = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_problems_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), JUXTA_TYPE_PROBLEMS_DIALOG);

  G_OBJECT_CLASS (juxta_problems_dialog_parent_class)->dispose (object);
}

static void
juxta_problems_dialog_finalize (GObject *object)
{
  JuxtaProblemsDialog *self = JUXTA_PROBLEMS_DIALOG (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);

  G_OBJECT_CLASS (juxta_problems_dialog_parent_class)->finalize (object);
}

static void
juxta_problems_dialog_class_init (JuxtaProblemsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = juxta_problems_dialog_constructed;
  object_class->get_property = juxta_problems_dialog_get_property;
  object_class->set_property = juxta_problems_dialog_set_property;
  object_class->dispose = juxta_problems_dialog_dispose;
  object_class->finalize = juxta_problems_dialog_finalize;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* JuxtaDiagnostic, copied. */
  properties[PROP_DIAGNOSTICS] =
    g_param_spec_boxed ("diagnostics", NULL, NULL, G_TYPE_PTR_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The deck opened, and the problems are what checking it found. */
  properties[PROP_OPENED] =
    g_param_spec_boolean ("opened", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "problems.copy-location", "u", copy_location_activated);
  gtk_widget_class_install_action (widget_class, "problems.copy-all", NULL, copy_all_activated);
  gtk_widget_class_install_action (widget_class, "problems.open", NULL, open_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-problems-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaProblemsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JuxtaProblemsDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaProblemsDialog, list);
}

static void
juxta_problems_dialog_init (JuxtaProblemsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ API */

static JuxtaProblemsDialog *
create (GtkWindow  *parent,
        const char *path,
        GPtrArray  *diagnostics,
        gboolean    opened)
{
  return g_object_new (JUXTA_TYPE_PROBLEMS_DIALOG,
                       "transient-for", parent,
                       "path", path,
                       "diagnostics", diagnostics,
                       "opened", opened,
                       NULL);
}

/* @diagnostics (JuxtaDiagnostic) are copied; @path is the deck file. */
JuxtaProblemsDialog *
juxta_problems_dialog_new (GtkWindow  *parent,
                           const char *path,
                           GPtrArray  *diagnostics)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (diagnostics != NULL, NULL);

  return create (parent, path, diagnostics, FALSE);
}

/* The same for a deck on screen: its warnings (and failed expectations). */
JuxtaProblemsDialog *
juxta_problems_dialog_new_for_open_deck (GtkWindow  *parent,
                                         const char *path,
                                         GPtrArray  *diagnostics)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (diagnostics != NULL, NULL);

  return create (parent, path, diagnostics, TRUE);
}

const char *
juxta_problems_dialog_get_path (JuxtaProblemsDialog *self)
{
  g_return_val_if_fail (JUXTA_IS_PROBLEMS_DIALOG (self), NULL);
  return self->path;
}

guint
juxta_problems_dialog_get_n_problems (JuxtaProblemsDialog *self)
{
  g_return_val_if_fail (JUXTA_IS_PROBLEMS_DIALOG (self), 0);
  return self->diagnostics->len;
}

/* The row that shows problem @index (for tests). */
GtkWidget *
juxta_problems_dialog_get_row (JuxtaProblemsDialog *self,
                               guint                index)
{
  g_return_val_if_fail (JUXTA_IS_PROBLEMS_DIALOG (self), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, (int) index));
}
