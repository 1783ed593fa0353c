/* juxta-deck-picker.c: the header bar's deck menu: bundled, user and recent decks
 *
 * The list is filled when the menu opens, not at startup: finding the
 * decks means reading each file, and the first frame should not wait.
 * Each opening reads again only the files that changed since the last.
 * Recent files are decks and scenarios alike; the button shows the deck
 * and, when one is open, the scenario's name.
 */

#define G_LOG_DOMAIN "juxta-deck-picker"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-catalog.h"
#include "juxta-deck-loader.h"
#include "juxta-deck-picker.h"
#include "juxta-session.h"

/* The title label asks for this many characters (width-chars): enough to
 * tell decks apart in a wide header bar, and what a narrow one can give;
 * likewise the scenario's name beside it, which would otherwise shrink to
 * a bare "…". */
#define TITLE_CHARS            20
#define COMPACT_TITLE_CHARS    10
#define SCENARIO_CHARS         8
#define COMPACT_SCENARIO_CHARS 4

typedef enum
{
  SECTION_BUNDLED,
  SECTION_USER,
  SECTION_RECENT,
} Section;

struct _JuxtaDeckPicker
{
  GtkWidget  parent_instance;

  GtkWidget *button;
  GtkWidget *title_label;
  GtkWidget *scenario_label;
  GtkWidget *popover;
  GtkWidget *list;

  JuxtaCatalogCache *catalog;   /* the decks as last read */

  char      *current_path;
  char      *scenario_path;
  GStrv      recent;
};

G_DEFINE_FINAL_TYPE (JuxtaDeckPicker, juxta_deck_picker, GTK_TYPE_WIDGET)

enum {
  FILE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
section_title (Section section)
{
  switch (section)
    {
    case SECTION_BUNDLED: return _("Bundled decks");
    case SECTION_USER:    return _("Your decks");
    case SECTION_RECENT:  return _("Recently opened");
    default:              g_return_val_if_reached (NULL);
    }
}

static void
add_row (JuxtaDeckPicker *self,
         Section          section,
         const char      *title,
         const char      *path,
         gboolean         scenario)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (title);
  g_autofree char *file_name = g_path_get_basename (path);
  /* TRANSLATORS: under a recent scenario's name in the deck menu: "Scenario · tuesday.json" */
  g_autofree char *subtitle = scenario ? g_strdup_printf (_("Scenario · %s"), file_name) : NULL;
  GtkWidget *where = gtk_label_new (scenario ? subtitle : file_name);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 48);
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (where, "caption");
  gtk_widget_add_css_class (where, "dim-label");
  gtk_widget_set_tooltip_text (row, path);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_opacity (check, g_strcmp0 (path, scenario ? self->scenario_path : self->current_path) == 0 ? 1 : 0);

  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), where);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), check);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "path", g_strdup (path), g_free);
  g_object_set_data (G_OBJECT (row), "section", GINT_TO_POINTER (section));
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  Section section = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "section"));
  GtkWidget *header;

  if (before != NULL && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (before), "section")) == (int) section)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (section_title (section));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_margin_top (header, before != NULL ? 12 : 6);
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_bottom (header, 3);
  gtk_list_box_row_set_header (row, header);
}

static gboolean
is_listed (GPtrArray  *entries,
           const char *path)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (((JuxtaCatalogEntry *) g_ptr_array_index (entries, i))->path, path))
      return TRUE;
  return FALSE;
}

static void
add_recent_rows (JuxtaDeckPicker *self,
                 GPtrArray       *entries)
{
  for (guint i = 0; self->recent != NULL && self->recent[i] != NULL; i++)
    {
      const char *path = self->recent[i];
      g_autofree char *title = NULL;
      gboolean scenario = FALSE;

      /* Decks in the lists above are not repeated. */
      if (is_listed (entries, path))
        continue;
      title = juxta_catalog_cache_get_title (self->catalog, path, &scenario);
      if (scenario)
        {
          g_autofree char *name = g_path_get_basename (path);

          if (g_str_has_suffix (name, ".json") && strlen (name) > 5)
            name[strlen (name) - 5] = '\0';
          add_row (self, SECTION_RECENT, name, path, TRUE);
          continue;
        }
      /* Nor are decks that are gone. */
      if (title != NULL)
        add_row (self, SECTION_RECENT, title, path, FALSE);
    }
}

static void
fill_list (JuxtaDeckPicker *self)
{
  g_autoptr(GPtrArray) entries = juxta_catalog_cache_list (self->catalog);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);

  for (guint i = 0; i < entries->len; i++)
    {
      JuxtaCatalogEntry *entry = g_ptr_array_index (entries, i);
      add_row (self, entry->bundled ? SECTION_BUNDLED : SECTION_USER, entry->title, entry->path, FALSE);
    }
  add_recent_rows (self, entries);
}

static void
popover_show_cb (GtkPopover      *popover,
                 JuxtaDeckPicker *self)
{
  fill_list (self);
}

static void
row_activated_cb (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  JuxtaDeckPicker *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");
  g_autofree char *chosen = g_strdup (path);

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_signal_emit (self, signals[FILE_CHOSEN], 0, chosen);
}

static void
juxta_deck_picker_dispose (GObject *object)
{
  JuxtaDeckPicker *self = JUXTA_DECK_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_DECK_PICKER);

  G_OBJECT_CLASS (juxta_deck_picker_parent_class)->dispose (object);
}

static void
juxta_deck_picker_finalize (GObject *object)
{
  JuxtaDeckPicker *self = JUXTA_DECK_PICKER (object);

  juxta_catalog_cache_free (self->catalog);
  g_free (self->current_path);
  g_free (self->scenario_path);
  g_strfreev (self->recent);

  G_OBJECT_CLASS (juxta_deck_picker_parent_class)->finalize (object);
}

static void
juxta_deck_picker_class_init (JuxtaDeckPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_deck_picker_dispose;
  object_class->finalize = juxta_deck_picker_finalize;

  /**
   * JuxtaDeckPicker::file-chosen:
   * The user picked this file: a deck, or a recent scenario.
   */
  signals[FILE_CHOSEN] =
    g_signal_new ("file-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-deck-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaDeckPicker, button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaDeckPicker, title_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaDeckPicker, scenario_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaDeckPicker, popover);
  gtk_widget_class_bind_template_child (widget_class, JuxtaDeckPicker, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
juxta_deck_picker_init (JuxtaDeckPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_width_chars (GTK_LABEL (self->title_label), TITLE_CHARS);
  gtk_label_set_width_chars (GTK_LABEL (self->scenario_label), SCENARIO_CHARS);
  self->catalog = juxta_catalog_cache_new ();
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->list), header_func, NULL, NULL);
  g_signal_connect (self->popover, "show", G_CALLBACK (popover_show_cb), self);
}

GtkWidget *
juxta_deck_picker_new (void)
{
  return g_object_new (JUXTA_TYPE_DECK_PICKER, NULL);
}

void
juxta_deck_picker_set_current (JuxtaDeckPicker *self,
                               const char      *title,
                               const char      *path)
{
  g_return_if_fail (JUXTA_IS_DECK_PICKER (self));

  gtk_label_set_label (GTK_LABEL (self->title_label), title);
  gtk_widget_set_tooltip_text (self->button, title);
  g_free (self->current_path);
  self->current_path = g_strdup (path);
}

void
juxta_deck_picker_set_recent (JuxtaDeckPicker   *self,
                              const char *const *paths)
{
  g_return_if_fail (JUXTA_IS_DECK_PICKER (self));

  g_strfreev (self->recent);
  self->recent = g_strdupv ((char **) paths);
}

/* The scenario open over the deck (@name NULL: none). */
void
juxta_deck_picker_set_scenario (JuxtaDeckPicker *self,
                                const char      *name,
                                const char      *path)
{
  g_return_if_fail (JUXTA_IS_DECK_PICKER (self));

  gtk_label_set_label (GTK_LABEL (self->scenario_label), name != NULL ? name : "");
  gtk_widget_set_visible (self->scenario_label, name != NULL);
  g_free (self->scenario_path);
  self->scenario_path = g_strdup (path);
}

/* The title's width: in a wide header bar, enough to read a deck's
 * title; a narrow window's header bar has no room for that. */
void
juxta_deck_picker_set_compact (JuxtaDeckPicker *self,
                               gboolean         compact)
{
  g_return_if_fail (JUXTA_IS_DECK_PICKER (self));

  gtk_label_set_width_chars (GTK_LABEL (self->title_label), compact ? COMPACT_TITLE_CHARS : TITLE_CHARS);
  gtk_label_set_width_chars (GTK_LABEL (self->scenario_label), compact ? COMPACT_SCENARIO_CHARS : SCENARIO_CHARS);
}
