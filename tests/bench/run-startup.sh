#!/bin/sh
# run-startup.sh: startup to the first painted frame, and peak memory, of
# juxta and of gnome-calculator, measured the same way in the same run.
#
#   tests/bench/run-startup.sh BUILDDIR [JSON-OUT]
#
# Runs itself under Xvfb and a private D-Bus session when there is no
# display (xvfb-run -a dbus-run-session), with no window manager.  Installs
# gnome-calculator with apt when it is missing (root only; otherwise that
# half is skipped).  Both programs get the same environment: the cairo
# renderer, GL off, settings in memory (schemas from BUILDDIR/data), fresh
# XDG config, data and cache directories for every start.  Each is started
# RUNS times (default 7; RUNS=N to change), the two in turn, after one
# unmeasured warm-up start each, by BUILDDIR/tests/bench/first-paint; see
# first-paint.c for what is measured.
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
first_paint=$build/tests/bench/first-paint
juxta=$build/app/juxta

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

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# measure NAME RUN PROGRAM [ARG...]: one start of PROGRAM, in the same
# environment for every program, with fresh XDG directories.
measure () {
  name=$1
  run=$2
  shift 2
  rm -rf "$tmp/home"
  mkdir -p "$tmp/home/config" "$tmp/home/data" "$tmp/home/cache"
  if ! env GSK_RENDERER=cairo GDK_DEBUG=gl-disable NO_AT_BRIDGE=1 \
         GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" \
         XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data" \
         XDG_CACHE_HOME="$tmp/home/cache" \
         "$first_paint" --warmup 0 --runs 1 --name "$name" --json "$tmp/$name-$run.json" -- "$@" \
         > "$tmp/$name-$run.out" 2>> "$tmp/$name.log"; then
    echo "$0: measuring $name failed:" >&2
    tail -5 "$tmp/$name.log" >&2
    exit 1
  fi
  if [ "$run" -gt 0 ]; then
    sed -e "s/run  1/run $(printf %2d "$run")/" "$tmp/$name-$run.out" | head -1
  fi
}

echo "Startup under Xvfb, cairo renderer, no window manager: $runs starts of each program, in"
echo "turn, after one unmeasured start each.  Times from exec; VmHWM is the peak resident memory,"
echo "read 1 s after the first paint; settled is the last paint before 200 ms without one (the"
echo "window complete)."
echo
# Start 0 is the warm-up: it also brings up the session's D-Bus services
# (portal, accessibility bus) that every later start of both finds running.
for run in $(seq 0 "$runs"); do
  measure juxta "$run" "$juxta"
  if [ $have_calculator = yes ]; then
    measure gnome-calculator "$run" gnome-calculator
  fi
done

# The medians, the comparison and the JSON.
/usr/bin/python3 - "$tmp" "$runs" "$have_calculator" "$json_out" << 'END'
import json, statistics, sys
tmp, runs, have_calculator, json_out = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "yes", sys.argv[4]
names = ["juxta"] + (["gnome-calculator"] if have_calculator else [])
results = []
print()
print(f"{'median of ' + str(runs):<18} {'mapped ms':>10} {'first paint ms':>15} {'(min':>7} {'max)':>7}"
      f" {'settled ms':>11} {'VmHWM MiB':>10} {'VmRSS MiB':>10}")
for name in names:
    each = [json.load(open(f"{tmp}/{name}-{run}.json")) for run in range(1, runs + 1)]
    paints = [e["first_paint_ms"] for e in each]
    r = {"name": name, "runs": runs,
         "mapped_ms": statistics.median(e["mapped_ms"] for e in each),
         "first_paint_ms": statistics.median(paints),
         "settled_ms": statistics.median(e["settled_ms"] for e in each),
         "vmhwm_mib": statistics.median(e["vmhwm_mib"] for e in each),
         "vmrss_mib": statistics.median(e["vmrss_mib"] for e in each),
         "first_paint_ms_each": paints,
         "vmhwm_mib_each": [e["vmhwm_mib"] for e in each]}
    results.append(r)
    print(f"{name:<18} {r['mapped_ms']:>10.1f} {r['first_paint_ms']:>15.1f} {min(paints):>7.1f} {max(paints):>7.1f}"
          f" {r['settled_ms']:>11.1f} {r['vmhwm_mib']:>10.1f} {r['vmrss_mib']:>10.1f}")
verdicts = {}
if have_calculator:
    j, c = results
    verdicts["first_paint_below_calculator"] = j["first_paint_ms"] < c["first_paint_ms"]
    verdicts["peak_memory_below_calculator"] = j["vmhwm_mib"] < c["vmhwm_mib"]
    print()
    print(f"budget: first paint below gnome-calculator's: {'met' if verdicts['first_paint_below_calculator'] else 'MISSED'}"
          f" ({j['first_paint_ms']:.1f} against {c['first_paint_ms']:.1f} ms)")
    print(f"budget: peak memory below gnome-calculator's: {'met' if verdicts['peak_memory_below_calculator'] else 'MISSED'}"
          f" ({j['vmhwm_mib']:.1f} against {c['vmhwm_mib']:.1f} MiB)")
if json_out:
    with open(json_out, "w") as f:
        json.dump({"results": results, "budgets": verdicts}, f, indent=2)
        f.write("\n")
END
