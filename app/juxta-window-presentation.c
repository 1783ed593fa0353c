/* juxta-window-presentation.c: presentation mode, zoom and the tools sidebar
 *
 * Zoom is per window.  Each window has a style class of its own, and one
 * style sheet for all of them sets, per window, the resolution its text is
 * drawn at (GTK's -gtk-dpi, which every size in points and every size
 * relative to the font follows: libadwaita's .title-1 in pt as much as our
 * em).  The desktop's own resolution, its text scaling included, is the
 * base; GtkSettings and other windows are left alone.
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"


#include "juxta-window-private.h"

#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0

/* The style sheet and the windows it has a rule for. */
static GtkCssProvider *zoom_provider;
static GList          *zoomed_windows;

static double
base_dpi (GtkSettings *settings)
{
  int dpi = 0;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  return dpi > 0 ? dpi / 1024.0 : 96.0;
}

static double
text_scale (JuxtaWindow *self)
{
  double scale = self->zoom;

  if (self->presenting)
    scale *= g_settings_get_double (self->settings, "presentation-scale");
  return scale;
}

/* One rule per window whose text is not at the desktop's size. */
static void
reload_zoom_css (GtkSettings *settings)
{
  g_autoptr(GString) css = g_string_new (NULL);
  double dpi = base_dpi (settings);

  for (GList *l = zoomed_windows; l != NULL; l = l->next)
    {
      JuxtaWindow *window = l->data;
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      if (text_scale (window) == 1.0)
        continue;
      g_ascii_formatd (value, sizeof value, "%.3f", dpi * text_scale (window));
      g_string_append_printf (css, "window.%s { -gtk-dpi: %s; }\n", window->zoom_class, value);
    }
  if (zoom_provider == NULL && css->len == 0)
    return;
  if (zoom_provider == NULL)
    {
      zoom_provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (zoom_provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
  gtk_css_provider_load_from_data (zoom_provider, css->str, (gssize) css->len);
}

static void
apply_text_scale (JuxtaWindow *self)
{
  if (self->zoom_class != NULL)
    reload_zoom_css (gtk_widget_get_settings (GTK_WIDGET (self)));
}

static void
desktop_dpi_changed_cb (GtkSettings *settings,
                        GParamSpec  *pspec,
                        JuxtaWindow *self)
{
  apply_text_scale (self);
}

static void
presentation_scale_changed_cb (GSettings   *settings,
                               const char  *key,
                               JuxtaWindow *self)
{
  if (self->presenting)
    apply_text_scale (self);
}

void
_juxta_window_set_zoom (JuxtaWindow *self,
                        double       zoom)
{
  zoom = CLAMP (zoom, ZOOM_MIN, ZOOM_MAX);
  /* Steps of 1.1 come back to 1 only roughly. */
  if (G_APPROX_VALUE (zoom, 1.0, 1e-9))
    zoom = 1.0;
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  apply_text_scale (self);
  g_object_notify (G_OBJECT (self), "zoom");
}

/* Presentation mode: fullscreen, larger text, the comparison across the
 * whole width with the recommendation above it, and nothing of the
 * presenter's own: no editing controls (deck picker, presets, must-haves,
 * hiding options, tools) and no meeting cards (what not to say is not for
 * the audience).  The board is tucked away; F9 slides it in with the
 * faders alone, which stay live, and so does the audience switch. */
void
_juxta_window_set_presenting (JuxtaWindow *self,
                              gboolean     presenting)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);

  if (self->presenting == presenting)
    return;
  self->presenting = presenting;

  if (presenting)
    {
      adw_flap_set_reveal_flap (self->flap, FALSE);
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
    }
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
    }
  /* Esc or the presentation button leave fullscreen, not the window's buttons. */
  adw_header_bar_set_show_end_title_buttons (self->header_bar, !presenting);
  adw_header_bar_set_show_start_title_buttons (self->header_bar, !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->deck_picker), !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->sources_button), !presenting);
  gtk_widget_set_visible (self->presets_button, !presenting && deck != NULL && juxta_deck_get_n_presets (deck) > 0);
  if (self->meeting_slot != NULL)
    gtk_widget_set_visible (self->meeting_slot, !presenting);
  juxta_comparison_panels_set_editable (self->comparison_panels, !presenting);
  juxta_slider_board_set_editable (self->slider_board, !presenting);
  _juxta_window_stakeholders_set_presenting (self, presenting);
  juxta_recommendation_card_set_show_tipping_points (self->recommendation_card, !presenting);
  _juxta_window_apply_layout (self);
  apply_text_scale (self);
  _juxta_window_update_actions (self);

  g_object_notify (G_OBJECT (self), "presenting");
}

void
_juxta_window_show_tool (JuxtaWindow *self,
                         const char  *page)
{
  /* The tools are built even when they are not shown: the actions that
   * show them then reach into them. */
  _juxta_window_ensure_tools (self);
  if (self->presenting)
    return;
  gtk_stack_set_visible_child_name (self->tools_stack, page);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

void
_juxta_window_presentation_init (JuxtaWindow *self)
{
  static guint serial;

  self->zoom_class = g_strdup_printf ("juxta-window-%u", ++serial);
  gtk_widget_add_css_class (GTK_WIDGET (self), self->zoom_class);
  zoomed_windows = g_list_prepend (zoomed_windows, self);
  g_signal_connect_object (self->settings, "changed::presentation-scale",
                           G_CALLBACK (presentation_scale_changed_cb), self, 0);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-xft-dpi",
                           G_CALLBACK (desktop_dpi_changed_cb), self, 0);
  apply_text_scale (self);
}

void
_juxta_window_presentation_dispose (JuxtaWindow *self)
{
  if (self->zoom_class == NULL)
    return;
  zoomed_windows = g_list_remove (zoomed_windows, self);
  if (text_scale (self) != 1.0)
    reload_zoom_css (gtk_widget_get_settings (GTK_WIDGET (self)));
  g_clear_pointer (&self->zoom_class, g_free);
}
