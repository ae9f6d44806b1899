// SPDX-License-Identifier: MIT
#pragma once
// The job kinds, one factory each; every factory lives in its own file in this folder. No torch
// here: InferenceWorker's request functions call these and hand the job to the scheduler.
#include "job.h"

#include <memory>
#include <optional>

namespace effscope {

struct LoadRequest
{
    QString model;                       ///< a preset, or the custom scale's name
    QString device = QStringLiteral("cpu");
    QString weights;                     ///< "" registry default, "untrained", or a file
    QString precision = QStringLiteral("fp32");
    std::optional<CustomScale> custom;   ///< set: build this scale (random init)
};

std::unique_ptr<Job> makeLoadJob(const LoadRequest &request);
std::unique_ptr<Job> makeClassifyJob(const QString &imagePath, int topk);
std::unique_ptr<Job> makeChannelJob(const QString &layer, int channel);
std::unique_ptr<Job> makeCamJob(const CamRequest &request);
std::unique_ptr<Job> makeActivationsJob(const QString &imagePath, const QString &layer);
std::unique_ptr<Job> makeCompareJob(const CompareRequest &request);
std::unique_ptr<Job> makeImportanceJob(const QString &imagePath);
std::unique_ptr<Job> makeLatencyJob(const QStringList &models, int iters, const QVector<CustomScale> &custom);
std::unique_ptr<Job> makeEvaluateJob(const EvalRequest &request);
std::unique_ptr<Job> makeStudyJob(const SweepRequest &request);
std::unique_ptr<Job> makeCamExportJob(const CamExportRequest &request);
std::unique_ptr<Job> makeQuantizeJob(const QuantizeRequest &request);

} // namespace effscope
