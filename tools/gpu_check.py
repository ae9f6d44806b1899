#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The GPU proof run by tools/gpu-check.sh: parity and speed of effscope's CUDA engine.

(a) parity: every preset with seeded, non-degenerate weights written here as safetensors
    (B0..B7 from torchvision's models, Lite0..4 from timm's tf_efficientnet_lite*, whose keys
    effscope reads), effscope on CUDA vs effscope on the CPU vs the reference model in PyTorch
    eager on the GPU (fp32, TF32 off): max |diff| <= 1e-3 x the reference logits' std. The real
    Lite0 checkpoint on the opencv-doc photos (preprocessed on the CPU machine, carried as .npy):
    bf16 and fp16 on CUDA give fp32's top-1. Class activation maps on CUDA vs the CPU, every
    method: Pearson >= 0.999.
(b) speed: B0..B7 at batch 1 and 256 (B7: 64), fp32 / bf16 / fp16, effscope (`effscope-cli
    bench --serve`) against torchvision's model in eager PyTorch (channels-last, the same dtype,
    inference_mode, cuDNN benchmark mode, TF32 off in fp32 for both) and torch.compile for
    B0 / B4 / B7 in bf16 ("reduce-overhead" at batch 1, the default mode at batch 256), in
    interleaved rounds; medians of all timed steps. Then the model switch: B7 with its weights
    file, loaded and its first result read back.

Work is done in priority order against a time budget; what the budget leaves out is listed as
not measured in the report, never estimated. Writes <out>/gpu-check.json and the Markdown
report (--report). --dry-run runs the same code on the CPU with two small models and tiny
batches (to try the script where there is no GPU; its numbers mean nothing).
"""
import argparse
import copy
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

CROPS = {"b0": 224, "b1": 240, "b2": 288, "b3": 300, "b4": 380, "b5": 456, "b6": 528, "b7": 600,
         "lite0": 224, "lite1": 240, "lite2": 260, "lite3": 280, "lite4": 300}
CAM_METHODS = ["cam", "gradcam", "gradcam++", "xgradcam", "hirescam", "layercam", "eigencam",
               "scorecam", "ablationcam"]


class Budget:
    def __init__(self, seconds):
        self.end = time.monotonic() + seconds

    def left(self):
        return self.end - time.monotonic()


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


# -------------------------------------------------------------------------------- models
def reference_model(name):
    """The independent implementation of a preset, in eval mode, on the CPU."""
    if name.startswith("lite"):
        import timm
        return timm.create_model("tf_efficientnet_" + name, pretrained=False).eval()
    from torchvision.models import efficientnet as tv
    return getattr(tv, "efficientnet_" + name)().eval()


def seeded(name, idx, calib=None):
    """Reference model with non-degenerate seeded weights (tools/make_parity_fixtures.py); BN
    statistics measured at `calib` px (default: the crop size)."""
    from make_parity_fixtures import randomize
    model = reference_model(name)
    g = torch.Generator().manual_seed(5000 + idx)
    torch.manual_seed(6000 + idx)
    if name.startswith("lite"):
        project = {id(getattr(b, "bn3", None) or b.bn2) for stage in model.blocks for b in stage}
    else:
        from torchvision.models import efficientnet as tv
        project = {id(m.block[-1][1]) for m in model.modules() if isinstance(m, tv.MBConv)}
    randomize(model, g, project, calib or CROPS[name])
    return model


def save_weights(model, path):
    from safetensors.torch import save_file
    save_file({k: v.detach().contiguous() for k, v in model.state_dict().items()
               if not k.endswith("num_batches_tracked")}, path)


# -------------------------------------------------------------------------------- effscope
def cli_forward(cli, model, weights, x_path, device, dtype="fp32", cam=None, extra=()):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "logits.npy")
        cmd = [cli, "forward", "--model", model, "--input", x_path, "--out", out, "--device", device,
               "--dtype", dtype, "--json"]
        if weights:
            cmd += ["--weights", weights]
        if cam:
            cmd += ["--cam", cam, "--cam-out", os.path.join(tmp, "cam.npy"), *extra]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[1:4])} on {device}: {p.stderr.strip()[-400:]}")
        info = json.loads(p.stdout)
        maps = np.load(os.path.join(tmp, "cam.npy")) if cam else None
        return np.load(out), info, maps


class Serve:
    """effscope-cli bench --serve: one request per line, models kept loaded."""

    def __init__(self, cli, device):
        self.p = subprocess.Popen([cli, "bench", "--serve", "--device", device], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True, bufsize=1)

    def ask(self, **request):
        self.p.stdin.write(json.dumps(request) + "\n")
        self.p.stdin.flush()
        line = self.p.stdout.readline()
        if not line:
            raise RuntimeError("effscope-cli bench --serve ended (see its stderr above)")
        r = json.loads(line)
        if "error" in r:
            raise RuntimeError("effscope: " + r["error"])
        return r

    def close(self):
        self.p.stdin.close()
        self.p.wait(timeout=60)


# -------------------------------------------------------------------------------- parity
def parity(args, budget, res):
    names = ["b0", "lite0"] if args.dry_run else list(CROPS)
    rows = res["parity"] = []
    for idx, name in enumerate(names):
        if budget.left() < 30:
            rows.append({"model": name, "skipped": "time budget"})
            continue
        try:
            rows.append(parity_one(args, name, idx))
        except Exception as e:  # noqa: BLE001 - the next model still runs
            rows.append({"model": name, "error": str(e)})
            res.setdefault("errors", []).append(f"parity {name}: {e}")
            log("ERROR parity", name, e)


def parity_one(args, name, idx):
    """effscope on the GPU and on the CPU against PyTorch eager on the GPU, all three measured
    against the same model in float64 (on the GPU): a seeded deep network can amplify float32
    rounding far beyond 1e-3 x std (B6's seeds in the first run: PyTorch's own float32 is 6.5e-2
    off its float64), so an implementation passes within max(1e-3, 2 x PyTorch float32's own
    distance to float64) of the float64 logits, with the same top-1."""
    dev = args.device
    model = seeded(name, idx)
    w = os.path.join(args.work, f"{name}.safetensors")
    save_weights(model, w)
    size = 64 if args.dry_run else CROPS[name]
    g = torch.Generator().manual_seed(7000 + idx)
    x = torch.randn(2, 3, size, size, generator=g)
    x_path = os.path.join(args.work, f"{name}_x.npy")
    np.save(x_path, x.numpy())
    with torch.inference_mode():
        ref = model.to(dev)(x.to(dev)).double().cpu()
        truth = model.double()(x.to(dev, torch.float64)).cpu()
    model.cpu().float()
    std = truth.std().item()
    spread = (truth[0] - truth[1]).std().item() / std
    y_gpu, info_gpu, _ = cli_forward(args.cli, name, w, x_path, dev)
    y_cpu, info_cpu, _ = cli_forward(args.cli, name, w, x_path, "cpu")
    t, r = truth.numpy(), ref.numpy()
    err = lambda y: float(np.abs(y.astype(np.float64) - t).max() / std)
    row = {"model": name, "input": list(x.shape), "logit_std": std, "input_dependence": spread,
           "torch_fp32_vs_fp64": err(r), "effscope_gpu_vs_fp64": err(y_gpu), "effscope_cpu_vs_fp64": err(y_cpu),
           "effscope_gpu_vs_torch": float(np.abs(y_gpu - r).max() / std),
           "effscope_cpu_vs_torch": float(np.abs(y_cpu - r).max() / std),
           "effscope_gpu_vs_cpu": float(np.abs(y_gpu - y_cpu).max() / std),
           "engine_gpu": info_gpu["engine"], "engine_cpu": info_cpu["engine"],
           "top1_equal": bool((y_gpu.argmax(1) == t.argmax(1)).all() and (y_cpu.argmax(1) == t.argmax(1)).all())}
    row["tolerance"] = max(1e-3, 2 * row["torch_fp32_vs_fp64"])
    row["pass"] = (std > 0.3 and spread > 0.05 and row["top1_equal"]
                   and max(row["effscope_gpu_vs_fp64"], row["effscope_cpu_vs_fp64"]) <= row["tolerance"])
    log(f"parity {name}: vs float64: torch fp32 {row['torch_fp32_vs_fp64']:.1e}, effscope GPU "
        f"{row['effscope_gpu_vs_fp64']:.1e}, CPU {row['effscope_cpu_vs_fp64']:.1e}; GPU-torch "
        f"{row['effscope_gpu_vs_torch']:.1e}, GPU-CPU {row['effscope_gpu_vs_cpu']:.1e} (x logit std {std:.2f}) "
        f"{'ok' if row['pass'] else 'FAIL'}")
    return row


def lite0_precisions(args, budget, res):
    """The real Lite0 checkpoint on the photos: top-1 in every precision against fp32."""
    x_path = os.path.join(args.carry, "photos_lite.npy")
    w = os.path.join(args.carry, "efficientnet-lite0.pth")
    names = json.load(open(os.path.join(args.carry, "photos.json")))
    ref32, _, _ = cli_forward(args.cli, "lite0", w, x_path, "cpu")
    out = {"photos": names["files"], "rows": []}
    oracle = np.load(os.path.join(args.carry, "photos_lite_reference_logits.npy"))
    out["cpu_fp32_top1_vs_reference_implementation"] = bool((ref32.argmax(1) == oracle.argmax(1)).all())
    for dtype in (["fp32", "bf16"] if args.dry_run else ["fp32", "bf16", "fp16"]):
        y, info, _ = cli_forward(args.cli, "lite0", w, x_path, args.device, dtype)
        p, p32 = softmax(y), softmax(ref32)
        row = {"dtype": dtype, "engine": info["engine"], "top1": y.argmax(1).tolist(),
               "top1_equal": bool((y.argmax(1) == ref32.argmax(1)).all()),
               "max_prob_diff": float(np.abs(p - p32).max())}
        log(f"lite0 {dtype} on {args.device}: top-1 {'equal' if row['top1_equal'] else 'DIFFERS'}, "
            f"max prob diff {row['max_prob_diff']:.4f}")
        out["rows"].append(row)
    res["lite0"] = out


def softmax(y):
    e = np.exp(y - y.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def pearson(a, b):
    a = a.astype(np.float64).ravel() - a.mean()
    b = b.astype(np.float64).ravel() - b.mean()
    d = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / d) if d > 0 else (1.0 if np.allclose(a, b) else 0.0)


def cams(args, budget, res, methods, photos):
    """CAMs on the GPU against the CPU (the same effscope build), real Lite0 weights, on photos."""
    full = np.load(os.path.join(args.carry, "photos_lite.npy"))
    x_path = os.path.join(args.work, "cam_x.npy")
    np.save(x_path, full[:photos])
    w = os.path.join(args.carry, "efficientnet-lite0.pth")
    rows = res.setdefault("cams", [])
    for m in methods:
        if budget.left() < 25:
            rows.append({"method": m, "skipped": "time budget"})
            continue
        _, ig, mg = cli_forward(args.cli, "lite0", w, x_path, args.device, cam=m)
        _, ic, mc = cli_forward(args.cli, "lite0", w, x_path, "cpu", cam=m)
        rs = [pearson(mg[i], mc[i]) for i in range(len(mg))]
        row = {"method": m, "photos": len(mg), "pearson_min": min(rs),
               "classes_equal": [a["class"] for a in ig["cams"]] == [a["class"] for a in ic["cams"]],
               "gpu_ms": [a["ms"] for a in ig["cams"]], "cpu_ms": [a["ms"] for a in ic["cams"]]}
        row["pass"] = row["pearson_min"] >= 0.999 and row["classes_equal"]
        log(f"cam {m}: Pearson min {row['pearson_min']:.5f} over {len(mg)} photos, gpu "
            f"{statistics.median(row['gpu_ms']):.1f} ms, cpu {statistics.median(row['cpu_ms']):.1f} ms")
        rows.append(row)


# -------------------------------------------------------------------------------- speed
DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}


class Eager:
    def __init__(self, name, device):
        self.name, self.device = name, device
        self.base = reference_model(name)
        self.models = {}

    def get(self, dtype, compiled=None):
        """The model in `dtype`, channels-last, on the device (its own copy per dtype), compiled
        with torch.compile's `compiled` mode when one is named."""
        if (dtype, None) not in self.models:
            self.models[(dtype, None)] = copy.deepcopy(self.base).to(self.device, DTYPES[dtype]).to(
                memory_format=torch.channels_last)
        if compiled and (dtype, compiled) not in self.models:
            self.models[(dtype, compiled)] = torch.compile(self.models[(dtype, None)], mode=compiled)
        return self.models[(dtype, compiled)]


def sync(device):
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def time_torch(model, x, iters, warmup, device):
    times = []
    with torch.inference_mode():
        for i in range(warmup + iters):
            t = time.perf_counter()
            model(x)
            sync(device)
            if i >= warmup:
                times.append((time.perf_counter() - t) * 1000)
    return times


def speed(args, budget, res, serve, name, batch, dtype, compile_modes):
    key = f"{name}/{batch}/{dtype}"
    size = 64 if args.dry_run else CROPS[name]
    row = res["speed"].setdefault(key, {"model": name, "batch": batch, "dtype": dtype, "size": size,
                                        "effscope": [], "eager": []})
    eager = args.eager_cache.setdefault(name, Eager(name, args.device))
    x = torch.randn(batch, 3, size, size, device=args.device).to(DTYPES[dtype]).contiguous(
        memory_format=torch.channels_last)
    peers = {"eager": eager.get(dtype)}
    t0 = time.monotonic()
    for mode in compile_modes:
        try:
            m = eager.get(dtype, mode)
            time_torch(m, x, 1, 2, args.device)  # compiles (and captures, for reduce-overhead)
            peers["compile-" + mode] = m
            row.setdefault("compile-" + mode, [])
            row.setdefault("compile_s", {})[mode] = time.monotonic() - t0
        except Exception as e:  # noqa: BLE001 - reported, not fatal
            row.setdefault("errors", []).append(f"torch.compile {mode}: {str(e).splitlines()[0][:200]}")
    # calibrate: about 0.25 s of steps per peer and round, 3..40 steps
    first = serve.ask(model=name, batch=batch, dtype=dtype, iters=2, warmup=2, resolution=size)
    row["effscope_info"] = {k: first[k] for k in ("engine", "load_ms", "first_run_ms", "peak_gpu_mb", "gmacs",
                                                  "estimated_bytes") if k in first}
    step = max(first["step_ms_median"], 0.01)
    iters = int(min(40, max(3, 250 / step)))
    order = ["effscope"] + list(peers)
    for r in range(args.rounds):
        for peer in order[r % len(order):] + order[:r % len(order)]:
            if peer == "effscope":
                row["effscope"] += serve.ask(model=name, batch=batch, dtype=dtype, iters=iters, warmup=1,
                                             resolution=size)["steps_ms"]
            else:
                row[peer] += time_torch(peers[peer], x, iters, 1, args.device)
    med = {p: statistics.median(row[p]) for p in order if row.get(p)}
    log(f"speed {key}: " + ", ".join(f"{p} {v:.3f} ms" for p, v in med.items()))


def speed_all(args, budget, res):
    res["speed"] = {}
    res["skipped"] = []
    models = ["b0", "lite0"] if args.dry_run else ["b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"]
    big = lambda n: 2 if args.dry_run else (64 if n == "b7" else 256)
    compile_ok = hasattr(torch, "compile") and not args.no_compile
    tiers = [(t, t == "compile") for t in args.tiers.split(",")]
    if args.dry_run:
        tiers = [t for t in tiers if t[0] != "fp16"]  # fp16 convolutions need CUDA
    serve = Serve(args.cli, args.device)
    try:
        for tier, is_compile in tiers:
            for name in models:
                if is_compile and (name not in ("b0", "b4", "b7") or not compile_ok):
                    continue
                if args.speed_only and f"{name}/{tier}" not in args.speed_only.split(","):
                    continue
                dtype = "bf16" if is_compile else tier
                for batch in (1, big(name)):
                    need = 40 if is_compile else 12 + (10 if name in ("b6", "b7") else 0)
                    if budget.left() < need:
                        res["skipped"].append(f"{name} batch {batch} {tier}")
                        continue
                    try:
                        if is_compile:
                            modes = ["reduce-overhead"] if batch == 1 else ["default"]
                            speed_compile_only(args, res, serve, name, batch, modes)
                        else:
                            speed(args, budget, res, serve, name, batch, dtype, [])
                    except Exception as e:  # noqa: BLE001
                        res.setdefault("errors", []).append(f"{name} batch {batch} {tier}: {e}")
                        log("ERROR", name, batch, tier, e)
                serve.ask(drop=True)
                if name in args.eager_cache:
                    args.eager_cache[name].models.clear()
                if args.device.startswith("cuda"):
                    torch.cuda.empty_cache()
        # model switch: B7 (or the dry run's B0) with its weights file, in a process that has
        # already run something (a running application switching models)
        name = "b0" if args.dry_run else "b7"
        w = os.path.join(args.work, f"{name}.safetensors")
        if os.path.exists(w) and budget.left() > 15 and (not args.speed_only or name + "/bf16" in args.speed_only):
            serve.ask(drop=True)
            first = serve.ask(model=name, weights=w, batch=1, dtype="fp32", iters=3, warmup=1,
                              resolution=64 if args.dry_run else 0)
            res["model_switch"] = {"model": name, "load_ms": first["load_ms"], "first_run_ms": first["first_run_ms"],
                                   "weights": os.path.basename(w)}
            log(f"model switch {name}: load {first['load_ms']:.0f} ms + first result {first['first_run_ms']:.0f} ms")
    finally:
        serve.close()


def speed_compile_only(args, res, serve, name, batch, modes):
    """torch.compile in bf16, interleaved with effscope and eager again (its own rounds)."""
    key = f"{name}/{batch}/bf16"
    saved = res["speed"].get(key)
    tmp = {"speed": {}}
    speed(args, None, tmp, serve, name, batch, "bf16", modes)
    row = tmp["speed"][key]
    if saved is not None:
        saved["compile_rounds"] = row
    else:
        res["speed"][key] = row


def use_built_cli(args, budget, res):
    """Waits for the build on this machine and switches to its CLI after checking that it gives
    the same logits as the carried one."""
    t0 = time.monotonic()
    while args.build_status and not os.path.exists(args.build_status) and time.monotonic() - t0 < 300:
        time.sleep(1)
    if args.build_status and os.path.exists(args.build_status):
        st, secs = open(args.build_status).read().split()
        res["build"] = {"status": int(st), "seconds": int(secs), "waited_s": time.monotonic() - t0}
    else:
        res["build"] = {"status": None, "waited_s": time.monotonic() - t0}
    if args.built_cli == args.cli or res["build"].get("status") != 0:
        log("build on this machine:", res["build"])
        return
    x_path = os.path.join(args.carry, "photos_lite.npy")
    w = os.path.join(args.carry, "efficientnet-lite0.pth")
    a, _, _ = cli_forward(args.cli, "lite0", w, x_path, args.device)
    b, _, _ = cli_forward(args.built_cli, "lite0", w, x_path, args.device)
    res["build"]["max_diff_vs_carried"] = float(np.abs(a - b).max())
    args.cli = args.built_cli
    log("build on this machine:", res["build"])


# -------------------------------------------------------------------------------- report
def versions(args):
    v = {"python": platform.python_version(), "torch": torch.__version__}
    try:
        import torchvision
        v["torchvision"] = torchvision.__version__
    except ImportError:
        pass
    try:
        import timm
        v["timm"] = timm.__version__
    except ImportError:
        pass
    if args.device.startswith("cuda"):
        v["gpu"] = torch.cuda.get_device_name(0)
        v["cuda"] = torch.version.cuda
        v["cudnn"] = torch.backends.cudnn.version()
        try:
            v["driver"] = subprocess.run(["nvidia-smi", "--query-gpu=driver_version,memory.total,clocks.max.sm",
                                          "--format=csv,noheader"], capture_output=True, text=True).stdout.strip()
        except OSError:
            pass
    v["cpu"] = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    v["cpu_count"] = os.cpu_count()
    v["effscope_devices"] = subprocess.run([args.cli, "devices"], capture_output=True, text=True).stdout.strip()
    return v


def report(args, res):
    v = res["versions"]
    L = [f"# GPU check, {datetime.date.today().isoformat()}" + (" (DRY RUN on the CPU: numbers mean nothing)"
                                                               if args.dry_run else ""), ""]
    L.append(f"Machine: {v.get('gpu', 'no GPU')} ({v.get('driver', '')}); {v['cpu']}, {v['cpu_count']} CPUs. "
             f"PyTorch {v['torch']} (CUDA {v.get('cuda')}, cuDNN {v.get('cudnn')}), torchvision "
             f"{v.get('torchvision')}, timm {v.get('timm')}, Python {v['python']}. effscope's CLI against that "
             f"PyTorch's LibTorch (see Build below); `effscope-cli devices`: {v['effscope_devices']!r}.")
    L.append(f"Command: `tools/gpu-check.sh` ({res['wall_s']:.0f} s for the checks, budget {args.budget_s} s; "
             f"stages {args.stages}, speed tiers {args.tiers}).")
    b = res.get("build")
    if b:
        L.append(f"Build there (engine + CLI against that PyTorch, no Qt/OpenCV/oneDNN, in the background during "
                 f"parity): exit status {b.get('status')}, {b.get('seconds', '?')} s"
                 + (f"; its logits equal the carried CLI's within {b['max_diff_vs_carried']:.1e}, and the speed runs "
                    "use it; the stages before them ran the carried CLI (built on the CPU machine against the same "
                    "PyTorch wheel)" if "max_diff_vs_carried" in b else "") + ".")
    L += ["", "## Parity (fp32, TF32 off): max |diff| / logit std, two random inputs at the crop size", ""]
    new = any("effscope_gpu_vs_fp64" in r for r in res.get("parity", []))
    if new:
        L += ["| model | logit std | PyTorch fp32 vs fp64 | effscope CUDA vs fp64 | effscope CPU vs fp64 | CUDA vs PyTorch | "
              "CUDA vs CPU | tolerance | top-1 | pass |", "|---|---|---|---|---|---|---|---|---|---|"]
    else:
        L += ["| model | logit std | effscope CUDA vs PyTorch eager GPU | effscope CPU vs PyTorch | CUDA vs CPU | top-1 | pass |",
              "|---|---|---|---|---|---|---|"]
    for r in res.get("parity", []):
        if "skipped" in r or "error" in r:
            L.append(f"| {r['model']} | not measured ({r.get('skipped') or r.get('error')}) |")
            continue
        if "effscope_gpu_vs_fp64" in r:
            L.append(f"| {r['model']} | {r['logit_std']:.2f} | {r['torch_fp32_vs_fp64']:.1e} | {r['effscope_gpu_vs_fp64']:.1e} | "
                     f"{r['effscope_cpu_vs_fp64']:.1e} | {r['effscope_gpu_vs_torch']:.1e} | {r['effscope_gpu_vs_cpu']:.1e} | "
                     f"{r['tolerance']:.0e} | {'equal' if r['top1_equal'] else 'differs'} | {'yes' if r['pass'] else 'NO'} |")
            continue
        L.append(f"| {r['model']} | {r['logit_std']:.2f} | {r['effscope_gpu_vs_torch']:.1e} | "
                 f"{r['effscope_cpu_vs_torch']:.1e} | {r['effscope_gpu_vs_cpu']:.1e} | "
                 f"{'equal' if r['top1_equal'] else 'differs'} | {'yes' if r['pass'] else 'NO'} |")
    L.append("")
    L.append("Reference models: torchvision's efficientnet_b0..b7 and timm's tf_efficientnet_lite0..4, seeded "
             "weights with measured BN statistics (tools/make_parity_fixtures.py's randomize), saved as "
             "safetensors and read by effscope with torchvision's and timm's key names.")
    if "lite0" in res:
        lt = res["lite0"]
        L += ["", f"## Real Lite0 weights on {len(lt['photos'])} opencv-doc photos, effscope on the GPU", "",
              f"CPU fp32 top-1 equal to the reference implementation's (efficientnet_lite_pytorch, fixtures): "
              f"{'yes' if lt['cpu_fp32_top1_vs_reference_implementation'] else 'NO'}.", "",
              "| precision | engine | top-1 equal to CPU fp32 | max probability diff |", "|---|---|---|---|"]
        for r in lt["rows"]:
            L.append(f"| {r['dtype']} | {r['engine']} | {'yes' if r['top1_equal'] else 'NO'} | {r['max_prob_diff']:.4f} |")
    if res.get("cams"):
        L += ["", "## Class activation maps, CUDA vs CPU (real Lite0 weights, photos; head layer)", "",
              "| method | photos | Pearson min | classes equal | GPU ms (median) | CPU ms (median) | pass |",
              "|---|---|---|---|---|---|---|"]
        for r in res["cams"]:
            if "skipped" in r:
                L.append(f"| {r['method']} | not measured ({r['skipped']}) | | | | | |")
                continue
            L.append(f"| {r['method']} | {r['photos']} | {r['pearson_min']:.5f} | {'yes' if r['classes_equal'] else 'NO'} "
                     f"| {statistics.median(r['gpu_ms']):.1f} | {statistics.median(r['cpu_ms']):.1f} | "
                     f"{'yes' if r['pass'] else 'NO'} |")
    L += ["", "## Speed: median step (ms) and throughput; ratio = peer median / effscope median (above 1: effscope faster)", "",
          f"Interleaved: {args.rounds} rounds per configuration, the first engine rotating each round; every step "
          "waits for the device (effscope: the CUDA graph's replay and its output read; PyTorch: "
          "torch.cuda.synchronize). Random input on the device; default-initialised weights (timing does not "
          "depend on values). PyTorch: torchvision's model, channels-last, the same dtype, inference_mode, "
          "cudnn.benchmark on, TF32 off.", "",
          "| model | batch | dtype | effscope ms | effscope img/s | eager ms (ratio) | torch.compile ms (ratio) | effscope peak GPU MB | steps |",
          "|---|---|---|---|---|---|---|---|---|"]
    for key, r in res.get("speed", {}).items():
        if not r.get("effscope"):
            continue
        e = statistics.median(r["effscope"])
        cells = []
        ea = statistics.median(r["eager"]) if r.get("eager") else None
        cells.append(f"{ea:.3f} ({ea / e:.2f})" if ea else "—")
        comp = r.get("compile_rounds", r)
        cm = [k for k in comp if k.startswith("compile-") and comp[k]]
        if cm:
            ce = statistics.median(comp["effscope"])
            c = statistics.median(comp[cm[0]])
            cells.append(f"{c:.3f} ({c / ce:.2f}; {cm[0][8:]}, effscope {ce:.3f} in these rounds)")
        else:
            cells.append("—")
        info = r.get("effscope_info", {})
        L.append(f"| {r['model']} | {r['batch']} | {r['dtype']} | {e:.3f} | {r['batch'] * 1000 / e:.0f} | "
                 f"{cells[0]} | {cells[1]} | {info.get('peak_gpu_mb') or 0:.0f} | {len(r['effscope'])} |")
    if res.get("skipped"):
        L += ["", "Not measured (time budget): " + ", ".join(res["skipped"]) + "."]
    if res.get("errors"):
        L += ["", "Errors: " + "; ".join(res["errors"])]
    if "model_switch" in res:
        ms = res["model_switch"]
        L += ["", f"Model switch: {ms['model']} from {ms['weights']} (safetensors) in a running process: built, "
              f"read and moved to the device in {ms['load_ms']:.0f} ms, first result read back "
              f"{ms['first_run_ms']:.0f} ms later ({ms['load_ms'] + ms['first_run_ms']:.0f} ms in all)."]
    import gpu_jobs
    L += gpu_jobs.profile_report(res) + gpu_jobs.e2e_report(res)
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--built-cli", help="the CLI being built on this machine: speed waits for it and uses it")
    ap.add_argument("--build-status", help="written when that build ends: '<exit status> <seconds>'")
    ap.add_argument("--stages", default="parity,lite0,cams,speed,cams-all",
                    help="in order; also profile and e2e (tools/gpu_jobs.py)")
    ap.add_argument("--tiers", default="bf16,compile,fp16,fp32", help="speed: the order of the work")
    ap.add_argument("--speed-only", default="", help="model/tier pairs, e.g. b7/bf16,b0/compile (a rerun)")
    ap.add_argument("--cam-photos", type=int, default=8, help="photos for the Grad-CAM comparison")
    ap.add_argument("--merge", nargs="+", help="only write the report of these gpu-check.json files, later ones "
                                               "adding to (and for parity replacing) earlier ones")
    ap.add_argument("--carry", required=True, help="photos_lite.npy, photos.json, the Lite0 checkpoint")
    ap.add_argument("--out", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--budget-s", type=int, default=420)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-compile", action="store_true")
    ap.add_argument("--dry-run", action="store_true", help="on the CPU, small models and batches")
    args = ap.parse_args()
    if args.merge:
        args.device = "cuda"
        res = {"speed": {}}
        for path in args.merge:
            r = json.load(open(path))
            for k, v in r.items():
                if k == "speed":
                    for key, row in v.items():
                        if row.get("effscope") or key not in res.setdefault("speed", {}):
                            res["speed"][key] = row
                elif k == "cams":
                    done = {c["method"]: c for c in res.get("cams", []) + v if "skipped" not in c}
                    res["cams"] = list(done.values()) + [c for c in v if "skipped" in c and c["method"] not in done]
                elif k == "parity":
                    old = {p["model"]: p for p in res.get("parity", [])}
                    old.update({p["model"]: p for p in v if "logit_std" in p or p["model"] not in old})
                    res["parity"] = [old[m] for m in CROPS if m in old]
                elif k == "errors":
                    res.setdefault(k, []).extend(f"run {len(res.get('runs', [])) + 1}: {e}" for e in v)
                elif k in ("skipped", "runs"):
                    res.setdefault(k, []).extend(v)
                elif k == "wall_s":
                    res["wall_s"] = res.get("wall_s", 0) + v
                else:
                    res[k] = v
            res.setdefault("runs", []).append(r.get("command", os.path.basename(path)))
        measured = {f"{r['model']} batch {r['batch']} {r['dtype']}" for r in res.get("speed", {}).values() if r.get("effscope")}
        measured |= {f"{r['model']} batch {r['batch']} compile" for r in res.get("speed", {}).values()
                     if any(k.startswith("compile-") for k in r.get("compile_rounds", r))}
        res["skipped"] = sorted(set(s for s in res.get("skipped", []) if s not in measured))
        open(args.report, "w").write(report(args, res))
        print(open(args.report).read())
        return
    if args.dry_run:
        args.device = "cpu"
        torch.set_num_threads(max(1, (os.cpu_count() or 2) // 2))
    else:
        if not torch.cuda.is_available():
            sys.exit("gpu_check.py: PyTorch sees no CUDA device; this check needs an NVIDIA GPU (--dry-run tries it on the CPU)")
        args.device = "cuda"
        torch.backends.cudnn.benchmark = True
        torch.backends.cudnn.allow_tf32 = False
        torch.backends.cuda.matmul.allow_tf32 = False
    os.makedirs(args.out, exist_ok=True)
    args.work = tempfile.mkdtemp(prefix="effscope-gpu-")
    args.eager_cache = {}
    budget = Budget(args.budget_s)
    t0 = time.monotonic()
    res = {"versions": versions(args), "command": " ".join(sys.argv[1:])}
    log("versions:", json.dumps(res["versions"]))

    def stage(name, f, *a):
        try:
            f(args, budget, res, *a)
        except Exception as e:  # noqa: BLE001 - one stage failing must not lose the others
            res.setdefault("errors", []).append(f"{name}: {e}")
            log("ERROR in", name, e)
        res["wall_s"] = time.monotonic() - t0
        json.dump(res, open(os.path.join(args.out, "gpu-check.json"), "w"), indent=1, default=str)
        open(args.report, "w").write(report(args, res))

    import gpu_jobs  # the second round's stages (issue 14)
    work = {"parity": (parity,), "lite0": (lite0_precisions,), "cams": (cams, ["gradcam"], args.cam_photos),
            "speed": (speed_all,), "cams-all": (cams, [m for m in CAM_METHODS if m != "gradcam"], 1),
            "profile": (gpu_jobs.profile,), "e2e": (gpu_jobs.e2e,)}
    unknown = [s for s in args.stages.split(",") if s not in work]
    if unknown:
        sys.exit(f"gpu_check.py: unknown stage(s) {unknown}; known: {', '.join(work)}")
    stages = args.stages.split(",")
    if args.built_cli:  # speed waits for the build on this machine
        stages.insert(stages.index("speed") if "speed" in stages else len(stages), "build")
        work["build"] = (use_built_cli,)
    for name in stages:  # in the order given
        stage(name, *work[name])
    failed = [r["model"] for r in res.get("parity", []) if "pass" in r and not r["pass"]]
    failed += [r["dtype"] for r in res.get("lite0", {}).get("rows", []) if not r["top1_equal"]]
    failed += [r["method"] for r in res.get("cams", []) if "pass" in r and not r["pass"]]
    failed += [r["job"] for r in res.get("e2e", {}).get("rows", []) if "pass" in r and not r["pass"]]
    log(f"done in {time.monotonic() - t0:.0f} s; report {args.report}")
    print(open(args.report).read())
    if failed or res.get("errors"):
        sys.exit(f"gpu_check.py: checks failed: {failed} {res.get('errors', '')}")


if __name__ == "__main__":
    main()
