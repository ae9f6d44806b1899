// SPDX-License-Identifier: MIT
#pragma once
// An MBConv block of the fast path (fast_engine.h) run by effscope's own AVX-512 code on maps in
// oneDNN's nChw16c layout, in three steps instead of oneDNN's four or five (a block without an
// expansion skips the expand: its input's rows go into the ring as they are):
//  1. expand 1x1 + activation, depthwise k x k + activation, and the SE channel sums, by rows:
//     each task owns a few 16-channel blocks of the expanded tensor and keeps only the k rows
//     of them the depthwise needs (a ring), so the expanded tensor (6x the block's input) never
//     goes through memory; the depthwise output is written once;
//  2. SE's fc1 and fc2 from those sums (squeeze_excite.h's excite);
//  3. the project 1x1 with the gate folded into its weights (each input row scaled by its
//     channel's gate, 64 rows at a time as a thread reaches them), or on small maps into the
//     depthwise output; bias and residual in its epilogue.
// Results match oneDNN's to float rounding (test_fast_engine holds both to the reference).
#include "arch/arch_spec.h"

#include <cstdint>
#include <vector>

namespace effscope::core {

/// A block's folded weights packed for the kernels; channels padded to blocks of 16 with zeros.
struct FusedMbconv
{
    int in = 0, expanded = 0, out = 0, kernel = 3, stride = 1;
    bool expands = true; ///< false: no expand layer (expanded == in; step 1 reads the input's rows)
    Activation activation = Activation::SiLU;
    int64_t expandedBlocks = 0, outBlocks = 0;
    std::vector<float> expandWeight; ///< [expandedBlocks][in][16]
    std::vector<float> expandBias;   ///< [expandedBlocks * 16]
    std::vector<float> dwWeight;     ///< [expandedBlocks][kernel * kernel][16]
    std::vector<float> dwBias;       ///< [expandedBlocks * 16]
    std::vector<float> projectWeight; ///< [outBlocks][expandedBlocks * 16][16]
    std::vector<float> projectBias;   ///< [outBlocks * 16]
};

/// Where one image's maps lie and how the depthwise pads them, and how step 1 splits its work
/// (planFusedMbconv fills the second part).
struct FusedShape
{
    int64_t batch = 1, h = 0, w = 0, oh = 0, ow = 0;
    int padTop = 0, padLeft = 0;
    // step 1's tasks: (image, strip of output rows, group of expanded blocks)
    int64_t strips = 1, groups = 1;
    int64_t rowsPerExpand = 1; ///< input rows expanded together (one product over their pixels)
    int64_t ringRows = 0;      ///< rows a task's ring holds
    int64_t ringFloats = 0;    ///< one task's ring
};

/// True where this CPU (and EFFSCOPE_MAX_CPU_ISA) allows the kernels: AVX-512 F, the same
/// level effscope's own int8 and SE kernels run at (int8Isa() == avx512-vnni).
bool fusedMbconvAvailable();
/// True for the shapes the kernels are built for: kernel 3 or 5, stride 1 or 2.
bool fusedMbconvSupports(int kernel, int stride);

/// Packs folded weights: expand [expanded][in], depthwise [expanded][k * k], project
/// [out][expanded], each with its bias. expandWeight null: a block without expansion (in must
/// equal expanded; expandBias is not read).
FusedMbconv packFusedMbconv(const float *expandWeight, const float *expandBias, const float *dwWeight,
                            const float *dwBias, const float *projectWeight, const float *projectBias, int in,
                            int expanded, int out, int kernel, int stride, Activation activation);

/// Splits step 1 over `threads` for maps of this size (batch, h, w, oh, ow and the padding set).
void planFusedMbconv(const FusedMbconv &b, FusedShape &s, int threads);
/// Floats of scratch step 1 needs (its rings) for a planned shape.
int64_t fusedRingFloats(const FusedMbconv &b, const FusedShape &s);

/// Step 1. x: the block input [N][in/16][H][W][16]; writes dw [N][expanded/16][OH][OW][16] and,
/// when sums is not null, each expanded channel's mean over the OH x OW outputs into
/// sums[n * expandedBlocks * 16 + c] (padding channels zero).
void fusedExpandDepthwise(const FusedMbconv &b, const FusedShape &s, const float *x, float *dw, float *sums,
                          float *ring);

/// Step 3. dw as step 1 wrote it; gate [N][expandedBlocks * 16] or null (no SE); writes out
/// [N][out/16][OH][OW][16], adding what out holds first when residual (the block input, in place).
/// On maps with fewer pixels than outputs, dw is scaled by the gate in place first.
void fusedProject(const FusedMbconv &b, const FusedShape &s, float *dw, const float *gate, bool residual, float *out);

} // namespace effscope::core
