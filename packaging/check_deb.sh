#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package end to end, as a new user meets it: build it (cpack), check what it holds
# (every file of resources/, both programs, man pages, completion, icons), validate its desktop
# file and AppStream metainfo (no errors, warnings or hints), install it with dpkg and run the
# installed programs from /usr, outside the source tree: effscope-cli --version, classify on a
# photo with the cached Lite0 weights, eval on a folder named by WordNet ids, and the GUI
# offscreen until it shows a prediction. Every option the bash completion offers must be one the
# CLI accepts. The package is removed again unless it was installed before.
#   usage: packaging/check_deb.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: packaging/check_deb.sh BUILD_DIR}" && pwd)
photos=${EFFSCOPE_TESTDATA_DIR:-$HOME/.cache/effscope/testdata/opencv}
fail() { echo "check_deb: FAILED: $*" >&2; exit 1; }
say() { printf '\033[1m[check_deb]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

version=$(sed -n 's/^project(effscope VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")
[ -n "$version" ] || fail "no project version in CMakeLists.txt"
rm -f "$build"/effscope_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack could not build the package"
deb=$(ls "$build"/effscope_"$version"_*.deb 2>/dev/null | head -n1)
[ -f "$deb" ] || fail "cpack made no effscope_${version}_*.deb"
say "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

tmp=$(mktemp -d)
was_installed=0
dpkg-query -W -f='${Status}' effscope 2>/dev/null | grep -q "install ok installed" && was_installed=1
cleanup() {
  rm -rf "$tmp"
  if [ "$was_installed" = 0 ] && dpkg-query -W -f='${Status}' effscope 2>/dev/null | grep -q "install ok installed"; then
    as_root dpkg -r effscope >/dev/null || true
  fi
}
trap cleanup EXIT

# 1. what the package holds
dpkg-deb -x "$deb" "$tmp/root"
root="$tmp/root/usr"
for f in bin/effscope bin/effscope-cli share/applications/io.github.effscope.desktop \
         share/metainfo/io.github.effscope.metainfo.xml share/icons/hicolor/scalable/apps/io.github.effscope.svg \
         share/man/man1/effscope.1.gz share/man/man1/effscope-cli.1.gz share/bash-completion/completions/effscope-cli \
         share/effscope/translations/effscope_de.qm share/effscope/translations/effscope_zh_CN.qm \
         share/effscope/translations/effscope_en.qm; do
  [ -f "$root/$f" ] || fail "the package has no /usr/$f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/share/icons/hicolor/${size}x${size}/apps/io.github.effscope.png"
  [ -f "$png" ] || fail "no ${size}x${size} icon"
  file "$png" | grep -q "$size x $size" || fail "the ${size}x${size} icon is $(file -b "$png")"
done
(cd "$here/resources" && find . -type f) | while read -r f; do
  cmp -s "$here/resources/$f" "$root/share/effscope/$f" || fail "resources/${f#./} is not installed as /usr/share/effscope/${f#./}"
done
# (read whole first: grep -q would stop zcat early, and pipefail would call that a failure)
man_cli=$(zcat "$root/share/man/man1/effscope-cli.1.gz")
man_gui=$(zcat "$root/share/man/man1/effscope.1.gz")
grep -q 'EXIT STATUS' <<<"$man_cli" || fail "effscope-cli(1) has no EXIT STATUS"
grep -q 'eval\\-merge' <<<"$man_cli" || fail "effscope-cli(1) does not describe eval-merge"
grep -q 'self\\-test' <<<"$man_gui" || fail "effscope(1) does not describe --self-test"

# 2. the validators, on the files as packaged: clean means no output at all
out=$(desktop-file-validate "$root/share/applications/io.github.effscope.desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
out=$(appstreamcli validate --no-net --pedantic "$root/share/metainfo/io.github.effscope.metainfo.xml" 2>&1) \
  || fail "appstreamcli validate: $out"
grep -qE '^[EWI]:' <<<"$out" && fail "appstreamcli validate: $out"
grep -q "<release version=\"$version\"" "$root/share/metainfo/io.github.effscope.metainfo.xml" \
  || fail "the metainfo has no release entry for $version"
say "contents and validators clean"

# 3. installed with dpkg, run from /usr and from outside the source tree
as_root dpkg -i "$deb" >/dev/null || fail "dpkg -i $(basename "$deb")"
cd "$tmp"
export XDG_CONFIG_HOME="$tmp/config" OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
unset EFFSCOPE_RESOURCE_DIR
out=$(/usr/bin/effscope-cli --version) || fail "effscope-cli --version"
[ "$out" = "effscope-cli $version" ] || fail "effscope-cli --version says '$out'"
out=$(/usr/bin/effscope --version 2>/dev/null) || fail "effscope --version"
grep -q "$version" <<<"$out" || fail "effscope --version says '$out'"
[ -f "$photos/baboon.jpg" ] || fail "no test photos in $photos (tools/setup.sh fetches them)"
/usr/bin/effscope-cli classify --model lite0 --json "$photos/baboon.jpg" > classify.json || fail "installed classify"
/usr/bin/python3 - classify.json <<'PY' || fail "installed classify: baboon.jpg is not a baboon (class 372)"
import json, sys
top = json.load(open(sys.argv[1]))[0]["top"][0]
assert top["index"] == 372 and top["label"] == "baboon", top
PY
mkdir -p set/n02486410 set/n07747607 set/n02356798
cp "$photos/baboon.jpg" set/n02486410/ && cp "$photos/orange.jpg" set/n07747607/ && cp "$photos/squirrel_cls.jpg" set/n02356798/
/usr/bin/effscope-cli eval --model lite0 --dir set --json > eval.json || fail "installed eval on a WordNet-id folder"
/usr/bin/python3 - eval.json <<'PY' || fail "installed eval: wrong result"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["evaluated"] == 3 and r["failed"] == 0 and r["errors"] == [], r
assert sorted(c["label"] for c in r["per_class"]) == [335, 372, 950], r["per_class"]
PY
out=$(QT_QPA_PLATFORM=offscreen timeout 180 /usr/bin/effscope --self-test "$photos/baboon.jpg" 2>"$tmp/gui.err") \
  || fail "the installed GUI showed no prediction: $(tail -n3 "$tmp/gui.err")"
grep -q "baboon" <<<"$out" || fail "the installed GUI's first prediction: '$out'"
say "installed programs: $out"

# 4. the installed completion is the one the installed CLI writes from its parser's
#    declarations, and bash completes with it: a command, an option, a choice
completion=/usr/share/bash-completion/completions/effscope-cli
bash -n "$completion" || fail "the completion is not valid bash"
cmp -s "$completion" <(/usr/bin/effscope-cli --bash-completion) || fail "the installed completion is not the CLI's"
complete_words() {  # what bash offers after the words given, the last one being completed
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _effscope_cli; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion" "$@" | sort | tr '\n' ' '
}
[ "$(complete_words effscope-cli eval-)" = "eval-merge " ] || fail "completing a command: '$(complete_words effscope-cli eval-)'"
[ "$(complete_words effscope-cli cam --no-)" = "--no-metrics " ] || fail "completing an option"
[ "$(complete_words effscope-cli bench --engine '')" = "fast reference " ] || fail "completing a choice"
# the man page holds every command's options (help2man from --help-all)
for opt in rounding-steps cam-out val-fraction no-metrics latency-iters; do
  grep -qF -- "\\-\\-${opt//-/\\-}" <<<"$man_cli" || fail "the man page lacks --$opt"
done
grep -q "Interrupted by SIGINT" <<<"$man_cli" || fail "the man page lacks the exit codes"
say "completion and man page are the CLI's; package OK"
