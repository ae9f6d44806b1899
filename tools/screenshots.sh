#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the screenshots in docs/ from the built app: under Xvfb when xvfb-run is there
# (tools/setup.sh installs it), else Qt's offscreen platform. A throw-away settings folder
# keeps the user's own window layout and recent files out of the pictures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
photos="${XDG_CACHE_HOME:-$HOME/.cache}/effscope/testdata/opencv"
config="$(mktemp -d)"
trap 'rm -rf "$config"' EXIT
mkdir -p docs
run() {
  if command -v xvfb-run >/dev/null; then
    XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config/data" xvfb-run -a -s "-screen 0 1400x900x24" build/bin/effscope-screenshot "$@"
  else
    XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config/data" QT_QPA_PLATFORM=offscreen build/bin/effscope-screenshot "$@"
  fi
}
run --model lite0 --out docs/main-window.png "$photos/squirrel_cls.jpg"
run --model lite0 --view heatmap --out docs/heatmap.png "$photos/stuff.jpg"
run --model lite0 --view activations --layer features.6 --out docs/activations.png "$photos/baboon.jpg"
run --model lite0 --view compare --compare b0,lite0,lite1,lite2 --out docs/compare.png "$photos/squirrel_cls.jpg"
run --model lite0 --view explorer --out docs/explorer.png "$photos/squirrel_cls.jpg"
run --model lite0 --view tradeoff --out docs/tradeoff.png "$photos/squirrel_cls.jpg"
# a small labelled folder (ImageFolder layout, classes named three ways) for the Evaluate tab
set="$config/set"
mkdir -p "$set/n02486410" "$set/fox squirrel" "$set/950"
cp "$photos/baboon.jpg" "$set/n02486410/"
cp "$photos/squirrel_cls.jpg" "$set/fox squirrel/"
cp "$photos/orange.jpg" "$photos/apple.jpg" "$set/950/"
run --model lite0 --view evaluate --dataset "$set" --out docs/evaluate.png "$photos/squirrel_cls.jpg"
run --model lite0 --view study --out docs/study.png "$photos/squirrel_cls.jpg"
# four pattern classes drawn at 48 px (as tests/core/synthetic_set.h draws them) for the grid search
patterns="$config/patterns"
/usr/bin/python3 - "$patterns" <<'PY'
import os, sys
import numpy as np
import cv2
rng = np.random.default_rng(20261130)
for name in ("checks", "dots", "hstripes", "vstripes"):
    os.makedirs(os.path.join(sys.argv[1], name), exist_ok=True)
    for i in range(40):
        a = rng.uniform(0, 255, 3)
        b = rng.uniform(0, 255, 3)
        while np.linalg.norm(a - b) < 120:
            b = rng.uniform(0, 255, 3)
        period = rng.uniform(8, 16)
        px, py = rng.uniform(0, period, 2)
        y, x = np.mgrid[0:48, 0:48]
        ox, oy = np.fmod(x + px, period) < period / 2, np.fmod(y + py, period) < period / 2
        dx, dy = np.fmod(x + px, period) - period / 2, np.fmod(y + py, period) - period / 2
        on = {"checks": ox != oy, "hstripes": oy, "vstripes": ox, "dots": dx * dx + dy * dy < period * period / 10}[name]
        img = np.where(on[..., None], b, a) + rng.normal(0, 12, (48, 48, 3))
        cv2.imwrite(os.path.join(sys.argv[1], name, f"{i:03d}.png"), np.clip(img, 0, 255).astype(np.uint8))
PY
run --model lite0 --size 1400x860 --view train --dataset "$patterns" --out docs/grid.png "$photos/squirrel_cls.jpg"
# a 1366 x 768 laptop screen (the window as a maximised one gets it under a panel)
run --model lite0 --size 1366x720 --out docs/small-screen-main-window.png "$photos/squirrel_cls.jpg"
run --model lite0 --size 1366x720 --view heatmap --out docs/small-screen-heatmap.png "$photos/stuff.jpg"
run --model lite0 --size 1366x720 --view compare --compare b0,lite0,lite1,lite2 --out docs/small-screen-compare.png "$photos/squirrel_cls.jpg"
run --model lite0 --size 1366x720 --view activations --layer features.4.1.block.1 --out docs/small-screen-activations.png "$photos/orange.jpg"
run --model lite0 --size 1366x720 --view evaluate --dataset "$set" --out docs/small-screen-evaluate.png "$photos/squirrel_cls.jpg"
echo "wrote docs/small-screen-*.png"
# the translated interface (the Chinese one needs a CJK font: tools/setup.sh installs fonts-wqy-microhei)
for lang in de zh_CN; do
  run --language "$lang" --model lite0 --out "docs/i18n-$lang-main-window.png" "$photos/squirrel_cls.jpg"
  run --language "$lang" --model lite0 --view heatmap --out "docs/i18n-$lang-heatmap.png" "$photos/stuff.jpg"
done
echo "wrote docs/i18n-*.png"
echo "wrote docs/main-window.png docs/heatmap.png docs/activations.png docs/compare.png docs/explorer.png docs/tradeoff.png docs/evaluate.png docs/study.png docs/grid.png"
