#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Latency of effscope's engine against the peers, on this machine, in one interleaved run.

Peers (same model weights shape, same input, same thread count):
  eager      PyTorch eager (Debian's python3-torch + torchvision), torch.inference_mode
  ts-frozen  TorchScript: torch.jit.trace + freeze + optimize_for_inference
  ort        ONNX Runtime, CPU execution provider, on the ONNX export of the same model
  cv-dnn     OpenCV DNN (Debian's python3-opencv) on the same ONNX graph (Identity nodes on
             initializers rewritten, which OpenCV 4.6 cannot import)
  effscope   effscope-cli bench (the fast path: oneDNN primitives, and on AVX-512 its own fused
             MBConv blocks, infer/mbconv_fused.h)
  effscope-onednn  the same with EFFSCOPE_FUSED_MBCONV=0: every block on oneDNN's primitives
Rounds are interleaved (every peer runs a chunk of iterations for a configuration before any
peer runs the next chunk), so drifting clocks and background load hit all peers alike.
The medians over all timed iterations are compared as ratios peer / effscope.
The machine's limits are measured before and after the rounds (`effscope-cli peak`: an FMA
loop on the widest vector unit, a triad over DRAM), and effscope's and ONNX Runtime's achieved
GFLOP/s are set against that peak; the table names the instruction set oneDNN ran.
Writes bench/results/cpu-<date>.md. Builds nothing: run tools/setup.sh first.
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

import onnx  # before torch: Debian's torch registers ONNX protobuf types that break a later import
import torch
import torchvision
from torchvision.models import efficientnet as tv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CROPS = {"b0": 224, "b1": 240, "b2": 288, "b3": 300, "b4": 380, "b5": 456, "b6": 528, "b7": 600}


def cpu_info():
    model, flags = "?", []
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name") and model == "?":
                model = line.split(":", 1)[1].strip()
            if line.startswith("flags") and not flags:
                flags = line.split(":", 1)[1].split()
    simd = [f for f in flags if f.startswith(("avx", "fma", "sse4", "amx"))]
    return model, os.cpu_count(), " ".join(sorted(set(simd)))


def opencv_compatible(path):
    """OpenCV 4.6's ONNX importer rejects Identity nodes whose input is an initializer, which
    torch's exporter emits for shared SE biases; the same graph with those nodes replaced by
    duplicated initializers (and other Identity nodes bypassed) imports and computes the same."""
    g = onnx.load(path)
    inits = {i.name: i for i in g.graph.initializer}
    for n in [n for n in g.graph.node if n.op_type == "Identity"]:
        src, dst = n.input[0], n.output[0]
        if src in inits:
            t = onnx.TensorProto()
            t.CopyFrom(inits[src])
            t.name = dst
            g.graph.initializer.append(t)
        else:
            for other in g.graph.node:
                for k, v in enumerate(other.input):
                    if v == dst:
                        other.input[k] = src
        g.graph.node.remove(n)
    out = path.replace(".onnx", "_opencv.onnx")
    onnx.save(g, out)
    return out


class Peers:
    def __init__(self, name, batch, threads, tmp):
        self.name, self.batch, self.threads = name, batch, threads
        size = CROPS[name]
        torch.manual_seed(0)
        self.model = getattr(tv, "efficientnet_" + name)().eval()
        self.x = torch.randn(batch, 3, size, size)
        self.errors = {}
        with torch.inference_mode():
            traced = torch.jit.trace(self.model, self.x)
        self.ts = torch.jit.optimize_for_inference(torch.jit.freeze(traced.eval()))
        self.onnx = os.path.join(tmp, f"{name}_{batch}.onnx")
        with torch.no_grad():
            torch.onnx.export(self.model, self.x, self.onnx, opset_version=13, input_names=["x"],
                              output_names=["y"])
        self.ort = self.cv = None
        try:
            import onnxruntime as ort
            so = ort.SessionOptions()
            so.intra_op_num_threads = threads
            so.inter_op_num_threads = 1
            so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            self.ort = ort.InferenceSession(self.onnx, so, providers=["CPUExecutionProvider"])
            self.xn = self.x.numpy()
        except Exception as e:  # noqa: BLE001 - reported in the table
            self.errors["ort"] = f"{type(e).__name__}: {e}"
        try:
            import cv2
            cv2.setNumThreads(threads)
            self.cv = cv2.dnn.readNetFromONNX(opencv_compatible(self.onnx))
            self.cv.setInput(self.x.numpy())
            self.cv.forward()
        except Exception as e:  # noqa: BLE001
            self.cv = None
            text = " ".join(str(e).split())
            detail = text[text.find("Node ["):] if "Node [" in text else text
            self.errors["cv-dnn"] = "cannot import the ONNX export: " + detail[:160]

    def run(self, peer, iters, warmup):
        if peer == "eager":
            f = lambda: self.model(self.x)
        elif peer == "ts-frozen":
            f = lambda: self.ts(self.x)
        elif peer == "ort":
            if not self.ort:
                return None
            f = lambda: self.ort.run(None, {"x": self.xn})
        elif peer == "cv-dnn":
            if not self.cv:
                return None
            f = lambda: (self.cv.setInput(self.xn if hasattr(self, "xn") else self.x.numpy()), self.cv.forward())
        times = []
        with torch.inference_mode():
            for i in range(warmup + iters):
                t = time.perf_counter()
                f()
                if i >= warmup:
                    times.append((time.perf_counter() - t) * 1000)
        return times


def run_effscope(cli, name, batch, threads, iters, warmup, fused=True):
    env = dict(os.environ, EFFSCOPE_FUSED_MBCONV="1" if fused else "0")
    out = subprocess.run([cli, "bench", "--model", name, "--batch", str(batch), "--threads", str(threads),
                          "--iters", str(iters), "--warmup", str(warmup), "--json"],
                         check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out)


def measure_peak(cli, threads):
    return json.loads(subprocess.run([cli, "peak", "--threads", str(threads), "--json"], check=True,
                                     capture_output=True, text=True).stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "effscope-cli"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--configs", default="b0:1:10,b0:8:3,b2:1:6,b2:8:2,b4:1:3,b4:8:1,b7:1:1",
                    help="model:batch:iterations-per-round, comma separated")
    ap.add_argument("--pause", type=float, default=0.5, help="seconds of idle before each chunk")
    ap.add_argument("--peers", default="eager,ts-frozen,ort,cv-dnn,effscope-onednn",
                    help="which peers run beside effscope, comma separated")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    names = {"eager": "eager", "ts-frozen": "TorchScript frozen", "ort": "ONNX Runtime", "cv-dnn": "OpenCV DNN",
             "effscope-onednn": "effscope oneDNN only"}
    others = [p for p in args.peers.split(",") if p]
    for p in others:
        if p not in names:
            sys.exit(f"unknown peer '{p}' (known: {', '.join(names)})")
    peers_order = others + ["effscope"]
    configs = []
    for c in args.configs.split(","):
        name, batch, iters = c.split(":")
        configs.append((name, int(batch), int(iters)))
    samples = {(n, b, p): [] for n, b, _ in configs for p in peers_order}
    extra = {}
    peaks = [measure_peak(args.cli, args.threads)]
    with tempfile.TemporaryDirectory() as tmp:
        loaded = {}
        for n, b, _ in configs:
            print(f"preparing {n} batch {b}", flush=True)
            loaded[(n, b)] = Peers(n, b, args.threads, tmp)
        for r in range(args.rounds):
            for n, b, iters in configs:
                p = loaded[(n, b)]
                # a different peer goes first each round, and every chunk starts after a pause:
                # thread pools that spin-wait after their work (OpenMP, ONNX Runtime) must not
                # steal the 2 cores from whichever peer runs next
                k = r % len(peers_order)
                for peer in peers_order[k:] + peers_order[:k]:
                    time.sleep(args.pause)
                    if peer == "effscope":
                        j = run_effscope(args.cli, n, b, args.threads, iters, 1)
                        # the CLI reports aggregate statistics; keep its per-round median
                        samples[(n, b, peer)].append(j["step_ms_median"])
                        extra[(n, b)] = j
                    elif peer == "effscope-onednn":
                        j = run_effscope(args.cli, n, b, args.threads, iters, 1, fused=False)
                        samples[(n, b, peer)].append(j["step_ms_median"])
                    else:
                        t = p.run(peer, iters, 1)
                        if t is not None:
                            samples[(n, b, peer)].extend(t)
                print(f"round {r + 1}/{args.rounds} {n} batch {b} done", flush=True)
        errors = {k: v.errors for k, v in loaded.items()}
    peaks.append(measure_peak(args.cli, args.threads))
    peak = max(p["gflops"] for p in peaks)

    cpu, cores, simd = cpu_info()
    date = datetime.date.today().isoformat()
    import onnxruntime
    import cv2
    lines = [f"# CPU latency, {date}", "",
             f"Machine: {cpu}, {cores} cores visible, {args.threads} threads used by every peer; SIMD: {simd}.",
             f"Versions: effscope {extra[next(iter(extra))]['libtorch'] and 'LibTorch ' + extra[next(iter(extra))]['libtorch']}"
             f" + oneDNN (Debian libdnnl 2.6); Python {platform.python_version()}, torch {torch.__version__}, "
             f"torchvision {torchvision.__version__}, onnxruntime {onnxruntime.__version__}, OpenCV {cv2.__version__}.",
             f"Method: `bench/compare.py --rounds {args.rounds} --configs {args.configs} --peers {args.peers}`; "
             f"{args.rounds} interleaved "
             f"rounds (the first peer rotates each round, {args.pause} s idle before each chunk), 1 warm-up run per "
             "chunk, fp32, random weights, random input. Median step time in ms; "
             "ratio = peer median / effscope median (above 1: effscope is faster).",
             f"Limits (`effscope-cli peak`, {args.threads} threads, before / after the rounds): fp32 "
             f"{peaks[0]['gflops']:.1f} / {peaks[1]['gflops']:.1f} GFLOP/s ({peaks[0]['isa']} FMA loop; one thread "
             f"{peaks[0]['gflops_per_thread']:.1f}), memory {peaks[0]['bandwidth_gbs']:.1f} / "
             f"{peaks[1]['bandwidth_gbs']:.1f} GB/s (triad). oneDNN ran {peaks[0]['dnnl_isa']}. GFLOP/s = 2 x MACs x "
             f"batch / median time; '% peak' against the higher peak ({peak:.1f}).", "",
             "| model | batch | effscope ms | " + " | ".join(f"{names[p]} ms (ratio)" for p in others)
             + " | effscope GFLOP/s (% peak) | ONNX Runtime GFLOP/s (% peak) | effscope model ready ms | peak RSS MB |",
             "|---|---|---|" + "---|" * len(others) + "---|---|---|---|"]
    for n, b, _ in configs:
        ours = statistics.median(samples[(n, b, "effscope")])
        row = [n.upper(), str(b), f"{ours:.1f}"]
        for peer in others:
            s = samples[(n, b, peer)]
            if s:
                m = statistics.median(s)
                row.append(f"{m:.1f} ({m / ours:.2f})")
            else:
                row.append("failed: " + errors[(n, b)].get(peer, "not run").replace("|", "/"))
        flops = 2e9 * extra[(n, b)]["gmacs"] * b
        row.append(f"{flops / ours / 1e6:.1f} ({100 * flops / ours / 1e6 / peak:.0f}%)")
        s = samples.get((n, b, "ort"))
        row.append(f"{flops / statistics.median(s) / 1e6:.1f} ({100 * flops / statistics.median(s) / 1e6 / peak:.0f}%)"
                   if s else "-")
        row.append(f"{extra[(n, b)]['load_ms']:.0f}")
        row.append(f"{extra[(n, b)]['peak_rss_mb']:.0f}")
        lines.append("| " + " | ".join(row) + " |")
    mem = json.loads(subprocess.run([args.cli, "memory", "--json"], check=True, capture_output=True,
                                    text=True).stdout)
    lines += ["", f"effscope memory: B0..B7 all loaded, each with its plan at its crop size: "
              f"{mem['rss_mb']:.0f} MB resident (process start {mem['start_rss_mb']:.0f} MB; after each: "
              + ", ".join(f"{m['model'].upper()} {m['rss_mb']:.0f}" for m in mem["models"]) + " MB).",
              f"effscope layout chosen: {extra[next(iter(extra))].get('layout', '?')}. 'model ready' = build + "
              "fold + (no file) for random weights; with a real file see `effscope-cli bench --weights`."]
    text = "\n".join(lines) + "\n"
    out = args.out or os.path.join(HERE, "results", f"cpu-{date}.md")
    with open(out, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
