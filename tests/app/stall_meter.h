// SPDX-License-Identifier: MIT
#pragma once
// Measures how long the GUI thread's event loop goes without running a 2 ms timer: the
// worst gap beyond the period is the longest stall a user would feel. Used by the stall test
// and by bench/gui_stall.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <vector>

class StallMeter : public QObject
{
public:
    explicit StallMeter(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.push_back((now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /// Starts measuring again after stop() without forgetting the gaps so far: the time in
    /// between (the test's own synchronous steps) is not counted.
    void resume()
    {
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    /// Longest time between two ticks, in ms (the period included).
    double worstMs() const { return m_gaps.empty() ? 0.0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    double percentileMs(double p) const
    {
        if (m_gaps.empty())
            return 0.0;
        std::vector<double> g = m_gaps;
        const size_t k = std::min(g.size() - 1, size_t(p * (g.size() - 1)));
        std::nth_element(g.begin(), g.begin() + k, g.end());
        return g[k];
    }
    size_t ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};
