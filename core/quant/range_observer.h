// SPDX-License-Identifier: MIT
#pragma once
// Calibration for post-training quantization: the range of every activation of a network over
// a set of the user's photos. An int8 model needs one scale per activation tensor; min / max
// gives the scale that never clips, a high percentile of |x| one that clips rare outliers for
// finer steps everywhere else. Both come from here.
//
// RangeObserver keeps min, max and a histogram of |x| (2048 bins from 0 to a power-of-two
// multiple of the first batch's |x| maximum; when a later batch exceeds it the range doubles and
// neighbouring bins merge, so no count is ever split or guessed). A percentile read from it is
// the upper edge of the bin where the count is reached: at most one bin width above the exact
// value.
#include "nn/efficientnet.h"
#include "weights/calibration_record.h"

#include <ATen/ATen.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace effscope::core {

class RangeObserver
{
public:
    static constexpr int kBins = 2048;

    void observe(const at::Tensor &values);

    int64_t count() const { return m_count; }
    double min() const { return m_min; }
    double max() const { return m_max; }
    /// The smallest v with at least p percent of the observed |x| at or below it (to one bin
    /// width above; p in (0, 100]). Throws InvalidInput before anything was observed.
    double absPercentile(double p) const;
    /// The histogram's bin width (its resolution).
    double binWidth() const { return m_range / kBins; }

private:
    int64_t m_count = 0;
    double m_min = 0.0, m_max = 0.0;
    double m_range = 0.0; // the histogram covers [0, m_range]
    std::vector<int64_t> m_bins;
};

/// Observes every layer output of a reference module (the names of its LayerObserver: each
/// convolution unit after its activation, each SE gate, each block's sum, the pooled features,
/// the logits) and the network input ("input").
class Calibrator
{
public:
    explicit Calibrator(EfficientNetImpl &net);

    /// Runs a batch of preprocessed images [N, 3, H, W] through the network in eval mode.
    void observe(const at::Tensor &batch);
    int64_t images() const { return m_images; }
    std::map<std::string, ActivationRange> ranges() const;
    /// The mean of each channel of every convolution unit's (and the classifier's) input.
    std::map<std::string, std::vector<double>> inputMeans() const;

private:
    EfficientNetImpl &m_net;
    std::map<std::string, RangeObserver> m_observers;
    std::set<std::string> m_units; // whose input means are kept
    std::map<std::string, std::pair<at::Tensor, int64_t>> m_inputSums; // per channel, and values per channel
    int64_t m_images = 0;
};

} // namespace effscope::core
