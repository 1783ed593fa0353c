/* juxta-stakeholder-bar.c: the people in the meeting, above the slider board
 *
 * One chip for everyone (the consensus) and one per stakeholder; the
 * chip that is on says whose sliders the board shows.  Under the chips, a
 * line says what that means: the consensus is read-only and comes from
 * the people; a person's sliders move the consensus.  The + button adds a
 * person (a popover with their name); a person's chip has a menu (right
 * click or long press) to rename or remove them, and so does the line
 * under the chips, with buttons, for the one selected.  Removing someone
 * can be undone from the toast that says so.
 *
 * The bar only shows the session and asks it for changes; names are
 * checked as they are typed, with the reason beside the entry.  In
 * presentation mode (not editable) the bar keeps the chips alone, and
 * hides itself while the meeting has no stakeholders.
 */

#define G_LOG_DOMAIN "juxta-stakeholder-bar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "juxta-stakeholder-bar-private.h"
#include "juxta-talking-points.h"
#include "juxta-wrap.h"
#include "juxta-wrap-box.h"

/* Chips wrap a long name at this many characters. */
#define CHIP_NAME_CHARS 24

struct _JuxtaStakeholderBar
{
  GtkWidget           parent_instance;

  /* template children */
  GtkWidget          *content;
  GtkWidget          *add_button;
  GtkWidget          *note_box;
  GtkWidget          *note_label;
  GtkWidget          *rename_button;
  GtkWidget          *remove_button;
  GtkWidget          *add_popover;
  GtkWidget          *add_entry;
  GtkWidget          *add_confirm;
  GtkWidget          *add_error;
  GtkWidget          *rename_popover;
  GtkWidget          *rename_entry;
  GtkWidget          *rename_confirm;
  GtkWidget          *rename_error;

  GtkWidget          *chips_box;     /* a JuxtaWrapBox */
  GtkWidget          *menu;          /* a chip's menu, made on first use */
  AdwToast           *removed_toast; /* the last "removed", while it shows (weak) */
  JuxtaSession       *session;
  GSimpleActionGroup *actions;
  GPtrArray          *chips;         /* GtkToggleButton: everyone, then each person */
  int                 renaming;      /* the person the rename popover is for */
  gboolean            editable;
};

G_DEFINE_FINAL_TYPE (JuxtaStakeholderBar, juxta_stakeholder_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const JuxtaStakeholder *
person (JuxtaStakeholderBar *self,
        int                  index)
{
  if (index < 0 || (guint) index >= juxta_session_get_n_stakeholders (self->session))
    return NULL;
  return juxta_session_get_stakeholder (self->session, (guint) index);
}

/* ------------------------------------------------------------- names */

/* Whether @text can name a person (@except: the one being renamed, or
 * -1); if not, why, in a sentence (NULL when the entry is just empty). */
static gboolean
check_name (JuxtaStakeholderBar  *self,
            const char           *text,
            int                   except,
            char                **why)
{
  g_autofree char *name = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;
  int found;

  *why = NULL;
  if (*name == '\0')
    return FALSE;
  if (!juxta_stakeholder_check_name (name, &error))
    {
      if (g_error_matches (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_NAME_TOO_LONG))
        *why = g_strdup_printf (_("A name has at most %d characters."), JUXTA_STAKEHOLDER_MAX_NAME_LENGTH);
      else
        *why = g_strdup (_("A name is one line of text, without control characters."));
      return FALSE;
    }
  found = juxta_session_find_stakeholder (self->session, name);
  if (found >= 0 && found != except)
    {
      /* TRANSLATORS: a name typed for a new stakeholder, or a renamed one, that someone in the meeting has */
      *why = g_strdup_printf (_("There is already a stakeholder called “%s”."), person (self, found)->name);
      return FALSE;
    }
  if (except < 0 && juxta_session_get_n_stakeholders (self->session) >= JUXTA_MAX_STAKEHOLDERS)
    {
      *why = g_strdup_printf (_("A meeting holds at most %d stakeholders."), JUXTA_MAX_STAKEHOLDERS);
      return FALSE;
    }
  return TRUE;
}

static void
show_problem (GtkWidget  *label,
              const char *why)
{
  if (why != NULL)
    juxta_wrap_label (GTK_LABEL (label), why);
  gtk_widget_set_visible (label, why != NULL);
}

/* As the name is typed: the button only for a name that can be used,
 * and the reason for one that cannot. */
static void
validate (JuxtaStakeholderBar *self,
          GtkWidget           *entry,
          GtkWidget           *confirm,
          GtkWidget           *error,
          int                  except)
{
  g_autofree char *why = NULL;
  gboolean ok = self->session != NULL &&
                check_name (self, gtk_editable_get_text (GTK_EDITABLE (entry)), except, &why);

  gtk_widget_set_sensitive (confirm, ok);
  show_problem (error, why);
}

static void
add_entry_changed_cb (GtkEditable         *entry,
                      JuxtaStakeholderBar *self)
{
  validate (self, self->add_entry, self->add_confirm, self->add_error, -1);
}

static void
rename_entry_changed_cb (GtkEditable         *entry,
                         JuxtaStakeholderBar *self)
{
  validate (self, self->rename_entry, self->rename_confirm, self->rename_error, self->renaming);
}

static void
add_confirmed (JuxtaStakeholderBar *self)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_widget_get_sensitive (self->add_confirm))
    return;
  if (juxta_session_add_stakeholder (self->session, gtk_editable_get_text (GTK_EDITABLE (self->add_entry)),
                                     &error) < 0)
    {
      show_problem (self->add_error, error->message);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (self->add_popover));
}

static void
rename_confirmed (JuxtaStakeholderBar *self)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_widget_get_sensitive (self->rename_confirm) || person (self, self->renaming) == NULL)
    return;
  if (!juxta_session_rename_stakeholder (self->session, (guint) self->renaming,
                                         gtk_editable_get_text (GTK_EDITABLE (self->rename_entry)), &error))
    {
      show_problem (self->rename_error, error->message);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (self->rename_popover));
}

static void
add_confirm_clicked_cb (GtkButton           *button,
                        JuxtaStakeholderBar *self)
{
  add_confirmed (self);
}

static void
rename_confirm_clicked_cb (GtkButton           *button,
                           JuxtaStakeholderBar *self)
{
  rename_confirmed (self);
}

static void
add_entry_activate_cb (GtkEntry            *entry,
                       JuxtaStakeholderBar *self)
{
  add_confirmed (self);
}

static void
rename_entry_activate_cb (GtkEntry            *entry,
                          JuxtaStakeholderBar *self)
{
  rename_confirmed (self);
}

/* A fresh, empty name each time the popover opens. */
static void
add_popover_show_cb (GtkWidget           *popover,
                     JuxtaStakeholderBar *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  validate (self, self->add_entry, self->add_confirm, self->add_error, -1);
  gtk_widget_grab_focus (self->add_entry);
}

/* A popover of the bar's own, pointing at person @index's chip. */
static void
point_at_chip (JuxtaStakeholderBar *self,
               GtkWidget           *popover,
               int                  index)
{
  GtkWidget *chip = (guint) (index + 1) < self->chips->len ? g_ptr_array_index (self->chips, index + 1) : NULL;
  graphene_rect_t bounds;

  if (chip != NULL && gtk_widget_compute_bounds (chip, GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                                 &(GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                                                   (int) bounds.size.width, (int) bounds.size.height });
}

/* ----------------------------------------------------------- actions */

static void
select_change_state (GSimpleAction *action,
                     GVariant      *value,
                     gpointer       user_data)
{
  JuxtaStakeholderBar *self = user_data;

  if (self->session != NULL)
    juxta_session_select_stakeholder (self->session, g_variant_get_int32 (value));
}

static void
add_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  juxta_stakeholder_bar_begin_add (user_data);
}

static void
rename_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  JuxtaStakeholderBar *self = user_data;
  int index = g_variant_get_int32 (parameter);
  const JuxtaStakeholder *who = person (self, index);

  if (who == NULL)
    return;
  self->renaming = index;
  gtk_editable_set_text (GTK_EDITABLE (self->rename_entry), who->name);
  validate (self, self->rename_entry, self->rename_confirm, self->rename_error, index);
  point_at_chip (self, self->rename_popover, index);
  gtk_popover_popup (GTK_POPOVER (self->rename_popover));
  gtk_widget_grab_focus (self->rename_entry);
  gtk_editable_select_region (GTK_EDITABLE (self->rename_entry), 0, -1);
}

/* What Undo needs to bring a removed person back: who they were (their
 * name, weights and answers), where, and whether they were selected. */
typedef struct
{
  GWeakRef          bar;
  JuxtaSession     *session;
  JuxtaDeck        *deck;
  JuxtaStakeholder *person;
  guint             index;
  gboolean          selected;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_weak_ref_clear (&undo->bar);
  g_object_unref (undo->session);
  g_object_unref (undo->deck);
  juxta_stakeholder_free (undo->person);
  g_free (undo);
}

static void
toast (JuxtaStakeholderBar *self,
       AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Puts the person back where they were, if the deck is the same and the
 * bar can still be used (not during an interview).  Everything else
 * stays as it is now: others' sliders moved since, people added since.
 * Selected again if they were and nobody else has been since. */
static void
undo_clicked_cb (AdwToast *button_toast,
                 Undo     *undo)
{
  g_autoptr(GtkWidget) bar = g_weak_ref_get (&undo->bar);
  g_autoptr(GError) error = NULL;

  if (bar == NULL || !gtk_widget_is_sensitive (bar) || juxta_session_get_deck (undo->session) != undo->deck)
    return;
  if (!juxta_session_insert_stakeholder (undo->session, undo->index, undo->person,
                                         undo->selected && juxta_session_get_selected_stakeholder (undo->session) < 0,
                                         &error))
    {
      /* TRANSLATORS: a toast when Undo cannot bring a removed stakeholder back; the second %s says why */
      g_autofree char *message = g_strdup_printf (_("Could not bring back “%s”: %s"), undo->person->name,
                                                  error->message);
      AdwToast *failed = adw_toast_new (message);

      /* At once, over the toast whose Undo this was. */
      adw_toast_set_priority (failed, ADW_TOAST_PRIORITY_HIGH);
      toast (JUXTA_STAKEHOLDER_BAR (bar), failed);
    }
}

static void
toast_removed (JuxtaStakeholderBar    *self,
               const JuxtaStakeholder *who,
               guint                   index,
               gboolean                selected)
{
  g_autofree char *message = NULL;
  AdwToast *removed;
  Undo *undo;

  if (gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY) == NULL)
    return;
  /* TRANSLATORS: a toast, with an Undo button, after a stakeholder was removed */
  message = g_strdup_printf (_("“%s” removed"), who->name);
  removed = adw_toast_new (message);
  adw_toast_set_button_label (removed, _("_Undo"));
  undo = g_new0 (Undo, 1);
  g_weak_ref_init (&undo->bar, self);
  undo->session = g_object_ref (self->session);
  undo->deck = g_object_ref (juxta_session_get_deck (self->session));
  undo->person = juxta_stakeholder_copy (who);
  undo->index = index;
  undo->selected = selected;
  g_signal_connect_data (removed, "button-clicked", G_CALLBACK (undo_clicked_cb), undo, undo_free, 0);
  if (self->removed_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->removed_toast), (gpointer *) &self->removed_toast);
  self->removed_toast = removed;
  g_object_add_weak_pointer (G_OBJECT (removed), (gpointer *) &self->removed_toast);
  toast (self, removed);
}

static void
remove_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  JuxtaStakeholderBar *self = user_data;
  int index = g_variant_get_int32 (parameter);
  const JuxtaStakeholder *who = person (self, index);
  g_autoptr(JuxtaStakeholder) removed = NULL;
  gboolean selected;

  if (who == NULL)
    return;
  removed = juxta_stakeholder_copy (who);
  selected = juxta_session_get_selected_stakeholder (self->session) == index;
  if (juxta_session_remove_stakeholder (self->session, (guint) index))
    toast_removed (self, removed, (guint) index, selected);
}

static const GActionEntry action_entries[] = {
  /* The chips' state: who is selected, -1 for everyone. */
  { "select", NULL, "i", "-1", select_change_state, { 0 } },
  { "add", add_activated, NULL, NULL, NULL, { 0 } },
  { "rename", rename_activated, "i", NULL, NULL, { 0 } },
  { "remove", remove_activated, "i", NULL, NULL, { 0 } },
};

static void
update_actions (JuxtaStakeholderBar *self)
{
  gboolean have_deck = self->session != NULL && juxta_session_get_deck (self->session) != NULL;
  const char *editing[] = { "add", "rename", "remove" };

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions),
                                                                              editing[i])),
                                 have_deck && self->editable);
}

/* ------------------------------------------------------------- chips */

static void
chip_popup (JuxtaStakeholderBar *self,
            GtkWidget           *chip)
{
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chip), "index"));

  if (index >= 0)
    juxta_stakeholder_bar_popup_menu (self, index);
}

static void
chip_pressed_cb (GtkGestureClick     *gesture,
                 int                  n_press,
                 double               x,
                 double               y,
                 JuxtaStakeholderBar *self)
{
  chip_popup (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
chip_long_pressed_cb (GtkGestureLongPress *gesture,
                      double               x,
                      double               y,
                      JuxtaStakeholderBar *self)
{
  chip_popup (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
}

/* Shift+F10 and the Menu key open a chip's menu, as a right click does. */
static gboolean
chip_menu_key_cb (GtkWidget *chip,
                  GVariant  *args,
                  gpointer   user_data)
{
  chip_popup (user_data, chip);
  return TRUE;
}

static GtkWidget *
create_chip (JuxtaStakeholderBar *self,
             int                  index)
{
  GtkWidget *chip = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *picture;

  if (index < 0)
    picture = gtk_image_new_from_icon_name ("system-users-symbolic");
  else
    {
      GtkGesture *click = gtk_gesture_click_new ();
      GtkGesture *long_press = gtk_gesture_long_press_new ();
      GtkEventController *keys = gtk_shortcut_controller_new ();
      GtkShortcutAction *popup = gtk_callback_action_new (chip_menu_key_cb, self, NULL);

      picture = adw_avatar_new (20, NULL, TRUE);
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
      g_signal_connect (click, "pressed", G_CALLBACK (chip_pressed_cb), self);
      gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (click));
      g_signal_connect (long_press, "pressed", G_CALLBACK (chip_long_pressed_cb), self);
      gtk_widget_add_controller (chip, GTK_EVENT_CONTROLLER (long_press));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                            gtk_shortcut_new (gtk_alternative_trigger_new (
                                                                gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK),
                                                                gtk_keyval_trigger_new (GDK_KEY_Menu, 0)),
                                                              popup));
      gtk_widget_add_controller (chip, keys);
    }
  gtk_widget_add_css_class (picture, "stakeholder-picture");
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);

  /* A long name wraps between its words rather than being cut short. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), CHIP_NAME_CHARS);
  gtk_box_append (GTK_BOX (box), picture);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (chip), box);

  gtk_widget_add_css_class (chip, "stakeholder-chip");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (chip), "stakeholders.select");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (chip), g_variant_new_int32 (index));
  g_object_set_data (G_OBJECT (chip), "index", GINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (chip), "label", label);
  g_object_set_data (G_OBJECT (chip), "picture", picture);

  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  juxta_wrap_box_append (JUXTA_WRAP_BOX (self->chips_box), chip);
  return chip;
}

/* One chip for everyone and one per person; rebuilt only when the number
 * of people changes. */
static void
ensure_chips (JuxtaStakeholderBar *self,
              guint                n)
{
  if (self->chips->len == n + 1)
    return;
  g_ptr_array_set_size (self->chips, 0);
  juxta_wrap_box_remove_all (JUXTA_WRAP_BOX (self->chips_box));
  for (int k = -1; k < (int) n; k++)
    g_ptr_array_add (self->chips, create_chip (self, k));
}

/* What a screen reader says for person @k's chip, beyond the name: what
 * the consensus costs them. */
static char *
describe_person (JuxtaStakeholderBar *self,
                 guint                k)
{
  const JuxtaConsensus *consensus = juxta_session_get_consensus (self->session);

  if (consensus == NULL || k >= consensus->n_stakeholders)
    return g_strdup ("");
  return juxta_describe_regret (juxta_session_get_deck (self->session), consensus,
                                juxta_session_get_stakeholders (self->session, NULL), k);
}

static void
update_chips (JuxtaStakeholderBar *self)
{
  guint n = juxta_session_get_n_stakeholders (self->session);

  ensure_chips (self, n);
  for (guint i = 0; i < self->chips->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->chips, i);
      GtkLabel *label = g_object_get_data (G_OBJECT (chip), "label");
      const char *name = i == 0 ? _("Everyone (consensus)") : person (self, (int) i - 1)->name;
      g_autofree char *description = i == 0 ? g_strdup (gtk_label_get_label (GTK_LABEL (self->note_label)))
                                            : describe_person (self, i - 1);

      if (g_strcmp0 (gtk_label_get_label (label), name) != 0)
        {
          juxta_wrap_label (label, name);
          if (i > 0)
            {
              g_autofree char *initials = juxta_stakeholder_avatar_text (name);
              adw_avatar_set_text (ADW_AVATAR (g_object_get_data (G_OBJECT (chip), "picture")), initials);
            }
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
}

/* The line under the chips: what the sliders are now. */
static void
update_note (JuxtaStakeholderBar *self)
{
  guint n = juxta_session_get_n_stakeholders (self->session);
  int selected = juxta_session_get_selected_stakeholder (self->session);
  const JuxtaStakeholder *who = person (self, selected);
  g_autofree char *text = NULL;
  g_autofree char *rename = NULL;
  g_autofree char *remove = NULL;

  gtk_widget_set_visible (self->note_box, n > 0);
  if (n == 0)
    return;
  if (who == NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Read-only: the consensus of %u person’s sliders. Select them to move "
                                         "theirs.",
                                         "Read-only: the consensus of %u people’s sliders. Select a person to move "
                                         "theirs.", n),
                            n);
  else
    {
      /* TRANSLATORS: under the stakeholders' chips, when one person is selected */
      text = g_strdup_printf (_("The sliders are %s’s: the consensus follows them."), who->name);
      /* TRANSLATORS: tooltips of the buttons beside it */
      rename = g_strdup_printf (_("Rename %s…"), who->name);
      remove = g_strdup_printf (_("Remove %s"), who->name);
      gtk_widget_set_tooltip_text (self->rename_button, rename);
      gtk_widget_set_tooltip_text (self->remove_button, remove);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->rename_button), GTK_ACCESSIBLE_PROPERTY_LABEL, rename, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->rename_button), g_variant_new_int32 (selected));
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->remove_button), g_variant_new_int32 (selected));
    }
  juxta_wrap_label (GTK_LABEL (self->note_label), text);
  gtk_widget_set_visible (self->rename_button, who != NULL && self->editable);
  gtk_widget_set_visible (self->remove_button, who != NULL && self->editable);
}

static void
update_visibility (JuxtaStakeholderBar *self)
{
  gboolean have_deck = self->session != NULL && juxta_session_get_deck (self->session) != NULL;
  guint n = self->session != NULL ? juxta_session_get_n_stakeholders (self->session) : 0;

  gtk_widget_set_visible (self->content, have_deck && (self->editable || n > 0));
  gtk_widget_set_visible (self->add_button, self->editable);
  gtk_widget_set_visible (self->chips_box, n > 0);
  if (n > 0)
    gtk_widget_add_css_class (self->content, "with-people");
  else
    gtk_widget_remove_css_class (self->content, "with-people");
}

/* The popovers about one person: their index means someone else once
 * people come or go. */
static void
close_person_popovers (JuxtaStakeholderBar *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->rename_popover));
  if (self->menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->menu));
}

static void
session_changed_cb (JuxtaSession        *session,
                    JuxtaSessionChange   changes,
                    JuxtaStakeholderBar *self)
{
  if (juxta_session_get_deck (session) == NULL)
    return;
  if (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_STAKEHOLDERS))
    {
      GAction *select = g_action_map_lookup_action (G_ACTION_MAP (self->actions), "select");

      if ((changes & JUXTA_SESSION_CHANGE_DECK) || self->chips->len != juxta_session_get_n_stakeholders (session) + 1)
        close_person_popovers (self);
      update_note (self);
      update_visibility (self);
      update_actions (self);
      g_simple_action_set_state (G_SIMPLE_ACTION (select),
                                 g_variant_new_int32 (juxta_session_get_selected_stakeholder (session)));
    }
  /* The chips' descriptions say what the consensus costs each person. */
  if (changes & (JUXTA_SESSION_CHANGE_DECK | JUXTA_SESSION_CHANGE_STAKEHOLDERS | JUXTA_SESSION_CHANGE_ADVICE))
    update_chips (self);
}

/* --------------------------------------------------------- overrides */

static void
juxta_stakeholder_bar_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  JuxtaStakeholderBar *self = JUXTA_STAKEHOLDER_BAR (object);

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
juxta_stakeholder_bar_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  JuxtaStakeholderBar *self = JUXTA_STAKEHOLDER_BAR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      juxta_stakeholder_bar_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
juxta_stakeholder_bar_dispose (GObject *object)
{
  JuxtaStakeholderBar *self = JUXTA_STAKEHOLDER_BAR (object);

  juxta_session_unfollow (&self->session, self);
  if (self->removed_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->removed_toast), (gpointer *) &self->removed_toast);
  self->removed_toast = NULL;
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  if (self->rename_popover != NULL)
    gtk_widget_unparent (self->rename_popover);
  gtk_widget_dispose_template (GTK_WIDGET (self), JUXTA_TYPE_STAKEHOLDER_BAR);
  g_clear_pointer (&self->chips, g_ptr_array_unref);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (juxta_stakeholder_bar_parent_class)->dispose (object);
}

static void
juxta_stakeholder_bar_class_init (JuxtaStakeholderBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = juxta_stakeholder_bar_dispose;
  object_class->get_property = juxta_stakeholder_bar_get_property;
  object_class->set_property = juxta_stakeholder_bar_set_property;

  /**
   * JuxtaStakeholderBar:session:
   * The session whose stakeholders the bar shows and changes.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, JUXTA_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/juxta/Juxta/ui/juxta-stakeholder-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, content);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, add_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, note_box);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, note_label);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, rename_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, remove_button);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, add_popover);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, add_entry);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, add_confirm);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, add_error);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, rename_popover);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, rename_entry);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, rename_confirm);
  gtk_widget_class_bind_template_child (widget_class, JuxtaStakeholderBar, rename_error);
  gtk_widget_class_set_css_name (widget_class, "stakeholderbar");
}

/* Locked (the interview asks someone): nothing half-done stays open. */
static void
sensitive_changed_cb (JuxtaStakeholderBar *self,
                      GParamSpec          *pspec,
                      gpointer             user_data)
{
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self)))
    {
      gtk_popover_popdown (GTK_POPOVER (self->add_popover));
      close_person_popovers (self);
    }
}

static void
juxta_stakeholder_bar_init (JuxtaStakeholderBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->chips = g_ptr_array_new ();
  self->chips_box = juxta_wrap_box_new (6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chips_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Whose priorities the sliders show"),
                                  -1);
  /* Between the heading and the line under the chips; the board's faders
   * scroll below, the chips stay (a meeting has a handful of people). */
  gtk_box_insert_child_after (GTK_BOX (self->content), self->chips_box, gtk_widget_get_first_child (self->content));
  self->renaming = -1;
  self->editable = TRUE;

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries, G_N_ELEMENTS (action_entries),
                                   self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "stakeholders", G_ACTION_GROUP (self->actions));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->rename_button), "stakeholders.rename");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "stakeholders.remove");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->rename_button), g_variant_new_int32 (-1));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->remove_button), g_variant_new_int32 (-1));

  gtk_widget_set_parent (self->rename_popover, GTK_WIDGET (self));
  g_signal_connect (self->add_popover, "show", G_CALLBACK (add_popover_show_cb), self);
  g_signal_connect (self->add_entry, "changed", G_CALLBACK (add_entry_changed_cb), self);
  g_signal_connect (self->add_entry, "activate", G_CALLBACK (add_entry_activate_cb), self);
  g_signal_connect (self->add_confirm, "clicked", G_CALLBACK (add_confirm_clicked_cb), self);
  g_signal_connect (self->rename_entry, "changed", G_CALLBACK (rename_entry_changed_cb), self);
  g_signal_connect (self->rename_entry, "activate", G_CALLBACK (rename_entry_activate_cb), self);
  g_signal_connect (self->rename_confirm, "clicked", G_CALLBACK (rename_confirm_clicked_cb), self);
  g_signal_connect (self, "notify::sensitive", G_CALLBACK (sensitive_changed_cb), NULL);
  update_visibility (self);
  update_actions (self);
}

GtkWidget *
juxta_stakeholder_bar_new (void)
{
  return g_object_new (JUXTA_TYPE_STAKEHOLDER_BAR, NULL);
}

/* Shows @session's stakeholders and changes them; set once, by the window. */
void
juxta_stakeholder_bar_set_session (JuxtaStakeholderBar *self,
                                   JuxtaSession        *session)
{
  g_return_if_fail (JUXTA_IS_STAKEHOLDER_BAR (self));
  g_return_if_fail (session == NULL || JUXTA_IS_SESSION (session));

  if (juxta_session_follow (&self->session, session, self, G_CALLBACK (session_changed_cb)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

JuxtaSession *
juxta_stakeholder_bar_get_session (JuxtaStakeholderBar *self)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_BAR (self), NULL);
  return self->session;
}

/* Presentation mode keeps the chips alone: adding, renaming and removing
 * people is preparation, and a meeting without any shows no bar. */
void
juxta_stakeholder_bar_set_editable (JuxtaStakeholderBar *self,
                                    gboolean             editable)
{
  g_return_if_fail (JUXTA_IS_STAKEHOLDER_BAR (self));

  self->editable = editable;
  if (!editable)
    {
      gtk_popover_popdown (GTK_POPOVER (self->add_popover));
      close_person_popovers (self);
    }
  update_visibility (self);
  update_actions (self);
  if (self->session != NULL && juxta_session_get_deck (self->session) != NULL)
    update_note (self);
}

/* Opens the popover that asks for a new person's name. */
void
juxta_stakeholder_bar_begin_add (JuxtaStakeholderBar *self)
{
  g_return_if_fail (JUXTA_IS_STAKEHOLDER_BAR (self));

  if (self->editable && gtk_widget_get_visible (self->content))
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->add_button));
}

GtkToggleButton *
juxta_stakeholder_bar_get_chip (JuxtaStakeholderBar *self,
                                int                  index)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_BAR (self), NULL);

  if (index < -1 || (guint) (index + 1) >= self->chips->len)
    return NULL;
  return g_ptr_array_index (self->chips, index + 1);
}

GtkWidget *
juxta_stakeholder_bar_get_widget (JuxtaStakeholderBar *self,
                                  const char          *name)
{
  const struct { const char *name; gsize offset; } widgets[] = {
    { "add", G_STRUCT_OFFSET (JuxtaStakeholderBar, add_button) },
    { "add-entry", G_STRUCT_OFFSET (JuxtaStakeholderBar, add_entry) },
    { "add-confirm", G_STRUCT_OFFSET (JuxtaStakeholderBar, add_confirm) },
    { "add-error", G_STRUCT_OFFSET (JuxtaStakeholderBar, add_error) },
    { "rename", G_STRUCT_OFFSET (JuxtaStakeholderBar, rename_button) },
    { "remove", G_STRUCT_OFFSET (JuxtaStakeholderBar, remove_button) },
    { "rename-entry", G_STRUCT_OFFSET (JuxtaStakeholderBar, rename_entry) },
    { "rename-confirm", G_STRUCT_OFFSET (JuxtaStakeholderBar, rename_confirm) },
    { "rename-error", G_STRUCT_OFFSET (JuxtaStakeholderBar, rename_error) },
    { "note", G_STRUCT_OFFSET (JuxtaStakeholderBar, note_label) },
  };

  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_BAR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    if (g_str_equal (widgets[i].name, name))
      return G_STRUCT_MEMBER (GtkWidget *, self, widgets[i].offset);
  g_return_val_if_reached (NULL);
}

/* A person's menu: Rename… and Remove, beside their chip. */
GtkPopover *
juxta_stakeholder_bar_popup_menu (JuxtaStakeholderBar *self,
                                  int                  index)
{
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenuItem) rename = NULL;
  g_autoptr(GMenuItem) remove = NULL;

  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_BAR (self), NULL);

  if (!self->editable || person (self, index) == NULL)
    return NULL;
  menu = g_menu_new ();
  rename = g_menu_item_new (_("_Rename…"), NULL);
  g_menu_item_set_action_and_target_value (rename, "stakeholders.rename", g_variant_new_int32 (index));
  g_menu_append_item (menu, rename);
  remove = g_menu_item_new (_("Re_move"), NULL);
  g_menu_item_set_action_and_target_value (remove, "stakeholders.remove", g_variant_new_int32 (index));
  g_menu_append_item (menu, remove);

  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
    }
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), G_MENU_MODEL (menu));
  point_at_chip (self, self->menu, index);
  gtk_popover_popup (GTK_POPOVER (self->menu));
  return GTK_POPOVER (self->menu);
}

AdwToast *
juxta_stakeholder_bar_get_removed_toast (JuxtaStakeholderBar *self)
{
  g_return_val_if_fail (JUXTA_IS_STAKEHOLDER_BAR (self), NULL);
  return self->removed_toast;
}

/* What a person's avatar takes its initials and colour from: their name's
 * words that start with a letter or a digit ("王秀英 (财务)": "王秀英"). */
char *
juxta_stakeholder_avatar_text (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name != NULL ? name : "", " ", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && g_unichar_isalnum (g_utf8_get_char_validated (words[i], -1)))
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", words[i]);
  return g_string_free (text, FALSE);
}
