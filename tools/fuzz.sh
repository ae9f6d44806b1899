#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer harnesses (tests/fuzz; clang, ASan + UBSan) in build-fuzz/ and runs each
# for SECONDS (default 30, as CI does; `tools/fuzz.sh 600` for the long run), two at a time.
# Every committed regression input (tests/fuzz/regressions/<fuzzer>/) is replayed first. The
# corpus grows in build-fuzz/corpus/<fuzzer>, seeded from real files (tools/make_fuzz_seeds.py);
# findings land in build-fuzz/artifacts/<fuzzer>/ and fail the run. A table of executions per
# fuzzer is written to build-fuzz/fuzz-summary.md.
#   tools/fuzz.sh [SECONDS] [FUZZER...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
seconds="${1:-30}"
shift || true
cache="${XDG_CACHE_HOME:-$HOME/.cache}/effscope"
out="$here/build-fuzz"
all=(fuzz_safetensors fuzz_torch_zip fuzz_torch_legacy fuzz_pickle fuzz_match fuzz_session fuzz_dataset_csv fuzz_calibration fuzz_int8_model fuzz_image)
fuzzers=("${@:-${all[@]}}")
[ $# -gt 0 ] || fuzzers=("${all[@]}")

log() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }
command -v clang++-14 >/dev/null || { echo "clang++-14 is missing: run tools/setup.sh first" >&2; exit 2; }

export CCACHE_BASEDIR="$here"
if [ ! -f "$out/CMakeCache.txt" ]; then
  cmake -S tests/fuzz -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
fi
cmake --build "$out" --parallel "$(nproc)"

seeds="$cache/fuzz-seeds"
"$cache/venv/bin/python" tools/make_fuzz_seeds.py --out "$seeds" --photos "$cache/testdata/opencv" \
  --lite0 "$cache/weights/efficientnet-lite0-57934424.pth"
mkdir -p "$seeds/fuzz_session"
"$out/make_session_seed" "$seeds/fuzz_session/full.json"

run_one() {
  local name="$1" corpus="$out/corpus/$1" artifacts="$out/artifacts/$1" regressions="tests/fuzz/regressions/$1"
  mkdir -p "$corpus" "$artifacts"
  local logf="$out/logs/$name.log"
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    "$out/$name" -runs=0 "$regressions"/* >"$out/logs/$name.regressions.log" 2>&1 \
      || { echo "$name: a committed regression input fails again (see $out/logs/$name.regressions.log)"; return 1; }
  fi
  local dirs=("$corpus" "$seeds/$name")
  [ -d "$regressions" ] && dirs+=("$regressions")
  # -timeout: one input over 10 s is a hang; -rss_limit_mb: over 2 GB is a finding, not an OOM kill
  "$out/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${dirs[@]}" >"$logf" 2>&1
}
export -f run_one
export out seeds seconds

mkdir -p "$out/logs"
log "running ${#fuzzers[@]} fuzzers for ${seconds} s each, $(nproc) at a time"
status=0
printf '%s\n' "${fuzzers[@]}" | xargs -P "$(nproc)" -I{} bash -c 'run_one {} || { echo "{}: FAILED"; exit 1; }' || status=1

{
  echo "| fuzzer | seconds | executions | executions/s | corpus files | result |"
  echo "|---|---|---|---|---|---|"
  for name in "${fuzzers[@]}"; do
    logf="$out/logs/$name.log"
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logf" 2>/dev/null | awk '{print $2}' | tail -1)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$logf" 2>/dev/null | awk '{print $2}' | tail -1)
    files=$(ls "$out/corpus/$name" 2>/dev/null | wc -l)
    found=$(ls "$out/artifacts/$name" 2>/dev/null | wc -l)
    echo "| $name | $seconds | ${runs:-?} | ${rate:-?} | $files | $([ "$found" = 0 ] && echo clean || echo "$found finding(s) in build-fuzz/artifacts/$name") |"
  done
} >"$out/fuzz-summary.md"
cat "$out/fuzz-summary.md"
if [ "$status" != 0 ]; then
  log "findings: see build-fuzz/artifacts/ and build-fuzz/logs/; commit each input to tests/fuzz/regressions/<fuzzer>/ with its fix"
fi
exit "$status"
