// SPDX-License-Identifier: MIT
// effscope-cli calibrate: the first step of int8 quantization, every activation's range over the
// user's photos (pipeline/calibrate_photos.h), printed and saved as a record.
#include "commands.h"
#include "explain_commands.h"
#include "train_support.h"

#include "common/dataset.h"
#include "common/error.h"

#ifdef EFFSCOPE_WITH_VISION
#include "pipeline/calibrate_photos.h"
#endif

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
        throw Error(ErrorCategory::InvalidInput, "calibrate needs --model M and --calibrate FOLDER (photos like the ones "
                                                 "the model will see)");
    const int batch = a.has("batch") ? toInt("batch", a.get("batch"), 1, 256) : 8;
    const std::vector<std::string> photos = listImagesUnder(a.get("calibrate"));
    ModelHandle h = modelFromArgs(a, "calibration ranges mean");
    const bool quiet = a.flags.count("json") > 0;
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

} // namespace effscope::cli
