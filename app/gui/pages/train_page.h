// SPDX-License-Identifier: MIT
#pragma once
// Training on the user's own labelled images: a linear probe of several scales (drawn on the
// Trade-off plot as "your own trade-off"), a fine-tune of one (then usable as the current model
// with the user's classes) and the grid search of compound scaling's step 1 (whose winner goes
// to the Explorer). The runs happen in a TrainingWorker of the page's own, so photos keep
// being classified and explained while a grid trains.
#include "pages/page.h"

#include "train_types.h"

namespace effscope {

class TrainView;
class TrainingWorker;

class TrainPage : public Page
{
    Q_OBJECT
public:
    explicit TrainPage(Workbench &bench, QWidget *parent = nullptr);
    QString title() const override { return tr("T&rain"); }
    void addExports(QMenu *menu) override;
    QImage picture() const override;
    TrainView *view() const { return m_view; }
    TrainingWorker *trainer() const { return m_trainer; }
    /// Starts a run as the Start button does (the page fills where its files go).
    quint64 start(TrainRequest request);
    /// Where a grid search of these images and settings keeps its record and checkpoint.
    static QString gridDirectory(const TrainRequest &request);

Q_SIGNALS:
    void runFinished(const effscope::TrainSummary &summary);

private:
    void showProgress(quint64 id, double fraction, const QString &what);

    TrainView *m_view = nullptr;
    TrainingWorker *m_trainer = nullptr;
    quint64 m_lastId = 0;
};

} // namespace effscope
