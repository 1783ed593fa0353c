/* juxta-window-stakeholders.c: the people in the meeting, in the window
 *
 * The stakeholder bar sits at the top of the slider board's pane, above
 * the faders' scrolled window, so that it stays in view while they scroll
 * and comes in with them when F9 slides the board in.  "Who prefers
 * what" is a page of the centre stack, last in the view switcher, made
 * when the first person is added and shown only while there are people:
 * a meeting without stakeholders sees no change.
 *
 * The interview asks one person at a time (the one selected: the answers
 * set their sliders).  With everyone selected, Ask offers the people to
 * choose from.  The chart's caption says whose sliders it follows.
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-window-private.h"

#define PEOPLE_PAGE "stakeholders"

/* "Who prefers what", made with the first person (or by
 * juxta_window_build_pages ()), shown while the meeting has people. */
void
_juxta_window_ensure_people (JuxtaWindow *self)
{
  GtkWidget *scroller;

  if (self->stakeholder_matrix != NULL)
    return;
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  self->stakeholder_matrix = JUXTA_STAKEHOLDER_MATRIX (juxta_stakeholder_matrix_new ());
  juxta_stakeholder_matrix_set_session (self->stakeholder_matrix, self->session);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->stakeholder_matrix));
  /* TRANSLATORS: the view switcher's page with "Who prefers what": short, the header bar is full */
  self->people_page = adw_view_stack_add_titled (self->center_stack, scroller, PEOPLE_PAGE,
                                                 C_("view switcher", "People"));
  adw_view_stack_page_set_icon_name (self->people_page, "system-users-symbolic");
  adw_view_stack_page_set_visible (self->people_page, juxta_session_get_n_stakeholders (self->session) > 0);
}

/* The page is there while the meeting has people. */
static void
update_people_page (JuxtaWindow *self)
{
  gboolean people = juxta_session_get_n_stakeholders (self->session) > 0;

  if (people)
    _juxta_window_ensure_people (self);
  if (self->people_page == NULL)
    return;
  if (!people && g_strcmp0 (adw_view_stack_get_visible_child_name (self->center_stack), PEOPLE_PAGE) == 0)
    adw_view_stack_set_visible_child_name (self->center_stack, "comparison");
  adw_view_stack_page_set_visible (self->people_page, people);
}

/* The chart follows the sliders: say whose (once the chart is built). */
void
_juxta_window_stakeholders_update_chart_hint (JuxtaWindow *self)
{
  int selected = juxta_session_get_selected_stakeholder (self->session);
  g_autofree char *text = NULL;

  if (self->chart_hint == NULL)
    return;
  if (juxta_session_get_n_stakeholders (self->session) == 0)
    text = g_strdup (_("Every other slider stays where it is. Click or drag on the chart to move this one."));
  else if (selected < 0)
    text = g_strdup (_("The chart shows the consensus, which is read-only: select a stakeholder above the sliders "
                       "to follow and move theirs."));
  else
    /* TRANSLATORS: above the sensitivity chart while one stakeholder is selected */
    text = g_strdup_printf (_("The chart follows %s’s sliders: every other one stays where it is. Click or drag "
                              "on the chart to move this one."),
                            juxta_session_get_stakeholder (self->session, (guint) selected)->name);
  gtk_label_set_label (self->chart_hint, text);
}

static void
update_ask_button (JuxtaWindow *self)
{
  int selected = juxta_session_get_selected_stakeholder (self->session);
  g_autofree char *tooltip = NULL;

  if (juxta_session_get_n_stakeholders (self->session) == 0)
    tooltip = g_strdup (self->ask_tooltip);
  else if (selected < 0)
    tooltip = g_strdup (_("Ask one of the stakeholders which priorities matter more to them, and set their "
                          "sliders from the answers (Ctrl+I)"));
  else
    /* TRANSLATORS: the Ask button's tooltip while one stakeholder is selected */
    tooltip = g_strdup_printf (_("Ask %s which priorities matter more, and set their sliders from the answers "
                                 "(Ctrl+I)"),
                               juxta_session_get_stakeholder (self->session, (guint) selected)->name);
  gtk_widget_set_tooltip_text (self->interview_button, tooltip);
}

static void
session_changed_cb (JuxtaSession       *session,
                    JuxtaSessionChange  changes,
                    JuxtaWindow        *self)
{
  if (juxta_session_get_deck (session) == NULL ||
      (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_STAKEHOLDERS)) == 0)
    return;
  update_people_page (self);
  _juxta_window_stakeholders_update_chart_hint (self);
  update_ask_button (self);
  if (self->ask_whom != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->ask_whom));
  /* Presets and Reset move the selected person's sliders: none while
   * everyone is. */
  _juxta_window_update_actions (self);
}

/* Names as menu labels: an underscore is a letter, not a mnemonic. */
static char *
menu_label (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "_", -1);

  return g_strjoinv ("__", parts);
}

/* With everyone selected, Ask offers the people: the interview sets one
 * person's sliders.  Returns whether it did. */
gboolean
_juxta_window_ask_whom (JuxtaWindow *self)
{
  guint n = juxta_session_get_n_stakeholders (self->session);
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) people = NULL;

  if (n == 0 || juxta_session_get_selected_stakeholder (self->session) >= 0)
    return FALSE;
  menu = g_menu_new ();
  people = g_menu_new ();
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *label = menu_label (juxta_session_get_stakeholder (self->session, k)->name);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.interview-for", g_variant_new_int32 ((gint32) k));
      g_menu_append_item (people, item);
    }
  /* TRANSLATORS: the heading of the list of stakeholders that Ask offers while everyone is selected */
  g_menu_append_section (menu, _("Ask Whom?"), G_MENU_MODEL (people));
  if (self->ask_whom == NULL)
    {
      self->ask_whom = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (self->ask_whom, self->interview_button);
    }
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->ask_whom), G_MENU_MODEL (menu));
  gtk_popover_popup (GTK_POPOVER (self->ask_whom));
  return TRUE;
}

/* The interview's title: whom it asks. */
char *
_juxta_window_interview_title (JuxtaWindow *self)
{
  int selected = juxta_session_get_selected_stakeholder (self->session);

  if (selected < 0)
    return g_strdup (_("Ask the Customer"));
  /* TRANSLATORS: the header bar's title while the interview asks one stakeholder: "Ask Dana" */
  return g_strdup_printf (_("Ask %s"), juxta_session_get_stakeholder (self->session, (guint) selected)->name);
}

/* While the interview runs, it asks the person selected: nobody else
 * can be selected, added or removed until it ends. */
void
_juxta_window_stakeholders_lock (JuxtaWindow *self,
                                 gboolean     locked)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->stakeholder_bar), !locked);
}

void
_juxta_window_stakeholders_set_presenting (JuxtaWindow *self,
                                           gboolean     presenting)
{
  juxta_stakeholder_bar_set_editable (self->stakeholder_bar, !presenting);
}

static void
interview_for_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  int index = g_variant_get_int32 (parameter);

  if (self->interviewing || index < 0 || (guint) index >= juxta_session_get_n_stakeholders (self->session))
    return;
  juxta_session_select_stakeholder (self->session, index);
  _juxta_window_open_interview (self);
}

void
_juxta_window_class_stakeholders_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (JUXTA_TYPE_STAKEHOLDER_BAR);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, interview_button);
  gtk_widget_class_install_action (widget_class, "win.interview-for", "i", interview_for_activated);
}

void
_juxta_window_stakeholders_init (JuxtaWindow *self)
{
  self->stakeholder_bar = JUXTA_STAKEHOLDER_BAR (juxta_stakeholder_bar_new ());
  gtk_box_prepend (GTK_BOX (self->board_pane), GTK_WIDGET (self->stakeholder_bar));
  juxta_stakeholder_bar_set_session (self->stakeholder_bar, self->session);
  self->ask_tooltip = g_strdup (gtk_widget_get_tooltip_text (self->interview_button));
  g_signal_connect_object (self->session, "changed", G_CALLBACK (session_changed_cb), self, 0);
}

void
_juxta_window_stakeholders_dispose (JuxtaWindow *self)
{
  /* The page goes with the template. */
  self->stakeholder_matrix = NULL;
  self->people_page = NULL;
  g_clear_pointer (&self->ask_whom, gtk_widget_unparent);
  g_clear_pointer (&self->ask_tooltip, g_free);
}
