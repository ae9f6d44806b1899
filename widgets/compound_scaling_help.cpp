// SPDX-License-Identifier: MIT
#include "compound_scaling_help.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace effscope {

namespace {

struct Network
{
    const char *title; // translated in paintEvent (QT_TRANSLATE_NOOP keeps lupdate aware)
    double width, depth, resolution;
};

// Multipliers of the baseline; the compound one is the paper's phi = 2 (1.2^2, 1.1^2, 1.15^2),
// the single-dimension ones grown until their FLOPs match it (about 4x).
constexpr std::array<Network, 5> kNetworks{{
    {QT_TRANSLATE_NOOP("effscope::ScalingDiagram", "baseline"), 1.0, 1.0, 1.0},
    {QT_TRANSLATE_NOOP("effscope::ScalingDiagram", "wider"), 2.0, 1.0, 1.0},
    {QT_TRANSLATE_NOOP("effscope::ScalingDiagram", "deeper"), 1.0, 4.0, 1.0},
    {QT_TRANSLATE_NOOP("effscope::ScalingDiagram", "higher resolution"), 1.0, 1.0, 2.0},
    {QT_TRANSLATE_NOOP("effscope::ScalingDiagram", "compound"), 1.21, 1.44, 1.3225},
}};

constexpr int kBaseLayers = 3;

} // namespace

ScalingDiagram::ScalingDiagram(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Five networks: baseline, wider, deeper, higher resolution, compound"));
}

QSize ScalingDiagram::sizeHint() const
{
    return {620, 260};
}

QSize ScalingDiagram::minimumSizeHint() const
{
    return {420, 200};
}

void ScalingDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const int columns = int(kNetworks.size());
    const double cell = double(width()) / columns;
    const int text = fontMetrics().height();
    const double bottom = height() - 2.0 * text - 6.0;
    // the tallest stack sets the scale: input square, gap, then its layers
    const double unit = std::min(cell / 2.4 / 2.0, (bottom - 8.0) / (2.0 + 0.9 * kBaseLayers * 4.0 + 1.0));
    const QColor layer = pal.highlight().color(), changed = QColor(0xe0, 0x6c, 0x2f);
    for (int i = 0; i < columns; ++i) {
        const Network &n = kNetworks[size_t(i)];
        const double cx = cell * (i + 0.5);
        const double side = unit * 1.6 * n.resolution;
        QRectF input(cx - side / 2, bottom - side, side, side);
        p.setPen(Qt::NoPen);
        p.setBrush(n.resolution > 1.0 ? changed : pal.mid().color());
        p.drawRect(input);
        const int layers = int(std::lround(kBaseLayers * n.depth));
        const double barW = unit * 2.0 * n.width, barH = unit * 0.6;
        double y = input.top() - unit * 0.5;
        for (int l = 0; l < layers; ++l) {
            y -= barH;
            const bool extra = l >= kBaseLayers;
            p.setBrush(n.width > 1.0 || extra ? changed : layer);
            p.drawRoundedRect(QRectF(cx - barW / 2, y, barW, barH), 2, 2);
            y -= unit * 0.3;
        }
        p.setPen(pal.text().color());
        p.drawText(QRectF(cell * i, bottom + 4, cell, text), Qt::AlignCenter, tr(n.title));
        const QString factors = n.width == 1.0 && n.depth == 1.0 && n.resolution == 1.0
                                    ? tr("1x")
                                    : tr("w %1, d %2, r %3")
                                          .arg(n.width, 0, 'g', 3)
                                          .arg(n.depth, 0, 'g', 3)
                                          .arg(n.resolution, 0, 'g', 3);
        p.drawText(QRectF(cell * i, bottom + 4 + text, cell, text), Qt::AlignCenter, factors);
    }
}

QString CompoundScalingHelp::pageText()
{
    return tr("<h3>Compound scaling in one page</h3>"
              "<p>A convolutional network can be made bigger in three ways: <b>width</b> (more channels in each "
              "layer), <b>depth</b> (more layers) and <b>resolution</b> (larger input images). Each one alone "
              "improves accuracy at first and then stops paying: a much wider but shallow network sees too little "
              "context, a much deeper one gets hard to train, a higher resolution needs more layers and channels to "
              "use the extra detail. Tan and Le (EfficientNet, ICML 2019) grow all three together.</p>"
              "<p>One coefficient &phi; sets how much bigger the network gets; three constants say how that is "
              "shared out:</p>"
              "<p align=\"center\">depth d = &alpha;<sup>&phi;</sup>, &nbsp; width w = &beta;<sup>&phi;</sup>, "
              "&nbsp; resolution r = &gamma;<sup>&phi;</sup>, &nbsp; with &alpha; &middot; &beta;<sup>2</sup> "
              "&middot; &gamma;<sup>2</sup> &asymp; 2 and &alpha;, &beta;, &gamma; &ge; 1.</p>"
              "<p>A convolution's FLOPs grow in proportion to d, to w<sup>2</sup> (channels in and out) and to "
              "r<sup>2</sup> (pixels), so the constraint makes every step of &phi; about double the FLOPs: the "
              "network costs about 2<sup>&phi;</sup> times the baseline.</p>"
              "<p>The constants come from a small grid search at &phi; = 1 on the baseline, EfficientNet-B0: "
              "<b>&alpha; = 1.2, &beta; = 1.1, &gamma; = 1.15</b>. They are then kept fixed, and &phi; grows the "
              "baseline into B1..B7 (the released models round the resulting widths, depths and resolutions). "
              "The paper's ablation shows the point: at the same FLOPs, scaling all three beats scaling any one "
              "(MobileNetV2 at about 1.2B FLOPs: 76.8% deeper, 76.4% wider, 74.8% higher resolution, 77.4% "
              "compound).</p>"
              "<p>In effscope: the <b>Explorer</b> grows B0 (or Lite0) by &alpha;, &beta;, &gamma;, &phi; and shows "
              "parameters, MACs and the measured latency as you move them; <b>Trade-off</b> plots accuracy against "
              "FLOPs for the published models and your own measurements; <b>Grid search</b> (and "
              "<tt>effscope-cli grid</tt>) repeats step one on your own data.</p>");
}

CompoundScalingHelp::CompoundScalingHelp(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Compound Scaling in One Page"));
    auto *layout = new QVBoxLayout(this);
    auto *diagram = new ScalingDiagram(this);
    layout->addWidget(diagram);
    auto *label = new QLabel(pageText(), this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open the &Explorer at the Paper's Coefficients"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openExplorer"));
    open->setToolTip(tr("alpha 1.2, beta 1.1, gamma 1.15 at phi = 1: B0 grown one step"));
    connect(open, &QPushButton::clicked, this, [this] {
        Q_EMIT openExplorerRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(680, 640);
}

} // namespace effscope
