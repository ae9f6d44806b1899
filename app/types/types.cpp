// SPDX-License-Identifier: MIT
#include "types.h"
#include "train_types.h"

#include "common/paths.h"

#include "arch/presets.h"

namespace effscope {

const char *jobKindName(JobKind kind)
{
    switch (kind) {
    case JobKind::Load: return "load";
    case JobKind::Classify: return "classify";
    case JobKind::Channel: return "channel";
    case JobKind::Cam: return "cam";
    case JobKind::Activations: return "activations";
    case JobKind::Compare: return "compare";
    case JobKind::Importance: return "importance";
    case JobKind::Latency: return "latency";
    case JobKind::Evaluate: return "evaluate";
    case JobKind::Study: return "study";
    case JobKind::CamExport: return "cam-export";
    case JobKind::Quantize: return "quantize";
    }
    return "?";
}

bool EvalItem::operator==(const EvalItem &o) const
{
    return model == o.model && weightsLabel == o.weightsLabel && dataset == o.dataset && pretrained == o.pretrained
        && imageSize == o.imageSize && cropPct == o.cropPct && interpolation == o.interpolation && params == o.params
        && macs == o.macs && images == o.images && evaluated == o.evaluated && failed == o.failed
        && resumed == o.resumed && top1 == o.top1 && top5 == o.top5 && perClass == o.perClass
        && confused == o.confused && errors == o.errors && cancelled == o.cancelled && error == o.error
        && csvRow == o.csvRow && samples == o.samples;
}

QString downloadErrorName(DownloadError e)
{
    switch (e) {
    case DownloadError::Network: return QStringLiteral("network");
    case DownloadError::NotFound: return QStringLiteral("not-found");
    case DownloadError::Http: return QStringLiteral("http");
    case DownloadError::HashMismatch: return QStringLiteral("hash-mismatch");
    case DownloadError::SizeMismatch: return QStringLiteral("size-mismatch");
    case DownloadError::DiskFull: return QStringLiteral("disk-full");
    case DownloadError::Io: return QStringLiteral("io");
    case DownloadError::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("?");
}

QString weightsStateName(WeightsRow::State s)
{
    switch (s) {
    case WeightsRow::State::Cached: return QStringLiteral("cached");
    case WeightsRow::State::Downloading: return QStringLiteral("downloading");
    case WeightsRow::State::Missing: return QStringLiteral("missing");
    case WeightsRow::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

WeightsAvailabilityMap weightsAvailability(const QVector<WeightsRow> &rows)
{
    WeightsAvailabilityMap out;
    for (const WeightsRow &r : rows) {
        auto it = out.find(r.model);
        if (it == out.end())
            it = out.insert(r.model, WeightsAvailability::Untrained);
        if (r.state == WeightsRow::State::Cached)
            *it = WeightsAvailability::Cached;
        else if (r.downloadable && *it == WeightsAvailability::Untrained)
            *it = WeightsAvailability::Downloadable;
    }
    return out;
}

QString displayName(const QString &model)
{
    return QString::fromStdString(core::displayName(model.toStdString()));
}

QString className(int index)
{
    const auto &names = core::imagenetClasses();
    return index >= 0 && index < int(names.size()) ? QString::fromStdString(names[size_t(index)]) : QString();
}

void registerMetaTypes()
{
    qRegisterMetaType<ModelInfo>();
    qRegisterMetaType<QuantizeResult>();
    qRegisterMetaType<ClassifyResult>();
    qRegisterMetaType<TaskError>();
    qRegisterMetaType<CamView>();
    qRegisterMetaType<ActivationView>();
    qRegisterMetaType<ChannelView>();
    qRegisterMetaType<CompareItem>();
    qRegisterMetaType<LatencyItem>();
    qRegisterMetaType<EvalItem>();
    qRegisterMetaType<SweepItem>();
    qRegisterMetaType<CamExportItem>();
    qRegisterMetaType<ImportanceView>();
    qRegisterMetaType<DownloadError>();
    qRegisterMetaType<TrainCurvePoint>();
    qRegisterMetaType<ProbeItem>();
    qRegisterMetaType<GridState>();
    qRegisterMetaType<TrainSummary>();
}

QString unreliableHtml(const QString &why)
{
    return why.isEmpty() ? QString()
                         : QStringLiteral("<br><b><font color=\"#c62828\">%1</font></b>").arg(why.toHtmlEscaped());
}

} // namespace effscope
