#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`effscope-cli profile` of one model under two or more environments, alternated run by run, each
layer's best time kept (the fewest interruptions on a shared machine), summed by layer kind.

    python3 bench/profile_ab.py --model b0 --batch 1 --runs 4 EFFSCOPE_FUSED_MBCONV=1 EFFSCOPE_FUSED_MBCONV=0

prints, per environment, the sum of the per-layer minima and each kind's share, in ms."""
import argparse
import collections
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "effscope-cli"))
    ap.add_argument("--model", default="b0")
    ap.add_argument("--batch", default="1")
    ap.add_argument("--threads", default="2")
    ap.add_argument("--iters", default="20")
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("envs", nargs="+", help="NAME=VALUE, one per variant")
    args = ap.parse_args()
    best = {e: {} for e in args.envs}
    kinds = {}
    for _ in range(args.runs):
        for e in args.envs:
            name, value = e.split("=", 1)
            env = dict(os.environ, OMP_NUM_THREADS=args.threads, **{name: value})
            out = subprocess.run([args.cli, "profile", "--model", args.model, "--batch", args.batch, "--threads",
                                  args.threads, "--iters", args.iters, "--json"], env=env, check=True,
                                 capture_output=True, text=True).stdout
            for layer in json.loads(out)["layers"]:
                key = layer["name"]
                best[e][key] = min(best[e].get(key, float("inf")), layer["ms"])
                kinds[key] = layer["kind"]
    for e in args.envs:
        by_kind = collections.defaultdict(float)
        for key, ms in best[e].items():
            by_kind[kinds[key]] += ms
        parts = ", ".join(f"{k} {v:.3f}" for k, v in sorted(by_kind.items()))
        print(f"{args.model} batch {args.batch}, {e}: {sum(by_kind.values()):.3f} ms ({parts})")


if __name__ == "__main__":
    main()
