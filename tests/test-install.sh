#!/bin/sh
# Installs into a temporary directory and runs the installed program from
# there, with no source or build tree in sight: it must find its decks,
# translations and settings schema on its own.
# Usage: test-install.sh BUILD_DIR
set -eu
build=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$build" --no-rebuild --quiet --destdir "$dest" >/dev/null

prefix=$(meson introspect "$build" --buildoptions | /usr/bin/python3 -c \
  'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
root="$dest$prefix"
juxta="$root/bin/juxta"

fail () { echo "FAIL: $*"; exit 1; }

for f in \
  bin/juxta \
  share/juxta/decks/aws-genai-platforms.json \
  share/juxta/decks/aws-genai-build-paths.json \
  share/juxta/decks/aws-eks-vs-sagemaker.json \
  share/juxta/juxta-deck.schema.json \
  share/applications/io.github.juxta.Juxta.desktop \
  share/metainfo/io.github.juxta.Juxta.metainfo.xml \
  share/glib-2.0/schemas/io.github.juxta.Juxta.gschema.xml \
  share/icons/hicolor/scalable/apps/io.github.juxta.Juxta.svg \
  share/icons/hicolor/symbolic/apps/io.github.juxta.Juxta-symbolic.svg \
  share/locale/de/LC_MESSAGES/juxta.mo \
  share/locale/fr/LC_MESSAGES/juxta.mo
do
  [ -e "$root/$f" ] || fail "$f was not installed"
done
glib-compile-schemas --strict --dry-run "$root/share/glib-2.0/schemas" || fail "the installed schema does not compile"

# No hints from the test environment: only what was installed.
run () {
  env -u JUXTA_BUNDLED_DECKS_DIR -u GSETTINGS_SCHEMA_DIR -u DISPLAY -u WAYLAND_DISPLAY \
    XDG_DATA_HOME="$dest/home" "$juxta" "$@"
}

list=$(run --list) || fail "--list failed"
echo "$list"
[ "$(echo "$list" | wc -l)" -eq 3 ] || fail "--list should show the three bundled decks"
echo "$list" | grep -q "^aws-genai-platforms	Amazon Bedrock or Amazon SageMaker?	$root/share/juxta/decks/aws-genai-platforms.json\$" \
  || fail "--list does not show the installed deck path"

run --export json --deck aws-genai-platforms > "$dest/out.json" || fail "--export failed"
/usr/bin/python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["deck"] == "aws-genai-platforms", d' \
  "$dest/out.json" || fail "--export did not write the deck's JSON"

help_de=$(LANGUAGE=de LC_ALL=C.UTF-8 run --help)
help_en=$(LANGUAGE=en LC_ALL=C.UTF-8 run --help)
[ "$help_de" != "$help_en" ] || fail "the installed translations are not used"
echo "ok"
