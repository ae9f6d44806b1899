// SPDX-License-Identifier: MIT
#pragma once
// A picture of a resolved network (analytic: effscope_arch, no tensors).
#include "arch/arch_spec.h"

#include <QWidget>

namespace effscope {

/// The seven stages drawn as columns of blocks: a block's height grows with its width (the square
/// root of its channels, so the narrow early stages stay visible), the
/// number of blocks is the stage's depth, and the input square's side is the resolution.
class NetworkDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkDiagram(QWidget *parent = nullptr);
    void setModel(const core::ResolvedModel &model);
    QSize sizeHint() const override { return {640, 220}; }
    int paintCount() const { return m_paints; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    core::ResolvedModel m_model;
    int m_paints = 0;
};

} // namespace effscope
