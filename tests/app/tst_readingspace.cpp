// Reading space at the sizes a workstation has: on a wide screen the text
// column keeps a readable width, starts where the header does and widens
// with the zoom; at 800×600 with the Bookmarks panel open the page keeps a
// usable column and every tab shows its whole text.
#include "app/monographview.h"
#include "app/pagebrowser.h"
#include "windowtesting.h"

#include <QDockWidget>
#include <QLabel>
#include <QTabBar>
#include <QTextFrame>

using namespace formulary;
using namespace formulary::testing;

namespace {

struct Column
{
    int left = 0; // in the window's coordinates
    int width = 0;
};

// The text column of the page: the viewport less the document's margins.
Column textColumn(const MainWindow &window)
{
    PageBrowser *browser = window.monographView()->browser();
    const QTextFrameFormat format = browser->document()->rootFrame()->frameFormat();
    const int viewportLeft = browser->viewport()->mapTo(&window, QPoint(0, 0)).x();
    return {viewportLeft + int(format.leftMargin()),
            browser->viewport()->width() - int(format.leftMargin() + format.rightMargin())};
}

int headerLeft(const MainWindow &window)
{
    const auto *title = window.monographView()->findChild<QLabel *>(QStringLiteral("drugTitle"));
    return title->mapTo(&window, title->contentsRect().topLeft()).x();
}

} // namespace

class TestReadingSpace : public QObject
{
    Q_OBJECT

private slots:
    void wideScreenKeepsAReadableColumnUnderTheHeader()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        window->resize(1920, 1080);
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QTRY_VERIFY(window->monographView()->browser()->viewport()->width() > 1200);

        const Column normal = textColumn(*window);
        QVERIFY2(std::abs(normal.left - headerLeft(*window)) <= 24,
                 qPrintable(QStringLiteral("text at %1, header at %2").arg(normal.left).arg(headerLeft(*window))));
        const int averageChar = QFontMetrics(window->monographView()->browser()->font()).averageCharWidth();
        QVERIFY2(normal.width <= averageChar * 100 && normal.width >= averageChar * 50,
                 qPrintable(QString::number(normal.width)));

        // Zoom widens the column, where there is room, instead of narrowing what fits in it.
        window->monographView()->setZoomPercent(150);
        const Column zoomed = textColumn(*window);
        QVERIFY2(zoomed.width > normal.width * 1.3,
                 qPrintable(QStringLiteral("%1 → %2").arg(normal.width).arg(zoomed.width)));
        QVERIFY(std::abs(zoomed.left - headerLeft(*window)) <= 24);
    }

    void smallScreenWithTheBookmarksPanel()
    {
        WindowFixture fixture;
        QVERIFY(fixture.writePage(QStringLiteral("s/sevensectine.md"),
                                  "# Sevensectine Hydrochloride Extended Release\n### Generic Name\nSevensectine\n"
                                  "### Usage\nFor pain.\n### Dosage\n10 mg.\n### Side Effects\n* Nausea\n"
                                  "### How it Works\nIt binds.\n### Precautions\n* Pregnancy: avoid.\n"
                                  "### FAQs\n* **Q: Can I drive?** A: Not at first.\n"));
        auto window = fixture.openWindow();
        QVERIFY(window);
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("bookmarksDock"));
        QVERIFY(dock);
        dock->show();
        window->resize(800, 600);
        searchAndOpen(*window, QStringLiteral("Sevensectine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Sevensectine Hydrochloride Extended Release"));
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(dock->height() >= 120); // the panel is below the page, still of use
        QCOMPARE(window->width(), 800);

        const Column column = textColumn(*window);
        const int averageChar = QFontMetrics(window->monographView()->browser()->font()).averageCharWidth();
        QVERIFY2(column.width >= averageChar * 35, qPrintable(QStringLiteral("text column %1 px").arg(column.width)));
        QTabBar *tabs = window->monographView()->tabBar();
        QVERIFY2(tabs->count() >= 6, qPrintable(QString::number(tabs->count())));
        QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("FAQs"));
        for (int i = 0; i < tabs->count(); ++i) {
            const int needed = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i));
            QVERIFY2(
                tabs->tabRect(i).width() >= needed,
                qPrintable(
                    QStringLiteral("%1: %2 of %3 px").arg(tabs->tabText(i)).arg(tabs->tabRect(i).width()).arg(needed)));
        }
    }
};

QTEST_MAIN(TestReadingSpace)
#include "tst_readingspace.moc"
