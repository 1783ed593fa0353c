#!/usr/bin/python3
# test-export-readback.py: the HTML and Markdown exports, read back
#
# Usage: test-export-readback.py SOURCE_ROOT JUXTA
#
# For every bundled and fixture deck, and a deck full of characters that
# markup could misread, `juxta --export html --sections all` is parsed by
# Python's html.parser: every element closed in order, nothing but the
# expected elements, and the comparison table and the glossary hold exactly
# the deck's options, dimensions, facts (lists as lists) and terms.  The
# Markdown export's comparison is read back row by row: a header of option
# names, a separator, one row per dimension with a cell per option.  TAP.

import glob
import html.parser
import json
import os
import subprocess
import sys
import tempfile

from juxta_tap import check, report

source_root, juxta = sys.argv[1:3]
VOID = {"meta", "br"}
ALLOWED = {"html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "p", "ul", "ol", "li", "a",
           "div", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd"}


class Reader(html.parser.HTMLParser):
    """Checks nesting, and collects the comparison table and the glossary."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.problems = []
        self.doctype = None
        self.table = None          # rows of cells; a cell is a str or a list of str
        self.glossary = []         # [term, definition]
        self.cell = None
        self.items = None
        self.text = None

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in ALLOWED:
            self.problems.append("unexpected element <%s>" % tag)
        if tag == "a" and not attrs.get("href", "").startswith(("http://", "https://")):
            self.problems.append("a link that is not a web address: %r" % attrs.get("href"))
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "div" and attrs.get("class") == "comparison":
            self.table = []
        elif tag == "tr" and self.table is not None and "table" in self.stack:
            self.table.append([])
        elif tag in ("td", "th") and self.table is not None and "table" in self.stack:
            self.cell = ""
            self.items = None
        elif tag == "ul" and self.cell is not None:
            self.items = []
        elif tag == "li" and self.items is not None:
            self.text = ""
        elif tag in ("dt", "dd"):
            self.text = ""

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append("</%s> closes <%s>" % (tag, self.stack[-1] if self.stack else "nothing"))
        else:
            self.stack.pop()
        if tag == "li" and self.items is not None:
            self.items.append(self.text)
            self.text = None
        elif tag in ("td", "th") and self.cell is not None:
            self.table[-1].append(self.items if self.items is not None else self.cell)
            self.cell = None
            self.items = None
        elif tag == "dt":
            self.glossary.append([self.text, None])
            self.text = None
        elif tag == "dd":
            self.glossary[-1][1] = self.text
            self.text = None

    def handle_data(self, data):
        if self.text is not None:
            self.text += data
        elif self.cell is not None and self.items is None:
            self.cell += data


def fact_cell(fact):
    """A fact as the table shows it: "—", a text, or a list of several."""
    if fact is None:
        return "—"
    if isinstance(fact, list):
        return fact if len(fact) > 1 else fact[0]
    return fact


def read_back_html(name, deck, document):
    reader = Reader()
    reader.feed(document)
    reader.close()
    check(name + ": HTML starts with <!DOCTYPE html>", reader.doctype == "DOCTYPE html", reader.doctype)
    check(name + ": HTML elements close in order", not reader.problems and not reader.stack,
          reader.problems + reader.stack)

    options = deck["options"]
    dimensions = deck.get("dimensions", [])
    if not dimensions:
        check(name + ": HTML has no table without dimensions", reader.table is None)
    else:
        table = reader.table or []
        check(name + ": HTML table has a header and a row per dimension", len(table) == len(dimensions) + 1,
              len(table))
        header = table[0] if table else []
        check(name + ": HTML header is the option names", header == [""] + [o["name"] for o in options], header)
        for d, dimension in enumerate(dimensions):
            row = table[d + 1] if d + 1 < len(table) else []
            wanted = [dimension["label"]] + [fact_cell(o.get("facts", {}).get(dimension["id"])) for o in options]
            check(name + ": HTML row " + dimension["id"], row == wanted, (row, wanted))

    terms = [[t["term"], t["definition"]] for t in deck.get("glossary", [])]
    check(name + ": HTML glossary is the deck's", reader.glossary == terms, (reader.glossary, terms))


def split_row(line):
    """Cells of a Markdown table row, split at unescaped "|", unescaped."""
    if not (line.startswith("|") and line.endswith("|")):
        return None
    cells, cell, i = [], "", 1
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line):
            cell += line[i + 1]
            i += 2
            continue
        if c == "|":
            cells.append(cell.strip())
            cell = ""
        else:
            cell += c
        i += 1
    return cells


def markdown_cell(fact):
    fact = fact_cell(fact)
    if isinstance(fact, list):
        return "<br>".join("• " + item.replace("\n", "<br>") for item in fact)
    return fact.replace("\n", "<br>")


def read_back_markdown(name, deck, document):
    dimensions = deck.get("dimensions", [])
    if not dimensions:
        check(name + ": Markdown says there is no comparison",
              "## Comparison\n\nThe deck compares no facts side by side.\n" in document)
        return
    start = document.index("## Comparison\n\n") + len("## Comparison\n\n")
    lines = document[start:].split("\n")
    options = deck["options"]
    header = split_row(lines[0])
    check(name + ": Markdown header is the option names", header == [""] + [o["name"] for o in options], header)
    check(name + ": Markdown separator row", split_row(lines[1]) == ["---"] * (len(options) + 1), lines[1])
    for d, dimension in enumerate(dimensions):
        row = split_row(lines[2 + d])
        wanted = [dimension["label"]] + [markdown_cell(o.get("facts", {}).get(dimension["id"])) for o in options]
        check(name + ": Markdown row " + dimension["id"], row == wanted, (row, wanted))
    check(name + ": Markdown table ends", lines[2 + len(dimensions)] == "", lines[2 + len(dimensions)])


def export(path, fmt):
    run = subprocess.run([juxta, "--export", fmt, "--sections", "all", "--deck", path],
                         capture_output=True, text=True)
    return run.returncode, run.stdout, run.stderr


HOSTILE = {
    "format": "juxta-deck", "version": 1, "id": "hostile", "title": "<script>alert(1)</script> & | ok",
    "priorities": [{"id": "p", "label": "P"}],
    "dimensions": [{"id": "what", "label": "What | <i>it</i> is"}, {"id": "list", "label": "List & more"},
                   {"id": "none", "label": "Nobody says"}],
    "options": [
        {"id": "a", "name": "A | B <b>bold</b>", "scores": {"p": 4}, "reasons": {"p": "Why."},
         "facts": {"what": "1. not a list | and a pipe\nand a second line", "list": ["*x*", "<y>", "z & w"]}},
        {"id": "b", "name": "-B- `code`", "scores": {"p": 2},
         "facts": {"what": "# not a heading", "list": ["only one"]}},
    ],
    "glossary": [{"term": "A | B", "definition": "Two <things> & \"quotes\" 'too'."},
                 {"term": "*stars*", "definition": "[not](a link)"}],
}

decks = sorted(glob.glob(os.path.join(source_root, "data", "decks", "*.json")) +
               glob.glob(os.path.join(source_root, "tests", "decks", "good", "*.json")) +
               glob.glob(os.path.join(source_root, "tests", "decks", "lint", "*.json")))
with tempfile.TemporaryDirectory() as tmp:
    hostile_path = os.path.join(tmp, "hostile.json")
    with open(hostile_path, "w", encoding="utf-8") as f:
        json.dump(HOSTILE, f, ensure_ascii=False)
    decks.append(hostile_path)
    check("there are decks to read back", len(decks) >= 8, decks)

    for path in decks:
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            deck = json.load(f)
        status, document, errors = export(path, "html")
        check(name + ": HTML export succeeds", status == 0, errors)
        read_back_html(name, deck, document)
        status, document, errors = export(path, "markdown")
        check(name + ": Markdown export succeeds", status == 0, errors)
        read_back_markdown(name, deck, document)

report()
