/* test-phrase-guard.c: the seed's misleading sentences are caught, their negations are not */

#include "config.h"

#include "juxta-phrase-guard.h"
#include "juxta-test-util.h"

typedef struct
{
  const char *text;
  const char *analogy;   /* the avoid/caution analogy expected, or NULL */
} GuardCase;

/* From the seed document and its paraphrases, on the bundled deck. */
static const GuardCase seed_cases[] = {
  { "Bedrock is like EKS, and SageMaker is like Kubernetes running on EC2", "eks-k8s" },
  { "Bedrock is basically EKS for models", "eks-k8s" },
  { "SageMaker is K8s on EC2.", "eks-k8s" },
  { "Think of Bedrock as Elastic Kubernetes Service for AI.", "eks-k8s" },
  { "BEDROCK IS LIKE EKS!", "eks-k8s" },
  { "Bedrock is basically EKS for models — no cluster to run.", "eks-k8s" },
  { "Bedrock   is like\tEKS", "eks-k8s" },
  { "Bedrock has nothing to do with Kubernetes.", NULL },
  { "I wouldn't compare Bedrock and SageMaker to EKS or Kubernetes directly.", NULL },
  { "Bedrock isn’t EKS, and SageMaker isn’t Kubernetes on EC2.", NULL },
  { "Unlike EKS, Bedrock needs no cluster.", NULL },
  { "Bedrock is not EKS.", NULL },
  { "Amazon Bedrock is like RDS for AI models.", NULL },
  { "Bedrock seeks to simplify generative AI.", NULL },
  { "EKS runs containers.", NULL },
};

static void
test_seed_sentence (gconstpointer data)
{
  const GuardCase *c = data;
  g_autoptr(JuxtaDeck) deck = juxta_test_bundled_deck ("aws-genai-platforms");
  g_autoptr(GPtrArray) findings = juxta_phrase_guard_check (deck, c->text);
  gboolean found = FALSE;

  for (guint i = 0; i < findings->len; i++)
    {
      const JuxtaFinding *f = g_ptr_array_index (findings, i);
      const JuxtaAnalogy *analogy = juxta_deck_get_analogy (deck, f->analogy);

      if (c->analogy != NULL && g_str_equal (analogy->id, c->analogy))
        {
          g_assert_cmpint (f->verdict, ==, JUXTA_ANALOGY_AVOID);
          found = TRUE;
        }
    }

  if (c->analogy != NULL)
    {
      g_assert_true (found);
      g_assert_true (juxta_phrase_guard_trips_avoid (deck, c->text, NULL));
    }
  else
    {
      for (guint i = 0; i < findings->len; i++)
        {
          const JuxtaFinding *f = g_ptr_array_index (findings, i);
          g_assert_cmpint (f->verdict, !=, JUXTA_ANALOGY_AVOID);
        }
      g_assert_false (juxta_phrase_guard_trips_avoid (deck, c->text, NULL));
    }
}

static void
test_sentences_are_separate (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  const char text[] = "The workstation is heavy. It is a desktop replacement.\n"
                      "Our workstation is basically a desktop! Fine?";
  g_autoptr(GPtrArray) findings = juxta_phrase_guard_check (deck, text);
  const JuxtaFinding *f;

  /* The first two sentences each hold only one group; the third holds both. */
  g_assert_cmpuint (findings->len, ==, 1);
  f = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (f->sentence, ==, "Our workstation is basically a desktop!");
  g_assert_cmpstr (juxta_deck_get_analogy (deck, f->analogy)->id, ==, "desktop");
  g_assert_cmpuint (f->start, ==, strlen ("The workstation is heavy. It is a desktop replacement.\n"));
  g_assert_cmpuint (f->end, ==, strlen (text) - strlen (" Fine?"));
}

static void
test_caution_is_not_avoid (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");
  g_autoptr(GPtrArray) findings = juxta_phrase_guard_check (deck, "The budget one is a toy.");

  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpint (((JuxtaFinding *) g_ptr_array_index (findings, 0))->verdict, ==, JUXTA_ANALOGY_CAUTION);
  g_assert_false (juxta_phrase_guard_trips_avoid (deck, "The budget one is a toy.", NULL));
}

static void
test_phrases_and_boundaries (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_good_deck ("laptops.json");

  /* A two-word term matches across any whitespace, whole words only. */
  g_assert_true (juxta_phrase_guard_trips_avoid (deck, "The workstation: a desk \t top on legs", NULL));
  g_assert_false (juxta_phrase_guard_trips_avoid (deck, "The workstations are desktops", NULL));
  g_assert_false (juxta_phrase_guard_trips_avoid (deck, "", NULL));
}

static void
test_deck_self_check (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"s\", \"title\": \"S\","
    " \"priorities\": [{\"id\": \"p\", \"label\": \"P\"}],"
    " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 4},"
    "                \"talking-points\": [{\"text\": \"Fine point.\"}, {\"text\": \"A is like B, really.\"}]},"
    "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 2}, \"reasons\": {\"p\": \"B is not A.\"}}],"
    " \"analogies\": [{\"id\": \"ab\", \"verdict\": \"avoid\", \"text\": \"A is like B\","
    "                  \"triggers\": [[\"a\"], [\"like b\"]]}]}");
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);
  g_autofree char *line = NULL;

  g_assert_cmpuint (juxta_phrase_guard_check_deck (deck, "s.json", diagnostics), ==, 1);
  line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, 0));
  /* At the text that trips the rule. */
  g_assert_cmpstr (line, ==,
                   "s.json:1:233: warning: $.options[0].talking-points[1].text: this text makes the comparison "
                   "the analogy \"ab\" says to avoid (\"A is like B\"); it is left out of the talking points");
}

static void
test_bundled_decks_are_clean (void)
{
  const char *ids[] = { "aws-genai-platforms", "aws-genai-build-paths", "aws-eks-vs-sagemaker" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(JuxtaDeck) deck = juxta_test_bundled_deck (ids[i]);
      g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) juxta_diagnostic_free);

      g_assert_cmpuint (juxta_phrase_guard_check_deck (deck, ids[i], diagnostics), ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (seed_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/juxta/phrase-guard/seed/%u", i);
      g_test_add_data_func (path, &seed_cases[i], test_seed_sentence);
    }
  g_test_add_func ("/juxta/phrase-guard/sentences-are-separate", test_sentences_are_separate);
  g_test_add_func ("/juxta/phrase-guard/caution-is-not-avoid", test_caution_is_not_avoid);
  g_test_add_func ("/juxta/phrase-guard/phrases-and-boundaries", test_phrases_and_boundaries);
  g_test_add_func ("/juxta/phrase-guard/deck-self-check", test_deck_self_check);
  g_test_add_func ("/juxta/phrase-guard/bundled-decks-are-clean", test_bundled_decks_are_clean);

  return g_test_run ();
}
