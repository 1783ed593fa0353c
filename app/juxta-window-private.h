/* juxta-window-private.h: what the window's files share, and its test hooks
 *
 * The window is one class in these files:
 *   juxta-window.c               template, properties, header bar, errors,
 *                                the deck's warnings, layout
 *   juxta-window-actions.c       every action, and update_actions ()
 *   juxta-window-authoring.c     New Deck…, Open in Editor
 *   juxta-window-export.c        Export and Copy, and what they include
 *   juxta-window-deck.c          loading decks and scenarios, first-frame
 *                                deferral, reload and file monitor, open
 *                                dialog, drag and drop, per-deck settings
 *   juxta-window-pages.c         the pages not on show, built on first use
 *   juxta-window-presentation.c  presentation mode, zoom, the tools sidebar
 *   juxta-window-interview.c     "Ask the customer": the interview page
 *   juxta-window-stakeholders.c  the stakeholder bar, "Who prefers what",
 *                                asking one person
 */
#pragma once

#include "juxta-comparison-panels.h"
#include "juxta-deck-picker.h"
#include "juxta-export.h"
#include "juxta-glossary-pane.h"
#include "juxta-interview-view.h"
#include "juxta-meeting-cards.h"
#include "juxta-phrase-guard-pane.h"
#include "juxta-recommendation-card.h"
#include "juxta-sensitivity-chart.h"
#include "juxta-slider-board.h"
#include "juxta-sources-button.h"
#include "juxta-stakeholder-bar.h"
#include "juxta-stakeholder-matrix.h"
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
  GtkWidget               *tools_switcher;            /* shown when there is more than one tool */
  JuxtaPhraseGuardPane    *phrase_guard_pane;
  JuxtaGlossaryPane       *glossary_pane;

  GSettings               *settings;
  JuxtaSession            *session;
  GPtrArray               *problems;          /* JuxtaDiagnostic copies, from the last file that failed */
  char                    *problems_path;     /* that file */

  /* juxta-window.c */
  GPtrArray               *deck_warnings;     /* what checking the deck on screen found (JuxtaDiagnostic) */
  GPtrArray               *load_warnings;     /* the loader's, for the deck about to be shown, or NULL */
  gboolean                 narrow;            /* the board slides over the comparison */
  gboolean                 wide;              /* the talking points have a pane of their own */
  gboolean                 board_pinned;      /* the workbench shows the board: the user's choice */
  guint                    layout_idle_id;

  /* juxta-window-actions.c */
  GFile                   *chosen_file;       /* test hook: the file choosers' answer */

  /* juxta-window-export.c */
  GSimpleActionGroup      *include_actions;   /* "include.*": what Export and Copy include */

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

  /* juxta-window-interview.c */
  JuxtaInterviewView      *interview_view;    /* made on first use; a page of center_stack */
  gboolean                 interviewing;
  gboolean                 interview_presenting;   /* presentation mode when it started */
  gboolean                 interview_board_shown;  /* the board when it started */
  char                    *interview_return_page;  /* the page it was started from */
  char                    *interview_title;        /* the switcher title's own */

  /* juxta-window-stakeholders.c */
  GtkLabel                *chart_hint;             /* above the chart, once built */
  GtkWidget               *interview_button;       /* template child: Ask */
  JuxtaStakeholderBar     *stakeholder_bar;        /* at the top of board_pane */
  JuxtaStakeholderMatrix  *stakeholder_matrix;     /* made with the first person */
  AdwViewStackPage        *people_page;            /* its page of center_stack */
  GtkWidget               *ask_whom;               /* Ask's list of people, made on first use */
  char                    *ask_tooltip;            /* Ask's own tooltip, without people */
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
void      _juxta_window_take_load_warnings  (JuxtaWindow       *self,
                                             GPtrArray         *diagnostics);
void      _juxta_window_show_deck_warnings  (JuxtaWindow       *self);

/* juxta-window-actions.c */
void      _juxta_window_class_actions_init  (GtkWidgetClass    *widget_class);
void      _juxta_window_actions_init        (JuxtaWindow       *self);
void      _juxta_window_update_actions      (JuxtaWindow       *self);

/* juxta-window-authoring.c */
void      _juxta_window_new_deck            (JuxtaWindow       *self);
void      _juxta_window_edit_deck           (JuxtaWindow       *self);

/* juxta-window-export.c */
void      _juxta_window_export_init         (JuxtaWindow       *self);
JuxtaExportSections _juxta_window_get_export_sections (JuxtaWindow *self);
void      _juxta_window_export              (JuxtaWindow       *self);
void      _juxta_window_copy                (JuxtaWindow       *self);

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

/* juxta-window-interview.c */
JuxtaInterviewView *_juxta_window_ensure_interview (JuxtaWindow *self);
void      _juxta_window_open_interview      (JuxtaWindow       *self);
void      _juxta_window_cancel_interview    (JuxtaWindow       *self);
void      _juxta_window_update_switcher_bar (JuxtaWindow       *self);
void      _juxta_window_interview_dispose   (JuxtaWindow       *self);

/* juxta-window-stakeholders.c */
void      _juxta_window_class_stakeholders_init     (GtkWidgetClass *widget_class);
void      _juxta_window_stakeholders_init           (JuxtaWindow    *self);
void      _juxta_window_stakeholders_dispose        (JuxtaWindow    *self);
void      _juxta_window_ensure_people               (JuxtaWindow    *self);
void      _juxta_window_stakeholders_update_chart_hint (JuxtaWindow *self);
void      _juxta_window_stakeholders_set_presenting (JuxtaWindow    *self,
                                                     gboolean        presenting);
void      _juxta_window_stakeholders_lock           (JuxtaWindow    *self,
                                                     gboolean        locked);
gboolean  _juxta_window_ask_whom                    (JuxtaWindow    *self);
char     *_juxta_window_interview_title             (JuxtaWindow    *self);

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
gboolean  juxta_window_new_deck_at          (JuxtaWindow       *self,
                                             GFile             *file,
                                             GError           **error);
void      juxta_window_set_chosen_file      (JuxtaWindow       *self,
                                             GFile             *file);
GPtrArray *juxta_window_get_deck_warnings   (JuxtaWindow       *self);
void      juxta_window_build_pages          (JuxtaWindow       *self);

G_END_DECLS
