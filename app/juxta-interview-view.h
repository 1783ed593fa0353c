/* juxta-interview-view.h: "Ask the customer": pairwise trade-off questions that set the sliders */
#pragma once

#include <gtk/gtk.h>

#include "juxta-session.h"

G_BEGIN_DECLS

#define JUXTA_TYPE_INTERVIEW_VIEW (juxta_interview_view_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaInterviewView, juxta_interview_view, JUXTA, INTERVIEW_VIEW, GtkWidget)

GtkWidget    *juxta_interview_view_new          (JuxtaSession       *session);
void          juxta_interview_view_set_session  (JuxtaInterviewView *self,
                                                 JuxtaSession       *session);
JuxtaSession *juxta_interview_view_get_session  (JuxtaInterviewView *self);
void          juxta_interview_view_start        (JuxtaInterviewView *self);
gboolean      juxta_interview_view_get_active   (JuxtaInterviewView *self);
void          juxta_interview_view_finish       (JuxtaInterviewView *self);
void          juxta_interview_view_cancel       (JuxtaInterviewView *self);
gboolean      juxta_interview_view_focus_choice (JuxtaInterviewView *self);

G_END_DECLS
