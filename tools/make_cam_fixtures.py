#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle fixtures for class activation maps: pytorch-grad-cam 1.5.7 on torchvision's
EfficientNet-B0 and -B4.

Weights are seeded random ones made by make_parity_fixtures.randomize (He-normal convolutions,
random BN affine parameters), then the BN statistics are measured on the real photos used here
and the classifier is scaled to a logit std of about 1.5 on them (statistics measured on noise
let some real photos blow the logits up to ~1e3); the script checks that the logits and maps
are not degenerate.
Inputs are real opencv-doc photos through torchvision's preprocessing for each model.

For every case the library runs as users call it (`cam(input_tensor, targets, ...)`); the raw
map is the one it computes before its min-max scaling and resize (recorded by wrapping
pytorch_grad_cam.base_cam.scale_cam_image), and for augmentation smoothing the final map.
Where a first principal component is involved (Eigen-CAM, eigen smoothing) the SVD's sign is
arbitrary and differs between LAPACK builds, so the reference map is the library's
sign-corrected projection (get_2d_projection_with_sign_correction) of the same activations
and gradients the library captured; the script checks that it equals the library's own map up
to that sign.

Faithfulness oracle: for B0 Grad-CAM on the head, the target's softmax probability on
input x heat (Average Drop / Increase in Confidence, as the library's
CamMultImageConfidenceChange with a softmax target), and the deletion / insertion curves defined
in core/explain/faithfulness.h, computed here with torch on the library's upsampled heat map.

Output: <out>/manifest.json, .pth weights and .npy arrays.
"""
import argparse
import hashlib
import json
import os
import sys

import numpy as np
import torch
from PIL import Image
from torchvision import transforms as T
from torchvision.models import efficientnet as tv

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_parity_fixtures import randomize  # noqa: E402

import pytorch_grad_cam as pgc  # noqa: E402
import pytorch_grad_cam.score_cam  # noqa: E402
import pytorch_grad_cam.base_cam as base_cam  # noqa: E402
from pytorch_grad_cam.utils.model_targets import ClassifierOutputTarget, ClassifierOutputSoftmaxTarget  # noqa: E402
from pytorch_grad_cam.metrics.cam_mult_image import CamMultImageConfidenceChange  # noqa: E402
from pytorch_grad_cam.utils.svd_on_activations import get_2d_projection, get_2d_projection_with_sign_correction  # noqa: E402

METHODS = {"gradcam": pgc.GradCAM, "gradcam++": pgc.GradCAMPlusPlus, "xgradcam": pgc.XGradCAM,
           "hirescam": pgc.HiResCAM, "layercam": pgc.LayerCAM, "eigencam": pgc.EigenCAM, "scorecam": pgc.ScoreCAM}
GRADIENT_METHODS = ["gradcam", "gradcam++", "xgradcam", "hirescam", "layercam"]

# model, preprocessing (resize, crop, interpolation: torchvision's weights transforms), seed
MODELS = {"b0": (256, 224, T.InterpolationMode.BICUBIC, 3000), "b4": (384, 380, T.InterpolationMode.BICUBIC, 3004)}

raw_maps = []
_scale = base_cam.scale_cam_image


def recording_scale(cam, target_size=None):
    if target_size is not None:
        raw_maps.append(np.array(cam, dtype=np.float32))
    return _scale(cam, target_size)


base_cam.scale_cam_image = recording_scale
pytorch_grad_cam.score_cam.tqdm.tqdm = lambda it, **kw: it  # no progress bars in the test log
PHOTOS = ["baboon.jpg", "squirrel_cls.jpg", "orange.jpg", "fruits.jpg", "apple.jpg", "butterfly.jpg"]


def calibrate(model, batch):
    """BN statistics from the photos themselves; classifier scaled to logit std 1.5 on them."""
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.reset_running_stats()
                m.momentum = None
        model.train()
        model(batch)
        model.eval()
        fc = [m for m in model.modules() if isinstance(m, torch.nn.Linear)][-1]
        s = model(batch).std().item() / 1.5
        fc.weight.div_(s)
        fc.bias.div_(s)


def module_for(model, path):
    m = model
    for part in path.split("."):
        m = m[int(part)] if part.isdigit() else getattr(m, part)
    return m


def save(out, name, array):
    np.save(os.path.join(out, name), np.ascontiguousarray(array, dtype=np.float32))
    return name


def faithfulness(model, x, heat, cls, steps=56):
    with torch.no_grad():
        both = torch.cat([x, x * heat])
        p = torch.softmax(model(both), 1)[:, cls].double()
    y, o = p[0].item(), p[1].item()
    hw = heat.numel()
    order = np.argsort(-heat.reshape(-1).numpy(), kind="stable")
    rank = np.empty(hw, dtype=np.int64)
    rank[order] = np.arange(hw)
    rank = torch.from_numpy(rank).view(1, 1, *heat.shape)
    per = -(-hw // steps)
    k, sigma = 11, 5.0
    g = torch.arange(k, dtype=torch.float64) - (k - 1) / 2
    g = torch.exp(-g * g / (2 * sigma * sigma))
    g = g / g.sum()
    kern = torch.outer(g, g).float().expand(3, 1, k, k).contiguous()
    canvas = torch.nn.functional.conv2d(x, kern, padding=k // 2, groups=3)
    fr, dele, ins = [], [], []
    with torch.no_grad():
        for t in range(steps + 1):
            n = min(hw, t * per)
            done = (rank < n).float()
            fr.append(n / hw)
            dele.append(torch.softmax(model(x * (1 - done)), 1)[0, cls].item())
            ins.append(torch.softmax(model(canvas * (1 - done) + x * done), 1)[0, cls].item())
    auc = lambda ys: sum(0.5 * (ys[i] + ys[i + 1]) * (fr[i + 1] - fr[i]) for i in range(steps))
    lib = CamMultImageConfidenceChange()(x, heat.numpy()[None], [ClassifierOutputSoftmaxTarget(cls)], model)
    return {"probability": y, "masked_probability": o, "average_drop": max(0.0, y - o) / y * 100,
            "increase": o > y, "library_confidence_change": float(lib[0]), "fractions": fr, "deletion": dele,
            "insertion": ins, "deletion_auc": auc(dele), "insertion_auc": auc(ins), "steps": steps}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    stamp = hashlib.sha256(open(__file__, "rb").read() + open(os.path.join(here, "make_parity_fixtures.py"), "rb").read()).hexdigest()
    manifest_path = os.path.join(args.out, "manifest.json")
    if os.path.exists(manifest_path) and json.load(open(manifest_path)).get("generator_sha256") == stamp:
        print("fixtures up to date")
        return
    torch.set_num_threads(max(1, os.cpu_count() or 1))

    # (model, photo, layer, methods, extra options)
    plan = [
        ("b0", "baboon.jpg", "features.8", list(METHODS), {}),
        ("b0", "squirrel_cls.jpg", "features.8", [m for m in METHODS if m != "scorecam"], {}),
        ("b0", "orange.jpg", "features.8", [m for m in METHODS if m != "scorecam"], {}),
        ("b0", "fruits.jpg", "features.8", [m for m in METHODS if m != "scorecam"], {}),
        ("b0", "baboon.jpg", "features.5", list(METHODS), {}),
        ("b0", "squirrel_cls.jpg", "features.5", list(METHODS), {}),
        ("b0", "fruits.jpg", "features.4.2.block.1", GRADIENT_METHODS + ["eigencam"], {}),
        ("b0", "baboon.jpg", "features.8", ["gradcam", "layercam"], {"eigen_smooth": True}),
        ("b0", "squirrel_cls.jpg", "features.8", ["gradcam"], {"aug_smooth": True}),
        ("b4", "baboon.jpg", "features.8", GRADIENT_METHODS + ["eigencam"], {}),
        ("b4", "squirrel_cls.jpg", "features.8", GRADIENT_METHODS + ["eigencam"], {}),
        ("b4", "orange.jpg", "features.4", list(METHODS), {}),
    ]
    models, inputs, cases, faith = {}, {}, [], []
    for name, (resize, crop, interp, seed) in MODELS.items():
        g = torch.Generator().manual_seed(seed)
        torch.manual_seed(seed)
        model = getattr(tv, "efficientnet_" + name)().eval()
        project = {id(m.block[-1][1]) for m in model.modules() if isinstance(m, tv.MBConv)}
        randomize(model, g, project, crop)
        tf = T.Compose([T.Resize(resize, interpolation=interp), T.CenterCrop(crop), T.ToTensor(),
                        T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])
        photos = {p: tf(Image.open(os.path.join(args.photos, p)).convert("RGB")).unsqueeze(0) for p in PHOTOS}
        calibrate(model, torch.cat(list(photos.values())))
        torch.save(model.state_dict(), os.path.join(args.out, f"{name}.pth"))
        models[name] = (model, photos)
    for name, photo, layer, methods, opts in plan:
        model, photos = models[name]
        key = (name, photo)
        if key not in inputs:
            x = photos[photo]
            with torch.no_grad():
                logits = model(x)[0]
            std = logits.std().item()
            if not 0.3 < std < 10:
                sys.exit(f"{name} {photo}: degenerate logits (std {std:.3g})")
            inputs[key] = (x, int(logits.argmax()), save(args.out, f"{name}_{photo[:-4]}_input.npy", x))
        x, cls, input_file = inputs[key]
        target = module_for(model, layer)
        for method in methods:
            raw_maps.clear()
            cam = METHODS[method](model=model, target_layers=[target])
            if method == "scorecam":
                cam.batch_size = 16
            final = cam(input_tensor=x, targets=[ClassifierOutputTarget(cls)], **opts)
            raw = final[0] if opts.get("aug_smooth") else raw_maps[0][0]
            if method == "eigencam" or opts.get("eigen_smooth"):
                acts = cam.activations_and_grads.activations[0].cpu().numpy()
                if method == "eigencam":
                    src = acts
                elif method == "layercam":
                    src = np.maximum(cam.activations_and_grads.gradients[0].cpu().numpy(), 0) * acts
                else:
                    grads = cam.activations_and_grads.gradients[0].cpu().numpy()
                    w = cam.get_cam_weights(x, target, [ClassifierOutputTarget(cls)], acts, grads)
                    src = w[:, :, None, None] * acts
                plain = get_2d_projection(src)[0]
                if not (np.allclose(np.maximum(plain, 0), raw, atol=1e-5) or np.allclose(np.maximum(-plain, 0), raw, atol=1e-5)):
                    sys.exit(f"{name} {photo} {layer} {method}: projection does not reproduce the library's map")
                raw = np.maximum(get_2d_projection_with_sign_correction(src)[0], 0)
            if raw.std() <= 1e-6 * max(1e-12, float(np.abs(raw).max())):
                sys.exit(f"{name} {photo} {layer} {method}: flat map")
            tag = f"{name}_{photo[:-4]}_{layer}_{method}" + "".join(f"_{k}" for k in sorted(opts))
            cases.append({"model": name, "photo": photo, "input": input_file, "layer": layer, "method": method,
                          "class": cls, "aug_smooth": bool(opts.get("aug_smooth")),
                          "eigen_smooth": bool(opts.get("eigen_smooth")), "map": save(args.out, tag + ".npy", raw),
                          "shape": list(raw.shape)})
            print(tag, raw.shape, flush=True)
            if name == "b0" and layer == "features.8" and method == "gradcam" and not opts:
                heat = torch.from_numpy(final[0])
                f = faithfulness(model, x, heat, cls)
                f.update({"photo": photo, "input": input_file, "class": cls,
                          "heat": save(args.out, f"{name}_{photo[:-4]}_heat.npy", final[0])})
                faith.append(f)
            del cam
    # Activations of a few layers (forward hooks on torchvision's modules) and their statistics.
    acts = []
    x, _, input_file = inputs[("b0", "baboon.jpg")]
    for layer in ["features.0", "features.2.0.block.1", "features.5", "features.8"]:
        got = {}
        h = module_for(models["b0"][0], layer).register_forward_hook(lambda m, i, o: got.setdefault("a", o.detach()))
        with torch.no_grad():
            models["b0"][0](x)
        h.remove()
        a = got["a"][0].numpy()
        flat = a.reshape(a.shape[0], -1)
        acts.append({"model": "b0", "input": input_file, "layer": layer, "shape": list(a.shape),
                     "activations": save(args.out, f"b0_baboon_{layer}_act.npy", a),
                     "mean": flat.astype(np.float64).mean(1).tolist(), "max": flat.max(1).tolist(),
                     "min": flat.min(1).tolist(), "fraction_zero": (flat == 0).mean(1).tolist(),
                     "fraction_negative": (flat < 0).mean(1).tolist(),
                     "top8": [int(i) for i in np.argsort(-flat.astype(np.float64).mean(1), kind="stable")[:8]]})
    json.dump({"generator_sha256": stamp, "torch": torch.__version__, "grad_cam": "1.5.7", "cases": cases,
               "faithfulness": faith, "activations": acts}, open(manifest_path + ".part", "w"), indent=1)
    os.replace(manifest_path + ".part", manifest_path)


if __name__ == "__main__":
    main()
