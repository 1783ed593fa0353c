/* juxta-interview-choice.h: the interview's answer: which of two priorities matters more, and how much */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define JUXTA_TYPE_INTERVIEW_CHOICE (juxta_interview_choice_get_type ())

G_DECLARE_FINAL_TYPE (JuxtaInterviewChoice, juxta_interview_choice, JUXTA, INTERVIEW_CHOICE, GtkWidget)

GtkWidget  *juxta_interview_choice_new          (void);
void        juxta_interview_choice_set_question (JuxtaInterviewChoice *self,
                                                 const char           *a,
                                                 const char           *b,
                                                 const char           *question,
                                                 int                   step);
int         juxta_interview_choice_get_step     (JuxtaInterviewChoice *self);
GtkRange   *juxta_interview_choice_get_scale    (JuxtaInterviewChoice *self);
const char *juxta_interview_choice_get_answer   (JuxtaInterviewChoice *self);

G_END_DECLS
