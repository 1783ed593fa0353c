/* test-deck-corpus.c: hostile decks are refused, each with the exact error
 *
 * tests/decks/bad holds small decks that each break one rule of
 * docs/deck-format.md (or one thing a lenient JSON parser would let
 * through).  The table below says which error each must produce: its line
 * and column (of the value at fault; for a missing key, of the object that
 * lacks it; for a duplicate, of the second one), and its JSON path unless it
 * is a syntax error.  Inputs too big to keep in the repository (deep
 * nesting, huge files, many values) are generated here into a temporary
 * directory.
 */

#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "juxta-deck-loader.h"
#include "juxta-deck.h"
#include "juxta-diagnostic.h"

typedef struct
{
  const char *file;
  guint       line;        /* 1-based */
  guint       column;
  const char *path;        /* NULL for a syntax error */
  const char *message;
  guint       n_warnings;  /* warnings that come with the error */
} BadDeck;

#define ID_RULE \
  " is not a valid id (expected 1 to 64 lowercase letters, digits and \"-\", starting with a letter or digit)"
#define TRIGGERS_NEEDED \
  "missing; an \"avoid\" or \"caution\" analogy needs triggers (a list of term groups such as " \
  "[[\"a\"], [\"b\", \"c\"]])"
#define NOT_A_VALUE \
  "expected a value (an object, array, string, number, true, false or null), found "

static const BadDeck bad_decks[] = {
  /* The root must be an object. */
  { "root-array.json", 1, 1, "$", "expected a JSON object at the top level, got an array" },
  { "root-string.json", 1, 1, "$", "expected a JSON object at the top level, got a string" },
  { "root-number.json", 1, 1, "$", "expected a JSON object at the top level, got a number" },
  { "root-null.json", 1, 1, "$", "expected a JSON object at the top level, got null" },

  /* format, version, id, title, subtitle, framing */
  { "missing-format.json", 1, 1, "$.format",
    "missing; expected \"juxta-deck\" (is this a Juxta deck?)" },
  { "format-wrong.json", 2, 13, "$.format",
    "expected \"juxta-deck\", got \"juxta-dek\" (is this a Juxta deck?)" },
  { "format-not-string.json", 2, 13, "$.format",
    "expected the string \"juxta-deck\", got a number" },
  { "missing-version.json", 1, 1, "$.version", "missing; expected 1" },
  { "version-zero.json", 3, 14, "$.version", "expected 1, got 0" },
  { "version-negative.json", 3, 14, "$.version", "expected 1, got -1" },
  { "version-fraction.json", 3, 14, "$.version", "expected 1, got 1.5" },
  { "version-newer.json", 3, 14, "$.version",
    "made for a newer version of Juxta (deck format 2; this version reads format 1)" },
  /* A newer deck's new keys, and a scenario's keys, are not mistakes to
   * list: the one error that says what the file is, and nothing else. */
  { "version-newer-new-keys.json", 3, 14, "$.version",
    "made for a newer version of Juxta (deck format 2; this version reads format 1)" },
  { "format-scenario.json", 2, 13, "$.format",
    "this is a Juxta scenario, not a deck: open it with --scenario, or in the window" },
  { "version-string.json", 3, 14, "$.version", "expected an integer, got a string" },
  { "missing-id.json", 1, 1, "$.id", "missing; expected an id" },
  { "id-uppercase.json", 4, 9, "$.id", "\"Tea-or-coffee\"" ID_RULE },
  { "id-space.json", 4, 9, "$.id", "\"tea or coffee\"" ID_RULE },
  { "id-leading-dash.json", 4, 9, "$.id", "\"-tea-or-coffee\"" ID_RULE },
  { "id-underscore.json", 4, 9, "$.id", "\"tea_or_coffee\"" ID_RULE },
  { "id-65-chars.json", 4, 9, "$.id",
    "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"" ID_RULE },
  { "id-empty.json", 4, 9, "$.id", "\"\"" ID_RULE },
  { "id-number.json", 4, 9, "$.id", "expected an id (a string), got a number" },
  { "missing-title.json", 1, 1, "$.title", "missing; expected text" },
  { "title-empty.json", 5, 12, "$.title", "expected text, got an empty string" },
  { "title-number.json", 5, 12, "$.title", "expected text (a non-empty string), got a number" },
  { "title-null.json", 5, 12, "$.title", "expected text (a non-empty string), got null" },
  { "title-too-long.json", 5, 12, "$.title",
    "text is 4097 characters long; at most 4096 are allowed" },
  { "title-too-long-multibyte.json", 5, 12, "$.title",
    "text is 4097 characters long; at most 4096 are allowed" },
  /* A string from the deck is quoted on one line, and shortened. */
  { "id-newline.json", 4, 9, "$.id", "\"tea\\u000aor-coffee\"" ID_RULE },
  { "format-long-with-newline.json", 2, 13, "$.format",
    "expected \"juxta-deck\", got \"juxta-deck\\u000a"
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    "xxxxxxxxxxxxxxxx...\" (is this a Juxta deck?)" },
  { "subtitle-empty.json", 14, 15, "$.subtitle", "expected text, got an empty string" },
  { "framing-array.json", 14, 14, "$.framing", "expected text (a non-empty string), got an array" },

  /* Priorities.  An item without a usable id does not make the scores that name it
   * "unknown" as well: one mistake, one error. */
  { "missing-priorities.json", 1, 1, "$.priorities", "missing; expected an array of priorities" },
  { "priorities-empty.json", 6, 17, "$.priorities", "expected 1 to 32 priorities, got 0" },
  { "priorities-33.json", 6, 17, "$.priorities", "expected 1 to 32 priorities, got 33" },
  { "priorities-object.json", 6, 17, "$.priorities",
    "expected an array of priorities, got an object" },
  { "priority-not-object.json", 6, 53, "$.priorities[1]",
    "expected a priority object, got a string" },
  { "priority-missing-id.json", 8, 5, "$.priorities[1].id", "missing; expected an id" },
  { "priority-missing-label.json", 8, 5, "$.priorities[1].label", "missing; expected text" },
  { "priority-label-empty.json", 8, 29, "$.priorities[1].label",
    "expected text, got an empty string" },
  { "priority-description-boolean.json", 8, 56, "$.priorities[1].description",
    "expected text (a non-empty string), got true" },
  { "priority-question-number.json", 8, 53, "$.priorities[1].question",
    "expected text (a non-empty string), got a number" },
  { "priority-id-uppercase.json", 8, 12, "$.priorities[1].id", "\"Cost\"" ID_RULE },
  { "priority-default-101.json", 7, 50, "$.priorities[0].default",
    "expected an integer from 0 to 100, got 101" },
  { "priority-default-negative.json", 7, 50, "$.priorities[0].default",
    "expected an integer from 0 to 100, got -1" },
  { "priority-default-fraction.json", 7, 50, "$.priorities[0].default",
    "expected an integer from 0 to 100, got 50.5" },
  { "priority-default-string.json", 7, 50, "$.priorities[0].default",
    "expected an integer, got a string" },
  { "priority-duplicate-id.json", 8, 12, "$.priorities[1].id",
    "duplicate id \"taste\" (already used by $.priorities[0])" },

  /* Options: scores, reasons, facts, talking points, sources. */
  { "missing-options.json", 1, 1, "$.options", "missing; expected an array of options" },
  { "options-one.json", 10, 14, "$.options", "expected 2 to 64 options, got 1" },
  { "options-empty.json", 10, 14, "$.options", "expected 2 to 64 options, got 0" },
  { "options-65.json", 10, 14, "$.options", "expected 2 to 64 options, got 65" },
  { "options-string.json", 10, 14, "$.options", "expected an array of options, got a string" },
  { "option-not-object.json", 10, 80, "$.options[1]", "expected an option object, got a string" },
  { "option-missing-id.json", 12, 5, "$.options[1].id", "missing; expected an id" },
  { "option-missing-name.json", 12, 5, "$.options[1].name", "missing; expected text" },
  { "option-tagline-number.json", 12, 86, "$.options[1].tagline",
    "expected text (a non-empty string), got a number" },
  { "option-summary-empty.json", 12, 86, "$.options[1].summary",
    "expected text, got an empty string" },
  { "option-duplicate-id.json", 12, 12, "$.options[1].id",
    "duplicate id \"tea\" (already used by $.options[0])" },
  { "option-id-space.json", 12, 12, "$.options[1].id", "\"black coffee\"" ID_RULE },
  { "option-missing-scores.json", 12, 5, "$.options[1].scores",
    "missing; expected an object with a score from 0 to 5 for every priority" },
  { "scores-array.json", 12, 50, "$.options[1].scores",
    "expected an object of scores (priority id: 0 to 5), got an array" },
  { "score-missing.json", 12, 50, "$.options[1].scores.cost", "missing score for priority \"cost\"" },
  { "score-unknown-priority.json", 12, 74, "$.options[1].scores.speed",
    "unknown priority \"speed\" (known: taste, cost)" },
  { "score-out-of-range.json", 12, 71, "$.options[1].scores.cost",
    "expected a score from 0 to 5, got 5.5" },
  { "score-negative.json", 12, 71, "$.options[1].scores.cost",
    "expected a score from 0 to 5, got -1" },
  { "score-string.json", 12, 71, "$.options[1].scores.cost",
    "expected a score (a number from 0 to 5), got a string" },
  { "score-null.json", 12, 71, "$.options[1].scores.cost",
    "expected a score (a number from 0 to 5), got null" },
  { "reasons-array.json", 12, 86, "$.options[1].reasons",
    "expected an object of reasons (priority id: text), got an array" },
  { "reason-unknown-priority.json", 12, 87, "$.options[1].reasons.speed",
    "unknown priority \"speed\" (known: taste, cost)" },
  { "reason-empty.json", 12, 96, "$.options[1].reasons.taste", "expected text, got an empty string" },
  { "facts-string.json", 12, 84, "$.options[1].facts",
    "expected an object of facts (dimension id: text or list of texts), got a string" },
  { "fact-unknown-dimension.json", 12, 85, "$.options[1].facts.price",
    "unknown dimension \"price\" (known: caffeine, served)" },
  { "fact-without-dimensions.json", 12, 85, "$.options[1].facts.caffeine",
    "unknown dimension \"caffeine\" (known: none)" },
  { "fact-empty-list.json", 12, 95, "$.options[1].facts.served",
    "expected text or a non-empty list of texts, got an empty list" },
  { "fact-number.json", 12, 97, "$.options[1].facts.caffeine",
    "expected text or a list of texts, got a number" },
  { "fact-list-item-empty.json", 12, 103, "$.options[1].facts.served[1]",
    "expected text, got an empty string" },
  { "fact-empty-text.json", 12, 97, "$.options[1].facts.caffeine",
    "expected text, got an empty string" },
  { "talking-points-object.json", 12, 93, "$.options[1].talking-points",
    "expected an array of talking points, got an object" },
  { "talking-point-not-object.json", 12, 94, "$.options[1].talking-points[0]",
    "expected a talking point object, got a string" },
  { "talking-point-missing-text.json", 12, 94, "$.options[1].talking-points[0].text",
    "missing; expected text" },
  { "talking-point-text-empty.json", 12, 103, "$.options[1].talking-points[0].text",
    "expected text, got an empty string" },
  { "talking-point-unknown-priority.json", 12, 135, "$.options[1].talking-points[0].priorities[0]",
    "unknown priority \"speed\" (known: taste, cost)" },
  { "talking-point-priority-not-id.json", 12, 135, "$.options[1].talking-points[0].priorities[0]",
    "expected an id (a string), got a number" },
  { "talking-point-priorities-string.json", 12, 134, "$.options[1].talking-points[0].priorities",
    "expected an array of priority ids, got a string" },
  { "talking-point-unknown-audience.json", 12, 134, "$.options[1].talking-points[0].audiences[0]",
    "unknown audience \"finance\" (known: technical, business)" },
  { "talking-point-default-audience-unknown.json", 12, 134, "$.options[1].talking-points[0].audiences[0]",
    "unknown audience \"technical\" (known: general)" },
  { "option-sources-object.json", 12, 86, "$.options[1].sources",
    "expected an array of sources, got an object" },
  { "option-source-missing-title.json", 12, 87, "$.options[1].sources[0].title",
    "missing; expected text" },

  /* Dimensions. */
  { "dimensions-object.json", 14, 17, "$.dimensions",
    "expected an array of dimensions, got an object" },
  { "dimensions-65.json", 14, 17, "$.dimensions", "expected at most 64 dimensions, got 65" },
  { "dimension-missing-id.json", 16, 5, "$.dimensions[1].id", "missing; expected an id" },
  { "dimension-missing-label.json", 16, 5, "$.dimensions[1].label", "missing; expected text" },
  { "dimension-duplicate-id.json", 16, 12, "$.dimensions[1].id",
    "duplicate id \"caffeine\" (already used by $.dimensions[0])" },
  { "dimension-not-object.json", 14, 59, "$.dimensions[1]",
    "expected a dimension object, got a string" },

  /* Audiences (absent means one "general" audience). */
  { "audiences-empty.json", 14, 16, "$.audiences", "expected 1 to 8 audiences, got 0" },
  { "audiences-9.json", 14, 16, "$.audiences", "expected 1 to 8 audiences, got 9" },
  { "audiences-null.json", 14, 16, "$.audiences", "expected an array of audiences, got null" },
  { "audience-missing-id.json", 16, 5, "$.audiences[1].id", "missing; expected an id" },
  { "audience-missing-label.json", 16, 5, "$.audiences[1].label", "missing; expected text" },
  { "audience-not-object.json", 14, 60, "$.audiences[1]",
    "expected an audience object, got a string" },
  { "audience-duplicate-id.json", 16, 12, "$.audiences[1].id",
    "duplicate id \"technical\" (already used by $.audiences[0])" },

  /* Analogies. */
  { "analogies-object.json", 14, 16, "$.analogies", "expected an array of analogies, got an object" },
  { "analogies-65.json", 14, 16, "$.analogies", "expected at most 64 analogies, got 65" },
  { "analogy-not-object.json", 14, 116, "$.analogies[1]", "expected an analogy object, got a string" },
  { "analogy-missing-id.json", 15, 5, "$.analogies[0].id", "missing; expected an id" },
  { "analogy-missing-verdict.json", 15, 5, "$.analogies[0].verdict",
    "missing; expected \"recommended\", \"caution\" or \"avoid\"" },
  { "analogy-bad-verdict.json", 15, 33, "$.analogies[0].verdict",
    "expected \"recommended\", \"caution\" or \"avoid\", got \"recommend\"" },
  { "analogy-verdict-boolean.json", 15, 33, "$.analogies[0].verdict",
    "expected \"recommended\", \"caution\" or \"avoid\", got true" },
  { "analogy-missing-text.json", 15, 5, "$.analogies[0].text", "missing; expected text" },
  { "analogy-why-empty.json", 15, 110, "$.analogies[0].why", "expected text, got an empty string" },
  { "analogy-duplicate-id.json", 16, 12, "$.analogies[1].id",
    "duplicate id \"kettle\" (already used by $.analogies[0])" },
  { "analogy-avoid-without-triggers.json", 16, 5, "$.analogies[1].triggers",
    TRIGGERS_NEEDED },
  { "analogy-caution-without-triggers.json", 16, 5, "$.analogies[1].triggers",
    TRIGGERS_NEEDED },
  { "analogy-avoid-empty-triggers.json", 16, 88, "$.analogies[1].triggers",
    "expected 1 to 64 term groups, got 0" },
  { "analogy-empty-trigger-group.json", 16, 98, "$.analogies[1].triggers[1]",
    "expected at least one term in the group" },
  { "analogy-trigger-group-string.json", 16, 98, "$.analogies[1].triggers[1]",
    "expected a term group (a list of terms), got a string" },
  { "analogy-triggers-object.json", 16, 88, "$.analogies[1].triggers",
    "expected an array of term groups, got an object" },
  { "analogy-trigger-term-empty.json", 16, 114, "$.analogies[1].triggers[1][1]",
    "expected text, got an empty string" },
  { "analogy-trigger-term-spaces.json", 16, 114, "$.analogies[1].triggers[1][1]",
    "expected a term, got only spaces" },
  { "analogy-trigger-term-number.json", 16, 99, "$.analogies[1].triggers[1][0]",
    "expected text (a non-empty string), got a number" },
  { "analogy-triggers-65-groups.json", 16, 88, "$.analogies[1].triggers",
    "expected 1 to 64 term groups, got 65" },
  { "analogy-unknown-instead.json", 16, 127, "$.analogies[1].instead",
    "unknown analogy \"kettel\" (known: kettle, same)" },
  { "analogy-instead-self.json", 16, 127, "$.analogies[1].instead",
    "an analogy cannot be its own replacement" },
  { "analogy-instead-number.json", 16, 127, "$.analogies[1].instead",
    "expected an id (a string), got a number" },
  { "analogy-unknown-audience.json", 19, 117, "$.analogies[0].audiences[0]",
    "unknown audience \"finance\" (known: technical, business)" },
  { "analogy-audiences-string.json", 19, 116, "$.analogies[0].audiences",
    "expected an array of audience ids, got a string" },

  /* Answers. */
  { "answers-object.json", 14, 14, "$.answers", "expected an array of answers, got an object" },
  { "answers-65.json", 14, 14, "$.answers", "expected at most 64 answers, got 65" },
  { "answer-missing-id.json", 15, 5, "$.answers[0].id", "missing; expected an id" },
  { "answer-missing-text.json", 15, 5, "$.answers[0].text", "missing; expected text" },
  { "answer-question-empty.json", 15, 33, "$.answers[0].question",
    "expected text, got an empty string" },
  { "answer-not-object.json", 14, 15, "$.answers[0]", "expected an answer object, got a string" },
  { "answer-duplicate-id.json", 16, 12, "$.answers[1].id",
    "duplicate id \"which\" (already used by $.answers[0])" },
  { "answer-unknown-audience.json", 19, 101, "$.answers[0].audiences[0]",
    "unknown audience \"finance\" (known: technical, business)" },

  /* Glossary. */
  { "glossary-object.json", 14, 15, "$.glossary",
    "expected an array of glossary terms, got an object" },
  { "glossary-257.json", 14, 15, "$.glossary", "expected at most 256 glossary terms, got 257" },
  { "term-missing-term.json", 15, 5, "$.glossary[0].term", "missing; expected text" },
  { "term-missing-definition.json", 15, 5, "$.glossary[0].definition", "missing; expected text" },
  { "term-not-object.json", 14, 16, "$.glossary[0]", "expected a term object, got a string" },

  /* Presets. */
  { "presets-object.json", 14, 14, "$.presets", "expected an array of presets, got an object" },
  { "presets-33.json", 14, 14, "$.presets", "expected at most 32 presets, got 33" },
  { "preset-missing-id.json", 15, 5, "$.presets[0].id", "missing; expected an id" },
  { "preset-missing-label.json", 15, 5, "$.presets[0].label", "missing; expected text" },
  { "preset-missing-weights.json", 15, 5, "$.presets[0].weights",
    "missing; expected an object of weights such as {\"taste\": 80}" },
  { "preset-weights-array.json", 15, 50, "$.presets[0].weights",
    "expected an object of weights (priority id: 0 to 100), got an array" },
  { "preset-not-object.json", 14, 15, "$.presets[0]", "expected a preset object, got a string" },
  { "preset-duplicate-id.json", 16, 12, "$.presets[1].id",
    "duplicate id \"cheap\" (already used by $.presets[0])" },
  { "preset-unknown-priority.json", 15, 63, "$.presets[0].weights.speed",
    "unknown priority \"speed\" (known: taste, cost)" },
  { "preset-weight-101.json", 15, 59, "$.presets[0].weights.cost",
    "expected an integer from 0 to 100, got 101" },
  { "preset-weight-negative.json", 15, 59, "$.presets[0].weights.cost",
    "expected an integer from 0 to 100, got -1" },
  { "preset-weight-fraction.json", 15, 59, "$.presets[0].weights.cost",
    "expected an integer from 0 to 100, got 50.5" },
  { "preset-weight-string.json", 15, 59, "$.presets[0].weights.cost",
    "expected an integer, got a string" },

  /* Requirements. */
  { "requirements-object.json", 14, 19, "$.requirements",
    "expected an array of requirements, got an object" },
  { "requirements-33.json", 14, 19, "$.requirements", "expected at most 32 requirements, got 33" },
  { "requirement-missing-id.json", 15, 5, "$.requirements[0].id", "missing; expected an id" },
  { "requirement-missing-label.json", 15, 5, "$.requirements[0].label", "missing; expected text" },
  { "requirement-missing-excludes.json", 15, 5, "$.requirements[0].excludes",
    "missing; expected an array of option ids" },
  { "requirement-empty-excludes.json", 15, 66, "$.requirements[0].excludes",
    "expected 1 to 64 option ids, got 0" },
  { "requirement-excludes-string.json", 15, 66, "$.requirements[0].excludes",
    "expected an array of option ids, got a string" },
  { "requirement-unknown-option.json", 15, 67, "$.requirements[0].excludes[0]",
    "unknown option \"cocoa\" (known: tea, coffee)" },
  { "requirement-not-object.json", 14, 20, "$.requirements[0]",
    "expected a requirement object, got a string" },
  { "requirement-duplicate-id.json", 16, 12, "$.requirements[1].id",
    "duplicate id \"cheap\" (already used by $.requirements[0])" },
  { "requirement-why-empty.json", 15, 85, "$.requirements[0].why",
    "expected text, got an empty string" },

  /* Expectations. */
  { "expectations-object.json", 14, 19, "$.expectations",
    "expected an array of expectations, got an object" },
  { "expectations-65.json", 14, 19, "$.expectations", "expected at most 64 expectations, got 65" },
  { "expectation-not-object.json", 14, 20, "$.expectations[0]",
    "expected an expectation object, got a string" },
  { "expectation-missing-label.json", 15, 5, "$.expectations[0].label", "missing; expected text" },
  { "expectation-missing-leader.json", 15, 5, "$.expectations[0].leader",
    "missing; expected the id of the option that must lead" },
  { "expectation-unknown-leader.json", 15, 44, "$.expectations[0].leader",
    "unknown option \"cocoa\" (known: tea, coffee)" },
  { "expectation-leader-number.json", 15, 44, "$.expectations[0].leader",
    "expected an id (a string), got a number" },
  { "expectation-unknown-preset.json", 18, 61, "$.expectations[0].preset",
    "unknown preset \"cheapest\" (known: cheap)" },
  { "expectation-preset-without-presets.json", 15, 61, "$.expectations[0].preset",
    "unknown preset \"cheap\" (known: none)" },
  { "expectation-unknown-weight-priority.json", 15, 76, "$.expectations[0].weights.speed",
    "unknown priority \"speed\" (known: taste, cost)" },
  { "expectation-weight-101.json", 15, 71, "$.expectations[0].weights.cost",
    "expected an integer from 0 to 100, got 101" },
  { "expectation-weights-array.json", 15, 62, "$.expectations[0].weights",
    "expected an object of weights (priority id: 0 to 100), got an array" },
  { "expectation-unknown-requirement.json", 18, 68, "$.expectations[0].requirements[0]",
    "unknown requirement \"cheapest\" (known: cheap)" },
  { "expectation-requirements-string.json", 18, 67, "$.expectations[0].requirements",
    "expected an array of requirement ids, got a string" },

  /* Bottom line, sources, dates. */
  { "bottom-line-string.json", 14, 18, "$.bottom-line",
    "expected an object with \"avoid\" and/or \"say\", got a string" },
  { "bottom-line-array.json", 14, 18, "$.bottom-line",
    "expected an object with \"avoid\" and/or \"say\", got an array" },
  { "bottom-line-say-empty.json", 14, 26, "$.bottom-line.say", "expected text, got an empty string" },
  { "bottom-line-avoid-number.json", 14, 28, "$.bottom-line.avoid",
    "expected text (a non-empty string), got a number" },
  { "sources-object.json", 14, 14, "$.sources", "expected an array of sources, got an object" },
  { "source-not-object.json", 14, 15, "$.sources[0]", "expected a source object, got a string" },
  { "source-missing-title.json", 15, 5, "$.sources[0].title", "missing; expected text" },
  { "source-url-empty.json", 15, 42, "$.sources[0].url", "expected text, got an empty string" },
  { "source-as-of-not-a-date.json", 15, 44, "$.sources[0].as-of",
    "\"last week\" is not a date (expected YYYY-MM-DD)" },
  { "source-as-of-feb-29-2025.json", 15, 44, "$.sources[0].as-of",
    "\"2025-02-29\" is not a real calendar date" },
  { "verified-feb-30.json", 14, 15, "$.verified", "\"2026-02-30\" is not a real calendar date" },
  { "verified-month-13.json", 14, 15, "$.verified", "\"2026-13-01\" is not a real calendar date" },
  { "verified-day-zero.json", 14, 15, "$.verified", "\"2026-01-00\" is not a real calendar date" },
  { "verified-year-zero.json", 14, 15, "$.verified", "\"0000-01-01\" is not a real calendar date" },
  { "verified-short.json", 14, 15, "$.verified", "\"26-1-1\" is not a date (expected YYYY-MM-DD)" },
  { "verified-slashes.json", 14, 15, "$.verified",
    "\"2026/01/01\" is not a date (expected YYYY-MM-DD)" },
  { "verified-with-time.json", 14, 15, "$.verified",
    "\"2026-01-01T10:00:00Z\" is not a date (expected YYYY-MM-DD)" },
  { "verified-number.json", 14, 15, "$.verified", "expected a date (YYYY-MM-DD), got a number" },
  { "verified-empty.json", 14, 15, "$.verified", "\"\" is not a date (expected YYYY-MM-DD)" },

  /* Duplicate keys (json-glib would keep the last one silently). */
  { "duplicate-key-top-level.json", 6, 3, "$.title",
    "duplicate key \"title\" (each key may appear once in an object)" },
  { "duplicate-key-in-option.json", 12, 40, "$.options[1].name",
    "duplicate key \"name\" (each key may appear once in an object)" },
  { "duplicate-key-in-scores.json", 12, 74, "$.options[1].scores.taste",
    "duplicate key \"taste\" (each key may appear once in an object)" },

  /* Syntax: everything a lenient parser lets through, and the usual mistakes.
   * Columns count characters; a UTF-8 byte order mark is not one. */
  { "syntax-empty-file.json", 1, 1, NULL, "the file is empty; expected a JSON object" },
  { "syntax-whitespace-only.json", 4, 1, NULL, "the file is empty; expected a JSON object" },
  { "syntax-two-top-level-values.json", 1, 4, NULL,
    "unexpected content after the end of the top-level value (a deck is one JSON object)" },
  { "syntax-second-deck-appended.json", 15, 1, NULL,
    "unexpected content after the end of the top-level value (a deck is one JSON object)" },
  { "syntax-single-quotes.json", 5, 3, NULL, "expected a key in double quotes, found \"'\"" },
  { "syntax-single-quoted-value.json", 5, 12, NULL,
    "strings must use double quotes, not single quotes" },
  { "syntax-block-comment.json", 3, 17, NULL, "comments are not allowed in JSON" },
  { "syntax-line-comment.json", 3, 3, NULL, "comments are not allowed in JSON" },
  { "syntax-number-1e999.json", 12, 71, NULL, "number 1e999 is out of range" },
  { "syntax-number-minus-1e400.json", 12, 71, NULL, "number -1e400 is out of range" },
  { "syntax-leading-zero.json", 12, 60, NULL, "numbers must not have leading zeros" },
  { "syntax-leading-plus.json", 12, 60, NULL,
    NOT_A_VALUE "\"+\"" },
  { "syntax-trailing-dot.json", 12, 62, NULL,
    "expected a digit after the decimal point, found \",\"" },
  { "syntax-leading-dot.json", 12, 60, NULL,
    NOT_A_VALUE "\".\"" },
  { "syntax-hex-number.json", 12, 61, NULL,
    "expected \",\" or \"}\" after an object member, found \"x\"" },
  { "syntax-nan.json", 12, 60, NULL,
    NOT_A_VALUE "\"N\"" },
  { "syntax-infinity.json", 12, 60, NULL,
    NOT_A_VALUE "\"I\"" },
  { "syntax-minus-infinity.json", 12, 61, NULL, "expected a digit, found \"I\"" },
  { "syntax-raw-tab-in-string.json", 5, 16, NULL,
    "control character U+0009 inside a string (write it as an escape)" },
  { "syntax-raw-newline-in-string.json", 5, 19, NULL,
    "unterminated string (a line break inside a string must be written \\n)" },
  { "syntax-raw-escape-char-in-string.json", 5, 20, NULL,
    "control character U+001B inside a string (write it as an escape)" },
  { "syntax-trailing-comma-array.json", 13, 3, NULL,
    "a trailing comma before \"]\" is not allowed" },
  { "syntax-trailing-comma-object.json", 14, 1, NULL,
    "a trailing comma before \"}\" is not allowed" },
  { "syntax-unquoted-key.json", 3, 3, NULL, "expected a key in double quotes, found \"v\"" },
  { "syntax-missing-colon.json", 3, 13, NULL, "expected \":\" after the key, found \"1\"" },
  { "syntax-missing-comma.json", 4, 3, NULL,
    "expected \",\" or \"}\" after an object member, found a string" },
  { "syntax-missing-value.json", 3, 14, NULL,
    NOT_A_VALUE "\",\"" },
  { "syntax-unterminated-string.json", 2, 13, NULL, "unterminated string (missing closing quote)" },
  { "syntax-unterminated-object.json", 14, 1, NULL,
    "expected \",\" or \"}\" after an object member, found the end of the file" },
  { "syntax-unterminated-array.json", 5, 1, NULL,
    "expected \",\" or \"]\" after an array item, found the end of the file" },
  { "syntax-mismatched-brackets.json", 13, 3, NULL,
    "expected \",\" or \"]\" after an array item, found \"}\"" },
  { "syntax-bad-escape.json", 5, 21, NULL,
    "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX), found \"c\"" },
  { "syntax-short-unicode-escape.json", 5, 25, NULL, "expected four hexadecimal digits after \\u" },
  { "syntax-lone-high-surrogate.json", 5, 17, NULL,
    "a high surrogate \\uD800 must be followed by a low one" },
  { "syntax-lone-low-surrogate.json", 5, 17, NULL,
    "a lone low surrogate \\uDC00 is not a character" },
  { "syntax-reversed-surrogates.json", 5, 17, NULL,
    "a lone low surrogate \\uDC00 is not a character" },
  { "syntax-nul-escape.json", 5, 16, NULL, "\\u0000 (a NUL character) is not allowed in a deck" },
  { "syntax-true-uppercase.json", 3, 22, NULL,
    NOT_A_VALUE "\"T\"" },
  { "syntax-bare-word.json", 5, 12, NULL,
    NOT_A_VALUE "\"T\"" },
  { "syntax-minus-alone.json", 12, 61, NULL, "expected a digit, found \",\"" },
  { "syntax-exponent-without-digits.json", 12, 62, NULL,
    "expected a digit in the exponent, found \",\"" },
  { "syntax-number-too-long.json", 12, 60, NULL, "number too long (at most 127 characters)" },
  { "syntax-bom-only.json", 1, 1, NULL, "the file is empty; expected a JSON object" },
  { "syntax-bom-then-missing-colon.json", 1, 11, NULL,
    "expected \":\" after the key, found a string" },
  { "syntax-bom-twice.json", 1, 1, NULL,
    NOT_A_VALUE "U+FEFF" },
  { "syntax-nested-65-deep.json", 1, 94, NULL, "nested more than 64 levels deep" },
  { "syntax-invalid-utf8.json", 5, 23, NULL,
    "invalid UTF-8 (byte 0xE9); a deck must be saved as UTF-8" },
  { "syntax-overlong-utf8.json", 5, 20, NULL,
    "invalid UTF-8 (byte 0xC0); a deck must be saved as UTF-8" },
  { "syntax-utf8-surrogate-bytes.json", 5, 20, NULL,
    "invalid UTF-8 (byte 0xED); a deck must be saved as UTF-8" },
  { "syntax-truncated-utf8.json", 5, 26, NULL,
    "invalid UTF-8 (byte 0xE2); a deck must be saved as UTF-8" },
  { "syntax-nul-byte.json", 5, 19, NULL, "the file contains a NUL byte; a deck is UTF-8 text" },
  { "syntax-utf16le.json", 1, 1, NULL, "invalid UTF-8 (byte 0xFF); a deck must be saved as UTF-8" },
  { "syntax-binary.json", 1, 1, NULL, "the file contains a NUL byte; a deck is UTF-8 text" },
  { "syntax-png-header.json", 1, 1, NULL,
    "invalid UTF-8 (byte 0x89); a deck must be saved as UTF-8" },
};

/* ------------------------------------------------------------- helpers */

typedef struct
{
  guint                  n_errors;
  guint                  n_warnings;
  const JuxtaDiagnostic *first_error;
} Counts;

static Counts
count_diagnostics (GPtrArray *diagnostics)
{
  Counts counts = { 0, 0, NULL };

  for (guint i = 0; i < diagnostics->len; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->severity == JUXTA_SEVERITY_ERROR)
        {
          if (counts.n_errors++ == 0)
            counts.first_error = d;
        }
      else
        counts.n_warnings++;
    }
  return counts;
}

/* The documented line (docs/deck-format.md, "Messages") for one error: a
 * file that could not be read has no position, a syntax error no path. */
static char *
expected_line (const char *file,
               guint       line,
               guint       column,
               const char *path,
               const char *message)
{
  g_autofree char *location = line > 0 ? g_strdup_printf ("%s:%u:%u", file, line, column)
                                       : g_strdup (file);

  if (path == NULL)
    return g_strdup_printf ("%s: error: %s", location, message);
  return g_strdup_printf ("%s: error: %s: %s", location, path, message);
}

/* Checks that loading @filename is refused with error @code and exactly one
 * error diagnostic, equal to the one given, plus @n_warnings warnings. */
static void
assert_refused_once (const char *filename,
                     int         code,
                     guint       line,
                     guint       column,
                     const char *path,
                     const char *message,
                     guint       n_warnings)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = juxta_deck_load_file (filename, &diagnostics, &error);
  g_autofree char *expected = expected_line (filename, line, column, path, message);
  g_autofree char *actual = NULL;
  const JuxtaDiagnostic *d;
  Counts counts;

  g_assert_null (deck);
  g_assert_error (error, JUXTA_DECK_ERROR, code);
  g_assert_nonnull (diagnostics);

  counts = count_diagnostics (diagnostics);
  g_assert_cmpuint (counts.n_errors, ==, 1);
  g_assert_cmpuint (counts.n_warnings, ==, n_warnings);
  d = counts.first_error;

  g_assert_cmpstr (d->file, ==, filename);
  g_assert_cmpstr (d->path, ==, path);
  g_assert_cmpuint (d->line, ==, line);
  g_assert_cmpuint (d->column, ==, column);
  g_assert_cmpstr (d->message, ==, message);

  actual = juxta_diagnostic_to_string (d);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpstr (error->message, ==, expected);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("juxta-deck-corpus-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @dir and the files in it (the tests make no subdirectories). */
static void
remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *filename = g_build_filename (dir, name, NULL);
      g_assert_cmpint (g_unlink (filename), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
write_temp_file (const char *dir,
                 const char *name,
                 const char *data,
                 gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *filename = g_build_filename (dir, name, NULL);

  g_file_set_contents (filename, data, length, &error);
  g_assert_no_error (error);
  return filename;
}

/* Writes @data as a deck file and checks it is refused with one syntax error. */
static void
assert_generated_syntax_error (const char *name,
                               GString    *data,
                               guint       line,
                               guint       column,
                               const char *message)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *filename = write_temp_file (dir, name, data->str, data->len);

  assert_refused_once (filename, JUXTA_DECK_ERROR_INVALID, line, column, NULL, message, 0);
  remove_temp_dir (dir);
}

static JuxtaDeck *
load_json (const char  *json,
           GPtrArray  **diagnostics,
           GError     **error)
{
  return juxta_deck_load_data (json, strlen (json), "test.json", NULL, diagnostics, error);
}

/* A deck with all the required parts, for tests that add one thing to it. */
#define MINIMAL_PRIORITIES \
  "\"priorities\": [{\"id\": \"taste\", \"label\": \"Taste\"}, {\"id\": \"cost\", \"label\": \"Low cost\"}]"
#define MINIMAL_OPTIONS \
  "\"options\": [{\"id\": \"tea\", \"name\": \"Tea\", \"scores\": {\"taste\": 3, \"cost\": 4}}," \
  " {\"id\": \"coffee\", \"name\": \"Coffee\", \"scores\": {\"taste\": 4, \"cost\": 3}}]"
#define MINIMAL_HEADER \
  "\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"tea-or-coffee\", \"title\": \"Tea or coffee?\""

/* --------------------------------------------------------- the corpus */

static void
test_bad_deck (gconstpointer data)
{
  const BadDeck *bad = data;
  g_autofree char *filename = g_test_build_filename (G_TEST_DIST, "decks", "bad", bad->file, NULL);

  /* Every problem in a file that could be read has a position. */
  g_assert_cmpuint (bad->line, >, 0);
  g_assert_cmpuint (bad->column, >, 0);

  assert_refused_once (filename, JUXTA_DECK_ERROR_INVALID, bad->line, bad->column, bad->path,
                       bad->message, bad->n_warnings);
}

/* Every file in decks/bad has a row, and every row a file. */
static void
test_table_matches_directory (void)
{
  g_autofree char *dirname = g_test_build_filename (G_TEST_DIST, "decks", "bad", NULL);
  g_autoptr(GHashTable) rows = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, &error);
  const char *name;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (bad_decks); i++)
    {
      if (!g_hash_table_add (rows, (gpointer) bad_decks[i].file))
        g_error ("%s has two rows in the table", bad_decks[i].file);
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (name, ".json"))
        continue;
      if (!g_hash_table_contains (rows, name))
        g_error ("decks/bad/%s has no row in the table of test-deck-corpus.c", name);
      g_hash_table_add (files, g_strdup (name));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_decks); i++)
    if (!g_hash_table_contains (files, bad_decks[i].file))
      g_error ("the table names %s, which is not in decks/bad", bad_decks[i].file);

  g_assert_cmpuint (g_hash_table_size (files), ==, G_N_ELEMENTS (bad_decks));
  g_assert_cmpuint (G_N_ELEMENTS (bad_decks), >=, 70);
}

/* ---------------------------------------------------- generated input */

static void
test_nested_arrays (void)
{
  g_autoptr(GString) data = g_string_sized_new (100000);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (data, '[');
  /* The 65th bracket is one level too deep. */
  assert_generated_syntax_error ("nested-arrays.json", data, 1, 65, "nested more than 64 levels deep");
}

static void
test_nested_objects (void)
{
  g_autoptr(GString) data = g_string_sized_new (500000);

  for (guint i = 0; i < 100000; i++)
    g_string_append (data, "{\"a\":");
  /* Each level is 5 characters: the 65th "{" is at column 321. */
  assert_generated_syntax_error ("nested-objects.json", data, 1, 321, "nested more than 64 levels deep");
}

static void
test_too_many_values (void)
{
  g_autoptr(GString) data = g_string_sized_new (1200002);

  g_string_append_c (data, '[');
  for (guint i = 0; i < 600000; i++)
    g_string_append (data, i == 0 ? "0" : ",0");
  g_string_append_c (data, ']');
  /* The array is value 1, so item 524287 (at byte 1 + 2 * 524287) is value
   * 524289, one too many. */
  assert_generated_syntax_error ("many-values.json", data, 1, 2 + 2 * 524287,
                                 "too many values (a deck holds at most 524288)");
}

static void
test_long_string (void)
{
  g_autoptr(GString) data = g_string_new ("{\"title\": \"");

  for (guint i = 0; i < 64 * 1024 + 1; i++)
    g_string_append_c (data, 'x');
  g_string_append (data, "\"}");
  assert_generated_syntax_error ("long-string.json", data, 1, 11, "string longer than 65536 bytes");
}

/* A file over 8 MiB is refused by its size, before it is read: its content
 * (NUL bytes here) would otherwise be a syntax error. */
static void
test_file_too_big (void)
{
  const gsize size = JUXTA_DECK_MAX_FILE_SIZE + 1;
  const char *message = "the file is 8388609 bytes; a deck is at most 8388608 bytes (8 MiB)";
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *contents = g_malloc0 (size);
  g_autofree char *filename = write_temp_file (dir, "big.json", contents, size);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autofree char *expected = NULL;

  /* Not read, so no position and no path. */
  assert_refused_once (filename, JUXTA_DECK_ERROR_UNREADABLE, 0, 0, NULL, message, 0);

  /* The same limit holds for data given in memory. */
  deck = juxta_deck_load_data (contents, size, "big.json", NULL, &diagnostics, &error);
  expected = expected_line ("big.json", 0, 0, NULL, message);
  g_assert_null (deck);
  g_assert_error (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpuint (diagnostics->len, ==, 1);

  remove_temp_dir (dir);
}

/* A deck of exactly 8 MiB (padded with spaces) is not too big. */
static void
test_file_at_size_limit (void)
{
  const char *json = "{" MINIMAL_HEADER ", " MINIMAL_PRIORITIES ", " MINIMAL_OPTIONS "}";
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GString) data = g_string_sized_new (JUXTA_DECK_MAX_FILE_SIZE);
  g_autofree char *filename = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;

  g_string_append (data, json);
  while (data->len < JUXTA_DECK_MAX_FILE_SIZE)
    g_string_append_c (data, ' ');
  filename = write_temp_file (dir, "padded.json", data->str, data->len);

  deck = juxta_deck_load_file (filename, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);

  remove_temp_dir (dir);
}

static void
test_directory (void)
{
  g_autofree char *dir = make_temp_dir ();

  assert_refused_once (dir, JUXTA_DECK_ERROR_UNREADABLE, 0, 0, NULL,
                       "is a directory; expected a deck file (JSON)", 0);
  remove_temp_dir (dir);
}

static void
test_missing_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *filename = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *message = g_strdup_printf ("cannot open the file: %s", g_strerror (ENOENT));

  assert_refused_once (filename, JUXTA_DECK_ERROR_UNREADABLE, 0, 0, NULL, message, 0);
  remove_temp_dir (dir);
}

static void
test_unreadable_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *filename = NULL;
  g_autofree char *message = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root can read a file with mode 000");
      return;
    }

  dir = make_temp_dir ();
  filename = write_temp_file (dir, "secret.json", "{}", -1);
  message = g_strdup_printf ("cannot open the file: %s", g_strerror (EACCES));
  g_assert_cmpint (g_chmod (filename, 0), ==, 0);

  assert_refused_once (filename, JUXTA_DECK_ERROR_UNREADABLE, 0, 0, NULL, message, 0);
  remove_temp_dir (dir);
}

/* Opening a FIFO with no writer, or reading it, would block: it must be
 * refused at once.  The alarm turns a hang into a failure. */
static void
test_fifo (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *filename = g_build_filename (dir, "pipe.json", NULL);

  g_assert_cmpint (mkfifo (filename, 0600), ==, 0);
  alarm (20);
  assert_refused_once (filename, JUXTA_DECK_ERROR_UNREADABLE, 0, 0, NULL,
                       "is not a regular file; expected a deck file (JSON)", 0);
  alarm (0);
  remove_temp_dir (dir);
}

/* A device that never ends is refused the same way. */
static void
test_device (void)
{
  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }
  alarm (20);
  assert_refused_once ("/dev/zero", JUXTA_DECK_ERROR_UNREADABLE, 0, 0, NULL,
                       "is not a regular file; expected a deck file (JSON)", 0);
  alarm (0);
}

/* ------------------------------------------------ many problems at once */

/* A deck is checked completely: independent mistakes are all reported, in
 * deck order, each with its path. */
static void
test_several_mistakes (void)
{
  /* One mistake a line (lines 1 to 12), so that each must be reported on
   * its own line, at the column where its @at text starts. */
  const char json[] =
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"several\", \"title\": \"\",\n"
    " \"verified\": \"2026-02-30\",\n"
    " \"priorities\": [{\"id\": \"taste\", \"label\": \"Taste\", \"default\": 101},\n"
    "                {\"id\": \"cost\", \"label\": \"Low cost\"}],\n"
    " \"dimensions\": [{\"id\": \"caffeine\", \"label\": \"Caffeine\"}],\n"
    " \"options\": [{\"id\": \"tea\", \"name\": \"Tea\", \"scores\": {\"taste\": 3, \"cost\": 4},\n"
    "               \"facts\": {\"price\": \"cheap\"}},\n"
    "              {\"id\": \"coffee\", \"name\": \"Coffee\", \"scores\": {\"taste\": 6, \"cost\": 3}}],\n"
    " \"analogies\": [{\"id\": \"same\", \"verdict\": \"avoid\", \"text\": \"Tea is weak coffee.\"}],\n"
    " \"presets\": [{\"id\": \"cheap\", \"label\": \"Cheap\", \"weights\": {\"cost\": 50.5}}],\n"
    " \"requirements\": [{\"id\": \"cheap\", \"label\": \"Cheap\", \"excludes\": [\"cocoa\"]}],\n"
    " \"expectations\": [{\"label\": \"Cheap means tea\", \"leader\": \"tee\"}]}";
  static const struct { guint line; const char *at; const char *path; const char *message; } expected[] = {
    { 1, "\"\"", "$.title", "expected text, got an empty string" },
    { 2, "\"2026", "$.verified", "\"2026-02-30\" is not a real calendar date" },
    { 3, "101", "$.priorities[0].default", "expected an integer from 0 to 100, got 101" },
    /* An unknown key in a map is at the key. */
    { 7, "\"price\"", "$.options[0].facts.price", "unknown dimension \"price\" (known: caffeine)" },
    { 8, "6,", "$.options[1].scores.taste", "expected a score from 0 to 5, got 6" },
    /* A missing key is at the object that lacks it. */
    { 9, "{\"id\": \"same\"", "$.analogies[0].triggers", TRIGGERS_NEEDED },
    { 10, "50.5", "$.presets[0].weights.cost", "expected an integer from 0 to 100, got 50.5" },
    { 11, "\"cocoa\"", "$.requirements[0].excludes[0]", "unknown option \"cocoa\" (known: tea, coffee)" },
    { 12, "\"tee\"", "$.expectations[0].leader", "unknown option \"tee\" (known: tea, coffee)" },
  };
  g_auto(GStrv) lines = g_strsplit (json, "\n", -1);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = load_json (json, &diagnostics, &error);
  g_autofree char *first = NULL;
  g_autofree char *summary = NULL;

  g_assert_null (deck);
  g_assert_error (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID);
  g_assert_cmpuint (diagnostics->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);
      const char *line = lines[expected[i].line - 1];
      const char *at = strstr (line, expected[i].at);

      g_assert_nonnull (at);
      g_assert_cmpint (d->severity, ==, JUXTA_SEVERITY_ERROR);
      g_assert_cmpstr (d->path, ==, expected[i].path);
      g_assert_cmpstr (d->message, ==, expected[i].message);
      g_assert_cmpuint (d->line, ==, expected[i].line);
      g_assert_cmpuint (d->column, ==, at - line + 1);
    }

  /* The GError has the first problem and the count of the others. */
  first = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, 0));
  g_assert_cmpstr (first, ==, "test.json:1:66: error: $.title: expected text, got an empty string");
  summary = g_strdup_printf ("%s (and %u more problems)", first, (guint) G_N_ELEMENTS (expected) - 1);
  g_assert_cmpstr (error->message, ==, summary);
}

/* Problems come in the order of the file, as from a compiler, whatever the
 * order the sections are read in: here the options (which refer to the
 * dimensions) come first in the file. */
static void
test_problems_in_file_order (void)
{
  const char json[] =
    "{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"order\", \"title\": \"Order\",\n"
    " \"options\": [{\"id\": \"tea\", \"name\": \"Tea\", \"scores\": {\"taste\": 9}},\n"
    "             {\"id\": \"coffee\", \"name\": \"Coffee\", \"scores\": {\"taste\": 4}}],\n"
    " \"dimensions\": [{\"id\": \"Caffeine\", \"label\": \"Caffeine\"}],\n"
    " \"priorities\": [{\"id\": \"taste\", \"label\": \"\"}]}";
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(JuxtaDeck) deck = load_json (json, &diagnostics, NULL);
  static const char *const expected[] = {
    "test.json:2:63: error: $.options[0].scores.taste: expected a score from 0 to 5, got 9",
    "test.json:4:24: error: $.dimensions[0].id: \"Caffeine\"" ID_RULE,
    "test.json:5:42: error: $.priorities[0].label: expected text, got an empty string",
  };

  g_assert_null (deck);
  g_assert_cmpuint (diagnostics->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, i));
      g_assert_cmpstr (line, ==, expected[i]);
    }
}

/* More than 100 problems: the first 100, then one line that says so. */
static void
test_too_many_problems (void)
{
  g_autoptr(GString) json = g_string_new ("{" MINIMAL_HEADER ", " MINIMAL_PRIORITIES ", "
                                          MINIMAL_OPTIONS ", \"glossary\": [");
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;
  const JuxtaDiagnostic *last;
  g_autofree char *first = NULL;
  g_autofree char *summary = NULL;

  /* 200 terms without a definition: 200 errors. */
  for (guint i = 0; i < 200; i++)
    g_string_append_printf (json, "%s{\"term\": \"T%u\"}", i > 0 ? ", " : "", i);
  g_string_append (json, "]}");

  deck = load_json (json->str, &diagnostics, &error);
  g_assert_null (deck);
  g_assert_error (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID);
  g_assert_cmpuint (diagnostics->len, ==, JUXTA_MAX_DIAGNOSTICS + 1);
  for (guint i = 0; i < JUXTA_MAX_DIAGNOSTICS; i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);
      g_autofree char *path = g_strdup_printf ("$.glossary[%u].definition", i);

      g_autofree char *term = g_strdup_printf ("{\"term\": \"T%u\"}", i);

      g_assert_cmpint (d->severity, ==, JUXTA_SEVERITY_ERROR);
      g_assert_cmpstr (d->path, ==, path);
      g_assert_cmpstr (d->message, ==, "missing; expected text");
      /* At the term that lacks it. */
      g_assert_cmpuint (d->line, ==, 1);
      g_assert_cmpuint (d->column, ==, strstr (json->str, term) - json->str + 1);
    }
  /* A problem about the whole deck is at its top-level object. */
  last = g_ptr_array_index (diagnostics, JUXTA_MAX_DIAGNOSTICS);
  g_assert_cmpint (last->severity, ==, JUXTA_SEVERITY_ERROR);
  g_assert_cmpstr (last->path, ==, "$");
  g_assert_cmpuint (last->line, ==, 1);
  g_assert_cmpuint (last->column, ==, 1);
  g_assert_cmpstr (last->message, ==, "too many problems; only the first 100 are shown");

  /* The count in the GError is the real one. */
  first = juxta_diagnostic_to_string (g_ptr_array_index (diagnostics, 0));
  summary = g_strdup_printf ("%s (and 199 more problems)", first);
  g_assert_cmpstr (error->message, ==, summary);
}

static void
append_unknown_keys (GString *json,
                     guint    n)
{
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, ", \"x-%u\": %u", i, i);
}

/* Warnings do not crowd out errors: a refused deck always shows why. */
static void
test_warnings_do_not_hide_errors (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"w\", "
                                          "\"title\": \"\", " MINIMAL_PRIORITIES ", " MINIMAL_OPTIONS);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;
  g_autofree char *expected = NULL;
  Counts counts;

  append_unknown_keys (json, 120);
  g_string_append_c (json, '}');

  deck = load_json (json->str, &diagnostics, &error);
  expected = expected_line ("test.json", 1, strstr (json->str, "\"\"") - json->str + 1, "$.title",
                            "expected text, got an empty string");
  g_assert_null (deck);
  g_assert_error (error, JUXTA_DECK_ERROR, JUXTA_DECK_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpuint (diagnostics->len, ==, JUXTA_MAX_DIAGNOSTICS + 1);

  counts = count_diagnostics (diagnostics);
  g_assert_cmpuint (counts.n_errors, ==, 2);   /* the title, and "too many problems" */
  g_assert_cmpstr (counts.first_error->path, ==, "$.title");
}

/* Only warnings, however many: the deck is used, and the last line is a
 * warning too. */
static void
test_many_warnings_only (void)
{
  g_autoptr(GString) json = g_string_new ("{" MINIMAL_HEADER ", " MINIMAL_PRIORITIES ", " MINIMAL_OPTIONS);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;
  const JuxtaDiagnostic *last;

  append_unknown_keys (json, 150);
  g_string_append_c (json, '}');

  deck = load_json (json->str, &diagnostics, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpuint (diagnostics->len, ==, JUXTA_MAX_DIAGNOSTICS + 1);
  g_assert_cmpuint (juxta_diagnostics_count_errors (diagnostics), ==, 0);
  last = g_ptr_array_index (diagnostics, JUXTA_MAX_DIAGNOSTICS);
  g_assert_cmpint (last->severity, ==, JUXTA_SEVERITY_WARNING);
  g_assert_cmpstr (last->message, ==, "too many problems; only the first 100 are shown");
}

/* ------------------------------------------------------ good controls */

/* Unknown keys at any level and an empty "audiences" list are warnings:
 * the deck loads. */
static void
test_warnings_do_not_refuse (void)
{
  const char json[] =
    "{" MINIMAL_HEADER ", \"colour\": \"brown\","
    " \"priorities\": [{\"id\": \"taste\", \"label\": \"Taste\", \"weight\": 3}],"
    " \"options\": [{\"id\": \"tea\", \"name\": \"Tea\", \"scores\": {\"taste\": 3}, \"price\": 2,"
    "               \"talking-points\": [{\"text\": \"Calm.\", \"tone\": \"warm\", \"audiences\": []}]},"
    "              {\"id\": \"coffee\", \"name\": \"Coffee\", \"scores\": {\"taste\": 4},"
    "               \"sources\": [{\"title\": \"Handbook\", \"publisher\": \"Me\"}]}],"
    " \"bottom-line\": {\"say\": \"Tea.\", \"maybe\": \"Coffee.\"},"
    /* No requirements is what an absent list means here: no warning. */
    " \"expectations\": [{\"label\": \"Tea\", \"leader\": \"tea\", \"requirements\": []}]}";
  /* Each at its key, the empty list at itself. */
  static const struct { const char *at; const char *path; const char *message; } expected[] = {
    { "\"colour\"", "$.colour",
      "unknown key, ignored (known here: format, version, id, title, subtitle, framing, verified, "
      "priorities, dimensions, audiences, options, analogies, answers, glossary, presets, "
      "requirements, expectations, bottom-line, sources, $schema)" },
    { "\"weight\"", "$.priorities[0].weight",
      "unknown key, ignored (known here: id, label, description, question, default)" },
    { "\"price\"", "$.options[0].price",
      "unknown key, ignored (known here: id, name, tagline, summary, scores, reasons, facts, "
      "talking-points, sources)" },
    { "\"tone\"", "$.options[0].talking-points[0].tone",
      "unknown key, ignored (known here: text, priorities, audiences)" },
    { "[]", "$.options[0].talking-points[0].audiences",
      "an empty list matches nothing; leave \"audiences\" out to mean all" },
    { "\"publisher\"", "$.options[1].sources[0].publisher",
      "unknown key, ignored (known here: title, url, as-of)" },
    { "\"maybe\"", "$.bottom-line.maybe", "unknown key, ignored (known here: avoid, say)" },
  };
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = load_json (json, &diagnostics, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpuint (diagnostics->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const JuxtaDiagnostic *d = g_ptr_array_index (diagnostics, i);
      g_autofree char *line = juxta_diagnostic_to_string (d);
      g_autofree char *wanted = g_strdup_printf ("test.json:1:%d: warning: %s: %s",
                                                 (int) (strstr (json, expected[i].at) - json + 1),
                                                 expected[i].path, expected[i].message);

      g_assert_cmpint (d->severity, ==, JUXTA_SEVERITY_WARNING);
      g_assert_cmpstr (line, ==, wanted);
    }
  g_assert_cmpstr (juxta_deck_get_bottom_line_say (deck), ==, "Tea.");
}

/* Text limits count characters, not bytes: 4,096 three-byte characters
 * (12,288 bytes) and 2,000 four-byte ones are fine. */
static void
test_multibyte_text_within_limit (void)
{
  g_autoptr(GString) euros = g_string_new (NULL);
  g_autoptr(GString) faces = g_string_new (NULL);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;

  for (guint i = 0; i < 4096; i++)
    g_string_append (euros, "\xE2\x82\xAC");   /* U+20AC EURO SIGN */
  for (guint i = 0; i < 2000; i++)
    g_string_append (faces, "\xF0\x9F\x98\x80");   /* U+1F600 */
  g_assert_cmpuint (euros->len, >, 4096);
  g_assert_cmpuint (faces->len, >, 4096);

  json = g_strdup_printf ("{" MINIMAL_HEADER ", \"framing\": \"%s\", \"subtitle\": \"%s\", "
                          MINIMAL_PRIORITIES ", " MINIMAL_OPTIONS "}",
                          euros->str, faces->str);
  deck = load_json (json, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpint (g_utf8_strlen (juxta_deck_get_framing (deck), -1), ==, 4096);
  g_assert_cmpint (g_utf8_strlen (juxta_deck_get_subtitle (deck), -1), ==, 2000);
}

/* Every limit of the format is inclusive: a deck exactly at each one loads. */
static void
test_limits_are_inclusive (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"juxta-deck\", \"version\": 1, \"id\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(JuxtaDeck) deck = NULL;

  /* A 64-character id. */
  for (guint i = 0; i < 64; i++)
    g_string_append_c (json, i == 0 ? '0' : 'z');
  g_string_append (json, "\", \"title\": \"T\", \"verified\": \"2024-02-29\", \"priorities\": [");
  for (guint p = 0; p < JUXTA_MAX_PRIORITIES; p++)
    g_string_append_printf (json, "%s{\"id\": \"p%u\", \"label\": \"P\", \"default\": %u}",
                            p > 0 ? ", " : "", p, p == 0 ? 0 : 100);
  g_string_append (json, "], \"audiences\": [");
  for (guint a = 0; a < JUXTA_MAX_AUDIENCES; a++)
    g_string_append_printf (json, "%s{\"id\": \"a%u\", \"label\": \"A\"}", a > 0 ? ", " : "", a);
  g_string_append (json, "], \"options\": [");
  for (guint o = 0; o < JUXTA_MAX_OPTIONS; o++)
    {
      g_string_append_printf (json, "%s{\"id\": \"o%u\", \"name\": \"O\", \"scores\": {",
                              o > 0 ? ", " : "", o);
      for (guint p = 0; p < JUXTA_MAX_PRIORITIES; p++)
        g_string_append_printf (json, "%s\"p%u\": %s", p > 0 ? ", " : "", p,
                                p % 3 == 0 ? "0" : p % 3 == 1 ? "5" : "2.25");
      g_string_append (json, "}}");
    }
  g_string_append (json, "], \"requirements\": [{\"id\": \"r\", \"label\": \"R\", \"excludes\": [");
  for (guint o = 0; o < JUXTA_MAX_OPTIONS; o++)
    g_string_append_printf (json, "%s\"o%u\"", o > 0 ? ", " : "", o);
  g_string_append (json, "]}]}");

  deck = load_json (json->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpuint (juxta_deck_get_n_priorities (deck), ==, JUXTA_MAX_PRIORITIES);
  g_assert_cmpuint (juxta_deck_get_n_options (deck), ==, JUXTA_MAX_OPTIONS);
  g_assert_cmpuint (juxta_deck_get_n_audiences (deck), ==, JUXTA_MAX_AUDIENCES);
  g_assert_cmpint (juxta_deck_get_priority (deck, 0)->default_weight, ==, 0);
  g_assert_cmpint (juxta_deck_get_priority (deck, 1)->default_weight, ==, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_decks); i++)
    {
      g_autofree char *test_path = g_strconcat ("/juxta/deck-corpus/bad/", bad_decks[i].file, NULL);
      g_test_add_data_func (test_path, &bad_decks[i], test_bad_deck);
    }
  g_test_add_func ("/juxta/deck-corpus/table-matches-directory", test_table_matches_directory);

  g_test_add_func ("/juxta/deck-corpus/generated/nested-arrays", test_nested_arrays);
  g_test_add_func ("/juxta/deck-corpus/generated/nested-objects", test_nested_objects);
  g_test_add_func ("/juxta/deck-corpus/generated/too-many-values", test_too_many_values);
  g_test_add_func ("/juxta/deck-corpus/generated/long-string", test_long_string);
  g_test_add_func ("/juxta/deck-corpus/generated/file-too-big", test_file_too_big);
  g_test_add_func ("/juxta/deck-corpus/generated/file-at-size-limit", test_file_at_size_limit);
  g_test_add_func ("/juxta/deck-corpus/generated/directory", test_directory);
  g_test_add_func ("/juxta/deck-corpus/generated/missing-file", test_missing_file);
  g_test_add_func ("/juxta/deck-corpus/generated/unreadable-file", test_unreadable_file);
  g_test_add_func ("/juxta/deck-corpus/generated/fifo", test_fifo);
  g_test_add_func ("/juxta/deck-corpus/generated/device", test_device);

  g_test_add_func ("/juxta/deck-corpus/several-mistakes", test_several_mistakes);
  g_test_add_func ("/juxta/deck-corpus/problems-in-file-order", test_problems_in_file_order);
  g_test_add_func ("/juxta/deck-corpus/too-many-problems", test_too_many_problems);
  g_test_add_func ("/juxta/deck-corpus/warnings-do-not-hide-errors", test_warnings_do_not_hide_errors);
  g_test_add_func ("/juxta/deck-corpus/many-warnings-only", test_many_warnings_only);

  g_test_add_func ("/juxta/deck-corpus/good/warnings-do-not-refuse", test_warnings_do_not_refuse);
  g_test_add_func ("/juxta/deck-corpus/good/multibyte-text-within-limit", test_multibyte_text_within_limit);
  g_test_add_func ("/juxta/deck-corpus/good/limits-are-inclusive", test_limits_are_inclusive);

  return g_test_run ();
}
