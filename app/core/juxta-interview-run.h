/* juxta-interview-run.h: one interview as it goes: the question on screen, Back, Skip, Revisit
 *
 * The session keeps the answers (juxta-interview.h computes from them);
 * a run keeps what the session does not: the order the questions were
 * answered in, for Back; the questions skipped, which are not asked again
 * until asked for; and whether the question on screen is a new one or an
 * answered one asked again.  Every function takes the answers as they are
 * now, so that a run follows answers that change elsewhere.
 */
#pragma once

#include "juxta-interview.h"

G_BEGIN_DECLS

typedef struct
{
  GArray             *history;       /* JuxtaInterviewPair: the answered questions, oldest first */
  GArray             *skipped;       /* JuxtaInterviewPair */
  int                 revisiting;    /* index into history: an answered question asked again; -1: a new one */
  gboolean            has_question;  /* FALSE: no new question is left to ask */
  JuxtaInterviewPair  pair;          /* the question on screen (a < b), while asking */
} JuxtaInterviewRun;

JuxtaInterviewRun *juxta_interview_run_new             (void);
void               juxta_interview_run_free            (JuxtaInterviewRun          *run);

/* Whether a question is on screen (else: nothing left to ask). */
gboolean           juxta_interview_run_is_asking       (const JuxtaInterviewRun    *run);
/* Whether the answered question (a, b) is on screen, asked again. */
gboolean           juxta_interview_run_is_revisiting   (const JuxtaInterviewRun    *run,
                                                        guint                       a,
                                                        guint                       b);
/* Where the choice starts for the question on screen: 0, or the answer
 * it has when it is asked again (which makes it the pair on screen). */
int                juxta_interview_run_get_step        (JuxtaInterviewRun          *run,
                                                        const JuxtaInterviewAnswer *answers,
                                                        guint                       n_answers);
/* The questions neither answered nor skipped. */
guint              juxta_interview_run_count_open      (const JuxtaInterviewRun    *run,
                                                        guint                       n_priorities,
                                                        const JuxtaInterviewAnswer *answers,
                                                        guint                       n_answers);

/* A new run: the answers there are (a scenario file's, an earlier
 * interview's) in their order, nothing skipped, the next new question. */
void               juxta_interview_run_start           (JuxtaInterviewRun          *run,
                                                        guint                       n_priorities,
                                                        const JuxtaInterviewAnswer *answers,
                                                        guint                       n_answers);
/* The history follows the answers: each answered pair once, in the order
 * answered; pairs no longer answered leave it. */
void               juxta_interview_run_sync            (JuxtaInterviewRun          *run,
                                                        const JuxtaInterviewAnswer *answers,
                                                        guint                       n_answers);
/* The next new question is on screen, if any is left. */
void               juxta_interview_run_next            (JuxtaInterviewRun          *run,
                                                        guint                       n_priorities,
                                                        const JuxtaInterviewAnswer *answers,
                                                        guint                       n_answers);
/* The answer before the one on screen, asked again; FALSE: there is none. */
gboolean           juxta_interview_run_can_back        (const JuxtaInterviewRun    *run);
gboolean           juxta_interview_run_back            (JuxtaInterviewRun          *run);
/* The new question on screen is skipped for the next; FALSE when an
 * answered one is on screen, or nothing. */
gboolean           juxta_interview_run_can_skip        (const JuxtaInterviewRun    *run);
gboolean           juxta_interview_run_skip            (JuxtaInterviewRun          *run,
                                                        guint                       n_priorities,
                                                        const JuxtaInterviewAnswer *answers,
                                                        guint                       n_answers);
/* The answered question (a, b) asked again; FALSE: it was not answered. */
gboolean           juxta_interview_run_revisit         (JuxtaInterviewRun          *run,
                                                        guint                       a,
                                                        guint                       b);
/* The skipped questions may be asked again: the next new question. */
void               juxta_interview_run_unskip          (JuxtaInterviewRun          *run,
                                                        guint                       n_priorities,
                                                        const JuxtaInterviewAnswer *answers,
                                                        guint                       n_answers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JuxtaInterviewRun, juxta_interview_run_free)

G_END_DECLS
