/* juxta-export-interview.c: where the weights came from, when the customer
 * answered the interview's trade-off questions */

#define G_LOG_DOMAIN "juxta-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-export.h"
#include "juxta-export-private.h"

/* The interview's answers, their result and its status, in one block. */
typedef struct
{
  JuxtaExportInterview  interview;
  JuxtaInterviewResult  result;
  JuxtaInterviewAnswer  answers[];
} OwnedInterview;

JuxtaExportInterview *
juxta_export_interview_new (const JuxtaInterviewAnswer *answers,
                            guint                       n_answers,
                            guint                       n_priorities,
                            const int                  *weights)
{
  OwnedInterview *owned;

  g_return_val_if_fail (answers != NULL || n_answers == 0, NULL);
  g_return_val_if_fail (weights != NULL, NULL);
  g_return_val_if_fail (n_answers <= JUXTA_INTERVIEW_MAX_ANSWERS, NULL);

  if (n_answers == 0)
    return NULL;
  owned = g_malloc (sizeof *owned + n_answers * sizeof (JuxtaInterviewAnswer));
  memcpy (owned->answers, answers, n_answers * sizeof (JuxtaInterviewAnswer));
  juxta_interview_result_compute (&owned->result, n_priorities, owned->answers, n_answers);
  owned->interview.status = juxta_interview_get_status (&owned->result, weights);
  owned->interview.n_answers = n_answers;
  owned->interview.answers = owned->answers;
  owned->interview.result = &owned->result;
  return &owned->interview;
}

void
juxta_export_interview_free (JuxtaExportInterview *interview)
{
  g_free (interview);   /* the first member of its OwnedInterview */
}

const JuxtaExportInterview *
_juxta_export_get_interview (const JuxtaExportExtras *extras)
{
  return extras != NULL ? extras->interview : NULL;
}

static char *
format_inconsistency (double value)
{
  return g_strdup_printf ("%.2f", value);
}

/* One sentence for the documents. */
char *
_juxta_export_describe_interview (const JuxtaExportInterview *interview)
{
  const JuxtaInterviewResult *result = interview->result;
  guint n = interview->n_answers;
  g_autofree char *inconsistency = format_inconsistency (result->inconsistency);
  g_autofree char *threshold = format_inconsistency (result->threshold);

  switch (interview->status)
    {
    case JUXTA_INTERVIEW_STATUS_APPLIED:
      if (!result->checked)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The weights come from the customer's answer to %u trade-off "
                                             "question, too few to check their consistency.",
                                             "The weights come from the customer's answers to %u trade-off "
                                             "questions, too few to check their consistency.", n), n);
      if (result->acceptable)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "The weights come from the customer's answer to %u trade-off "
                                             "question, which agree (inconsistency %s, within the limit of %s).",
                                             "The weights come from the customer's answers to %u trade-off "
                                             "questions, which agree (inconsistency %s, within the limit of %s).",
                                             n), n, inconsistency, threshold);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The weights come from the customer's answer to %u trade-off "
                                           "question, some of which pull against each other (inconsistency %s, "
                                           "above the limit of %s).",
                                           "The weights come from the customer's answers to %u trade-off "
                                           "questions, some of which pull against each other (inconsistency %s, "
                                           "above the limit of %s).", n), n, inconsistency, threshold);
    case JUXTA_INTERVIEW_STATUS_OVERRIDDEN:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The weights were set by hand after the customer's answer to %u "
                                           "trade-off question, which gives other weights.",
                                           "The weights were set by hand after the customer's answers to %u "
                                           "trade-off questions, which give other weights.", n), n);
    case JUXTA_INTERVIEW_STATUS_INCOMPLETE:
    case JUXTA_INTERVIEW_STATUS_NONE:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The weights were set by hand; the customer's answer to %u "
                                           "trade-off question does not compare every priority yet.",
                                           "The weights were set by hand; the customer's answers to %u "
                                           "trade-off questions do not compare every priority yet.", n), n);
    }
}

/* The decision record's line: "Weights: from 9 answers, inconsistency 0.12". */
char *
_juxta_export_describe_record_weights (const JuxtaExportInterview *interview)
{
  const JuxtaInterviewResult *result = interview->result;
  guint n = interview->n_answers;
  g_autofree char *inconsistency = format_inconsistency (result->inconsistency);

  switch (interview->status)
    {
    case JUXTA_INTERVIEW_STATUS_APPLIED:
      if (!result->checked)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Weights: from %u answer (too few to check their consistency)",
                                             "Weights: from %u answers (too few to check their consistency)",
                                             n), n);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Weights: from %u answer, inconsistency %s",
                                           "Weights: from %u answers, inconsistency %s", n), n, inconsistency);
    case JUXTA_INTERVIEW_STATUS_OVERRIDDEN:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Weights: set by hand, after %u answer that gives other weights",
                                           "Weights: set by hand, after %u answers that give other weights",
                                           n), n);
    case JUXTA_INTERVIEW_STATUS_INCOMPLETE:
    case JUXTA_INTERVIEW_STATUS_NONE:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Weights: set by hand (%u answer does not compare every priority yet)",
                                           "Weights: set by hand (%u answers do not compare every priority yet)",
                                           n), n);
    }
}

gboolean
_juxta_export_interview_applied (const JuxtaExportExtras *extras)
{
  const JuxtaExportInterview *interview = _juxta_export_get_interview (extras);

  return interview != NULL && interview->status == JUXTA_INTERVIEW_STATUS_APPLIED;
}
