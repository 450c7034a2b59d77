// What a page may name but must not get: no image or file is read, no link
// but http and https is opened, and nothing navigates by itself. And what it
// must look like: strikethrough, labels and tables styled.
#include "app/pagebrowser.h"
#include "render/markdownhtml.h"
#include "render/monographpage.h"
#include "windowtesting.h"

#include <QDesktopServices>
#include <QImage>
#include <QTabBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

using namespace formulary;
using namespace formulary::testing;

// Stands in for the system's handlers, to see what would have been opened.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

namespace {

// The rectangle of the first occurrence of `text` in the browser's viewport.
QRect rectOf(PageBrowser &browser, const QString &text)
{
    const QTextCursor found = browser.document()->find(text);
    if (found.isNull())
        return {};
    QTextCursor cursor(browser.document());
    cursor.setPosition(found.selectionStart() + 1);
    return browser.cursorRect(cursor);
}

} // namespace

class TestPageBrowser : public QObject
{
    Q_OBJECT

private:
    UrlRecorder m_recorder;

private slots:
    void initTestCase()
    {
        for (const char *scheme : {"http", "https", "javascript", "file", "data", "mailto", "ftp"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_recorder, "open");
    }

    void cleanupTestCase()
    {
        for (const char *scheme : {"http", "https", "javascript", "file", "data", "mailto", "ftp"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    void cleanup() { m_recorder.opened.clear(); }

    void unsafePageLoadsNothing()
    {
        WindowFixture fixture;
        // A real image beside the pages, that a page names in every way it can.
        const QString imagePath = fixture.filePath(QStringLiteral("secret.png"));
        QImage image(40, 40, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(imagePath));
        const QString fileUrl = QUrl::fromLocalFile(imagePath).toString();
        const QString usage =
            QStringLiteral(
                "Read [the script](javascript:alert(1)) or [the file](%1) or [the site](https://example.org/drug).\n\n"
                "![chart](%1)\n\n![relative](secret.png)\n\n![path](%2)\n\n<img src=\"%1\"> "
                "<a href=\"https://evil.example\">raw</a>")
                .arg(fileUrl, imagePath);
        QVERIFY(fixture.writePage(QStringLiteral("u/unsafamine.md"), page(QStringLiteral("Unsafamine"), usage)));
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Unsafamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Unsafamine"));
        PageBrowser &browser = *window->monographView()->browser();
        browser.grab(); // lays out and paints, which is when images are asked for

        // No image the page names was loaded, by the view, the document or
        // Qt's image handler: each shows a placeholder, never the file.
        for (const QString &name : {fileUrl, imagePath, QStringLiteral("secret.png")}) {
            QVERIFY2(browser.document()->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>() != image,
                     qPrintable(name));
            QVERIFY(browser.loadResource(QTextDocument::ImageResource, QUrl(name)).value<QImage>() != image);
        }
        // Raw HTML is shown as text, not interpreted.
        QVERIFY(browser.toPlainText().contains(QStringLiteral("<img src=")));

        // Clicking the links: only https reaches the system.
        const QUrl before = browser.source();
        for (const QString &text : {QStringLiteral("the script"), QStringLiteral("the file")}) {
            const QRect rect = rectOf(browser, text);
            QVERIFY(rect.isValid());
            QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, rect.center());
        }
        QVERIFY2(m_recorder.opened.isEmpty(), qPrintable(m_recorder.opened.value(0).toString()));
        QCOMPARE(browser.source(), before); // nothing navigated
        QVERIFY(browser.toPlainText().contains(QStringLiteral("Read the script")));

        QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, rectOf(browser, QStringLiteral("the site")).center());
        QCOMPARE(m_recorder.opened, QList<QUrl>({QUrl(QStringLiteral("https://example.org/drug"))}));
    }

    void hostileNestingOpensWithItsText()
    {
        WindowFixture fixture;
        // Twenty thousand nested lists and quotes: laid out as written, Qt's
        // rich text would take minutes; flattened, every word still shows.
        const QString usage = QStringLiteral("- ").repeated(20000) + QStringLiteral("abyssal\n\n")
                              + QString(20000, QLatin1Char('>'))
                              + QStringLiteral(" benthic\n\n<div>Take with food</div>");
        QVERIFY(fixture.writePage(QStringLiteral("d/deepamine.md"), page(QStringLiteral("Deepamine"), usage)));
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Deepamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Deepamine"));
        PageBrowser &browser = *window->monographView()->browser();
        browser.grab();
        const QString text = browser.toPlainText();
        for (const char *word : {"abyssal", "benthic", "<div>Take with food</div>"})
            QVERIFY2(text.contains(QLatin1String(word)), word);
    }

    void hostileWideTableAndLongWordOpenWithTheirText()
    {
        WindowFixture fixture;
        // A table row of forty thousand cells: cmark-gfm's table extension
        // takes time with the square of a row's cells, so the page is read
        // as text, every cell kept. And a word of 140,000 letters, which Qt
        // would take time with the square of its length to lay out: it is
        // given invisible breaks. Both would hold the window for seconds
        // here; full-size pages of them, for an hour.
        QStringList cells;
        for (int i = 0; i < 40000; ++i)
            cells.append(QStringLiteral("c%1").arg(i));
        const QString row = QLatin1Char('|') + cells.join(QLatin1Char('|')) + QLatin1Char('|');
        const QString word = QString(140000, QLatin1Char('a')) + QLatin1Char('b');
        const QString usage = row + QLatin1Char('\n') + QStringLiteral("|-").repeated(40000) + QStringLiteral("|\n")
                              + row + QStringLiteral("\n\n") + word;
        QVERIFY(fixture.writePage(QStringLiteral("w/widamine.md"), page(QStringLiteral("Widamine"), usage)));
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Widamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Widamine"));
        PageBrowser &browser = *window->monographView()->browser();
        browser.grab();
        const QList<QTextFrame *> frames = browser.document()->rootFrame()->childFrames();
        QVERIFY(std::none_of(frames.cbegin(), frames.cend(),
                             [](QTextFrame *frame) { return qobject_cast<QTextTable *>(frame); }));
        QString text = browser.toPlainText();
        QVERIFY(text.contains(QChar(0x200B)));
        text.remove(QChar(0x200B));
        for (const QString &expected :
             {QStringLiteral("|c0|c1|"), QStringLiteral("|c20000|"), QStringLiteral("|c39999|"), word})
            QVERIFY2(text.contains(expected), qPrintable(expected.left(20)));
    }

    void hugeParagraphAndBracketRunOpenWithTheirText()
    {
        WindowFixture fixture;
        // One paragraph of 1.9 MB held Qt's layout for minutes; cut into
        // paragraphs of 64 KiB it takes a moment. A run of brackets is one
        // text node per bracket in cmark-gfm, and one long word for Qt.
        const QString usage = QStringLiteral("word ").repeated(380000) + QStringLiteral("\n\n")
                              + QString(5000, QLatin1Char('['));
        QVERIFY(fixture.writePage(QStringLiteral("p/prosamine.md"), page(QStringLiteral("Prosamine"), usage)));
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Prosamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Prosamine"));
        QTextDocument *document = window->monographView()->browser()->document();
        int paragraphs = 0;
        qsizetype words = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const qsizetype count = block.text().count(QLatin1String("word"));
            words += count;
            if (count > 0) {
                ++paragraphs;
                QVERIFY(block.length() <= 64 * 1024 + 1);
            }
        }
        QCOMPARE(words, 380000);
        QVERIFY(paragraphs >= 29);
        QString text = document->toPlainText();
        QVERIFY(text.contains(QString(200, QLatin1Char('[')) + QChar(0x200B)));
        text.remove(QChar(0x200B));
        QVERIFY(text.contains(QString(5000, QLatin1Char('['))));
    }

    void largeTablesAreShownAsTheirText()
    {
        WindowFixture fixture;
        // A small table first, then one of 3,000 cells: laid out as a table
        // it would take a second; past 2,000 cells it shows as written.
        const QString small = QStringLiteral("|Dose|When|\n|-|-|\n|5 mg|morning|\n\n");
        QString large = QStringLiteral("|h").repeated(50) + QStringLiteral("|\n") + QStringLiteral("|-").repeated(50)
                        + QStringLiteral("|\n");
        for (int row = 0; row < 60; ++row)
            large += QStringLiteral("|r%1").arg(row).repeated(50) + QStringLiteral("|\n");
        QVERIFY(fixture.writePage(QStringLiteral("t/tablamine.md"), page(QStringLiteral("Tablamine"), small + large)));
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Tablamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Tablamine"));
        PageBrowser &browser = *window->monographView()->browser();
        QList<QTextTable *> tables;
        for (QTextFrame *frame : browser.document()->rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame))
                tables.append(table);
        }
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first()->rows(), 2);
        const QString text = browser.toPlainText();
        QVERIFY(text.contains(QStringLiteral("|r59").repeated(50) + QLatin1Char('|')));
    }

    void thousandsOfHeadingsOpenInAFewTabs()
    {
        WindowFixture fixture;
        QString usage = QStringLiteral("First.\n");
        for (int i = 0; i < 3000; ++i)
            usage += QStringLiteral("\n### Part %1\n\nText of part %1.\n").arg(i);
        QVERIFY(fixture.writePage(QStringLiteral("h/headamine.md"), page(QStringLiteral("Headamine"), usage)));
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Headamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Headamine"));
        QTabBar *tabs = window->monographView()->tabBar();
        QCOMPARE(tabs->count(), MonographPage::MaxTabs);
        tabs->setCurrentIndex(tabs->count() - 1);
        QVERIFY(window->monographView()->browser()->toPlainText().contains(QStringLiteral("Text of part 2999.")));
    }

    void longListsShowEveryItemNumberedOn()
    {
        WindowFixture fixture;
        // Qt adds a list item in time that grows with the items before it:
        // a long bullet list is shown as lists of at most 256 items, a long
        // numbered list as paragraphs that begin with their numbers.
        QString usage;
        for (int i = 1; i <= 1000; ++i)
            usage += QStringLiteral("- bullet %1\n").arg(i);
        usage += QStringLiteral("\nThen:\n\n");
        for (int i = 1; i <= 600; ++i)
            usage += QStringLiteral("%1. step %1\n").arg(i);
        QVERIFY(fixture.writePage(QStringLiteral("l/listamine.md"), page(QStringLiteral("Listamine"), usage)));
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Listamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Listamine"));
        QTextDocument *document = window->monographView()->browser()->document();
        QSet<QTextList *> lists;
        QStringList bullets, steps;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (QTextList *list = block.textList()) {
                lists.insert(list);
                QVERIFY(list->count() <= 256);
                bullets.append(block.text());
            } else if (block.text().contains(QLatin1String("step"))) {
                steps.append(block.text().trimmed());
            }
        }
        QCOMPARE(lists.size(), 4);
        QCOMPARE(bullets.size(), 1000);
        QCOMPARE(bullets.constLast(), QStringLiteral("bullet 1000"));
        QCOMPARE(steps.size(), 600);
        QCOMPARE(steps.constFirst(), QStringLiteral("1. step 1"));
        QCOMPARE(steps.constLast(), QStringLiteral("600. step 600"));
    }

    void linkPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << "https://example.org/a" << true;
        QTest::newRow("http") << "HTTP://example.org" << true;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("data") << "data:text/html,<b>x</b>" << false;
        QTest::newRow("mailto") << "mailto:a@example.org" << false;
        QTest::newRow("relative") << "other.md" << false;
        QTest::newRow("no host") << "https:///path" << false;
    }

    void linkPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(PageBrowser::isOpenable(QUrl(url)), openable);
    }

    void strikethroughLabelsAndTablesAreStyled()
    {
        PageBrowser browser;
        browser.resize(600, 400);
        browser.showHtml(markdown::toHtml(QStringLiteral("**Common Side Effects:**\n\n* Drowsiness\n\nWas ~~10 mg~~ "
                                                         "now 5 mg.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n")));
        QTextDocument *document = browser.document();

        const QTextCursor struck = document->find(QStringLiteral("10 mg"));
        QVERIFY(!struck.isNull());
        QTextCursor inside(document);
        inside.setPosition(struck.selectionStart() + 1);
        QVERIFY(inside.charFormat().fontStrikeOut());

        const QTextCursor label = document->find(QStringLiteral("Common Side Effects:"));
        inside.setPosition(label.selectionStart() + 1);
        QVERIFY(inside.charFormat().fontWeight() >= QFont::DemiBold);
        QVERIFY(inside.charFormat().foreground().color() != browser.palette().color(QPalette::Text));

        const QTextCursor cell = document->find(QStringLiteral("2"));
        QTextTable *table = cell.currentTable();
        QVERIFY(table);
        QVERIFY(table->format().border() > 0);
    }
};

QTEST_MAIN(TestPageBrowser)
#include "tst_pagebrowser.moc"
