/* juxta-window-pages.c: the window's pages that are not on show, built on first use
 *
 * The Sensitivity page, the talking points with the meeting cards and the
 * audience switch, and the tools sidebar (phrase guard and glossary) are
 * not built with the window.  Each comes from a GtkBuilder file of its
 * own the first time it is on show (its page chosen in the view switcher,
 * the notes pane of a wide window, the sidebar opened) or asked for (an
 * action; juxta_window_build_pages () for the tests).  So do the
 * interview's page (juxta-window-interview.c) and "Who prefers what"
 * (juxta-window-stakeholders.c), made in code by their own files.  So a window that
 * starts builds, styles and lays out the header bar, the board and the
 * comparison, and nothing else, for its first frame and for its first
 * deck.  Once built, a page follows the session like the other views.
 * The menus of the header bar's buttons are built when first opened.
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-window-private.h"

#define UI_PATH "/io/github/juxta/Juxta/ui/"

static void
copied_cb (GtkWidget   *source,
           const char  *message,
           JuxtaWindow *self)
{
  _juxta_window_toast (self, message);
}

/* A builder for one of the pages, whose signals reach the window. */
static GtkBuilder *
new_builder (JuxtaWindow *self,
             const char  *resource)
{
  GtkBuilder *builder = gtk_builder_new ();
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GError) error = NULL;

  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "copied_cb", G_CALLBACK (copied_cb));
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  /* The files are compiled into the program: one that does not load is
   * a broken build, as a template would be. */
  if (!gtk_builder_add_from_resource (builder, resource, &error))
    g_error ("%s: %s", resource, error->message);
  return builder;
}

#define OBJECT(builder, type, name) (type (gtk_builder_get_object ((builder), (name))))

/* ---------------------------------------------------------- the deck */

static void
rebuild_audience_switch (JuxtaWindow *self,
                         JuxtaDeck   *deck)
{
  GtkWidget *child;
  guint n = juxta_deck_get_n_audiences (deck);

  while ((child = gtk_widget_get_first_child (self->audience_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->audience_box), child);

  for (guint a = 0; a < n; a++)
    {
      const JuxtaAudience *audience = juxta_deck_get_audience (deck, a);
      GtkWidget *button = gtk_toggle_button_new_with_label (audience->label);
      g_autofree char *tooltip = g_strdup_printf (_("Talking points for a %s audience"), audience->label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.audience");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (audience->id));
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_box_append (GTK_BOX (self->audience_box), button);
    }
  /* A single audience is no choice: show nothing there. */
  gtk_widget_set_visible (self->audience_row, n > 1);
}

static void
rebuild_chart_priorities (JuxtaWindow *self,
                          JuxtaDeck   *deck)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    gtk_string_list_append (labels, juxta_deck_get_priority (deck, p)->label);
  gtk_drop_down_set_model (self->chart_priority_dropdown, G_LIST_MODEL (labels));
}

/* The glossary is a tool only for a deck that has terms; with the phrase
 * guard alone, a switcher of one page would look like a pressed button. */
static void
show_glossary (JuxtaWindow *self,
               JuxtaDeck   *deck)
{
  gboolean has_terms = juxta_deck_get_n_terms (deck) > 0;

  gtk_stack_page_set_visible (self->glossary_page, has_terms);
  gtk_widget_set_visible (self->tools_switcher, has_terms);
}

/* What the built pages show of a new deck (the views follow the session
 * themselves). */
void
_juxta_window_pages_show_deck (JuxtaWindow *self,
                               JuxtaDeck   *deck)
{
  if (self->glossary_page != NULL)
    show_glossary (self, deck);
  if (self->audience_box != NULL)
    rebuild_audience_switch (self, deck);
  if (self->chart_priority_dropdown != NULL)
    rebuild_chart_priorities (self, deck);
}

/* The chart's priority, as the session has it. */
void
_juxta_window_pages_show_chart_priority (JuxtaWindow *self)
{
  if (self->chart_priority_dropdown != NULL)
    gtk_drop_down_set_selected (self->chart_priority_dropdown, juxta_session_get_chart_priority (self->session));
}

/* ------------------------------------------------------------- pages */

static void
chart_priority_selected_cb (GtkDropDown *dropdown,
                            GParamSpec  *pspec,
                            JuxtaWindow *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected != GTK_INVALID_LIST_POSITION)
    juxta_session_set_chart_priority (self->session, selected);
}

/* The Sensitivity page. */
void
_juxta_window_ensure_chart (JuxtaWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  JuxtaDeck *deck = juxta_session_get_deck (self->session);

  if (self->chart != NULL)
    return;
  builder = new_builder (self, UI_PATH "juxta-window-chart.ui");
  self->chart_priority_dropdown = OBJECT (builder, GTK_DROP_DOWN, "chart_priority_dropdown");
  self->chart = OBJECT (builder, JUXTA_SENSITIVITY_CHART, "chart");
  self->chart_description = OBJECT (builder, GTK_LABEL, "chart_description");
  self->chart_hint = OBJECT (builder, GTK_LABEL, "chart_hint");
  gtk_scrolled_window_set_child (self->chart_scroller, OBJECT (builder, GTK_WIDGET, "chart_page"));

  juxta_sensitivity_chart_set_session (self->chart, self->session);
  /* The chart describes itself once; the caption shows those words. */
  g_object_bind_property (self->chart, "description", self->chart_description, "label", G_BINDING_SYNC_CREATE);
  if (deck != NULL)
    {
      rebuild_chart_priorities (self, deck);
      _juxta_window_pages_show_chart_priority (self);
    }
  g_signal_connect (self->chart_priority_dropdown, "notify::selected", G_CALLBACK (chart_priority_selected_cb), self);
  _juxta_window_stakeholders_update_chart_hint (self);
}

/* The talking points, the meeting cards and the audience switch: in their
 * page, or in the pane beside the comparison when that is on show. */
void
_juxta_window_ensure_notes (JuxtaWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  gboolean aside = gtk_widget_get_visible (GTK_WIDGET (self->notes_scroller));

  if (self->notes_clamp != NULL)
    return;
  builder = new_builder (self, UI_PATH "juxta-window-notes.ui");
  self->notes_clamp = OBJECT (builder, GTK_WIDGET, "notes_clamp");
  self->audience_row = OBJECT (builder, GTK_WIDGET, "audience_row");
  self->audience_box = OBJECT (builder, GTK_WIDGET, "audience_box");
  self->meeting_slot = OBJECT (builder, GTK_WIDGET, "meeting_slot");
  self->meeting_cards = OBJECT (builder, JUXTA_MEETING_CARDS, "meeting_cards");
  self->talking_points_pane = OBJECT (builder, JUXTA_TALKING_POINTS_PANE, "talking_points_pane");
  gtk_scrolled_window_set_child (aside ? self->notes_scroller : self->notes_page_scroller, self->notes_clamp);

  juxta_meeting_cards_set_session (self->meeting_cards, self->session);
  juxta_talking_points_pane_set_session (self->talking_points_pane, self->session);
  /* What not to say is not for the audience. */
  gtk_widget_set_visible (self->meeting_slot, !self->presenting);
  if (deck != NULL)
    rebuild_audience_switch (self, deck);
}

/* The tools sidebar: the phrase guard and the glossary. */
void
_juxta_window_ensure_tools (JuxtaWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  JuxtaDeck *deck = juxta_session_get_deck (self->session);

  if (self->tools_stack != NULL)
    return;
  builder = new_builder (self, UI_PATH "juxta-window-tools.ui");
  self->tools_stack = OBJECT (builder, GTK_STACK, "tools_stack");
  self->glossary_page = OBJECT (builder, GTK_STACK_PAGE, "glossary_page");
  self->phrase_guard_pane = OBJECT (builder, JUXTA_PHRASE_GUARD_PANE, "phrase_guard_pane");
  self->glossary_pane = OBJECT (builder, JUXTA_GLOSSARY_PANE, "glossary_pane");
  self->tools_switcher = OBJECT (builder, GTK_WIDGET, "tools_switcher");
  gtk_box_append (GTK_BOX (self->tools_sidebar), self->tools_switcher);
  gtk_box_append (GTK_BOX (self->tools_sidebar), GTK_WIDGET (self->tools_stack));

  juxta_phrase_guard_pane_set_session (self->phrase_guard_pane, self->session);
  juxta_glossary_pane_set_session (self->glossary_pane, self->session);
  if (deck != NULL)
    show_glossary (self, deck);
}

/* A page comes on show: it is built then, before the frame that shows it. */
static void
center_page_shown_cb (AdwViewStack *stack,
                      GParamSpec   *pspec,
                      JuxtaWindow  *self)
{
  const char *name = adw_view_stack_get_visible_child_name (stack);

  if (g_strcmp0 (name, "sensitivity") == 0)
    _juxta_window_ensure_chart (self);
  else if (g_strcmp0 (name, "notes") == 0)
    _juxta_window_ensure_notes (self);
}

static void
tools_revealed_cb (AdwFlap     *flap,
                   GParamSpec  *pspec,
                   JuxtaWindow *self)
{
  if (adw_flap_get_reveal_flap (flap))
    _juxta_window_ensure_tools (self);
}

void
_juxta_window_pages_init (JuxtaWindow *self)
{
  g_signal_connect (self->center_stack, "notify::visible-child-name", G_CALLBACK (center_page_shown_cb), self);
  g_signal_connect (self->flap, "notify::reveal-flap", G_CALLBACK (tools_revealed_cb), self);
}

/* After the template is gone: the pages went with it. */
void
_juxta_window_pages_dispose (JuxtaWindow *self)
{
  self->chart_priority_dropdown = NULL;
  self->chart = NULL;
  self->chart_description = NULL;
  self->chart_hint = NULL;
  self->notes_clamp = NULL;
  self->audience_row = NULL;
  self->audience_box = NULL;
  self->meeting_slot = NULL;
  self->meeting_cards = NULL;
  self->talking_points_pane = NULL;
  self->tools_stack = NULL;
  self->glossary_page = NULL;
  self->tools_switcher = NULL;
  self->phrase_guard_pane = NULL;
  self->glossary_pane = NULL;
}

/* ------------------------------------------------------------- menus */

static void
popup_lazy_menu (GtkMenuButton *button,
                 gpointer       user_data)
{
  GMenuModel *model = g_object_get_data (G_OBJECT (button), "juxta-lazy-menu");

  if (gtk_menu_button_get_menu_model (button) != model)
    gtk_menu_button_set_menu_model (button, model);
}

/* @button's menu is @model, and its popover is built when it is first
 * opened rather than now (a popover menu builds a widget per item). */
void
_juxta_window_set_lazy_menu (GtkMenuButton *button,
                             GMenuModel    *model)
{
  g_object_set_data_full (G_OBJECT (button), "juxta-lazy-menu", g_object_ref (model), g_object_unref);
  gtk_menu_button_set_menu_model (button, NULL);
  gtk_menu_button_set_create_popup_func (button, popup_lazy_menu, NULL, NULL);
}
