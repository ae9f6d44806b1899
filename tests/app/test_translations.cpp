// SPDX-License-Identifier: MIT
// The translations: German and Simplified Chinese complete for every string the sources pass
// through tr() (lupdate run on the sources now, not the committed catalogue alone), with the
// same placeholders, plural forms and accelerators; the catalogues load and switch (system
// locale, Preferences); Chinese text finds a font; and the German window keeps every label,
// button and tab whole at the default size.
#include "window_test_util.h"

#include "language.h"
#include "preferences_dialog.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRawFont>
#include <QRegularExpression>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QStyle>
#include <QXmlStreamReader>

using namespace effscope;

namespace {

struct Message
{
    QString context, source;
    bool numerus = false;
    bool finished = false;
    QStringList translations; ///< the numerus forms, or the one translation
};

QList<Message> readCatalogue(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                m = Message{context, {}, xml.attributes().value("numerus") == QLatin1String("yes"), false, {}};
            else if (name == QLatin1String("source"))
                m.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value("type").toString();
                m.finished = type.isEmpty();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform"))
                m.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
        }
    }
    return out;
}

QStringList placeholders(const QString &s)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.removeDuplicates();
    out.sort();
    return out;
}

/// An accelerator: "&" before a character, not an HTML entity nor "&&".
bool hasAccelerator(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("&(?![a-zA-Z]+;|#|&)\\S"));
    return re.match(s).hasMatch() && !s.contains(QLatin1Char('<'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cataloguesComplete_data();
    void cataloguesComplete();
    void cataloguesLoad();
    void preferencesSwitchLanguage();
    void chineseFindsAFont();
    void germanWindowFits();
    void cleanupTestCase() { applyLanguage(QStringLiteral("en")); }
};

void TestTranslations::cataloguesComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("forms"); // plural forms of the language
    QTest::newRow("German") << "de" << 2;
    QTest::newRow("Simplified Chinese") << "zh_CN" << 1;
}

void TestTranslations::cataloguesComplete()
{
    QFETCH(QString, language);
    QFETCH(int, forms);
    // the committed catalogue brought up to date with the sources as they are: a string added
    // to the code without a translation shows up here as unfinished
    QTemporaryDir dir;
    const QString committed = QStringLiteral(EFFSCOPE_SOURCE_DIR "/translations/effscope_%1.ts").arg(language);
    const QString current = dir.filePath(QFileInfo(committed).fileName());
    QVERIFY(QFile::copy(committed, current));
    QFile::setPermissions(current, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(EFFSCOPE_SOURCE_DIR));
    lupdate.start(QStringLiteral(EFFSCOPE_LUPDATE), {"app", "widgets", "-ts", current, "-no-obsolete", "-locations", "none"});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QList<Message> messages = readCatalogue(current);
    QVERIFY2(messages.size() > 800, qPrintable(QString::number(messages.size())));
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + ": \"" + m.source + "\"";
        if (!m.finished || m.translations.isEmpty() || m.translations.contains(QString())) {
            problems << "untranslated " + where;
            continue;
        }
        if (m.numerus && m.translations.size() != forms)
            problems << QStringLiteral("%1 plural forms, not %2: ").arg(m.translations.size()).arg(forms) + where;
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems << "placeholders differ in " + where + " -> \"" + t + "\"";
            if (hasAccelerator(m.source) != hasAccelerator(t))
                problems << "accelerator differs in " + where + " -> \"" + t + "\"";
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join('\n') + QStringLiteral("\n(%1 in all)").arg(problems.size())));
    // and no string in the code is outside tr(): counts of the German and Chinese catalogues agree
    QCOMPARE(messages.size(), readCatalogue(QStringLiteral(EFFSCOPE_SOURCE_DIR "/translations/effscope_de.ts")).size());
}

void TestTranslations::cataloguesLoad()
{
    QCOMPARE(applyLanguage("de"), QString("de"));
    QCOMPARE(QCoreApplication::translate("effscope::MainWindow", "&File"), QString("&Datei"));
    QCOMPARE(QCoreApplication::translate("effscope::PhotoList", "Added %n images", nullptr, 3), QString("3 Bilder hinzugefügt"));
    QCOMPARE(QCoreApplication::translate("effscope::PhotoList", "Added %n images", nullptr, 1), QString("1 Bild hinzugefügt"));
    QCOMPARE(applyLanguage("zh_CN"), QString("zh_CN"));
    QCOMPARE(QCoreApplication::translate("effscope::MainWindow", "&File"), QString("文件(&F)"));
    QCOMPARE(QCoreApplication::translate("effscope::PhotoList", "Added %n images", nullptr, 1), QString("已添加 1 张图像"));
    // English needs its catalogue only for the singular of the plural strings
    QCOMPARE(applyLanguage("en"), QString("en"));
    QCOMPARE(QCoreApplication::translate("effscope::MainWindow", "&File"), QString("&File"));
    QCOMPARE(QCoreApplication::translate("effscope::PhotoList", "Added %n images", nullptr, 1), QString("Added 1 image"));
    QCOMPARE(QCoreApplication::translate("effscope::PhotoList", "Added %n images", nullptr, 2), QString("Added 2 images"));
    // contexts outside a class (translate("SlowWork", ...)) are found too
    applyLanguage("de");
    QCOMPARE(QCoreApplication::translate("SlowWork", "Slow work"), QString("Langwierige Arbeit"));
    // no choice: the system's locale decides, among the languages there are
    const QString system = applyLanguage(QString());
    bool known = false;
    for (const Language &l : languages())
        known = known || l.code == system;
    QVERIFY2(known, qPrintable(system));
    applyLanguage("en");
}

void TestTranslations::preferencesSwitchLanguage()
{
    PreferencesDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 1 + languages().size()); // the system's, then each language
    QCOMPARE(dialog.language(), QString()); // a first run follows the system
    combo->setCurrentIndex(combo->findText(QStringLiteral("Deutsch")));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->click();
    QCOMPARE(settings::language.value(), QString("de"));
    // the next start applies it
    QCOMPARE(applySavedLanguage(), QString("de"));
    QCOMPARE(QCoreApplication::translate("effscope::MainWindow", "&Help"), QString("&Hilfe"));
    PreferencesDialog again;
    QCOMPARE(again.language(), QString("de"));
    again.setLanguage(QString());
    again.save();
    QCOMPARE(settings::language.value(), QString());
    applyLanguage("en");
}

void TestTranslations::chineseFindsAFont()
{
    // the Chinese UI renders only where some font has the glyphs (fontconfig fallback from the
    // UI font): lay out a menu title and check every glyph run's font has its characters
    QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
             "no font for Simplified Chinese (tools/setup.sh installs fonts-wqy-microhei)");
    const QString text = QStringLiteral("文件 热力图 评估 权衡");
    QTextLayout layout(text, QApplication::font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    int covered = 0;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QRawFont font = run.rawFont();
        for (const QChar c : text)
            if (c != QLatin1Char(' ') && font.supportsCharacter(c))
                ++covered;
        for (quint32 glyph : run.glyphIndexes())
            QVERIFY2(glyph != 0, qPrintable("a missing glyph in " + font.familyName())); // 0: .notdef, the box
    }
    QVERIFY2(covered >= 8, qPrintable(QString::number(covered)));
}

void TestTranslations::germanWindowFits()
{
    // German runs longest: at the default size every visible label, button, check box, group
    // title and tab of every view shows its whole text
    applyLanguage("de");
    InferenceWorker worker;
    MainWindow window(&worker);
    window.resize(MainWindow::defaultSize());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("pypi-lite0"), 60000);
    QStringList cut;
    const auto plain = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("&(?=\\S)"))); };
    for (int v = 0; v < kViews; ++v) {
        window.showView(View(v));
        QTest::qWait(200);
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != &window || w->width() <= 1)
                continue;
            const QString where = QStringLiteral("%1 (%2)").arg(viewName(View(v)), QString(w->metaObject()->className()));
            if (auto *label = qobject_cast<QLabel *>(w)) {
                const QString text = plain(label->text());
                if (text.isEmpty() || label->wordWrap() || Qt::mightBeRichText(text) || text.contains('\n'))
                    continue;
                if (label->fontMetrics().horizontalAdvance(text) > label->contentsRect().width() + 1)
                    cut << where + ": \"" + text + "\"";
            } else if (auto *button = qobject_cast<QPushButton *>(w)) {
                // the text with half the style's margin on each side (narrower than the style's
                // minimum width for buttons, 80 px in Fusion, is fine while the text fits)
                const int margins = button->style()->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button);
                if (!button->text().isEmpty()
                    && button->fontMetrics().horizontalAdvance(plain(button->text())) + margins > button->width())
                    cut << where + QStringLiteral(": \"%1\" (%2 px of text and margins in %3)")
                                       .arg(plain(button->text()))
                                       .arg(button->fontMetrics().horizontalAdvance(plain(button->text())) + margins)
                                       .arg(button->width());
            } else if (qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w)) {
                auto *button = static_cast<QAbstractButton *>(w);
                if (button->width() < button->sizeHint().width()) // the indicator, spacing and text
                    cut << where + ": \"" + plain(button->text()) + "\"";
            } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
                if (!box->title().isEmpty() && box->width() < box->minimumSizeHint().width())
                    cut << where + ": \"" + plain(box->title()) + "\"";
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    if (!tabs->rect().contains(tabs->tabRect(i)))
                        cut << where + ": tab \"" + plain(tabs->tabText(i)) + "\"";
            }
        }
    }
    cut.removeDuplicates();
    QVERIFY2(cut.isEmpty(), qPrintable("cut off in German:\n" + cut.join('\n')));
    applyLanguage("en");
}

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
