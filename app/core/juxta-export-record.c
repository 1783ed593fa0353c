/* juxta-export-record.c: an architecture decision record of what was decided
 * at the end of a meeting */

#define G_LOG_DOMAIN "juxta-export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "juxta-export.h"
#include "juxta-export-private.h"
#include "juxta-talking-points.h"

/* Now, and today as YYYY-MM-DD; SOURCE_DATE_EPOCH, when set, fixes them
 * so that records, starter decks and the age of dates can be reproduced. */
GDateTime *
juxta_export_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return g_date_time_new_from_unix_utc ((gint64) seconds);
  return g_date_time_new_now_local ();
}

char *
juxta_export_today (void)
{
  g_autoptr(GDateTime) now = juxta_export_now ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static int
compare_by_weight (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const JuxtaScenario *scenario = user_data;
  guint pa = GPOINTER_TO_UINT (*(gpointer *) a), pb = GPOINTER_TO_UINT (*(gpointer *) b);

  if (scenario->weights[pa] != scenario->weights[pb])
    return scenario->weights[pb] - scenario->weights[pa];
  return (int) pa - (int) pb;
}

/* The priorities with a weight, heaviest first. */
static GPtrArray *
weighted_priorities (JuxtaDeck           *deck,
                     const JuxtaScenario *scenario)
{
  GPtrArray *order = g_ptr_array_new ();

  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    if (scenario->weights[p] > 0)
      g_ptr_array_add (order, GUINT_TO_POINTER (p));
  g_ptr_array_sort_with_data (order, compare_by_weight, (gpointer) scenario);
  return order;
}

static void
write_record_context (JuxtaExportWriter      *w,
                      JuxtaDeck              *deck,
                      const JuxtaScenario    *scenario,
                      const JuxtaDecision    *decision,
                      const JuxtaExportGroup *group)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *requirements = _juxta_export_describe_requirements (deck, scenario);

  g_ptr_array_add (items, g_strdup_printf (_("Date: %s"), decision->date));
  g_ptr_array_add (items, g_strdup (_("Status: accepted")));
  if (decision->attendees != NULL && decision->attendees[0] != '\0')
    g_ptr_array_add (items, g_strdup_printf (_("Attendees: %s"), decision->attendees));
  if (decision->scenario != NULL)
    {
      g_autofree char *name = g_path_get_basename (decision->scenario);
      /* TRANSLATORS: the scenario file the decision was made on, "Scenario: tuesday.json" */
      g_ptr_array_add (items, g_strdup_printf (_("Scenario: %s"), name));
    }
  g_ptr_array_add (items, g_strdup_printf (_("Audience: %s"),
                                           juxta_deck_get_audience (deck, scenario->audience)->label));
  if (group != NULL)
    g_ptr_array_add (items, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Weights: the consensus of %u stakeholder",
                                                          "Weights: the consensus of %u stakeholders",
                                                          group->consensus->n_stakeholders),
                                             group->consensus->n_stakeholders));
  else if (decision->interview != NULL)
    g_ptr_array_add (items, _juxta_export_describe_record_weights (decision->interview));
  _juxta_export_write_list (w, items, FALSE);

  _juxta_export_write_heading (w, 2, _("Context"));
  if (juxta_deck_get_subtitle (deck) != NULL)
    _juxta_export_write_paragraph (w, juxta_deck_get_subtitle (deck));
  if (juxta_deck_get_framing (deck) != NULL)
    _juxta_export_write_paragraph (w, juxta_deck_get_framing (deck));
  {
    g_autofree char *musts = g_strdup_printf (_("Hard requirements: %s."), requirements);
    _juxta_export_write_paragraph (w, musts);
  }
}

static void
write_record_drivers (JuxtaExportWriter   *w,
                      JuxtaDeck           *deck,
                      const JuxtaScenario *scenario)
{
  g_autoptr(GPtrArray) order = weighted_priorities (deck, scenario);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  _juxta_export_write_heading (w, 2, _("Decision drivers"));
  for (guint i = 0; i < order->len; i++)
    {
      const JuxtaPriority *priority = juxta_deck_get_priority (deck, GPOINTER_TO_UINT (order->pdata[i]));

      if (priority->description != NULL)
        /* TRANSLATORS: "Control (weight 80 of 100): <description>" */
        g_ptr_array_add (items, g_strdup_printf (_("%s (weight %d of 100): %s"), priority->label,
                                                 scenario->weights[GPOINTER_TO_UINT (order->pdata[i])],
                                                 priority->description));
      else
        g_ptr_array_add (items, g_strdup_printf (_("%s (weight %d of 100)"), priority->label,
                                                 scenario->weights[GPOINTER_TO_UINT (order->pdata[i])]));
    }
  if (items->len == 0)
    _juxta_export_write_paragraph (w, _("No priority was given any weight."));
  _juxta_export_write_list (w, items, FALSE);
}

/* "CISO prefers Amazon SageMaker AI and gives up 6 points under the consensus". */
static char *
describe_record_stakeholder (JuxtaDeck              *deck,
                             const JuxtaExportGroup *group,
                             guint                   k)
{
  const JuxtaStakeholderOutcome *outcome = &group->consensus->outcomes[k];
  const char *name = group->people[k]->name;
  const char *favourite;
  int whole;

  if (!outcome->counted || outcome->leader < 0 || group->consensus->advice->leader < 0)
    return juxta_describe_regret (deck, group->consensus, group->people, k);
  favourite = juxta_deck_get_option (deck, (guint) outcome->leader)->name;
  if (outcome->regret <= 0)
    /* TRANSLATORS: a stakeholder in a decision record, "CTO prefers Amazon Bedrock and gives up nothing under the consensus" */
    return g_strdup_printf (_("%s prefers %s and gives up nothing under the consensus"), name, favourite);
  if ((whole = juxta_whole_points (outcome->regret)) == 0)
    /* TRANSLATORS: a stakeholder in a decision record, "CISO prefers Amazon SageMaker AI and gives up less than
     * a point under the consensus" */
    return g_strdup_printf (_("%s prefers %s and gives up less than a point under the consensus"), name, favourite);
  /* TRANSLATORS: a stakeholder in a decision record, "CISO prefers Amazon SageMaker AI and gives up 6 points
   * under the consensus" (the points of a score out of 100) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s prefers %s and gives up %d point under the consensus",
                                       "%s prefers %s and gives up %d points under the consensus", (gulong) whole),
                          name, favourite, whole);
}

static void
write_record_stakeholders (JuxtaExportWriter      *w,
                           JuxtaDeck              *deck,
                           const JuxtaExportGroup *group)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  _juxta_export_write_heading (w, 2, _("Stakeholders"));
  for (guint k = 0; k < group->consensus->n_stakeholders; k++)
    g_ptr_array_add (items, describe_record_stakeholder (deck, group, k));
  _juxta_export_write_list (w, items, FALSE);
}

static void
write_record_options (JuxtaExportWriter *w,
                      JuxtaDeck         *deck,
                      const JuxtaAdvice *advice)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  _juxta_export_write_heading (w, 2, _("Considered options"));
  for (guint i = 0; i < advice->n_ranked; i++)
    {
      guint o = advice->ranking[i];
      const JuxtaOption *option = juxta_deck_get_option (deck, o);

      if ((int) o == advice->leader)
        g_ptr_array_add (items, g_strdup_printf (_("%s: %d%% (Juxta's recommendation: %s)"), option->name,
                                                 juxta_percent (advice->scores[o]),
                                                 juxta_verdict_describe (advice->verdict)));
      else
        g_ptr_array_add (items, g_strdup_printf (_("%s: %d%%"), option->name, juxta_percent (advice->scores[o])));
    }
  _juxta_export_add_ruled_out (items, deck, advice);
  _juxta_export_write_list (w, items, FALSE);
}

/* A score as the deck could have written it: 4, 3.5, 4.25. */
static char *
format_score (gint32 score)
{
  return g_strdup_printf ("%g", round ((double) score / (JUXTA_SCORE_UNIT / 100)) / 100);
}

/* The eligible option other than @option that scores highest on @priority
 * (the first in deck order on a tie), if it scores higher than @option. */
static int
find_stronger (JuxtaDeck         *deck,
               const JuxtaAdvice *advice,
               guint              option,
               guint              priority)
{
  int stronger = -1;
  gint32 best = juxta_deck_get_option (deck, option)->scores[priority];

  for (guint o = 0; o < advice->n_options; o++)
    if (o != option && juxta_advice_is_eligible (advice, o) &&
        juxta_deck_get_option (deck, o)->scores[priority] > best)
      {
        stronger = (int) o;
        best = juxta_deck_get_option (deck, o)->scores[priority];
      }
  return stronger;
}

/* The chosen option's reasons, heaviest priority first: "good" where no
 * eligible option scores higher.  Elsewhere the reason is given for what it
 * is, the explanation of a score, next to the option that scores higher:
 * never labelled a trade-off, because it may well describe a strength that
 * another option only has more of. */
static void
write_record_consequences (JuxtaExportWriter   *w,
                           JuxtaDeck           *deck,
                           const JuxtaScenario *scenario,
                           const JuxtaAdvice   *advice,
                           guint                chosen)
{
  const JuxtaOption *option = juxta_deck_get_option (deck, chosen);
  g_autoptr(GPtrArray) order = weighted_priorities (deck, scenario);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  _juxta_export_write_heading (w, 3, _("Consequences"));
  for (guint i = 0; i < order->len; i++)
    {
      guint p = GPOINTER_TO_UINT (order->pdata[i]);
      const char *label = juxta_deck_get_priority (deck, p)->label;
      int stronger;

      if (option->reasons[p] == NULL)
        continue;
      stronger = find_stronger (deck, advice, chosen, p);
      if (stronger < 0)
        g_ptr_array_add (items, g_strdup_printf (_("Good, on %s: %s"), label, option->reasons[p]));
      else
        {
          const JuxtaOption *other = juxta_deck_get_option (deck, (guint) stronger);
          g_autofree char *ours = format_score (option->scores[p]);
          g_autofree char *theirs = format_score (other->scores[p]);

          /* TRANSLATORS: a reason of the chosen option on a priority where
           * another option scores higher: "On Availability, Amazon Aurora
           * scores higher (5 against 4): <the chosen option's reason>" */
          g_ptr_array_add (items, g_strdup_printf (_("On %s, %s scores higher (%s against %s): %s"), label,
                                                   other->name, theirs, ours, option->reasons[p]));
        }
    }
  if (items->len == 0)
    _juxta_export_write_paragraph (w, _("The deck gives no reasons for this option."));
  _juxta_export_write_list (w, items, FALSE);
}

static void
write_record_outcome (JuxtaExportWriter   *w,
                      JuxtaDeck           *deck,
                      const JuxtaScenario *scenario,
                      const JuxtaAdvice   *advice,
                      const JuxtaDecision *decision)
{
  const JuxtaOption *chosen = juxta_deck_get_option (deck, decision->chosen);
  g_autofree char *outcome = NULL;

  _juxta_export_write_heading (w, 2, _("Decision outcome"));
  if (decision->rationale != NULL && decision->rationale[0] != '\0')
    /* TRANSLATORS: "Chosen option: Amazon Bedrock, because <rationale>" */
    outcome = g_strdup_printf (_("Chosen option: %s, because %s"), chosen->name, decision->rationale);
  else
    outcome = g_strdup_printf (_("Chosen option: %s."), chosen->name);
  _juxta_export_write_paragraph (w, outcome);

  if (advice->leader >= 0 && advice->leader != (int) decision->chosen)
    {
      g_autofree char *note = g_strdup_printf (_("For these priorities Juxta recommended %s (%d%%); "
                                                 "the choice differs from it."),
                                               juxta_deck_get_option (deck, (guint) advice->leader)->name,
                                               juxta_percent (advice->scores[advice->leader]));
      _juxta_export_write_paragraph (w, note);
    }
  if (advice->ruled_out_by[decision->chosen] >= 0)
    {
      g_autofree char *note = juxta_describe_ruled_out (deck, advice, decision->chosen);
      _juxta_export_write_paragraph (w, note);
    }
  write_record_consequences (w, deck, scenario, advice, decision->chosen);
}

char *
juxta_export_decision_record (JuxtaDeck           *deck,
                              const JuxtaScenario *scenario,
                              const JuxtaDecision *decision)
{
  g_autoptr(JuxtaAdvice) advice = NULL;
  g_autofree char *title = NULL;
  g_auto(JuxtaExportGroup) group = { NULL, NULL };
  JuxtaExportWriter w = { NULL, JUXTA_EXPORT_MARKDOWN };

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (scenario != NULL && decision != NULL, NULL);
  g_return_val_if_fail (decision->chosen < juxta_deck_get_n_options (deck), NULL);
  g_return_val_if_fail (decision->date != NULL, NULL);
  g_return_val_if_fail (decision->stakeholders != NULL || decision->n_stakeholders == 0, NULL);

  if (decision->n_stakeholders > 0)
    {
      group.people = decision->stakeholders;
      group.consensus = juxta_consensus_new (deck, scenario, decision->stakeholders, decision->n_stakeholders);
      scenario = &group.consensus->scenario;
    }
  advice = juxta_advice_new (deck, scenario);
  w.out = g_string_new (NULL);

  /* TRANSLATORS: the title of a decision record: "Decision: <deck title>" */
  title = g_strdup_printf (_("Decision: %s"), juxta_deck_get_title (deck));
  _juxta_export_write_heading (&w, 1, title);
  write_record_context (&w, deck, scenario, decision, group.consensus != NULL ? &group : NULL);
  write_record_drivers (&w, deck, scenario);
  if (group.consensus != NULL)
    write_record_stakeholders (&w, deck, &group);
  write_record_options (&w, deck, advice);
  write_record_outcome (&w, deck, scenario, advice, decision);
  _juxta_export_write_tipping_points (&w, deck, advice, _("What would change our mind"),
                                      _("No single priority, moved on its own, changes the "
                                        "recommendation."));
  _juxta_export_write_sources (&w, deck);

  _juxta_export_trim_blank_lines (w.out);
  return g_string_free (w.out, FALSE);
}
