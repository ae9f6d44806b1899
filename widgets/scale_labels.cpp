// SPDX-License-Identifier: MIT
#include "scale_labels.h"

#include <QCoreApplication>

namespace effscope {

QString weightsAvailabilityWord(const WeightsAvailabilityMap &states, const QString &model)
{
    switch (states.value(model, WeightsAvailability::Untrained)) {
    case WeightsAvailability::Cached: return QCoreApplication::translate("ScaleLabels", "pretrained");
    case WeightsAvailability::Downloadable: return QCoreApplication::translate("ScaleLabels", "downloadable");
    case WeightsAvailability::Untrained: break;
    }
    return QCoreApplication::translate("ScaleLabels", "untrained");
}

QString scaleLabel(const QString &model, const WeightsAvailabilityMap &states)
{
    //: a scale and what it would load, e.g. "B0 (pretrained)"
    return QCoreApplication::translate("ScaleLabels", "%1 (%2)").arg(displayName(model), weightsAvailabilityWord(states, model));
}

QString scaleToolTip(const QString &model, const WeightsAvailabilityMap &states)
{
    switch (states.value(model, WeightsAvailability::Untrained)) {
    case WeightsAvailability::Cached:
        return QCoreApplication::translate("ScaleLabels", "%1 runs with its pretrained ImageNet weights from the cache.").arg(displayName(model));
    case WeightsAvailability::Downloadable:
        return QCoreApplication::translate("ScaleLabels", "%1 has pretrained weights that File > Weights can download; until then it runs untrained "
                  "(random init) and its results mean nothing.")
            .arg(displayName(model));
    case WeightsAvailability::Untrained: break;
    }
    return QCoreApplication::translate("ScaleLabels", "%1 has no pretrained weights: it runs untrained (random init) and its results mean nothing.")
        .arg(displayName(model));
}

ScaleChecklist::ScaleChecklist(QWidget *parent) : QListWidget(parent)
{
    setFlow(QListView::LeftToRight);
    setWrapping(true);
}

void ScaleChecklist::setScales(const QStringList &scales, const QStringList &checked)
{
    QSignalBlocker block(this);
    clear();
    for (const QString &s : scales) {
        auto *it = new QListWidgetItem(this);
        it->setData(Qt::UserRole, s);
        it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
        it->setCheckState(checked.contains(s) ? Qt::Checked : Qt::Unchecked);
    }
    relabel();
}

void ScaleChecklist::setWeightsAvailability(const WeightsAvailabilityMap &states)
{
    m_availability = states;
    relabel();
}

void ScaleChecklist::relabel()
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        const QString s = it->data(Qt::UserRole).toString();
        it->setText(scaleLabel(s, m_availability));
        it->setToolTip(scaleToolTip(s, m_availability));
    }
}

QStringList ScaleChecklist::checkedScales() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->data(Qt::UserRole).toString();
    return out;
}

void ScaleChecklist::setChecked(const QStringList &scales)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(scales.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

QListWidgetItem *ScaleChecklist::scaleItem(const QString &scale) const
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(Qt::UserRole).toString() == scale)
            return item(i);
    return nullptr;
}

} // namespace effscope
