// SPDX-License-Identifier: MIT
#pragma once
// A combo box whose closed face elides its text in the middle to the room the layout gives it
// (a custom scale's name keeps its start and its end: "custom-w1.331…-untrained"), with the whole
// entry in the tooltip; the pop-up list is as wide as its longest entry, so every entry reads in
// full there. The box itself never asks for more width than its minimum contents length.
#include <QComboBox>

namespace effscope {

class ElidedComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ElidedComboBox(QWidget *parent = nullptr);
    /// The text drawn on the closed box (elided when it does not fit).
    QString shownText() const;
    /// The width the pop-up list asks for: its longest entry's.
    int popupWidth() const;
    void showPopup() override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect() const;
};

} // namespace effscope
