#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The second GPU round's stages for tools/gpu_check.py (issue 14), and their CPU side.

profile  Where the time goes, per forward pass: effscope (`effscope-cli bench --trace`, PyTorch's
         Kineto profiler inside LibTorch) beside torchvision's model in eager PyTorch and under
         torch.compile (torch.profiler), for B0 batch 1 and B4 batch 256 in bf16: kernel time per
         pass, launches per pass, the GPU's busy share of the wall time, time by kernel family and
         the top kernels with their share.
e2e      The application's own jobs through the CLI (image decoding included), on the GPU and on
         the CPU, with the results compared: classify on 100 photos, a CAM with every method,
         activations of B7's largest layer, eval on a labelled folder, and classify + Grad-CAM of
         one photo through each of B0..B7. The CPU's wall times come from this (CPU) machine:
         `python3 tools/gpu_jobs.py cpu-reference` (run by `tools/gpu-check.sh prepare`) runs the
         same jobs with the Debian build and stores wall times and results in .gpu-carry/e2e-cpu/.
         On the GPU machine the Lite0 jobs are compared with those results (top-5 identical, CAM
         Pearson >= 0.999); the B0..B7 jobs use seeded weights written there and are compared with
         the same CLI on that machine's CPU.
"""
import argparse
import collections
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CAM_METHODS = ["cam", "gradcam", "gradcam++", "xgradcam", "hirescam", "layercam", "eigencam",
               "scorecam", "ablationcam"]
B_MODELS = ["b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"]
B7_LARGEST = "features.2.0.block.0"  # 192 x 300 x 300 at 600 px (`effscope-cli layers --model b7`)


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


# ------------------------------------------------------------------------------------- traces
FAMILIES = [  # first match wins; the names of cuDNN, cuBLAS, ATen and Triton kernels
    ("triton (fused by torch.compile)", r"^triton_|triton"),
    ("depthwise convolution", r"depthwise|dwconv|conv_depthwise|dgrad2d_grouped|grouped_direct"),
    ("convolution (cuDNN)", r"conv|xmma|implicit_gemm|cudnn|sm\d+_.*fprop|fprop"),
    ("GEMM (cuBLAS)", r"gemm|nvjet|cutlass|cublas"),
    ("pooling / reduction", r"reduce|pool|mean|sum_|norm"),
    ("layout copy", r"copy|memcpy|nchw|nhwc|transpose|permute|memset"),
    ("element-wise", r"elementwise|vectorized|unrolled|silu|sigmoid|mul|add|hardtanh|clamp"),
]


def family(name):
    low = name.lower()
    for fam, pattern in FAMILIES:
        if re.search(pattern, low):
            return fam
    return "other"


def trace_table(path, passes, gpu):
    """Sums a Chrome trace (Kineto's, from LibTorch or torch.profiler) by kernel name. On the GPU:
    kernels, copies and memsets; without one (a dry run): the innermost CPU ops of each thread.
    Per forward pass: total ms, count, busy share of the span, families, top kernels."""
    events = json.load(open(path))
    events = events.get("traceEvents", events) if isinstance(events, dict) else events
    dur = [e for e in events if e.get("ph") == "X" and "dur" in e]
    if gpu:
        kern = [e for e in dur if str(e.get("cat", "")).lower() in ("kernel", "gpu_memcpy", "gpu_memset")]
    else:
        # (PyTorch without Kineto, as Debian's 1.13, writes its ops with no category)
        ops = sorted((e for e in dur if str(e.get("cat", "cpu_op")).lower() == "cpu_op"),
                     key=lambda e: (e.get("tid"), e["ts"], -e["dur"]))
        kern = []
        for i, e in enumerate(ops):  # a leaf: the next op on its thread starts after it ends
            nxt = ops[i + 1] if i + 1 < len(ops) else None
            if nxt is None or nxt.get("tid") != e.get("tid") or nxt["ts"] >= e["ts"] + e["dur"]:
                kern.append(e)
    if not kern:
        raise RuntimeError(f"{os.path.basename(path)}: no {'GPU kernels' if gpu else 'CPU ops'} in the trace")
    total = sum(e["dur"] for e in kern) / 1000.0
    span = (max(e["ts"] + e["dur"] for e in kern) - min(e["ts"] for e in kern)) / 1000.0
    by_name = collections.defaultdict(lambda: [0.0, 0])
    by_family = collections.defaultdict(float)
    for e in kern:
        by_name[e["name"]][0] += e["dur"] / 1000.0
        by_name[e["name"]][1] += 1
        by_family[family(e["name"])] += e["dur"] / 1000.0
    top = sorted(by_name.items(), key=lambda kv: -kv[1][0])[:12]
    return {"passes": passes, "kernel_ms_per_pass": total / passes, "kernels_per_pass": len(kern) / passes,
            "busy_share": total / span if span > 0 else None,
            "families": {f: ms / total for f, ms in sorted(by_family.items(), key=lambda kv: -kv[1])},
            "top": [{"name": n[:140], "ms_per_pass": ms / passes, "calls_per_pass": c / passes, "share": ms / total}
                    for n, (ms, c) in top]}


def profile(args, budget, res):
    import torch
    from gpu_check import DTYPES, Eager, sync
    gpu = args.device.startswith("cuda")
    configs = [("b0", 1, "bf16", 30), ("b4", 256, "bf16", 5)] if not args.dry_run else \
        [("b0", 1, "fp32", 5), ("lite0", 2, "fp32", 3)]
    rows = res["profile"] = []
    for name, batch, dtype, passes in configs:
        size = 64 if args.dry_run else {"b0": 224, "b4": 380}[name]
        row = {"model": name, "batch": batch, "dtype": dtype, "size": size, "engines": {}}
        rows.append(row)
        if budget.left() < 60:
            row["skipped"] = "time budget"
            continue
        path = os.path.join(args.work, f"trace-{name}-{batch}-effscope.json")
        p = subprocess.run([args.cli, "bench", "--model", name, "--batch", str(batch), "--dtype", dtype,
                            "--device", args.device, "--resolution", str(size), "--iters", str(passes),
                            "--warmup", "3", "--trace", path, "--json"], capture_output=True, text=True)
        if p.returncode != 0:
            row["engines"]["effscope"] = {"error": p.stderr.strip()[-300:]}
        else:
            row["engines"]["effscope"] = trace_table(path, passes, gpu)
            row["engines"]["effscope"]["step_ms_median"] = json.loads(p.stdout)["step_ms_median"]
        eager = Eager(name, args.device)
        x = torch.randn(batch, 3, size, size, device=args.device).to(DTYPES[dtype]).contiguous(
            memory_format=torch.channels_last)
        peers = [("eager", None), ("torch.compile", "reduce-overhead" if batch == 1 else "default")]
        for peer, mode in peers:
            if budget.left() < 40:
                row["engines"][peer] = {"error": "time budget"}
                continue
            try:
                m = eager.get(dtype, mode)
                with torch.inference_mode():
                    for _ in range(3):  # compiles, captures, warms cuDNN's choice
                        m(x)
                    sync(args.device)
                    acts = [torch.profiler.ProfilerActivity.CPU] + ([torch.profiler.ProfilerActivity.CUDA] if gpu else [])
                    steps = []
                    with torch.profiler.profile(activities=acts) as prof:
                        for _ in range(passes):
                            t = time.perf_counter()
                            m(x)
                            sync(args.device)
                            steps.append((time.perf_counter() - t) * 1000)
                path = os.path.join(args.work, f"trace-{name}-{batch}-{peer}.json")
                prof.export_chrome_trace(path)
                row["engines"][peer] = trace_table(path, passes, gpu)
                row["engines"][peer]["step_ms_median"] = statistics.median(steps)
                if mode:
                    row["engines"][peer]["mode"] = mode
            except Exception as e:  # noqa: BLE001 - reported, the other engines still count
                row["engines"][peer] = {"error": str(e).splitlines()[0][:300]}
        for eng, t in row["engines"].items():
            if "error" in t:
                log(f"profile {name} batch {batch} {eng}: {t['error']}")
            else:
                log(f"profile {name} batch {batch} {eng}: {t['kernel_ms_per_pass']:.3f} ms of kernels in "
                    f"{t['kernels_per_pass']:.0f} launches per pass, busy {t['busy_share'] or 0:.0%}; top: "
                    f"{t['top'][0]['name'][:60]} {t['top'][0]['share']:.0%}")
        del eager
        if gpu:
            torch.cuda.empty_cache()
        for f in glob.glob(os.path.join(args.work, "trace-*.json")):
            shutil.copy(f, args.out)  # the raw traces come back with the results


def profile_report(res):
    L = []
    if not res.get("profile"):
        return L
    L += ["", "## Profile: where a forward pass's time goes (Kineto traces: effscope through LibTorch, "
          "PyTorch through torch.profiler)", ""]
    for r in res["profile"]:
        L.append(f"### {r['model']} batch {r['batch']} {r['dtype']} at {r['size']} px")
        if "skipped" in r:
            L += ["", f"Not measured ({r['skipped']}).", ""]
            continue
        L += ["", "| engine | step ms (median, traced) | kernel ms per pass | launches per pass | GPU busy share | "
              "largest families |", "|---|---|---|---|---|---|"]
        for eng, t in r["engines"].items():
            if "error" in t:
                L.append(f"| {eng} | not measured: {t['error']} | | | | |")
                continue
            fams = ", ".join(f"{f} {s:.0%}" for f, s in list(t["families"].items())[:4])
            L.append(f"| {eng}{' (' + t['mode'] + ')' if t.get('mode') else ''} | {t['step_ms_median']:.3f} | "
                     f"{t['kernel_ms_per_pass']:.3f} | {t['kernels_per_pass']:.0f} | "
                     f"{(t['busy_share'] or 0):.0%} | {fams} |")
        for eng, t in r["engines"].items():
            if "error" in t:
                continue
            L += ["", f"Top kernels, {eng}:", "", "| kernel | ms per pass | calls per pass | share |", "|---|---|---|---|"]
            for k in t["top"][:8]:
                L.append(f"| `{k['name'][:100]}` | {k['ms_per_pass']:.4f} | {k['calls_per_pass']:.1f} | {k['share']:.1%} |")
        L.append("")
    return L


# ------------------------------------------------------------------------------------- e2e jobs
def run_cli(cli, argv, device):
    """One job as a user runs it: a fresh process; wall time includes start-up, model load and
    image decoding."""
    cmd = [cli] + argv + ["--device", device]
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:3])} on {device}: {p.stderr.strip()[-300:]}")
    return wall, (json.loads(p.stdout) if p.stdout.strip().startswith(("{", "[")) else p.stdout)


def photo_set(carry):
    d = os.path.join(carry, "e2e", "photos")
    return sorted(os.path.join(d, f) for f in os.listdir(d))


def lite0_jobs(carry, out):
    """(name, argv without --device, outputs to compare) for the jobs on the real Lite0 weights."""
    w = os.path.join(carry, "efficientnet-lite0.pth")
    photos = photo_set(carry)
    one = os.path.join(carry, "e2e", "photos", "baboon.jpg")
    jobs = [("classify 100 photos", ["classify", "--model", "lite0", "--weights", w, "--topk", "5", "--json"] + photos,
             {})]
    for m in CAM_METHODS:
        raw = os.path.join(out, f"cam-{m}.npy")
        jobs.append((f"cam {m}", ["cam", "--model", "lite0", "--weights", w, "--method", m, "--out",
                                  os.path.join(out, f"cam-{m}.png"), "--raw", raw, "--json", one], {"raw": raw}))
    jobs.append(("eval labelled folder", ["eval", "--model", "lite0", "--weights", w, "--dir",
                                          os.path.join(carry, "e2e", "labelled"), "--json"], {}))
    return jobs


def b_jobs(weights_dir, carry, out):
    one = os.path.join(carry, "e2e", "photos", "baboon.jpg")
    jobs = []
    for name in B_MODELS:
        w = os.path.join(weights_dir, f"{name}.safetensors")
        jobs.append((f"{name} classify", ["classify", "--model", name, "--weights", w, "--topk", "5", "--json", one], {}))
        raw = os.path.join(out, f"{name}-gradcam.npy")
        jobs.append((f"{name} gradcam", ["cam", "--model", name, "--weights", w, "--method", "gradcam", "--no-metrics",
                                         "--out", os.path.join(out, f"{name}-gradcam.png"), "--raw", raw, "--json", one],
                     {"raw": raw}))
    w = os.path.join(weights_dir, "b7.safetensors")
    jobs.append(("b7 activations " + B7_LARGEST, ["activations", "--model", "b7", "--weights", w, "--layer", B7_LARGEST,
                                                  "--out", os.path.join(out, "b7-activations.png"), "--json", one], {}))
    return jobs


def summary(result):
    """What a job's output says that must not depend on the device."""
    if isinstance(result, list) and result and "top" in result[0]:  # classify
        # ties (seeded weights on a photo: probabilities that underflow to exactly 0) in index
        # order, since top-k orders equal values differently on each device
        return {"top5_classes": [[t["index"] for t in sorted(r["top"], key=lambda t: (-t["prob"], t["index"]))]
                         for r in result]}
    if isinstance(result, dict) and "method" in result:  # cam
        return {"class": result["class"]}
    if isinstance(result, dict) and "channels" in result:  # activations
        return {"channel_means": [c.get("mean") for c in result["channels"]]}
    if isinstance(result, dict) and "top1" in result:  # eval
        return {k: result[k] for k in ("images", "top1", "top5") if k in result}
    return {}


def compare(name, ref, got, ref_dir, got_dir, files):
    """ref / got: summaries; files: the raw CAM maps of both runs."""
    from gpu_check import pearson
    row = {}
    if "top5_classes" in ref:
        row["top5_identical"] = ref["top5_classes"] == got["top5_classes"]
        row["items"] = len(ref["top5_classes"])
    if "class" in ref:
        row["class_equal"] = ref["class"] == got["class"]
    if "raw" in files:
        a = np.load(os.path.join(ref_dir, os.path.basename(files["raw"])))
        b = np.load(os.path.join(got_dir, os.path.basename(files["raw"])))
        row["pearson"] = pearson(a, b) if a.shape == b.shape else None
    if "channel_means" in ref:
        x, y = np.array(ref["channel_means"], float), np.array(got["channel_means"], float)
        row["channel_means_rel_diff"] = float(np.abs(x - y).max() / max(np.abs(x).max(), 1e-12))
    if "top1" in ref:
        row["accuracy_equal"] = all(ref.get(k) == got.get(k) for k in ("images", "top1", "top5"))
    row["pass"] = (row.get("top5_identical", True) and row.get("class_equal", True)
                   and (row.get("pearson") is None and "raw" not in files or (row.get("pearson") or 0) >= 0.999)
                   and row.get("channel_means_rel_diff", 0) <= 1e-3 and row.get("accuracy_equal", True))
    return row


def e2e(args, budget, res):
    """On the GPU machine: the jobs on CUDA, compared with the CPU (this machine's CPU reference for
    Lite0, the same CLI on that machine's CPU for B0..B7)."""
    cli = os.path.join(args.carry, "bin", "effscope-cli")  # built with OpenCV (static) on the CPU machine
    ref_dir = os.path.join(args.carry, "e2e-cpu")
    if not os.path.exists(os.path.join(ref_dir, "results.json")):
        raise RuntimeError(".gpu-carry/e2e-cpu is missing: run 'bash tools/gpu-check.sh prepare' on the CPU machine")
    ref = json.load(open(os.path.join(ref_dir, "results.json")))
    out = os.path.join(args.work, "e2e-gpu")
    os.makedirs(out, exist_ok=True)
    rows = res["e2e"] = {"cpu_machine": ref["machine"], "rows": []}
    for name, argv, files in lite0_jobs(args.carry, out):
        if budget.left() < 20:
            rows["rows"].append({"job": name, "skipped": "time budget"})
            continue
        try:
            wall, result = run_cli(cli, argv, args.device)
            row = {"job": name, "gpu_wall_s": wall, "cpu_wall_s": ref["jobs"][name]["wall_s"],
                   "compared_with": "the CPU machine (Debian build)"}
            row.update(compare(name, ref["jobs"][name]["summary"], summary(result), ref_dir, out, files))
        except Exception as e:  # noqa: BLE001 - the next job still runs
            row = {"job": name, "error": str(e)}
        log("e2e", json.dumps(row))
        rows["rows"].append(row)
    # B0..B7: seeded weights (the parity stage's files when it ran), GPU against this machine's CPU
    from gpu_check import save_weights, seeded
    wdir = args.work
    cpu_out = os.path.join(args.work, "e2e-cpu-here")
    os.makedirs(cpu_out, exist_ok=True)
    models = ["b0"] if args.dry_run else B_MODELS
    for idx, m in enumerate(B_MODELS):
        if m in models and not os.path.exists(os.path.join(wdir, f"{m}.safetensors")):
            save_weights(seeded(m, idx), os.path.join(wdir, f"{m}.safetensors"))
    for name, argv, files in b_jobs(wdir, args.carry, out):
        if name.split()[0] not in models:
            continue
        if budget.left() < 30:
            rows["rows"].append({"job": name, "skipped": "time budget"})
            continue
        try:
            wall, result = run_cli(cli, argv, args.device)
            argv_cpu = [a.replace(out, cpu_out) for a in argv]
            _, result_cpu = run_cli(cli, argv_cpu, "cpu")
            row = {"job": name, "gpu_wall_s": wall, "cpu_wall_s": ref["jobs"].get(name, {}).get("wall_s"),
                   "compared_with": "the same CLI on that machine's CPU"}
            row.update(compare(name, summary(result_cpu), summary(result), cpu_out, out, files))
        except Exception as e:  # noqa: BLE001
            row = {"job": name, "error": str(e)}
        log("e2e", json.dumps(row))
        rows["rows"].append(row)
    bad = [r["job"] for r in rows["rows"] if "pass" in r and not r["pass"]] + \
          [r["job"] for r in rows["rows"] if "error" in r]
    if bad:
        res.setdefault("errors", []).append("e2e: " + ", ".join(bad))


def e2e_report(res):
    e = res.get("e2e")
    if not e:
        return []
    L = ["", "## End to end: the application's jobs through effscope-cli (fresh process each: start-up, load, "
         "decode, compute)", "",
         f"CPU wall times: {e['cpu_machine']}. Results: Lite0 jobs against that machine's CPU results (Debian build); "
         "B0..B7 (seeded weights) against the same CLI on the GPU machine's CPU.", "",
         "| job | GPU wall s | CPU wall s | CPU / GPU | top-5 identical | CAM Pearson | other | pass |",
         "|---|---|---|---|---|---|---|---|"]
    for r in e["rows"]:
        if "skipped" in r or "error" in r:
            L.append(f"| {r['job']} | not measured: {r.get('skipped') or r.get('error')} | | | | | | |")
            continue
        ratio = f"{r['cpu_wall_s'] / r['gpu_wall_s']:.1f}" if r.get("cpu_wall_s") else "—"
        other = []
        if "class_equal" in r:
            other.append("class " + ("equal" if r["class_equal"] else "DIFFERS"))
        if "accuracy_equal" in r:
            other.append("top-1/top-5 " + ("equal" if r["accuracy_equal"] else "DIFFER"))
        if "channel_means_rel_diff" in r:
            other.append(f"channel means within {r['channel_means_rel_diff']:.1e}")
        L.append(f"| {r['job']} | {r['gpu_wall_s']:.2f} | {r['cpu_wall_s'] or 0:.2f} | {ratio} | "
                 f"{'' if 'top5_identical' not in r else ('yes' if r['top5_identical'] else 'NO') + ' (' + str(r['items']) + ')'} | "
                 f"{'' if r.get('pearson') is None else format(r['pearson'], '.5f')} | {'; '.join(other)} | "
                 f"{'yes' if r['pass'] else 'NO'} |")
    return L


# ------------------------------------------------------------------------------------- CPU side
def make_inputs(carry, photos_dir, labels_from):
    """.gpu-carry/e2e/: 100 photos (the opencv-doc photos, topped up with mirrored copies) and a
    labelled folder (one subfolder per class index)."""
    import cv2
    d = os.path.join(carry, "e2e", "photos")
    shutil.rmtree(os.path.join(carry, "e2e"), ignore_errors=True)
    os.makedirs(d)
    src = sorted(f for f in os.listdir(photos_dir) if f.lower().endswith((".jpg", ".png")))
    for f in src:
        shutil.copy(os.path.join(photos_dir, f), d)
    extra = [f for f in src if "mirrored-" + os.path.splitext(f)[0] + ".jpg" in KNOWN] + \
        [f for f in src if "mirrored-" + os.path.splitext(f)[0] + ".jpg" not in KNOWN]
    for f in extra[:max(0, 100 - len(src))]:
        img = cv2.imread(os.path.join(photos_dir, f), cv2.IMREAD_COLOR)
        cv2.imwrite(os.path.join(d, "mirrored-" + os.path.splitext(f)[0] + ".jpg"), img[:, ::-1],
                    [cv2.IMWRITE_JPEG_QUALITY, 95])
    # labelled folder: the photos whose class is known (the test suite's), by class index
    for f, idx in labels_from.items():
        if os.path.exists(os.path.join(d, f)):
            os.makedirs(os.path.join(carry, "e2e", "labelled", str(idx)), exist_ok=True)
            shutil.copy(os.path.join(d, f), os.path.join(carry, "e2e", "labelled", str(idx), f))


# the photos whose ImageNet class the test suite relies on, and their mirrored copies
KNOWN = {"baboon.jpg": 372, "orange.jpg": 950, "squirrel_cls.jpg": 335,
         "mirrored-baboon.jpg": 372, "mirrored-orange.jpg": 950, "mirrored-squirrel_cls.jpg": 335}


def cpu_reference(args):
    carry = args.carry
    make_inputs(carry, args.photos, KNOWN)
    out = os.path.join(carry, "e2e-cpu")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    results = {"machine": f"{cpu}, {os.cpu_count()} CPUs, effscope's Debian build ({args.cli})", "jobs": {}}
    wdir = args.weights
    os.makedirs(wdir, exist_ok=True)
    sys.path.insert(0, HERE)
    from gpu_check import save_weights, seeded
    models = ["b0"] if args.quick else B_MODELS
    for idx, m in enumerate(B_MODELS):
        if m in models and not os.path.exists(os.path.join(wdir, f"{m}.safetensors")):
            log("seeded weights", m)
            save_weights(seeded(m, idx), os.path.join(wdir, f"{m}.safetensors"))
    jobs = lite0_jobs(carry, out) + [j for j in b_jobs(wdir, carry, out) if j[0].split()[0] in models]
    for name, argv, files in jobs:
        wall, result = run_cli(args.cli, argv, "cpu")
        results["jobs"][name] = {"wall_s": wall, "summary": summary(result)}
        log(f"cpu {name}: {wall:.2f} s")
    for f in glob.glob(os.path.join(out, "*.png")):
        os.remove(f)  # the overlays are not compared; the raw maps are
    for f in glob.glob(os.path.join(out, "b*-gradcam.npy")):
        os.remove(f)  # B0..B7 are compared on the GPU machine (its own seeded weights)
    json.dump(results, open(os.path.join(out, "results.json"), "w"), indent=1)


def main():
    ap = argparse.ArgumentParser(description="CPU side of the e2e stage (the GPU side runs inside gpu_check.py)")
    ap.add_argument("action", choices=["cpu-reference"])
    ap.add_argument("--cli", required=True, help="effscope-cli of the Debian build (the CPU product)")
    ap.add_argument("--carry", required=True)
    ap.add_argument("--photos", required=True, help="opencv-doc's examples/data")
    ap.add_argument("--weights", required=True, help="a folder for the seeded B0..B7 safetensors (not carried)")
    ap.add_argument("--quick", action="store_true", help="B0 only (to try the script)")
    args = ap.parse_args()
    cpu_reference(args)


if __name__ == "__main__":
    main()
