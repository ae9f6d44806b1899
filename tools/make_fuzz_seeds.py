#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Seed corpora for the fuzzers (tests/fuzz), one folder per fuzzer, made from real files:
torch.save (zip and legacy) and safetensors files of small state dicts in every dtype, strided
and shared storages, the pickles inside them, the Lite0 checkpoint's and torchvision B0's key
listings (for fuzz_match), CSV datasets, and the smaller opencv-doc photos plus the same pixels
as PNG, BMP, WebP and TIFF. Skips the work when <out>/.complete exists.
"""
import argparse
import io
import json
import os
import zipfile

import numpy as np
import torch
from PIL import Image
from torchvision.models import efficientnet_b0

from make_nonfinite_fixtures import safetensors_bytes


def state_dicts():
    g = torch.Generator().manual_seed(3)
    base = torch.randn(4, 6, generator=g)
    yield {"w": base, "b": torch.arange(5, dtype=torch.int64)}
    yield {"t": base.t(), "slice": base[1:3, 2:], "shared": base}  # strided views of one storage
    yield {"h": torch.randn(3, 3, generator=g).half(), "bf": torch.randn(2, 5, generator=g).bfloat16(),
           "d": torch.randn(2, dtype=torch.float64, generator=g), "flag": torch.tensor([True, False]),
           "u8": torch.tensor([1, 2, 255], dtype=torch.uint8), "empty": torch.zeros(0, 3), "scalar": torch.tensor(1.5)}
    yield {"module.features.0.0.weight": torch.randn(8, 3, 3, 3, generator=g), "meta": torch.tensor([7])}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--photos", required=True, help="opencv-doc examples/data")
    ap.add_argument("--lite0", required=True, help="efficientnet-lite0-*.pth")
    args = ap.parse_args()
    if os.path.exists(os.path.join(args.out, ".complete-v3")):
        return

    def put(fuzzer, name, data):
        os.makedirs(os.path.join(args.out, fuzzer), exist_ok=True)
        with open(os.path.join(args.out, fuzzer, name), "wb") as f:
            f.write(data)

    for i, sd in enumerate(state_dicts()):
        put("fuzz_safetensors", f"sd{i}.safetensors", safetensors_bytes(sd, {"format": "pt"}))
        buf = io.BytesIO()
        torch.save(sd, buf)
        put("fuzz_torch_zip", f"sd{i}.pt", buf.getvalue())
        with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
            for n in z.namelist():
                if n.endswith("data.pkl"):
                    put("fuzz_pickle", f"sd{i}.pkl", z.read(n))
        buf = io.BytesIO()
        torch.save(sd, buf, _use_new_zipfile_serialization=False)
        put("fuzz_torch_legacy", f"sd{i}.pth", buf.getvalue())
    import pickle
    for i, obj in enumerate([{"a": [1, 2.5, "x", b"y", None, True], "b": (1, (2, 3))},
                             [list(range(300)), {"nested": {"k": -(2 ** 40)}}], "text" * 50]):
        put("fuzz_pickle", f"py{i}.pkl", pickle.dumps(obj, protocol=2))

    def listing(sd):
        return "".join(f"{k} {str(v.dtype).replace('torch.', '')} {' '.join(map(str, v.shape))}\n"
                       for k, v in sd.items()).encode()
    put("fuzz_match", "lite0.txt", listing(torch.load(args.lite0, map_location="cpu")))
    put("fuzz_match", "b0_torchvision.txt", listing(efficientnet_b0().state_dict()))

    put("fuzz_dataset_csv", "names.csv", b"path,label\nphotos/baboon.jpg,baboon\nphotos/orange.jpg,n07747607\n"
                                         b"/abs/squirrel.png,335\n\"quoted, path.jpg\",fox squirrel\n")
    put("fuzz_dataset_csv", "crlf.csv", b"a.jpg,950\r\nb.tif,fox_squirrel\r\n")

    record = {"format": "effscope-calibration-1", "model": "lite0", "weights": "lite0.pth", "resolution": 224,
              "photos": ["a.jpg", "b/c.png"],
              "ranges": {"input": {"min": -2.1, "max": 2.6, "p99.9": 2.2, "p99.99": 2.5, "p99.999": 2.6, "count": 301056},
                         "features.0": {"min": 0, "max": 6, "p99.9": 5.5, "p99.99": 6, "p99.999": 6, "count": 802816}}}
    put("fuzz_calibration", "lite0.json", json.dumps(record, indent=1).encode())
    # an int8 model's head and metadata (a whole Lite0 is 5 MB: the reader's checks run on these)
    meta = {"format": "effscope-int8-1", "preset": "lite0", "method": "percentile", "weights": "lite0.pth",
            "calibration": json.dumps(record)}
    int8 = {"input.quant": torch.tensor([0.0079, 128.0]), "features.0.weight": torch.ones(32, 3, 3, 3, dtype=torch.int8),
            "features.0.weight_scale": torch.full((32,), 0.01), "features.0.bias": torch.zeros(32),
            "features.0.quant": torch.tensor([6 / 255, 0.0]), "classifier.1.weight": torch.ones(2, 1280, dtype=torch.int8)}
    put("fuzz_int8_model", "lite0-head.safetensors", safetensors_bytes(int8, meta))

    photos = sorted(p for p in os.listdir(args.photos)
                    if p.lower().endswith((".jpg", ".png")) and os.path.getsize(os.path.join(args.photos, p)) < 60_000)
    for p in photos[:12]:
        with open(os.path.join(args.photos, p), "rb") as f:
            put("fuzz_image", p, f.read())
    small = Image.open(os.path.join(args.photos, photos[0])).convert("RGB").resize((40, 30))
    for fmt, ext, extra in [("PNG", "png", {}), ("BMP", "bmp", {}), ("WEBP", "webp", {"lossless": True}),
                            ("TIFF", "tif", {}), ("TIFF", "lzw.tif", {"compression": "tiff_lzw"}),
                            ("TIFF", "orient.tif", {"tiffinfo": {0x0112: 6}})]:
        buf = io.BytesIO()
        small.save(buf, fmt, **extra)
        put("fuzz_image", f"small.{ext}", buf.getvalue())
    buf = io.BytesIO()
    Image.fromarray((np.arange(30 * 40, dtype=np.uint16) * 50).reshape(30, 40), "I;16").save(buf, "TIFF")
    put("fuzz_image", "grey16.tif", buf.getvalue())
    open(os.path.join(args.out, ".complete-v3"), "w").close()


if __name__ == "__main__":
    main()
