/* juxta-interview-view-private.h: the interview's widgets and state, for tests */
#pragma once

#include "juxta-interview-view.h"

G_BEGIN_DECLS

GtkRange   *juxta_interview_view_get_choice    (JuxtaInterviewView *self);
gboolean    juxta_interview_view_get_question  (JuxtaInterviewView *self,
                                                guint              *a,
                                                guint              *b);
int         juxta_interview_view_get_step      (JuxtaInterviewView *self);
GtkWidget  *juxta_interview_view_get_button    (JuxtaInterviewView *self,
                                                const char         *name);
const char *juxta_interview_view_get_agreement (JuxtaInterviewView *self);
const char *juxta_interview_view_get_worst     (JuxtaInterviewView *self);
const char *juxta_interview_view_get_progress  (JuxtaInterviewView *self);
const char *juxta_interview_view_get_hint      (JuxtaInterviewView *self);
const char *juxta_interview_view_get_answer    (JuxtaInterviewView *self);

G_END_DECLS
