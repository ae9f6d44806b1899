#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""How far float32 implementations are from float64 on tools/gpu_check.py's seeded parity networks.

Rebuilds a preset's seeded weights and inputs exactly as gpu_check.py's parity stage did in the
first GPU run (BN statistics calibrated at 256 px; pass --calib crop for the current script),
then prints max |y - y_float64| / std(y_float64) for PyTorch's float32 and for effscope-cli
builds on the CPU. Used to tell a conditioning problem of the seeded network from an error of
an implementation.

  tools/fp64_distance.py --cli build/bin/effscope-cli --cli build-gpusim/bin/effscope-cli b4 b6
"""
import argparse
import copy
import os
import sys
import tempfile

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gpu_check as g  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", action="append", default=[])
    ap.add_argument("--calib", choices=["256", "crop"], default="256")
    ap.add_argument("models", nargs="+")
    args = ap.parse_args()
    torch.set_num_threads(1)
    names = list(g.CROPS)
    tmp = tempfile.mkdtemp()
    for name in args.models:
        idx = names.index(name)
        model = g.seeded(name, idx, min(g.CROPS[name], 256) if args.calib == "256" else None)
        w = os.path.join(tmp, f"{name}.safetensors")
        g.save_weights(model, w)
        x = torch.randn(2, 3, g.CROPS[name], g.CROPS[name], generator=torch.Generator().manual_seed(7000 + idx))
        xp = os.path.join(tmp, f"{name}_x.npy")
        np.save(xp, x.numpy())
        with torch.inference_mode():
            y32 = model(x).double()
            y64 = copy.deepcopy(model).double()(x.double())
        std = y64.std().item()
        dist = lambda y: (torch.as_tensor(np.asarray(y)).double() - y64).abs().max().item() / std
        cells = [f"PyTorch fp32 {dist(y32):.1e}"]
        for cli in args.cli:
            y, info, _ = g.cli_forward(cli, name, w, xp, "cpu")
            cells.append(f"{cli} ({info['engine']}) {dist(y):.1e}")
        print(f"{name}: logit std {std:.2f}; distance to float64: " + "; ".join(cells), flush=True)


if __name__ == "__main__":
    main()
