#!/bin/sh
# run-startup.sh: startup to the first painted frame, to the complete
# window, and peak memory, of juxta and of gnome-calculator, measured the
# same way in the same run.
#
#   tests/bench/run-startup.sh BUILDDIR [JSON-OUT]
#
# Runs itself under Xvfb and a private D-Bus session when there is no
# display (xvfb-run -a dbus-run-session), with no window manager.  Installs
# gnome-calculator with apt when it is missing (root only; otherwise that
# half is skipped).
#
# Juxta is started three ways, as people start it: with no argument (the
# last or the first bundled deck), on a deck file, and on a scenario file
# (its deck is found from it).  Each, and gnome-calculator, is measured in
# two environments:
#
#   quiet    the cairo renderer with GL off (GDK_DEBUG=gl-disable) and
#            NO_AT_BRIDGE=1, every start in the same D-Bus session, whose
#            services (accessibility bus, portal) the first start brought
#            up;
#   desktop  as in a desktop session: every start in a D-Bus session of
#            its own in which the accessibility bus, its registry and the
#            desktop portal are running (started before the clock, as a
#            desktop has them running before an application starts), GL
#            not disabled and no NO_AT_BRIDGE; the cairo renderer still
#            draws, since software GL under Xvfb says nothing of a
#            desktop's GPU.
#
# Every program gets settings in memory (schemas from BUILDDIR/data) and
# fresh XDG config, data and cache directories for every start.  Each
# start is measured RUNS times (default 7; RUNS=N to change), all of them
# in turn, after one unmeasured warm-up start each, by
# BUILDDIR/tests/bench/first-paint; see first-paint.c for what is
# measured.  JUXTA=PATH measures another juxta binary (e.g. an older
# build) the same way.
set -eu

if [ $# -lt 1 ]; then
  echo "usage: $0 BUILDDIR [JSON-OUT]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
json_out=${2:-}
case $json_out in
  ""|/*) ;;
  *) json_out=$(pwd)/$json_out ;;
esac
runs=${RUNS:-7}
source_root=$(cd "$(dirname "$0")/../.." && pwd)
first_paint=$build/tests/bench/first-paint
juxta=${JUXTA:-$build/app/juxta}
deck=$source_root/data/decks/aws-genai-build-paths.json

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$0" "$build" "$json_out"
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec dbus-run-session -- "$0" "$build" "$json_out"
fi

for f in "$first_paint" "$juxta"; do
  if [ ! -x "$f" ]; then
    echo "$0: $f is missing: build first (ninja -C $build)" >&2
    exit 1
  fi
done

if ! command -v gnome-calculator > /dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null 2>&1; then
    echo "Installing gnome-calculator for the comparison..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y gnome-calculator > /dev/null 2>&1 ||
      { apt-get update > /dev/null 2>&1 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y gnome-calculator > /dev/null 2>&1; } ||
      echo "$0: could not install gnome-calculator; measuring juxta alone" >&2
  else
    echo "$0: gnome-calculator is not installed (apt-get install -y gnome-calculator); measuring juxta alone" >&2
  fi
fi
have_calculator=no
if command -v gnome-calculator > /dev/null 2>&1; then
  have_calculator=yes
fi

# The desktop-like environment's services: those installed of the
# accessibility bus (at-spi2-core) and the desktop portal.
desktop_services=""
for service in org.a11y.Bus org.freedesktop.portal.Desktop; do
  if [ -e "/usr/share/dbus-1/services/$service.service" ]; then
    desktop_services="$desktop_services --activate $service"
  else
    echo "$0: $service is not installed: the desktop-like starts run without it" >&2
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# A scenario on the deck, as Juxta writes them (the deck found by its path).
scenario=$tmp/tuesday.json
cat > "$scenario" << END
{
  "format" : "juxta-scenario",
  "version" : 1,
  "deck" : {
    "id" : "aws-genai-build-paths",
    "path" : "$deck"
  },
  "audience" : "business",
  "weights" : {
    "speed" : 90,
    "cost" : 70,
    "portability" : 20
  },
  "hidden" : [
    "eks"
  ],
  "notes" : "Prepared for the Tuesday review"
}
END

# measure ENV NAME RUN PROGRAM [ARG...]: one start of PROGRAM in ENV, with
# fresh XDG directories.
measure () {
  environment=$1
  name=$2
  run=$3
  shift 3
  rm -rf "$tmp/home"
  mkdir -p "$tmp/home/config" "$tmp/home/data" "$tmp/home/cache"
  case $environment in
    quiet)
      set -- env GDK_DEBUG=gl-disable NO_AT_BRIDGE=1 \
        "$first_paint" --warmup 0 --runs 1 --name "$name" --json "$tmp/$environment-$name-$run.json" -- "$@"
      ;;
    desktop)
      # shellcheck disable=SC2086
      set -- env -u GDK_DEBUG -u NO_AT_BRIDGE -u GTK_A11Y \
        "$first_paint" --warmup 0 --runs 1 --name "$name" --json "$tmp/$environment-$name-$run.json" \
        --own-bus $desktop_services -- "$@"
      ;;
  esac
  if ! env GSK_RENDERER=cairo GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" \
         XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data" \
         XDG_CACHE_HOME="$tmp/home/cache" LC_ALL=C.UTF-8 \
         "$@" > "$tmp/$environment-$name-$run.out" 2>> "$tmp/$environment-$name.log"; then
    echo "$0: measuring $name ($environment) failed:" >&2
    tail -5 "$tmp/$environment-$name.log" >&2
    exit 1
  fi
  if [ "$run" -gt 0 ]; then
    printf '%-8s ' "$environment"
    sed -e "s/run  1/run $(printf %2d "$run")/" "$tmp/$environment-$name-$run.out" | head -1
  fi
}

echo "Startup under Xvfb, cairo renderer, no window manager: $runs starts of each, all in turn,"
echo "after one unmeasured start each, in two environments (quiet; desktop: a D-Bus session of"
echo "its own per start, accessibility on, GL not disabled).  Times from exec; settled is the"
echo "last paint before 200 ms without one (the window complete); VmHWM is the peak resident"
echo "memory, read 1 s after the first paint."
echo
# Start 0 is the warm-up: in the quiet environment it also brings up the
# session's D-Bus services (portal, accessibility bus) that every later
# start of each program finds running.
for run in $(seq 0 "$runs"); do
  for environment in quiet desktop; do
    measure "$environment" juxta "$run" "$juxta"
    measure "$environment" juxta-deck "$run" "$juxta" "$deck"
    measure "$environment" juxta-scenario "$run" "$juxta" "$scenario"
    if [ $have_calculator = yes ]; then
      measure "$environment" gnome-calculator "$run" gnome-calculator
    fi
  done
done

# The medians, the ratios to gnome-calculator, the budgets and the JSON.
/usr/bin/python3 - "$tmp" "$runs" "$have_calculator" "$json_out" << 'END'
import json, statistics, sys
tmp, runs, have_calculator, json_out = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "yes", sys.argv[4]
starts = {"juxta": "juxta", "juxta-deck": "juxta DECK", "juxta-scenario": "juxta SCENARIO"}
names = list(starts) + (["gnome-calculator"] if have_calculator else [])
out = {"runs": runs, "environments": {}}
all_met = True

def spread(values):
    return f"{min(values):.0f}–{max(values):.0f}"

for environment in ["quiet", "desktop"]:
    results = {}
    for name in names:
        each = [json.load(open(f"{tmp}/{environment}-{name}-{run}.json")) for run in range(1, runs + 1)]
        paints = [e["first_paint_ms"] for e in each]
        settled = [e["settled_ms"] for e in each]
        results[name] = {"name": name, "runs": runs,
                         "mapped_ms": statistics.median(e["mapped_ms"] for e in each),
                         "first_paint_ms": statistics.median(paints),
                         "settled_ms": statistics.median(settled),
                         "vmhwm_mib": statistics.median(e["vmhwm_mib"] for e in each),
                         "vmrss_mib": statistics.median(e["vmrss_mib"] for e in each),
                         "first_paint_ms_each": paints,
                         "settled_ms_each": settled,
                         "vmhwm_mib_each": [e["vmhwm_mib"] for e in each]}
    calc = results.get("gnome-calculator")
    print()
    print(f"{environment}: median of {runs}")
    print(f"{'':<18} {'mapped':>7} {'first paint':>12} {'(min–max)':>10} {'× calc':>7}"
          f" {'settled':>8} {'(min–max)':>10} {'× calc':>7} {'VmHWM MiB':>10} {'× calc':>7}")
    for name in names:
        r = results[name]
        if calc is not None:
            r["first_paint_ratio"] = r["first_paint_ms"] / calc["first_paint_ms"]
            r["settled_ratio"] = r["settled_ms"] / calc["settled_ms"]
            r["vmhwm_ratio"] = r["vmhwm_mib"] / calc["vmhwm_mib"]
        ratio = lambda key: f"{r[key]:>7.2f}" if key in r else f"{'':>7}"
        print(f"{starts.get(name, name):<18} {r['mapped_ms']:>7.1f} {r['first_paint_ms']:>12.1f}"
              f" {spread(r['first_paint_ms_each']):>10} {ratio('first_paint_ratio')}"
              f" {r['settled_ms']:>8.1f} {spread(r['settled_ms_each']):>10} {ratio('settled_ratio')}"
              f" {r['vmhwm_mib']:>10.1f} {ratio('vmhwm_ratio')}")
    budgets = {}
    if calc is not None:
        for name in starts:
            r = results[name]
            budgets[f"{name}: first paint <= gnome-calculator's"] = r["first_paint_ms"] <= calc["first_paint_ms"]
            budgets[f"{name}: settled <= 1.2 x gnome-calculator's"] = r["settled_ms"] <= 1.2 * calc["settled_ms"]
            budgets[f"{name}: VmHWM <= gnome-calculator's"] = r["vmhwm_mib"] <= calc["vmhwm_mib"]
        for budget, met in budgets.items():
            all_met = all_met and met
            print(f"  budget: {budget}: {'met' if met else 'MISSED'}")
    out["environments"][environment] = {"results": list(results.values()), "budgets": budgets}
if json_out:
    with open(json_out, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
END
