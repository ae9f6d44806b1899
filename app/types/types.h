// SPDX-License-Identifier: MIT
#pragma once
// The value types that cross the GUI <-> worker boundary by queued signals, shared as they are
// by services (which fill them) and widgets (which show them): no mirror structs in between.
// Qt Core only (no QtGui, no torch, no OpenCV). Units are named once and stay raw here: `macs`
// and `params` are counts, times are milliseconds, sizes pixels; formatting happens at display.
#include "common/cam_method.h"
#include "common/error.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

namespace effscope {

/// What the worker does, one mailbox each. The order is the order the worker takes pending
/// requests in: loads first (an image dropped right after a model switch is classified by the
/// new model), then the quick kinds, then the long ones.
enum class JobKind { Load, Classify, Channel, Cam, Activations, Compare, Importance, Latency, Evaluate, Study, CamExport, Quantize };
inline constexpr int kJobKinds = int(JobKind::Quantize) + 1;
/// "load", "classify", ... (logs and tests).
const char *jobKindName(JobKind kind);

/// An upright 8-bit RGB picture, rows packed (3 bytes a pixel), implicitly shared (copies are
/// cheap). Widgets wrap it in a QImage without copying (see widgets/image_util.h).
struct RgbImage
{
    int width = 0, height = 0;
    QByteArray pixels;
    bool isNull() const { return width <= 0 || height <= 0 || pixels.size() < qsizetype(width) * height * 3; }
    QSize size() const { return {width, height}; }
};

/// How the photo became the model's square input: resized to resizedWidth x resizedHeight, then
/// the size x size square at (left, top) cut out (core::CropGeometry, Qt-side).
struct CropPlacement
{
    int resizedWidth = 0, resizedHeight = 0;
    int left = 0, top = 0, size = 0;
    bool operator==(const CropPlacement &o) const
    {
        return resizedWidth == o.resizedWidth && resizedHeight == o.resizedHeight && left == o.left && top == o.top
            && size == o.size;
    }
};

struct ClassScore
{
    int index = 0;
    QString label;
    float probability = 0.0f;
};

/// A custom scale from the explorer: B0 (or Lite0 with lite) scaled by width, depth and resolution.
struct CustomScale
{
    QString name;            ///< shown everywhere the model is named, e.g. "custom-w1.33-d1.73-r344"
    double width = 1.0, depth = 1.0;
    int resolution = 224;
    bool lite = false;
    QVector<double> stageWidth, stageDepth; ///< per-stage factors (7 each), empty = uniform
    bool operator==(const CustomScale &o) const
    {
        return name == o.name && width == o.width && depth == o.depth && resolution == o.resolution && lite == o.lite
            && stageWidth == o.stageWidth && stageDepth == o.stageDepth;
    }
};

/// The scaling explorer's controls as the user left them: both modes' values, which mode is on,
/// the family's rules and the per-stage factors (what a session restores).
struct ExplorerState
{
    bool compound = true;
    bool lite = false;
    double alpha = 1.2, beta = 1.1, gamma = 1.15, phi = 0.0;
    double width = 1.0, depth = 1.0;
    int resolution = 224;
    QVector<double> stageWidth, stageDepth; ///< 7 each, or empty (uniform)
    bool operator==(const ExplorerState &o) const
    {
        return compound == o.compound && lite == o.lite && alpha == o.alpha && beta == o.beta && gamma == o.gamma
            && phi == o.phi && width == o.width && depth == o.depth && resolution == o.resolution
            && stageWidth == o.stageWidth && stageDepth == o.stageDepth;
    }
};

/// One tap point of the model (see core::explainableLayers), with the work it does.
struct LayerRow
{
    QString path;           ///< "features.2.0.block.1"
    QString kind;           ///< stem, expand, depthwise, se, project, block, stage, head
    int channels = 0, height = 0, width = 0;
    qint64 macs = 0;        ///< of this op, or summed over a block / stage
    qint64 params = 0;
    int kernel = 0;         ///< the convolution's (a block's depthwise); 0 for squeeze-excite
    int stride = 0;         ///< likewise; a stage's is its first block's
    double expandRatio = 0; ///< a block's expanded over input channels (1: no expand conv)
    bool se = false;        ///< a block with squeeze-excite
};

/// A device a model can run on (core::DeviceInfo, Qt-side).
struct DeviceRow
{
    QString id;                 ///< "cpu", "cuda:0", ...
    QString name;               ///< the CPU's model name, or the GPU's
    qint64 totalBytes = 0, availableBytes = 0;
    QString capability;         ///< CUDA compute capability, empty for the CPU
    bool fp16 = false;          ///< fp16 convolutions
};

struct ModelInfo
{
    quint64 requestId = 0;
    QString model;          ///< preset name, or the custom scale's name
    bool custom = false;    ///< built from the scaling explorer
    QString weightsLabel;   ///< registry id, file name, or "untrained (random init)"
    bool pretrained = false;
    QString unreliable;     ///< non-empty: the weights hold NaN or Inf (loaded as asked), why
    QString device;
    QString precision;      ///< of classification: fp32, bf16 or fp16
    qint64 params = 0;
    qint64 macs = 0;        ///< at inputSize
    int inputSize = 0;      ///< crop size of the weights' preprocessing
    double loadMs = 0.0;      ///< build, weights, warm-up
    double forwardMs = 0.0;   ///< one warm forward pass at inputSize, batch 1
    double buildMs = 0.0;     ///< build and weights, before the warm-up
    QVector<DeviceRow> devices; ///< every device this build and machine offer, the CPU first
    QString engine;         ///< "effscope-onednn" (fast path) or "libtorch-eager" (reference module)
    int threads = 0;        ///< intra-op threads the worker runs with
    QVector<LayerRow> layers; ///< every tap point at inputSize, in forward order
    QStringList classes;    ///< the user's own classes of fine-tuned weights, one per output; empty: ImageNet's
};

struct ClassifyResult
{
    quint64 requestId = 0;
    QString imagePath;
    RgbImage image;         ///< the decoded, upright photo (scaled to at most 1024 px)
    QVector<ClassScore> top;
    QString model;
    QString weightsLabel;
    bool pretrained = false;
    QString unreliable;     ///< non-empty: every result of this model is unreliable, why
    double latencyMs = 0.0; ///< preprocessing + forward
    double forwardMs = 0.0; ///< the model alone (forward and top-k)
    QString precision;      ///< fp32, bf16, fp16 or int8
    QStringList notes;      ///< conversions applied while decoding
};

/// What to explain; empty layer = the model's head, classIndex -1 = its top-1 class.
struct CamRequest
{
    QString imagePath;
    core::CamMethod method = core::CamMethod::GradCam;
    QString layer;
    int classIndex = -1;
    bool augSmooth = false;
    bool eigenSmooth = false;
    bool metrics = true;      ///< faithfulness numbers and curves
};

/// One photo explained (core::PhotoExplanation, Qt-side): the map over the model's input, where
/// that input lies on the photo, and the faithfulness numbers. The heat-map view and the compare
/// cards draw it; the raw export lays it back on the photo.
struct Explanation
{
    core::CamMethod method = core::CamMethod::GradCam;
    QString layer;            ///< the layer actually used
    int layerChannels = 0;
    QSize layerSize;          ///< the raw map's size (the layer's spatial size)
    int classIndex = 0;
    QString label;
    float probability = 0.0f;
    bool closedForm = false;
    QString unreliable;       ///< non-empty: the model's weights hold NaN or Inf, why
    double ms = 0.0;          ///< the CAM alone
    QVector<float> heat;      ///< heatSize x heatSize, row-major, in [0, 1] (the model's input)
    int heatSize = 0;
    QRect covered;            ///< where that input lies on the photo, in photo pixels
    CropPlacement placement;  ///< how the photo became that input
    QSize imageSize;          ///< the photo's own size
    RgbImage image;           ///< the decoded, upright photo (scaled to at most 1024 px)
    bool hasMetrics = false;
    double averageDrop = 0.0, deletionAuc = 0.0, insertionAuc = 0.0; ///< percent, AUCs in [0, 1]
    bool increase = false;
    QVector<double> fractions, deletion, insertion;
};

struct CamView : Explanation
{
    quint64 requestId = 0;
    CamRequest request;
    QString model;
};

/// A layer's activations for one photo: per-channel statistics and a small map of every channel.
struct ActivationView
{
    quint64 requestId = 0;
    QString imagePath;
    QString model;
    QString layer;
    int channels = 0, height = 0, width = 0;
    QVector<int> order;                   ///< channels by mean activation, largest first
    QVector<float> mean, min, max;        ///< per channel, indexed by channel
    QVector<float> fractionZero, fractionNegative;
    QSize cellSize;                       ///< each channel's map, area-averaged to at most 48 x 48
    QVector<float> cells;                 ///< channels x cell height x cell width, by channel index
    /// The layer's convolution weights (every conv under its path): a histogram of their values
    QVector<int> weightBins;              ///< equal-width bins over [weightMin, weightMax]
    double weightMin = 0.0, weightMax = 0.0, weightMean = 0.0, weightStd = 0.0;
    qint64 weightCount = 0;               ///< values counted
    int weightTensors = 0;                ///< convolution weight tensors they come from
    double ms = 0.0;
};

/// One channel of the last activations at full resolution (for the enlarged view).
struct ChannelView
{
    quint64 requestId = 0;
    QString layer;
    int channel = 0;
    int height = 0, width = 0;
    QVector<float> values;                ///< height x width, row-major, raw activations
};

/// The same photo through several scales: one of these per scale, as each finishes.
struct CompareRequest
{
    QString imagePath;
    QStringList models;                   ///< preset names, or names of `custom` scales
    int classIndex = -1;                  ///< shared CAM target; -1: each scale's own top-1
    core::CamMethod method = core::CamMethod::GradCam;
    QVector<CustomScale> custom;          ///< the explorer's scales the models list may name
    /// Non-empty: one model (models[0]) explained by each of these methods, a card per method,
    /// in this order (the grid of every CAM method on one photo)
    QVector<core::CamMethod> methods;
};

/// Heat maps of many photos written to a folder: for each photo its overlay PNG (the colour map
/// and opacity given, as File > Export > Heat map overlay writes it) and, when asked, the raw map
/// laid back on the photo (.npy, as effscope-cli cam --raw writes it). Each file atomically.
struct CamExportRequest
{
    QStringList images;
    QString outDir;
    core::CamMethod method = core::CamMethod::GradCam;
    QString layer;                        ///< "" for the head
    QVector<quint32> lut;                 ///< 256 colours (QRgb)
    double opacity = 0.5;
    bool raw = true;
};

struct CamExportItem
{
    quint64 requestId = 0;
    int index = 0, total = 0;             ///< this photo's place in the request
    QString image;
    QStringList written;                  ///< the files written for it
    QString label;                        ///< the class explained (each photo's top-1)
    QString error;                        ///< non-empty: this photo failed (the others go on)
};

/// Forward passes Compare times per scale (after one warm-up), reporting their median.
constexpr int kCompareTimedRuns = 5;

struct CompareItem : Explanation
{
    quint64 requestId = 0;
    int slot = 0;                         ///< index into CompareRequest::models
    QString model;
    QString weightsLabel;
    bool pretrained = false;
    int inputSize = 0;
    qint64 macs = 0;
    QVector<ClassScore> top;
    double latencyMs = 0.0;               ///< median forward pass over latencyRuns warm runs
    int latencyRuns = 0;
    bool byMethod = false;                ///< a card of the method grid (slot: the method's index)
    QString error;                        ///< non-empty: this scale failed (the others go on)
};

/// Batch-1 latency of one preset on this machine (random weights: timing does not depend on them).
struct LatencyItem
{
    quint64 requestId = 0;
    QString model;
    int inputSize = 0;
    qint64 macs = 0;
    double medianMs = 0.0;
    QString engine;
    QString error;
    bool operator==(const LatencyItem &o) const
    {
        return model == o.model && inputSize == o.inputSize && macs == o.macs && medianMs == o.medianMs
            && engine == o.engine && error == o.error;
    }
};

/// Post-training int8 quantization of a Lite preset's cached weights, calibrated on the photos
/// under a folder; the int8 model is saved beside the weights (where loads in int8 find it).
struct QuantizeRequest
{
    QString model;                        ///< a Lite preset
    QString photos;                       ///< folder of calibration photos (searched recursively)
    QString method = QStringLiteral("percentile"); ///< or "minmax"
    int roundingSteps = 400;              ///< AdaRound steps per layer on the photos (core/quant/learned_rounding.h); 0: nearest
};

struct QuantizeResult
{
    quint64 requestId = 0;
    QString model;
    QString path;         ///< the saved int8 model ("" when it failed or was cancelled)
    int photos = 0;       ///< calibration photos
    double agreement = 0; ///< top-1 agreement with fp32 on them, in [0, 1]
    double meanKl = 0;    ///< mean KL(fp32 || int8) of the probabilities, nats
    QString rounding;     ///< "learned" or "nearest"
    QString kernels;      ///< the int8 kernels' instruction set
    bool cancelled = false;
    QString error;
};

/// Evaluate scales on a labelled folder (ImageFolder layout) or a CSV of path,label.
struct EvalRequest
{
    QString dataset;                      ///< folder or CSV file
    QStringList models;                   ///< preset names, or names of `custom` scales
    QVector<CustomScale> custom;
    QString resumeDir;                    ///< finished images are kept here per model; "" = none
};

struct EvalClass
{
    int label = 0;
    QString name;
    int count = 0, top1 = 0;
    bool operator==(const EvalClass &o) const
    {
        return label == o.label && name == o.name && count == o.count && top1 == o.top1;
    }
};

struct EvalConfusion
{
    int label = 0, predicted = 0, count = 0;
    QString labelName, predictedName;
    bool operator==(const EvalConfusion &o) const
    {
        return label == o.label && predicted == o.predicted && count == o.count && labelName == o.labelName
            && predictedName == o.predictedName;
    }
};

/// One scale's accuracy on the set (partial when cancelled; then a rerun resumes it).
/// One image of an evaluation: its true class and the top-5 predicted (empty when it failed).
struct EvalImage
{
    QString path;
    int label = 0;
    QVector<int> top;                     ///< best first
    QString error;
    bool operator==(const EvalImage &o) const
    {
        return path == o.path && label == o.label && top == o.top && error == o.error;
    }
};

struct EvalItem
{
    quint64 requestId = 0;
    int slot = 0;                         ///< index into EvalRequest::models
    QString model, weightsLabel, dataset;
    bool pretrained = false;
    int imageSize = 0;
    double cropPct = 0.0;
    QString interpolation;
    qint64 params = 0, macs = 0;
    int images = 0, evaluated = 0, failed = 0, resumed = 0;
    double top1 = 0.0, top5 = 0.0;        ///< percent of the evaluated images
    QVector<EvalClass> perClass;
    QVector<EvalConfusion> confused;
    QStringList errors;                   ///< images that could not be evaluated, with the reason
    QVector<EvalImage> samples;           ///< every image evaluated (or failed), in input order
    bool cancelled = false;
    QString error;                        ///< non-empty: this scale could not be evaluated at all
    QString csvRow;                       ///< timm validate columns (evalCsvHeader())
    bool operator==(const EvalItem &o) const;
};

/// Single-dimension scaling study: latency of B0 (or Lite0) scaled one way up to a MACs budget.
struct SweepRequest
{
    QString base = QStringLiteral("b0");  ///< "b0" or "lite0"
    qint64 budgetMacs = 2'000'000'000;
    int points = 5;                       ///< per dimension, the base included
    QStringList dimensions{QStringLiteral("width"), QStringLiteral("depth"), QStringLiteral("resolution"),
                           QStringLiteral("compound")};
    int iters = 5;
};

struct SweepItem
{
    quint64 requestId = 0;
    QString base, dimension;              ///< dimension: width, depth, resolution or compound
    double multiplier = 1.0;              ///< of the dimension (phi for compound)
    double width = 1.0, depth = 1.0;
    int resolution = 224;
    qint64 macs = 0, params = 0;
    double medianMs = 0.0;
    QString engine;
    QString error;
    bool operator==(const SweepItem &o) const
    {
        return base == o.base && dimension == o.dimension && multiplier == o.multiplier && width == o.width
            && depth == o.depth && resolution == o.resolution && macs == o.macs && params == o.params
            && medianMs == o.medianMs && engine == o.engine && error == o.error;
    }
};

/// How much each block's hidden channels seem to matter: BN scale magnitudes of the loaded
/// weights, and how sparse the activations are on one photo.
struct ImportanceRow
{
    QString layer;                        ///< the tap: "features.0", "features.2.0.block.1", "features.8"
    int stage = 0;                        ///< 0 stem, 1..7 stages, 8 head
    int channels = 0;
    double meanAbsGamma = 0.0;
    double weakFraction = 0.0;            ///< |gamma| below 5 % of the layer's largest |gamma|
    double deadFraction = 0.0;            ///< channels never above 0 on this photo
    double nonPositiveFraction = 0.0;     ///< activations <= 0 on this photo
};

struct ImportanceView
{
    quint64 requestId = 0;
    QString model, weightsLabel, imagePath;
    bool pretrained = false;
    QVector<ImportanceRow> rows;
    double ms = 0.0;
};

struct TaskError
{
    quint64 requestId = 0;
    JobKind kind = JobKind::Load;
    core::ErrorCategory category = core::ErrorCategory::InvalidInput;
    QString message;
    bool cancelled() const { return category == core::ErrorCategory::Cancelled; }
};

/// Why a download failed, for the UI to word and the tests to check.
enum class DownloadError { Network, NotFound, Http, HashMismatch, SizeMismatch, DiskFull, Io, Cancelled };
QString downloadErrorName(DownloadError e);

/// One weights.json entry and its state in the cache (the weights manager's rows).
struct WeightsRow
{
    enum class State { Cached, Downloading, Missing, Failed };
    QString id, model, source, file;
    qint64 size = 0;           ///< bytes, 0 when unknown
    /// A float32 state_dict of the model: 4 bytes per parameter and BN statistic (what a file
    /// not downloaded yet is shown as, marked approximate)
    qint64 estimatedSize = 0;
    double top1 = -1;          ///< published ImageNet top-1 (percent), -1 when unknown
    bool downloadable = false; ///< the registry lists addresses
    State state = State::Missing;
    QString path;              ///< the cached file, when cached
    qint64 received = 0, total = 0;
    DownloadError error = DownloadError::Network;
    QString message;           ///< why the last attempt failed
};

/// "cached", "downloading", "missing", "failed".
QString weightsStateName(WeightsRow::State s);

/// What loading a model without naming a file gives: pretrained weights from the cache, weights
/// that File > Weights can download first, or none at all (random init: untrained).
enum class WeightsAvailability { Cached, Downloadable, Untrained };
using WeightsAvailabilityMap = QHash<QString, WeightsAvailability>;
/// One state per model from the weights store's rows (a cached file beats a downloadable one;
/// models with no row, custom scales among them, are absent: untrained).
WeightsAvailabilityMap weightsAvailability(const QVector<WeightsRow> &rows);

/// How a model is named on screen: "B0", "Lite0", a custom scale's own name (core::displayName).
QString displayName(const QString &model);
/// The ImageNet class name of an index ("" outside 0..999).
QString className(int index);

void registerMetaTypes();

/// A red line that says why a result is unreliable (its model's weights hold NaN or Inf), for
/// captions in rich text; empty when `why` is.
QString unreliableHtml(const QString &why);

} // namespace effscope

Q_DECLARE_METATYPE(effscope::ModelInfo)
Q_DECLARE_METATYPE(effscope::ClassifyResult)
Q_DECLARE_METATYPE(effscope::TaskError)
Q_DECLARE_METATYPE(effscope::CamView)
Q_DECLARE_METATYPE(effscope::ActivationView)
Q_DECLARE_METATYPE(effscope::ChannelView)
Q_DECLARE_METATYPE(effscope::CompareItem)
Q_DECLARE_METATYPE(effscope::LatencyItem)
Q_DECLARE_METATYPE(effscope::EvalItem)
Q_DECLARE_METATYPE(effscope::SweepItem)
Q_DECLARE_METATYPE(effscope::ImportanceView)
Q_DECLARE_METATYPE(effscope::DownloadError)
Q_DECLARE_METATYPE(effscope::CamExportItem)
Q_DECLARE_METATYPE(effscope::QuantizeResult)
