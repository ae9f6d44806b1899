// SPDX-License-Identifier: MIT
#pragma once
// How a scale is labelled where it can be picked (the model list, Compare's and Evaluate's
// check boxes): its display name and what it would load, pretrained or not.
#include "types.h"

#include <QListWidget>

namespace effscope {

/// "pretrained", "downloadable" or "untrained" for a model (absent from the map: untrained).
QString weightsAvailabilityWord(const WeightsAvailabilityMap &states, const QString &model);
/// "B0 (pretrained)", "B4 (downloadable)", "my-scale (untrained)".
QString scaleLabel(const QString &model, const WeightsAvailabilityMap &states);
/// A sentence for the tooltip: what loading the model gives and how to get weights.
QString scaleToolTip(const QString &model, const WeightsAvailabilityMap &states);

/// The scales to tick, left to right and wrapping, each labelled with what it would load
/// (Compare's and Evaluate's lists). Items hold the model name in Qt::UserRole.
class ScaleChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit ScaleChecklist(QWidget *parent = nullptr);
    /// The scales offered, in this order; `checked` are ticked. Emits no itemChanged.
    void setScales(const QStringList &scales, const QStringList &checked);
    void setWeightsAvailability(const WeightsAvailabilityMap &states);
    QStringList checkedScales() const;
    void setChecked(const QStringList &scales);
    /// The item of a scale, or null.
    QListWidgetItem *scaleItem(const QString &scale) const;

private:
    void relabel();

    WeightsAvailabilityMap m_availability;
};

} // namespace effscope
