// The quick facts above the tabs: what the page says on pregnancy,
// breastfeeding, contraindications and interactions, in its own words, each
// opening the section it stands in with the words selected; nothing shown
// for a page that says nothing of them.
#include "app/importcontroller.h"
#include "app/monographview.h"
#include "app/pagebrowser.h"
#include "windowtesting.h"

#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace formulary;
using namespace formulary::testing;

namespace {

QByteArray pageWithPrecautions(const QString &title)
{
    return QStringLiteral("---\ntitle: %1\n---\n\n# %1\n### Usage\nFor pain.\n\n### Dosage\n10 mg.\n\n"
                          "### Precautions\n* Tell your doctor about other medicines: %1 may interact with "
                          "warfarin.\n* **Pregnancy:** Avoid in the last trimester.\n\n"
                          "### FAQs\n* **Q: Can I breastfeed?** A: Ask your pharmacist.\n")
        .arg(title)
        .toUtf8();
}

} // namespace

class TestQuickFactsStrip : public QObject
{
    Q_OBJECT

private slots:
    void factsOpenWhereTheyStand()
    {
        WindowFixture fixture;
        QVERIFY(fixture.writePage(QStringLiteral("c/cautionol.md"), pageWithPrecautions(QStringLiteral("Cautionol"))));
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("cautionol"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Cautionol"));
        auto *strip = window->monographView()->findChild<QLabel *>(QStringLiteral("quickFacts"));
        QVERIFY(strip && strip->isVisible());
        window->resize(1800, 700); // room for every fact whole
        QTRY_VERIFY(strip->width() > 1000);
        QTextDocument shown;
        shown.setHtml(strip->text());
        static const QRegularExpression lineBreak(QStringLiteral("[\n\u2028]"));
        const QStringList lines = shown.toPlainText().split(lineBreak);
        QCOMPARE(lines, QStringList({"Pregnancy: Avoid in the last trimester. (in Precautions)",
                                     "Breastfeeding: Q: Can I breastfeed? A: Ask your pharmacist. (in FAQs)",
                                     "Interactions: Tell your doctor about other medicines: Cautionol may interact "
                                     "with warfarin. (in Precautions)"}));
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Usage"));

        // From the keyboard: into the strip, Tab to its first link, Enter.
        strip->setFocus(Qt::TabFocusReason);
        QTest::keyClick(strip, Qt::Key_Tab);
        QTest::keyClick(strip, Qt::Key_Return);
        QTRY_COMPARE(currentTabTitle(*window), QStringLiteral("Precautions"));
        PageBrowser *page = window->monographView()->browser();
        QCOMPARE(page->textCursor().selectedText(), QStringLiteral("Avoid in the last trimester."));

        // A narrow window cuts each fact to one line; the tooltip has them whole.
        window->resize(800, 600);
        QTRY_VERIFY(strip->width() < 700);
        shown.setHtml(strip->text());
        const QStringList cut = shown.toPlainText().split(lineBreak);
        QCOMPARE(cut.size(), 3);
        for (const QString &line : cut)
            QVERIFY2(strip->fontMetrics().horizontalAdvance(line) <= strip->contentsRect().width(), qPrintable(line));
        QVERIFY(strip->toolTip().contains(QLatin1String("may interact with warfarin.")));

        // Words that answer two topics are shown once, under the page's label.
        QVERIFY(fixture.writePage(QStringLiteral("b/bothol.md"),
                                  "# Bothol\n### Precautions\n**Pregnancy and Breastfeeding:** Not advised.\n"));
        QSignalSpy finished(window->importController(), &ImportController::finished);
        window->importFolder(fixture.pagesDir());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        searchAndOpen(*window, QStringLiteral("bothol"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Bothol"));
        shown.setHtml(strip->text());
        QCOMPARE(shown.toPlainText(), QStringLiteral("Pregnancy and Breastfeeding: Not advised. (in Precautions)"));

        // A page that says nothing of them shows no strip.
        searchAndOpen(*window, QStringLiteral("zolpimar"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
        QVERIFY(!strip->isVisible());
    }
};

QTEST_MAIN(TestQuickFactsStrip)
#include "tst_quickfactsstrip.moc"
