#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Whole-network `effscope-cli bench` of one model under two or more environments, alternated run
by run (the first variant rotates), each variant's best minimum and best median kept: an A/B of a
change that per-layer profiles cannot show, such as weights arriving cold from one layer to the
next (`profile` repeats each layer on its own, so its weights stay in cache).

    python3 bench/bench_ab.py --model b0 --batch 1 --runs 8 EFFSCOPE_FUSED_MBCONV=0 EFFSCOPE_FUSED_MBCONV=

(NAME= unsets NAME.) Prints, per variant, min / median over its runs of the runs' minimum and
median step times, and each variant's ratio to the first."""
import argparse
import json
import os
import statistics
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "effscope-cli"))
    ap.add_argument("--model", default="b0")
    ap.add_argument("--batch", default="1")
    ap.add_argument("--threads", default="2")
    ap.add_argument("--iters", default="30")
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--dtype", default="fp32")
    ap.add_argument("envs", nargs="+", help="NAME=VALUE per variant (NAME= unsets NAME)")
    args = ap.parse_args()
    mins = {e: [] for e in args.envs}
    medians = {e: [] for e in args.envs}
    for r in range(args.runs):
        order = args.envs[r % len(args.envs):] + args.envs[:r % len(args.envs)]
        for e in order:
            name, value = e.split("=", 1)
            env = dict(os.environ, OMP_NUM_THREADS=args.threads)
            env.pop(name, None)
            if value:
                env[name] = value
            out = subprocess.run([args.cli, "bench", "--model", args.model, "--batch", args.batch, "--threads",
                                  args.threads, "--iters", args.iters, "--dtype", args.dtype, "--json"], env=env,
                                 check=True, capture_output=True, text=True).stdout
            d = json.loads(out)
            mins[e].append(d["step_ms_min"])
            medians[e].append(d["step_ms_median"])
    base = args.envs[0]
    for e in args.envs:
        print(f"{args.model} batch {args.batch} {e or '(none)'}: min {min(mins[e]):.3f} ms "
              f"(median of mins {statistics.median(mins[e]):.3f}), best median {min(medians[e]):.3f} "
              f"(median of medians {statistics.median(medians[e]):.3f}); "
              f"ratio to {base}: min {min(mins[base]) / min(mins[e]):.3f}, "
              f"median of medians {statistics.median(medians[base]) / statistics.median(medians[e]):.3f}")


if __name__ == "__main__":
    main()
