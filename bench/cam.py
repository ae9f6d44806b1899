#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Time of one class activation map: effscope (effscope-cli cam --repeat) against
pytorch-grad-cam 1.5.7 on torchvision's EfficientNet (Debian's torch, eager), same model
size, same photo, same layer and class; interleaved rounds. Also reports each CAM against one
forward pass of the same engine (the issue's target: Grad-CAM on B0 at 224 within 3 x one
fast-path forward). Writes bench/results/cam-<date>.md. Builds nothing: run tools/setup.sh first.
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess
import time

import torch
from PIL import Image
from torchvision import transforms as T
from torchvision.models import efficientnet as tv

import pytorch_grad_cam as pgc
import pytorch_grad_cam.score_cam
from pytorch_grad_cam.utils.model_targets import ClassifierOutputTarget

pytorch_grad_cam.score_cam.tqdm.tqdm = lambda it, **kw: it
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
METHODS = {"gradcam": pgc.GradCAM, "gradcam++": pgc.GradCAMPlusPlus, "layercam": pgc.LayerCAM,
           "eigencam": pgc.EigenCAM, "scorecam": pgc.ScoreCAM, "ablationcam": pgc.AblationCAM}
CROPS = {"b0": (256, 224), "b4": (384, 380)}


def module_for(model, path):
    m = model
    for part in path.split("."):
        m = m[int(part)] if part.isdigit() else getattr(m, part)
    return m


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "effscope-cli"))
    ap.add_argument("--photo", default=os.path.expanduser("~/.cache/effscope/testdata/opencv/squirrel_cls.jpg"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--configs", default="b0:features.8:gradcam:10,b0:features.5:gradcam:5,b0:features.8:gradcam++:10,"
                                         "b0:features.8:eigencam:10,b0:features.5:scorecam:2,b0:features.8:scorecam:1,"
                                         "b4:features.8:gradcam:3",
                    help="model:layer:method:repeats, comma separated")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads))
    configs = [tuple(c.split(":")) for c in args.configs.split(",")]
    models, inputs = {}, {}
    for name in {c[0] for c in configs}:
        torch.manual_seed(0)
        models[name] = getattr(tv, "efficientnet_" + name)().eval()
        resize, crop = CROPS[name]
        tf = T.Compose([T.Resize(resize, interpolation=T.InterpolationMode.BICUBIC), T.CenterCrop(crop), T.ToTensor(),
                        T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])
        inputs[name] = tf(Image.open(args.photo).convert("RGB")).unsqueeze(0)
    ours = {c: [] for c in configs}
    fwd = {c: [] for c in configs}
    theirs = {c: [] for c in configs}
    eager = {c: [] for c in configs}
    for r in range(args.rounds):
        for c in configs:
            name, layer, method, reps = c
            reps = int(reps)
            out = subprocess.run([args.cli, "cam", "--model", name, "--layer", layer, "--method", method, "--class", "1",
                                  "--no-metrics", "--json", "--repeat", str(max(2, reps)), args.photo],
                                 check=True, capture_output=True, text=True, env=env).stdout
            t = json.loads(out)["timing"]
            ours[c].append(t["cam_ms_median"])
            fwd[c].append(t["forward_ms_median"])
            time.sleep(0.5)
            model, x = models[name], inputs[name]
            cam = METHODS[method](model=model, target_layers=[module_for(model, layer)])
            cam(input_tensor=x, targets=[ClassifierOutputTarget(1)])  # warm-up
            for _ in range(reps):
                t0 = time.perf_counter()
                cam(input_tensor=x, targets=[ClassifierOutputTarget(1)])
                theirs[c].append((time.perf_counter() - t0) * 1000)
                with torch.inference_mode():
                    t0 = time.perf_counter()
                    model(x)
                    eager[c].append((time.perf_counter() - t0) * 1000)
            del cam
            time.sleep(0.5)
            print(f"round {r + 1}/{args.rounds} {name} {layer} {method} done", flush=True)

    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    date = datetime.date.today().isoformat()
    lines = [f"# CAM timing, {date}", "",
             f"Machine: {cpu}, {os.cpu_count()} cores visible, {args.threads} threads for both.",
             f"Peer: pytorch-grad-cam 1.5.7 on torchvision {__import__('torchvision').__version__} EfficientNet, "
             f"torch {torch.__version__} eager (Debian), the same photo ({os.path.basename(args.photo)}), layer and "
             "class (1); random weights (timing does not depend on them).",
             f"Method: `bench/cam.py --rounds {args.rounds} --configs {args.configs}`; interleaved rounds; effscope "
             "times come from `effscope-cli cam --repeat N` (steady state, CAMs alternating with plain forwards), "
             "medians over all rounds.", "",
             "| model | layer | method | effscope CAM ms | effscope forward ms | CAM / forward | pytorch-grad-cam ms | "
             "torch eager forward ms | pytorch-grad-cam / effscope |",
             "|---|---|---|---|---|---|---|---|---|"]
    for c in configs:
        name, layer, method, _ = c
        o, f, t, e = (statistics.median(v) for v in (ours[c], fwd[c], theirs[c], eager[c]))
        lines.append(f"| {name.upper()} | {layer} | {method} | {o:.1f} | {f:.1f} | {o / f:.2f} | {t:.1f} | {e:.1f} | "
                     f"{t / o:.1f} |")
    lines += ["", "Head-layer CAMs (features.8) use the fast path's captured activations and the closed-form "
              "gradient; other layers run autograd on the LibTorch reference module. Score-CAM runs its masked "
              "inputs through the fast path in batches of 16."]
    text = "\n".join(lines) + "\n"
    out = args.out or os.path.join(HERE, "results", f"cam-{date}.md")
    with open(out, "w") as fh:
        fh.write(text)
    print(text)


if __name__ == "__main__":
    main()
