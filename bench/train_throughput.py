#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Training throughput: effscope's training step against PyTorch eager, same machine, same
model, batch, resolution and thread count, interleaved round by round.

Both sides run the paper's recipe on random tensors (no data loading): train-mode BN
(momentum 0.01), dropout, stochastic depth 0.2, cross-entropy with label smoothing 0.1 and
RMSProp (decay 0.9, momentum 0.9, eps 1e-3; PyTorch's own RMSprop on the eager side, the same
arithmetic per element as the TF variant). effscope: `effscope-cli bench --train` (LibTorch
autograd through effscope's module); PyTorch: torchvision's efficientnet_b0 in eager mode, in
a process of its own, like effscope's, once in PyTorch's default NCHW layout and once with the
model and input in channels-last (the layout effscope's Trainer trains in by default).
Reported: each side's median step per round, the ratios of the medians of rounds (images/s,
effscope / eager), and where a step's time goes (forward + loss, backward, update).

  bench/train_throughput.py --cli build/bin/effscope-cli --model b0 --batch 16 --rounds 5
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys

EAGER = r"""
import json, sys, time, torch
from torchvision.models import efficientnet_b0
batch, res, iters, warmup, threads, channels_last = map(int, sys.argv[1:7])
torch.set_num_threads(threads)
torch.manual_seed(0)
model = efficientnet_b0(stochastic_depth_prob=0.2)  # its dropout is 0.2
for m in model.modules():
    if isinstance(m, torch.nn.BatchNorm2d):
        m.momentum = 0.01
model.train()
x_format = torch.contiguous_format
if channels_last:
    model = model.to(memory_format=torch.channels_last)
    x_format = torch.channels_last
opt = torch.optim.RMSprop(model.parameters(), lr=0.016, alpha=0.9, eps=1e-3, momentum=0.9, weight_decay=0)
x = torch.randn(batch, 3, res, res).contiguous(memory_format=x_format)
y = torch.randint(0, 1000, (batch,))
times, parts = [], []
for i in range(warmup + iters):
    t0 = time.perf_counter()
    opt.zero_grad()
    loss = torch.nn.functional.cross_entropy(model(x), y, label_smoothing=0.1)
    loss.item()
    t1 = time.perf_counter()
    loss.backward()
    t2 = time.perf_counter()
    opt.step()
    t3 = time.perf_counter()
    if i >= warmup:
        times.append((t3 - t0) * 1000)
        parts.append([(t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000])
print(json.dumps({"steps_ms": times, "parts_ms": parts, "torch": torch.__version__}))
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default="build/bin/effscope-cli")
    ap.add_argument("--python", default="/usr/bin/python3", help="the Python whose torch is the peer")
    ap.add_argument("--model", default="b0")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--resolution", type=int, default=224)
    ap.add_argument("--iters", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    if args.model != "b0":
        sys.exit("the eager side builds torchvision's efficientnet_b0 only")
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads))
    ours, eager, torch_version = [], [], ""
    ours_parts, eager_parts = [], []  # per round: forward (+ loss), backward, update medians
    eager_cl = []  # PyTorch eager with the model and input in channels-last, as effscope trains
    for r in range(args.rounds):
        out = subprocess.run([args.cli, "bench", "--train", "--model", args.model, "--batch", str(args.batch),
                              "--resolution", str(args.resolution), "--iters", str(args.iters), "--warmup",
                              str(args.warmup), "--threads", str(args.threads), "--json"],
                             check=True, capture_output=True, text=True, env=env).stdout
        o_res = json.loads(out)
        ours.append(o_res["step_ms_median"])
        ours_parts.append([o_res["forward_ms_median"], o_res["backward_ms_median"], o_res["update_ms_median"]])
        out = subprocess.run([args.python, "-c", EAGER, str(args.batch), str(args.resolution), str(args.iters),
                              str(args.warmup), str(args.threads), "0"], check=True, capture_output=True, text=True,
                             env=env).stdout
        res = json.loads(out)
        cl = json.loads(subprocess.run([args.python, "-c", EAGER, str(args.batch), str(args.resolution), str(args.iters),
                                        str(args.warmup), str(args.threads), "1"], check=True, capture_output=True,
                                       text=True, env=env).stdout)
        eager_cl.append(statistics.median(cl["steps_ms"]))
        torch_version = res["torch"]
        eager.append(statistics.median(res["steps_ms"]))
        eager_parts.append([statistics.median(p[k] for p in res["parts_ms"]) for k in range(3)])
        print(f"round {r + 1}: effscope {ours[-1]:.1f} ms, eager {eager[-1]:.1f} ms, eager channels-last "
              f"{eager_cl[-1]:.1f} ms per step", file=sys.stderr)
    o, e = statistics.median(ours), statistics.median(eager)
    print(f"| machine | {platform.processor() or platform.machine()}, {args.threads} threads |")
    print(f"| setting | {args.model} at {args.resolution} px, batch {args.batch}, {args.rounds} rounds of "
          f"{args.iters} steps (+{args.warmup} warm-up), interleaved |")
    print(f"| effscope (LibTorch autograd) | {o:.1f} ms per step, {1000 * args.batch / o:.2f} images/s "
          f"(rounds: {', '.join(f'{v:.0f}' for v in ours)}) |")
    print(f"| PyTorch {torch_version} eager | {e:.1f} ms per step, {1000 * args.batch / e:.2f} images/s "
          f"(rounds: {', '.join(f'{v:.0f}' for v in eager)}) |")
    c = statistics.median(eager_cl)
    print(f"| PyTorch eager, channels-last | {c:.1f} ms per step, {1000 * args.batch / c:.2f} images/s "
          f"(rounds: {', '.join(f'{v:.0f}' for v in eager_cl)}) |")
    print(f"| effscope / eager throughput | {e / o:.3f} |")
    print(f"| effscope / eager channels-last throughput | {c / o:.3f} |")
    for name, k in (("forward + loss", 0), ("backward", 1), ("update", 2)):
        op = statistics.median(p[k] for p in ours_parts)
        ep = statistics.median(p[k] for p in eager_parts)
        print(f"| {name} (ms, effscope / eager) | {op:.1f} / {ep:.1f} |")


if __name__ == "__main__":
    main()
