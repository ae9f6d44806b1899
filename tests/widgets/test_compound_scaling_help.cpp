// SPDX-License-Identifier: MIT
// Help > Compound Scaling in One Page: the paper's constants and rule in the text, the five
// networks drawn with only what each one scales marked, the Explorer button.
#include "widget_test_util.h"

#include "compound_scaling_help.h"

#include <QDialogButtonBox>

using namespace effscope;

class TestCompoundScalingHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textStatesTheRule();
    void diagramMarksWhatEachScales();
    void explorerButton();
};

void TestCompoundScalingHelp::textStatesTheRule()
{
    QTextDocument doc;
    doc.setHtml(CompoundScalingHelp::pageText());
    const QString text = doc.toPlainText();
    // Tan & Le, eq. 3 and step 1 of the method (shared/reference/efficientnet.md, section 4)
    for (const QString &part : {QString::fromUtf8("d = \u03b1\u03c6"), QString::fromUtf8("w = \u03b2\u03c6"),
                                QString::fromUtf8("r = \u03b3\u03c6"),
                                QString::fromUtf8("\u03b1 \u00b7 \u03b22 \u00b7 \u03b32 \u2248 2"),
                                QString::fromUtf8("\u03b1 = 1.2, \u03b2 = 1.1, \u03b3 = 1.15"),
                                QString::fromUtf8("2\u03c6 times")})
        QVERIFY2(text.contains(part), qPrintable(part + " not in: " + text));
    // the paper's Table 3 row for MobileNetV2 (depth 76.8, width 76.4, resolution 74.8, compound 77.4)
    for (const char *n : {"76.8%", "76.4%", "74.8%", "77.4%"})
        QVERIFY(text.contains(n));
}

void TestCompoundScalingHelp::diagramMarksWhatEachScales()
{
    ScalingDiagram d;
    d.resize(620, 260);
    const QImage img = d.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb changed = qRgb(0xe0, 0x6c, 0x2f);
    const QRgb layer = d.palette().highlight().color().rgb();
    // per column (baseline, wider, deeper, higher resolution, compound): pixels of the colour that
    // marks a scaled dimension, and the height of the drawing above the labels
    int marked[5] = {}, top[5] = {img.height(), img.height(), img.height(), img.height(), img.height()};
    int plain[5] = {};
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const int c = std::min(4, x * 5 / img.width());
            const QRgb p = img.pixel(x, y);
            if (p == changed)
                ++marked[c];
            if (p == layer)
                ++plain[c];
            if (p == changed || p == layer)
                top[c] = std::min(top[c], y);
        }
    QCOMPARE(marked[0], 0);          // the baseline scales nothing
    for (int c = 1; c < 5; ++c)
        QVERIFY2(marked[c] > 100, qPrintable(QString("column %1: %2").arg(c).arg(marked[c])));
    QVERIFY(plain[0] > 100);         // its three layers
    QCOMPARE(plain[1], 0);           // wider: every layer is wider
    QVERIFY(plain[2] > 100);         // deeper: the first three layers as they were, the rest marked
    QVERIFY(top[2] < top[0] - 50);   // and its stack is much taller
    QVERIFY(top[4] < top[0]);        // compound: somewhat taller too
}

void TestCompoundScalingHelp::explorerButton()
{
    CompoundScalingHelp help;
    help.show();
    QSignalSpy spy(&help, &CompoundScalingHelp::openExplorerRequested);
    auto *open = help.findChild<QPushButton *>("openExplorer");
    QVERIFY(open);
    open->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(help.result(), int(QDialog::Accepted));
    QVERIFY(!help.isVisible());
}

QTEST_MAIN(TestCompoundScalingHelp)
#include "test_compound_scaling_help.moc"
