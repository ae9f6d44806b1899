// SPDX-License-Identifier: MIT
// effscope-cli's usage text and dispatch.
#include "commands.h"

#include "explain_commands.h"

#include "common/error.h"
#include "infer/engine.h"

#include <cstdio>

namespace effscope::cli {

using namespace effscope::core;

namespace {

const char *kUsage = R"(effscope-cli: the effscope EfficientNet engine from scripts

usage:
  effscope-cli info MODEL [--resolution N] [--json]
      Per-layer table (module path, kind, shapes, params, MACs, element-wise ops,
      activation bytes) and totals for a preset (b0..b7, lite0..lite4).
      --resolution N   square input size (default: the preset's resolution)
  effscope-cli scale (--alpha A --beta B --gamma G --phi P | --width W --depth D)
                     [--resolution N] [--dropout P] [--lite] [--stage-width LIST] [--stage-depth LIST] [--json]
      A custom scale of B0. From compound coefficients: d = alpha^phi, w = beta^phi,
      r = 224 * gamma^phi rounded to the nearest multiple of 8, unless --resolution is
      given. Reports alpha*beta^2*gamma^2 (the paper targets 2), the FLOPs growth 2^phi
      it implies, and the actual MACs ratio to B0 at 224.
      --lite   apply the Lite rules (ReLU6, no SE, fixed stem/head and first/last depth)
      --stage-width / --stage-depth   seven comma-separated factors, one per stage, on top
               of the global width and depth (non-uniform scaling); the output then also
               shows the uniform compound scale with the same MACs, stage by stage
  effscope-cli classify --model M [--weights FILE [--allow-nonfinite]] [--topk K] [--device D]
                        [--dtype fp32|bf16|fp16|int8 [--int8 FILE]] [--json] IMAGE...
      Top-k ImageNet classes. Without --weights, the registry's cached pretrained file
      for M is used; with none cached the model runs untrained and says so. --dtype int8
      (EfficientNet-Lite, CPU) runs the int8 model quantize made beside the weights (or
      --int8 FILE).
      Weights holding NaN or Inf are refused (naming the first such tensor) by every
      command that loads weights, unless --allow-nonfinite: then they load, a warning
      goes to stderr and every result's weights label says UNRELIABLE.
  effscope-cli eval --model M [--weights FILE] [--device cpu|cuda] [--dtype fp32|bf16|fp16|int8 [--int8 FILE]]
                    --dir D [--resume FILE] [--shard I/N] [--out FILE] [--csv|--json]
      Top-1 / top-5 on a labelled set: D is a folder with one subfolder per class (named by
      WordNet id like n02123045, by class name, or by index) or a CSV of path,label lines.
      --csv prints timm's validate columns; --resume FILE keeps finished images in FILE so an
      interrupted run continues where it stopped. Per-class accuracy and the most confused
      pairs in the default and JSON output. --shard I/N evaluates only shard I of N (the
      images whose position in the sorted list is I modulo N, I from 0), for job arrays;
      --out FILE writes every image's predictions for eval-merge (docs/cluster.md).
  effscope-cli eval-merge FILE... [--out FILE] [--csv|--json]
      The --out files of all N shards of one eval, in any order, as exactly the result one
      eval over the whole set prints (the same output formats); refuses missing, repeated or
      incomplete shards and shards of another model, weights, precision or set.
  effscope-cli train --data D --model M [--weights FILE] [--device cpu|cuda] [--mode finetune|scratch]
                     [--steps N | --epochs E] [--minutes M] [--batch B] [--resolution R] [--seed S]
                     [--val-fraction F] [--optimizer sgd|rmsproptf] [--lr X] [--warmup-steps N]
                     [--decay-rate X --decay-steps N] [--weight-decay X] [--momentum X]
                     [--label-smoothing X] [--bn-momentum X] [--dropout X] [--stochastic-depth X]
                     [--clip-norm X] [--min-scale X] [--eval-every N] [--amp]
                     [--checkpoint FILE [--resume]] [--out BEST.safetensors] [--json]
      Trains on your own classes: D is a folder with one subfolder per class (any names) or a
      CSV of path,label lines; a folder with train/ and val/ subfolders is split as given,
      otherwise a seeded stratified --val-fraction (0.2) is held out. finetune (default) starts
      from M's pretrained weights with a new head; scratch from random weights. Training
      images get a random resized crop (--min-scale, 0.08) and a flip; validation the model's
      own preprocessing. Checkpoints after every validation; --resume continues one to the
      same result as an uninterrupted run. --out keeps the best validation accuracy's weights
      (torchvision keys, class names in the metadata). --amp: bf16 autocast on CUDA.
  effscope-cli grid [--base b0|lite0|...] [--width W] [--depth D] [--resolution R] [--target 2]
                    [--tolerance 0.05] [--step 0.05] [--max 2] [--limit N] [--candidates "a,b,g;..."]
                    (--list | --data D (--steps N | --epochs E | --minutes M) [--batch B] [--seed S]
                    [--val-fraction F] [recipe options as for train] [--dir FOLDER [--resume]]
                    [--latency-iters N] [--device cpu|cuda]) [--json]
      Compound scaling's step 1 (the paper found alpha 1.2, beta 1.1, gamma 1.15 this way on
      B0): every alpha, beta, gamma >= 1 on a grid of --step whose alpha*beta^2*gamma^2 is
      within --tolerance (relative) of --target (--limit: the N nearest, and the paper's
      point when the grid holds it), each scaled from the base with phi = 1 (a
      custom base: --width / --depth on the preset, --resolution to train small). --list
      prints each candidate's exact MACs, params and realised growth (rounding moves it off
      the formula's). With --data every candidate is trained from scratch on your classes under
      the same budget, seed and data order (recipe as train's scratch mode), timed at batch 1,
      and ranked by final validation accuracy. --dir keeps grid.json and the running
      candidate's checkpoint: after a stop or Ctrl+C, the same command with --resume skips the
      finished candidates and continues the running one to the same ranking.
  effscope-cli bench --train --model M [--resolution N] [--batch B] [--threads T] [--iters N] [--warmup N]
                     [--device cpu|cuda] [--amp] [--json]
      Training steps (forward, backward, TF-style RMSProp, the paper's regularisation) of M
      with random weights on random tensors: the training engine's throughput, median step.
  effscope-cli quantize --model M [--weights F] (--calibrate FOLDER | --calibration RECORD)
                        [--method percentile|minmax] [--rounding learned|nearest] [--rounding-steps 400]
                        [--batch 8] [--out FILE] [--json]
      Post-training int8 quantization of an EfficientNet-Lite: BatchNorm folded, weights s8
      with one scale per output channel (bias-corrected with the calibration photos' channel
      means), every activation u8 with a scale from the photos' ranges (percentile: the
      99.99th percentile of |x|, rare outliers clip; minmax: nothing clips). With learned
      rounding (the default) each weight then goes up or down a step, whichever brings its
      layer's output on the photos (at most 32 of them; those of --calibration's record)
      closest to fp32's, layer after layer (AdaRound; --rounding-steps per layer); nearest
      rounding is faster and less faithful. Saved beside the
      float weights (<weights>.int8-<method>.safetensors, the calibration record inside) or
      to --out, where classify, eval and bench --dtype int8 find it. Reports the int8
      model's top-1 agreement with fp32 and the KL divergence on the calibration photos.
  effscope-cli calibrate --model M [--weights F] --calibrate FOLDER [--batch 8] [--out FILE] [--json]
      The first step of int8 quantization: every activation's range (min, max and the 99.9,
      99.99 and 99.999th percentiles of |x|) over the photos under FOLDER, preprocessed as
      classification does; --out saves the record (JSON). Prints the activations whose extremes
      lie farthest beyond their 99.99th percentile (where a min / max scale would waste steps).
  effscope-cli probe --data D [--models lite0,lite1,...] [--device cpu|cuda] [--seed S]
                     [--val-fraction F] [--epochs N] [--latency-iters N] [--json]
      Linear probe of each scale on your own classes (D as for train): the pretrained network
      frozen, each image's pooled features computed once at the model's resolution, a softmax
      regression trained on the training split and scored on the validation split; beside it
      the scale's latency on this machine (batch 1, median), params and MACs: your own
      accuracy / latency trade-off.
  effscope-cli bench --model M [--resolution N] [--batch B] [--threads T] [--iters N] [--warmup N]
                     [--device cpu|cuda] [--dtype fp32|bf16|fp16|int8] [--engine fast|reference]
                     [--weights FILE] [--int8 FILE] [--trace trace.json] [--csv|--json]
      Latency of one forward pass (random weights, random input): step time median and
      p90, samples/s, params, GMACs, peak RSS. fp32 on the CPU runs the fast oneDNN path;
      int8 (Lite, CPU) effscope's int8 kernels on the quantized model of the cached weights.
      load_ms / first_run_ms: model switch (build, load --weights, fold) and the first
      run at this shape (plan build). --trace: the --iters passes once more under
      PyTorch's Kineto profiler (ops; on CUDA every kernel), saved as a Chrome trace
      (needs a LibTorch built with Kineto, e.g. PyPI's; Debian's is not).
  effscope-cli bench --serve [--device D] [--threads T]
      The same timing for a driver script: one JSON request per stdin line
      ({"model": "b0", "batch": 256, "dtype": "bf16", "iters": 10, "warmup": 2,
      "weights": FILE}, or {"drop": true} to unload), one JSON result per stdout line
      (the keys above plus steps_ms); models stay loaded between requests.
  effscope-cli forward --model M [--weights FILE] [--device D] [--dtype fp32|bf16|fp16]
                       --input x.npy [--out logits.npy] [--cam METHOD [--layer PATH] [--class C]
                       --cam-out maps.npy] [--json]
      The engine on preprocessed float32 [N, 3, H, W] tensors, no image decoding (every
      build has it): logits [N, classes] in the requested precision, and with --cam one
      raw map per input [N, h, w] (the layer's resolution, not normalised).
  effscope-cli profile --model M [--resolution N] [--batch B] [--threads T] [--iters N]
                       [--dtype fp32|int8 [--int8 FILE]] [--json]
      Measured time of every layer of the fast path next to its analytic MACs, grouped by
      kind (stem, expand, depthwise, se, project, head, pool, classifier), each kind's GFLOP/s
      against the machine's measured peak and its least memory traffic per second against the
      measured bandwidth (see peak). --dtype int8: the int8 engine's layers (Lite, pretrained),
      against the peak of its int8 multiply-add (VNNI or AVX2).
  effscope-cli peak [--threads T] [--json]
      This machine's limits, measured: fp32 GFLOP/s of an FMA loop on its widest vector unit
      (AVX-512 or AVX2), on T threads and on one, and memory bandwidth (a triad over arrays far
      beyond the caches); the instruction set oneDNN's kernels use here.
  effscope-cli memory [--models b0,b1,...] [--json]
      Loads the models one after another, all kept loaded, each with its fast-path plan
      built at its crop size; reports the resident memory after each (default B0..B7).
  effscope-cli layers --model M [--resolution N] [--json]
      Every layer that can be explained or shown (stem, block ops, blocks, stages, head)
      with its output shape; marks the default CAM layer (the head).
  effscope-cli cam --model M [--weights FILE] [--device D] [--method NAME] [--layer PATH] [--class C]
                   [--smooth aug|eigen|aug,eigen] [--colormap jet|viridis|inferno|turbo]
                   [--opacity 0.5] [--batch N] [--dtype fp32|int8] --out overlay.png [--raw heat.npy|.exr|.tiff]
                   [--no-metrics] [--repeat N] [--json] IMAGE
      Class activation map on the photo: methods cam, gradcam (default), gradcam++,
      xgradcam, hirescam, layercam, eigencam, scorecam, ablationcam. --class takes an
      index or an ImageNet label (default: the top-1 class). The heat map is laid back
      on the original photo (crop and resize undone); --raw writes it as floats in
      [0, 1]. Reports Average Drop, Increase in Confidence and deletion/insertion AUC
      (curves in --json) unless --no-metrics. --repeat N times N more CAMs and N plain
      forwards, interleaved, and reports their medians (steady state, plans built).
      --dtype int8: gradients need the float model, so the map comes from it (and says so).
  effscope-cli activations --model M [--weights FILE] [--device D] --layer PATH [--top K] [--sort mean|index]
                           [--columns N] [--cell PX] [--colormap NAME] --out grid.png [--json] IMAGE
      A layer's feature maps as a tiled channel grid (each tile min-max scaled), with
      per-channel mean, min, max, fraction of zeros and of negatives in --json.
  effscope-cli importance --model M [--weights FILE] [--device cpu|cuda] [--json] IMAGE
      Channel importance on the photo: for the stem, every block's depthwise op and the head,
      the mean |BN scale| of its channels, the share of weak ones (|gamma| below 5% of the
      layer's largest), of dead ones (never above 0 on the photo) and of activations <= 0; then
      per stage, weighted by channels, and the share that could shrink (weak or dead).
  effscope-cli study --budget GMACS [--base b0|lite0] [--points N] [--dimensions LIST]
                     [--iters N] [--rounds R] [--csv|--json]
      The single-dimension scaling study on this machine: the base scaled by width only,
      depth only, resolution only and by the compound rule (1.2, 1.1, 1.15), N networks each
      from the base up to the MACs budget (largest multiplier under each of N targets spaced
      geometrically in MACs), random weights, each timed at batch 1. Rounds interleave the
      networks (every network once per round); the median of the rounds is reported. A
      compound step moves width, depth and resolution each by a real share (rounding alone
      would make B0's first step a depth step); its phi has a column of its own.
      --dimensions   comma-separated subset of width,depth,resolution,compound
  effscope-cli devices [--json]
      The devices models can run on: the CPU and every CUDA device this build sees, with
      name, memory (total and free now), compute capability and fp16 support. --device takes
      cpu, cuda (the first GPU) or cuda:N.
  effscope-cli presets [--json]
  effscope-cli --help | --version

MACs are multiply-accumulates of convolutions and the classifier (the paper's "FLOPS");
FLOPs = 2 x MACs. Element-wise work (BN, activations, pooling, SE gating, residual adds) is
listed separately. Errors go to stderr. Exit codes: 0 success; 1 some inputs failed (an image
classify or eval could not read), the rest done; 2 bad usage or input (unknown option, bad value,
unreadable or invalid file, refused merge); 3 any other failure.
)";

} // namespace

int run(const std::vector<std::string> &argv)
{
    try {
        if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
            std::fputs(kUsage, argv.empty() ? stderr : stdout);
            return argv.empty() ? 2 : 0;
        }
        if (argv[0] == "--version") {
            std::printf("effscope-cli %s\n", EFFSCOPE_VERSION);
            return 0;
        }
        const std::string &cmd = argv[0];
        useThreads(); // every logical CPU unless OMP_NUM_THREADS or --threads says otherwise
        if (cmd == "info")
            return cmdInfo(parse(argv, {"resolution"}, {"json"}));
        if (cmd == "scale")
            return cmdScale(parse(argv, {"alpha", "beta", "gamma", "phi", "width", "depth", "resolution", "dropout",
                                         "stage-width", "stage-depth"},
                                  {"json", "lite"}));
        if (cmd == "classify")
            return cmdClassify(parse(argv, {"model", "weights", "topk", "device", "dtype", "int8"}, {"allow-nonfinite", "json"}));
        if (cmd == "train")
            return cmdTrain(parse(argv, {"model", "weights", "device", "data", "mode", "seed", "val-fraction", "optimizer",
                                         "lr", "warmup-steps", "decay-steps", "decay-rate", "weight-decay", "momentum",
                                         "label-smoothing", "bn-momentum", "dropout", "stochastic-depth", "clip-norm",
                                         "resolution", "min-scale", "batch", "steps", "epochs", "minutes", "eval-every",
                                         "checkpoint", "out"},
                                  {"amp", "resume", "json", "allow-nonfinite"}));
        if (cmd == "calibrate")
            return cmdCalibrate(parse(argv, {"model", "weights", "device", "calibrate", "batch", "out"},
                                      {"allow-nonfinite", "json"}));
        if (cmd == "quantize")
            return cmdQuantize(parse(argv, {"model", "weights", "calibrate", "calibration", "method", "rounding",
                                            "rounding-steps", "batch", "out"},
                                     {"allow-nonfinite", "json"}));
        if (cmd == "grid")
            return cmdGrid(parse(argv, {"data", "base", "width", "depth", "resolution", "target", "tolerance", "step", "max",
                                        "candidates", "limit", "device", "seed", "val-fraction", "optimizer", "lr",
                                        "warmup-steps", "decay-steps", "decay-rate", "weight-decay", "momentum",
                                        "label-smoothing", "bn-momentum", "dropout", "stochastic-depth", "clip-norm",
                                        "min-scale", "batch", "steps", "epochs", "minutes", "eval-every", "dir",
                                        "latency-iters"},
                                 {"list", "resume", "json", "amp"}));
        if (cmd == "probe")
            return cmdProbe(parse(argv, {"data", "models", "device", "seed", "val-fraction", "epochs", "latency-iters"}, {"json"}));
        if (cmd == "eval")
            return cmdEval(parse(argv, {"model", "weights", "device", "dir", "resume", "dtype", "int8", "shard", "out"},
                                   {"allow-nonfinite", "json", "csv"}));
        if (cmd == "eval-merge")
            return cmdEvalMerge(parse(argv, {"out"}, {"json", "csv"}));
        if (cmd == "bench")
            return cmdBench(parse(argv, {"model", "resolution", "batch", "threads", "iters", "warmup", "device", "dtype",
                                         "engine", "weights", "trace", "int8"},
                                  {"allow-nonfinite", "json", "csv", "serve", "train", "amp"}));
        if (cmd == "forward")
            return cmdForward(parse(argv, {"model", "weights", "device", "dtype", "input", "out", "cam", "layer", "class",
                                           "cam-out"},
                                    {"allow-nonfinite", "json"}));
        if (cmd == "profile")
            return cmdProfile(
                parse(argv, {"model", "resolution", "batch", "threads", "iters", "dtype", "int8", "weights"}, {"json"}));
        if (cmd == "peak")
            return cmdPeak(parse(argv, {"threads"}, {"json"}));
        if (cmd == "memory")
            return cmdMemory(parse(argv, {"models"}, {"json"}));
        if (cmd == "layers")
            return cmdLayers(parse(argv, {"model", "resolution"}, {"json"}));
        if (cmd == "cam")
            return cmdCam(parse(argv, {"model", "weights", "device", "method", "layer", "class", "smooth", "colormap",
                                       "opacity", "out", "raw", "batch", "repeat", "dtype", "int8"},
                                {"allow-nonfinite", "json", "no-metrics"}));
        if (cmd == "activations")
            return cmdActivations(parse(argv, {"model", "weights", "device", "layer", "out", "top", "columns", "cell",
                                               "sort", "colormap"},
                                        {"allow-nonfinite", "json"}));
        if (cmd == "devices")
            return cmdDevices(parse(argv, {}, {"json"}));
        if (cmd == "presets")
            return cmdPresets(parse(argv, {}, {"json"}));
        if (cmd == "importance")
            return cmdImportance(parse(argv, {"model", "weights", "device"}, {"allow-nonfinite", "json"}));
        if (cmd == "study")
            return cmdStudy(parse(argv, {"base", "budget", "points", "dimensions", "iters", "rounds", "device"},
                                  {"json", "csv"}));
        throw Error(ErrorCategory::InvalidInput, "unknown command '" + cmd + "' (try --help)");
    } catch (const Error &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 3;
    }
}

} // namespace effscope::cli
