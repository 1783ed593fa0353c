# juxta_tap.py: the checks of a Python test script, reported as TAP
#
#   from juxta_tap import check, report
#   check("what is checked", condition, "what to show when it fails")
#   ...
#   report()   # prints every check and exits: 1 when any failed

import sys

_results = []


def check(name, condition, detail=""):
    _results.append((name, bool(condition), detail))


def report():
    print("1..%d" % len(_results))
    failed = 0
    for i, (name, ok, detail) in enumerate(_results, 1):
        print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
        if not ok:
            failed += 1
            for line in str(detail).splitlines() or [""]:
                print("# " + line)
    sys.exit(1 if failed else 0)
