// SPDX-License-Identifier: MIT
// Decoding and preprocessing against torchvision's PIL pipeline (fixtures written by
// tools/make_vision_fixtures.py from the opencv-doc photos), conversions against PIL, and
// clear errors for truncated, corrupt, oversized and unsupported files.
#include "test_env.h"
#include "arch/presets.h"
#include "common/error.h"
#include "vision/heatmap.h"
#include "vision/image.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>
#include <fstream>

using namespace effscope::core;

namespace {

const QString kFixtures = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/vision/");
const QString kPhotos = testEnvPath("EFFSCOPE_TESTDATA_DIR", "/");

QJsonObject manifest()
{
    return readJsonObject(kFixtures + "manifest.json");
}

std::string bytesOf(const QString &path)
{
    const QByteArray b = readAllBytes(path);
    return std::string(b.constData(), size_t(b.size()));
}

double maxAbsDiff(const std::vector<float> &ours, const QByteArray &ref)
{
    if (size_t(ref.size()) != ours.size() * 4)
        return INFINITY;
    const float *r = reinterpret_cast<const float *>(ref.constData());
    double m = 0;
    for (size_t i = 0; i < ours.size(); ++i)
        m = std::max(m, double(std::fabs(ours[i] - r[i])));
    return m;
}

void expectError(const std::string &bytes, ErrorCategory category, const QString &fragment)
{
    try {
        decodeImage(bytes);
        QFAIL(qPrintable("decoded a bad file; expected: " + fragment));
    } catch (const Error &e) {
        QVERIFY2(e.category() == category, e.what());
        QVERIFY2(QString(e.what()).contains(fragment, Qt::CaseInsensitive), e.what());
    }
}

} // namespace

class TestVision : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!manifest().isEmpty(), "no vision fixtures: fixtures_vision makes them"); }
    void preprocessMatchesTorchvision_data();
    void preprocessMatchesTorchvision();
    void conversionsMatchPil_data();
    void conversionsMatchPil();
    void cropGeometryRoundsHalfToEven();
    void badFiles();
    void heatBackOnPhoto();
    void floatMapsAndOverlay();
};

void TestVision::preprocessMatchesTorchvision_data()
{
    QTest::addColumn<QJsonObject>("photo");
    for (const QJsonValue &v : manifest()["photos"].toArray())
        QTest::newRow(qPrintable(v["file"].toString())) << v.toObject();
}

void TestVision::preprocessMatchesTorchvision()
{
    QFETCH(QJsonObject, photo);
    const DecodedImage img = decodeImageFile((kPhotos + photo["file"].toString()).toStdString());
    // Lite recipe: Resize(256, bicubic), CenterCrop(224), (x - 127) / 128
    const std::vector<float> lite = preprocessImage(img.rgb, Preprocess::lite(256, 224));
    const double liteDiff = maxAbsDiff(lite, readAllBytes(kFixtures + photo["lite_input"].toString()));
    // torchvision B1 V2 recipe: Resize(255, bilinear), CenterCrop(240), ImageNet mean/std
    const std::vector<float> bil = preprocessImage(img.rgb, Preprocess::imagenet(255, 240, Interpolation::Bilinear));
    const double bilDiff = maxAbsDiff(bil, readAllBytes(kFixtures + photo["bilinear_input"].toString()));
    qInfo("%s: max |ours - torchvision| bicubic %.3g, bilinear %.3g", qPrintable(photo["file"].toString()),
          liteDiff, bilDiff);
    // Same decoder (libjpeg-turbo) and Pillow's resampling arithmetic: equal up to float rounding.
    QVERIFY2(liteDiff <= 1e-6, qPrintable(QString::number(liteDiff)));
    QVERIFY2(bilDiff <= 1e-6, qPrintable(QString::number(bilDiff)));
}

void TestVision::conversionsMatchPil_data()
{
    QTest::addColumn<QJsonObject>("item");
    for (const QJsonValue &v : manifest()["conversions"].toArray())
        QTest::newRow(qPrintable(v["file"].toString())) << v.toObject();
}

void TestVision::conversionsMatchPil()
{
    QFETCH(QJsonObject, item);
    const QString file = item["file"].toString();
    const DecodedImage img = decodeImageFile((kFixtures + file).toStdString());
    QCOMPARE(img.rgb.rows, item["height"].toInt());
    QCOMPARE(img.rgb.cols, item["width"].toInt());
    const QByteArray expected = readAllBytes(kFixtures + file + ".rgb");
    QCOMPARE(qsizetype(img.rgb.total() * 3), expected.size());
    int worst = 0;
    for (int y = 0; y < img.rgb.rows; ++y)
        for (int x = 0; x < img.rgb.cols * 3; ++x)
            worst = std::max(worst, std::abs(int(img.rgb.ptr<uint8_t>(y)[x])
                                             - int(uint8_t(expected[(y * img.rgb.cols * 3) + x]))));
    if (file == "cmyk.jpg") {
        QCOMPARE(img.format, std::string("jpeg"));
        QVERIFY2(worst <= 40, qPrintable(QString::number(worst))); // JPEG loss, right colours
        return;
    }
    QCOMPARE(worst, 0);
    if (file == "exif6.jpg" || file == "orient6.tif")
        QCOMPARE(img.exifOrientation, 6);
    if (file == "grey16.png" || file == "grey16.tif")
        QCOMPARE(img.sourceBitDepth, 16);
    if (file.endsWith(".tif"))
        QCOMPARE(img.format, std::string("tiff"));
    if (file == "grey.png" || file == "rgba.png" || file == "grey16.png")
        QVERIFY(!img.conversions.empty());
}

void TestVision::cropGeometryRoundsHalfToEven()
{
    // torchvision: top = int(round((h - crop) / 2.0)) with Python's half-to-even rounding
    Preprocess p = Preprocess::imagenet(256, 224, Interpolation::Bicubic);
    CropGeometry g = cropGeometry(256, 256 + 1, p); // 257 -> resized 256x257: (257-224)/2 = 16.5 -> 16
    QCOMPARE(g.resizedHeight, 257);
    QCOMPARE(g.top, 16);
    g = cropGeometry(300, 200, p); // long side int(256 * 300 / 200) = 384, (384-224)/2 = 80
    QCOMPARE(g.resizedWidth, 384);
    QCOMPARE(g.left, 80);
    p.cropSize = 300;
    QVERIFY_THROWS_EXCEPTION(Error, cropGeometry(100, 100, p));
}

void TestVision::badFiles()
{
    const std::string jpeg = bytesOf(kPhotos + "baboon.jpg");
    QVERIFY(jpeg.size() > 1000);
    expectError(jpeg.substr(0, jpeg.size() / 2), ErrorCategory::UnsupportedFormat, "truncated");
    expectError(jpeg.substr(0, 40), ErrorCategory::UnsupportedFormat, "JPEG");
    const std::string png = bytesOf(kPhotos + "pic1.png");
    QVERIFY(png.size() > 1000);
    expectError(png.substr(0, png.size() / 2), ErrorCategory::UnsupportedFormat, "truncated or corrupt");
    // a PNG header claiming 20000 x 20000 pixels is refused before decoding
    std::string huge = png.substr(0, 33);
    auto be32 = [](uint32_t v) { return std::string{char(v >> 24), char(v >> 16), char(v >> 8), char(v)}; };
    huge.replace(16, 8, be32(20000) + be32(20000));
    expectError(huge, ErrorCategory::ResourceLimit, "400 Mpx");
    // sizes whose product overflows 64 bits (found by fuzz_image, tests/fuzz/regressions)
    huge.replace(16, 8, be32(0xF0000000u) + be32(0xE0000000u));
    expectError(huge, ErrorCategory::ResourceLimit, "above the 50 Mpx limit");
    expectError("GIF89a\x01\x00\x01\x00", ErrorCategory::UnsupportedFormat, "JPEG, PNG, WebP, BMP and TIFF");
    // TIFF: the size limit holds before decoding; truncated and hostile directories are refused
    const std::string tiff = bytesOf(kFixtures + "plain.tif");
    QVERIFY(tiff.size() > 1000 && tiff.compare(0, 4, std::string("II*\0", 4)) == 0);
    auto u16 = [&](size_t at) { return size_t(uint8_t(tiff[at])) | size_t(uint8_t(tiff[at + 1])) << 8; };
    const size_t ifd = u16(4) | u16(6) << 16;
    std::string bigTiff = tiff;
    for (size_t i = 0; i < u16(ifd); ++i) {
        const size_t e = ifd + 2 + 12 * i;
        if (u16(e) == 256 || u16(e) == 257) // ImageWidth, ImageLength: 30000 x 30000 as one LONG
            bigTiff.replace(e + 2, 10, std::string("\x04\x00\x01\x00\x00\x00\x30\x75\x00\x00", 10));
    }
    expectError(bigTiff, ErrorCategory::ResourceLimit, "900 Mpx");
    expectError(tiff.substr(0, 40), ErrorCategory::UnsupportedFormat, "TIFF");
    expectError(tiff.substr(0, tiff.size() - 100), ErrorCategory::UnsupportedFormat, "tiff");
    std::string pastEnd = tiff;
    pastEnd.replace(4, 4, std::string("\xf0\xff\xff\x7f", 4)); // first directory far past the end
    expectError(pastEnd, ErrorCategory::UnsupportedFormat, "past the end");
    // a real photo as a TIFF (written by OpenCV, LZW): the same pixels as the JPEG it came from
    const DecodedImage fromJpeg = decodeImageFile((kPhotos + "baboon.jpg").toStdString());
    cv::Mat bgr;
    cv::cvtColor(fromJpeg.rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> encoded;
    QVERIFY(cv::imencode(".tiff", bgr, encoded));
    const DecodedImage fromTiff = decodeImage(std::string(encoded.begin(), encoded.end()));
    QCOMPARE(fromTiff.format, std::string("tiff"));
    QCOMPARE(fromTiff.rgb.size(), fromJpeg.rgb.size());
    QCOMPARE(cv::norm(fromTiff.rgb, fromJpeg.rgb, cv::NORM_INF), 0.0);
    expectError(std::string("II+\0\x08\0\0\0\x10\0\0\0\0\0\0\0", 16), ErrorCategory::UnsupportedFormat, "BigTIFF");
    expectError("", ErrorCategory::UnsupportedFormat, "not a supported image");
    expectError("just some text, not an image at all", ErrorCategory::UnsupportedFormat, "not a supported image");
    try {
        decodeImageFile("/nonexistent/photo.jpg");
        QFAIL("opened a missing file");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::Io);
    }
}

QTEST_GUILESS_MAIN(TestVision)
void TestVision::heatBackOnPhoto()
{
    // A 640x480 photo, shorter side resized to 256 (341x256), centre crop 224 at (58, 16):
    // crop pixel (u, v) sits at photo ((u + 0.5 + 58) * 640/341 - 0.5, (v + 0.5 + 16) * 480/256 - 0.5).
    const Preprocess p = Preprocess::imagenet(256, 224, Interpolation::Bilinear);
    const CropGeometry g = cropGeometry(640, 480, p);
    QCOMPARE(g.resizedWidth, 341);
    QCOMPARE(g.left, 58);
    QCOMPARE(g.top, 16);
    std::vector<float> heat(224 * 224, 0.0f);
    const int u = 150, v = 40;
    heat[size_t(v * 224 + u)] = 1.0f;
    const HeatOnImage on = heatToImage(heat.data(), 224, g, 640, 480);
    QCOMPARE(on.heat.size(), cv::Size(640, 480));
    cv::Point hottest;
    cv::minMaxLoc(on.heat, nullptr, nullptr, nullptr, &hottest);
    const double x = (u + 0.5 + 58) * 640.0 / 341 - 0.5, y = (v + 0.5 + 16) * 480.0 / 256 - 0.5;
    QVERIFY2(std::abs(hottest.x - x) <= 1.0 && std::abs(hottest.y - y) <= 1.0,
             qPrintable(QString("hottest at %1,%2, expected %3,%4").arg(hottest.x).arg(hottest.y).arg(x).arg(y)));
    // the photo region the crop covers, and nothing outside it
    QCOMPARE(on.covered, cv::Rect(109, 30, 420, 420));
    QCOMPARE(cv::countNonZero(on.heat(cv::Rect(0, 0, 109, 480))), 0);
    QCOMPARE(cv::countNonZero(on.heat(cv::Rect(0, 0, 640, 30))), 0);
}

void TestVision::floatMapsAndOverlay()
{
    QTemporaryDir dir;
    cv::Mat m(37, 53, CV_32F);
    cv::randu(m, 0.0, 1.0);
    for (const char *ext : {".tiff", ".exr"}) {
        const std::string path = dir.filePath(QString("heat") + ext).toStdString();
        writeFloatMap(path, m);
        const cv::Mat back = cv::imread(path, cv::IMREAD_UNCHANGED);
        QCOMPARE(back.type(), CV_32F);
        QCOMPARE(cv::norm(back, m, cv::NORM_INF), 0.0);
    }
    QVERIFY_THROWS_EXCEPTION(Error, writeFloatMap(dir.filePath("heat.jpg").toStdString(), m));
    QVERIFY(!QFile::exists(dir.filePath("heat.jpg")));
    // colour maps: 0 and 1 land on OpenCV's table ends (jet: dark blue .. dark red, in RGB)
    cv::Mat ramp(1, 2, CV_32F);
    ramp.at<float>(0, 0) = 0.0f;
    ramp.at<float>(0, 1) = 1.0f;
    const cv::Mat jet = colorize(ramp, Colormap::Jet);
    QCOMPARE(jet.type(), CV_8UC3);
    QVERIFY(jet.at<cv::Vec3b>(0, 0)[2] > 100 && jet.at<cv::Vec3b>(0, 0)[0] < 10); // blue
    QVERIFY(jet.at<cv::Vec3b>(0, 1)[0] > 100 && jet.at<cv::Vec3b>(0, 1)[2] < 10); // red
    QCOMPARE(parseColormap("turbo"), Colormap::Turbo);
    QVERIFY_THROWS_EXCEPTION(Error, parseColormap("rainbow"));
    // overlay: opacity 0 leaves the covered photo untouched, outside is dimmed to half
    const cv::Mat photo(40, 60, CV_8UC3, cv::Scalar(200, 100, 50));
    HeatOnImage h{cv::Mat(40, 60, CV_32F, cv::Scalar(0.7f)), cv::Rect(10, 0, 40, 40)};
    const cv::Mat none = overlayHeat(photo, h, Colormap::Viridis, 0.0);
    QCOMPARE(none.at<cv::Vec3b>(5, 20), cv::Vec3b(200, 100, 50));
    QCOMPARE(none.at<cv::Vec3b>(5, 2), cv::Vec3b(100, 50, 25));
    const cv::Mat full = overlayHeat(photo, h, Colormap::Viridis, 1.0);
    QCOMPARE(full.at<cv::Vec3b>(5, 20), colorize(cv::Mat(1, 1, CV_32F, cv::Scalar(0.7f)), Colormap::Viridis).at<cv::Vec3b>(0, 0));
    QVERIFY_THROWS_EXCEPTION(Error, overlayHeat(photo, h, Colormap::Jet, 1.5));
}

#include "test_vision.moc"
