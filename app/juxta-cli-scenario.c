/* juxta-cli-scenario.c: the scenario an export is for: a scenario file or a
 * deck, with --stakeholder, --preset, --weights, --require, --audience and
 * --answers on top */

#define G_LOG_DOMAIN "juxta-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-cli-private.h"
#include "juxta-session.h"
#include "juxta-talking-points.h"

/* ------------------------------------------------------------- scenario */

static gboolean
parse_weight (const char *text,
              int        *weight)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, 100, &value, NULL))
    return FALSE;
  *weight = (int) value;
  return TRUE;
}

static int
apply_weights (JuxtaDeck     *deck,
               JuxtaScenario *scenario,
               const char    *spec)
{
  g_auto(GStrv) pairs = g_strsplit (spec, ",", -1);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (g_strstrip (pairs[i]), "=", 2);
      int priority, weight;

      if (kv[0] == NULL || kv[1] == NULL)
        return _juxta_cli_usage_error (_("--weights takes PRIORITY=WEIGHT pairs separated by commas, "
                                         "got \"%s\""), pairs[i]);
      priority = juxta_deck_find_priority (deck, g_strstrip (kv[0]));
      if (priority < 0)
        {
          g_autofree char *known = juxta_deck_list_priority_ids (deck);
          return _juxta_cli_usage_error (_("unknown priority \"%s\" in --weights (known: %s)"),
                                         kv[0], known);
        }
      if (!parse_weight (g_strstrip (kv[1]), &weight))
        return _juxta_cli_usage_error (_("the weight of \"%s\" must be a whole number from 0 to 100, "
                                         "got \"%s\""), kv[0], kv[1]);
      scenario->weights[priority] = weight;
    }
  return EXIT_OK;
}

static int
apply_requirements (JuxtaDeck     *deck,
                    JuxtaScenario *scenario,
                    const char    *spec)
{
  g_auto(GStrv) ids = g_strsplit (spec, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      int index = juxta_deck_find_requirement (deck, g_strstrip (ids[i]));
      if (index < 0)
        {
          g_autofree char *known = juxta_deck_list_requirement_ids (deck);
          return _juxta_cli_usage_error (_("unknown requirement \"%s\" in --require (known: %s)"),
                                         ids[i],
                                         known[0] != '\0' ? known : C_("no known ids", "none"));
        }
      scenario->requirements |= 1u << index;
    }
  return EXIT_OK;
}

/* The options on top of @scenario, in this order: the preset (its
 * priorities take its values, the others their defaults, as in the
 * window), the weights, the requirements (added), the audience. */
static int
build_scenario (JuxtaCliOptions *o,
                JuxtaDeck       *deck,
                JuxtaScenario   *scenario)
{
  int status;

  if (o->preset != NULL)
    {
      int preset = juxta_deck_find_preset (deck, o->preset);
      if (preset < 0)
        {
          g_autofree char *known = juxta_deck_list_preset_ids (deck);
          return _juxta_cli_usage_error (_("unknown preset \"%s\" (known: %s)"), o->preset,
                                         known[0] != '\0' ? known : C_("no known ids", "none"));
        }
      juxta_scenario_apply_preset (scenario, deck, (guint) preset);
    }
  if (o->weights != NULL && (status = apply_weights (deck, scenario, o->weights)) != EXIT_OK)
    return status;
  if (o->require != NULL && (status = apply_requirements (deck, scenario, o->require)) != EXIT_OK)
    return status;
  if (o->audience != NULL)
    {
      int audience = juxta_deck_find_audience (deck, o->audience);
      if (audience < 0)
        {
          g_autofree char *known = juxta_deck_list_audience_ids (deck);
          return _juxta_cli_usage_error (_("unknown audience \"%s\" (known: %s)"), o->audience,
                                         known);
        }
      scenario->audience = (guint) audience;
    }
  return EXIT_OK;
}

/* ------------------------------------------------------------- answers */

/* --answers sets every weight from the customer's trade-off answers, and
 * replaces a scenario's answers.  Without it, a scenario's answers stay
 * (and the export says whether the weights still are theirs). */
static int
apply_answers_option (JuxtaCliOptions  *o,
                      JuxtaDeck        *deck,
                      JuxtaScenario    *scenario,
                      GArray          **answers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) parsed = NULL;
  g_autoptr(JuxtaInterviewResult) result = NULL;
  const JuxtaInterviewAnswer *data;

  if (o->answers == NULL)
    return EXIT_OK;
  parsed = juxta_interview_parse (deck, o->answers, &error);
  if (parsed == NULL)
    return _juxta_cli_usage_error ("--answers: %s", error->message);
  data = (const JuxtaInterviewAnswer *) (gpointer) parsed->data;
  if (!juxta_interview_check_connected (deck, data, parsed->len, &error))
    return _juxta_cli_usage_error ("--answers: %s", error->message);
  result = juxta_interview_result_new (juxta_deck_get_n_priorities (deck), data, parsed->len);
  memcpy (scenario->weights, result->weights, juxta_deck_get_n_priorities (deck) * sizeof (int));
  g_clear_pointer (answers, g_array_unref);
  *answers = g_steal_pointer (&parsed);
  return EXIT_OK;
}

static GPtrArray *
new_stakeholders (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_stakeholder_free);
}

/* The deck, the scenario, the answers and the stakeholders a scenario
 * file holds; its warnings (a deck that changed since, ids it no longer
 * has) go to stderr. */
static JuxtaDeck *
load_scenario_file (const char     *path,
                    JuxtaScenario  *scenario,
                    GArray        **answers,
                    GPtrArray     **stakeholders,
                    int            *status)
{
  g_autoptr(JuxtaSession) session = juxta_session_new ();
  g_autoptr(GPtrArray) diagnostics = NULL;
  const JuxtaInterviewAnswer *kept;
  JuxtaStakeholder *const *people;
  guint n_answers = 0, n_people = 0;

  if (!juxta_session_load_file (session, path, NULL, &diagnostics, NULL))
    {
      _juxta_cli_print_diagnostics (diagnostics);
      *status = EXIT_FAILED;
      return NULL;
    }
  _juxta_cli_print_diagnostics (diagnostics);
  *scenario = *juxta_session_get_scenario (session);
  if ((kept = juxta_session_get_answers (session, &n_answers)) != NULL)
    *answers = g_array_append_vals (g_array_new (FALSE, FALSE, sizeof (JuxtaInterviewAnswer)), kept, n_answers);
  if ((people = juxta_session_get_stakeholders (session, &n_people)) != NULL)
    {
      *stakeholders = new_stakeholders ();
      for (guint k = 0; k < n_people; k++)
        g_ptr_array_add (*stakeholders, juxta_stakeholder_copy (people[k]));
    }
  return g_object_ref (juxta_session_get_deck (session));
}

/* ---------------------------------------------------------- stakeholders */

/* A scenario's stakeholders set its weights: options that set weights
 * do not go with them (--stakeholder replaces them, and is checked
 * against those options before anything is read). */
static int
check_scenario_stakeholders (JuxtaCliOptions *o,
                             GPtrArray       *stakeholders)
{
  const char *setter = o->weights != NULL ? "--weights" : o->preset != NULL ? "--preset"
                       : o->answers != NULL ? "--answers" : NULL;

  if (stakeholders == NULL || o->stakeholders != NULL || setter == NULL)
    return EXIT_OK;
  /* TRANSLATORS: "--weights does not go with tuesday.json, which holds stakeholders: …" */
  return _juxta_cli_usage_error (_("%s does not go with %s, which holds stakeholders: the weights are "
                                   "their consensus (replace them with --stakeholder)"),
                                 setter, o->scenario);
}

/* Each --stakeholder NAME:K=V,…, which replace a scenario's. */
static int
parse_stakeholders (JuxtaCliOptions  *o,
                    JuxtaDeck        *deck,
                    GPtrArray       **stakeholders)
{
  g_autoptr(GPtrArray) people = new_stakeholders ();
  g_autoptr(GError) error = NULL;

  if (o->stakeholders == NULL)
    return EXIT_OK;
  if (g_strv_length (o->stakeholders) > JUXTA_MAX_STAKEHOLDERS)
    return _juxta_cli_usage_error (_("--stakeholder: at most %d people, got %u"),
                                   JUXTA_MAX_STAKEHOLDERS,
                                   g_strv_length (o->stakeholders));
  for (guint i = 0; o->stakeholders[i] != NULL; i++)
    {
      JuxtaStakeholder *person = juxta_stakeholder_parse (deck, o->stakeholders[i], &error);
      if (person == NULL)
        return _juxta_cli_usage_error ("--stakeholder: %s", error->message);
      g_ptr_array_add (people, person);
    }
  if (!juxta_stakeholders_check_names ((JuxtaStakeholder *const *) people->pdata, people->len, &error))
    return _juxta_cli_usage_error ("--stakeholder: %s", error->message);
  g_clear_pointer (stakeholders, g_ptr_array_unref);
  *stakeholders = g_steal_pointer (&people);
  return EXIT_OK;
}

/* The scenario's weights become the consensus (as the export computes
 * it); people left out of it, whose weights are all 0, are a warning. */
static void
apply_consensus (JuxtaDeck     *deck,
                 JuxtaScenario *scenario,
                 GPtrArray     *stakeholders)
{
  g_autoptr(JuxtaConsensus) consensus = NULL;

  if (stakeholders == NULL)
    return;
  consensus = juxta_consensus_new (deck, scenario, (JuxtaStakeholder *const *) stakeholders->pdata,
                                   stakeholders->len);
  for (guint k = 0; k < consensus->n_stakeholders; k++)
    if (!consensus->outcomes[k].counted)
      {
        g_autofree char *why = juxta_describe_regret (deck, consensus, (JuxtaStakeholder *const *) stakeholders->pdata,
                                                      k);
        /* "warning:" is not translated, as in a deck's problems. */
        g_printerr ("juxta: warning: %s\n", why);
      }
  memcpy (scenario->weights, consensus->scenario.weights, sizeof scenario->weights);
}

/* ------------------------------------------------------------- the whole */

int
_juxta_cli_load_scenario (JuxtaCliOptions  *o,
                          JuxtaDeck       **deck,
                          JuxtaScenario    *scenario,
                          GArray          **answers,
                          GPtrArray       **stakeholders)
{
  int status = EXIT_OK;

  if (o->scenario != NULL)
    *deck = load_scenario_file (o->scenario, scenario, answers, stakeholders, &status);
  else if ((*deck = _juxta_cli_load_deck (o->deck, &status)) != NULL)
    juxta_scenario_init_defaults (scenario, *deck);
  if (*deck == NULL)
    return status;
  if ((status = check_scenario_stakeholders (o, *stakeholders)) != EXIT_OK ||
      (status = parse_stakeholders (o, *deck, stakeholders)) != EXIT_OK ||
      (status = build_scenario (o, *deck, scenario)) != EXIT_OK ||
      (status = apply_answers_option (o, *deck, scenario, answers)) != EXIT_OK)
    return status;
  /* With stakeholders the weights are their consensus, whatever answers
   * the scenario held before --stakeholder replaced its people. */
  if (*stakeholders != NULL)
    g_clear_pointer (answers, g_array_unref);
  apply_consensus (*deck, scenario, *stakeholders);
  return EXIT_OK;
}
