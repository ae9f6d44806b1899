// SPDX-License-Identifier: MIT
#pragma once
// The compare view: one card per chosen scale with its top-5, the CAM for the shared target
// class at that scale's own resolution, the latency of this run and the faithfulness numbers.
// Cards fill in as results arrive; the whole view exports as one PNG. Plain data in, no torch.
#include "types.h"

#include <QImage>
#include <QVector>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace effscope {

class HeatmapView;
class ScaleChecklist;

class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    /// The presets offered, and which are ticked.
    void setPresets(const QStringList &presets, const QStringList &checked);
    /// Labels each box with what its scale would load (pretrained, downloadable, untrained).
    void setWeightsAvailability(const WeightsAvailabilityMap &states);
    /// The list's item of a scale (check state, label, tooltip), or null.
    QListWidgetItem *presetItem(const QString &preset) const;
    QStringList checkedPresets() const;
    void setChecked(const QStringList &presets);
    /// What the shared CAM target is, shown above the cards.
    void setTargetText(const QString &text);
    /// Empty cards ("waiting...") for these presets, in this order.
    void begin(const QStringList &models);
    void setCard(int slot, const CompareItem &item);
    /// The run ended; cards still waiting say so (cancelled or skipped).
    void finish(bool cancelled);
    void setColormap(const QVector<QRgb> &lut);
    void setOpacity(double opacity);
    int cardCount() const;
    int resultCount() const { return m_results; }
    /// The cards are the method grid's (set by the first card that arrives).
    bool byMethod() const { return m_byMethod; }
    QString cardText(int slot) const;
    HeatmapView *cardHeatmap(int slot) const;
    /// The target line and every card whole, up to four a row (the export; not the screen's
    /// layout, which wraps to the window's width).
    QImage render();
    /// Cards a row on screen (they wrap to the width; 0 before the first run).
    int columnCount() const;
    /// The placeholder saying what Compare does, shown until the first run.
    bool hintShown() const;
    QPushButton *compareButton() const { return m_run; }
    QPushButton *methodsButton() const { return m_methods; }

Q_SIGNALS:
    void compareRequested(const QStringList &models);
    /// "All CAM methods": the loaded model's heat map by every method, a card each.
    void methodsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int columnsFor(int width) const;
    void reflow();

    struct Card
    {
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        HeatmapView *heat = nullptr;
        QLabel *text = nullptr;
        bool done = false;
    };
    ScaleChecklist *m_scales = nullptr;
    QLabel *m_target = nullptr;
    QPushButton *m_run = nullptr, *m_methods = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_cardsHost = nullptr;
    int m_columns = 0;
    QGridLayout *m_cards = nullptr;
    QVector<Card> m_slots;
    QVector<QRgb> m_lut;
    double m_opacity = 0.5;
    int m_results = 0;
    bool m_byMethod = false;
};

} // namespace effscope
