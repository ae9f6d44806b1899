#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""How close a CPU forward of EfficientNet can come to this machine's FMA peak, per model: the
time the multiply-adds alone take at the measured peak, as the nChw16c plan has to issue them
(each convolution's outputs padded to 16-channel blocks, one 16-lane FMA per 16 MACs, depthwise
and classifier included), and with SiLU's own multiply-adds added (silu16 in
core/infer/mbconv_fused.cpp: 11 of its 16 instructions are FMA / multiply). Whatever a runtime
does, it cannot beat the first bound; the fraction of it a measured time reaches is its
efficiency, and a target time can be judged the same way.

    /usr/bin/python3 bench/fma_bound.py --batch 1 --peak 231.8 \
        --measured b0:6.3:7.8 --measured b2:16.4:18.7 --measured b4:58.4:67.1

--peak: fp32 GFLOP/s of `effscope-cli peak --threads 2` (read from the CLI when omitted);
--measured MODEL:OURS_MS:ORT_MS: a results table's medians, to set beside the bounds with the
issue's target (ONNX Runtime's time / 1.3). Uses Debian's torchvision (/usr/bin/python3)."""
import argparse
import json
import math
import os
import subprocess

import torch
import torch.nn as nn
from torchvision.models import efficientnet as tv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CROPS = {"b0": 224, "b1": 240, "b2": 288, "b3": 300, "b4": 380, "b5": 456, "b6": 528, "b7": 600}
SILU_FMA_OPS = 11  # per 16 lanes


def count(name, batch):
    model = getattr(tv, "efficientnet_" + name)().eval()
    totals = {"fma": 0, "dw": 0, "silu": 0, "macs": 0}

    def blocks(c):
        return math.ceil(c / 16)

    def conv(mod, _inp, out):
        pixels = out.shape[0] * out.shape[2] * out.shape[3]
        taps = mod.kernel_size[0] * mod.kernel_size[1]
        if mod.groups == 1:
            totals["fma"] += pixels * blocks(mod.out_channels) * mod.in_channels * taps
            totals["macs"] += pixels * mod.out_channels * mod.in_channels * taps
        else:
            totals["dw"] += pixels * blocks(mod.out_channels) * taps
            totals["macs"] += pixels * mod.out_channels * taps

    def linear(mod, _inp, out):
        totals["fma"] += out.shape[0] * blocks(mod.out_features) * mod.in_features
        totals["macs"] += out.shape[0] * mod.out_features * mod.in_features

    def silu(_mod, _inp, out):
        totals["silu"] += out.numel()

    for mod in model.modules():
        if isinstance(mod, nn.Conv2d):
            mod.register_forward_hook(conv)
        elif isinstance(mod, nn.Linear):
            mod.register_forward_hook(linear)
        elif isinstance(mod, nn.SiLU):
            mod.register_forward_hook(silu)
    with torch.no_grad():
        model(torch.zeros(batch, 3, CROPS[name], CROPS[name]))
    return totals


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="b0,b2,b4")
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--peak", type=float, default=None, help="fp32 GFLOP/s (default: effscope-cli peak)")
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "effscope-cli"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--measured", action="append", default=[], help="MODEL:OURS_MS:ORT_MS")
    args = ap.parse_args()
    peak = args.peak
    if peak is None:
        out = subprocess.run([args.cli, "peak", "--threads", str(args.threads), "--json"], check=True,
                             capture_output=True, text=True).stdout
        peak = json.loads(out)["gflops"]
    fma_per_ms = peak * 1e9 / 32 / 1e3  # 16-lane FMAs (32 flops each) per ms at the peak
    measured = {}
    for m in args.measured:
        name, ours, ort = m.split(":")
        measured[name] = (float(ours), float(ort))
    print(f"peak {peak:.1f} GFLOP/s = {fma_per_ms / 1e3:.2f} G 16-lane FMAs per second; batch {args.batch}\n")
    print("| model | MACs (G) | 16-lane FMAs (M), dw part | SiLU values (M) | FMA bound ms | + SiLU ms "
          "| ours ms (% of bound) | ONNX Runtime ms (% of bound) | 1.3x ORT target ms (% of bound) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in args.models.split(","):
        t = count(name, args.batch)
        fma = t["fma"] + t["dw"]
        bound = fma / fma_per_ms
        with_silu = (fma + t["silu"] / 16 * SILU_FMA_OPS) / fma_per_ms
        row = (f"| {name.upper()} | {t['macs'] / 1e9:.2f} | {fma / 1e6:.1f}, {t['dw'] / 1e6:.1f} | "
               f"{t['silu'] / 1e6:.1f} | {bound:.2f} | {with_silu:.2f} |")
        if name in measured:
            ours, ort = measured[name]
            target = ort / 1.3
            row += (f" {ours:.1f} ({100 * bound / ours:.0f}%) | {ort:.1f} ({100 * bound / ort:.0f}%) |"
                    f" {target:.1f} ({100 * bound / target:.0f}%) |")
        else:
            row += " | | |"
        print(row)


if __name__ == "__main__":
    main()
