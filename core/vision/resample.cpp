// SPDX-License-Identifier: MIT
// A port of the arithmetic of Pillow's ImagingResample (libImaging/Resample.c) for 8-bit images,
// so that our preprocessing equals torchvision's on PIL images bit for bit: the same filter
// support widened by the scale (antialiasing when shrinking), the same rounding of the window
// bounds, coefficients normalised then quantised to 22 bits, horizontal pass first, clipping
// to 0..255 after each pass.
#include "common/error.h"
#include "vision/image.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

namespace effscope::core {

namespace {

constexpr int kPrecisionBits = 32 - 8 - 2;

double bicubic(double x)
{
    constexpr double a = -0.5;
    x = std::fabs(x);
    if (x < 1.0)
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0)
        return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}

double bilinear(double x)
{
    x = std::fabs(x);
    return x < 1.0 ? 1.0 - x : 0.0;
}

struct Coefficients
{
    int ksize = 0;
    std::vector<int> bounds;   // xmin, count per output pixel
    std::vector<int32_t> k;    // ksize per output pixel
};

Coefficients precompute(int inSize, int outSize, Interpolation interp)
{
    const double supportBase = interp == Interpolation::Bicubic ? 2.0 : 1.0;
    double (*filter)(double) = interp == Interpolation::Bicubic ? bicubic : bilinear;
    const double scale = double(inSize) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = supportBase * filterScale;
    Coefficients c;
    c.ksize = int(std::ceil(support)) * 2 + 1;
    c.bounds.resize(size_t(outSize) * 2);
    c.k.assign(size_t(outSize) * c.ksize, 0);
    std::vector<double> w(c.ksize);
    for (int xx = 0; xx < outSize; ++xx) {
        const double center = (xx + 0.5) * scale;
        const double ss = 1.0 / filterScale;
        int xmin = int(center - support + 0.5);
        if (xmin < 0)
            xmin = 0;
        int xmax = int(center + support + 0.5);
        if (xmax > inSize)
            xmax = inSize;
        xmax -= xmin;
        double total = 0.0;
        for (int x = 0; x < xmax; ++x) {
            w[x] = filter((x + xmin - center + 0.5) * ss);
            total += w[x];
        }
        for (int x = 0; x < xmax; ++x) {
            const double v = total != 0.0 ? w[x] / total : w[x];
            c.k[size_t(xx) * c.ksize + x] = v < 0 ? int(-0.5 + v * (1 << kPrecisionBits))
                                                  : int(0.5 + v * (1 << kPrecisionBits));
        }
        c.bounds[2 * xx] = xmin;
        c.bounds[2 * xx + 1] = xmax;
    }
    return c;
}

inline uint8_t clip8(int64_t v)
{
    const int64_t s = v >> kPrecisionBits;
    return static_cast<uint8_t>(s < 0 ? 0 : s > 255 ? 255 : s);
}

} // namespace

cv::Mat resizeLikePillow(const cv::Mat &rgb, int width, int height, Interpolation interp)
{
    if (rgb.type() != CV_8UC3 || rgb.empty())
        throw Error(ErrorCategory::InvalidInput, "resize needs a non-empty 8-bit RGB image");
    if (width < 1 || height < 1)
        throw Error(ErrorCategory::InvalidInput, "resize target must be at least 1x1");
    cv::Mat current = rgb;
    if (width != rgb.cols) {
        const Coefficients c = precompute(rgb.cols, width, interp);
        cv::Mat out(rgb.rows, width, CV_8UC3);
        for (int y = 0; y < rgb.rows; ++y) {
            const uint8_t *in = current.ptr<uint8_t>(y);
            uint8_t *o = out.ptr<uint8_t>(y);
            for (int xx = 0; xx < width; ++xx) {
                const int xmin = c.bounds[2 * xx], n = c.bounds[2 * xx + 1];
                const int32_t *k = &c.k[size_t(xx) * c.ksize];
                int64_t s0 = 1 << (kPrecisionBits - 1), s1 = s0, s2 = s0;
                for (int x = 0; x < n; ++x) {
                    const uint8_t *p = in + 3 * (x + xmin);
                    s0 += int64_t(p[0]) * k[x];
                    s1 += int64_t(p[1]) * k[x];
                    s2 += int64_t(p[2]) * k[x];
                }
                o[3 * xx] = clip8(s0);
                o[3 * xx + 1] = clip8(s1);
                o[3 * xx + 2] = clip8(s2);
            }
        }
        current = out;
    }
    if (height != current.rows) {
        const Coefficients c = precompute(current.rows, height, interp);
        cv::Mat out(height, current.cols, CV_8UC3);
        const int rowBytes = current.cols * 3;
        std::vector<int64_t> acc(rowBytes);
        for (int yy = 0; yy < height; ++yy) {
            const int ymin = c.bounds[2 * yy], n = c.bounds[2 * yy + 1];
            const int32_t *k = &c.k[size_t(yy) * c.ksize];
            std::fill(acc.begin(), acc.end(), int64_t(1) << (kPrecisionBits - 1));
            for (int y = 0; y < n; ++y) {
                const uint8_t *in = current.ptr<uint8_t>(ymin + y);
                const int64_t ky = k[y];
                for (int i = 0; i < rowBytes; ++i)
                    acc[i] += int64_t(in[i]) * ky;
            }
            uint8_t *o = out.ptr<uint8_t>(yy);
            for (int i = 0; i < rowBytes; ++i)
                o[i] = clip8(acc[i]);
        }
        current = out;
    }
    return current.data == rgb.data ? rgb.clone() : current;
}

CropGeometry cropGeometry(int width, int height, const Preprocess &p)
{
    if (p.resizeShorter < 1 || p.cropSize < 1 || p.cropSize > p.resizeShorter)
        throw Error(ErrorCategory::InvalidInput,
                    "preprocessing needs 1 <= crop (" + std::to_string(p.cropSize) + ") <= resize ("
                        + std::to_string(p.resizeShorter) + ")");
    CropGeometry g;
    // torchvision: the shorter side becomes `resize`, the longer int(resize * long / short).
    if (width <= height) {
        g.resizedWidth = p.resizeShorter;
        g.resizedHeight = int(int64_t(p.resizeShorter) * height / width);
    } else {
        g.resizedHeight = p.resizeShorter;
        g.resizedWidth = int(int64_t(p.resizeShorter) * width / height);
    }
    g.size = p.cropSize;
    // Python's round() on (size - crop) / 2.0 rounds halves to even.
    g.top = int(std::nearbyint((g.resizedHeight - p.cropSize) / 2.0));
    g.left = int(std::nearbyint((g.resizedWidth - p.cropSize) / 2.0));
    return g;
}

std::vector<float> preprocessImage(const cv::Mat &rgb, const Preprocess &p)
{
    const CropGeometry g = cropGeometry(rgb.cols, rgb.rows, p);
    const cv::Mat resized = resizeLikePillow(rgb, g.resizedWidth, g.resizedHeight, p.interpolation);
    const int n = g.size;
    std::vector<float> out(size_t(3) * n * n);
    for (int y = 0; y < n; ++y) {
        const uint8_t *row = resized.ptr<uint8_t>(g.top + y) + 3 * g.left;
        for (int x = 0; x < n; ++x)
            for (int c = 0; c < 3; ++c) {
                const float v = float(row[3 * x + c]) / 255.0f;
                out[(size_t(c) * n + y) * n + x] = (v - p.mean[c]) / p.std[c];
            }
    }
    return out;
}

} // namespace effscope::core
