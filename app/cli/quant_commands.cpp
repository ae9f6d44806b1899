// SPDX-License-Identifier: MIT
// effscope-cli calibrate and quantize: every activation's range over the user's photos
// (pipeline/calibrate_photos.h), printed and saved as a record; the int8 model made from it
// (quant/quantize.h), saved beside the float weights and checked against them.
#include "commands.h"
#include "explain_commands.h"
#include "train_support.h"

#include "arch/presets.h"
#include "common/dataset.h"
#include "common/error.h"

#include "quant/int8_engine.h"
#include "quant/quantize.h"
#include "weights/int8_model.h"

#ifdef EFFSCOPE_WITH_VISION
#include "pipeline/calibrate_photos.h"
#endif

#include <filesystem>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace effscope::cli {

using namespace core;
using json = nlohmann::json;

int cmdCalibrate(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    (void)a;
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; calibrate is unavailable");
#else
    if (!a.has("model") || !a.has("calibrate"))
        throw UsageError("calibrate needs --model M and --calibrate FOLDER (photos like the ones "
                         "the model will see)");
    const int batch = a.has("batch") ? toInt("batch", a.get("batch"), 1, 256) : 8;
    const std::vector<std::string> photos = listImagesUnder(a.get("calibrate"));
    ModelHandle h = modelFromArgs(a, "calibration ranges mean");
    const bool quiet = a.flags.count("json") > 0 || a.flags.count("csv") > 0;
    CancelOnInterrupt interrupt;
    const CalibrationRecord r = calibratePhotos(h, photos, batch, [&](int done, int total) {
        if (!quiet)
            std::fprintf(stderr, "\rcalibrating %s: %d / %d photos", h.config.name.c_str(), done, total);
        return !interrupt.requested();
    });
    if (!quiet)
        std::fprintf(stderr, "\n");
    if (a.has("out"))
        writeCalibration(a.get("out"), r);
    if (a.flags.count("csv")) { // every activation's range, one row each
        json rows = json::array();
        for (const auto &[name, v] : r.ranges)
            rows.push_back({{"activation", name}, {"min", v.min}, {"max", v.max}, {"p99.9", v.p999},
                            {"p99.99", v.p9999}, {"p99.999", v.p99999}, {"count", v.count}});
        printCsv(rows, {"activation", "min", "max", "p99.9", "p99.99", "p99.999", "count"});
        return 0;
    }
    if (quiet) {
        json ranges = json::object();
        for (const auto &[name, v] : r.ranges)
            ranges[name] = {{"min", v.min}, {"max", v.max}, {"p99.99", v.p9999}};
        std::cout << json{{"model", r.model}, {"weights", r.weights}, {"resolution", r.resolution},
                          {"photos", r.photos.size()}, {"activations", r.ranges.size()}, {"ranges", ranges},
                          {"out", a.get("out")}}
                         .dump(1)
                  << "\n";
        return 0;
    }
    // where the percentile clips most: the activations an int8 scale from min / max would waste
    std::vector<std::pair<double, std::string>> spread;
    for (const auto &[name, v] : r.ranges)
        if (v.p9999 > 0)
            spread.emplace_back(std::max(std::abs(v.min), std::abs(v.max)) / v.p9999, name);
    std::sort(spread.rbegin(), spread.rend());
    std::printf("%s calibrated on %zu photos at %d px: %zu activations\n", r.model.c_str(), r.photos.size(),
                r.resolution, r.ranges.size());
    std::printf("%-32s %10s %10s %10s %8s\n", "widest outliers", "min", "max", "p99.99|x|", "max/p");
    for (size_t i = 0; i < spread.size() && i < 8; ++i) {
        const ActivationRange &v = r.ranges.at(spread[i].second);
        std::printf("%-32s %10.4f %10.4f %10.4f %8.2f\n", spread[i].second.c_str(), v.min, v.max, v.p9999,
                    spread[i].first);
    }
    if (a.has("out"))
        std::printf("saved to %s\n", a.get("out").c_str());
    return 0;
#endif
}

int cmdQuantize(const Args &a)
{
#ifndef EFFSCOPE_WITH_VISION
    (void)a;
    throw Error(ErrorCategory::UnsupportedFormat, "this effscope-cli was built without OpenCV; quantize is unavailable");
#else
    if (!a.has("model") || a.has("calibrate") == a.has("calibration"))
        throw UsageError("quantize needs --model M and either --calibrate FOLDER (photos like the "
                         "ones the model will see) or --calibration RECORD (from calibrate --out)");
    const std::string method = a.get("method", "percentile");  // percentile or minmax (the parser's choices)
    const std::string rounding = a.get("rounding", "learned"); // or nearest
    RoundingOptions roundingOptions;
    if (a.has("rounding-steps"))
        roundingOptions.iterations = toInt("rounding-steps", a.get("rounding-steps"), 1, 100000);
    const int batch = a.has("batch") ? toInt("batch", a.get("batch"), 1, 256) : 8;
    const std::vector<std::string> photos = a.has("calibrate") ? listImagesUnder(a.get("calibrate"))
                                                               : std::vector<std::string>{};
    ModelHandle h = modelFromArgs(a, "int8 model means");
    if (!h.pretrained)
        throw Error(ErrorCategory::InvalidInput, "quantize needs pretrained weights; none are cached for " + h.config.name);
    const bool quiet = a.flags.count("json") > 0;
    CancelOnInterrupt interrupt;
    CalibrationRecord record;
    if (a.has("calibration")) {
        record = readCalibration(a.get("calibration"));
        if (record.model != h.config.name || record.resolution != h.preprocess.cropSize)
            throw Error(ErrorCategory::InvalidInput, a.get("calibration") + " was made for " + record.model + " at "
                                                         + std::to_string(record.resolution) + " px, not "
                                                         + h.config.name + " at " + std::to_string(h.preprocess.cropSize));
    } else {
        record = calibratePhotos(h, photos, batch, [&](int done, int total) {
            if (!quiet)
                std::fprintf(stderr, "\rcalibrating %s: %d / %d photos", h.config.name.c_str(), done, total);
            return !interrupt.requested();
        });
        if (!quiet)
            std::fprintf(stderr, "\n");
    }
    Int8Model model = quantizeModel(*h.net, h.config.name, h.preprocess, record, method);
    RoundingReport learnt;
    if (rounding == "learned") { // on the photos calibrated on: --calibrate's, or those the record names
        learnt = learnRoundingOnPhotos(h, model, a.has("calibration") ? record.photos : photos, roundingOptions, [&](int done, int total) {
            if (!quiet)
                std::fprintf(stderr, "\rlearning the rounding: %d / %d layers", done, total);
            return !interrupt.requested();
        });
        if (!quiet)
            std::fprintf(stderr, "\n");
    }
    model.classNames = h.ownClasses;
    model.weights = std::filesystem::path(h.weightsPath).filename().string();
    const std::string out = a.get("out", int8PathFor(h.weightsPath, method));
    writeInt8Model(out, model);

    // the int8 model against the float one, on the calibration photos
    Int8EfficientNet engine(model);
    const Int8Agreement cmp = compareInt8(h, engine, photos, [&](int, int) { return !interrupt.requested(); });
    if (interrupt.requested())
        throw Error(ErrorCategory::Cancelled, "quantize interrupted (the int8 model was saved to " + out + ")");
    const int compared = cmp.compared;
    const double agreement = compared ? double(cmp.agree) / compared : 0.0;
    if (quiet) {
        json j{{"model", h.config.name}, {"weights", h.weightsLabel}, {"method", method}, {"rounding", rounding}, {"out", out},
               {"calibration_photos", record.photos.size()}, {"kernels", engine.isaName()}};
        if (rounding == "learned")
            j["rounded_other_way"] = learnt.weights ? double(learnt.flipped) / double(learnt.weights) : 0.0;
        if (compared > 0) {
            j["agreement_top1"] = agreement;
            j["mean_kl"] = cmp.meanKl;
            j["compared"] = compared;
        }
        std::cout << j.dump(1) << "\n";
        return 0;
    }
    std::printf("%s int8 (%s ranges from %zu photos, %s rounding, %s kernels) saved to %s\n",
                displayName(h.config.name).c_str(), method.c_str(), record.photos.size(), rounding.c_str(),
                engine.isaName().c_str(), out.c_str());
    if (rounding == "learned")
        std::printf("learned rounding: %.1f%% of %lld weights in %d layers rounded the other way than nearest\n",
                    learnt.weights ? 100.0 * double(learnt.flipped) / double(learnt.weights) : 0.0,
                    static_cast<long long>(learnt.weights), learnt.units);
    if (compared > 0)
        std::printf("against fp32 on the %d calibration photos: top-1 agreement %.1f%%, mean KL %.4f nats\n", compared,
                    100.0 * agreement, cmp.meanKl);
    return 0;
#endif
}

} // namespace effscope::cli
