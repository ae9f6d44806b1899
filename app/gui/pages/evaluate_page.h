// SPDX-License-Identifier: MIT
#pragma once
// Accuracy of the ticked scales on the user's labelled folder or CSV, in the worker, with
// resume files so that Evaluate continues a cancelled run.
#include "pages/page.h"

namespace effscope {

class EvaluationView;

class EvaluatePage : public Page
{
    Q_OBJECT
public:
    explicit EvaluatePage(Workbench &bench, QWidget *parent = nullptr);
    QString title() const override { return tr("E&valuate"); }
    void addExports(QMenu *menu) override;
    EvaluationView *evaluationView() const { return m_view; }
    /// Evaluates scales on a labelled folder or CSV (as the Evaluate button does).
    void startEvaluation(const QString &dataset, const QStringList &models);

    /// Images found in the chosen folder or CSV (-1 while counting or when it cannot be read).
    int datasetImages() const { return m_datasetImages; }

Q_SIGNALS:
    void finished();
    /// The chosen folder or CSV was counted (the summary beside the path is up to date).
    void datasetCounted();

private:
    void refreshScales();
    /// Lists the folder or CSV on a pool thread (a network folder may be slow): the summary
    /// follows, for the latest path only.
    void countDataset(const QString &path);

    EvaluationView *m_view = nullptr;
    quint64 m_lastId = 0;
    quint64 m_countGeneration = 0;
    QStringList m_countedFor; // the model's own classes the images were counted for
    int m_datasetImages = -1;
};

} // namespace effscope
