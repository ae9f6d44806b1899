#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle fixture for the trusted TorchScript import: torchvision's EfficientNet-B0 with seeded
random weights (BN statistics and affine parameters randomised too, so that every buffer
matters), compiled with torch.jit.script and saved with torch.jit.save; plus a seeded input and
the logits the scripted module itself computes for it.

Output: <out>/b0_scripted.pt, input.npy [1, 3, 224, 224], logits.npy [1, 1000].
Skips the work when the outputs exist.
"""
import argparse
import os

import numpy as np
import torch
from torchvision.models import efficientnet as tv


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    names = ["b0_scripted.pt", "input.npy", "logits.npy"]
    if all(os.path.exists(os.path.join(args.out, n)) for n in names):
        return
    torch.manual_seed(7)
    model = tv.efficientnet_b0()
    g = torch.Generator().manual_seed(11)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.weight.copy_(torch.rand(m.weight.shape, generator=g) * 0.5 + 0.75)
                m.bias.copy_(torch.rand(m.bias.shape, generator=g) * 0.2 - 0.1)
                m.running_mean.copy_(torch.rand(m.running_mean.shape, generator=g) * 0.2 - 0.1)
                m.running_var.copy_(torch.rand(m.running_var.shape, generator=g) + 0.5)
    model.eval()
    scripted = torch.jit.script(model)
    x = torch.randn(1, 3, 224, 224, generator=g)
    with torch.no_grad():
        y = scripted(x)
    std = float(y.std())
    if not (1e-3 < std < 1e3) or not torch.isfinite(y).all():
        raise SystemExit(f"degenerate logits (std {std})")
    tmp = os.path.join(args.out, "b0_scripted.pt.part")
    scripted.save(tmp)
    os.replace(tmp, os.path.join(args.out, "b0_scripted.pt"))
    np.save(os.path.join(args.out, "input.npy"), x.numpy().astype(np.float32))
    np.save(os.path.join(args.out, "logits.npy"), y.numpy().astype(np.float32))


if __name__ == "__main__":
    main()
