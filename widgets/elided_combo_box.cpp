// SPDX-License-Identifier: MIT
#include "elided_combo_box.h"

#include <QAbstractItemView>
#include <QStyleOptionComboBox>
#include <QStylePainter>

#include <algorithm>

namespace effscope {

ElidedComboBox::ElidedComboBox(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::currentTextChanged, this, [this](const QString &text) { setToolTip(text); });
}

QRect ElidedComboBox::textRect() const
{
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    return style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this);
}

QString ElidedComboBox::shownText() const
{
    return fontMetrics().elidedText(currentText(), Qt::ElideMiddle, std::max(0, textRect().width() - 4));
}

int ElidedComboBox::popupWidth() const
{
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(itemText(i)));
    // the entry's margins and a scroll bar's width
    return widest + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 24
         + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
}

void ElidedComboBox::showPopup()
{
    view()->setMinimumWidth(std::max(width(), popupWidth()));
    QComboBox::showPopup();
}

void ElidedComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter p(this);
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    p.drawComplexControl(QStyle::CC_ComboBox, opt);
    opt.currentText = shownText();
    p.drawControl(QStyle::CE_ComboBoxLabel, opt);
}

} // namespace effscope
