// SPDX-License-Identifier: MIT
#include "vision/heatmap.h"

#include "common/error.h"
#include "common/file_io.h"
#include "common/npy.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>

namespace effscope::core {

namespace {

struct ColormapName
{
    Colormap map;
    const char *name;
};
constexpr ColormapName kColormaps[] = {{Colormap::Jet, "jet"},
                                       {Colormap::Viridis, "viridis"},
                                       {Colormap::Inferno, "inferno"},
                                       {Colormap::Turbo, "turbo"},
                                       {Colormap::Grey, "grey"}};

std::string lowerExtension(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

std::string encode(const std::string &ext, const cv::Mat &image, const std::vector<int> &params = {})
{
    std::vector<uchar> buf;
    bool ok = false;
    try {
        ok = cv::imencode(ext, image, buf, params);
    } catch (const cv::Exception &e) {
        throw Error(ErrorCategory::Io, std::string("encoding ") + ext + " failed: " + e.what());
    }
    if (!ok)
        throw Error(ErrorCategory::Io, "OpenCV could not encode " + ext);
    return std::string(buf.begin(), buf.end());
}

} // namespace

Colormap parseColormap(const std::string &name)
{
    std::string all;
    for (const ColormapName &c : kColormaps) {
        if (name == c.name || (name == "gray" && c.map == Colormap::Grey))
            return c.map;
        all += std::string(all.empty() ? "" : ", ") + c.name;
    }
    throw Error(ErrorCategory::InvalidInput, "unknown colour map '" + name + "'; choose one of " + all);
}

const char *colormapName(Colormap c)
{
    for (const ColormapName &n : kColormaps)
        if (n.map == c)
            return n.name;
    return "?";
}

cv::Rect cropRectOnPhoto(const CropGeometry &g, int width, int height)
{
    const double sx = double(width) / std::max(1, g.resizedWidth), sy = double(height) / std::max(1, g.resizedHeight);
    const int x0 = std::clamp(int(std::lround(g.left * sx)), 0, width);
    const int y0 = std::clamp(int(std::lround(g.top * sy)), 0, height);
    const int x1 = std::clamp(int(std::lround((g.left + g.size) * sx)), x0, width);
    const int y1 = std::clamp(int(std::lround((g.top + g.size) * sy)), y0, height);
    return cv::Rect(x0, y0, x1 - x0, y1 - y0);
}

HeatOnImage heatToImage(const float *heat, int crop, const CropGeometry &g, int width, int height)
{
    if (crop < 1 || width < 1 || height < 1 || g.resizedWidth < 1 || g.resizedHeight < 1)
        throw Error(ErrorCategory::InvalidInput, "empty heat map or image");
    const cv::Mat src(crop, crop, CV_32F, const_cast<float *>(heat));
    // photo x + 0.5 = (crop x + 0.5 + left) * sx, likewise for y
    const double sx = double(width) / g.resizedWidth, sy = double(height) / g.resizedHeight;
    const cv::Matx23d m(sx, 0, (g.left + 0.5) * sx - 0.5, 0, sy, (g.top + 0.5) * sy - 0.5);
    HeatOnImage out;
    cv::warpAffine(src, out.heat, m, cv::Size(width, height), cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
    out.covered = cropRectOnPhoto(g, width, height);
    cv::Mat outside(out.heat.size(), CV_8U, cv::Scalar(255));
    outside(out.covered).setTo(0);
    out.heat.setTo(0, outside);
    return out;
}

cv::Mat colorize(const cv::Mat &heat01, Colormap colormap)
{
    cv::Mat u8;
    cv::Mat clamped;
    cv::min(cv::max(heat01, 0.0), 1.0, clamped);
    clamped.convertTo(u8, CV_8U, 255.0);
    if (colormap == Colormap::Grey) {
        cv::Mat rgb;
        cv::cvtColor(u8, rgb, cv::COLOR_GRAY2RGB);
        return rgb;
    }
    const int code = colormap == Colormap::Jet       ? cv::COLORMAP_JET
                 : colormap == Colormap::Viridis ? cv::COLORMAP_VIRIDIS
                 : colormap == Colormap::Inferno ? cv::COLORMAP_INFERNO
                                                 : cv::COLORMAP_TURBO;
    cv::Mat bgr, rgb;
    cv::applyColorMap(u8, bgr, code);
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

cv::Mat overlayHeat(const cv::Mat &rgb, const HeatOnImage &heat, Colormap colormap, double opacity)
{
    if (rgb.type() != CV_8UC3 || rgb.size() != heat.heat.size())
        throw Error(ErrorCategory::ShapeMismatch, "the overlay needs an 8-bit RGB photo of the heat map's size");
    if (!(opacity >= 0.0 && opacity <= 1.0))
        throw Error(ErrorCategory::InvalidInput, "opacity must be between 0 and 1");
    cv::Mat out = rgb * 0.5;
    const cv::Rect r = heat.covered;
    if (r.area() > 0) {
        const cv::Mat coloured = colorize(heat.heat(r), colormap);
        cv::Mat region = out(r);
        cv::addWeighted(rgb(r), 1.0 - opacity, coloured, opacity, 0.0, region);
    }
    return out;
}

cv::Mat channelGrid(const float *maps, int channels, int h, int w, const std::vector<int> &order, int columns,
                    int cell, Colormap colormap)
{
    if (channels < 1 || h < 1 || w < 1 || columns < 1 || cell < 1)
        throw Error(ErrorCategory::InvalidInput, "empty channel grid");
    if (order.empty())
        throw Error(ErrorCategory::InvalidInput, "no channels to show");
    const int n = int(order.size());
    const int cols = std::min(columns, n), rows = (n + cols - 1) / cols;
    const int64_t gridW = int64_t(cols) * (cell + 1) - 1, gridH = int64_t(rows) * (cell + 1) - 1;
    if (gridW * gridH > 100'000'000)
        throw Error(ErrorCategory::ResourceLimit, "the channel grid would be larger than 100 megapixels; show fewer "
                                                  "channels or smaller cells");
    cv::Mat grid(int(gridH), int(gridW), CV_8UC3, cv::Scalar(40, 40, 40));
    for (int i = 0; i < n; ++i) {
        const int ch = order[size_t(i)];
        if (ch < 0 || ch >= channels)
            throw Error(ErrorCategory::InvalidInput, "channel " + std::to_string(ch) + " is out of range");
        const cv::Mat m(h, w, CV_32F, const_cast<float *>(maps + int64_t(ch) * h * w));
        double lo = 0, hi = 0;
        cv::minMaxLoc(m, &lo, &hi);
        cv::Mat norm = (m - lo) / (hi - lo + 1e-12);
        cv::Mat tile;
        const double scale = double(cell) / std::max(h, w);
        cv::resize(norm, tile, cv::Size(std::max(1, int(w * scale)), std::max(1, int(h * scale))), 0, 0,
                   cv::INTER_NEAREST);
        const cv::Mat coloured = colorize(tile, colormap);
        const int x = (i % cols) * (cell + 1), y = (i / cols) * (cell + 1);
        coloured.copyTo(grid(cv::Rect(x, y, coloured.cols, coloured.rows)));
    }
    return grid;
}

void checkFloatMapPath(const std::string &path)
{
    const std::string ext = lowerExtension(path);
    if (ext != ".npy" && ext != ".tiff" && ext != ".tif" && ext != ".exr")
        throw Error(ErrorCategory::InvalidInput, "a raw heat map is written as .npy, .tiff or .exr (got '" + path + "')");
}

void writeFloatMap(const std::string &path, const cv::Mat &map)
{
    checkFloatMapPath(path);
    if (map.type() != CV_32F || !map.isContinuous())
        throw Error(ErrorCategory::InvalidInput, "a float map must be a continuous single-channel float image");
    const std::string ext = lowerExtension(path);
    if (ext == ".npy") {
        writeNpy(path, {map.rows, map.cols}, map.ptr<float>());
    } else if (ext == ".tiff" || ext == ".tif") {
        writeFileAtomic(path, encode(".tiff", map));
    } else if (ext == ".exr") {
        writeFileAtomic(path, encode(".exr", map, {cv::IMWRITE_EXR_TYPE, cv::IMWRITE_EXR_TYPE_FLOAT}));
    } else {
        throw Error(ErrorCategory::InvalidInput, "a raw heat map is written as .npy, .tiff or .exr (got '" + path + "')");
    }
}

void writePng(const std::string &path, const cv::Mat &rgb)
{
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    writeFileAtomic(path, encode(".png", bgr));
}

} // namespace effscope::core
