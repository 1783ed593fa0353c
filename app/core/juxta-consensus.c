/* juxta-consensus.c: several people's priorities, their consensus, and who gives up what */

#define G_LOG_DOMAIN "juxta-consensus"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "juxta-consensus.h"
#include "juxta-weight-private.h"

G_DEFINE_QUARK (juxta-consensus-error-quark, juxta_consensus_error)

/* -------------------------------------------------------- stakeholders */

JuxtaStakeholder *
juxta_stakeholder_new (JuxtaDeck  *deck,
                       const char *name)
{
  JuxtaStakeholder *stakeholder;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stakeholder = g_new0 (JuxtaStakeholder, 1);
  stakeholder->name = g_strdup (name);
  for (guint p = 0; p < juxta_deck_get_n_priorities (deck); p++)
    stakeholder->weights[p] = juxta_deck_get_priority (deck, p)->default_weight;
  return stakeholder;
}

JuxtaStakeholder *
juxta_stakeholder_copy (const JuxtaStakeholder *stakeholder)
{
  JuxtaStakeholder *copy;

  g_return_val_if_fail (stakeholder != NULL, NULL);

  copy = g_memdup2 (stakeholder, sizeof *stakeholder);
  copy->name = g_strdup (stakeholder->name);
  copy->answers = stakeholder->answers != NULL ? g_array_copy (stakeholder->answers) : NULL;
  return copy;
}

void
juxta_stakeholder_free (JuxtaStakeholder *stakeholder)
{
  if (stakeholder == NULL)
    return;
  g_free (stakeholder->name);
  g_clear_pointer (&stakeholder->answers, g_array_unref);
  g_free (stakeholder);
}

void
juxta_stakeholder_set_name (JuxtaStakeholder *stakeholder,
                            const char       *name)
{
  g_return_if_fail (stakeholder != NULL);
  g_return_if_fail (name != NULL);

  if (stakeholder->name != name)
    {
      g_free (stakeholder->name);
      stakeholder->name = g_strdup (name);
    }
}

static gboolean
has_control_character (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);
      if (g_unichar_iscntrl (u) || u == 0x2028 || u == 0x2029)
        return TRUE;
    }
  return FALSE;
}

gboolean
juxta_stakeholder_check_name (const char  *name,
                              GError     **error)
{
  g_autofree char *stripped = NULL;
  glong length;

  g_return_val_if_fail (name != NULL, FALSE);

  if (!g_utf8_validate (name, -1, NULL) || has_control_character (name))
    {
      g_set_error_literal (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_MALFORMED,
                           _("a stakeholder's name must be one line of text, without control characters"));
      return FALSE;
    }
  stripped = g_strstrip (g_strdup (name));
  if (*stripped == '\0')
    {
      g_set_error_literal (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_MISSING_NAME,
                           _("a stakeholder needs a name"));
      return FALSE;
    }
  if ((length = g_utf8_strlen (stripped, -1)) > JUXTA_STAKEHOLDER_MAX_NAME_LENGTH)
    {
      g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_NAME_TOO_LONG,
                   _("a stakeholder's name is %ld characters long; at most %d are allowed"), length,
                   JUXTA_STAKEHOLDER_MAX_NAME_LENGTH);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_weight (JuxtaStakeholder  *stakeholder,
              JuxtaDeck         *deck,
              char              *item,
              guint32           *given,
              GError           **error)
{
  g_auto(GStrv) kv = g_strsplit (g_strstrip (item), "=", 2);
  guint64 weight;
  int priority;

  if (kv[0] == NULL || kv[1] == NULL || *g_strstrip (kv[0]) == '\0')
    {
      g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_MALFORMED,
                   _("\"%s\" in the weights of \"%s\" is not PRIORITY=WEIGHT"),
                   item, stakeholder->name);
      return FALSE;
    }
  priority = juxta_deck_find_priority (deck, kv[0]);
  if (priority < 0)
    {
      g_autofree char *known = juxta_deck_list_priority_ids (deck);
      g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_UNKNOWN_PRIORITY,
                   _("unknown priority \"%s\" for \"%s\" (known: %s)"),
                   kv[0], stakeholder->name, known);
      return FALSE;
    }
  if (!g_ascii_string_to_unsigned (g_strstrip (kv[1]), 10, 0, 100, &weight, NULL))
    {
      g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_WEIGHT,
                   _("the weight of \"%s\" for \"%s\" must be a whole number from 0 to 100, "
                     "got \"%s\""), kv[0], stakeholder->name, kv[1]);
      return FALSE;
    }
  if (*given & (1u << priority))
    {
      g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_DUPLICATE_PRIORITY,
                   _("\"%s\" is given twice for \"%s\""), kv[0], stakeholder->name);
      return FALSE;
    }
  *given |= 1u << priority;
  stakeholder->weights[priority] = (int) weight;
  return TRUE;
}

JuxtaStakeholder *
juxta_stakeholder_parse (JuxtaDeck   *deck,
                         const char  *spec,
                         GError     **error)
{
  g_autoptr(JuxtaStakeholder) stakeholder = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) items = NULL;
  const char *colon;
  guint32 given = 0;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (spec, -1, NULL))
    {
      g_set_error_literal (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_MALFORMED,
                           _("a stakeholder's text is not valid UTF-8"));
      return NULL;
    }
  colon = strchr (spec, ':');
  if (colon == NULL)
    {
      g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_MISSING_COLON,
                   _("\"%s\" has no colon after the name: write NAME:PRIORITY=WEIGHT,…"), spec);
      return NULL;
    }
  name = g_strstrip (g_strndup (spec, (gsize) (colon - spec)));
  if (*name == '\0')
    {
      g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_MISSING_NAME,
                   _("\"%s\" has no name before the colon: write NAME:PRIORITY=WEIGHT,…"), spec);
      return NULL;
    }
  if (!juxta_stakeholder_check_name (name, error))
    return NULL;

  stakeholder = juxta_stakeholder_new (deck, name);
  items = g_strsplit (colon + 1, ",", -1);
  /* "NAME:" alone keeps every default. */
  if (items[0] != NULL && items[1] == NULL && *g_strstrip (items[0]) == '\0')
    return g_steal_pointer (&stakeholder);
  for (guint i = 0; items[i] != NULL; i++)
    if (!parse_weight (stakeholder, deck, items[i], &given, error))
      return NULL;
  return g_steal_pointer (&stakeholder);
}

static char *
name_key (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autofree char *normalized = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : stripped, -1);
}

gboolean
juxta_stakeholder_names_equal (const char *a,
                               const char *b)
{
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  key_a = name_key (a);
  key_b = name_key (b);
  return g_str_equal (key_a, key_b);
}

int
juxta_stakeholders_find (JuxtaStakeholder *const *stakeholders,
                         guint                    n_stakeholders,
                         const char              *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (stakeholders != NULL || n_stakeholders == 0, -1);
  g_return_val_if_fail (name != NULL, -1);

  key = name_key (name);
  for (guint k = 0; k < n_stakeholders; k++)
    {
      g_autofree char *other = name_key (stakeholders[k]->name);
      if (g_str_equal (key, other))
        return (int) k;
    }
  return -1;
}

gboolean
juxta_stakeholders_check_names (JuxtaStakeholder *const *stakeholders,
                                guint                    n_stakeholders,
                                GError                 **error)
{
  g_return_val_if_fail (stakeholders != NULL || n_stakeholders == 0, FALSE);

  for (guint k = 1; k < n_stakeholders; k++)
    if (juxta_stakeholders_find (stakeholders, k, stakeholders[k]->name) >= 0)
      {
        g_set_error (error, JUXTA_CONSENSUS_ERROR, JUXTA_CONSENSUS_ERROR_DUPLICATE_NAME,
                     _("two stakeholders are called \"%s\""), stakeholders[k]->name);
        return FALSE;
      }
  return TRUE;
}

/* ----------------------------------------------------------- consensus */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Each share is a single correctly rounded division w / Σw, so scaling a
 * person's weights by a whole factor gives bit-identical shares; the
 * shares of one priority are summed in ascending order, so the sum does
 * not depend on the order of the people either.  The 1/n of the mean
 * cancels in the scaling to 100 and is left out of it. */
guint
juxta_consensus_compute_weights (JuxtaDeck               *deck,
                                 JuxtaStakeholder *const *stakeholders,
                                 guint                    n_stakeholders,
                                 int                     *weights,
                                 double                  *shares)
{
  guint n, n_counted = 0;
  g_autofree double *terms = NULL;
  double sums[JUXTA_MAX_PRIORITIES];
  double largest = 0;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), 0);
  g_return_val_if_fail (stakeholders != NULL || n_stakeholders == 0, 0);
  g_return_val_if_fail (weights != NULL, 0);

  n = juxta_deck_get_n_priorities (deck);
  terms = g_new (double, (gsize) n * MAX (n_stakeholders, 1));
  for (guint k = 0; k < n_stakeholders; k++)
    {
      gint64 total = 0;

      for (guint p = 0; p < n; p++)
        {
          g_return_val_if_fail (stakeholders[k]->weights[p] >= 0 &&
                                stakeholders[k]->weights[p] <= 100, 0);
          total += stakeholders[k]->weights[p];
        }
      if (total == 0)
        continue;
      for (guint p = 0; p < n; p++)
        terms[p * n_stakeholders + n_counted] = (double) stakeholders[k]->weights[p] / (double) total;
      n_counted++;
    }

  for (guint p = 0; p < n; p++)
    {
      double *column = &terms[p * n_stakeholders];

      qsort (column, n_counted, sizeof (double), compare_doubles);
      sums[p] = 0;
      for (guint k = 0; k < n_counted; k++)
        sums[p] += column[k];
      largest = MAX (largest, sums[p]);
    }

  for (guint p = 0; p < n; p++)
    {
      weights[p] = n_counted > 0 ? juxta_weight_round (100 * sums[p] / largest) : 0;
      if (shares != NULL)
        shares[p] = n_counted > 0 ? sums[p] / n_counted : 0;
    }
  return n_counted;
}

/* Regret from the engine's exact sums: both scores share the person's
 * denominator, so equal sums give exactly 0. */
static void
compute_regret (JuxtaStakeholderOutcome *outcome,
                const JuxtaAdvice       *consensus)
{
  const JuxtaAdvice *own = outcome->advice;
  gint64 lead;

  if (outcome->leader < 0 || consensus->leader < 0)
    return;
  outcome->leader_score = own->scores[outcome->leader];
  outcome->consensus_score = own->scores[consensus->leader];
  lead = own->sums[outcome->leader] - own->sums[consensus->leader];
  /* Never negative, whatever the input: the person's scenario is the
   * meeting's with their weights, so the same options are ruled out; the
   * consensus leader is one the person ranks, and their leader is first
   * in their ranking, which puts the highest sum first.  The sums are
   * exact integers (at most 32 × 100 × 5 × JUXTA_SCORE_UNIT), and leading
   * means a total weight above 0. */
  g_assert (lead >= 0);
  outcome->regret = 100.0 * (double) lead /
                    ((double) JUXTA_SCORE_MAX * JUXTA_SCORE_UNIT * (double) own->total_weight);
}

JuxtaConsensus *
juxta_consensus_new (JuxtaDeck               *deck,
                     const JuxtaScenario     *meeting,
                     JuxtaStakeholder *const *stakeholders,
                     guint                    n_stakeholders)
{
  JuxtaConsensus *consensus;
  guint n;

  g_return_val_if_fail (JUXTA_IS_DECK (deck), NULL);
  g_return_val_if_fail (meeting != NULL, NULL);
  g_return_val_if_fail (stakeholders != NULL || n_stakeholders == 0, NULL);

  n = juxta_deck_get_n_priorities (deck);
  consensus = g_new0 (JuxtaConsensus, 1);
  consensus->n_priorities = n;
  consensus->n_stakeholders = n_stakeholders;
  consensus->scenario = *meeting;
  memset (consensus->scenario.weights, 0, sizeof consensus->scenario.weights);
  consensus->n_counted = juxta_consensus_compute_weights (deck, stakeholders, n_stakeholders,
                                                          consensus->scenario.weights,
                                                          consensus->shares);
  consensus->advice = juxta_advice_new (deck, &consensus->scenario);
  consensus->outcomes = g_new0 (JuxtaStakeholderOutcome, MAX (n_stakeholders, 1));
  consensus->disagreement = -1;

  for (guint k = 0; k < n_stakeholders; k++)
    {
      JuxtaStakeholderOutcome *outcome = &consensus->outcomes[k];
      JuxtaScenario own = *meeting;

      memset (own.weights, 0, sizeof own.weights);
      memcpy (own.weights, stakeholders[k]->weights, n * sizeof (int));
      outcome->advice = juxta_advice_new (deck, &own);
      outcome->counted = juxta_advice_has_scores (outcome->advice);
      outcome->leader = outcome->advice->leader;
      compute_regret (outcome, consensus->advice);
      if (outcome->regret > consensus->disagreement_regret)
        {
          consensus->disagreement = (int) k;
          consensus->disagreement_regret = outcome->regret;
        }
    }
  return consensus;
}

void
juxta_consensus_free (JuxtaConsensus *consensus)
{
  if (consensus == NULL)
    return;
  for (guint k = 0; k < consensus->n_stakeholders; k++)
    juxta_advice_free (consensus->outcomes[k].advice);
  g_free (consensus->outcomes);
  juxta_advice_free (consensus->advice);
  g_free (consensus);
}
