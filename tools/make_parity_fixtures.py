#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Parity fixtures: seeded random weights for reference EfficientNets and their logits.

References: torchvision 0.14 efficientnet_b0..b7 (Debian's python3-torchvision) and
lukemelas efficientnet_pytorch 0.7.1 (TF-SAME padding, BN eps 1e-3) for b0 and b4.

torchvision's default initialisation gives near-zero, input-independent logits, which would let
any absolute tolerance pass. So: convolutions get He-normal weights, BN affine parameters are
random, BN running statistics are measured on a forward pass over random data (then perturbed),
and the classifier is rescaled to a logit standard deviation of about 1.5. The script asserts
that the logits have a standard deviation of order 1 and depend on the input.

Weights are written in several formats and key layouts so the C++ readers are exercised:
torch.save zip (torchvision keys), torch.save legacy, safetensors with timm keys (renamed here
from the table in shared reference notes, independently of the C++ key map), lukemelas keys.

Output: <out>/manifest.json plus .pth/.safetensors weights and raw little-endian float32 .bin
arrays. Rerun only when this script changes (its SHA-256 is stored in the manifest).
"""
import argparse
import hashlib
import json
import os
import re
import sys

import torch
from torchvision.models import efficientnet as tv


def randomize(model, g, project_bns, calib_size):
    with torch.no_grad():
        bns = []
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                c = m.num_features
                scale = 0.3 if id(m) in project_bns else 1.0
                m.weight.copy_((torch.rand(c, generator=g) * 0.5 + 0.75) * scale)
                m.bias.copy_(torch.randn(c, generator=g) * 0.2)
                m.reset_running_stats()
                m.momentum_saved = m.momentum
                m.momentum = None  # cumulative average over the calibration pass
                bns.append(m)
            elif isinstance(m, torch.nn.Conv2d):
                fan_in = m.weight[0].numel()
                m.weight.copy_(torch.randn(m.weight.shape, generator=g) * (2.0 / fan_in) ** 0.5)
                if m.bias is not None:
                    m.bias.copy_(torch.randn(m.bias.shape, generator=g) * 0.1)
            elif isinstance(m, torch.nn.Linear):
                m.weight.copy_(torch.randn(m.weight.shape, generator=g) / m.weight.shape[1] ** 0.5)
                m.bias.copy_(torch.randn(m.bias.shape, generator=g) * 0.1)
        calib = torch.randn(2, 3, calib_size, calib_size, generator=g)
        model.train()
        model(calib)
        model.eval()
        for m in bns:
            c = m.num_features
            m.running_mean.add_(torch.randn(c, generator=g) * 0.05 * m.running_var.sqrt())
            m.running_var.mul_(torch.rand(c, generator=g) * 0.2 + 0.9)
            m.momentum = m.momentum_saved
            del m.momentum_saved
            m.num_batches_tracked.fill_(int(torch.randint(1, 10000, (1,), generator=g)))
        fc = [m for m in model.modules() if isinstance(m, torch.nn.Linear)][-1]
        s = model(calib).std().item() / 1.5
        fc.weight.div_(s)
        fc.bias.div_(s)


# timm names for torchvision keys (shared/reference/efficientnet.md, section 2 and 6).
def timm_key(key, expand_one_stage):
    m = re.match(r"features\.0\.([01])\.(.*)", key)
    if m:
        return ("conv_stem." if m.group(1) == "0" else "bn1.") + m.group(2)
    m = re.match(r"features\.8\.([01])\.(.*)", key)
    if m:
        return ("conv_head." if m.group(1) == "0" else "bn2.") + m.group(2)
    m = re.match(r"classifier\.1\.(.*)", key)
    if m:
        return "classifier." + m.group(1)
    m = re.match(r"features\.(\d)\.(\d+)\.block\.(\d)\.(.*)", key)
    s, j, k, rest = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
    if s == expand_one_stage:  # DepthwiseSeparable: dw(0), se(1), pw(2)
        names = {0: ("conv_dw", "bn1"), 2: ("conv_pw", "bn2")}
    else:                      # InvertedResidual: pw(0), dw(1), se(2), pwl(3)
        names = {0: ("conv_pw", "bn1"), 1: ("conv_dw", "bn2"), 3: ("conv_pwl", "bn3")}
    prefix = f"blocks.{s - 1}.{j}."
    if rest.startswith("fc1."):
        return prefix + "se.conv_reduce." + rest[4:]
    if rest.startswith("fc2."):
        return prefix + "se.conv_expand." + rest[4:]
    conv, bn = names[k]
    return prefix + (conv + "." + rest[2:] if rest.startswith("0.") else bn + "." + rest[2:])


def write_bin(path, t):
    t.detach().contiguous().to(torch.float32).numpy().tofile(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--models", default="b0,b1,b2,b3,b4,b5,b6,b7,lukemelas-b0,lukemelas-b4")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    script_hash = hashlib.sha256(open(__file__, "rb").read()).hexdigest()
    manifest_path = os.path.join(args.out, "manifest.json")
    if os.path.exists(manifest_path):
        old = json.load(open(manifest_path))
        if old.get("generator_sha256") == script_hash and old.get("models") == args.models:
            print("fixtures up to date")
            return
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    crops = {"b0": 224, "b1": 240, "b2": 288, "b3": 300, "b4": 380, "b5": 456, "b6": 528, "b7": 600}
    cases = []
    for idx, name in enumerate(args.models.split(",")):
        torch.manual_seed(1000 + idx)
        g = torch.Generator().manual_seed(2000 + idx)
        entry = {"name": name}
        if name.startswith("lukemelas-"):
            from efficientnet_pytorch import EfficientNet as LM
            preset = name.split("-")[1]
            res = {"b0": 224, "b4": 380}[preset]
            model = LM.from_name("efficientnet-" + preset, image_size=res).eval()
            project = {id(b._bn2) for b in model._blocks}
            randomize(model, g, project, res)
            model.set_swish(memory_efficient=False)
            entry.update(preset=preset, variant={"padding": "tf-same", "bn_eps": 1e-3})
            weights = f"{name}.pth"
            torch.save(model.state_dict(), os.path.join(args.out, weights))
            shapes = [(1, 3, res, res)]  # static SAME padding is computed for the nominal size
        else:
            model = getattr(tv, "efficientnet_" + name)().eval()
            project = {id(m.block[-1][1]) for m in model.modules() if isinstance(m, tv.MBConv)}
            randomize(model, g, project, crops[name])
            entry.update(preset=name)
            sd = model.state_dict()
            if name == "b1":
                from safetensors.torch import save_file
                weights = f"{name}_timm.safetensors"
                save_file({timm_key(k, 1): v.contiguous() for k, v in sd.items()
                           if not k.endswith("num_batches_tracked")}, os.path.join(args.out, weights))
                entry["key_scheme"] = "timm"
            elif name == "b2":
                weights = f"{name}_legacy.pth"
                torch.save(sd, os.path.join(args.out, weights), _use_new_zipfile_serialization=False)
            else:
                weights = f"{name}.pth"
                torch.save(sd, os.path.join(args.out, weights))
            c = crops[name]
            # batch 2 at an odd, non-square size near the crop, then batch 1 at the crop size
            shapes = [(2, 3, c - 1, int(c * 0.8) | 1), (1, 3, c, c)]
        entry["weights"] = weights
        entry["inputs"] = []
        for ci, shape in enumerate(shapes):
            x = torch.randn(*shape, generator=g)
            with torch.inference_mode():
                y = model(x)
            std = y.std().item()
            spread = (y[0] - y[-1]).std().item() / std if shape[0] > 1 else 1.0
            if not (0.3 < std < 30) or spread < 0.05:
                sys.exit(f"{name}: degenerate logits (std {std:.3g}, input dependence {spread:.3g})")
            write_bin(os.path.join(args.out, f"{name}_x{ci}.bin"), x)
            write_bin(os.path.join(args.out, f"{name}_y{ci}.bin"), y)
            entry["inputs"].append({"input": f"{name}_x{ci}.bin", "shape": list(shape),
                                    "logits": f"{name}_y{ci}.bin", "logit_std": std})
            print(f"{name} {shape}: logit std {std:.3f}, input dependence {spread:.3f}", flush=True)
        cases.append(entry)
    json.dump({"generator_sha256": script_hash, "models": args.models, "torch": torch.__version__,
               "cases": cases}, open(manifest_path + ".part", "w"), indent=1)
    os.replace(manifest_path + ".part", manifest_path)


if __name__ == "__main__":
    main()
