// SPDX-License-Identifier: MIT
#pragma once
// Inside the fast path (fast_engine.h), not part of the API: the plan a FastEfficientNet builds per
// input shape (its steps, the buffers they share, the outputs it can hand back) and the builders
// of the steps that are effscope's own code rather than oneDNN primitives (fast_own_steps.cpp).
// fast_engine.cpp builds the oneDNN steps and owns the plans.
#include "arch/arch_spec.h"
#include "infer/mbconv_fused.h"
#include "infer/squeeze_excite.h"

#include <ATen/core/Tensor.h>
#include <oneapi/dnnl/dnnl.hpp>

#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace effscope::core::fastplan {

using dnnl::memory;

enum class Post { None, Activation };

// One convolution with its BatchNorm folded in (or an SE 1x1 convolution with its bias).
struct ConvWeights
{
    std::string name;
    std::string kind;
    at::Tensor weight; // float [O, I/groups, k, k], contiguous
    at::Tensor bias;   // float [O]
    int groups = 1;
    int kernel = 1;
    int stride = 1;
    Post post = Post::Activation;
};

struct BlockWeights
{
    std::string path;
    bool hasExpand = false;
    bool hasSe = false;
    bool residual = false;
    std::string stageOutput; // "features.S" when this is its stage's last block
    ConvWeights expand, depthwise, fc1, fc2, project;
    at::Tensor fc2t; // fc2's weights as [hidden, channels] (infer/squeeze_excite.h)
    std::shared_ptr<const FusedMbconv> fused; // packed for infer/mbconv_fused.h where it applies
};

// Buffers shared between layers: block outputs alternate between A and B, expanded tensors
// use E1/E2, SE vectors P/S1/S2, the pooled head output Q, the fused blocks' rings R.
enum Slot : int { kInput, kA, kB, kE1, kE2, kP, kS1, kS2, kQ, kR, kOutput, kSlotCount };

struct Step
{
    std::string name, kind, impl;
    dnnl::primitive prim;
    std::function<void()> own; // a step of our own code instead of prim (reads slots at run time)
    std::vector<std::tuple<int, int, memory::desc>> acts; // (arg, slot, desc)
    std::unordered_map<int, memory> fixed;               // weights, bias
    std::unordered_map<int, memory> args;                // bound at plan build
};

// A layer output that can be copied out after a step: stem, block, stage and head outputs.
struct Capture
{
    std::string name;
    size_t afterStep = 0;
    int slot = 0;
    memory::desc md;
    memory mem; // bound to the slot buffer
};

struct Plan
{
    void execute(size_t step, dnnl::stream &stream)
    {
        Step &s = steps[step];
        if (s.own)
            s.own();
        else
            s.prim.execute(stream, s.args);
    }

    std::vector<Step> steps;
    std::vector<Capture> captures;
    std::vector<at::Tensor> buffers; // per slot (input/output bound per call)
    std::vector<memory *> inputs, outputs;
    std::vector<std::unique_ptr<memory>> ioMemories;
    int64_t outputSize = 0;
    int fusedBlocks = 0; // blocks run by infer/mbconv_fused.h
};

inline memory::dims dims(std::initializer_list<int64_t> d)
{
    return memory::dims(d);
}

/// How a feature map desc lays out its channels and pixels, if our own loops can read it (NHWC,
/// or one channel block in the innermost dimension, no offset: every layout a plan uses).
bool mapGeometry(const memory::desc &md, MapGeometry &g);

/// A block's SE weights as the squeeze and excite steps read them.
SqueezeWeights squeezeWeights(const BlockWeights &b, Activation activation);

/// SE's squeeze (pool, fc1, fc2) as one step of our own (squeeze_excite.h) on the map `x` in
/// slot xSlot; returns the gate's desc: [N, C, 1, 1] in `layout`, written to gateSlot.
memory::desc addSqueeze(Plan &plan, std::vector<size_t> &slotBytes, const BlockWeights &b, const std::string &name,
                        const memory::desc &x, int xSlot, int gateSlot, Activation activation,
                        memory::format_tag layout);

/// False when EFFSCOPE_FUSED_MBCONV=0 keeps every block on oneDNN's primitives (A/B runs).
bool fusedBlocksAllowed();

/// A block with SE as three steps of our own code (mbconv_fused.h): (expand +) depthwise + SE
/// sums, SE's fc1 and fc2, the gated project (+ the residual, in place when
/// outSlot is xSlot). `shape` holds the batch, the map and the depthwise's output size and
/// padding; returns the block output's desc (nChw16c).
memory::desc addFusedBlock(Plan &plan, std::vector<size_t> &slotBytes, const BlockWeights &b, FusedShape shape,
                           int xSlot, int outSlot, Activation activation);

} // namespace effscope::core::fastplan
