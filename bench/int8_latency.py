#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""effscope's int8 engine against its own fp32 path, interleaved: for each round, each Lite model
and batch, one fp32 run, one fp32 run with every block on oneDNN's primitives
(EFFSCOPE_FUSED_MBCONV=0, the fp32 path before its fused MBConv blocks) and one int8 run of
`effscope-cli bench`; the table gives each side's median over rounds and the ratios fp32 / int8
(above 1: int8 is faster). The int8 models must exist (effscope-cli quantize --model M
--calibrate FOLDER)."""
import argparse
import json
import os
import statistics
import subprocess


def median_ms(cli, model, batch, iters, dtype, env):
    out = subprocess.run([cli, "bench", "--model", model, "--batch", str(batch), "--iters", str(iters),
                          "--warmup", "3", "--dtype", dtype, "--json"], check=True, capture_output=True, text=True,
                         env=env)
    return json.loads(out.stdout)["step_ms_median"], json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="build/bin/effscope-cli")
    ap.add_argument("--models", default="lite0,lite1,lite2")
    ap.add_argument("--batches", default="1,8")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--max-isa", default="", help="avx2: both engines limited to AVX2 (ONEDNN_MAX_CPU_ISA and "
                    "EFFSCOPE_MAX_CPU_ISA), an AVX2 machine measured on an AVX-512 one")
    args = ap.parse_args()
    env = dict(os.environ)
    if args.max_isa:
        env["ONEDNN_MAX_CPU_ISA"] = args.max_isa.upper()
        env["EFFSCOPE_MAX_CPU_ISA"] = args.max_isa
    times, isa, int8_isa = {}, "", ""
    for _ in range(args.rounds):
        for model in args.models.split(","):
            for batch in map(int, args.batches.split(",")):
                iters = 40 if batch == 1 else 8
                f, fj = median_ms(args.cli, model, batch, iters, "fp32", env)
                o, _ = median_ms(args.cli, model, batch, iters, "fp32", dict(env, EFFSCOPE_FUSED_MBCONV="0"))
                i, ij = median_ms(args.cli, model, batch, iters, "int8", env)
                isa = fj.get("cpu_isa", "")
                fused = fj.get("fused_blocks", 0)
                int8_isa = ij.get("int8_isa", "")
                times.setdefault((model, batch), []).append((f, o, i))
    print(f"| model | batch | fp32 ms ({fused} fused blocks, oneDNN {isa}) | fp32 ms (oneDNN only) | "
          f"int8 ms (effscope, {int8_isa}) | fp32 / int8 | fp32 oneDNN only / int8 |")
    print("|---|---|---|---|---|---|---|")
    for (model, batch), v in times.items():
        f = statistics.median(x[0] for x in v)
        o = statistics.median(x[1] for x in v)
        i = statistics.median(x[2] for x in v)
        print(f"| {model} | {batch} | {f:.2f} | {o:.2f} | {i:.2f} | {f / i:.2f} | {o / i:.2f} |")


if __name__ == "__main__":
    main()
