// SPDX-License-Identifier: MIT
#pragma once
// Help > "Compound scaling in one page": the idea of the paper (Tan & Le, 2019) in a picture and
// a few paragraphs (a network grown in width, in depth, in resolution, and in all three by one
// coefficient phi under alpha * beta^2 * gamma^2 ~ 2), with a button that opens the Explorer at
// the paper's coefficients.
#include <QDialog>
#include <QWidget>

namespace effscope {

/// The paper's five networks side by side (baseline, wider, deeper, higher resolution,
/// compound), each a stack of layers over its input image: bar length for width, bar count for
/// depth, the input square's side for resolution.
class ScalingDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit ScalingDiagram(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

class CompoundScalingHelp : public QDialog
{
    Q_OBJECT
public:
    explicit CompoundScalingHelp(QWidget *parent = nullptr);

    /// The page's text (rich text), as shown.
    static QString pageText();

Q_SIGNALS:
    /// "Open the Explorer at the paper's coefficients" was pressed (the dialog then closes).
    void openExplorerRequested();
};

} // namespace effscope
