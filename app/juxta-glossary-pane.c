/* juxta-glossary-pane.c: the deck's terms, searchable as you type */

#define G_LOG_DOMAIN "juxta-glossary-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-glossary-pane-private.h"
#include "juxta-wrap.h"

struct _JuxtaGlossaryPane
{
  GtkWidget  parent_instance;

  GtkWidget *content;
  GtkWidget *search_entry;
  GtkWidget *list;
  GtkWidget *empty_label;

  char      *needle;      /* casefolded search text, or NULL */
  guint      n_visible;
  JuxtaSession *session;
};

G_DEFINE_FINAL_TYPE (JuxtaGlossaryPane, juxta_glossary_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  JuxtaGlossaryPane *self = user_data;
  const char *haystack = g_object_get_data (G_OBJECT (row), "haystack");
  gboolean visible = self->needle == NULL || strstr (haystack, self->needle) != NULL;

  self->n_visible += visible;
  return visible;
}

static void
refilter (JuxtaGlossaryPane *self)
{
  self->n_visible = 0;
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list));
  gtk_widget_set_visible (self->empty_label, self->n_visible == 0);
}

static void
search_changed_cb (GtkSearchEntry    *entry,
                   JuxtaGlossaryPane *self)
{
  juxta_glossary_pane_set_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static GtkWidget *
build_row (const JuxtaTerm *term)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (term->term);
  GtkWidget *definition = gtk_label_new (NULL);
  g_autofree char *both = g_strconcat (term->term, "\n", term->definition, NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (definition), 0);
  juxta_wrap_label (GTK_LABEL (definition), term->definition);
  gtk_label_set_selectable (GTK_LABEL (definition), TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), definition);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "haystack", g_utf8_casefold (both, -1), g_free);
  return row;
}

static void
show_deck (JuxtaGlossaryPane *self,
           JuxtaDeck         *deck)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  for (guint i = 0; i < juxta_deck_get_n_terms (deck); i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list), build_row (juxta_deck_get_term (deck, i)));
  refilter (self);
}

static void
session_changed_cb (JuxtaSession       *session,
                    JuxtaSessionChange  changes,
                    JuxtaGlossaryPane  *self)
{
  if (juxta_session_get_deck (session) != NULL && (changes & JUXTA_SESSION_CHANGE_DECK))
    show_deck (self, juxta_session_get_deck (session));
}

static void
juxta_glossary_pane_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  JuxtaGlossaryPane *self = JUXTA_GLOSSARY_PANE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_glossary_pane_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  JuxtaGlossaryPane *self = JUXTA_GLOSSARY_PANE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_glossary_pane_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_glossary_pane_dispose (GObject *object)
{
  JuxtaGlossaryPane *self = JUXTA_GLOSSARY_PANE (object);

  juxta_session_unfollow (&self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_GLOSSARY_PANE);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (juxta_glossary_pane_parent_class)->dispose (object);
}

static void
juxta_glossary_pane_class_init (JuxtaGlossaryPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_glossary_pane_dispose;
  object_class->get_property = juxta_glossary_pane_get_property;
  object_class->set_property = juxta_glossary_pane_set_property;

  /**
   * JuxtaGlossaryPane:session:
   * The session whose deck's terms the glossary lists.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-glossary-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaGlossaryPane, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaGlossaryPane, search_entry);
  gtk_widget_class_bind_template_child (widget_class, JuxtaGlossaryPane, list);
  gtk_widget_class_bind_template_child (widget_class, JuxtaGlossaryPane, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_set_css_name (widget_class, "glossary");
}

static void
juxta_glossary_pane_init (JuxtaGlossaryPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list), filter_func, self, NULL);
}

GtkWidget *
juxta_glossary_pane_new (void)
{
  return g_object_new (JUXTA_TYPE_GLOSSARY_PANE, NULL);
}

/* Set once, by the window, after its template is built. */
void
juxta_glossary_pane_set_session (JuxtaGlossaryPane *self,
                                 JuxtaSession *session)
{
  g_return_if_fail (JUXTA_IS_GLOSSARY_PANE (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

void
juxta_glossary_pane_set_search (JuxtaGlossaryPane *self,
                                const char        *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_if_fail (JUXTA_IS_GLOSSARY_PANE (self));

  /* Setting the entry's text passes through an empty text, which the
   * entry reports at once: keep that from clearing the search. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text) != 0)
    {
      g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
    }
  g_clear_pointer (&self->needle, g_free);
  if (stripped[0] != '\0')
    self->needle = g_utf8_casefold (stripped, -1);
  refilter (self);
}

void
juxta_glossary_pane_focus_search (JuxtaGlossaryPane *self)
{
  g_return_if_fail (JUXTA_IS_GLOSSARY_PANE (self));
  gtk_widget_grab_focus (self->search_entry);
}

guint
juxta_glossary_pane_get_n_visible (JuxtaGlossaryPane *self)
{
  g_return_val_if_fail (JUXTA_IS_GLOSSARY_PANE (self), 0);
  return self->n_visible;
}
