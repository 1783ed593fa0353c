/* juxta-window-interview.c: "Ask the customer" in the window
 *
 * The interview (JuxtaInterviewView) is a page of the centre view stack,
 * made the first time it is asked for and left out of the view switcher:
 * while it runs, the header bar shows its title instead of the switcher,
 * and the slider board stands beside it, in presentation mode too, so
 * that the sliders visibly move as the answers come in.  Finish and
 * Cancel bring back the page and the board as they were.  With
 * stakeholders it asks the one selected, whose sliders the answers set
 * (juxta-window-stakeholders.c).
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-window-private.h"

#define INTERVIEW_PAGE "interview"

/* What Finish leaves behind, in a word. */
static void
toast_finished (JuxtaWindow *self)
{
  guint n_answers = 0;
  g_autofree char *message = NULL;

  juxta_session_get_answers (self->session, &n_answers);
  switch (juxta_session_get_interview_status (self->session))
    {
    case JUXTA_INTERVIEW_STATUS_APPLIED:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Sliders set from %u answer",
                                              "Sliders set from %u answers", n_answers),
                                 n_answers);
      break;
    case JUXTA_INTERVIEW_STATUS_INCOMPLETE:
      message = g_strdup (_("Answers kept: too few yet to set the sliders"));
      break;
    case JUXTA_INTERVIEW_STATUS_OVERRIDDEN:
      message = g_strdup (_("Answers kept: the sliders stay where they were moved"));
      break;
    case JUXTA_INTERVIEW_STATUS_NONE:
    default:
      return;
    }
  _juxta_window_toast (self, message);
}

static void
interview_closed_cb (JuxtaInterviewView *view,
                     gboolean            finished,
                     JuxtaWindow        *self)
{
  AdwViewStackPage *page = adw_view_stack_get_page (self->center_stack, GTK_WIDGET (view));
  gboolean same_mode = self->presenting == self->interview_presenting;
  GtkWidget *back = self->interview_return_page != NULL
                      ? adw_view_stack_get_child_by_name (self->center_stack, self->interview_return_page) : NULL;

  self->interviewing = FALSE;
  _juxta_window_stakeholders_lock (self, FALSE);
  /* Back to the page it was started from, unless that page went (the
   * talking points move beside the comparison in a wider window). */
  if (back == NULL || back == GTK_WIDGET (view) ||
      !adw_view_stack_page_get_visible (adw_view_stack_get_page (self->center_stack, back)))
    back = adw_view_stack_get_child_by_name (self->center_stack, "comparison");
  adw_view_stack_set_visible_child (self->center_stack, back);
  adw_view_stack_page_set_visible (page, FALSE);
  g_clear_pointer (&self->interview_return_page, g_free);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  adw_view_switcher_title_set_title (self->switcher_title,
                                     self->interview_title != NULL ? self->interview_title : "");
  g_clear_pointer (&self->interview_title, g_free);
  _juxta_window_update_switcher_bar (self);

  /* The board as it was; after a switch into or out of presentation
   * mode, as that mode has it. */
  if (same_mode && !self->narrow)
    adw_flap_set_reveal_flap (self->board_flap, self->interview_board_shown);
  else
    _juxta_window_apply_layout (self);

  if (finished)
    toast_finished (self);
  _juxta_window_update_actions (self);
}

/* The interview's page, made the first time it is asked for (or by
 * juxta_window_build_pages ()), hidden until the interview runs. */
JuxtaInterviewView *
_juxta_window_ensure_interview (JuxtaWindow *self)
{
  if (self->interview_view == NULL)
    {
      AdwViewStackPage *page;

      self->interview_view = JUXTA_INTERVIEW_VIEW (juxta_interview_view_new (self->session));
      page = adw_view_stack_add_titled (self->center_stack, GTK_WIDGET (self->interview_view), INTERVIEW_PAGE,
                                        _("Ask the Customer"));
      adw_view_stack_page_set_visible (page, FALSE);
      g_signal_connect_object (self->interview_view, "closed", G_CALLBACK (interview_closed_cb), self, 0);
    }
  return self->interview_view;
}

/* Opens the interview, or brings the keyboard back to it. */
void
_juxta_window_open_interview (JuxtaWindow *self)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  JuxtaInterviewView *view;

  if (deck == NULL || juxta_deck_get_n_priorities (deck) < 2)
    return;
  /* With stakeholders, the interview asks one of them. */
  if (!self->interviewing && _juxta_window_ask_whom (self))
    return;
  view = _juxta_window_ensure_interview (self);
  if (!self->interviewing)
    {
      g_autofree char *title = _juxta_window_interview_title (self);

      self->interviewing = TRUE;
      self->interview_presenting = self->presenting;
      self->interview_board_shown = adw_flap_get_reveal_flap (self->board_flap);
      g_free (self->interview_return_page);
      self->interview_return_page = g_strdup (adw_view_stack_get_visible_child_name (self->center_stack));

      /* The switcher first: the page must never show up in it. */
      g_free (self->interview_title);
      self->interview_title = g_strdup (adw_view_switcher_title_get_title (self->switcher_title));
      adw_view_switcher_title_set_title (self->switcher_title, title);
      adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
      _juxta_window_update_switcher_bar (self);
      _juxta_window_stakeholders_lock (self, TRUE);
      juxta_interview_view_start (view);
      adw_view_stack_page_set_visible (adw_view_stack_get_page (self->center_stack, GTK_WIDGET (view)), TRUE);
      adw_view_stack_set_visible_child_name (self->center_stack, INTERVIEW_PAGE);
      /* Beside the questions, the sliders they move (a narrow window has
       * no room: the board would cover them). */
      if (!self->narrow)
        adw_flap_set_reveal_flap (self->board_flap, TRUE);
      _juxta_window_update_actions (self);
    }
  juxta_interview_view_focus_choice (view);
}

/* Esc from anywhere in the window while the interview runs. */
void
_juxta_window_cancel_interview (JuxtaWindow *self)
{
  if (self->interviewing)
    juxta_interview_view_cancel (self->interview_view);
}

/* The switcher at the bottom of a narrow window follows the one in the
 * header, except during the interview, which has neither. */
void
_juxta_window_update_switcher_bar (JuxtaWindow *self)
{
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    adw_view_switcher_title_get_title_visible (self->switcher_title) &&
                                    !self->interviewing);
}

void
_juxta_window_interview_dispose (JuxtaWindow *self)
{
  /* The page goes with the template. */
  self->interview_view = NULL;
  g_clear_pointer (&self->interview_return_page, g_free);
  g_clear_pointer (&self->interview_title, g_free);
}
