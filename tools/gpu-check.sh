#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The GPU proof of the CUDA build: builds effscope's engine and CLI against the machine's own
# PyTorch (LibTorch ships inside it; no Qt, OpenCV or oneDNN needed) and runs tools/gpu_check.py:
# parity of every preset (effscope CUDA vs effscope CPU vs PyTorch eager), the real Lite0
# weights in fp32/bf16/fp16, CAMs CUDA vs CPU, and speed against PyTorch eager and
# torch.compile; the second round's stages (tools/gpu_jobs.py): profile (Kineto traces of
# effscope, eager and torch.compile) and e2e (the app's jobs through the CLI, GPU against CPU);
# writes bench/results/gpu-<date>.md.
#
#   bash tools/gpu-check.sh prepare   # here, on the CPU machine after tools/setup.sh test and
#                                     # EFFSCOPE_TORCH=pip tools/setup.sh: fills the ignored
#                                     # .gpu-carry/ (nlohmann-json and CLI11 headers, the Lite0 checkpoint,
#                                     # the photos preprocessed as .npy, a CLI built against PyPI's
#                                     # torch with static OpenCV, the e2e photos and this CPU's
#                                     # results and wall times for the same jobs)
#   bash tools/gpu-check.sh run       # on the GPU machine, with .gpu-carry/ sent along
#   bash tools/gpu-check.sh dry-run   # here: the Python side on the CPU with the local build
#
# Arguments after run / dry-run go to tools/gpu_check.py (e.g. a rerun of what a first run's
# budget left out: --stages parity,cams-all,speed --speed-only b7/bf16,b0/compile; the second
# round: --stages profile,e2e,speed).
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
  cp -r /usr/include/CLI "$carry/prefix/include/"
  cp -r /usr/share/cmake/CLI11 "$carry/prefix/share/cmake/"
  # The CLI built here against the same PyTorch wheel (EFFSCOPE_TORCH=pip's venv), no oneDNN, with
  # OpenCV linked statically (that machine has no OpenCV: the sdist of PyPI's opencv-python-headless,
  # pinned, core + imgproc + imgcodecs with their bundled codecs): it starts the GPU run before that
  # machine has built its own, and it runs the e2e stage's photo jobs there.
  tvenv="$HOME/.cache/effscope/torch-pip"
  if [ -z "${EFFSCOPE_GPU_CLI:-}" ]; then
    [ -x "$tvenv/bin/python" ] || { log "no PyPI torch in $tvenv: run 'EFFSCOPE_TORCH=pip bash tools/setup.sh' first"; exit 1; }
    ocv="$here/build-opencv-static"
    if [ ! -f "$ocv/prefix/lib/cmake/opencv4/OpenCVConfig.cmake" ]; then
      ver=4.10.0.84
      sha=f2017c6101d7c2ef8d7bc3b414c37ff7f54d64413a1847d89970b6b7069b4e1a
      tgz="$ocv/opencv-python-headless-$ver.tar.gz"
      mkdir -p "$ocv"
      if ! echo "$sha  $tgz" | sha256sum -c --status 2>/dev/null; then
        url="$(curl -fsSL https://pypi.org/simple/opencv-python-headless/ | grep -o "https://[^\"#]*opencv-python-headless-$ver.tar.gz" | head -1)"
        log "downloading OpenCV's source from PyPI ($url)"
        curl -fsSL -o "$tgz.part" "$url" && mv "$tgz.part" "$tgz"
        echo "$sha  $tgz" | sha256sum -c --status || { log "checksum mismatch for $tgz"; exit 1; }
      fi
      rm -rf "$ocv/src" && mkdir -p "$ocv/src" && tar xzf "$tgz" -C "$ocv/src" --strip-components=1
      log "building OpenCV (core, imgproc, imgcodecs; static) in $ocv (about 10 minutes on 2 cores)"
      off=""
      for o in OPENJPEG JASPER OPENEXR AVIF SPNG GDAL GDCM IPP ITT OPENCL EIGEN LAPACK TBB OPENMP PROTOBUF FFMPEG \
               GSTREAMER V4L GTK QT VA CUDA ADE OPENVX 1394 IMGCODEC_HDR IMGCODEC_SUNRASTER IMGCODEC_PXM IMGCODEC_PFM; do
        off="$off -DWITH_$o=OFF"
      done
      # shellcheck disable=SC2086
      cmake -S "$ocv/src/opencv" -B "$ocv/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$ocv/prefix" -DBUILD_SHARED_LIBS=OFF -DBUILD_LIST=core,imgproc,imgcodecs \
        -DENABLE_PIC=ON -DBUILD_ZLIB=ON -DBUILD_PNG=ON -DBUILD_JPEG=ON -DBUILD_TIFF=ON -DBUILD_WEBP=ON $off \
        -DBUILD_TESTS=OFF -DBUILD_PERF_TESTS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_opencv_apps=OFF \
        -DBUILD_opencv_python3=OFF -DBUILD_JAVA=OFF -DBUILD_DOCS=OFF -DOPENCV_GENERATE_PKGCONFIG=OFF \
        -DCPU_BASELINE=SSE3 -DCPU_DISPATCH=SSE4_1,SSE4_2,AVX,FP16,AVX2 \
        -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >"$ocv/build.log" 2>&1
      cmake --build "$ocv/build" --parallel "$(nproc)" >>"$ocv/build.log" 2>&1
      cmake --install "$ocv/build" >>"$ocv/build.log" 2>&1
    fi
    site="$("$tvenv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
    cuda="$site/nvidia/cu13"
    log "building effscope-cli against PyPI's torch with static OpenCV in build-gpusim"
    cmake -S . -B build-gpusim -G Ninja -DCMAKE_BUILD_TYPE=Release -DEFFSCOPE_BUILD_GUI=OFF \
      -DEFFSCOPE_BUILD_TESTS=OFF -DEFFSCOPE_USE_ONEDNN=OFF -DCMAKE_DISABLE_FIND_PACKAGE_OpenCV=OFF -DOpenCV_DIR="$ocv/prefix/lib/cmake/opencv4" \
      -DCMAKE_PREFIX_PATH="$site/torch/share/cmake;$site/torch;$carry/prefix" -DTORCH_CUDA_ARCH_LIST=9.0 \
      -DCMAKE_CUDA_COMPILER="$cuda/bin/nvcc" -DCUDA_TOOLKIT_ROOT_DIR="$cuda" \
      -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >build-gpusim.log 2>&1 &&
      cmake --build build-gpusim --target effscope-cli >>build-gpusim.log 2>&1 ||
      { tail -30 build-gpusim.log >&2; log "the build in build-gpusim failed (build-gpusim.log)"; exit 1; }
    rm -f build-gpusim.log
  fi
  mkdir -p "$carry/bin"
  cp "${EFFSCOPE_GPU_CLI:-$here/build-gpusim/bin/effscope-cli}" "$carry/bin/effscope-cli"
  "$carry/bin/effscope-cli" classify --model lite0 --weights "$lite0" --json \
    "${EFFSCOPE_TESTDATA_DIR:-$HOME/.cache/effscope/testdata/opencv}/baboon.jpg" >/dev/null ||
    { log "the carried CLI cannot classify a photo here"; exit 1; }
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
  # e2e: 100 photos, a labelled folder and this CPU's results and wall times for the same jobs
  # (Debian build; B0..B7 with seeded weights written to build/gpu-e2e-weights, not carried)
  "${PYTHON:-$HOME/.cache/effscope/venv/bin/python}" tools/gpu_jobs.py cpu-reference --cli "$here/build/bin/effscope-cli" \
    --carry "$carry" --photos "${EFFSCOPE_TESTDATA_DIR:-$HOME/.cache/effscope/testdata/opencv}" \
    --weights "$here/build/gpu-e2e-weights" ${EFFSCOPE_GPU_QUICK:+--quick}
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
