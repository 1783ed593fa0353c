#!/bin/sh
# Valgrind memcheck over the command line: every fixture deck (good and
# bad) through --check, and the bundled decks through every export, with
# no invalid read or write and no definite leak.
# Usage: memcheck-cli.sh JUXTA SOURCE_ROOT
set -u
juxta=$1
src=$2

if ! command -v valgrind >/dev/null 2>&1; then
  echo "valgrind is not installed: skipped"
  exit 77
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
n=0

check () {
  n=$((n + 1))
  G_SLICE=always-malloc G_DEBUG=gc-friendly valgrind --quiet --error-exitcode=99 \
    --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    "$juxta" "$@" >/dev/null 2>"$out/log"
  if [ $? -eq 99 ]; then
    echo "memcheck found errors in: juxta $*"
    cat "$out/log"
    status=1
  fi
}

# One process checks many files: valgrind's start-up is the slow part.
check --check "$src"/tests/decks/good/*.json "$src"/tests/decks/lint/*.json "$src"/data/decks/*.json
check --check "$src"/tests/decks/bad/*.json
for deck in "$src"/data/decks/*.json; do
  for format in markdown text html json; do
    check --export "$format" --sections all --deck "$deck" --output "$out/export"
  done
  check --check-phrase "Bedrock is like EKS. It is not. Fine?" --deck "$deck"
done
check --list
check --new "$out/new.json" --options "A,B,C,D" --priorities "Cost,Speed,Control"
# The interview's answers: computed, exported, and refused.
laptops="$src"/tests/decks/good/laptops.json
check --export json --deck "$laptops" --answers "battery>weight:2,battery>power:5,price<battery:3,weight>power:3,weight=price"
check --export record --deck "$laptops" --answers "battery>weight:2,battery>power:5,price<battery:3"
check --export markdown --deck "$laptops" --answers "battery>weight:2,power>price:3"
# Stakeholders: the consensus in every format, a person left out, and refused.
databases="$src"/tests/decks/good/databases-3.json
for format in json markdown text html record; do
  check --export "$format" --deck "$databases" --stakeholder "CTO:elastic-scale=100,low-ops=80" \
    --stakeholder "The CISO:availability=100,portability=60" \
    --stakeholder "Nobody:relational=0,availability=0,elastic-scale=0,low-ops=0,cost=0,portability=0"
done
check --export json --deck "$databases" --stakeholder "CTO:cost=1" --stakeholder "cto:cost=2"

echo "$n runs under memcheck ($(ls "$src"/tests/decks/bad/*.json | wc -l) bad decks)"
exit $status
