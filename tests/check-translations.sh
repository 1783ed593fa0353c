#!/bin/sh
# Every .po in po/LINGUAS translates every string the sources have today,
# with nothing fuzzy: a new string without translations fails here.
# Usage: check-translations.sh SOURCE_ROOT
set -eu
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same extraction as meson's "glib" gettext preset.
grep -v '^#' "$src/po/POTFILES.in" | grep -v '^$' > "$tmp/files"
(cd "$src" && xgettext --package-name=juxta --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  -f "$tmp/files" -o "$tmp/juxta.pot")

status=0

# Every file with translatable strings is listed in POTFILES.in.
for f in $(cd "$src" && grep -lE '\b(N?_|C_|ngettext|g_dngettext)[[:space:]]*\(' app/*.c app/core/*.c; \
           cd "$src" && grep -l 'translatable="yes"' ui/*.ui ui/gtk/*.ui); do
  if ! grep -qx "$f" "$tmp/files"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done

for lang in $(grep -v '^#' "$src/po/LINGUAS"); do
  msgmerge --quiet --no-fuzzy-matching "$src/po/$lang.po" "$tmp/juxta.pot" -o "$tmp/$lang.po"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1) || { echo "$lang: $stats"; status=1; continue; }
  echo "$lang: $stats"
  case "$stats" in
    *fuzzy*|*untranslated*) echo "$lang.po is incomplete: run ninja -C build juxta-update-po and translate"; status=1 ;;
  esac
done
exit $status
