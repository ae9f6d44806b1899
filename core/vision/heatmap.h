// SPDX-License-Identifier: MIT
#pragma once
// Heatmaps and activation grids as pictures: a model-input-sized heat map placed back on the
// photo the user gave (the centre crop and the resize undone), colour maps, overlays, channel
// grids, raw float output. OpenCV only; maps arrive as float buffers.
#include "vision/image.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace effscope::core {

enum class Colormap { Jet, Viridis, Inferno, Turbo, Grey };

/// "jet", "viridis", "inferno", "turbo", "grey"; throws InvalidInput listing them.
Colormap parseColormap(const std::string &name);
const char *colormapName(Colormap c);

struct HeatOnImage
{
    cv::Mat heat;     ///< CV_32F, the original image's size; 0 outside `covered`
    cv::Rect covered; ///< the part of the photo the model saw (the centre crop, in photo pixels)
};

/// The part of a width x height photo that the centre crop of `g` shows, in photo pixels.
cv::Rect cropRectOnPhoto(const CropGeometry &g, int width, int height);

/// Maps a crop x crop heat map (row-major floats) back onto the width x height photo that was
/// resized and centre-cropped by `g`: bilinear, pixel centres aligned.
HeatOnImage heatToImage(const float *heat, int crop, const CropGeometry &g, int width, int height);

/// 8-bit RGB colours for a CV_32F map in [0, 1] (values outside are clamped).
cv::Mat colorize(const cv::Mat &heat01, Colormap colormap);

/// The photo (CV_8UC3 RGB) with the coloured heat blended in at `opacity` (0..1) inside
/// `covered`; outside it the photo is dimmed to half brightness, so what the model did not see
/// is visibly out of the picture.
cv::Mat overlayHeat(const cv::Mat &rgb, const HeatOnImage &heat, Colormap colormap, double opacity);

/// A tiled grid of channels (maps: C x h x w floats, row-major). `order` lists the channels to
/// show (e.g. sorted by mean activation); each tile is min-max normalised on its own, scaled to
/// `cell` pixels (nearest, so single activations stay visible) and coloured; 1-pixel gaps.
cv::Mat channelGrid(const float *maps, int channels, int h, int w, const std::vector<int> &order, int columns,
                    int cell, Colormap colormap);

/// Writes a CV_32F single-channel map: .npy (float32), .tiff/.tif (32-bit float TIFF) or .exr.
/// Throws InvalidInput for another extension, Io when writing fails; never leaves a partial file.
void writeFloatMap(const std::string &path, const cv::Mat &map);
/// Throws InvalidInput unless writeFloatMap knows the path's extension (check before the work).
void checkFloatMapPath(const std::string &path);

/// Encodes an 8-bit RGB image as PNG and writes it atomically.
void writePng(const std::string &path, const cv::Mat &rgb);

} // namespace effscope::core
