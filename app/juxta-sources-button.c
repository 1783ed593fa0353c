/* juxta-sources-button.c: where the deck's facts come from, how fresh they are,
 * and what checking the deck found
 *
 * The deck's details, next to its name in the header bar: its sources and
 * their dates, and, when checking the deck found something (a misspelt
 * key, a claim its scores deny, a name too long for the window, …), how
 * many warnings, with a button that lists them.  The count shows on the
 * button itself, so that whoever edits the deck sees it without asking.
 * The list of sources in the popover is built when the popover is first
 * shown for a deck (a link button per source is most of a new deck's work
 * in the header bar, and the list is rarely opened).
 */

#define G_LOG_DOMAIN "juxta-sources-button"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-sources-button-private.h"

struct _JuxtaSourcesButton
{
  GtkWidget  parent_instance;

  GtkWidget *button;
  GtkWidget *icon;
  GtkWidget *count_label;
  GtkWidget *warnings_box;
  GtkWidget *warnings_label;
  GtkWidget *freshness_label;
  GtkWidget *list;

  gboolean   stale;
  guint      n_warnings;
  JuxtaDeck *deck;            /* whose sources the list shows, or is to show */
  gboolean   list_pending;    /* the list is not built for it yet */
};

G_DEFINE_FINAL_TYPE (JuxtaSourcesButton, juxta_sources_button, GTK_TYPE_WIDGET)

static gboolean
is_web_url (const char *url)
{
  return url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"));
}

static GtkWidget *
build_source (const JuxtaSource *source)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title;

  /* Only web addresses become links; anything else is shown as text. */
  if (is_web_url (source->url))
    {
      GtkWidget *label;

      title = gtk_link_button_new_with_label (source->url, source->title);
      gtk_widget_set_halign (title, GTK_ALIGN_START);
      /* Its text on the same left edge as a plain title and the dates. */
      gtk_widget_add_css_class (title, "source-link");
      label = gtk_button_get_child (GTK_BUTTON (title));
      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
        }
    }
  else
    {
      title = gtk_label_new (source->title);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
    }
  gtk_box_append (GTK_BOX (box), title);

  if (source->as_of != NULL || (source->url != NULL && !is_web_url (source->url)))
    {
      g_autofree char *detail = source->as_of != NULL
                                  ? g_strdup_printf (_("As of %s"), source->as_of)
                                  : g_strdup (source->url);
      GtkWidget *label = gtk_label_new (detail);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  return box;
}

/* The icon and tooltip say the worst of the two: stale facts, warnings. */
static void
update_button (JuxtaSourcesButton *self)
{
  g_autofree char *tooltip = NULL;
  g_autofree char *count = NULL;

  if (self->n_warnings > 0)
    tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sources, and %u warning about the deck",
                                            "Sources, and %u warnings about the deck", self->n_warnings),
                               self->n_warnings);
  else
    tooltip = g_strdup (self->stale ? _("Sources: the facts may be stale") : _("Sources"));
  gtk_widget_set_tooltip_text (self->button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), self->stale || self->n_warnings > 0
                                                          ? "dialog-warning-symbolic" : "user-bookmarks-symbolic");
  count = g_strdup_printf ("%u", self->n_warnings);
  gtk_label_set_label (GTK_LABEL (self->count_label), count);
  gtk_widget_set_visible (self->count_label, self->n_warnings > 0);
  if (self->stale || self->n_warnings > 0)
    gtk_widget_add_css_class (self->button, "stale");
  else
    gtk_widget_remove_css_class (self->button, "stale");
}

static void
build_list (JuxtaSourcesButton *self)
{
  GtkWidget *child;

  if (!self->list_pending)
    return;
  self->list_pending = FALSE;
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_box_remove (GTK_BOX (self->list), child);
  for (guint i = 0; i < juxta_deck_get_n_sources (self->deck); i++)
    gtk_box_append (GTK_BOX (self->list), build_source (juxta_deck_get_source (self->deck, i)));
  if (juxta_deck_get_n_sources (self->deck) == 0)
    gtk_box_append (GTK_BOX (self->list), gtk_label_new (_("The deck lists no sources.")));
}

static void
juxta_sources_button_dispose (GObject *object)
{
  JuxtaSourcesButton *self = JUXTA_SOURCES_BUTTON (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_SOURCES_BUTTON);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (juxta_sources_button_parent_class)->dispose (object);
}

static void
juxta_sources_button_class_init (JuxtaSourcesButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_sources_button_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-sources-button.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaSourcesButton, button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSourcesButton, icon);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSourcesButton, count_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSourcesButton, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSourcesButton, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSourcesButton, freshness_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaSourcesButton, list);
}

static void
juxta_sources_button_init (JuxtaSourcesButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->button)), "show",
                            G_CALLBACK (build_list), self);
}

GtkWidget *
juxta_sources_button_new (void)
{
  return g_object_new (JUXTA_TYPE_SOURCES_BUTTON, NULL);
}

/* @verified_age: days since the deck's facts were verified, -1 if unknown. */
void
juxta_sources_button_set_deck (JuxtaSourcesButton *self,
                               JuxtaDeck          *deck,
                               int                 verified_age)
{
  gboolean stale = verified_age > JUXTA_STALE_AFTER_DAYS;
  g_autofree char *freshness = NULL;

  g_return_if_fail (JUXTA_IS_SOURCES_BUTTON (self));
  g_return_if_fail (JUXTA_IS_DECK (deck));

  g_set_object (&self->deck, deck);
  self->list_pending = TRUE;
  if (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->button)))))
    build_list (self);

  if (verified_age < 0)
    freshness = g_strdup (_("The deck does not say when its facts were last verified."));
  else if (stale)
    freshness = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Facts last verified on %s, %d day ago: they may be stale.",
                                              "Facts last verified on %s, %d days ago: they may be stale.",
                                              verified_age),
                                 juxta_deck_get_verified (deck), verified_age);
  else
    freshness = g_strdup_printf (_("Facts last verified on %s."), juxta_deck_get_verified (deck));
  gtk_label_set_label (GTK_LABEL (self->freshness_label), freshness);

  if (stale)
    gtk_widget_add_css_class (self->freshness_label, "stale-text");
  else
    gtk_widget_remove_css_class (self->freshness_label, "stale-text");
  self->stale = stale;
  update_button (self);
}

/* @n_warnings: what checking the deck found; the window lists them
 * (win.show-deck-warnings). */
void
juxta_sources_button_set_warnings (JuxtaSourcesButton *self,
                                   guint               n_warnings)
{
  g_autofree char *text = NULL;

  g_return_if_fail (JUXTA_IS_SOURCES_BUTTON (self));

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Checking this deck found %u warning: something may mislead, "
                                       "or not show whole.",
                                       "Checking this deck found %u warnings: some things may mislead, "
                                       "or not show whole.",
                                       n_warnings),
                          n_warnings);
  gtk_label_set_label (GTK_LABEL (self->warnings_label), text);
  gtk_widget_set_visible (self->warnings_box, n_warnings > 0);
  self->n_warnings = n_warnings;
  update_button (self);
}

/* The list in the popover, built if it is not yet. */
GtkWidget *
juxta_sources_button_get_list (JuxtaSourcesButton *self)
{
  g_return_val_if_fail (JUXTA_IS_SOURCES_BUTTON (self), NULL);
  build_list (self);
  return self->list;
}

/* The warnings' line in the popover, and the count on the button. */
GtkWidget *
juxta_sources_button_get_warnings_label (JuxtaSourcesButton *self)
{
  g_return_val_if_fail (JUXTA_IS_SOURCES_BUTTON (self), NULL);
  return self->warnings_label;
}

GtkWidget *
juxta_sources_button_get_count_label (JuxtaSourcesButton *self)
{
  g_return_val_if_fail (JUXTA_IS_SOURCES_BUTTON (self), NULL);
  return self->count_label;
}
