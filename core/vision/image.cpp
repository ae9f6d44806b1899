// SPDX-License-Identifier: MIT
#include "vision/image.h"

#include "common/error.h"
#include "common/file_io.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>

namespace effscope::core {

namespace {

[[noreturn]] void bad(const std::string &why)
{
    throw Error(ErrorCategory::UnsupportedFormat, why);
}

uint32_t be(const std::string &b, size_t at, int n)
{
    if (at + n > b.size())
        bad("the image header is truncated");
    uint32_t v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | static_cast<uint8_t>(b[at + i]);
    return v;
}

uint32_t le(const std::string &b, size_t at, int n)
{
    if (at + n > b.size())
        bad("the image header is truncated");
    uint32_t v = 0;
    for (int i = n - 1; i >= 0; --i)
        v = (v << 8) | static_cast<uint8_t>(b[at + i]);
    return v;
}

// Orientation tag (0x0112) from an EXIF block: "Exif\0\0" + TIFF header + IFD0.
int exifOrientation(const std::string &b, size_t start, size_t length)
{
    if (length < 14 || b.compare(start, 6, std::string("Exif\0\0", 6)) != 0)
        return 1;
    const size_t tiff = start + 6;
    const size_t end = start + length;
    const bool little = b.compare(tiff, 2, "II") == 0;
    if (!little && b.compare(tiff, 2, "MM") != 0)
        return 1;
    auto rd = [&](size_t at, int n) -> uint32_t {
        if (at + n > end)
            return 0;
        return little ? le(b, at, n) : be(b, at, n);
    };
    const size_t ifd = tiff + rd(tiff + 4, 4);
    if (ifd + 2 > end)
        return 1;
    const uint32_t count = rd(ifd, 2);
    for (uint32_t i = 0; i < count && i < 512; ++i) {
        const size_t entry = ifd + 2 + size_t(i) * 12;
        if (entry + 12 > end)
            break;
        if (rd(entry, 2) == 0x0112) {
            const uint32_t v = rd(entry + 8, 2);
            return v >= 1 && v <= 8 ? int(v) : 1;
        }
    }
    return 1;
}

// Classic TIFF ("II*\0" or "MM\0*"): width, height and orientation from the first IFD, the
// image OpenCV decodes. Every offset is checked against the file before it is read.
void probeTiff(const std::string &b, ImageProbe &p)
{
    const bool little = b[0] == 'I';
    if (b.size() >= 4 && (little ? le(b, 2, 2) : be(b, 2, 2)) == 43)
        bad("BigTIFF files are not read (the format is for images above 4 GB; images are limited to 256 MiB)");
    auto rd = [&](uint64_t at, int n) -> uint32_t {
        if (at > b.size() || uint64_t(n) > b.size() - at)
            bad("the TIFF header is truncated: an entry points past the end of the file");
        return little ? le(b, size_t(at), n) : be(b, size_t(at), n);
    };
    p.format = "tiff";
    const uint64_t ifd = rd(4, 4);
    if (ifd < 8)
        bad("the TIFF header's first directory offset is corrupt");
    const uint32_t count = rd(ifd, 2);
    if (count == 0)
        bad("the TIFF file's first directory is empty");
    for (uint32_t i = 0; i < count; ++i) {
        const uint64_t entry = ifd + 2 + uint64_t(i) * 12;
        const uint32_t tag = rd(entry, 2), type = rd(entry + 2, 2), n = rd(entry + 4, 4);
        // single SHORT (3) or LONG (4) values sit in the entry itself, left-justified
        if ((type != 3 && type != 4) || n != 1)
            continue;
        const uint32_t value = type == 3 ? rd(entry + 8, 2) : rd(entry + 8, 4);
        if (tag == 256)
            p.width = value;
        else if (tag == 257)
            p.height = value;
        else if (tag == 0x0112)
            p.exifOrientation = value >= 1 && value <= 8 ? int(value) : 1;
    }
    if (p.width == 0 || p.height == 0)
        bad("the TIFF file's first directory gives no image width or length");
}

} // namespace

ImageProbe probeImage(const std::string &b)
{
    ImageProbe p;
    if (b.size() >= 24 && b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) {
        if (b.compare(12, 4, "IHDR") != 0)
            bad("PNG without an IHDR chunk");
        p.format = "png";
        p.width = be(b, 16, 4);
        p.height = be(b, 20, 4);
    } else if (b.size() >= 4 && static_cast<uint8_t>(b[0]) == 0xFF && static_cast<uint8_t>(b[1]) == 0xD8) {
        p.format = "jpeg";
        size_t pos = 2;
        while (pos + 4 <= b.size()) {
            if (static_cast<uint8_t>(b[pos]) != 0xFF)
                bad("JPEG segment structure is corrupt");
            const uint8_t marker = static_cast<uint8_t>(b[pos + 1]);
            if (marker == 0xFF) { // fill byte
                ++pos;
                continue;
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            const uint32_t len = be(b, pos + 2, 2);
            if (len < 2)
                bad("JPEG segment length is corrupt");
            if (marker == 0xE1)
                p.exifOrientation = exifOrientation(b, pos + 4, std::min<size_t>(len - 2, b.size() - pos - 4));
            const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                p.height = be(b, pos + 5, 2);
                p.width = be(b, pos + 7, 2);
                break;
            }
            if (marker == 0xDA || marker == 0xD9)
                bad("JPEG has no frame header before its image data");
            pos += 2 + len;
        }
        if (p.width == 0)
            bad("JPEG header is truncated: no frame header found");
    } else if (b.size() >= 26 && b.compare(0, 2, "BM") == 0) {
        p.format = "bmp";
        const int32_t w = static_cast<int32_t>(le(b, 18, 4));
        const int32_t h = static_cast<int32_t>(le(b, 22, 4));
        p.width = w < 0 ? -int64_t(w) : w;
        p.height = h < 0 ? -int64_t(h) : h;
    } else if (b.size() >= 30 && b.compare(0, 4, "RIFF") == 0 && b.compare(8, 4, "WEBP") == 0) {
        p.format = "webp";
        const std::string chunk = b.substr(12, 4);
        if (chunk == "VP8 ") {
            p.width = le(b, 26, 2) & 0x3FFF;
            p.height = le(b, 28, 2) & 0x3FFF;
        } else if (chunk == "VP8L") {
            const uint32_t bits = le(b, 21, 4);
            p.width = (bits & 0x3FFF) + 1;
            p.height = ((bits >> 14) & 0x3FFF) + 1;
        } else if (chunk == "VP8X") {
            p.width = le(b, 24, 3) + 1;
            p.height = le(b, 27, 3) + 1;
        } else {
            bad("WebP file with an unknown first chunk");
        }
    } else if (b.size() >= 8 && (b.compare(0, 4, "II*\0", 4) == 0 || b.compare(0, 4, "MM\0*", 4) == 0
                                 || b.compare(0, 4, "II+\0", 4) == 0 || b.compare(0, 4, "MM\0+", 4) == 0)) {
        probeTiff(b, p);
    } else {
        bad("not a supported image: effscope reads JPEG, PNG, WebP, BMP and TIFF files");
    }
    if (p.width <= 0 || p.height <= 0)
        bad("the image header gives an empty size");
    // libjpeg pads a truncated JPEG with grey and only warns; require the end-of-image marker.
    if (p.format == "jpeg" && b.rfind("\xFF\xD9") == std::string::npos)
        bad("the JPEG file is truncated (no end-of-image marker)");
    return p;
}

DecodedImage decodeImage(const std::string &bytes, const DecodeLimits &limits)
{
    if (int64_t(bytes.size()) > limits.maxFileBytes)
        throw Error(ErrorCategory::ResourceLimit, "the file is " + std::to_string(bytes.size() >> 20)
                                                      + " MiB, above the " + std::to_string(limits.maxFileBytes >> 20)
                                                      + " MiB limit for images");
    const ImageProbe probe = probeImage(bytes);
    // by division: a header's two 32-bit sizes multiplied can overflow (the image fuzzer's find)
    if (probe.width > limits.maxPixels / probe.height)
        throw Error(ErrorCategory::ResourceLimit,
                    "the image is " + std::to_string(probe.width) + "x" + std::to_string(probe.height) + " ("
                        + std::to_string(int64_t(double(probe.width) * double(probe.height) / 1e6)) + " Mpx), above the "
                        + std::to_string(limits.maxPixels / 1'000'000) + " Mpx limit");
    cv::Mat raw;
    try {
        const cv::Mat buffer(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.data()));
        raw = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &e) {
        bad("the " + probe.format + " data could not be decoded (" + e.msg + ")");
    }
    if (raw.empty())
        bad("the " + probe.format + " data is truncated or corrupt and could not be decoded");
    // OpenCV (4.6, through libtiff) turns a TIFF upright itself, even when asked for the data
    // unchanged; every other format is turned below
    const bool decoderTurns = probe.format == "tiff";
    const bool swapped = decoderTurns && probe.exifOrientation >= 5;
    if (raw.cols != (swapped ? probe.height : probe.width) || raw.rows != (swapped ? probe.width : probe.height))
        bad("the decoded size differs from the header's: the file is corrupt");

    DecodedImage out;
    out.format = probe.format;
    out.sourceChannels = raw.channels();
    out.sourceBitDepth = raw.depth() == CV_16U ? 16 : raw.depth() == CV_8U ? 8 : 0;
    if (out.sourceBitDepth == 0)
        bad("unsupported pixel type (only 8- and 16-bit images are read)");
    if (out.sourceBitDepth == 16) {
        // Pillow keeps the high byte, floor(v / 256); convertTo would round instead.
        cv::Mat eight(raw.size(), CV_MAKETYPE(CV_8U, raw.channels()));
        const int n = raw.cols * raw.channels();
        for (int y = 0; y < raw.rows; ++y) {
            const uint16_t *s = raw.ptr<uint16_t>(y);
            uint8_t *d = eight.ptr<uint8_t>(y);
            for (int i = 0; i < n; ++i)
                d[i] = static_cast<uint8_t>(s[i] >> 8);
        }
        raw = eight;
        out.conversions.push_back("16-bit to 8-bit (high byte)");
    }
    switch (raw.channels()) {
    case 1:
        cv::cvtColor(raw, out.rgb, cv::COLOR_GRAY2RGB);
        out.conversions.push_back("grey to RGB");
        break;
    case 3:
        cv::cvtColor(raw, out.rgb, cv::COLOR_BGR2RGB);
        break;
    case 4:
        cv::cvtColor(raw, out.rgb, cv::COLOR_BGRA2RGB);
        // libtiff hands TIFF colours over premultiplied by their alpha
        out.conversions.push_back(probe.format == "tiff" ? "alpha channel dropped (colours premultiplied by it)"
                                                         : "alpha channel dropped");
        break;
    default:
        bad("unsupported channel count " + std::to_string(raw.channels()));
    }
    out.exifOrientation = probe.exifOrientation;
    cv::Mat &m = out.rgb;
    switch (decoderTurns ? 1 : probe.exifOrientation) {
    case 2: cv::flip(m, m, 1); break;
    case 3: cv::rotate(m, m, cv::ROTATE_180); break;
    case 4: cv::flip(m, m, 0); break;
    case 5: cv::transpose(m, m); break;
    case 6: cv::rotate(m, m, cv::ROTATE_90_CLOCKWISE); break;
    case 7: cv::transpose(m, m); cv::rotate(m, m, cv::ROTATE_180); break;
    case 8: cv::rotate(m, m, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: break;
    }
    if (probe.exifOrientation != 1)
        out.conversions.push_back((decoderTurns ? "TIFF orientation " : "EXIF orientation ")
                                  + std::to_string(probe.exifOrientation) + " applied");
    return out;
}

DecodedImage decodeImageFile(const std::string &path, const DecodeLimits &limits)
{
    const std::shared_ptr<std::string> data = readWholeFile(path, size_t(limits.maxFileBytes), "an image");
    const std::string &bytes = *data;
    try {
        return decodeImage(bytes, limits);
    } catch (const Error &e) {
        throw Error(e.category(), "'" + path + "': " + e.what());
    }
}

} // namespace effscope::core
