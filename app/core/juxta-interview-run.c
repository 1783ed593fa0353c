/* juxta-interview-run.c: one interview as it goes: the question on screen, Back, Skip, Revisit */

#define G_LOG_DOMAIN "juxta-interview-run"

#include "config.h"

#include "juxta-interview-run.h"

static gboolean
same_pair (const JuxtaInterviewPair *pair,
           guint                     a,
           guint                     b)
{
  return (pair->a == a && pair->b == b) || (pair->a == b && pair->b == a);
}

static int
find_in (GArray *pairs,
         guint   a,
         guint   b)
{
  for (guint i = 0; i < pairs->len; i++)
    if (same_pair (&g_array_index (pairs, JuxtaInterviewPair, i), a, b))
      return (int) i;
  return -1;
}

static JuxtaInterviewPair
pair_of (const JuxtaInterviewAnswer *answer)
{
  JuxtaInterviewPair pair = { MIN (answer->priority, answer->other), MAX (answer->priority, answer->other) };

  return pair;
}

JuxtaInterviewRun *
juxta_interview_run_new (void)
{
  JuxtaInterviewRun *run = g_new0 (JuxtaInterviewRun, 1);

  run->history = g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewPair));
  run->skipped = g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewPair));
  run->revisiting = -1;
  return run;
}

void
juxta_interview_run_free (JuxtaInterviewRun *run)
{
  if (run == NULL)
    return;
  g_array_unref (run->history);
  g_array_unref (run->skipped);
  g_free (run);
}

gboolean
juxta_interview_run_is_asking (const JuxtaInterviewRun *run)
{
  g_return_val_if_fail (run != NULL, FALSE);
  return run->revisiting >= 0 || run->has_question;
}

gboolean
juxta_interview_run_is_revisiting (const JuxtaInterviewRun *run,
                                   guint                    a,
                                   guint                    b)
{
  g_return_val_if_fail (run != NULL, FALSE);
  return run->revisiting >= 0 && same_pair (&run->pair, a, b);
}

int
juxta_interview_run_get_step (JuxtaInterviewRun          *run,
                              const JuxtaInterviewAnswer *answers,
                              guint                       n_answers)
{
  int k;

  g_return_val_if_fail (run != NULL, 0);

  if (run->revisiting < 0)
    return 0;
  run->pair = g_array_index (run->history, JuxtaInterviewPair, run->revisiting);
  k = juxta_interview_find_pair (answers, n_answers, run->pair.a, run->pair.b);
  return k >= 0 ? juxta_interview_answer_get_step (&answers[k], run->pair.a, run->pair.b) : 0;
}

guint
juxta_interview_run_count_open (const JuxtaInterviewRun    *run,
                                guint                       n_priorities,
                                const JuxtaInterviewAnswer *answers,
                                guint                       n_answers)
{
  guint open = 0;

  g_return_val_if_fail (run != NULL, 0);

  for (guint a = 0; a < n_priorities; a++)
    for (guint b = a + 1; b < n_priorities; b++)
      if (juxta_interview_find_pair (answers, n_answers, a, b) < 0 && find_in (run->skipped, a, b) < 0)
        open++;
  return open;
}

void
juxta_interview_run_start (JuxtaInterviewRun          *run,
                           guint                       n_priorities,
                           const JuxtaInterviewAnswer *answers,
                           guint                       n_answers)
{
  g_return_if_fail (run != NULL);

  g_array_set_size (run->history, 0);
  g_array_set_size (run->skipped, 0);
  juxta_interview_run_sync (run, answers, n_answers);
  juxta_interview_run_next (run, n_priorities, answers, n_answers);
}

void
juxta_interview_run_sync (JuxtaInterviewRun          *run,
                          const JuxtaInterviewAnswer *answers,
                          guint                       n_answers)
{
  g_return_if_fail (run != NULL);

  for (guint i = run->history->len; i-- > 0;)
    {
      JuxtaInterviewPair *pair = &g_array_index (run->history, JuxtaInterviewPair, i);
      if (juxta_interview_find_pair (answers, n_answers, pair->a, pair->b) < 0)
        g_array_remove_index (run->history, i);
    }
  for (guint k = 0; k < n_answers; k++)
    if (find_in (run->history, answers[k].priority, answers[k].other) < 0)
      {
        JuxtaInterviewPair pair = pair_of (&answers[k]);
        g_array_append_val (run->history, pair);
      }
  if (run->revisiting >= (int) run->history->len)
    run->revisiting = -1;
}

void
juxta_interview_run_next (JuxtaInterviewRun          *run,
                          guint                       n_priorities,
                          const JuxtaInterviewAnswer *answers,
                          guint                       n_answers)
{
  g_return_if_fail (run != NULL);

  run->revisiting = -1;
  run->has_question = n_priorities >= 2 &&
                      juxta_interview_next_question (n_priorities, answers, n_answers,
                                                     (const JuxtaInterviewPair *) (gpointer) run->skipped->data,
                                                     run->skipped->len, &run->pair);
}

gboolean
juxta_interview_run_can_back (const JuxtaInterviewRun *run)
{
  g_return_val_if_fail (run != NULL, FALSE);
  return run->revisiting > 0 || (run->revisiting < 0 && run->history->len > 0);
}

gboolean
juxta_interview_run_back (JuxtaInterviewRun *run)
{
  if (!juxta_interview_run_can_back (run))
    return FALSE;
  /* From a new question, the last answer; then each before it. */
  run->revisiting = run->revisiting < 0 ? (int) run->history->len - 1 : run->revisiting - 1;
  return TRUE;
}

gboolean
juxta_interview_run_can_skip (const JuxtaInterviewRun *run)
{
  g_return_val_if_fail (run != NULL, FALSE);
  return run->revisiting < 0 && run->has_question;
}

gboolean
juxta_interview_run_skip (JuxtaInterviewRun          *run,
                          guint                       n_priorities,
                          const JuxtaInterviewAnswer *answers,
                          guint                       n_answers)
{
  if (!juxta_interview_run_can_skip (run))
    return FALSE;
  g_array_append_val (run->skipped, run->pair);
  juxta_interview_run_next (run, n_priorities, answers, n_answers);
  return TRUE;
}

gboolean
juxta_interview_run_revisit (JuxtaInterviewRun *run,
                             guint              a,
                             guint              b)
{
  int index;

  g_return_val_if_fail (run != NULL, FALSE);

  index = find_in (run->history, a, b);
  if (index < 0)
    return FALSE;
  run->revisiting = index;
  return TRUE;
}

void
juxta_interview_run_unskip (JuxtaInterviewRun          *run,
                            guint                       n_priorities,
                            const JuxtaInterviewAnswer *answers,
                            guint                       n_answers)
{
  g_return_if_fail (run != NULL);

  g_array_set_size (run->skipped, 0);
  juxta_interview_run_next (run, n_priorities, answers, n_answers);
}
