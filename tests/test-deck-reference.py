#!/usr/bin/python3
# test-deck-reference.py: docs/deck-format.md documents the schema tables, all of them
#
# Usage: test-deck-reference.py SOURCE_ROOT DUMP_DECK_SCHEMA JUXTA
#
#   - every section of the tables (as dump-deck-schema prints them) has a
#     "### `name`" heading in the reference, and every such heading is a
#     section;
#   - the key table under it documents exactly the section's keys, says
#     "yes" in the required column exactly for the required ones, and gives
#     the defaults and limits the tables have;
#   - the example decks in the reference check clean, and the worked example's
#     numbers are the ones Juxta computes for its deck.  TAP.

import json
import os
import re
import subprocess
import sys
import tempfile

from juxta_tap import check, report

source_root, dump_program, juxta = sys.argv[1:4]
with open(os.path.join(source_root, "docs", "deck-format.md"), encoding="utf-8") as f:
    reference = f.read()
tables = json.loads(subprocess.run([dump_program], check=True, capture_output=True, text=True).stdout)
sections = tables["sections"]

# ------------------------------------------------ the reference's tables

HEADING = re.compile(r"^#{2,3} `([^`]+)`")
documented = {}     # section -> {key: {"required": ..., "default": ..., "limits": ...}}
current = None
columns = None
for line in reference.splitlines():
    heading = HEADING.match(line)
    if heading:
        current = heading.group(1)
        documented.setdefault(current, {})
        columns = None
        continue
    if line.startswith("#"):
        current = None
        continue
    if current is None or not line.startswith("|"):
        continue
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if columns is None:
        columns = [c.lower() for c in cells]
        continue
    key = re.fullmatch(r"`([^`]+)`", cells[0])
    if key and len(cells) == len(columns):
        documented[current][key.group(1)] = dict(zip(columns, cells))

for name, fields in sections.items():
    check("the reference has a section for " + name, name in documented)
    if name not in documented:
        continue
    keys = [f["key"] for f in fields]
    doc_keys = documented[name]
    check(name + ": the reference documents every key", set(keys) <= set(doc_keys),
          sorted(set(keys) - set(doc_keys)))
    check(name + ": every key the reference documents exists", set(doc_keys) <= set(keys),
          sorted(set(doc_keys) - set(keys)))
    for field in fields:
        row = doc_keys.get(field["key"])
        if row is None:
            continue
        what = "%s.%s" % (name, field["key"])
        check(what + ": required as in the tables", (row.get("required") == "yes") == field["required"], row)
        if "default" in field:
            check(what + ": the default of the tables", row.get("default", "").strip("`") == str(field["default"]), row)
        if "min" in field:
            limits = row.get("limits", "")
            if field["max"] is None:
                wanted = "no limit"
            elif field["min"] == field["max"]:
                wanted = "`%d`" % field["min"]
            else:
                wanted = "%d to %d" % (field["min"], field["max"])
            check(what + ": the limits of the tables (" + wanted + ")", wanted in limits, row)

for name in documented:
    check("the reference's section " + name + " is in the tables", name in sections)

check("the reference lists the id pattern of the tables", "`%s`" % tables["limits"]["id-pattern"] in reference)
check("the reference gives the text limit of the tables",
      "at most {:,} characters".format(tables["limits"]["text-max-characters"]) in reference)

# ------------------------------------------------------------ its examples

examples = [block for block in re.findall(r"```json\n(.*?)```", reference, re.S) if '"format": "juxta-deck"' in block]
check("the reference has an example deck", examples)
with tempfile.TemporaryDirectory() as tmp:
    for i, example in enumerate(examples):
        path = os.path.join(tmp, "example-%d.json" % i)
        with open(path, "w", encoding="utf-8") as f:
            f.write(example)
        run = subprocess.run([juxta, "--check", path], capture_output=True, text=True)
        check("example deck %d checks clean" % i, run.returncode == 0 and run.stderr == "", run.stderr)

    # The worked example: the first deck's numbers, as Juxta computes them.
    worked = reference[reference.index("### A worked example"):reference.index("## Talking points")]
    path = os.path.join(tmp, "example-0.json")

    def export(*args):
        run = subprocess.run([juxta, "--export", "json", "--deck", path] + list(args),
                             check=True, capture_output=True, text=True)
        return json.loads(run.stdout)

    advice = export()
    for entry in advice["ranking"]:
        check("worked example: %s scores %.1f" % (entry["option"], entry["score"]),
              "**%.1f**" % entry["score"] in worked)
    check("worked example: the verdict", "**%s**" % advice["verdict"] in worked, advice["verdict"])
    check("worked example: the margin", "Margin %.1f" % advice["margin"] in worked, advice["margin"])
    for driver in advice["drivers"]:
        check("worked example: the %s driver" % driver["priority"],
              "**%+.1f**" % driver["contribution"] in worked.replace("−", "-"), driver)
    check("worked example: two tipping points", len(advice["tipping-points"]) == 2, advice["tipping-points"])
    for tip in advice["tipping-points"]:
        check("worked example: %s %s to %d" % (tip["priority"], tip["direction"], tip["value"]),
              "**%d**" % tip["value"] in worked, tip)
    budget = export("--preset", "budget")
    check("worked example: the budget preset is a tie", budget["verdict"] == "tie" and "**tie**" in worked, budget)
    for entry in budget["ranking"]:
        check("worked example: with the preset, %s scores %.1f" % (entry["option"], entry["score"]),
              "%.1f" % entry["score"] in worked)
    only = export("--require", "no-power")
    check("worked example: the requirement leaves one option", only["verdict"] == "only" and "**only**" in worked, only)

# ----------------------------------------------------------------- report

report()
