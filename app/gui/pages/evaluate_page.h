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

Q_SIGNALS:
    void finished();

private:
    void refreshScales();

    EvaluationView *m_view = nullptr;
    quint64 m_lastId = 0;
};

} // namespace effscope
