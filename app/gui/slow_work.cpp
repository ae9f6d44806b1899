// SPDX-License-Identifier: MIT
#include "slow_work.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <cmath>

namespace effscope {

double slowWorkSeconds()
{
    bool ok = false;
    const double s = qEnvironmentVariable("EFFSCOPE_SLOW_WORK_SECONDS").toDouble(&ok);
    return ok && s > 0 ? s : 10.0;
}

QString durationText(double seconds)
{
    if (seconds < 90)
        return QCoreApplication::translate("SlowWork", "about %1 s").arg(std::max(1.0, std::round(seconds)));
    if (seconds < 90 * 60)
        return QCoreApplication::translate("SlowWork", "about %1 min").arg(std::round(seconds / 60));
    return QCoreApplication::translate("SlowWork", "about %1 h").arg(seconds / 3600, 0, 'f', 1);
}

bool confirmSlowWork(QWidget *parent, const QString &what, double seconds, const QString &basis)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("SlowWork", "Slow work"),
                    QCoreApplication::translate("SlowWork", "%1 will take %2 on this machine.").arg(what, durationText(seconds)), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(QCoreApplication::translate("SlowWork", "Estimated from %1. It can be cancelled once started (Esc).").arg(basis));
    QPushButton *start = box.addButton(QCoreApplication::translate("SlowWork", "&Start"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(start);
    box.exec();
    return box.clickedButton() == start;
}

} // namespace effscope
