// SPDX-License-Identifier: MIT
#include "weights/calibration_record.h"

#include "common/error.h"
#include "common/file_io.h"
#include "weights/state_dict.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace effscope::core {

namespace {

constexpr const char *kFormat = "effscope-calibration-1";
using json = nlohmann::json;

} // namespace

std::string calibrationJson(const CalibrationRecord &r)
{
    json ranges = json::object();
    for (const auto &[name, a] : r.ranges)
        ranges[name] = {{"min", a.min}, {"max", a.max}, {"p99.9", a.p999}, {"p99.99", a.p9999},
                        {"p99.999", a.p99999}, {"count", a.count}};
    json out{{"format", kFormat}, {"model", r.model}, {"weights", r.weights}, {"resolution", r.resolution},
             {"photos", r.photos}, {"ranges", ranges}};
    if (!r.inputMeans.empty())
        out["input_means"] = r.inputMeans;
    // a photo path need not be UTF-8: such bytes are replaced rather than refused
    return out.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

void writeCalibration(const std::string &path, const CalibrationRecord &r)
{
    writeFileAtomic(path, calibrationJson(r));
}

CalibrationRecord readCalibration(const std::string &path)
{
    return parseCalibration(*readFileBytes(path, size_t(64) << 20), path); // a record is kilobytes
}

CalibrationRecord parseCalibration(const std::string &bytes, const std::string &path)
{
    json in;
    try {
        in = json::parse(bytes);
    } catch (const json::exception &) {
        throw Error(ErrorCategory::UnsupportedFormat, path + " is not JSON");
    }
    const auto isFormat = [&] {
        const auto f = in.is_object() ? in.find("format") : in.end();
        return f != in.end() && f->is_string() && f->get<std::string>() == kFormat;
    };
    if (!isFormat())
        throw Error(ErrorCategory::UnsupportedFormat, path + " is not an effscope calibration record (no '"
                                                          + kFormat + "' format tag)");
    // numbers are read as doubles and checked before any conversion
    const auto number = [&](const json &j, const char *key) {
        const json &v = j.at(key);
        if (!v.is_number())
            throw Error(ErrorCategory::UnsupportedFormat, path + ": '" + key + "' is not a number");
        const double d = v.get<double>();
        if (!std::isfinite(d))
            throw Error(ErrorCategory::Damaged, path + ": '" + key + "' is not finite");
        return d;
    };
    const auto whole = [&](const json &j, const char *key, double most) {
        const double d = number(j, key);
        if (d < 0 || d > most || d != std::floor(d))
            throw Error(ErrorCategory::Damaged, path + ": '" + key + "' is not a count");
        return d;
    };
    CalibrationRecord r;
    try {
        r.model = in.at("model").get<std::string>();
        r.weights = in.at("weights").get<std::string>();
        r.resolution = int(whole(in, "resolution", 100000));
        r.photos = in.at("photos").get<std::vector<std::string>>();
        const json &ranges = in.at("ranges");
        if (!ranges.is_object())
            throw Error(ErrorCategory::UnsupportedFormat, path + ": 'ranges' is not an object");
        for (const auto &[name, a] : ranges.items()) {
            if (!a.is_object())
                throw Error(ErrorCategory::UnsupportedFormat, path + ": the range of '" + name + "' is not an object");
            ActivationRange v;
            v.min = number(a, "min");
            v.max = number(a, "max");
            v.p999 = number(a, "p99.9");
            v.p9999 = number(a, "p99.99");
            v.p99999 = number(a, "p99.999");
            v.count = int64_t(whole(a, "count", 1e15));
            const double top = std::max(std::abs(v.min), std::abs(v.max));
            if (v.min > v.max || v.count < 1 || v.p999 < 0 || v.p999 > v.p9999 || v.p9999 > v.p99999 || v.p99999 > top)
                throw Error(ErrorCategory::Damaged, path + ": the range of '" + name + "' is inconsistent");
            r.ranges[name] = v;
        }
        const auto means = in.find("input_means");
        if (means != in.end()) {
            if (!means->is_object())
                throw Error(ErrorCategory::UnsupportedFormat, path + ": 'input_means' is not an object");
            for (const auto &[name, list] : means->items()) {
                if (!list.is_array() || list.empty() || list.size() > 100000)
                    throw Error(ErrorCategory::UnsupportedFormat, path + ": the input means of '" + name
                                                                      + "' are not a list of 1 to 100000 numbers");
                std::vector<double> v;
                v.reserve(list.size());
                for (const json &x : list) {
                    if (!x.is_number() || !std::isfinite(x.get<double>()))
                        throw Error(ErrorCategory::Damaged, path + ": an input mean of '" + name + "' is not a finite number");
                    v.push_back(x.get<double>());
                }
                r.inputMeans[name] = std::move(v);
            }
        }
    } catch (const json::exception &e) {
        throw Error(ErrorCategory::UnsupportedFormat, path + ": " + e.what());
    }
    if (r.resolution < 1 || r.ranges.empty())
        throw Error(ErrorCategory::Damaged, path + " holds no ranges");
    return r;
}

} // namespace effscope::core
