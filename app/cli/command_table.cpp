// SPDX-License-Identifier: MIT
// effscope-cli's commands and options: each command's summary, explanation and options, with the
// check of each value (integer or number range, choices) and its help. The commands keep reading
// their options by name from Args (as strings, as given); CLI11 checks them first. What depends on
// more than one option (--cam with --cam-out, a budget for grid) the commands check.
#include "command_line_internal.h"

#include <cmath>
#include <sstream>

namespace effscope::cli::detail {

namespace {

std::string trimmed(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

Kind anyText(Complete complete = Complete::Nothing)
{
    Kind k;
    k.complete = complete;
    return k;
}

Kind integer(long lo, long hi)
{
    Kind k;
    k.hint = std::to_string(lo) + ".." + std::to_string(hi);
    k.check = CLI::Validator(
        [lo, hi](std::string &v) -> std::string {
            try {
                size_t used = 0;
                const long n = std::stol(v, &used);
                if (used == v.size() && n >= lo && n <= hi)
                    return {};
            } catch (...) {
            }
            return "needs an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) + "], got '" + v + "'";
        },
        "", "integer");
    return k;
}

/// A finite number in [lo, hi], ends excluded where open; hi = HUGE_VAL for no upper bound.
Kind number(double lo, double hi, bool openLo = false, bool openHi = false)
{
    Kind k;
    const std::string range = std::string(openLo ? "(" : "[") + trimmed(lo) + ", "
                              + (std::isinf(hi) ? "inf" : trimmed(hi)) + (openHi ? ")" : "]");
    k.hint = "in " + range;
    k.check = CLI::Validator(
        [=](std::string &v) -> std::string {
            try {
                size_t used = 0;
                const double d = std::stod(v, &used);
                const bool above = openLo ? d > lo : d >= lo, below = openHi ? d < hi : d <= hi;
                if (used == v.size() && std::isfinite(d) && above && below)
                    return {};
            } catch (...) {
            }
            return "needs a number in " + range + ", got '" + v + "'";
        },
        "", "number");
    return k;
}

Kind positive()
{
    return number(0, HUGE_VAL, true, true);
}

Kind oneOf(std::vector<std::string> choices)
{
    Kind k;
    std::string list;
    for (size_t i = 0; i < choices.size(); ++i)
        list += (i ? (i + 1 == choices.size() ? " or " : ", ") : "") + choices[i];
    k.hint = "one of " + list;
    k.check = CLI::Validator(
        [choices, list](std::string &v) -> std::string {
            for (const std::string &c : choices)
                if (v == c)
                    return {};
            return "must be " + list + ", got '" + v + "'";
        },
        "", "choice");
    k.choices = std::move(choices);
    return k;
}

} // namespace


/// Declares one command: summary (the one line in the command list), details (after its options
/// in --help), then its options.
class Declare
{
public:
    Declare(Declarations &d, const char *name, const char *summary, const char *details)
        : m_d(d), m_c(d.commands.emplace_back())
    {
        m_c.app = d.app.add_subcommand(name, summary);
        m_c.app->footer(details);
        m_c.app->allow_extras(); // unknown options are reported by parseCommandLine, by name
    }

    Declare &value(const std::string &name, const std::string &type, std::string help, const Kind &kind = {})
    {
        if (!kind.hint.empty())
            help += " (" + kind.hint + ")";
        CLI::Option *o = m_c.app->add_option("--" + name, m_d.m_values.emplace_back(), help)
                             ->type_name(type)
                             ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
        if (kind.check.get_name() != "")
            o->check(kind.check);
        m_c.options.push_back({name, false, kind, o});
        return *this;
    }
    Declare &flag(const std::string &name, const std::string &help)
    {
        m_c.options.push_back({name, true, {}, m_c.app->add_flag("--" + name, help)});
        return *this;
    }
    /// many: any number of them; else at most one (the command says when it is missing)
    Declare &positional(const std::string &name, const std::string &help, Complete complete, bool many = false)
    {
        m_c.positional = m_c.app->add_option(name, m_d.m_lists.emplace_back(), help)->type_name("");
        if (!many)
            m_c.positional->expected(0, 1);
        m_c.positionalComplete = complete;
        return *this;
    }

    // options several commands share, with one meaning everywhere
    Declare &model(const std::string &help = "the preset: b0..b7, lite0..lite4")
    {
        Kind k = anyText(Complete::Model); // the engine names the presets when it is none of them
        return value("model", "M", help, k);
    }
    Declare &weights()
    {
        return value("weights", "FILE",
                     "a weights file (.pth, .safetensors, .npz, ...); default: the cached pretrained one",
                     anyText(Complete::File))
            .flag("allow-nonfinite", "load weights holding NaN or Inf anyway (results marked UNRELIABLE)");
    }
    Declare &device()
    {
        return value("device", "D", "cpu, cuda (the first GPU) or cuda:N; default cpu");
    }
    Declare &dtype(std::vector<std::string> choices)
    {
        return value("dtype", "T", "precision; default fp32", oneOf(std::move(choices)));
    }
    Declare &int8File()
    {
        return value("int8", "FILE", "the int8 model (default: the one quantize saved beside the weights)",
                     anyText(Complete::File));
    }
    Declare &resolution(const std::string &help = "square input size; default: the preset's")
    {
        return value("resolution", "N", help, integer(16, 4096));
    }
    Declare &threads()
    {
        return value("threads", "T", "CPU threads; default: every logical CPU, or OMP_NUM_THREADS", integer(1, 1024));
    }
    Declare &json()
    {
        return flag("json", "machine-readable output: one JSON document on stdout");
    }
    Declare &csv()
    {
        return flag("csv", "machine-readable output: CSV with a header line on stdout");
    }
    Declare &dataSplit()
    {
        return value("data", "D", "your classes: a folder with one subfolder per class, or a CSV of path,label lines",
                     anyText(Complete::FolderOrCsv))
            .value("seed", "S", "seed of the split, initialisation and data order; default 0", integer(0, 1 << 30))
            .value("val-fraction", "F", "share held out for validation when D has no train/ and val/; default 0.2",
                   number(0, 1, true, true));
    }
    Declare &recipe()
    {
        return value("optimizer", "O", "default: rmsproptf from scratch, sgd to fine-tune", oneOf({"sgd", "rmsproptf"}))
            .value("lr", "X", "base learning rate; default 0.01 (sgd), 0.004 (rmsproptf)", positive())
            .value("warmup-steps", "N", "linear warm-up steps; default 0", integer(0, 1 << 30))
            .value("decay-rate", "X", "exponential decay factor per --decay-steps", number(0, 1, true, false))
            .value("decay-steps", "N", "steps per decay (may be fractional)", positive())
            .value("weight-decay", "X", "L2 on the weights", number(0, 1))
            .value("momentum", "X", "optimizer momentum", number(0, 1, false, true))
            .value("label-smoothing", "X", "share of the target spread over the other classes", number(0, 1, false, true))
            .value("bn-momentum", "X", "BatchNorm running-statistics momentum; default 0.1", number(0, 1))
            .value("dropout", "X", "dropout before the classifier; default the preset's", number(0, 1, false, true))
            .value("stochastic-depth", "X", "drop-path rate of the last block (scaled down to the first)",
                   number(0, 1, false, true))
            .value("clip-norm", "X", "clip the gradient's global norm", positive())
            .value("min-scale", "X", "random resized crop's least area; default 0.08", number(0, 1, true, false))
            .flag("amp", "bf16 autocast (CUDA)");
    }
    Declare &budget()
    {
        return value("batch", "B", "images per step; default 32", integer(2, 4096))
            .value("steps", "N", "optimizer steps", integer(1, 1 << 30))
            .value("epochs", "E", "passes over the training split (may be fractional)", positive())
            .value("minutes", "M", "wall-clock budget", positive())
            .value("eval-every", "N", "validate every N steps; default: once per epoch", integer(1, 1 << 30));
    }

private:
    Declarations &m_d;
    CommandEntry &m_c;
};

Declarations::Declarations()
{
    app.allow_extras(); // an unknown command is reported by parseCommandLine
    app.set_help_flag("-h,--help", "this help");
    app.add_flag("--help-all", "every command's help");
    app.add_flag("--version", "the version");
    app.add_flag("--bash-completion", "")->group(""); // hidden: the packaging writes the completion with it
    app.get_formatter()->column_width(34);
    app.footer(R"(effscope-cli COMMAND --help shows a command's options and what it does; --help-all, all of them.

MACs are multiply-accumulates of convolutions and the classifier (the paper's "FLOPS");
FLOPs = 2 x MACs. Element-wise work (BN, activations, pooling, SE gating, residual adds) is
listed separately. Machine output (--json, --csv) holds numbers unformatted; the default output
is a table for people. Errors go to stderr as "error: ...", naming the option or file.

Exit codes:
  0  success
  1  bad usage: an unknown command or option, a missing or malformed value, a value out of
     range, options that do not go together
  2  bad input: a file or folder missing, unreadable or invalid (weights, image, record, shard),
     weights of another model, a refused merge
  3  a resource limit: out of memory, a file or image too large
  4  interrupted (Ctrl+C, SIGTERM): train, grid and eval write what --resume continues first
  5  some inputs failed (an image classify or eval could not read), the others done
  6  any other failure)");

    Declare(*this, "info", "per-layer table of a preset: shapes, params, MACs, activation bytes",
            R"(Per-layer table (module path, kind, shapes, params, MACs, element-wise ops, activation bytes)
and totals for a preset.)")
        .positional("MODEL", "the preset: b0..b7, lite0..lite4", Complete::Model)
        .resolution()
        .csv()
        .json();

    Declare(*this, "scale", "a custom scale of B0 from compound coefficients or width / depth",
            R"(From compound coefficients: d = alpha^phi, w = beta^phi, r = 224 * gamma^phi rounded to the
nearest multiple of 8, unless --resolution is given. Reports alpha*beta^2*gamma^2 (the paper
targets 2), the FLOPs growth 2^phi it implies, and the actual MACs ratio to B0 at 224.
--stage-width / --stage-depth: seven comma-separated factors, one per stage, on top of the
global width and depth (non-uniform scaling); the output then also shows the uniform compound
scale with the same MACs, stage by stage.)")
        .value("alpha", "A", "depth base (>= 1)", number(0, 100, true))
        .value("beta", "B", "width base (>= 1)", number(0, 100, true))
        .value("gamma", "G", "resolution base (>= 1)", number(0, 100, true))
        .value("phi", "P", "compound coefficient", number(-8, 16))
        .value("width", "W", "width multiplier (instead of coefficients)", number(0, 100, true))
        .value("depth", "D", "depth multiplier (instead of coefficients)", number(0, 100, true))
        .resolution("square input size; default 224 * gamma^phi")
        .value("dropout", "P", "dropout before the classifier", number(0, 1, false, true))
        .flag("lite", "the Lite rules: ReLU6, no SE, fixed stem / head and first / last depth")
        .value("stage-width", "LIST", "seven width factors, one per stage")
        .value("stage-depth", "LIST", "seven depth factors, one per stage")
        .csv()
        .json();

    Declare(*this, "classify", "top-k ImageNet classes of photos",
            R"(Without --weights, the registry's cached pretrained file for M is used; with none cached the
model runs untrained and says so. --dtype int8 (EfficientNet-Lite, CPU) runs the int8 model
quantize made beside the weights (or --int8 FILE). Weights holding NaN or Inf are refused
(naming the first such tensor) by every command that loads weights, unless --allow-nonfinite.)")
        .positional("IMAGE", "photos (JPEG, PNG, WebP, TIFF, BMP)", Complete::File, true)
        .model()
        .weights()
        .value("topk", "K", "classes per photo; default 5", integer(1, 1000))
        .device()
        .dtype({"fp32", "bf16", "fp16", "int8"})
        .int8File()
        .csv()
        .json();

    Declare(*this, "eval", "top-1 / top-5 on a labelled set, per class, confused pairs",
            R"(D is a folder with one subfolder per class (named by WordNet id like n02123045, by class name,
or by index) or a CSV of path,label lines. --csv prints timm's validate columns; --resume FILE
keeps finished images in FILE so an interrupted run continues where it stopped (Ctrl+C or
SIGTERM stops after the running batch, exit code 4). --shard I/N evaluates only shard I of N
(the images whose position in the sorted list is I modulo N, I from 0), for job arrays; --out
FILE writes every image's predictions for eval-merge (docs/cluster.md).)")
        .model()
        .weights()
        .device()
        .dtype({"fp32", "bf16", "fp16", "int8"})
        .int8File()
        .value("dir", "D", "the labelled set: a folder of class folders or a CSV", anyText(Complete::FolderOrCsv))
        .value("resume", "FILE", "keep finished images here and skip them on a rerun", anyText(Complete::File))
        .value("shard", "I/N", "evaluate shard I of N (0 <= I < N)")
        .value("out", "FILE", "every image's predictions, for eval-merge", anyText(Complete::File))
        .csv()
        .json();

    Declare(*this, "eval-merge", "the --out files of an eval's shards as one run's result",
            R"(The --out files of all N shards of one eval, in any order, give exactly the result one eval
over the whole set prints (the same output formats); refuses missing, repeated or incomplete
shards and shards of another model, weights, precision or set.)")
        .positional("FILE", "the shards' result files", Complete::File, true)
        .value("out", "FILE", "the merged predictions (an eval --out file of the whole set)", anyText(Complete::File))
        .csv()
        .json();

    Declare(*this, "train", "fine-tune or train from scratch on your own classes",
            R"(D is a folder with one subfolder per class (any names) or a CSV of path,label lines; a folder
with train/ and val/ subfolders is split as given, otherwise a seeded stratified
--val-fraction is held out. finetune (default) starts from M's pretrained weights with a new
head; scratch from random weights. Training images get a random resized crop (--min-scale) and
a flip; validation the model's own preprocessing. Checkpoints after every validation; --resume
continues one to the same result as an uninterrupted run (Ctrl+C stops after a checkpoint,
exit code 4). --out keeps the best validation accuracy's weights (torchvision keys, class
names in the metadata).)")
        .model()
        .weights()
        .device()
        .dataSplit()
        .value("mode", "MODE", "default finetune", oneOf({"finetune", "scratch"}))
        .resolution("training resolution; default the preset's")
        .recipe()
        .budget()
        .value("checkpoint", "FILE", "checkpoint after every validation", anyText(Complete::File))
        .flag("resume", "continue from --checkpoint")
        .value("out", "FILE", "the best validation accuracy's weights (.safetensors)", anyText(Complete::File))
        .json();

    Declare(*this, "grid", "compound scaling's step 1: the alpha, beta, gamma grid, listed or trained",
            R"(The paper found alpha 1.2, beta 1.1, gamma 1.15 this way on B0: every alpha, beta, gamma >= 1
on a grid of --step whose alpha*beta^2*gamma^2 is within --tolerance (relative) of --target
(--limit: the N nearest, and the paper's point when the grid holds it), each scaled from the
base with phi = 1 (a custom base: --width / --depth on the preset, --resolution to train
small). --list prints each candidate's exact MACs, params and realised growth (rounding moves
it off the formula's). With --data every candidate is trained from scratch on your classes
under the same budget, seed and data order (recipe as train's scratch mode), timed at batch 1,
and ranked by final validation accuracy. --dir keeps grid.json and the running candidate's
checkpoint: after a stop or Ctrl+C (exit code 4), the same command with --resume skips the
finished candidates and continues the running one to the same ranking.)")
        .value("base", "M", "the preset scaled; default b0", anyText(Complete::Model))
        .value("width", "W", "the base's width multiplier", number(0, 100, true))
        .value("depth", "D", "the base's depth multiplier", number(0, 100, true))
        .resolution("the base's resolution")
        .value("target", "X", "alpha*beta^2*gamma^2 sought; default 2", number(1, 100, true))
        .value("tolerance", "X", "relative distance to --target; default 0.05", number(0, 1, true))
        .value("step", "X", "grid step; default 0.05", number(0, 1, true))
        .value("max", "X", "largest coefficient; default 2", number(1, 100))
        .value("limit", "N", "keep the N candidates nearest the target", integer(1, 100000))
        .value("candidates", "LIST", "your own candidates: \"alpha,beta,gamma;...\"")
        .flag("list", "list the candidates, train none")
        .dataSplit()
        .recipe()
        .budget()
        .value("dir", "FOLDER", "keep grid.json and the running candidate's checkpoint", anyText(Complete::Folder))
        .flag("resume", "continue the grid in --dir")
        .value("latency-iters", "N", "timed forward passes per candidate; default 10", integer(0, 100000))
        .device()
        .csv()
        .json();

    Declare(*this, "probe", "linear probe of each scale on your classes, with latency",
            R"(The pretrained network frozen, each image's pooled features computed once at the model's
resolution, a softmax regression trained on the training split and scored on the validation
split; beside it the scale's latency on this machine (batch 1, median), params and MACs: your
own accuracy / latency trade-off.)")
        .dataSplit()
        .value("models", "LIST", "comma-separated presets; default the cached pretrained ones")
        .device()
        .value("epochs", "N", "passes of the regression", integer(1, 100000))
        .value("latency-iters", "N", "timed forward passes per model; default 20", integer(1, 100000))
        .csv()
        .json();

    Declare(*this, "calibrate", "activation ranges over photos, int8 quantization's first step",
            R"(Every activation's range (min, max and the 99.9, 99.99 and 99.999th percentiles of |x|) over
the photos under FOLDER, preprocessed as classification does; --out saves the record (JSON).
Prints the activations whose extremes lie farthest beyond their 99.99th percentile (where a
min / max scale would waste steps).)")
        .model()
        .weights()
        .device()
        .value("calibrate", "FOLDER", "photos like the ones the model will see", anyText(Complete::Folder))
        .value("batch", "B", "photos per pass; default 8", integer(1, 256))
        .value("out", "FILE", "the calibration record (JSON)", anyText(Complete::File))
        .csv()
        .json();

    Declare(*this, "quantize", "post-training int8 quantization of an EfficientNet-Lite",
            R"(BatchNorm folded, weights s8 with one scale per output channel (bias-corrected with the
calibration photos' channel means), every activation u8 with a scale from the photos' ranges
(percentile: the 99.99th percentile of |x|, rare outliers clip; minmax: nothing clips). With
learned rounding (the default) each weight then goes up or down a step, whichever brings its
layer's output on the photos (at most 32) closest to fp32's, layer after layer (AdaRound);
nearest rounding is faster and less faithful. Saved beside the float weights
(<weights>.int8-<method>.safetensors, the calibration record inside) or to --out, where
classify, eval and bench --dtype int8 find it. Reports the int8 model's top-1 agreement with
fp32 and the KL divergence on the calibration photos.)")
        .model()
        .weights()
        .value("calibrate", "FOLDER", "photos like the ones the model will see", anyText(Complete::Folder))
        .value("calibration", "RECORD", "a record from calibrate --out instead", anyText(Complete::File))
        .value("method", "NAME", "activation scales; default percentile", oneOf({"percentile", "minmax"}))
        .value("rounding", "NAME", "weight rounding; default learned", oneOf({"learned", "nearest"}))
        .value("rounding-steps", "N", "learned rounding's steps per layer; default 400", integer(1, 100000))
        .value("batch", "B", "photos per pass; default 8", integer(1, 256))
        .value("out", "FILE", "where the int8 model goes", anyText(Complete::File))
        .json();

    Declare(*this, "bench", "latency of a forward pass (or training step), or a timing server",
            R"(Random weights, random input: step time median and p90, samples/s, params, GMACs, peak RSS.
fp32 on the CPU runs the fast oneDNN path; int8 (Lite, CPU) effscope's int8 kernels on the
quantized model of the cached weights. load_ms / first_run_ms: model switch (build, load
--weights, fold) and the first run at this shape (plan build). --trace: the --iters passes
once more under PyTorch's Kineto profiler, saved as a Chrome trace (needs a LibTorch built with
Kineto, e.g. PyPI's; Debian's is not).
--train: training steps (forward, backward, TF-style RMSProp, the paper's regularisation) of M
with random weights on random tensors; the median step.
--serve: one JSON request per stdin line ({"model": "b0", "batch": 256, "dtype": "bf16",
"iters": 10, "warmup": 2, "weights": FILE}, or {"drop": true} to unload), one JSON result per
stdout line (the keys above plus steps_ms); models stay loaded between requests.)")
        .model()
        .resolution()
        .value("batch", "B", "images per pass; default 1", integer(1, 1024))
        .threads()
        .value("iters", "N", "timed passes; default 30 (5 with --train)", integer(1, 100000))
        .value("warmup", "N", "untimed passes first; default 5 (1 with --train)", integer(0, 100000))
        .device()
        .dtype({"fp32", "bf16", "fp16", "int8"})
        .value("engine", "E", "fast (oneDNN plan) or reference (LibTorch modules); default fast",
               oneOf({"fast", "reference"}))
        .weights()
        .int8File()
        .value("trace", "FILE", "a Chrome trace of the passes", anyText(Complete::File))
        .flag("train", "time training steps instead")
        .flag("amp", "with --train: bf16 autocast (CUDA)")
        .flag("serve", "answer JSON requests on stdin")
        .csv()
        .json();

    Declare(*this, "forward", "the engine on preprocessed .npy tensors: logits, optionally CAMs",
            R"(The engine on preprocessed float32 [N, 3, H, W] tensors, no image decoding (every build has
it): logits [N, classes] in the requested precision, and with --cam one raw map per input
[N, h, w] (the layer's resolution, not normalised).)")
        .model()
        .weights()
        .device()
        .dtype({"fp32", "bf16", "fp16"})
        .value("input", "FILE", "float32 [N, 3, H, W] .npy", anyText(Complete::File))
        .value("out", "FILE", "logits .npy", anyText(Complete::File))
        .value("cam", "METHOD", "a CAM method (as for cam)")
        .value("layer", "PATH", "the CAM's layer; default the head")
        .value("class", "C", "the CAM's class index or ImageNet label; default the top-1")
        .value("cam-out", "FILE", "the maps .npy [N, h, w]", anyText(Complete::File))
        .json();

    Declare(*this, "profile", "measured time of every layer against the machine's peak",
            R"(Measured time of every layer of the fast path next to its analytic MACs, grouped by kind
(stem, expand, depthwise, se, project, head, pool, classifier), each kind's GFLOP/s against the
machine's measured peak and its least memory traffic per second against the measured bandwidth
(see peak). --dtype int8: the int8 engine's layers (Lite, pretrained), against the peak of its
int8 multiply-add (VNNI or AVX2).)")
        .model()
        .resolution()
        .value("batch", "B", "images per pass; default 1", integer(1, 1024))
        .threads()
        .value("iters", "N", "timed passes; default 20", integer(1, 100000))
        .dtype({"fp32", "int8"})
        .int8File()
        .value("weights", "FILE", "weights for --dtype int8", anyText(Complete::File))
        .csv()
        .json();

    Declare(*this, "peak", "this machine's measured FMA throughput and memory bandwidth",
            R"(fp32 GFLOP/s of an FMA loop on the widest vector unit (AVX-512 or AVX2), on T threads and on
one, and memory bandwidth (a triad over arrays far beyond the caches); the instruction set
oneDNN's kernels use here.)")
        .threads()
        .json();

    Declare(*this, "memory", "resident memory with several models loaded at once",
            R"(Loads the models one after another, all kept loaded, each with its fast-path plan built at its
crop size; reports the resident memory after each.)")
        .value("models", "LIST", "comma-separated presets; default b0..b7")
        .csv()
        .json();

    Declare(*this, "layers", "every layer that can be explained or shown, with its shape",
            R"(Stem, block ops, blocks, stages and head with their output shapes; marks the default CAM
layer (the head).)")
        .model()
        .resolution()
        .csv()
        .json();

    Declare(*this, "cam", "class activation map on a photo (the CAM family), with faithfulness metrics",
            R"(Methods: cam, gradcam (default), gradcam++, xgradcam, hirescam, layercam, eigencam, scorecam,
ablationcam. The heat map is laid back on the original photo (crop and resize undone); --raw
writes it as floats in [0, 1]. Reports Average Drop, Increase in Confidence and
deletion / insertion AUC (curves in --json) unless --no-metrics. --repeat N times N more CAMs
and N plain forwards, interleaved, and reports their medians (steady state, plans built).
--dtype int8: gradients need the float model, so the map comes from it (and says so).)")
        .positional("IMAGE", "the photo", Complete::File)
        .model()
        .weights()
        .device()
        .value("method", "NAME", "the CAM method; default gradcam")
        .value("layer", "PATH", "the layer explained; default the head (see layers)")
        .value("class", "C", "class index or ImageNet label; default the top-1 class")
        .value("smooth", "S", "aug and / or eigen smoothing; default none", oneOf({"none", "aug", "eigen", "aug,eigen", "eigen,aug"}))
        .value("colormap", "NAME", "jet (default), viridis, inferno or turbo")
        .value("opacity", "X", "the heat map's opacity; default 0.5", number(0, 1))
        .value("batch", "N", "masked images per pass (scorecam, ablationcam)", integer(1, 1024))
        .value("repeat", "N", "time N more CAMs and forwards", integer(1, 10000))
        .dtype({"fp32", "int8"})
        .int8File()
        .value("out", "FILE", "the overlay (.png)", anyText(Complete::File))
        .value("raw", "FILE", "the raw map (.npy, .exr or .tiff)", anyText(Complete::File))
        .flag("no-metrics", "skip the faithfulness metrics")
        .json();

    Declare(*this, "activations", "a layer's feature maps as a channel grid",
            R"(A layer's feature maps as a tiled channel grid (each tile min-max scaled), with per-channel
mean, min, max, fraction of zeros and of negatives in --json.)")
        .positional("IMAGE", "the photo", Complete::File)
        .model()
        .weights()
        .device()
        .value("layer", "PATH", "the layer (see layers)")
        .value("top", "K", "only the K channels of highest mean", integer(1, 100000))
        .value("sort", "S", "tile order; default mean", oneOf({"mean", "index"}))
        .value("columns", "N", "tiles per row", integer(1, 4096))
        .value("cell", "PX", "tile size; default 48", integer(4, 1024))
        .value("colormap", "NAME", "viridis (default), jet, inferno or turbo")
        .value("out", "FILE", "the grid (.png)", anyText(Complete::File))
        .csv()
        .json();

    Declare(*this, "importance", "channel importance on a photo: BN scales, weak and dead channels",
            R"(For the stem, every block's depthwise op and the head: the mean |BN scale| of its channels, the
share of weak ones (|gamma| below 5% of the layer's largest), of dead ones (never above 0 on the
photo) and of activations <= 0; then per stage, weighted by channels, and the share that could
shrink (weak or dead).)")
        .positional("IMAGE", "the photo", Complete::File)
        .model()
        .weights()
        .device()
        .csv()
        .json();

    Declare(*this, "study", "width / depth / resolution / compound scaling timed on this machine",
            R"(The base scaled by width only, depth only, resolution only and by the compound rule (1.2, 1.1,
1.15), N networks each from the base up to the MACs budget (largest multiplier under each of N
targets spaced geometrically in MACs), random weights, each timed at batch 1. Rounds interleave
the networks; the median of the rounds is reported. A compound step moves width, depth and
resolution each by a real share; its phi has a column of its own.)")
        .value("budget", "GMACS", "the largest network's MACs", positive())
        .value("base", "M", "b0 or lite0; default b0", anyText(Complete::Model))
        .value("points", "N", "networks per dimension; default 5", integer(2, 64))
        .value("dimensions", "LIST", "a subset of width,depth,resolution,compound")
        .value("iters", "N", "timed passes per network and round; default 10", integer(1, 100000))
        .value("rounds", "R", "interleaved rounds; default 3", integer(1, 1000))
        .device()
        .csv()
        .json();

    Declare(*this, "devices", "the CPU and every CUDA device this build sees",
            R"(Name, memory (total and free now), compute capability and fp16 support of each; --device takes
cpu, cuda (the first GPU) or cuda:N.)")
        .csv()
        .json();

    Declare(*this, "presets", "the presets with their scaling factors and published numbers", "").csv().json();
}

} // namespace effscope::cli::detail
