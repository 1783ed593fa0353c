/* juxta-window-private.h: what the window's files share, and its test hooks
 *
 * The window is one class in five files:
 *   juxta-window.c               template, properties, header bar, errors, layout
 *   juxta-window-actions.c       every action, and update_actions ()
 *   juxta-window-deck.c          loading decks and scenarios, first-frame
 *                                deferral, reload and file monitor, open
 *                                dialog, drag and drop, per-deck settings
 *   juxta-window-pages.c         the pages not on show, built on first use
 *   juxta-window-presentation.c  presentation mode, zoom, the tools sidebar
 */
#pragma once

#include "juxta-comparison-panels.h"
#include "juxta-deck-picker.h"
#include "juxta-export.h"
#include "juxta-glossary-pane.h"
#include "juxta-meeting-cards.h"
#include "juxta-phrase-guard-pane.h"
#include "juxta-recommendation-card.h"
#include "juxta-sensitivity-chart.h"
#include "juxta-slider-board.h"
#include "juxta-sources-button.h"
#include "juxta-talking-points-pane.h"
#include "juxta-window.h"

G_BEGIN_DECLS

struct _JuxtaWindow
{
  AdwApplicationWindow     parent_instance;

  /* template children */
  AdwToastOverlay         *toast_overlay;
  AdwHeaderBar            *header_bar;
  GtkWidget               *board_button;
  AdwViewSwitcherTitle    *switcher_title;
  AdwViewSwitcherBar      *switcher_bar;
  JuxtaDeckPicker         *deck_picker;
  JuxtaSourcesButton      *sources_button;
  GtkWidget               *presentation_button;
  GtkWidget               *tools_button;
  GtkRevealer             *stale_revealer;
  GtkLabel                *stale_label;
  GtkRevealer             *scenario_revealer;
  GtkLabel                *scenario_label;
  AdwFlap                 *flap;
  GtkWidget               *tools_sidebar;
  AdwViewStack            *center_stack;
  GtkScrolledWindow       *chart_scroller;
  GtkWidget               *menu_button;
  GtkWidget               *presets_button;
  GtkRevealer             *error_revealer;
  GtkLabel                *error_label;
  AdwFlap                 *board_flap;
  GtkWidget               *board_pane;
  GtkScrolledWindow       *board_scroller;
  GtkScrolledWindow       *comparison_scroller;
  AdwViewStackPage        *notes_page;
  GtkScrolledWindow       *notes_page_scroller;
  GtkWidget               *notes_separator;
  GtkScrolledWindow       *notes_scroller;
  JuxtaSliderBoard        *slider_board;
  JuxtaComparisonPanels   *comparison_panels;
  JuxtaRecommendationCard *recommendation_card;

  /* built on first use (juxta-window-pages.c): NULL until then */
  GtkDropDown             *chart_priority_dropdown;   /* the Sensitivity page */
  JuxtaSensitivityChart   *chart;
  GtkLabel                *chart_description;
  GtkWidget               *notes_clamp;               /* the talking points, in their page or pane */
  GtkWidget               *audience_row;
  GtkWidget               *audience_box;
  GtkWidget               *meeting_slot;
  JuxtaMeetingCards       *meeting_cards;
  JuxtaTalkingPointsPane  *talking_points_pane;
  GtkStack                *tools_stack;               /* the tools sidebar */
  GtkStackPage            *glossary_page;
  JuxtaPhraseGuardPane    *phrase_guard_pane;
  JuxtaGlossaryPane       *glossary_pane;

  GSettings               *settings;
  JuxtaSession            *session;
  GPtrArray               *problems;          /* JuxtaDiagnostic copies, from the last file that failed */
  char                    *problems_path;     /* that file */

  /* juxta-window.c */
  gboolean                 narrow;            /* the board slides over the comparison */
  gboolean                 wide;              /* the talking points have a pane of their own */
  gboolean                 board_pinned;      /* the workbench shows the board: the user's choice */
  guint                    layout_idle_id;

  /* juxta-window-deck.c */
  GFileMonitor            *monitor;           /* watches the deck's file */
  guint                    reload_id;
  GdkFrameClock           *first_frame_clock; /* while waiting for it, when the deck is deferred */
  gulong                   first_frame_id;
  guint                    first_deck_id;
  gboolean                 first_deck_pending;
  char                    *first_file;        /* named at launch, opened as the first deck */
  guint                    save_state_id;

  /* juxta-window-presentation.c */
  gboolean                 presenting;
  double                   zoom;
  char                    *zoom_class;        /* this window's, for the zoom style sheet */
};

/* juxta-window.c */
void      _juxta_window_apply_layout        (JuxtaWindow       *self);
void      _juxta_window_toast               (JuxtaWindow       *self,
                                             const char        *message);
void      _juxta_window_show_errors         (JuxtaWindow       *self,
                                             const char        *summary,
                                             const char        *path,
                                             GPtrArray         *diagnostics);
void      _juxta_window_hide_errors         (JuxtaWindow       *self);
void      _juxta_window_show_error_details  (JuxtaWindow       *self);
void      _juxta_window_set_audience        (JuxtaWindow       *self,
                                             const char        *id);

/* juxta-window-actions.c */
void      _juxta_window_class_actions_init  (GtkWidgetClass    *widget_class);
void      _juxta_window_update_actions      (JuxtaWindow       *self);

/* juxta-window-deck.c */
void      _juxta_window_deck_init           (JuxtaWindow       *self);
void      _juxta_window_deck_dispose        (JuxtaWindow       *self);
void      _juxta_window_load_first_deck     (JuxtaWindow       *self);
void      _juxta_window_defer_first_deck    (JuxtaWindow       *self);
void      _juxta_window_choose_file         (JuxtaWindow       *self);
gboolean  _juxta_window_reload              (JuxtaWindow       *self);
void      _juxta_window_deck_shown          (JuxtaWindow       *self);
void      _juxta_window_scenario_changed    (JuxtaWindow       *self);
void      _juxta_window_save_deck_state     (JuxtaWindow       *self);
void      _juxta_window_remember_recent     (JuxtaWindow       *self,
                                             const char        *path);

/* juxta-window-pages.c */
void      _juxta_window_pages_init          (JuxtaWindow       *self);
void      _juxta_window_pages_dispose       (JuxtaWindow       *self);
void      _juxta_window_pages_show_deck     (JuxtaWindow       *self,
                                             JuxtaDeck         *deck);
void      _juxta_window_pages_show_chart_priority (JuxtaWindow *self);
void      _juxta_window_ensure_chart        (JuxtaWindow       *self);
void      _juxta_window_ensure_notes        (JuxtaWindow       *self);
void      _juxta_window_ensure_tools        (JuxtaWindow       *self);
void      _juxta_window_set_lazy_menu       (GtkMenuButton     *button,
                                             GMenuModel        *model);

/* juxta-window-presentation.c */
void      _juxta_window_set_presenting      (JuxtaWindow       *self,
                                             gboolean           presenting);
void      _juxta_window_set_zoom            (JuxtaWindow       *self,
                                             double             zoom);
void      _juxta_window_show_tool           (JuxtaWindow       *self,
                                             const char        *page);
void      _juxta_window_presentation_init   (JuxtaWindow       *self);
void      _juxta_window_presentation_dispose (JuxtaWindow      *self);

/* Test hooks: what the menus and dialogs do, without their dialogs. */
gboolean  juxta_window_load_deck            (JuxtaWindow       *self,
                                             const char        *path,
                                             GError           **error);
gboolean  juxta_window_load_scenario        (JuxtaWindow       *self,
                                             const char        *path,
                                             GError           **error);
gboolean  juxta_window_save_scenario_to     (JuxtaWindow       *self,
                                             GFile             *file,
                                             GError           **error);
gboolean  juxta_window_export_to_file       (JuxtaWindow       *self,
                                             GFile             *file,
                                             JuxtaExportFormat  format,
                                             GError           **error);
void      juxta_window_build_pages          (JuxtaWindow       *self);

G_END_DECLS
