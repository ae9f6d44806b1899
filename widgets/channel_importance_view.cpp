// SPDX-License-Identifier: MIT
#include "channel_importance_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace effscope {

ChannelImportanceView::ChannelImportanceView(QWidget *parent) : QGroupBox(tr("Channel importance of the loaded model"), parent)
{
    m_measure = new QPushButton(tr("&Measure on the current photo"), this);
    m_measure->setToolTip(tr("BN scale magnitudes of every block's hidden channels and how sparse their "
                             "activations are on the photo shown"));
    connect(m_measure, &QPushButton::clicked, this, &ChannelImportanceView::measureRequested);
    m_caption = new QLabel(tr("Not measured yet."), this);
    m_caption->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(7);
    m_tree->setHeaderLabels({tr("Layer"), tr("Channels"), tr("Mean |gamma|"), tr("Weak gamma %"), tr("Dead %"),
                             tr("Activations <= 0 %"), tr("Could shrink")});
    // every header reads in full: columns as wide as their header or content, the tree scrolls
    // sideways when the page is narrower than that
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    const QStringList tips{tr("Block or layer"), tr("Hidden channels"), tr("Mean magnitude of the BN scales"),
                           tr("Channels whose BN scale is below 5% of the layer's largest"),
                           tr("Channels never above 0 on the photo"), tr("Share of activations at or below 0"),
                           tr("Weak or dead: channels that could be pruned")};
    for (int i = 0; i < tips.size(); ++i)
        m_tree->headerItem()->setToolTip(i, tips[i]);
    m_tree->setAccessibleName(tr("Channel importance per stage and block"));
    m_tree->setMinimumHeight(160);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_measure);
    top->addWidget(m_caption, 1);
    layout->addLayout(top);
    layout->addWidget(m_tree);
}

QString ChannelImportanceView::caption() const
{
    return m_caption->text();
}

void ChannelImportanceView::setImportance(const QString &caption, const QVector<ImportanceRow> &rows)
{
    m_tree->clear();
    m_caption->setText(caption);
    m_shrinkable = QVector<double>(9, -1.0);
    auto pct = [](double f) { return QString::number(100.0 * f, 'f', 1); };
    QVector<QTreeWidgetItem *> stageItems(9, nullptr);
    QVector<double> channels(9, 0.0), gammaSum(9, 0.0), weak(9, 0.0), dead(9, 0.0), nonPositive(9, 0.0), shrink(9, 0.0);
    for (const ImportanceRow &r : rows) {
        const int st = std::clamp(r.stage, 0, 8);
        if (!stageItems[st]) {
            stageItems[st] = new QTreeWidgetItem(m_tree);
            stageItems[st]->setText(0, st == 0 ? tr("Stem") : st == 8 ? tr("Head") : tr("Stage %1").arg(st));
        }
        auto *item = new QTreeWidgetItem(stageItems[st]);
        const double removable = std::max(r.weakFraction, r.deadFraction);
        item->setText(0, r.layer);
        item->setText(1, QString::number(r.channels));
        item->setText(2, QString::number(r.meanAbsGamma, 'f', 3));
        item->setText(3, pct(r.weakFraction));
        item->setText(4, pct(r.deadFraction));
        item->setText(5, pct(r.nonPositiveFraction));
        item->setText(6, pct(removable) + QLatin1Char('%'));
        channels[st] += r.channels;
        gammaSum[st] += r.meanAbsGamma * r.channels;
        weak[st] += r.weakFraction * r.channels;
        dead[st] += r.deadFraction * r.channels;
        nonPositive[st] += r.nonPositiveFraction * r.channels;
        shrink[st] += removable * r.channels;
    }
    for (int st = 0; st < 9; ++st) {
        QTreeWidgetItem *item = stageItems[st];
        if (!item)
            continue;
        const double n = std::max(1.0, channels[st]);
        m_shrinkable[st] = shrink[st] / n;
        item->setText(1, QString::number(int(channels[st])));
        item->setText(2, QString::number(gammaSum[st] / n, 'f', 3));
        item->setText(3, pct(weak[st] / n));
        item->setText(4, pct(dead[st] / n));
        item->setText(5, pct(nonPositive[st] / n));
        item->setText(6, m_shrinkable[st] >= 0.1 ? tr("about %1% of its channels").arg(pct(m_shrinkable[st]))
                                                 : tr("keep (%1%)").arg(pct(m_shrinkable[st])));
    }
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace effscope
