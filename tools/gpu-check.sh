#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The GPU proof of the CUDA build: builds effscope's engine and CLI against the machine's own
# PyTorch (LibTorch ships inside it; no Qt, OpenCV or oneDNN needed) and runs tools/gpu_check.py:
# parity of every preset (effscope CUDA vs effscope CPU vs PyTorch eager), the real Lite0
# weights in fp32/bf16/fp16, CAMs CUDA vs CPU, and speed against PyTorch eager and
# torch.compile; writes bench/results/gpu-<date>.md.
#
#   bash tools/gpu-check.sh prepare   # here, on the CPU machine after tools/setup.sh: fills the
#                                     # ignored .gpu-carry/ (nlohmann-json headers, the Lite0
#                                     # checkpoint, the photos preprocessed as .npy)
#   bash tools/gpu-check.sh run       # on the GPU machine, with .gpu-carry/ sent along
#   bash tools/gpu-check.sh dry-run   # here: the Python side on the CPU with the local build
#
# Arguments after run / dry-run go to tools/gpu_check.py (e.g. a rerun of what a first run's
# budget left out: --stages parity,cams-all,speed --speed-only b7/bf16,b0/compile).
# Environment: EFFSCOPE_GPU_SKIP_BUILD=1 (a rerun: the carried CLI only), EFFSCOPE_GPU_BUDGET_S (seconds for the checks after the build, default 420),
# OUT (a folder for the JSON and logs; default build-gpu/out), PYTHON (default python3).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
carry="$here/.gpu-carry"
action="${1:-run}"
shift || true  # the rest goes to tools/gpu_check.py (run, dry-run)
log() { printf '[gpu-check %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

case "$action" in
prepare)
  fixtures="${EFFSCOPE_FIXTURE_DIR:-$here/build/fixtures}/vision"
  lite0="${EFFSCOPE_WEIGHTS_DIR:-$HOME/.cache/effscope/weights}/efficientnet-lite0-57934424.pth"
  [ -f "$fixtures/manifest.json" ] || { log "no vision fixtures in $fixtures: run 'bash tools/setup.sh test' first"; exit 1; }
  [ -f "$lite0" ] || { log "no Lite0 checkpoint at $lite0: run tools/setup.sh first"; exit 1; }
  mkdir -p "$carry/prefix/include" "$carry/prefix/share/cmake"
  cp -r /usr/include/nlohmann "$carry/prefix/include/"
  cp -r /usr/share/cmake/nlohmann_json "$carry/prefix/share/cmake/"
  # the CLI built here against the same PyTorch wheel (EFFSCOPE_TORCH=pip, no oneDNN, no OpenCV),
  # to start the GPU run before that machine has built its own
  if [ -x "${EFFSCOPE_GPU_CLI:-$here/build-gpusim/bin/effscope-cli}" ]; then
    mkdir -p "$carry/bin"
    cp "${EFFSCOPE_GPU_CLI:-$here/build-gpusim/bin/effscope-cli}" "$carry/bin/effscope-cli"
  fi
  cp "$lite0" "$carry/efficientnet-lite0.pth"
  /usr/bin/python3 - "$fixtures" "$carry" <<'PY'
import json, os, sys
import numpy as np
src, dst = sys.argv[1:]
m = json.load(open(os.path.join(src, "manifest.json")))
xs = [np.fromfile(os.path.join(src, p["lite_input"]), "<f4").reshape(3, 224, 224) for p in m["photos"]]
ys = [np.fromfile(os.path.join(src, p["logits"]), "<f4") for p in m["photos"]]
np.save(os.path.join(dst, "photos_lite.npy"), np.stack(xs))
np.save(os.path.join(dst, "photos_lite_reference_logits.npy"), np.stack(ys))
json.dump({"files": [p["file"] for p in m["photos"]]}, open(os.path.join(dst, "photos.json"), "w"))
PY
  du -sh "$carry" >&2
  log "ready: send .gpu-carry along with the working tree and run 'bash tools/gpu-check.sh run'"
  ;;
dry-run)
  venv="$HOME/.cache/effscope/venv"
  "${PYTHON:-$venv/bin/python}" tools/gpu_check.py --dry-run --cli "$here/build/bin/effscope-cli" \
    --carry "$carry" --out "${OUT:-$here/build/gpu-dry-run}" --report "${OUT:-$here/build/gpu-dry-run}/gpu-dry-run.md" \
    --budget-s "${EFFSCOPE_GPU_BUDGET_S:-300}" "$@"
  ;;
run)
  if ! nvidia-smi -L >/dev/null 2>&1; then
    log "no NVIDIA GPU here (nvidia-smi does not answer): this check needs one"
    exit 1
  fi
  py="${PYTHON:-python3}"
  if ! "$py" -c 'import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)' 2>/dev/null; then
    log "$py has no PyTorch with CUDA that sees the GPU"
    exit 1
  fi
  [ -f "$carry/photos_lite.npy" ] || { log ".gpu-carry is missing: run 'bash tools/gpu-check.sh prepare' on the CPU machine"; exit 1; }
  out="${OUT:-$here/build-gpu/out}"
  mkdir -p "$out"
  nvidia-smi >"$out/nvidia-smi.txt" 2>&1 || true
  prefix="$("$py" -c 'import torch; print(torch.utils.cmake_prefix_path)')"
  torchdir="$(dirname "$(dirname "$prefix")")"
  # the carried CLI links libcudart directly: PyTorch's CUDA runtime wheels, then the toolkit's
  libs="$torchdir/lib"
  for d in "$torchdir"/../nvidia/*/lib /usr/local/cuda/lib64; do [ -d "$d" ] && libs="$libs:$d"; done
  export LD_LIBRARY_PATH="$libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  # The build here runs in the background, niced, while parity runs with the CLI built on the CPU
  # machine against the same PyTorch wheel (carried; used only if it sees the GPU); the speed
  # runs wait for this build and use it.
  rm -f "$out/build.status"
  [ -n "${EFFSCOPE_GPU_SKIP_BUILD:-}" ] && [ -x "$carry/bin/effscope-cli" ] || (  # a rerun may skip the build
    t0=$(date +%s)
    st=0
    nice -n 19 cmake -S . -B build-gpu -G Ninja -DCMAKE_BUILD_TYPE=Release -DEFFSCOPE_BUILD_GUI=OFF \
      -DEFFSCOPE_BUILD_TESTS=OFF -DEFFSCOPE_USE_ONEDNN=OFF -DCMAKE_DISABLE_FIND_PACKAGE_OpenCV=ON \
      -DCMAKE_PREFIX_PATH="$prefix;$carry/prefix" -DTORCH_CUDA_ARCH_LIST=9.0 >"$out/build.log" 2>&1 &&
    nice -n 19 cmake --build build-gpu --target effscope-cli --parallel "$(nproc)" >>"$out/build.log" 2>&1 || st=$?
    echo "$st $(( $(date +%s) - t0 ))" >"$out/build.status.part"
    mv "$out/build.status.part" "$out/build.status"
  ) &
  cli=""
  if [ -x "$carry/bin/effscope-cli" ] && "$carry/bin/effscope-cli" devices 2>&1 | tee "$out/carried-devices.txt" | grep -q '^cuda'; then
    cli="$carry/bin/effscope-cli"
    log "the carried effscope-cli sees the GPU; parity starts while this machine builds its own"
  else
    log "the carried effscope-cli does not run here or sees no GPU ($(head -c 300 "$out/carried-devices.txt" 2>/dev/null)); waiting for the build"
    wait
    read -r st secs <"$out/build.status"
    [ "$st" = 0 ] || { grep -E "error|Error" "$out/build.log" | head -40 >&2; exit 1; }
    cli="$here/build-gpu/bin/effscope-cli"
  fi
  date_tag="$(date +%Y-%m-%d)"
  built=(--built-cli "$here/build-gpu/bin/effscope-cli" --build-status "$out/build.status")
  [ -n "${EFFSCOPE_GPU_SKIP_BUILD:-}" ] && built=()
  PYTHONUNBUFFERED=1 "$py" tools/gpu_check.py --cli "$cli" "${built[@]}" --carry "$carry" \
    --out "$out" --report "$out/gpu-$date_tag.md" --budget-s "${EFFSCOPE_GPU_BUDGET_S:-420}" "$@" 2>&1 \
    | tee "$out/gpu-check.log"
  status=${PIPESTATUS[0]}
  mkdir -p bench/results
  cp "$out/gpu-$date_tag.md" "bench/results/gpu-$date_tag.md"
  exit "$status"
  ;;
*)
  log "usage: tools/gpu-check.sh prepare | run | dry-run"
  exit 2
  ;;
esac
