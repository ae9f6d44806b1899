#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Weight files holding NaN and Inf, and how many of each every tensor holds as torch counts
them (the oracle for effscope's refusal of such weights).

- lite0_nan.pth: the real Lite0 checkpoint (torch.save, legacy format) with NaN and Inf written
  into its stem convolution (a strided view in that file) and -Inf into one BN scale.
- mixed.safetensors: float32, float16, bfloat16 and float64 tensors with NaN / +-Inf at
  seeded positions, a clean float32 tensor and an int64 one (never counted).
- expected.json: {file: [[tensor, nan, inf, numel], ...]} in file order, tensors with no
  NaN or Inf left out.
Skips the work when the outputs exist.
"""
import argparse
import json
import os
import struct

import torch


def counts(sd):
    out = []
    for name, t in sd.items():
        if not t.is_floating_point():
            continue
        nan, inf = int(torch.isnan(t).sum()), int(torch.isinf(t).sum())
        if nan or inf:
            out.append([name, nan, inf, t.numel()])
    return out


def safetensors_bytes(tensors, metadata=None):
    """A safetensors file's bytes, written by hand (the reader under test must not share code
    with the writer): tensors in insertion order, header padded to 8 bytes."""
    names = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.float64: "F64",
             torch.int64: "I64", torch.uint8: "U8", torch.int8: "I8", torch.bool: "BOOL"}
    header, blobs, offset = ({"__metadata__": metadata} if metadata else {}), [], 0
    for name, t in tensors.items():
        raw = t.contiguous().view(-1).view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": names[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    head = json.dumps(header).encode()
    head += b" " * ((8 - len(head) % 8) % 8)
    return struct.pack("<Q", len(head)) + head + b"".join(blobs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True, help="the Lite0 checkpoint (efficientnet-lite0-*.pth)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    names = ["lite0_nan.pth", "mixed.safetensors", "expected.json"]
    if all(os.path.exists(os.path.join(args.out, n)) for n in names):
        return
    expected = {}

    sd = torch.load(args.weights, map_location="cpu")
    stem = sd["_conv_stem.weight"].clone()  # keeps the file's strides (not contiguous)
    stem[0, 0, 0, :] = float("nan")
    stem[3, 1, 2, :2] = float("nan")
    stem[31, 2, 2, 2] = float("inf")
    sd["_conv_stem.weight"] = stem
    bn = sd["_blocks.0._bn2.weight"].clone()
    bn[5] = float("-inf")
    sd["_blocks.0._bn2.weight"] = bn
    torch.save(sd, os.path.join(args.out, "lite0_nan.pth"), _use_new_zipfile_serialization=False)
    expected["lite0_nan.pth"] = counts(sd)

    g = torch.Generator().manual_seed(5)
    mixed = {}
    for name, dtype in [("f32", torch.float32), ("f16", torch.float16), ("bf16", torch.bfloat16),
                        ("f64", torch.float64)]:
        t = torch.randn(7, 9, generator=g).to(dtype)
        flat = t.view(-1)
        pos = torch.randperm(63, generator=g)
        flat[pos[:4]] = float("nan")
        flat[pos[4:6]] = float("inf")
        flat[pos[6]] = float("-inf")
        mixed[name] = t
    mixed["clean"] = torch.randn(4, 4, generator=g)
    mixed["huge_but_finite"] = torch.tensor([3.0e38, -3.0e38, 65504.0], dtype=torch.float32)
    mixed["counter"] = torch.tensor([-1], dtype=torch.int64)  # all-ones bits: not a float, not counted
    with open(os.path.join(args.out, "mixed.safetensors"), "wb") as f:
        f.write(safetensors_bytes(mixed))
    expected["mixed.safetensors"] = counts(mixed)

    with open(os.path.join(args.out, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1)


if __name__ == "__main__":
    main()
