#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The tests under sanitizers, each kind in its own build folder beside build/ (same compiler,
# flags added; the fixtures are the main build's, so run tools/setup.sh first):
#   tools/sanitize.sh asan    core and CLI tests under ASan + UBSan   (build-asan, no GUI)
#   tools/sanitize.sh tsan    the worker tests under TSan             (build-tsan)
#   tools/sanitize.sh         both
# Any report fails the run (UBSan does not recover, ASan and TSan exit non-zero). Known reports
# from inside libraries built without the sanitizer are suppressed in tests/sanitizers/, each
# with its reason. The longest parity tests run a sample of their rows here (every code path,
# fewer models and photos): they drive LibTorch's and oneDNN's kernels, which are not
# instrumented, for minutes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(asan tsan)
venv="$HOME/.cache/effscope/venv"
fixtures="${EFFSCOPE_MAIN_BUILD:-$here/build}/fixtures"
supp="$here/tests/sanitizers"
export CCACHE_BASEDIR="$here" CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
log() { printf '\033[1m== %s\033[0m\n' "$*"; }

configure() { # folder, sanitizer flags, extra cmake args...
  local dir="$1" flags="$2"
  shift 2
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
      -DCMAKE_CXX_FLAGS="$flags -fno-omit-frame-pointer" -DCMAKE_EXE_LINKER_FLAGS="$flags" \
      -DCMAKE_SHARED_LINKER_FLAGS="$flags" -DEFFSCOPE_PYTHON="$venv/bin/python" \
      -DEFFSCOPE_FIXTURE_DIR="$fixtures" "$@"
  fi
}

for kind in "${kinds[@]}"; do
  case "$kind" in
    asan)
      dir=build-asan
      log "core and CLI tests under ASan + UBSan ($dir)"
      configure "$dir" "-fsanitize=address,undefined -fno-sanitize-recover=undefined" -DEFFSCOPE_BUILD_GUI=OFF
      cmake --build "$dir" --parallel "$(nproc)"
      export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0"
      export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
      export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
      # the data-driven parity tests run a sample of their rows (tests/test_env.h)
      export EFFSCOPE_SANITIZER_SAMPLE=1
      (cd "$dir" && ctest --output-on-failure --parallel "$(nproc)" --timeout 1500)
      ;;
    tsan)
      dir=build-tsan
      log "worker tests under TSan ($dir)"
      configure "$dir" "-fsanitize=thread"
      targets=(test_worker_model test_worker_explain test_worker_study test_worker_cancel test_worker_load)
      cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"
      # test_worker_load's long session shortened to six rounds (tests/test_env.h)
      export EFFSCOPE_SANITIZER_SAMPLE=1
      # ignore_noninstrumented_modules: memcpy, memset and free called from inside libgomp,
      # LibTorch, oneDNN, OpenCV or Qt (none built with TSan, so their own locks are invisible)
      # are not counted as accesses; effscope's code is checked in full. die_after_fork=0: the
      # study test starts effscope-cli (fork, then exec at once). history_size=7: each thread keeps
      # its last 4M accesses (the default 128K), so a report can name the earlier access's stack;
      # without it the worker's later work could overwrite that stack and a suppressed race (Qt's
      # event hand-over, tsan.supp) could no longer be matched. Even 4M is sometimes too few (a
      # CAM export after the copy): the reports go to files (exitcode=0, so a test's own result
      # is its assertions), and tools/tsan_triage.py fails the run on any report except that one
      # hand-over with the sender's stack lost, which it recognises by the Qt frames left.
      reports="$here/$dir/tsan-reports"
      rm -rf "$reports" && mkdir -p "$reports"
      export TSAN_OPTIONS="suppressions=$supp/tsan.supp:halt_on_error=0:exitcode=0:log_path=$reports/report:second_deadlock_stack=1:ignore_noninstrumented_modules=1:die_after_fork=0:history_size=7"
      status=0
      (cd "$dir" && ctest --output-on-failure --parallel "$(nproc)" --timeout 1500 \
        -R "^($(IFS='|'; echo "${targets[*]}"))\$") || status=$?
      python3 tools/tsan_triage.py "$reports" || status=1
      [ "$status" -eq 0 ] || exit "$status"
      ;;
    *) echo "usage: tools/sanitize.sh [asan] [tsan]" >&2; exit 2 ;;
  esac
done
