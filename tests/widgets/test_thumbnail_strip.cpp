// SPDX-License-Identifier: MIT
// ThumbnailStrip: order, current photo, neighbours, activation.
#include "widget_test_util.h"
#include "thumbnail_strip.h"

using namespace effscope;

class TestThumbnailStrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thumbnailStrip();
};

void TestThumbnailStrip::thumbnailStrip()
{
    ThumbnailStrip s;
    s.resize(600, 200);
    s.show();
    QVERIFY(QTest::qWaitForWindowExposed(&s));
    QImage t(8, 6, QImage::Format_RGB888);
    t.fill(Qt::red);
    for (const char *p : {"/x/a.jpg", "/x/b.jpg", "/x/c.jpg"})
        s.addImage(p, t, QSize(800, 600));
    s.addImage("/x/b.jpg", t, QSize(800, 600)); // again: refreshed, not added
    QCOMPARE(s.paths(), (QStringList{"/x/a.jpg", "/x/b.jpg", "/x/c.jpg"}));
    QCOMPARE(s.neighbour(1), QString("/x/a.jpg")); // nothing current: the first
    QSignalSpy activated(&s, &ThumbnailStrip::imageActivated);
    QVERIFY(s.setCurrentPath("/x/c.jpg"));
    QCOMPARE(activated.size(), 0);
    QCOMPARE(s.neighbour(1), QString("/x/a.jpg"));
    QCOMPARE(s.neighbour(-1), QString("/x/b.jpg"));
    QVERIFY(!s.setCurrentPath("/x/d.jpg"));
    QTest::mouseClick(s.viewport(), Qt::LeftButton, {}, s.visualItemRect(s.item(0)).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toString(), QString("/x/a.jpg"));
}

QTEST_MAIN(TestThumbnailStrip)
#include "test_thumbnail_strip.moc"
