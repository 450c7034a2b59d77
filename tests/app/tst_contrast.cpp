// Colours as a reader with low vision sees them: View → Theme chooses the
// desktop's, a light or a dark palette and remembers it; in the light, dark
// and a high-contrast palette, the page, a search result with its snippet
// and the disclaimer keep WCAG 2.1 AA contrast (4.5:1), measured on the
// rendered pixels.
#include "app/bookmarkscontroller.h"
#include "app/findbar.h"
#include "app/monographview.h"
#include "app/pagebrowser.h"
#include "app/theme.h"
#include "study/bookmarkmodel.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QListView>
#include <QSettings>
#include <QtTest>

#include <cmath>

using namespace formulary;
using namespace formulary::testing;

namespace {

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(QRgb rgb)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The lowest contrast of any line of text in `image` against the image's
// commonest colour (its background): rows with ink make up lines, and each
// line's contrast is that of its strongest pixel, the core of its strokes
// rather than their smoothed edges. Rules one or two pixels high are not text.
double lowestTextContrast(const QImage &image, int *lines)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    QRgb background = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    double lowest = 21;
    *lines = 0;
    int top = -1;
    double strongest = 1;
    for (int y = 0; y <= image.height(); ++y) {
        double row = 1;
        for (int x = 0; y < image.height() && x < image.width(); ++x)
            row = std::max(row, contrast(image.pixel(x, y) | 0xff000000, background));
        const bool ink = row > 1.25;
        if (ink && top < 0) {
            top = y;
            strongest = 1;
        }
        if (ink)
            strongest = std::max(strongest, row);
        if (!ink && top >= 0) {
            if (y - top > 2) {
                lowest = std::min(lowest, strongest);
                ++*lines;
            }
            top = -1;
        }
    }
    return lowest;
}

QPalette highContrast()
{
    QPalette palette(Qt::white, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window, QPalette::Button, QPalette::AlternateBase})
        palette.setColor(role, Qt::black);
    for (const QPalette::ColorRole role :
         {QPalette::Text, QPalette::WindowText, QPalette::ButtonText, QPalette::PlaceholderText})
        palette.setColor(role, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x00, 0xe0, 0xff));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    return palette;
}

QByteArray drugPage(const QString &title)
{
    return QStringLiteral("---\ntitle: %1\n---\n\n# %1\n### Generic Name\n%1\n\n### Usage\n%1 relieves pain and "
                          "fever in adults.\n\n### Side Effects\n**Common:**\n* drowsiness, nausea\n\n"
                          "### FAQs\n* **Q: Can I drive?** A: Not at first.\n* **Q: Can I drink?** A: No.\n\n"
                          "*Disclaimer: This information is not medical advice; ask a pharmacist.*\n")
        .arg(title)
        .toUtf8();
}

// The part of the page's viewport where the `length` characters at
// `position` stand, on one line.
QImage grabText(PageBrowser *page, int position, int length)
{
    QTextCursor cursor(page->document());
    cursor.setPosition(position);
    const QRect start = page->cursorRect(cursor);
    cursor.setPosition(position + length);
    const QRect end = page->cursorRect(cursor);
    return page->viewport()->grab(QRect(start.topLeft(), end.bottomRight())).toImage();
}

// Where `text` first stands on the page, or -1.
int positionOf(PageBrowser *page, const QString &text)
{
    const QTextCursor found = page->document()->find(text);
    return found.isNull() ? -1 : found.selectionStart();
}

void addPalettes()
{
    QTest::addColumn<QString>("palette");
    QTest::newRow("light") << "light";
    QTest::newRow("dark") << "dark";
    QTest::newRow("high contrast") << "high contrast";
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    QAction *themeAction(const char *key) const
    {
        return m_window->findChild<QAction *>(QStringLiteral("actionTheme_%1").arg(QLatin1String(key)));
    }

private slots:
    void init()
    {
        m_window.reset();
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->writePage(QStringLiteral("a/alphadrine.md"), drugPage(QStringLiteral("Alphadrine"))));
        QVERIFY(m_fixture->writePage(QStringLiteral("b/betazol.md"), drugPage(QStringLiteral("Betazol"))));
        m_window = m_fixture->openWindow();
        QVERIFY(m_window);
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
        theme::apply(*qApp, theme::Theme::System);
    }

    void theThemeIsChosenAndRemembered()
    {
        QAction *dark = themeAction("dark");
        QVERIFY(dark && themeAction("light") && themeAction("system"));
        QVERIFY(themeAction("system")->isChecked());
        dark->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Base).lightnessF() < 0.3);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
        // The next window opens dark.
        m_window.reset();
        theme::apply(*qApp, theme::Theme::System);
        theme::apply(*qApp, theme::chosen()); // as the program does before its window opens
        m_window = m_fixture->openWindow();
        QVERIFY(themeAction("dark")->isChecked());
        QVERIFY(QApplication::palette().color(QPalette::Base).lightnessF() < 0.3);
        themeAction("light")->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Base).lightnessF() > 0.7);
    }

    // Widgets follow a palette changed while the event loop runs, which a
    // test has not: the window is opened again, as at the next start.
    void openIn(const QString &palette)
    {
        if (palette == QLatin1String("high contrast")) {
            QApplication::setPalette(highContrast()); // as a desktop's high-contrast theme gives it
        } else {
            themeAction(palette.toLatin1().constData())->trigger();
            theme::apply(*qApp, theme::chosen());
        }
        m_window = m_fixture->openWindow();
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        searchAndOpen(*m_window, QStringLiteral("alphadrine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Alphadrine"));
    }

    void textKeepsItsContrast_data() { addPalettes(); }

    void textKeepsItsContrast()
    {
        QFETCH(QString, palette);
        openIn(palette);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier); // Usage
        QTest::qWait(50);
        int lines = 0;
        const double page = lowestTextContrast(m_window->monographView()->browser()->viewport()->grab().toImage(),
                                               &lines);
        QVERIFY2(lines >= 1, "no text on the page");
        auto *disclaimer = m_window->monographView()->findChild<PageBrowser *>(QStringLiteral("disclaimerView"));
        QVERIFY(disclaimer && disclaimer->isVisible());
        const double notice = lowestTextContrast(disclaimer->viewport()->grab().toImage(), &lines);
        QVERIFY2(lines >= 1, "no disclaimer");
        // A full-text result: name, section and snippet.
        QLineEdit *field = m_window->searchPanel()->searchField();
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, QStringLiteral("relieves "));
        QTRY_VERIFY(m_window->searchPanel()->resultsView()->model()->rowCount() >= 2);
        QTest::qWait(50);
        QListView *results = m_window->searchPanel()->resultsView();
        results->clearSelection();
        results->setCurrentIndex(QModelIndex());
        const QRect secondRow = results->visualRect(results->model()->index(1, 0));
        const double result = lowestTextContrast(results->viewport()->grab(secondRow).toImage(), &lines);
        QVERIFY2(lines >= 2, "a result has its name and its snippet");
        qInfo("%s: page %.2f:1, disclaimer %.2f:1, search result %.2f:1", qPrintable(palette), page, notice, result);
        QVERIFY2(page >= 4.5, qPrintable(QString::number(page)));
        QVERIFY2(notice >= 4.5, qPrintable(QString::number(notice)));
        QVERIFY2(result >= 4.5, qPrintable(QString::number(result)));
    }

    // What stands out on a page keeps 4.5:1 too: a label, a link, both
    // bookmark stars, the words found in the page (the current one in the
    // selection's colours), and a selected search result.
    void marksKeepTheirContrast_data() { addPalettes(); }

    void marksKeepTheirContrast()
    {
        QFETCH(QString, palette);
        openIn(palette);
        PageBrowser *page = m_window->monographView()->browser();
        QList<QPair<QString, double>> measured;
        double measuredFocus = 0;
        const auto measure = [&measured](const QString &what, const QImage &image) {
            int lines = 0;
            measured.append({what, lowestTextContrast(image, &lines)});
            QVERIFY2(lines >= 1, qPrintable(what));
        };
        QCOMPARE(tabTitles(*m_window), QStringList({"Usage", "Side Effects", "FAQs"}));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(positionOf(page, QStringLiteral("Common:")) >= 0);
        measure(QStringLiteral("label"), grabText(page, positionOf(page, QStringLiteral("Common:")), 7));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(positionOf(page, QStringLiteral("Can I drive?")) >= 0);
        m_window->bookmarks()->model()->add(QStringLiteral("alphadrine"), QStringLiteral("Alphadrine"),
                                            QStringLiteral("Can I drive?"), QStringLiteral("Not at first."));
        QTRY_VERIFY(positionOf(page, QStringLiteral("\u2605")) >= 0);
        measure(QStringLiteral("bookmarked star"), grabText(page, positionOf(page, QStringLiteral("\u2605")), 1));
        measure(QStringLiteral("star"), grabText(page, positionOf(page, QStringLiteral("\u2606")), 1));
        // Found in the page: "Can" twice, the first the current match.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(m_window->monographView()->findBar()->findChild<QLineEdit *>(QStringLiteral("findField")),
                         QStringLiteral("Can I"));
        QTRY_COMPARE(page->currentFindMatch(), 1);
        QTest::qWait(50);
        const int first = positionOf(page, QStringLiteral("Can I drive"));
        const int second = positionOf(page, QStringLiteral("Can I drink"));
        measure(QStringLiteral("current match"), grabText(page, first + 1, 3));
        measure(QStringLiteral("other match"), grabText(page, second + 1, 3));
        // The focus ring round the page, against the window around it.
        measuredFocus = focusIndicatorContrast(page, m_window->searchPanel()->searchField());
        // A selected result: its name and snippet in the selection's colours.
        QListView *results = m_window->searchPanel()->resultsView();
        results->setFocus();
        results->setCurrentIndex(results->model()->index(0, 0));
        QTest::qWait(50);
        const QRect row = results->visualRect(results->currentIndex()).adjusted(4, 4, -4, -4);
        measure(QStringLiteral("selected result"), results->viewport()->grab(row).toImage());
        QStringList report;
        for (const auto &[what, ratio] : std::as_const(measured))
            report.append(QStringLiteral("%1 %2:1").arg(what).arg(ratio, 0, 'f', 2));
        report.append(QStringLiteral("focus ring %1:1").arg(measuredFocus, 0, 'f', 2));
        qInfo("%s: %s", qPrintable(palette), qPrintable(report.join(QLatin1String(", "))));
        QVERIFY2(measuredFocus >= 3, qPrintable(QString::number(measuredFocus))); // WCAG 2.1: 3:1 for focus
        for (const auto &[what, ratio] : std::as_const(measured))
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 %2").arg(what).arg(ratio)));
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
