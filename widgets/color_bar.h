// SPDX-License-Identifier: MIT
#pragma once
// The key to a colour map: a vertical strip of the 256 colours, coldest at the bottom, with the
// values the ends stand for and what is measured. Beside a heat map it says that the hottest
// colour is the most important part for the class, not a probability.
#include <QRgb>
#include <QString>
#include <QVector>
#include <QWidget>

namespace effscope {

class ColorBar : public QWidget
{
    Q_OBJECT
public:
    explicit ColorBar(QWidget *parent = nullptr);

    /// 256 colours from cold to hot.
    void setColormap(const QVector<QRgb> &lut);
    /// The labels at the top and bottom ends and the quantity along the bar.
    void setLabels(const QString &high, const QString &low, const QString &quantity);
    QString highLabel() const { return m_high; }
    QString lowLabel() const { return m_low; }
    QString quantity() const { return m_quantity; }
    /// The colour drawn at a value in [0, 1] (tests: the bar's ends are the map's ends).
    QRgb colorAt(double value) const;
    /// Where a value in [0, 1] is drawn along the bar (widget y).
    int yFor(double value) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect stripRect() const;
    QVector<QRgb> m_lut;
    QString m_high, m_low, m_quantity;
};

} // namespace effscope
