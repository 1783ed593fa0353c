/* juxta-window.c: the workbench window: template, properties, header bar, layout
 *
 * The window shows a JuxtaSession: it builds its template, hands the
 * session to every view once, and keeps the header bar (deck, presets,
 * title), the audience switch and the bars above the panes in step with
 * it.  Its layout makes the comparison the hero: the slider board is a
 * sidebar at its left (an AdwFlap, over it only in a narrow window), the
 * recommendation a band above it, and the talking points with the meeting
 * cards a page of their own, or a pane at its right on a wide screen (see
 * the README).  Actions are in juxta-window-actions.c, decks and scenario
 * files in juxta-window-deck.c, presentation and zoom in
 * juxta-window-presentation.c.
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-deck-check.h"
#include "juxta-problems-dialog.h"
#include "juxta-window-private.h"

G_DEFINE_FINAL_TYPE (JuxtaWindow, juxta_window, ADW_TYPE_APPLICATION_WINDOW)

/* Below this width the board slides over the comparison instead of
 * standing beside it. */
#define NARROW_WIDTH 900
/* From this width the talking points get a pane beside the comparison. */
#define WIDE_WIDTH 1600

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_SESSION,
  PROP_AUDIENCE,
  PROP_PRESENTING,
  PROP_TOOLS_VISIBLE,
  PROP_BOARD_VISIBLE,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* -------------------------------------------------------- header bar */

static void
rebuild_presets_menu (JuxtaWindow *self,
                      JuxtaDeck   *deck)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) presets = g_menu_new ();
  g_autoptr(GMenu) reset = g_menu_new ();

  for (guint i = 0; i < juxta_deck_get_n_presets (deck); i++)
    {
      const JuxtaPreset *preset = juxta_deck_get_preset (deck, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (preset->label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.preset", g_variant_new_string (preset->id));
      g_menu_append_item (presets, item);
    }
  g_menu_append (reset, _("_Reset to Defaults"), "win.reset");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (presets));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (reset));
  _juxta_window_set_lazy_menu (GTK_MENU_BUTTON (self->presets_button), G_MENU_MODEL (menu));
  gtk_widget_set_visible (self->presets_button, juxta_deck_get_n_presets (deck) > 0 && !self->presenting);
}

static void
show_freshness (JuxtaWindow *self,
                JuxtaDeck   *deck)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int age = juxta_deck_get_verified_age (deck, now);

  juxta_sources_button_set_deck (self->sources_button, deck, age);
  if (age > JUXTA_STALE_AFTER_DAYS)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The facts in this deck were last verified on %s, %d day ago: "
                                      "they may be stale. Check the sources before you rely on them.",
                                      "The facts in this deck were last verified on %s, %d days ago: "
                                      "they may be stale. Check the sources before you rely on them.",
                                      age),
                         juxta_deck_get_verified (deck), age);
      gtk_label_set_label (self->stale_label, text);
    }
  gtk_revealer_set_reveal_child (self->stale_revealer, age > JUXTA_STALE_AFTER_DAYS);
}

/* The loader's warnings about the deck that is about to be shown (a
 * misspelt key, …), which checking it adds to its own findings. */
void
_juxta_window_take_load_warnings (JuxtaWindow *self,
                                  GPtrArray   *diagnostics)
{
  g_clear_pointer (&self->load_warnings, g_ptr_array_unref);
  self->load_warnings = juxta_diagnostics_copy (diagnostics);
}

/* What `juxta --check` says about the deck on screen, besides "ok": the
 * loader's warnings, failed expectations, talking points that trip the
 * deck's own avoid rules and the lint, in file order.  They are the
 * deck's details, behind the sources button: never a bar or a toast, and
 * nothing while presenting (the button is not there). */
static void
check_deck (JuxtaWindow *self,
            JuxtaDeck   *deck)
{
  const char *path = juxta_deck_get_path (deck);

  g_clear_pointer (&self->deck_warnings, g_ptr_array_unref);
  self->deck_warnings = g_steal_pointer (&self->load_warnings);
  if (self->deck_warnings == NULL)
    self->deck_warnings = juxta_diagnostics_copy (NULL);
  juxta_deck_check (deck, path != NULL ? path : juxta_deck_get_id (deck), NULL, self->deck_warnings);
  juxta_sources_button_set_warnings (self->sources_button, self->deck_warnings->len);
}

/* The deck's warnings, each at its line and column. */
void
_juxta_window_show_deck_warnings (JuxtaWindow *self)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);

  if (deck == NULL || self->deck_warnings->len == 0)
    return;
  gtk_window_present (GTK_WINDOW (juxta_problems_dialog_new_for_open_deck (
    GTK_WINDOW (self), juxta_deck_get_path (deck) != NULL ? juxta_deck_get_path (deck) : "", self->deck_warnings)));
}

GPtrArray *
juxta_window_get_deck_warnings (JuxtaWindow *self)
{
  g_return_val_if_fail (JUXTA_IS_WINDOW (self), NULL);
  return self->deck_warnings;
}

/* Test hook: every page made on first use made now, as if each had been
 * shown once (the interview's and "Who prefers what" stay hidden). */
void
juxta_window_build_pages (JuxtaWindow *self)
{
  g_return_if_fail (JUXTA_IS_WINDOW (self));

  _juxta_window_ensure_chart (self);
  _juxta_window_ensure_notes (self);
  _juxta_window_ensure_tools (self);
  _juxta_window_ensure_interview (self);
  _juxta_window_ensure_people (self);
}

/* The title names the scenario when one is open, else the deck. */
static void
update_title (JuxtaWindow *self)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  g_autofree char *name = juxta_session_dup_name (self->session);
  g_autofree char *title = NULL;

  /* TRANSLATORS: the window title: "<scenario name or deck title> — Juxta" */
  title = g_strdup_printf (_("%s — Juxta"), name != NULL ? name : juxta_deck_get_title (deck));
  gtk_window_set_title (GTK_WINDOW (self), title);
  juxta_deck_picker_set_current (self->deck_picker, juxta_deck_get_title (deck), juxta_deck_get_path (deck));
  juxta_deck_picker_set_scenario (self->deck_picker, name, juxta_session_get_file (self->session));
}

/* Everything outside the views that depends on the deck itself. */
static void
show_deck (JuxtaWindow *self,
           JuxtaDeck   *deck)
{
  rebuild_presets_menu (self, deck);
  _juxta_window_pages_show_deck (self, deck);
  show_freshness (self, deck);
  check_deck (self, deck);
  _juxta_window_deck_shown (self);
}

static void
session_changed_cb (JuxtaSession       *session,
                    JuxtaSessionChange  changes,
                    JuxtaWindow        *self)
{
  JuxtaDeck *deck = juxta_session_get_deck (session);

  if (deck == NULL)
    return;
  if (changes & JUXTA_SESSION_CHANGE_DECK)
    show_deck (self, deck);
  if (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_FILE))
    update_title (self);
  if (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_CHART))
    _juxta_window_pages_show_chart_priority (self);
  if (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_AUDIENCE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIENCE]);
  if (changes & JUXTA_SESSION_CHANGE_DECK)
    _juxta_window_update_actions (self);
  if (changes & (JUXTA_SESSION_CHANGE_WEIGHTS | JUXTA_SESSION_CHANGE_REQUIREMENTS |
                 JUXTA_SESSION_CHANGE_AUDIENCE | JUXTA_SESSION_CHANGE_HIDDEN |
                 JUXTA_SESSION_CHANGE_ANSWERS | JUXTA_SESSION_CHANGE_STAKEHOLDERS))
    _juxta_window_scenario_changed (self);
}

/* ------------------------------------------------- errors and toasts */

void
_juxta_window_hide_errors (JuxtaWindow *self)
{
  g_ptr_array_set_size (self->problems, 0);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  _juxta_window_update_actions (self);
}

/* Shows a problem in the bar without touching what is on screen; the
 * diagnostics are the details.  @path is the file they are about, for
 * opening it in an editor, or NULL. */
void
_juxta_window_show_errors (JuxtaWindow *self,
                           const char  *summary,
                           const char  *path,
                           GPtrArray   *diagnostics)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = juxta_diagnostics_copy (diagnostics);
  g_free (self->problems_path);
  self->problems_path = g_strdup (path);

  gtk_label_set_label (self->error_label, summary);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  _juxta_window_update_actions (self);
}

/* The details of the problems in the bar: each at its line and column. */
void
_juxta_window_show_error_details (JuxtaWindow *self)
{
  gtk_window_present (GTK_WINDOW (juxta_problems_dialog_new (GTK_WINDOW (self), self->problems_path,
                                                             self->problems)));
}

void
_juxta_window_toast (JuxtaWindow *self,
                     const char  *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ------------------------------------------------------------ layout */

/* The talking points and meeting cards: a pane beside the comparison in a
 * wide workbench, else a page of their own, next to the comparison. */
static void
place_notes (JuxtaWindow *self,
             gboolean     aside)
{
  GtkScrolledWindow *from = aside ? self->notes_page_scroller : self->notes_scroller;
  GtkScrolledWindow *to = aside ? self->notes_scroller : self->notes_page_scroller;

  if (self->notes_clamp != NULL && gtk_widget_is_ancestor (self->notes_clamp, GTK_WIDGET (from)))
    {
      g_autoptr(GtkWidget) notes = g_object_ref (self->notes_clamp);

      gtk_scrolled_window_set_child (from, NULL);
      gtk_scrolled_window_set_child (to, notes);
    }
  if (aside && g_strcmp0 (adw_view_stack_get_visible_child_name (self->center_stack), "notes") == 0)
    adw_view_stack_set_visible_child_name (self->center_stack, "comparison");
  adw_view_stack_page_set_visible (self->notes_page, !aside);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_scroller), aside);
  gtk_widget_set_visible (self->notes_separator, aside);
  /* The pane beside the comparison is on show. */
  if (aside)
    _juxta_window_ensure_notes (self);
}

/* The board's place: beside the comparison, or sliding over it in a narrow
 * window; shown in the workbench (unless the user put it away), tucked
 * away in presentation mode and in a narrow window until asked for. */
static void
reset_board (JuxtaWindow *self)
{
  adw_flap_set_fold_policy (self->board_flap, self->narrow ? ADW_FLAP_FOLD_POLICY_ALWAYS
                                                           : ADW_FLAP_FOLD_POLICY_NEVER);
  /* The interview keeps the board beside it, so that the sliders are seen to move. */
  adw_flap_set_reveal_flap (self->board_flap, !self->narrow && ((self->board_pinned && !self->presenting) ||
                                                                self->interviewing));
}

void
_juxta_window_apply_layout (JuxtaWindow *self)
{
  gboolean narrow = self->narrow;

  reset_board (self);
  place_notes (self, self->wide && !narrow && !self->presenting);
  juxta_recommendation_card_set_stacked (self->recommendation_card, narrow);

  /* A narrow header bar keeps the board and the deck; presentation mode
   * and the tools stay in the main menu. */
  if (narrow)
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->presets_button), "view-list-bullet-symbolic");
  else
    gtk_menu_button_set_label (GTK_MENU_BUTTON (self->presets_button), _("Presets"));
  gtk_widget_set_visible (self->presentation_button, !narrow);
  gtk_widget_set_visible (self->tools_button, !narrow && !self->presenting);
  juxta_deck_picker_set_compact (self->deck_picker, narrow);

  if (narrow)
    gtk_widget_add_css_class (GTK_WIDGET (self), "narrow");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "narrow");
}

static gboolean
apply_layout_idle (gpointer user_data)
{
  JuxtaWindow *self = user_data;

  self->layout_idle_id = 0;
  _juxta_window_apply_layout (self);
  return G_SOURCE_REMOVE;
}

/* Changing the layout while being allocated is not allowed: it is done
 * right after, from an idle.  The widths are in pixels of unzoomed text,
 * so a zoomed window takes the wide layout later. */
static void
juxta_window_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  gboolean narrow = width < NARROW_WIDTH;
  gboolean wide = width >= WIDE_WIDTH * self->zoom;

  GTK_WIDGET_CLASS (juxta_window_parent_class)->size_allocate (widget, width, height, baseline);

  if (narrow != self->narrow || wide != self->wide)
    {
      self->narrow = narrow;
      self->wide = wide;
      if (self->layout_idle_id == 0)
        self->layout_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_layout_idle, self, NULL);
    }
}

/* ------------------------------------------------- the center pages */

/* Clicking a fader's label (which makes it the chart's priority) shows
 * the chart. */
static void
priority_activated_cb (JuxtaSliderBoard *board,
                       guint             priority,
                       JuxtaWindow      *self)
{
  if (!self->interviewing)
    adw_view_stack_set_visible_child_name (self->center_stack, "sensitivity");
}

static void
file_chosen_cb (JuxtaDeckPicker *picker,
                const char      *path,
                JuxtaWindow     *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  juxta_window_open_file (self, file);
}

static void
flap_revealed_cb (AdwFlap     *flap,
                  GParamSpec  *pspec,
                  JuxtaWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOLS_VISIBLE]);
}

/* In presentation mode the board comes in for a slider to be moved: the
 * keyboard lands on the first fader. */
static void
board_revealed_cb (AdwFlap     *flap,
                   GParamSpec  *pspec,
                   JuxtaWindow *self)
{
  if (adw_flap_get_reveal_flap (flap) && self->presenting)
    juxta_slider_board_focus_first_fader (self->slider_board);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD_VISIBLE]);
}

static void
set_board_visible (JuxtaWindow *self,
                   gboolean     visible)
{
  /* In the workbench, hiding or showing the board is a choice that lasts. */
  if (!self->narrow && !self->presenting)
    self->board_pinned = visible;
  adw_flap_set_reveal_flap (self->board_flap, visible);
}

/* --------------------------------------------------------- overrides */

void
_juxta_window_set_audience (JuxtaWindow *self,
                            const char  *id)
{
  JuxtaDeck *deck = juxta_session_get_deck (self->session);
  int audience;

  if (deck == NULL || id == NULL || (audience = juxta_deck_find_audience (deck, id)) < 0)
    return;
  /* The audience is remembered across decks, by id. */
  g_settings_set_string (self->settings, "audience", id);
  juxta_session_set_audience (self->session, (guint) audience);
}

static void
juxta_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JuxtaWindow *self = JUXTA_WINDOW (object);
  JuxtaDeck *deck = self->session != NULL ? juxta_session_get_deck (self->session) : NULL;

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_AUDIENCE:
      g_value_set_string (value, deck != NULL
                                   ? juxta_deck_get_audience (deck, juxta_session_get_scenario (self->session)->audience)->id
                                   : "");
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_TOOLS_VISIBLE:
      g_value_set_boolean (value, self->flap != NULL && adw_flap_get_reveal_flap (self->flap));
      break;
    case PROP_BOARD_VISIBLE:
      g_value_set_boolean (value, self->board_flap != NULL && adw_flap_get_reveal_flap (self->board_flap));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  JuxtaWindow *self = JUXTA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_AUDIENCE:
      _juxta_window_set_audience (self, g_value_get_string (value));
      break;
    case PROP_PRESENTING:
      _juxta_window_set_presenting (self, g_value_get_boolean (value));
      break;
    case PROP_TOOLS_VISIBLE:
      if (self->flap != NULL && !self->presenting)
        adw_flap_set_reveal_flap (self->flap, g_value_get_boolean (value));
      break;
    case PROP_BOARD_VISIBLE:
      if (self->board_flap != NULL)
        set_board_visible (self, g_value_get_boolean (value));
      break;
    case PROP_ZOOM:
      _juxta_window_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Settings that map to a property are bound.  Each window reads them
 * when it opens and writes them as they change, but does not follow
 * another window's changes: two windows can have two sizes and zooms. */
static void
juxta_window_constructed (GObject *object)
{
  JuxtaWindow *self = JUXTA_WINDOW (object);
  GSettingsBindFlags flags = G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES;

  G_OBJECT_CLASS (juxta_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", flags);
  g_settings_bind (self->settings, "window-height", self, "default-height", flags);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", flags);
  g_settings_bind (self->settings, "zoom", self, "zoom", flags);
  _juxta_window_actions_init (self);
  _juxta_window_presentation_init (self);
  _juxta_window_deck_init (self);
}

static void
juxta_window_dispose (GObject *object)
{
  JuxtaWindow *self = JUXTA_WINDOW (object);

  g_clear_handle_id (&self->layout_idle_id, g_source_remove);
  _juxta_window_interview_dispose (self);
  _juxta_window_stakeholders_dispose (self);
  _juxta_window_deck_dispose (self);
  _juxta_window_presentation_dispose (self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_WINDOW);
  _juxta_window_pages_dispose (self);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->problems_path, g_free);
  g_clear_pointer (&self->deck_warnings, g_ptr_array_unref);
  g_clear_pointer (&self->load_warnings, g_ptr_array_unref);
  g_clear_object (&self->chosen_file);
  g_clear_object (&self->include_actions);

  G_OBJECT_CLASS (juxta_window_parent_class)->dispose (object);
}

static gboolean
juxta_window_close_request (GtkWindow *window)
{
  _juxta_window_save_deck_state (JUXTA_WINDOW (window));

  return GTK_WINDOW_CLASS (juxta_window_parent_class)->close_request (window);
}

static void
install_properties (GObjectClass *object_class)
{
  /**
   * JuxtaWindow:settings:
   * Where the window keeps its size, zoom, audience and per-deck state.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * JuxtaWindow:session:
   * The deck and scenario the window shows.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * JuxtaWindow:audience:
   * The id of the audience the talking points are composed for.
   */
  properties[PROP_AUDIENCE] =
    g_param_spec_string ("audience", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * JuxtaWindow:presenting:
   * Whether the window is in presentation mode.
   */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * JuxtaWindow:tools-visible:
   * Whether the phrase guard and glossary sidebar is shown.
   */
  properties[PROP_TOOLS_VISIBLE] =
    g_param_spec_boolean ("tools-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * JuxtaWindow:board-visible:
   * Whether the slider board is shown (F9): beside the comparison in the
   * workbench, sliding in for the presenter in presentation mode.
   */
  properties[PROP_BOARD_VISIBLE] =
    g_param_spec_boolean ("board-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * JuxtaWindow:zoom:
   * How much larger than normal this window's text is drawn.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.5, 3.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
juxta_window_class_init (JuxtaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = juxta_window_constructed;
  object_class->dispose = juxta_window_dispose;
  object_class->get_property = juxta_window_get_property;
  object_class->set_property = juxta_window_set_property;
  widget_class->size_allocate = juxta_window_size_allocate;
  window_class->close_request = juxta_window_close_request;

  install_properties (object_class);

  g_type_ensure (JUXTA_TYPE_COMPARISON_PANELS);
  g_type_ensure (JUXTA_TYPE_DECK_PICKER);
  g_type_ensure (JUXTA_TYPE_GLOSSARY_PANE);
  g_type_ensure (JUXTA_TYPE_MEETING_CARDS);
  g_type_ensure (JUXTA_TYPE_PHRASE_GUARD_PANE);
  g_type_ensure (JUXTA_TYPE_SOURCES_BUTTON);
  g_type_ensure (JUXTA_TYPE_RECOMMENDATION_CARD);
  g_type_ensure (JUXTA_TYPE_SENSITIVITY_CHART);
  g_type_ensure (JUXTA_TYPE_SLIDER_BOARD);
  g_type_ensure (JUXTA_TYPE_TALKING_POINTS_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, board_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, deck_picker);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, sources_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, presentation_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, tools_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, stale_revealer);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, stale_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, scenario_revealer);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, scenario_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, tools_sidebar);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, center_stack);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, chart_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, menu_button);
  /* Not a field: its popover is built when it is first opened. */
  gtk_widget_class_bind_template_child_full (widget_class, "primary_menu", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, presets_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, board_flap);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, board_pane);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, comparison_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, notes_page);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, notes_page_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, notes_separator);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, notes_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, slider_board);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, comparison_panels);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, recommendation_card);
  gtk_widget_class_bind_template_callback (widget_class, file_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, priority_activated_cb);

  _juxta_window_class_actions_init (widget_class);
  _juxta_window_class_stakeholders_init (widget_class);
}

/* The views get the session once, right after the template is built
 * (GLib 2.74 cannot bind a construct-only property from a template); the
 * pages built on first use get it then (juxta-window-pages.c). */
static void
give_views_the_session (JuxtaWindow *self)
{
  juxta_slider_board_set_session (self->slider_board, self->session);
  juxta_comparison_panels_set_session (self->comparison_panels, self->session);
  juxta_recommendation_card_set_session (self->recommendation_card, self->session);
}

static void
juxta_window_init (JuxtaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->zoom = 1.0;
  self->problems = juxta_diagnostics_copy (NULL);
  self->deck_warnings = juxta_diagnostics_copy (NULL);
  self->session = juxta_session_new ();
  g_signal_connect_object (self->session, "changed", G_CALLBACK (session_changed_cb), self, 0);
  give_views_the_session (self);
  _juxta_window_stakeholders_init (self);
  _juxta_window_pages_init (self);
  _juxta_window_set_lazy_menu (GTK_MENU_BUTTON (self->menu_button),
                               G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (self), JUXTA_TYPE_WINDOW,
                                                                            "primary_menu")));

  g_signal_connect (self->flap, "notify::reveal-flap", G_CALLBACK (flap_revealed_cb), self);
  g_signal_connect (self->board_flap, "notify::reveal-flap", G_CALLBACK (board_revealed_cb), self);
  /* The view switcher moves from the header bar to the bottom when the
   * header has no room for it. */
  g_signal_connect_swapped (self->switcher_title, "notify::title-visible",
                            G_CALLBACK (_juxta_window_update_switcher_bar), self);
  _juxta_window_update_switcher_bar (self);
  self->board_pinned = TRUE;
  gtk_widget_set_visible (self->presets_button, FALSE);
  _juxta_window_update_actions (self);
}

static JuxtaWindow *
create (JuxtaApplication *application)
{
  return g_object_new (JUXTA_TYPE_WINDOW,
                       "application", application,
                       "settings", application != NULL ? juxta_application_get_settings (application) : NULL,
                       NULL);
}

/* The window, showing the last deck (or the first bundled one). */
JuxtaWindow *
juxta_window_new (JuxtaApplication *application)
{
  JuxtaWindow *self = create (application);

  _juxta_window_load_first_deck (self);
  return self;
}

/* The same, for a launch: the deck is loaded and laid out after the
 * window's first frame, so that the window is on screen at once and the
 * views' first layout (most of a start's work) follows it. */
JuxtaWindow *
juxta_window_new_deferred (JuxtaApplication *application)
{
  JuxtaWindow *self = create (application);

  _juxta_window_defer_first_deck (self);
  return self;
}

JuxtaSession *
juxta_window_get_session (JuxtaWindow *self)
{
  g_return_val_if_fail (JUXTA_IS_WINDOW (self), NULL);
  return self->session;
}
