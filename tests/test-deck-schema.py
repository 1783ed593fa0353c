#!/usr/bin/python3
# test-deck-schema.py: data/juxta-deck.schema.json against real decks, broken
# decks and the loader's own schema tables.
#
# Usage: test-deck-schema.py SOURCE_ROOT DUMP_DECK_SCHEMA JUXTA
#
#   - the schema is a valid draft 2020-12 schema;
#   - every bundled deck and every deck in tests/decks/good validates;
#   - broken copies (a score of 6, a string where a number belongs, a missing
#     required section, a bad id, ...) are refused by the schema, and by
#     `juxta --check` too;
#   - the schema and the C tables (as dump-deck-schema prints them) agree on
#     the sections, their keys, which are required, the types, enums and
#     limits.
#
# Needs Debian's python3-jsonschema (build-aux/dev test installs it).  TAP.

import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

from juxta_tap import check, report

try:
    import jsonschema
except ImportError:
    print("1..0 # SKIP python3-jsonschema is not installed (build-aux/dev test installs it)")
    sys.exit(0)

source_root, dump_program, juxta = sys.argv[1:4]
def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


schema = load(os.path.join(source_root, "data", "juxta-deck.schema.json"))
tables = json.loads(subprocess.run([dump_program], check=True, capture_output=True, text=True).stdout)
validator_class = jsonschema.Draft202012Validator

# ------------------------------------------------------------ the schema

try:
    validator_class.check_schema(schema)
    check("the schema is a valid draft 2020-12 schema", True)
except jsonschema.exceptions.SchemaError as e:
    check("the schema is a valid draft 2020-12 schema", False, str(e))
check("the schema says it is draft 2020-12",
      schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema")
validator = validator_class(schema, format_checker=jsonschema.FormatChecker())


def errors_of(deck):
    return sorted(validator.iter_errors(deck), key=lambda e: list(e.absolute_path))


# ------------------------------------------------------------ good decks

good = sorted(glob.glob(os.path.join(source_root, "data", "decks", "*.json")) +
              glob.glob(os.path.join(source_root, "tests", "decks", "good", "*.json")))
check("there are good decks to validate", len(good) >= 6, str(good))
for path in good:
    errors = errors_of(load(path))
    check("valid: " + os.path.relpath(path, source_root), not errors,
          "; ".join("%s: %s" % ("/".join(map(str, e.absolute_path)), e.message) for e in errors))

with_schema = [p for p in good if "$schema" in load(p)]
check("a good deck declares \"$schema\"", with_schema)

# ---------------------------------------------------------- broken decks

base = load(os.path.join(source_root, "tests", "decks", "good", "databases.json"))
del base["$schema"]   # the copies live elsewhere


def broken(description, change):
    deck = copy.deepcopy(base)
    change(deck)
    return description, deck


def set_in(path, value):
    def change(deck):
        target = deck
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return change


def delete(path):
    def change(deck):
        target = deck
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
    return change


broken_decks = [
    broken("a score of 6", set_in(["options", 0, "scores", "ops"], 6)),
    broken("a negative score", set_in(["options", 1, "scores", "cost"], -1)),
    broken("a string where a number belongs", set_in(["options", 0, "scores", "scale"], "4")),
    broken("a string as a priority's default", set_in(["priorities", 0, "default"], "50")),
    broken("a default of 101", set_in(["priorities", 0, "default"], 101)),
    broken("a fractional weight", set_in(["presets", 0, "weights", "scale"], 50.5)),
    broken("no options section", delete(["options"])),
    broken("no priorities section", delete(["priorities"])),
    broken("no title", delete(["title"])),
    broken("an option without scores", delete(["options", 2, "scores"])),
    broken("a bad deck id", set_in(["id"], "Team Databases")),
    broken("a bad option id", set_in(["options", 0, "id"], "self_hosted")),
    broken("an id of 65 characters", set_in(["id"], "a" * 65)),
    broken("a bad id as a score's key", set_in(["options", 0, "scores", "Ops"], 3)),
    broken("an unknown key (the loader warns)", set_in(["colour"], "blue")),
    broken("an unknown key in an option", set_in(["options", 0, "price"], 3)),
    broken("the wrong format", set_in(["format"], "juxta-dek")),
    broken("version 2", set_in(["version"], 2)),
    broken("an empty title", set_in(["title"], "")),
    broken("a title of 4,097 characters", set_in(["title"], "é" * 4097)),
    broken("a bad verdict", set_in(["analogies", 0, "verdict"], "recommend")),
    broken("an avoid analogy without triggers", delete(["analogies", 1, "triggers"])),
    broken("a caution analogy with no trigger groups", set_in(["analogies", 2, "triggers"], [])),
    broken("an empty trigger group", set_in(["analogies", 1, "triggers"], [["sqlite"], []])),
    broken("a date that is not YYYY-MM-DD", set_in(["verified"], "15/10/2026")),
    broken("one priority too many", set_in(["priorities"], [{"id": "p%d" % i, "label": "P"} for i in range(33)])),
    broken("one option", set_in(["options"], base["options"][:1])),
    broken("a requirement that excludes nothing", set_in(["requirements", 0, "excludes"], [])),
    broken("an empty fact list", set_in(["options", 0, "facts", "you-do"], [])),
    broken("a number as a fact", set_in(["options", 0, "facts", "pricing"], 3)),
    broken("a bottom line that is a string", set_in(["bottom-line"], "Say this.")),
    broken("\"$schema\" that is not a string", set_in(["$schema"], 3)),
]
with tempfile.TemporaryDirectory() as tmp:
    for description, deck in broken_decks:
        errors = errors_of(deck)
        check("refused by the schema: " + description, errors)
        # The loader refuses it too, except for what it only warns about.
        path = os.path.join(tmp, "broken.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(deck, f, ensure_ascii=False, indent=2)
        run = subprocess.run([juxta, "--check", path], capture_output=True, text=True)
        if description.startswith("an unknown key"):
            check("warned about by juxta --check: " + description,
                  run.returncode == 0 and ": warning: " in run.stderr, run.stderr)
        else:
            check("refused by juxta --check: " + description,
                  run.returncode == 1 and ": error: " in run.stderr, run.stderr)

    # The unchanged base passes both, so the refusals above are the changes'.
    check("the base of the broken copies is valid", not errors_of(base))
    path = os.path.join(tmp, "base.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(base, f)
    # On a fixed day: the lint warns about dates more than a year old.
    run = subprocess.run([juxta, "--check", "--strict", path], capture_output=True, text=True,
                         env=dict(os.environ, SOURCE_DATE_EPOCH="1795910400"))
    check("the base of the broken copies checks clean", run.returncode == 0 and run.stderr == "", run.stderr)

# ------------------------------------------- the schema against the tables


def resolve(node):
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/$defs/"), ref
        extra = {k: v for k, v in node.items() if k not in ("$ref", "description")}
        node = dict(schema["$defs"][ref[len("#/$defs/"):]], **extra)
    return node


def ref_name(node):
    return node.get("$ref", "")[len("#/$defs/"):]


defs = schema["$defs"]
limits = tables["limits"]
check("ids: the schema's pattern is the loader's", defs["id"]["pattern"] == limits["id-pattern"])
check("text: the schema's length limit is the loader's",
      defs["text"]["maxLength"] == limits["text-max-characters"] and defs["text"]["minLength"] == 1)
check("dates: a pattern and the date format", defs["date"].get("format") == "date" and "pattern" in defs["date"])


def expect_count(what, node, field):
    check(what + ": minItems", node.get("minItems", 0) == field["min"], node)
    if field["max"] is None:
        check(what + ": no maxItems", "maxItems" not in node, node)
    else:
        check(what + ": maxItems", node.get("maxItems") == field["max"], node)


def compare_value(what, node, field):
    """Checks that schema @node describes the values of C @field."""
    kind = field["kind"]
    target = resolve(node)
    if kind in ("text", "id", "date"):
        check(what + ": is $defs/" + kind, ref_name(node) == kind, node)
    elif kind == "reference":
        check(what + ": is an id", ref_name(node) == "id", node)
    elif kind == "string":
        check(what + ": is a string", target.get("type") == "string", node)
    elif kind == "constant":
        check(what + ": is the constant", target.get("type") == "string" and target.get("const") == field["strings"][0], node)
    elif kind == "version":
        check(what + ": is the version", target.get("type") == "integer" and
              target.get("const") == field["min"] == field["max"] == limits["format-version"], node)
    elif kind in ("integer", "score"):
        check(what + ": type", target.get("type") == ("integer" if kind == "integer" else "number"), node)
        check(what + ": range", target.get("minimum") == field["min"] and target.get("maximum") == field["max"], node)
        if "default" in field:
            check(what + ": default", target.get("default") == field["default"], node)
    elif kind == "enum":
        check(what + ": enum", target.get("enum") == field["strings"], node)
    elif kind == "fact":
        alternatives = target.get("oneOf", [])
        check(what + ": text or a non-empty list of texts",
              len(alternatives) == 2 and ref_name(alternatives[0]) == "text" and
              alternatives[1].get("type") == "array" and ref_name(alternatives[1].get("items", {})) == "text" and
              alternatives[1].get("minItems") == 1, node)
    elif kind == "references":
        check(what + ": an array of ids", target.get("type") == "array" and ref_name(target.get("items", {})) == "id", node)
        expect_count(what, target, field)
    elif kind == "list":
        check(what + ": an array of " + field["section"],
              target.get("type") == "array" and ref_name(target.get("items", {})) == field["section"], node)
        expect_count(what, target, field)
    elif kind == "object":
        check(what + ": is $defs/" + field["section"], ref_name(node) == field["section"], node)
    elif kind == "map":
        check(what + ": an object keyed by ids",
              target.get("type") == "object" and ref_name(target.get("propertyNames", {})) == "id", node)
        compare_value(what + " (values)", target.get("additionalProperties", {}), field["values"])
    elif kind == "term-groups":
        items = target.get("items", {})
        check(what + ": an array of non-empty arrays of texts",
              target.get("type") == "array" and items.get("type") == "array" and
              items.get("minItems") == 1 and ref_name(items.get("items", {})) == "text", node)
        expect_count(what, target, field)
    else:
        check(what + ": a known kind", False, kind)


sections = tables["sections"]
for name, fields in sections.items():
    definition = schema if name == tables["root"] else defs.get(name)
    check("the schema has the section " + name, definition is not None)
    if definition is None:
        continue
    properties = definition.get("properties", {})
    keys = [f["key"] for f in fields]
    check(name + ": the same keys", sorted(properties) == sorted(keys),
          "schema only: %s; tables only: %s" % (sorted(set(properties) - set(keys)),
                                                  sorted(set(keys) - set(properties))))
    check(name + ": the same required keys",
          sorted(definition.get("required", [])) == sorted(f["key"] for f in fields if f["required"]),
          definition.get("required"))
    check(name + ": unknown keys refused (the loader warns)", definition.get("additionalProperties") is False)
    for field in fields:
        if field["key"] in properties:
            compare_value("%s.%s" % (name, field["key"]), properties[field["key"]], field)

section_defs = set(defs) - {"id", "text", "date"}
check("every section the schema defines is in the tables", section_defs <= set(sections),
      sorted(section_defs - set(sections)))

# ----------------------------------------------------------------- report

report()
