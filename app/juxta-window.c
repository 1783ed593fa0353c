/* juxta-window.c: the workbench window
 *
 * The window owns the state (the deck, the scenario, the hidden columns)
 * and, on every change, asks the core once for a new advice and talking
 * points and hands them to each view, which updates its widgets in place.
 */

#define G_LOG_DOMAIN "juxta-window"

#include "config.h"

#include <glib/gi18n.h>

#include "juxta-catalog.h"
#include "juxta-comparison-panels.h"
#include "juxta-deck-loader.h"
#include "juxta-deck-picker.h"
#include "juxta-export.h"
#include "juxta-glossary-pane.h"
#include "juxta-meeting-cards.h"
#include "juxta-phrase-guard-pane.h"
#include "juxta-print.h"
#include "juxta-problems-dialog.h"
#include "juxta-record-dialog.h"
#include "juxta-recommendation-card.h"
#include "juxta-sensitivity-chart.h"
#include "juxta-slider-board.h"
#include "juxta-sources-button.h"
#include "juxta-talking-points.h"
#include "juxta-talking-points-pane.h"
#include "juxta-window.h"

/* Below this width the panes stack in one scrolling column. */
#define NARROW_WIDTH 900
#define MAX_RECENT_DECKS 8
#define SAVE_STATE_DELAY_MS 1000
/* Editors write a file in several steps: reload once they are done. */
#define RELOAD_DELAY_MS 150
#define ZOOM_STEP 1.1
#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0

struct _JuxtaWindow
{
  AdwApplicationWindow    parent_instance;

  /* template children */
  AdwToastOverlay        *toast_overlay;
  AdwHeaderBar           *header_bar;
  JuxtaDeckPicker        *deck_picker;
  JuxtaSourcesButton     *sources_button;
  GtkWidget              *audience_box;
  GtkWidget              *presentation_button;
  GtkWidget              *tools_button;
  GtkRevealer            *stale_revealer;
  GtkLabel               *stale_label;
  AdwFlap                *flap;
  GtkStack               *tools_stack;
  GtkStackPage           *glossary_page;
  JuxtaPhraseGuardPane   *phrase_guard_pane;
  JuxtaGlossaryPane      *glossary_pane;
  JuxtaMeetingCards      *meeting_cards;
  AdwViewStack           *center_stack;
  GtkDropDown            *chart_priority_dropdown;
  JuxtaSensitivityChart  *chart;
  GtkLabel               *chart_description;
  GtkWidget              *menu_button;
  GtkWidget              *presets_button;
  GtkRevealer            *error_revealer;
  GtkLabel               *error_label;
  GtkScrolledWindow      *page_scroller;
  GtkWidget              *panes_box;
  GtkScrolledWindow      *board_scroller;
  GtkWidget              *first_separator;
  GtkScrolledWindow      *panels_scroller;
  GtkWidget              *second_separator;
  GtkScrolledWindow      *advice_scroller;
  GtkScrolledWindow      *points_scroller;
  JuxtaSliderBoard       *slider_board;
  JuxtaComparisonPanels  *comparison_panels;
  JuxtaRecommendationCard *recommendation_card;
  JuxtaTalkingPointsPane *talking_points_pane;

  GSettings              *settings;
  JuxtaDeck              *deck;
  JuxtaScenario           scenario;
  JuxtaAdvice             advice;
  GPtrArray              *points;          /* char *, the composed talking points */
  GPtrArray              *problems;        /* JuxtaDiagnostic copies, from the last deck that failed */
  char                   *problems_path;   /* that deck's file */

  GFileMonitor           *monitor;         /* watches the deck's file */
  guint                   reload_id;

  guint                   chart_priority;

  gboolean                narrow;
  gboolean                presenting;
  guint                   layout_idle_id;
  GdkFrameClock          *first_frame_clock; /* while waiting for it, when the deck is deferred */
  gulong                  first_frame_id;
  guint                   first_deck_id;
  gboolean                first_deck_pending;
  guint                   save_state_id;
};

G_DEFINE_FINAL_TYPE (JuxtaWindow, juxta_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_AUDIENCE,
  PROP_PRESENTING,
  PROP_TOOLS_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------- advice */

/* The one place advice is computed: once per change, then every view
 * is handed the same result. */
/* The chart costs more than the rest, so it follows only while shown. */
static void
update_chart (JuxtaWindow *self)
{
  JuxtaSensitivity *sensitivity;
  g_autofree char *description = NULL;

  if (self->deck == NULL ||
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->center_stack), "sensitivity") != 0)
    return;

  sensitivity = juxta_sensitivity_new (self->deck, &self->scenario, &self->advice, self->chart_priority);
  description = juxta_sensitivity_describe (self->deck, sensitivity);
  gtk_label_set_label (self->chart_description, description);
  juxta_sensitivity_chart_set_data (self->chart, self->deck, sensitivity);
}

static void
recompute (JuxtaWindow *self)
{
  if (self->deck == NULL)
    return;

  juxta_advice_compute (&self->advice, self->deck, &self->scenario);
  g_clear_pointer (&self->points, g_ptr_array_unref);
  self->points = juxta_talking_points_compose (self->deck, &self->scenario, &self->advice);

  juxta_comparison_panels_set_advice (self->comparison_panels, &self->advice);
  juxta_recommendation_card_set_advice (self->recommendation_card, self->deck, &self->advice);
  juxta_talking_points_pane_set_points (self->talking_points_pane, self->points);
  update_chart (self);
}

/* ------------------------------------------------- per-deck settings */

static GVariant *
scenario_to_variant (JuxtaDeck           *deck,
                     const JuxtaScenario *scenario)
{
  GVariantBuilder weights, requirements;

  g_variant_builder_init (&weights, G_VARIANT_TYPE ("a{si}"));
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    g_variant_builder_add (&weights, "{si}", juxta_deck_get_priority (deck, p)->id, scenario->weights[p]);
  g_variant_builder_init (&requirements, G_VARIANT_TYPE ("as"));
  for (guint r = 0; r < juxta_deck_get_n_requirements (deck); r++)
    if (scenario->requirements & (1u << r))
      g_variant_builder_add (&requirements, "s", juxta_deck_get_requirement (deck, r)->id);
  return g_variant_new ("(a{si}as)", &weights, &requirements);
}

/* Applies saved weights and requirements wherever their ids still exist. */
static void
scenario_apply_variant (JuxtaDeck     *deck,
                        JuxtaScenario *scenario,
                        GVariant      *state)
{
  g_autoptr(GVariantIter) weights = NULL;
  g_autoptr(GVariantIter) requirements = NULL;
  const char *id;
  int weight;

  g_variant_get (state, "(a{si}as)", &weights, &requirements);
  while (g_variant_iter_next (weights, "{&si}", &id, &weight))
    {
      int p = juxta_deck_find_priority (deck, id);
      if (p >= 0 && weight >= 0 && weight <= 100)
        scenario->weights[p] = weight;
    }
  scenario->requirements = 0;
  while (g_variant_iter_next (requirements, "&s", &id))
    {
      int r = juxta_deck_find_requirement (deck, id);
      if (r >= 0)
        scenario->requirements |= 1u << r;
    }
}

static void
save_deck_state (JuxtaWindow *self)
{
  g_autoptr(GVariant) states = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *id;
  GVariant *value;

  g_clear_handle_id (&self->save_state_id, g_source_remove);
  if (self->deck == NULL)
    return;

  states = g_settings_get_value (self->settings, "deck-states");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{s(a{si}as)}"));
  g_variant_iter_init (&iter, states);
  while (g_variant_iter_next (&iter, "{&s@(a{si}as)}", &id, &value))
    {
      if (!g_str_equal (id, juxta_deck_get_id (self->deck)))
        g_variant_builder_add (&builder, "{s@(a{si}as)}", id, value);
      g_variant_unref (value);
    }
  g_variant_builder_add (&builder, "{s@(a{si}as)}", juxta_deck_get_id (self->deck),
                         scenario_to_variant (self->deck, &self->scenario));
  g_settings_set_value (self->settings, "deck-states", g_variant_builder_end (&builder));
}

static gboolean
save_deck_state_timeout (gpointer user_data)
{
  JuxtaWindow *self = user_data;

  self->save_state_id = 0;
  save_deck_state (self);
  return G_SOURCE_REMOVE;
}

/* Settings are written a moment after the last change, not per slider step. */
static void
schedule_save_state (JuxtaWindow *self)
{
  g_clear_handle_id (&self->save_state_id, g_source_remove);
  self->save_state_id = g_timeout_add (SAVE_STATE_DELAY_MS, save_deck_state_timeout, self);
}

static void
restore_deck_state (JuxtaWindow *self)
{
  g_autoptr(GVariant) states = g_settings_get_value (self->settings, "deck-states");
  g_autoptr(GVariant) state = NULL;
  g_autofree char *audience = g_settings_get_string (self->settings, "audience");
  int audience_index;

  juxta_scenario_init_defaults (&self->scenario, self->deck);
  state = g_variant_lookup_value (states, juxta_deck_get_id (self->deck), G_VARIANT_TYPE ("(a{si}as)"));
  if (state != NULL)
    scenario_apply_variant (self->deck, &self->scenario, state);

  audience_index = juxta_deck_find_audience (self->deck, audience);
  self->scenario.audience = audience_index >= 0 ? (guint) audience_index : 0;
}

static void
remember_recent (JuxtaWindow *self,
                 const char  *path)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-decks");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT_DECKS; i++)
    if (!g_str_equal (old[i], path))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-decks", (const char *const *) recent);
  juxta_deck_picker_set_recent (self->deck_picker, (const char *const *) recent);
}

/* -------------------------------------------------------- header bar */

static void
rebuild_audience_switch (JuxtaWindow *self)
{
  GtkWidget *child;
  guint n = juxta_deck_get_n_audiences (self->deck);

  while ((child = gtk_widget_get_first_child (self->audience_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->audience_box), child);

  for (guint a = 0; a < n; a++)
    {
      const JuxtaAudience *audience = juxta_deck_get_audience (self->deck, a);
      GtkWidget *button = gtk_toggle_button_new_with_label (audience->label);
      g_autofree char *tooltip = g_strdup_printf (_("Talking points for a %s audience"), audience->label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.audience");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (audience->id));
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_box_append (GTK_BOX (self->audience_box), button);
    }
  /* A single audience is no choice: show the deck's title instead. */
  gtk_widget_set_visible (self->audience_box, n > 1);
}

static void
rebuild_presets_menu (JuxtaWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) presets = g_menu_new ();
  g_autoptr(GMenu) reset = g_menu_new ();

  for (guint i = 0; i < juxta_deck_get_n_presets (self->deck); i++)
    {
      const JuxtaPreset *preset = juxta_deck_get_preset (self->deck, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (preset->label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.preset", g_variant_new_string (preset->id));
      g_menu_append_item (presets, item);
    }
  g_menu_append (reset, _("_Reset to Defaults"), "win.reset");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (presets));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (reset));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->presets_button), G_MENU_MODEL (menu));
}

/* ------------------------------------------------------------ errors */

static void
hide_errors (JuxtaWindow *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-errors", FALSE);
}

/* Shows a deck's problems without touching the deck on screen. */
static void
show_errors (JuxtaWindow *self,
             const char  *summary,
             GPtrArray   *diagnostics)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = juxta_diagnostics_copy (diagnostics);

  gtk_label_set_label (self->error_label, summary);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-errors", self->problems->len > 0);
}

static void
show_deck_errors (JuxtaWindow *self,
                  const char  *path,
                  GPtrArray   *diagnostics,
                  GError      *error)
{
  g_autofree char *name = g_path_get_basename (path);
  const char *first = error->message;
  g_autofree char *summary = NULL;

  /* The bar shows the first problem; Details lists every one. */
  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);
      if (d->severity == JUXTA_SEVERITY_ERROR)
        {
          first = d->message;
          break;
        }
    }
  if (self->deck != NULL)
    /* TRANSLATORS: "“deck.json” was not opened: <problem>. The deck on screen stays." */
    summary = g_strdup_printf (_("“%s” was not opened: %s. The deck on screen stays."), name, first);
  else
    summary = g_strdup_printf (_("“%s” was not opened: %s."), name, first);
  g_free (self->problems_path);
  self->problems_path = g_strdup (path);
  show_errors (self, summary, diagnostics);
}

static void
show_errors_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (juxta_problems_dialog_new (GTK_WINDOW (self), self->problems_path,
                                                             self->problems)));
}

static void
dismiss_errors_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  hide_errors (JUXTA_WINDOW (widget));
}

static void
toast (JuxtaWindow *self,
       const char  *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_timeout (t, 3);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

/* ------------------------------------------------------------- decks */

static void
update_actions (JuxtaWindow *self)
{
  gboolean have_deck = self->deck != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload",
                                 have_deck && juxta_deck_get_path (self->deck) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", have_deck);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy", have_deck);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reset", have_deck);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.record", have_deck);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", have_deck);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.glossary",
                                 have_deck && juxta_deck_get_n_terms (self->deck) > 0);
  gtk_widget_set_visible (self->presets_button, have_deck && juxta_deck_get_n_presets (self->deck) > 0);
}

static void
show_freshness (JuxtaWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int age = juxta_deck_get_verified_age (self->deck, now);

  juxta_sources_button_set_deck (self->sources_button, self->deck, age);
  if (age > JUXTA_STALE_AFTER_DAYS)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The facts in this deck were last verified on %s, %d day ago: "
                                      "they may be stale. Check the sources before you rely on them.",
                                      "The facts in this deck were last verified on %s, %d days ago: "
                                      "they may be stale. Check the sources before you rely on them.",
                                      age),
                         juxta_deck_get_verified (self->deck), age);
      gtk_label_set_label (self->stale_label, text);
    }
  gtk_revealer_set_reveal_child (self->stale_revealer, age > JUXTA_STALE_AFTER_DAYS);
}

static void
rebuild_chart_priorities (JuxtaWindow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint p = 0; p < juxta_deck_get_n_priorities (self->deck); p++)
    gtk_string_list_append (labels, juxta_deck_get_priority (self->deck, p)->label);
  if (self->chart_priority >= juxta_deck_get_n_priorities (self->deck))
    self->chart_priority = 0;
  gtk_drop_down_set_model (self->chart_priority_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->chart_priority_dropdown, self->chart_priority);
}

static void watch_deck_file (JuxtaWindow *self);

/* Everything that depends on the deck itself rather than on the scenario;
 * the scenario must be set before. */
static void
show_deck_views (JuxtaWindow *self)
{
  JuxtaDeck *deck = self->deck;
  g_autofree char *title = NULL;

  juxta_slider_board_set_deck (self->slider_board, deck);
  juxta_slider_board_set_scenario (self->slider_board, &self->scenario);
  juxta_comparison_panels_set_deck (self->comparison_panels, deck);
  juxta_meeting_cards_set_deck (self->meeting_cards, deck, self->scenario.audience);
  juxta_phrase_guard_pane_set_deck (self->phrase_guard_pane, deck);
  juxta_glossary_pane_set_deck (self->glossary_pane, deck);
  gtk_stack_page_set_visible (self->glossary_page, juxta_deck_get_n_terms (deck) > 0);
  juxta_deck_picker_set_current (self->deck_picker, juxta_deck_get_title (deck), juxta_deck_get_path (deck));
  rebuild_audience_switch (self);
  rebuild_presets_menu (self);
  rebuild_chart_priorities (self);
  show_freshness (self);
  /* TRANSLATORS: the window title: "<deck title> — Juxta" */
  title = g_strdup_printf (_("%s — Juxta"), juxta_deck_get_title (deck));
  gtk_window_set_title (GTK_WINDOW (self), title);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIENCE]);
  update_actions (self);
  watch_deck_file (self);
  recompute (self);
}

static void
show_deck (JuxtaWindow *self,
           JuxtaDeck   *deck)
{
  if (self->deck != NULL)
    save_deck_state (self);
  g_set_object (&self->deck, deck);
  self->chart_priority = 0;
  restore_deck_state (self);
  show_deck_views (self);
}

/* A new version of the same deck: the sliders, switches, audience and
 * hidden columns stay where their ids still exist. */
static void
replace_deck_keeping_state (JuxtaWindow *self,
                            JuxtaDeck   *deck)
{
  g_autoptr(GVariant) state = g_variant_ref_sink (scenario_to_variant (self->deck, &self->scenario));
  g_autofree char *audience = g_strdup (juxta_deck_get_audience (self->deck, self->scenario.audience)->id);
  guint64 hidden = juxta_comparison_panels_get_hidden (self->comparison_panels);
  g_autoptr(GPtrArray) hidden_ids = g_ptr_array_new ();
  int index;

  for (guint o = 0; o < juxta_deck_get_n_options (self->deck); o++)
    if (hidden & (G_GUINT64_CONSTANT (1) << o))
      g_ptr_array_add (hidden_ids, (gpointer) juxta_deck_get_option (self->deck, o)->id);

  juxta_scenario_init_defaults (&self->scenario, deck);
  scenario_apply_variant (deck, &self->scenario, state);
  index = juxta_deck_find_audience (deck, audience);
  self->scenario.audience = index >= 0 ? (guint) index : 0;

  hidden = 0;
  for (guint i = 0; i < hidden_ids->len; i++)
    if ((index = juxta_deck_find_option (deck, g_ptr_array_index (hidden_ids, i))) >= 0)
      hidden |= G_GUINT64_CONSTANT (1) << index;

  /* The old deck's strings (the hidden ids) live until it is dropped here. */
  g_ptr_array_set_size (hidden_ids, 0);
  g_set_object (&self->deck, deck);
  show_deck_views (self);
  juxta_comparison_panels_set_hidden (self->comparison_panels, hidden);
  schedule_save_state (self);
}

static void load_first_deck (JuxtaWindow *self);

gboolean
juxta_window_load_deck (JuxtaWindow *self,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;

  g_return_val_if_fail (JUXTA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* As in a window made with juxta_window_new (): a deck opens over the
   * first one, which stays on screen when the new one has errors. */
  if (self->first_deck_pending)
    load_first_deck (self);
  deck = juxta_deck_load_file (path, &diagnostics, &local_error);
  if (deck == NULL)
    {
      show_deck_errors (self, path, diagnostics, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  hide_errors (self);
  show_deck (self, deck);
  g_settings_set_string (self->settings, "last-deck", path);
  return TRUE;
}

static void
stop_waiting_for_first_frame (JuxtaWindow *self)
{
  if (self->first_frame_clock != NULL)
    g_clear_signal_handler (&self->first_frame_id, self->first_frame_clock);
  g_clear_object (&self->first_frame_clock);
}

static void
load_first_deck (JuxtaWindow *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-deck");
  g_autoptr(GPtrArray) entries = NULL;

  self->first_deck_pending = FALSE;
  g_clear_handle_id (&self->first_deck_id, g_source_remove);
  stop_waiting_for_first_frame (self);

  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR) &&
      juxta_window_load_deck (self, last, NULL))
    return;

  entries = juxta_catalog_list (NULL);
  if (entries->len > 0)
    juxta_window_load_deck (self, ((JuxtaCatalogEntry *) g_ptr_array_index (entries, 0))->path, NULL);
  else
    {
      juxta_deck_picker_set_current (self->deck_picker, _("No deck"), NULL);
      show_errors (self, _("No decks were found. Open a deck file with Open Deck… (Ctrl+O)."), NULL);
    }
}

void
juxta_window_open_file (JuxtaWindow *self,
                        GFile       *file)
{
  g_autofree char *path = g_file_get_path (file);

  g_return_if_fail (JUXTA_IS_WINDOW (self));

  if (path == NULL)
    {
      toast (self, _("Only local deck files can be opened"));
      return;
    }
  if (juxta_window_load_deck (self, path, NULL))
    remember_recent (self, path);
}

static gboolean
load_first_deck_idle (gpointer user_data)
{
  JuxtaWindow *self = user_data;

  self->first_deck_id = 0;
  if (self->first_deck_pending)
    load_first_deck (self);
  return G_SOURCE_REMOVE;
}

static void
first_frame_drawn_cb (GdkFrameClock *clock,
                      JuxtaWindow   *self)
{
  stop_waiting_for_first_frame (self);
  if (self->first_deck_id == 0)
    self->first_deck_id = g_idle_add (load_first_deck_idle, self);
}

static void
deferred_window_mapped_cb (GtkWidget *widget)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  g_signal_handlers_disconnect_by_func (self, deferred_window_mapped_cb, NULL);
  stop_waiting_for_first_frame (self);
  if (!self->first_deck_pending)
    return;
  self->first_frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->first_frame_id = g_signal_connect (self->first_frame_clock, "after-paint",
                                           G_CALLBACK (first_frame_drawn_cb), self);
}

static void
deck_chosen_cb (JuxtaDeckPicker *picker,
                const char      *path,
                JuxtaWindow     *self)
{
  juxta_window_load_deck (self, path, NULL);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  JuxtaWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      juxta_window_open_file (self, file);
    }
  g_object_unref (dialog);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) decks = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open Deck"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (decks, _("Juxta decks (JSON)"));
  gtk_file_filter_add_pattern (decks, "*.json");
  gtk_file_filter_add_mime_type (decks, "application/json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), decks);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Reads the deck's file again; an invalid file leaves the deck on screen
 * and says why, and the next valid save clears that. */
static gboolean
reload_from_disk (JuxtaWindow *self)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autofree char *path = NULL;

  if (self->deck == NULL || juxta_deck_get_path (self->deck) == NULL)
    return FALSE;
  path = g_strdup (juxta_deck_get_path (self->deck));
  deck = juxta_deck_load_file (path, &diagnostics, &error);
  if (deck == NULL)
    {
      show_deck_errors (self, path, diagnostics, error);
      return FALSE;
    }
  hide_errors (self);
  replace_deck_keeping_state (self, deck);
  return TRUE;
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  if (reload_from_disk (self))
    toast (self, _("Deck reloaded"));
}

static gboolean
reload_timeout (gpointer user_data)
{
  JuxtaWindow *self = user_data;

  self->reload_id = 0;
  reload_from_disk (self);
  return G_SOURCE_REMOVE;
}

static void
deck_file_changed_cb (GFileMonitor      *monitor,
                      GFile             *file,
                      GFile             *other_file,
                      GFileMonitorEvent  event,
                      JuxtaWindow       *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      /* Includes a save that renames a new file over the deck. */
      g_clear_handle_id (&self->reload_id, g_source_remove);
      self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_timeout, self);
      break;
    default:
      break;
    }
}

static void
stop_watching (JuxtaWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, deck_file_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_id, g_source_remove);
}

static void
watch_deck_file (JuxtaWindow *self)
{
  const char *path = juxta_deck_get_path (self->deck);
  g_autoptr(GFile) file = NULL;

  if (self->monitor != NULL && path != NULL &&
      g_strcmp0 (g_object_get_data (G_OBJECT (self->monitor), "path"), path) == 0)
    return;

  stop_watching (self);
  if (path == NULL)
    return;
  file = g_file_new_for_path (path);
  /* Watching moves too catches editors that save by renaming. */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor == NULL)
    return;
  g_object_set_data_full (G_OBJECT (self->monitor), "path", g_strdup (path), g_free);
  g_signal_connect (self->monitor, "changed", G_CALLBACK (deck_file_changed_cb), self);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         JuxtaWindow   *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  juxta_window_open_file (self, files->data);
  return TRUE;
}

/* ---------------------------------------------------------- scenario */

static void
weight_changed_cb (JuxtaSliderBoard *board,
                   guint             priority,
                   int               weight,
                   JuxtaWindow      *self)
{
  if (self->deck == NULL || self->scenario.weights[priority] == weight)
    return;
  self->scenario.weights[priority] = weight;
  recompute (self);
  schedule_save_state (self);
}

static void
requirement_toggled_cb (JuxtaSliderBoard *board,
                        guint             requirement,
                        gboolean          active,
                        JuxtaWindow      *self)
{
  guint32 bit = 1u << requirement;

  if (self->deck == NULL)
    return;
  self->scenario.requirements = active ? (self->scenario.requirements | bit)
                                       : (self->scenario.requirements & ~bit);
  recompute (self);
  schedule_save_state (self);
}

static void
set_weights_from (JuxtaWindow         *self,
                  const JuxtaScenario *scenario)
{
  memcpy (self->scenario.weights, scenario->weights, sizeof scenario->weights);
  juxta_slider_board_set_scenario (self->slider_board, &self->scenario);
  recompute (self);
  schedule_save_state (self);
}

static void
reset_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  JuxtaScenario defaults;

  if (self->deck == NULL)
    return;
  juxta_scenario_init_defaults (&defaults, self->deck);
  set_weights_from (self, &defaults);
}

static void
preset_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  JuxtaScenario scenario;
  int preset;

  if (self->deck == NULL || (preset = juxta_deck_find_preset (self->deck, g_variant_get_string (parameter, NULL))) < 0)
    return;
  scenario = self->scenario;
  juxta_scenario_apply_preset (&scenario, self->deck, (guint) preset);
  set_weights_from (self, &scenario);
}

static void
show_chart_for (JuxtaWindow *self,
                guint        priority)
{
  self->chart_priority = priority;
  if (gtk_drop_down_get_selected (self->chart_priority_dropdown) != priority)
    gtk_drop_down_set_selected (self->chart_priority_dropdown, priority);
  adw_view_stack_set_visible_child_name (self->center_stack, "sensitivity");
  update_chart (self);
}

/* Clicking a fader's label shows that priority's chart. */
static void
priority_activated_cb (JuxtaSliderBoard *board,
                       guint             priority,
                       JuxtaWindow      *self)
{
  show_chart_for (self, priority);
}

static void
chart_priority_selected_cb (GtkDropDown *dropdown,
                            GParamSpec  *pspec,
                            JuxtaWindow *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->deck == NULL || selected >= juxta_deck_get_n_priorities (self->deck) ||
      selected == self->chart_priority)
    return;
  self->chart_priority = selected;
  update_chart (self);
}

static void
center_page_changed_cb (AdwViewStack *stack,
                        GParamSpec   *pspec,
                        JuxtaWindow  *self)
{
  update_chart (self);
}

/* Clicking or dragging on the chart moves the real fader, and everything
 * follows from there as from any slider change. */
static void
chart_weight_chosen_cb (JuxtaSensitivityChart *chart,
                        guint                  priority,
                        int                    weight,
                        JuxtaWindow           *self)
{
  if (self->deck == NULL || priority >= juxta_deck_get_n_priorities (self->deck))
    return;
  gtk_range_set_value (juxta_slider_board_get_fader (self->slider_board, priority), weight);
}

/* ---------------------------------------------------- copy and export */

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  g_autoptr(GBytes) html_bytes = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];
  gsize html_length;

  if (self->points == NULL)
    return;

  text = juxta_export_talking_points_text (self->points);
  html = juxta_export_talking_points_html (self->points);
  html_length = strlen (html);
  html_bytes = g_bytes_new_take (g_steal_pointer (&html), html_length);

  /* Plain text for terminals and chat, HTML for mail and documents. */
  providers[0] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  providers[1] = gdk_content_provider_new_for_bytes ("text/html", html_bytes);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider);

  toast (self, _("Talking points copied"));
}

static JuxtaExportFormat
format_for_file (GFile           *file,
                 GtkFileFilter   *filter)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *filter_format = filter != NULL ? g_object_get_data (G_OBJECT (filter), "format") : NULL;
  JuxtaExportFormat format = JUXTA_EXPORT_MARKDOWN;

  if (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm"))
    return JUXTA_EXPORT_HTML;
  if (g_str_has_suffix (name, ".txt"))
    return JUXTA_EXPORT_TEXT;
  if (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".markdown"))
    return JUXTA_EXPORT_MARKDOWN;
  if (filter_format != NULL)
    juxta_export_format_from_string (filter_format, &format);
  return format;
}

gboolean
juxta_window_export_to_file (JuxtaWindow        *self,
                             GFile              *file,
                             JuxtaExportFormat   format,
                             GError            **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *document = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (JUXTA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->deck != NULL, FALSE);

  document = juxta_export_render (self->deck, &self->scenario, format);
  if (path == NULL || !juxta_export_save (path, document, strlen (document), &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("Could not save: only local files can be written"));
      show_errors (self, local_error->message, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  {
    g_autofree char *name = g_file_get_basename (file);
    g_autofree char *message = g_strdup_printf (_("Exported to “%s”"), name);
    hide_errors (self);
    toast (self, message);
  }
  return TRUE;
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    JuxtaWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));

      juxta_window_export_to_file (self, file, format_for_file (file, filter), NULL);
    }
  g_object_unref (dialog);
}

static void
add_export_filter (GtkFileChooser *chooser,
                   const char     *name,
                   const char     *pattern,
                   const char     *format)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data (G_OBJECT (filter), "format", (gpointer) format);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *suggested = NULL;

  if (self->deck == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export Talking Points"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  add_export_filter (GTK_FILE_CHOOSER (dialog), _("Markdown"), "*.md", "markdown");
  add_export_filter (GTK_FILE_CHOOSER (dialog), _("Plain text"), "*.txt", "text");
  add_export_filter (GTK_FILE_CHOOSER (dialog), _("HTML document"), "*.html", "html");
  suggested = g_strdup_printf ("%s.md", juxta_deck_get_id (self->deck));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
record_saved_cb (JuxtaRecordDialog *dialog,
                 const char        *path,
                 JuxtaWindow       *self)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = g_strdup_printf (_("Decision recorded in “%s”"), name);

  toast (self, message);
}

static void
record_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  JuxtaRecordDialog *dialog;

  if (self->deck == NULL)
    return;
  dialog = juxta_record_dialog_new (GTK_WINDOW (self), self->deck, &self->scenario, self->advice.leader);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (record_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->deck == NULL)
    return;
  if (!juxta_print_run (GTK_WINDOW (self), self->deck, &self->scenario, self->chart_priority, NULL, &error))
    show_errors (self, error->message, NULL);
}

guint
juxta_window_get_chart_priority (JuxtaWindow *self)
{
  g_return_val_if_fail (JUXTA_IS_WINDOW (self), 0);
  return self->chart_priority;
}

/* ------------------------------------------------------------ layout */

static void
apply_layout (JuxtaWindow *self)
{
  gboolean narrow = self->narrow;
  GtkPolicyType inner = narrow ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->panes_box),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->first_separator),
                                  narrow ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->second_separator),
                                  narrow ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);

  /* Narrow: one page scrolls and the panes grow to their full height.
   * Wide: the page fits the window and each pane scrolls on its own. */
  gtk_scrolled_window_set_policy (self->page_scroller, GTK_POLICY_NEVER,
                                  narrow ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER);
  gtk_scrolled_window_set_policy (self->board_scroller, GTK_POLICY_NEVER, inner);
  gtk_scrolled_window_set_policy (self->panels_scroller, GTK_POLICY_AUTOMATIC, inner);
  /* Wide, the recommendation stays put and the talking points scroll. */
  gtk_scrolled_window_set_policy (self->advice_scroller, GTK_POLICY_NEVER, narrow ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_policy (self->points_scroller, GTK_POLICY_EXTERNAL, inner);
  gtk_widget_set_size_request (GTK_WIDGET (self->board_scroller), narrow ? -1 : 290, -1);
  gtk_widget_set_size_request (GTK_WIDGET (self->advice_scroller), narrow ? -1 : 400, -1);

  /* A narrow header bar keeps the deck and the audience; presentation mode
   * and the tools stay in the main menu. */
  if (narrow)
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->presets_button), "view-list-bullet-symbolic");
  else
    gtk_menu_button_set_label (GTK_MENU_BUTTON (self->presets_button), _("Presets"));
  gtk_widget_set_visible (self->presentation_button, !narrow);
  gtk_widget_set_visible (self->tools_button, !narrow && !self->presenting);

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
  apply_layout (self);
  return G_SOURCE_REMOVE;
}

/* Changing the layout while being allocated is not allowed: it is done
 * right after, from an idle. */
static void
juxta_window_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);
  gboolean narrow = width < NARROW_WIDTH;

  GTK_WIDGET_CLASS (juxta_window_parent_class)->size_allocate (widget, width, height, baseline);

  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->layout_idle_id == 0)
        self->layout_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_layout_idle, self, NULL);
    }
}

/* ------------------------------------------- zoom and presentation */

/* The text scale is the display's font resolution: everything drawn in
 * points (all of libadwaita's type) grows with it, the whole window at
 * once.  The resolution before Juxta changed it is the base. */
static void
apply_text_scale (JuxtaWindow *self)
{
  static int base_dpi = 0;
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  double scale = g_settings_get_double (self->settings, "zoom");

  if (base_dpi == 0)
    {
      g_object_get (settings, "gtk-xft-dpi", &base_dpi, NULL);
      if (base_dpi <= 0)
        base_dpi = 96 * 1024;
    }
  if (self->presenting)
    scale *= g_settings_get_double (self->settings, "presentation-scale");
  g_object_set (settings, "gtk-xft-dpi", (int) (base_dpi * scale), NULL);
}

static void
zoom_changed_cb (GSettings   *settings,
                 const char  *key,
                 JuxtaWindow *self)
{
  apply_text_scale (self);
}

static void
set_zoom (JuxtaWindow *self,
          double       zoom)
{
  g_settings_set_double (self->settings, "zoom", CLAMP (zoom, ZOOM_MIN, ZOOM_MAX));
}

static void
zoom_in_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  set_zoom (self, g_settings_get_double (self->settings, "zoom") * ZOOM_STEP);
}

static void
zoom_out_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  set_zoom (self, g_settings_get_double (self->settings, "zoom") / ZOOM_STEP);
}

static void
zoom_reset_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  set_zoom (JUXTA_WINDOW (widget), 1.0);
}

/* Presentation mode: fullscreen, larger text, and none of the editing
 * chrome (deck picker, tools, column hiding); sliders, switches and the
 * audience stay live. */
static void
set_presenting (JuxtaWindow *self,
                gboolean     presenting)
{
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
  gtk_widget_set_visible (GTK_WIDGET (self->deck_picker), !presenting);
  gtk_widget_set_visible (self->tools_button, !presenting);
  juxta_comparison_panels_set_editable (self->comparison_panels, !presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.tools", !presenting);
  apply_text_scale (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

static void
leave_presentation_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  set_presenting (JUXTA_WINDOW (widget), FALSE);
}

static void
show_tool (JuxtaWindow *self,
           const char  *page)
{
  if (self->presenting)
    return;
  gtk_stack_set_visible_child_name (self->tools_stack, page);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
glossary_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  show_tool (self, "glossary");
  juxta_glossary_pane_focus_search (self->glossary_pane);
}

static void
phrase_guard_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  JuxtaWindow *self = JUXTA_WINDOW (widget);

  show_tool (self, "phrase-guard");
  juxta_phrase_guard_pane_focus (self->phrase_guard_pane);
}

static void
copied_cb (GtkWidget   *source,
           const char  *message,
           JuxtaWindow *self)
{
  toast (self, message);
}

static void
flap_revealed_cb (AdwFlap     *flap,
                  GParamSpec  *pspec,
                  JuxtaWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOLS_VISIBLE]);
}

/* ------------------------------------------------------------ window */

static void
save_window_state (JuxtaWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
juxta_window_close_request (GtkWindow *window)
{
  JuxtaWindow *self = JUXTA_WINDOW (window);

  save_window_state (self);
  save_deck_state (self);

  return GTK_WINDOW_CLASS (juxta_window_parent_class)->close_request (window);
}

static void
juxta_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JuxtaWindow *self = JUXTA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_AUDIENCE:
      g_value_set_string (value, self->deck != NULL
                                   ? juxta_deck_get_audience (self->deck, self->scenario.audience)->id
                                   : "");
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_TOOLS_VISIBLE:
      g_value_set_boolean (value, self->flap != NULL && adw_flap_get_reveal_flap (self->flap));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_audience (JuxtaWindow *self,
              const char  *id)
{
  int audience;

  if (self->deck == NULL || id == NULL || (audience = juxta_deck_find_audience (self->deck, id)) < 0 ||
      (guint) audience == self->scenario.audience)
    return;
  self->scenario.audience = (guint) audience;
  g_settings_set_string (self->settings, "audience", id);
  juxta_meeting_cards_set_deck (self->meeting_cards, self->deck, self->scenario.audience);
  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIENCE]);
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
    case PROP_AUDIENCE:
      set_audience (self, g_value_get_string (value));
      break;
    case PROP_PRESENTING:
      set_presenting (self, g_value_get_boolean (value));
      break;
    case PROP_TOOLS_VISIBLE:
      if (self->flap != NULL && !self->presenting)
        adw_flap_set_reveal_flap (self->flap, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_window_dispose (GObject *object)
{
  JuxtaWindow *self = JUXTA_WINDOW (object);

  g_clear_handle_id (&self->layout_idle_id, g_source_remove);
  g_clear_handle_id (&self->first_deck_id, g_source_remove);
  stop_waiting_for_first_frame (self);
  g_clear_handle_id (&self->save_state_id, g_source_remove);
  stop_watching (self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, zoom_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_WINDOW);
  g_clear_object (&self->deck);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->points, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->problems_path, g_free);

  G_OBJECT_CLASS (juxta_window_parent_class)->dispose (object);
}

static void
juxta_window_class_init (JuxtaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = juxta_window_dispose;
  object_class->get_property = juxta_window_get_property;
  object_class->set_property = juxta_window_set_property;
  widget_class->size_allocate = juxta_window_size_allocate;
  window_class->close_request = juxta_window_close_request;

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
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, deck_picker);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, sources_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, audience_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, presentation_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, tools_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, stale_revealer);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, stale_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, tools_stack);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, glossary_page);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, phrase_guard_pane);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, glossary_pane);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, meeting_cards);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, center_stack);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, chart_priority_dropdown);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, chart);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, chart_description);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, presets_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, panes_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, first_separator);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, panels_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, second_separator);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, advice_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, points_scroller);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, slider_board);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, comparison_panels);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, recommendation_card);
  gtk_widget_class_bind_template_child (widget_class, JuxtaWindow, talking_points_pane);
  gtk_widget_class_bind_template_callback (widget_class, deck_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, weight_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, requirement_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, priority_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_weight_chosen_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "win.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "win.reset", NULL, reset_activated);
  gtk_widget_class_install_action (widget_class, "win.record", NULL, record_activated);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.preset", "s", preset_activated);
  gtk_widget_class_install_action (widget_class, "win.show-errors", NULL, show_errors_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-errors", NULL, dismiss_errors_activated);
  gtk_widget_class_install_property_action (widget_class, "win.audience", "audience");
  gtk_widget_class_install_property_action (widget_class, "win.presentation", "presenting");
  gtk_widget_class_install_property_action (widget_class, "win.tools", "tools-visible");
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_activated);
  gtk_widget_class_install_action (widget_class, "win.glossary", NULL, glossary_activated);
  gtk_widget_class_install_action (widget_class, "win.phrase-guard", NULL, phrase_guard_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_activated);
  /* Esc leaves presentation mode; the action is off otherwise, so Esc
   * keeps its usual meaning elsewhere. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);
}

static void
restore_window_state (JuxtaWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
juxta_window_init (JuxtaWindow *self)
{
  GtkDropTarget *drop;
  g_auto(GStrv) recent = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Only the tool on show is measured: a homogeneous stack would lay out
   * the whole glossary (hidden, in a hidden sidebar) before the first
   * frame, a third of the window's first measure.  The sidebar's width
   * is fixed, so nothing moves. */
  gtk_stack_set_hhomogeneous (self->tools_stack, FALSE);
  gtk_stack_set_vhomogeneous (self->tools_stack, FALSE);

  self->settings = g_settings_new (APP_ID);
  self->problems = juxta_diagnostics_copy (NULL);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  recent = g_settings_get_strv (self->settings, "recent-decks");
  juxta_deck_picker_set_recent (self->deck_picker, (const char *const *) recent);

  g_signal_connect (self->flap, "notify::reveal-flap", G_CALLBACK (flap_revealed_cb), self);
  g_signal_connect (self->chart_priority_dropdown, "notify::selected", G_CALLBACK (chart_priority_selected_cb), self);
  g_signal_connect (self->center_stack, "notify::visible-child-name", G_CALLBACK (center_page_changed_cb), self);
  g_signal_connect (self->settings, "changed::zoom", G_CALLBACK (zoom_changed_cb), self);
  g_signal_connect (self->settings, "changed::presentation-scale", G_CALLBACK (zoom_changed_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", FALSE);
  apply_text_scale (self);

  restore_window_state (self);
  hide_errors (self);
  update_actions (self);
}

/* The window, showing the last deck (or the first bundled one). */
JuxtaWindow *
juxta_window_new (JuxtaApplication *application)
{
  JuxtaWindow *self = g_object_new (JUXTA_TYPE_WINDOW, "application", application, NULL);

  load_first_deck (self);
  return self;
}

/* The same, for a launch: the deck is loaded and laid out after the
 * window's first frame, so that the window is on screen at once and the
 * views' first layout (most of a start's work) follows it. */
JuxtaWindow *
juxta_window_new_deferred (JuxtaApplication *application)
{
  JuxtaWindow *self = g_object_new (JUXTA_TYPE_WINDOW, "application", application, NULL);

  self->first_deck_pending = TRUE;
  /* Not "No deck": one is on its way. */
  juxta_deck_picker_set_current (self->deck_picker, "", NULL);
  g_signal_connect (self, "map", G_CALLBACK (deferred_window_mapped_cb), NULL);
  return self;
}

JuxtaDeck *
juxta_window_get_deck (JuxtaWindow *self)
{
  g_return_val_if_fail (JUXTA_IS_WINDOW (self), NULL);
  return self->deck;
}

const JuxtaScenario *
juxta_window_get_scenario (JuxtaWindow *self)
{
  g_return_val_if_fail (JUXTA_IS_WINDOW (self), NULL);
  return &self->scenario;
}

const JuxtaAdvice *
juxta_window_get_advice (JuxtaWindow *self)
{
  g_return_val_if_fail (JUXTA_IS_WINDOW (self), NULL);
  return &self->advice;
}

GPtrArray *
juxta_window_get_talking_points (JuxtaWindow *self)
{
  g_return_val_if_fail (JUXTA_IS_WINDOW (self), NULL);
  return self->points;
}

void
juxta_window_set_accels (GtkApplication *application)
{
  static const struct { const char *action; const char *accels[4]; } accels[] = {
    { "win.open", { "<Control>o", NULL } },
    { "win.reload", { "<Control>r", NULL } },
    { "win.copy", { "<Control><Shift>c", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.reset", { "<Control><Shift>r", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.presentation", { "F11", NULL } },
    { "win.glossary", { "<Control>f", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
    { "win.zoom-out", { "<Control>minus", NULL } },
    { "win.zoom-reset", { "<Control>0", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (application, accels[i].action, accels[i].accels);
}
