#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the screenshots in docs/ from the built app (offscreen Qt platform, no display).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
photos="${XDG_CACHE_HOME:-$HOME/.cache}/effscope/testdata/opencv"
mkdir -p docs
QT_QPA_PLATFORM=offscreen build/bin/effscope --model lite0 --screenshot docs/main-window.png "$photos/squirrel_cls.jpg"
QT_QPA_PLATFORM=offscreen build/bin/effscope --model lite0 --view heatmap --screenshot docs/heatmap.png "$photos/stuff.jpg"
echo "wrote docs/main-window.png docs/heatmap.png"
