// SPDX-License-Identifier: MIT
#pragma once
// What the window tests share: drops as a user makes them, a window opened on the default
// model, the opencv-doc photos. Each test executable has its own settings and data folders
// (test mode, named after the executable), so they run in parallel.
#include "test_env.h"
#include "inference_worker.h"
#include "language.h"
#include "main_window.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>
#include <QtTest/QtTest>

namespace effscope {

inline const QString kPhotos = testEnvPath("EFFSCOPE_TESTDATA_DIR", "/");

inline void drop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPointF pos(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
}

/// Shows the window and waits for the default model (Lite0 with its cached weights).
inline void openWindow(MainWindow &window)
{
    window.resize(1100, 750);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
}

} // namespace effscope

/// Answers the message boxes that open while it lives (the slow-work question) with the button
/// of `role`, and keeps what they asked.
class MessageBoxAnswerer
{
public:
    explicit MessageBoxAnswerer(QMessageBox::ButtonRole role)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, role] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked << box->text() + "\n" + box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == role) {
                    b->click();
                    return;
                }
        });
        m_timer.start(50);
    }
    QStringList asked;

private:
    QTimer m_timer;
};
