// SPDX-License-Identifier: MIT
// effscope_common on its own: .npy files against the NumPy format (version 1.0 headers built
// here byte by byte, and files NumPy itself wrote for the CAM fixtures), labelled datasets in
// every layout the app and the CLI accept, and the CAM method table.
#include "common/cam_method.h"
#include "common/dataset.h"
#include "common/error.h"
#include "common/npy.h"
#include "common/sha256.h"

#include "test_env.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cstring>

using namespace effscope::core;

namespace {

// An .npy image as NumPy writes one: magic, version 1.0, little-endian header length, the
// header dict padded with spaces to a multiple of 64 bytes and ended by a newline, then data.
std::string npyImage(const std::string &descr, const std::string &shape, const std::string &data,
                     const std::string &fortran = "False")
{
    std::string header = "{'descr': '" + descr + "', 'fortran_order': " + fortran + ", 'shape': " + shape + ", }";
    while ((10 + header.size() + 1) % 64)
        header += ' ';
    header += '\n';
    std::string out("\x93NUMPY\x01\x00", 8);
    out += char(header.size() & 0xff);
    out += char(header.size() >> 8);
    return out + header + data;
}

template <typename T>
std::string bytesOf(std::initializer_list<T> values)
{
    std::string out;
    for (T v : values)
        out.append(reinterpret_cast<const char *>(&v), sizeof v);
    return out;
}

QString refusal(const std::string &bytes)
{
    try {
        parseNpy(bytes);
    } catch (const Error &e) {
        return e.category() == ErrorCategory::UnsupportedFormat ? QString::fromStdString(e.what()) : QString("wrong category");
    }
    return {};
}

void touch(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
}

} // namespace

class TestCommon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void npyReadsTheFormat();
    void npyRefusesWhatItCannotRead();
    void npyReadsNumpysOwnFiles();
    void npyWritesAtomically();
    void classLabels();
    void imageFolder();
    void csvList();
    void datasetRefusals();
    void camMethods();
    void sha256Digests();
};

void TestCommon::npyReadsTheFormat()
{
    // float32, 2 x 3, C order
    const NpyArray a = parseNpy(npyImage("<f4", "(2, 3)", bytesOf<float>({1, 2, 3, 4, 5, 6.5f})));
    QCOMPARE(a.shape, (std::vector<int64_t>{2, 3}));
    QCOMPARE(a.data, (std::vector<float>{1, 2, 3, 4, 5, 6.5f}));
    // float64 is converted; a 1-d shape is written "(n,)"; a scalar "()"
    const NpyArray d = parseNpy(npyImage("<f8", "(3,)", bytesOf<double>({0.25, -1.0, 1e10})));
    QCOMPARE(d.shape, (std::vector<int64_t>{3}));
    QCOMPARE(d.data, (std::vector<float>{0.25f, -1.0f, 1e10f}));
    const NpyArray s = parseNpy(npyImage("<f4", "()", bytesOf<float>({7})));
    QCOMPARE(s.shape.size(), size_t(0));
    QCOMPARE(s.data, (std::vector<float>{7}));
    // what encodeNpy writes is that same format, byte for byte
    const float v[] = {1, 2, 3, 4, 5, 6.5f};
    QCOMPARE(encodeNpy({2, 3}, v), npyImage("<f4", "(2, 3)", bytesOf<float>({1, 2, 3, 4, 5, 6.5f})));
    QCOMPARE(encodeNpy({3}, v), npyImage("<f4", "(3,)", bytesOf<float>({1, 2, 3})));
    // version 2.0: a 4-byte header length
    std::string v2 = npyImage("<f4", "(1,)", bytesOf<float>({3}));
    const uint16_t len = uint8_t(v2[8]) | uint8_t(v2[9]) << 8;
    v2 = std::string("\x93NUMPY\x02\x00", 8) + std::string({char(len & 0xff), char(len >> 8), 0, 0}) + v2.substr(10);
    QCOMPARE(parseNpy(v2).data, (std::vector<float>{3}));
}

void TestCommon::npyRefusesWhatItCannotRead()
{
    const std::string six = bytesOf<float>({1, 2, 3, 4, 5, 6});
    QVERIFY(refusal("PK\x03\x04 a zip").contains("magic"));
    QVERIFY(refusal(npyImage(">f4", "(2, 3)", six)).contains("'>f4'")); // big-endian
    QVERIFY(refusal(npyImage("<i4", "(2, 3)", six)).contains("'<i4'"));
    QVERIFY(refusal(npyImage("<f4", "(2, 3)", six, "True")).contains("Fortran"));
    QVERIFY(refusal(npyImage("<f4", "(2, 3)", six.substr(0, 20))).contains("needs 24"));  // cut short
    QVERIFY(refusal(npyImage("<f4", "(2, 3)", six + "xxxx")).contains("needs 24"));      // trailing bytes
    QVERIFY(refusal(npyImage("<f4", "(2, a)", six)).contains("not a tuple"));
    // a shape whose product overflows is refused before anything is allocated
    QVERIFY(!refusal(npyImage("<f4", "(1099511627776, 1099511627776)", six)).isEmpty());
    QVERIFY(!refusal(npyImage("<f4", "(-1, 6)", six)).isEmpty());
    std::string longHeader = npyImage("<f4", "(6,)", six);
    longHeader[8] = char(0xff);
    longHeader[9] = char(0x7f);
    QVERIFY(refusal(longHeader).contains("longer than the file"));
    std::string v9 = npyImage("<f4", "(6,)", six);
    v9[6] = 9;
    QVERIFY(refusal(v9).contains("version 9"));
}

void TestCommon::npyReadsNumpysOwnFiles()
{
    // written by numpy.save in tools/make_cam_fixtures.py: a preprocessed photo and a CAM
    const QString dir = testEnvPath("EFFSCOPE_FIXTURE_DIR", "/cam/");
    if (!QFile::exists(dir + "b0_baboon_input.npy"))
        QSKIP("run the fixtures_cam test first (tools/make_cam_fixtures.py)");
    const NpyArray input = readNpy((dir + "b0_baboon_input.npy").toStdString());
    QCOMPARE(input.shape, (std::vector<int64_t>{1, 3, 224, 224}));
    QCOMPARE(input.size(), int64_t(input.data.size()));
    // ImageNet-normalised pixels lie within [(0 - 0.485) / 0.229, (1 - 0.406) / 0.225]
    for (float x : input.data)
        QVERIFY(x >= -2.12f && x <= 2.65f);
    const NpyArray map = readNpy((dir + "b0_baboon_features.8_gradcam.npy").toStdString());
    QCOMPARE(map.shape, (std::vector<int64_t>{7, 7}));
}

void TestCommon::npyWritesAtomically()
{
    QTemporaryDir dir;
    const float v[] = {0.5f, 1.5f};
    const std::string path = dir.filePath("a.npy").toStdString();
    writeNpy(path, {2}, v);
    QCOMPARE(readNpy(path).data, (std::vector<float>{0.5f, 1.5f}));
    // a folder that does not exist: an Io error and nothing written, no temporary left behind
    const std::string missing = dir.filePath("missing/b.npy").toStdString();
    try {
        writeNpy(missing, {2}, v);
        QFAIL("wrote into a missing folder");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::Io);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"a.npy"});
    try {
        readNpy(dir.filePath("none.npy").toStdString());
        QFAIL("read a missing file");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::Io);
    }
}

void TestCommon::classLabels()
{
    // ImageNet-1k class indices as torchvision numbers them; WordNet ids from timm's synset list
    QCOMPARE(resolveClassLabel("n02356798"), 335);  // fox squirrel
    QCOMPARE(resolveClassLabel("n02486410"), 372);  // baboon
    QCOMPARE(resolveClassLabel("n01440764"), 0);    // tench
    QCOMPARE(resolveClassLabel("fox squirrel"), 335);
    QCOMPARE(resolveClassLabel("Fox_Squirrel"), 335);
    QCOMPARE(resolveClassLabel(" Granny Smith "), 948);
    QCOMPARE(resolveClassLabel("950"), 950);         // orange
    QCOMPARE(resolveClassLabel("0"), 0);
    QCOMPARE(resolveClassLabel("1000"), -1);
    QCOMPARE(resolveClassLabel("99999"), -1);
    QCOMPARE(resolveClassLabel("-3"), -1);
    QCOMPARE(resolveClassLabel("n99999999"), -1);
    QCOMPARE(resolveClassLabel("not a class"), -1);
    QCOMPARE(resolveClassLabel(""), -1);
    QCOMPARE(int(imagenetWnids().size()), 1000);
}

void TestCommon::imageFolder()
{
    // one subfolder per class, named the three ways; images by suffix, recursively, sorted;
    // other files ignored
    QTemporaryDir dir;
    QDir root(dir.filePath("set"));
    for (const char *d : {"n02486410", "fox squirrel", "950/deeper"})
        QVERIFY(root.mkpath(d));
    touch(root.filePath("n02486410/b.jpg"));
    touch(root.filePath("n02486410/a.PNG"));
    touch(root.filePath("n02486410/notes.txt"));
    touch(root.filePath("fox squirrel/s.webp"));
    touch(root.filePath("950/o.jpeg"));
    touch(root.filePath("950/deeper/x.bmp"));
    touch(root.filePath("950/deeper/y.tiff"));
    touch(root.filePath("stray.jpg")); // not in a class folder
    const auto images = listLabelledImages(root.path().toStdString());
    QCOMPARE(int(images.size()), 6);
    // class folders in name order: "950" < "fox squirrel" < "n02486410"
    QCOMPARE(QString::fromStdString(images[0].path), root.filePath("950/deeper/x.bmp"));
    QCOMPARE(images[0].label, 950);
    QCOMPARE(QString::fromStdString(images[1].path), root.filePath("950/deeper/y.tiff"));
    QCOMPARE(QString::fromStdString(images[2].path), root.filePath("950/o.jpeg"));
    QCOMPARE(images[3].label, 335);
    QCOMPARE(QString::fromStdString(images[4].path), root.filePath("n02486410/a.PNG"));
    QCOMPARE(images[5].label, 372);
}

void TestCommon::csvList()
{
    // path,label lines; relative paths are relative to the CSV; a header and comments are skipped
    QTemporaryDir dir;
    QFile csv(dir.filePath("list.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("path,label\n# a comment\n\nphotos/a.jpg,n02356798\n/abs/b.png, orange \nc, d.jpg,948\n");
    csv.close();
    const auto images = listLabelledImages(csv.fileName().toStdString());
    QCOMPARE(int(images.size()), 3);
    QCOMPARE(QString::fromStdString(images[0].path), dir.filePath("photos/a.jpg"));
    QCOMPARE(images[0].label, 335);
    QCOMPARE(QString::fromStdString(images[1].path), QString("/abs/b.png"));
    QCOMPARE(images[1].label, 950);
    QCOMPARE(QString::fromStdString(images[2].path), dir.filePath("c, d.jpg")); // the last comma splits
    QCOMPARE(images[2].label, 948);
}

void TestCommon::datasetRefusals()
{
    QTemporaryDir dir;
    auto reason = [](const QString &path, ErrorCategory category) {
        try {
            listLabelledImages(path.toStdString());
        } catch (const Error &e) {
            return e.category() == category ? QString::fromStdString(e.what()) : QString("wrong category");
        }
        return QString("accepted");
    };
    QVERIFY(QDir(dir.path()).mkpath("bad/not a class"));
    touch(dir.filePath("bad/not a class/x.jpg"));
    const QString folder = reason(dir.filePath("bad"), ErrorCategory::InvalidInput);
    QVERIFY2(folder.contains("'not a class'") && folder.contains("WordNet id"), qPrintable(folder));
    QVERIFY(QDir(dir.path()).mkpath("empty/950"));
    QVERIFY(reason(dir.filePath("empty"), ErrorCategory::InvalidInput).contains("holds no labelled images"));
    QFile csv(dir.filePath("bad.csv"));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("a.jpg,950\nb.jpg,zebra crossing\n");
    csv.close();
    const QString line = reason(csv.fileName(), ErrorCategory::InvalidInput);
    QVERIFY2(line.contains("bad.csv:2") && line.contains("'zebra crossing'"), qPrintable(line));
    QFile noComma(dir.filePath("nocomma.csv"));
    QVERIFY(noComma.open(QIODevice::WriteOnly));
    noComma.write("just a path\n");
    noComma.close();
    QVERIFY(reason(noComma.fileName(), ErrorCategory::InvalidInput).contains("expected 'path,label'"));
    QVERIFY(reason(dir.filePath("nowhere"), ErrorCategory::Io).contains("neither a folder nor a file"));
}

void TestCommon::camMethods()
{
    // every method once, ids and the papers' names both parse back to it
    const auto &all = allCamMethods();
    QCOMPARE(int(all.size()), 9);
    QStringList ids;
    for (CamMethod m : all) {
        ids << camMethodName(m);
        QCOMPARE(parseCamMethod(camMethodName(m)), m);
        QCOMPARE(parseCamMethod(camMethodLabel(m)), m);
    }
    QCOMPARE(ids, (QStringList{"gradcam", "gradcam++", "xgradcam", "hirescam", "layercam", "eigencam", "cam", "scorecam",
                               "ablationcam"}));
    QCOMPARE(QString(camMethodLabel(CamMethod::GradCamPlusPlus)), QString("Grad-CAM++"));
    QCOMPARE(parseCamMethod("Grad_CAM_plus_plus"), CamMethod::GradCamPlusPlus);
    QCOMPARE(parseCamMethod("SCORE-CAM"), CamMethod::ScoreCam);
    QVERIFY(camUsesGradients(CamMethod::LayerCam) && !camUsesGradients(CamMethod::EigenCam));
    QVERIFY(camForwardPerChannel(CamMethod::AblationCam) && !camForwardPerChannel(CamMethod::Cam));
    try {
        parseCamMethod("gradcam3");
        QFAIL("parsed an unknown method");
    } catch (const Error &e) {
        QCOMPARE(e.category(), ErrorCategory::InvalidInput);
        QVERIFY(QString(e.what()).contains("gradcam, gradcam++"));
    }
}

void TestCommon::sha256Digests()
{
    // FIPS 180-4's examples (one block, two blocks through the padding) and the empty message
    QCOMPARE(sha256Hex("abc", 3), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256Hex("", 0), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    QCOMPARE(sha256Hex(two, std::strlen(two)),
             std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    // lengths around the block and padding edges, against Qt's implementation
    for (int n : {55, 56, 63, 64, 65, 119, 120, 1000}) {
        const QByteArray data(n, 'x');
        QCOMPARE(QString::fromStdString(sha256Hex(data.constData(), size_t(n))),
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    }
}

QTEST_GUILESS_MAIN(TestCommon)
#include "test_common.moc"
