// SPDX-License-Identifier: MIT
#pragma once
// A post-training int8 EfficientNet-Lite as data: s8 weights with one scale per output channel
// (the classifier's too), BatchNorm folded into float biases, and the scale and zero point of
// every activation (u8). Only the logits are float.
// quant/quantize.h makes one from a float model and a calibration record; quant/int8_engine.h
// runs it. Saved as safetensors (format tag "effscope-int8-1" in its metadata, the calibration
// record it was made with beside it), so a quantized model is a file like any weights file:
// torch-free here, and the reader is fuzzed with the others (a file from disk is untrusted:
// every tensor's dtype and shape is checked against the architecture its metadata names, every
// scale finite and positive, every zero point in [0, 255]).
#include "arch/arch_spec.h"
#include "weights/calibration_record.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace effscope::core {

/// real = scale * (q - zero) for a u8 activation q.
struct ActQuant
{
    float scale = 1.0f;
    int zero = 0;
};

struct Int8Conv
{
    std::string name;                ///< module path of the convolution unit, e.g. "features.0"
    int in = 0, out = 0;             ///< channels; a depthwise convolution has in == out
    int kernel = 1, stride = 1;
    bool depthwise = false;
    bool relu6 = true;               ///< ReLU6 after it (projections have none)
    std::vector<int8_t> weight;      ///< [out][in][k][k], depthwise [out][k][k]
    std::vector<float> weightScale;  ///< [out], real weight = scale * q
    std::vector<float> bias;         ///< [out], BatchNorm folded
    ActQuant output;                 ///< of its output
};

struct Int8Block
{
    std::string path;                ///< "features.S.I"
    bool hasExpand = false, residual = false;
    Int8Conv expand, depthwise, project;
    ActQuant sum;                    ///< of the block output when it adds its input
};

struct Int8Model
{
    std::string preset;              ///< the Lite preset it was made from ("lite0".."lite4")
    std::string method;              ///< how activation ranges were chosen: "minmax" or "percentile"
    std::string rounding = "nearest"; ///< how weights were rounded: "nearest" or "learned" (quant/learned_rounding.h)
    ActQuant input;
    Int8Conv stem;
    std::vector<Int8Block> blocks;
    Int8Conv head;
    ActQuant pooled;                 ///< the head's average, the classifier's input
    Int8Conv classifier;             ///< "classifier.1" as a 1x1 convolution with float logits out
    int features = 0, classes = 0;
    std::vector<std::string> classNames; ///< the user's classes of fine-tuned weights; empty: ImageNet
    std::string weights;             ///< the float weights it was quantized from (file name)
    CalibrationRecord calibration;
};

/// Whether the stem's output goes straight to the first block's depthwise (no expand, no
/// residual, ReLU6 after the stem: every Lite). Then the engine keeps that tensor in float
/// (quant/int8_engine.cpp says why), and what simulates the model must too.
bool stemFeedsDepthwise(const Int8Model &model);

/// The architecture of an int8 model: its preset, with the classifier's output count.
ResolvedModel int8Architecture(const Int8Model &model);

/// A model of a Lite architecture with every convolution named and shaped and nothing filled
/// in. Throws InvalidInput for a model that is not Lite.
Int8Model int8Skeleton(const std::string &preset, const ResolvedModel &spec);

/// Writes the model as safetensors, atomically.
void writeInt8Model(const std::string &path, const Int8Model &model);
/// Reads a file written by writeInt8Model. Anything else (other weights, a damaged or
/// inconsistent file) is refused: UnsupportedFormat, ShapeMismatch or Damaged with what is wrong.
Int8Model readInt8Model(const std::string &path);
Int8Model parseInt8Model(const std::string &bytes, const std::string &name);
/// Whether a file is safetensors whose metadata says it is an int8 model (false for anything
/// unreadable).
bool isInt8ModelFile(const std::string &path);

/// Where the int8 model of the float weights at `weightsPath` is kept: beside them,
/// "<stem>.int8-<method>.safetensors".
std::string int8PathFor(const std::string &weightsPath, const std::string &method);
/// The int8 model quantize left beside `weightsPath` (percentile ranges first, then min/max),
/// or "" when there is none.
std::string findInt8Model(const std::string &weightsPath);

} // namespace effscope::core
