/* test-recommendation-card.c: the verdict chip's margin and what its verdicts mean */

#include "config.h"

#include "juxta-recommendation-card.h"
#include "juxta-test-util.h"
#include "juxta-window-test-util.h"

/* One priority at weight 100: A scores 80 %, B 77.1 %, a tie by 2.9
 * points that whole points would round up to the narrow lead's 3. */
static const char tie_deck[] =
  "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"t\", \"title\": \"T\","
  " \"priorities\": [{\"id\": \"p\", \"label\": \"P\", \"default\": 100}],"
  " \"options\": [{\"id\": \"a\", \"name\": \"A\", \"scores\": {\"p\": 4}},"
  "               {\"id\": \"b\", \"name\": \"B\", \"scores\": {\"p\": 3.855}}]}";

static void
test_margin_never_crosses_a_threshold (void)
{
  g_autoptr(JuxtaDeck) deck = juxta_test_deck_from_json (tie_deck);
  g_autoptr(JuxtaSession) session = juxta_session_new ();
  GtkWidget *card = g_object_ref_sink (juxta_recommendation_card_new ());
  const JuxtaAdvice *advice;
  GtkWidget *chip;
  const char *tooltip;

  juxta_session_set_deck (session, deck, NULL);
  advice = juxta_session_get_advice (session);
  g_assert_cmpint (advice->verdict, ==, JUXTA_VERDICT_TIE);
  g_assert_cmpfloat (advice->margin, >, 2.85);

  juxta_recommendation_card_set_session (JUXTA_RECOMMENDATION_CARD (card), session);
  g_assert_null (juxta_test_find_label (card, "Too close to call · +3 pts"));
  chip = juxta_test_find_label (card, "Too close to call · +2.9 pts");
  g_assert_nonnull (chip);

  /* The chip says what each verdict means, in points. */
  tooltip = gtk_widget_get_tooltip_text (chip);
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, "Clear lead: ahead by 10 points or more."));
  g_assert_nonnull (strstr (tooltip, "Narrow lead: ahead by 3 points or more, but less than 10."));
  g_assert_nonnull (strstr (tooltip, "Too close to call: less than 3 points apart."));

  g_assert_finalize_object (card);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!juxta_test_init_ui ())
    return g_test_run ();

  g_test_add_func ("/juxta/recommendation-card/margin-never-crosses-a-threshold",
                   test_margin_never_crosses_a_threshold);
  return g_test_run ();
}
