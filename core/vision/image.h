// SPDX-License-Identifier: MIT
#pragma once
// Image decoding and preprocessing. One path for every file: the header is probed first
// (format, size) so oversized images are refused before any pixel is decoded; then OpenCV
// decodes, and every conversion to 8-bit RGB is explicit and reported:
//  - grey -> RGB by replication; alpha dropped (as Pillow's convert("RGB") does);
//  - 16-bit -> 8-bit by keeping the high byte (as Pillow does for 16-bit RGB PNGs);
//  - CMYK/YCCK JPEGs -> RGB by libjpeg + OpenCV;
//  - EXIF orientation (JPEG) and the TIFF Orientation tag applied, so the pixels are upright
//    as a photo viewer shows them;
//  - TIFF: the first image of the file (what OpenCV decodes), 8 or 16 bits; BigTIFF and float
//    samples are refused.
// Preprocessing reproduces torchvision's PIL pipeline (Resize(shorter) with Pillow's resampling
// filters, CenterCrop with Python's round-half-even, ToTensor, Normalize) in float32.
#include "arch/preprocess.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace effscope::core {

struct DecodeLimits
{
    int64_t maxPixels = 50'000'000;      ///< width x height
    int64_t maxFileBytes = 256ll << 20;  ///< compressed size
};

struct DecodedImage
{
    cv::Mat rgb;                 ///< CV_8UC3, RGB order, upright
    std::string format;          ///< "jpeg", "png", "webp", "bmp", "tiff"
    int sourceChannels = 3;
    int sourceBitDepth = 8;
    int exifOrientation = 1;     ///< 1 = none; 2..8 were applied
    std::vector<std::string> conversions; ///< human-readable list of what was converted
};

struct ImageProbe
{
    std::string format;  ///< empty when unknown
    int64_t width = 0;
    int64_t height = 0;
    int exifOrientation = 1;
};

/// Reads format, size and EXIF orientation from the header only. Throws UnsupportedFormat for
/// unknown or truncated headers.
ImageProbe probeImage(const std::string &bytes);

DecodedImage decodeImage(const std::string &bytes, const DecodeLimits &limits = {});
/// Throws Io when the file cannot be read, plus everything decodeImage throws, with the path.
DecodedImage decodeImageFile(const std::string &path, const DecodeLimits &limits = {});

/// Pillow's resize for 8-bit RGB (separable, antialiased filters, 22-bit fixed point).
cv::Mat resizeLikePillow(const cv::Mat &rgb, int width, int height, Interpolation interpolation);

/// Where the centre crop lies in the resized image, and the resized size.
struct CropGeometry
{
    int resizedWidth = 0, resizedHeight = 0;
    int left = 0, top = 0, size = 0;
};
CropGeometry cropGeometry(int width, int height, const Preprocess &p);

/// CHW float32 planes of size 3 x crop x crop, normalised.
std::vector<float> preprocessImage(const cv::Mat &rgb, const Preprocess &p);

} // namespace effscope::core
