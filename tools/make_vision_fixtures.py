#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle fixtures for image decoding, preprocessing and the real Lite0 weights.

For each opencv-doc photo: the torchvision (PIL) preprocessing result for the Lite recipe
(Resize(256, bicubic), CenterCrop(224), ToTensor, Normalize((x-127)/128)) and for an ImageNet
bilinear recipe, and the logits of the reference EfficientNet-Lite implementation
(efficientnet_lite_pytorch 0.1.0) with the real Lite0 weights on the Lite input, and the channel
importance of that model on squirrel_cls: |gamma| of the stem BN, every block's depthwise BN and
the head BN, and the sparsity of their ReLU6 outputs.
Also small images made with PIL to test conversions: EXIF orientation 6, grey, RGBA, 16-bit, TIFF,
with the pixels PIL gives after exif_transpose / convert("RGB").
"""
import argparse
import hashlib
import json
import os

import numpy as np
import torch
from PIL import Image, ImageOps
from torchvision import transforms as T

PHOTOS = ["baboon.jpg", "squirrel_cls.jpg", "orange.jpg", "apple.jpg", "fruits.jpg", "messi5.jpg",
          "butterfly.jpg", "starry_night.jpg"]


def tf(resize, crop, interp, mean, std):
    return T.Compose([T.Resize(resize, interpolation=interp), T.CenterCrop(crop), T.ToTensor(),
                      T.Normalize(mean, std)])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", required=True)
    ap.add_argument("--weights", required=True, help="efficientnet-lite0-57934424.pth")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    stamp = hashlib.sha256(open(__file__, "rb").read()).hexdigest()
    manifest_path = os.path.join(args.out, "manifest.json")
    if os.path.exists(manifest_path) and json.load(open(manifest_path)).get("generator_sha256") == stamp:
        print("fixtures up to date")
        return

    from efficientnet_lite_pytorch import EfficientNet
    model = EfficientNet.from_pretrained("efficientnet-lite0", weights_path=args.weights).eval()
    lite = tf(256, 224, T.InterpolationMode.BICUBIC, [127 / 255] * 3, [128 / 255] * 3)
    bilinear = tf(255, 240, T.InterpolationMode.BILINEAR, [0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
    photos = []
    for name in PHOTOS:
        img = Image.open(os.path.join(args.photos, name)).convert("RGB")
        x = lite(img).unsqueeze(0)
        with torch.inference_mode():
            logits = model(x)
        stem = os.path.splitext(name)[0]
        x.numpy().astype("<f4").tofile(os.path.join(args.out, f"{stem}_lite.bin"))
        bilinear(img).numpy().astype("<f4").tofile(os.path.join(args.out, f"{stem}_bilinear.bin"))
        logits.numpy().astype("<f4").tofile(os.path.join(args.out, f"{stem}_logits.bin"))
        top5 = torch.topk(logits[0], 5).indices.tolist()
        photos.append({"file": name, "lite_input": f"{stem}_lite.bin", "bilinear_input": f"{stem}_bilinear.bin",
                       "logits": f"{stem}_logits.bin", "top5": top5, "logit_std": logits.std().item()})
        print(name, top5, flush=True)

    # Channel importance: BN scale magnitudes and the sparsity of the ReLU6 after each BN
    bns = [model._bn0] + [b._bn1 for b in model._blocks] + [model._bn1]
    acts = []
    handles = [bn.register_forward_hook(lambda _m, _i, out: acts.append(torch.clamp(out, 0, 6)[0])) for bn in bns]
    with torch.inference_mode():
        model(lite(Image.open(os.path.join(args.photos, "squirrel_cls.jpg")).convert("RGB")).unsqueeze(0))
    for h in handles:
        h.remove()
    importance = []
    for bn, a in zip(bns, acts):
        g = bn.weight.detach().abs()
        c = a.reshape(a.shape[0], -1)
        importance.append({"channels": g.numel(), "mean_abs_gamma": g.mean().item(),
                           "weak_fraction": (g < 0.05 * g.max()).float().mean().item(),
                           "dead_fraction": (c.max(1).values <= 0).float().mean().item(),
                           "non_positive_fraction": (c <= 0).float().mean().item()})

    # Conversion cases written by PIL, with PIL's own RGB reading of them.
    rng = np.random.default_rng(7)
    base = (rng.random((37, 53, 3)) * 255).astype(np.uint8)
    conv = []

    def case(fname, save, expected):
        save(os.path.join(args.out, fname))
        np.ascontiguousarray(expected, dtype=np.uint8).tofile(os.path.join(args.out, fname + ".rgb"))
        conv.append({"file": fname, "height": expected.shape[0], "width": expected.shape[1]})

    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    path = os.path.join(args.out, "exif6.jpg")
    Image.fromarray(base).save(path, quality=95, exif=exif)
    upright = np.asarray(ImageOps.exif_transpose(Image.open(path)).convert("RGB"))
    upright.tofile(path + ".rgb")
    conv.append({"file": "exif6.jpg", "height": upright.shape[0], "width": upright.shape[1]})
    grey = Image.fromarray(base[:, :, 0], "L")
    case("grey.png", lambda p: grey.save(p), np.asarray(grey.convert("RGB")))
    rgba = Image.fromarray(np.dstack([base, base[:, :, :1]]), "RGBA")
    case("rgba.png", lambda p: rgba.save(p), np.asarray(rgba.convert("RGB")))
    rgb = Image.fromarray(base)
    case("lossless.webp", lambda p: rgb.save(p, lossless=True), base)
    case("plain.bmp", lambda p: rgb.save(p), base)
    # CMYK JPEG: decoders differ in CMYK->RGB arithmetic, so the expectation is the RGB source
    # (the test allows JPEG loss, not a wrong colour model).
    case("cmyk.jpg", lambda p: rgb.convert("CMYK").save(p, quality=98), base)
    # 16-bit grey PNG. Pillow's convert("RGB") clips such values to 255, so the expectation is
    # the documented rule instead: keep the high byte of each sample.
    g16 = (base[:, :, 1].astype(np.uint16) * 257 + rng.integers(0, 256, base.shape[:2])).astype(np.uint16)
    Image.fromarray(g16, "I;16").save(os.path.join(args.out, "grey16.png"))
    hi = (g16 >> 8).astype(np.uint8)
    np.dstack([hi, hi, hi]).tofile(os.path.join(args.out, "grey16.png.rgb"))
    conv.append({"file": "grey16.png", "height": int(g16.shape[0]), "width": int(g16.shape[1])})

    # TIFF, as microscopes and scanners write it: uncompressed and LZW RGB, RGBA, a 16-bit grey
    # page (high byte, as for PNG) and an Orientation tag
    case("plain.tif", lambda p: rgb.save(p), base)
    case("lzw.tif", lambda p: rgb.save(p, compression="tiff_lzw"), base)
    # (libtiff hands RGBA colours over premultiplied by alpha, rounded: what a TIFF reader built
    # on it shows; Pillow's convert("RGB") would drop alpha without premultiplying)
    rgba_px = np.asarray(rgba).astype(np.uint32)
    case("rgba.tif", lambda p: rgba.save(p), (rgba_px[:, :, :3] * rgba_px[:, :, 3:] + 127) // 255)
    Image.fromarray(g16, "I;16").save(os.path.join(args.out, "grey16.tif"))
    np.dstack([hi, hi, hi]).tofile(os.path.join(args.out, "grey16.tif.rgb"))
    conv.append({"file": "grey16.tif", "height": int(g16.shape[0]), "width": int(g16.shape[1])})
    path = os.path.join(args.out, "orient6.tif")
    rgb.save(path, tiffinfo={0x0112: 6})
    # Pillow 9.4 turns a TIFF upright while loading it (exif_transpose would turn it again): 90
    # degrees clockwise, as the TIFF 6.0 specification defines orientation 6
    upright = np.asarray(Image.open(path).convert("RGB"))
    assert np.array_equal(upright, np.rot90(base, -1)), "PIL did not turn the TIFF upright"
    upright.tofile(path + ".rgb")
    conv.append({"file": "orient6.tif", "height": upright.shape[0], "width": upright.shape[1]})

    json.dump({"generator_sha256": stamp, "photos": photos, "conversions": conv,
               "importance": {"photo": "squirrel_cls.jpg", "layers": importance}},
              open(manifest_path + ".part", "w"), indent=1)
    os.replace(manifest_path + ".part", manifest_path)


if __name__ == "__main__":
    main()
