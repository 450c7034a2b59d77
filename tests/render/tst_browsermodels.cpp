// The core's reads for the browser window, without a window: the drug list
// model and a monograph as the window lays it out.
#include "import/importer.h"
#include "parse/nestinglimit.h"
#include "render/markdownhtml.h"
#include "render/monographpage.h"
#include "search/druglistmodel.h"
#include "testpages.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace formulary;
using formulary::testing::page;
using formulary::testing::writeFile;

class TestBrowserModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContentDatabase> m_database;

    QString pagePath(const QString &name) const { return m_dir.filePath(QStringLiteral("pages/") + name); }

private slots:
    void initTestCase()
    {
        // More drugs than one batch, named so that name order differs from file order.
        for (int i = 0; i < DrugListModel::BatchSize + 20; ++i)
            QVERIFY(
                writeFile(pagePath(QStringLiteral("d%1.md").arg(i)), page(QStringLiteral("Drug %1").arg(1000 - i))));
        QVERIFY(writeFile(pagePath(QStringLiteral("cafe.md")), page(QStringLiteral("Café Noir"))));
        QVERIFY(writeFile(pagePath(QStringLiteral("combo.md")), R"(---
title: Alpha + Beta
---
# Alpha + Beta
### Generic Name
Alpha and Beta, a combination
with two lines

**1. Alpha:**

**Usage:** Alpha relieves.

**2. Beta:**

**Usage:** Beta soothes.

### Something Else

Kept under its own heading.

**Disclaimer:** Educational only.
)"));
        Importer::Options options;
        options.sourceDir = m_dir.filePath(QStringLiteral("pages"));
        options.databasePath = m_dir.filePath(QStringLiteral("content.sqlite"));
        QVERIFY(Importer::run(options).succeeded());
        QString error;
        m_database = ContentDatabase::open(options.databasePath, ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(m_database, qPrintable(error));
    }

    void drugListGrowsInBatches()
    {
        DrugListModel model;
        model.setDatabase(m_database.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        // The tester fetches the first batch itself (made after the reset, as
        // its own check of a reset would see that fetch as nested in it).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= DrugListModel::BatchSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), m_database->drugCount());
        QVERIFY(!model.canFetchMore({}));

        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Alpha + Beta"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Café Noir"));
        QCOMPARE(model.index(1).data(DrugListModel::FoldedNameRole).toString(), QStringLiteral("cafe noir"));
        QCOMPARE(model.index(1).data(DrugListModel::SlugRole).toString(),
                 m_database->findByName(QStringLiteral("cafe noir")).value(0).slug);
        QVERIFY(model.index(1).data(DrugListModel::DrugIdRole).toLongLong() > 0);
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles.append(model.index(row).data().toString());
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
        QCOMPARE(titles, sorted);

        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void monographPageTabs()
    {
        const auto standard = MonographPage::load(*m_database,
                                                  m_database->findByName(QStringLiteral("Café Noir")).value(0).slug);
        QVERIFY(standard);
        QStringList titles;
        for (const MonographPage::Tab &tab : standard->tabs)
            titles.append(tab.title);
        // A one-line generic name is in the header, not a tab; the disclaimer is kept apart.
        QCOMPARE(titles, QStringList({"Usage", "Side Effects", "FAQs"}));
        QCOMPARE(standard->disclaimers.size(), 1);
        QCOMPARE(standard->tabForKind(SectionKind::Faqs), 2);
        QCOMPARE(standard->tabForPosition(standard->tabs.at(1).position), 1);
        QCOMPARE(standard->tabForPosition(999), -1);

        const auto combination = MonographPage::load(
            *m_database, m_database->findByName(QStringLiteral("Alpha + Beta")).value(0).slug);
        QVERIFY(combination);
        titles.clear();
        for (const MonographPage::Tab &tab : combination->tabs)
            titles.append(tab.title);
        // A generic name of more than a line keeps its tab; sections per
        // ingredient say whose they are, as the page labels them; an unknown
        // section keeps its heading.
        QCOMPARE(titles, QStringList({"Generic Name", "1. Alpha — Usage", "2. Beta — Usage", "Something Else"}));
        QVERIFY(!MonographPage::load(*m_database, QStringLiteral("no-such-drug")));
    }

    void thousandsOfSectionsShareTheLastTab()
    {
        // Qt's tab bar takes time with the square of its tabs: past
        // MaxTabs, the sections go into one last tab, each under its heading.
        QList<Section> sections(1001);
        for (int i = 0; i < 1000; ++i) {
            sections[i].heading = QStringLiteral("Part *%1*").arg(i);
            sections[i].markdown = QStringLiteral("text %1").arg(i);
        }
        sections[1000].kind = SectionKind::Disclaimer;
        sections[1000].markdown = QStringLiteral("Ask a pharmacist.");
        const MonographPage page = MonographPage::from(DrugRecord(), sections);
        QCOMPARE(page.tabs.size(), MonographPage::MaxTabs);
        QCOMPARE(page.tabs.at(MonographPage::MaxTabs - 2).title,
                 QStringLiteral("Part *%1*").arg(MonographPage::MaxTabs - 2));
        const MonographPage::Tab &last = page.tabs.constLast();
        QCOMPARE(last.title, QStringLiteral("%1 More Sections").arg(1000 - MonographPage::MaxTabs + 1));
        for (int i = MonographPage::MaxTabs - 1; i < 1000; ++i) {
            QVERIFY(last.markdown.contains(QStringLiteral("text %1\n").arg(i)));
            QCOMPARE(page.tabForPosition(i), MonographPage::MaxTabs - 1);
        }
        QCOMPARE(page.tabForPosition(3), 3);
        // A search hit names its section by kind and title.
        QCOMPARE(page.tabForSection(SectionKind::Other, QStringLiteral("Part *999*")), MonographPage::MaxTabs - 1);
        QCOMPARE(page.tabForSection(SectionKind::Other, QStringLiteral("Part *3*")), 3);
        // Each heading shows as written, its asterisks included.
        QVERIFY(markdown::toPlainText(last.markdown).contains(QStringLiteral("Part *999*")));
        QCOMPARE(page.disclaimers.size(), 1);
    }

    void largeContentIsShownWithEveryWordOnce()
    {
        // A table past 2,000 cells is shown as its lines: only its own, not
        // those of the paragraph it interrupts.
        QString table = QStringLiteral("Intro one\nIntro two\n") + QStringLiteral("|h").repeated(10)
                        + QStringLiteral("|\n") + QStringLiteral("|-").repeated(10) + QStringLiteral("|\n");
        for (int row = 0; row < 250; ++row)
            table += QStringLiteral("|c").repeated(10) + QStringLiteral("|\n");
        const QString tableHtml = markdown::toHtml(table);
        QCOMPARE(tableHtml.count(QLatin1String("Intro one")), 1);
        QVERIFY(tableHtml.contains(QStringLiteral("<pre><code>|h|h|")));
        // A long numbered list inside a tight bullet list becomes numbered
        // paragraphs, which must not run into each other.
        QString nested = QStringLiteral("- outer item\n");
        for (int i = 1; i <= 300; ++i)
            nested += QStringLiteral("  %1. inner%1\n").arg(i);
        nested += QStringLiteral("- second outer\n");
        const QString nestedHtml = markdown::toHtml(nested);
        QVERIFY(nestedHtml.contains(QStringLiteral("<p>1. inner1</p>")));
        QVERIFY(nestedHtml.contains(QStringLiteral("<p>300. inner300</p>")));
        // A paragraph cut in two keeps the space where it was cut, and in a
        // tight list its parts stay apart.
        const QString words = QStringLiteral("a ").repeated(32768) + QLatin1Char('b');
        const QString wordsHtml = markdown::toHtml(words);
        QVERIFY(!wordsHtml.contains(QLatin1String("ab")));
        QCOMPARE(wordsHtml.count(QLatin1Char('a')), 32768);
        QVERIFY(wordsHtml.contains(QLatin1String("b</p>")));
        const QString itemHtml = markdown::toHtml(QStringLiteral("- ") + QStringLiteral("w ").repeated(40000)
                                                  + QStringLiteral("end\n- next\n"));
        QVERIFY(!itemHtml.contains(QLatin1String("ww")));
        QCOMPARE(itemHtml.count(QLatin1String("<p>")), 3);
    }

    void htmlSetsLabelsApart()
    {
        const QString html = markdown::toHtml(
            QStringLiteral("**Common Side Effects:**\n\n* Drowsiness\n\n**Adults:** 10 mg daily.\n\n~~old~~"));
        QVERIFY(html.contains(
            QStringLiteral("<div class=\"label\">\n<p><strong>Common Side Effects:</strong></p>\n</div>")));
        // A bold opener followed by text is not a label on its own line.
        QVERIFY(html.contains(QStringLiteral("<p><strong>Adults:</strong> 10 mg daily.</p>")));
        QVERIFY(html.contains(QStringLiteral("<del>old</del>")));
    }

    void deepNestingIsFlattenedWithItsText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("tag");
        QTest::newRow("quotes") << QString(20000, QLatin1Char('>')) + QStringLiteral(" abyssal\n\nafter")
                                << "<blockquote>";
        QTest::newRow("lists") << QStringLiteral("- ").repeated(20000) + QStringLiteral("abyssal\n\n  after") << "<ul>";
        QTest::newRow("ordered") << QStringLiteral("1. ").repeated(20000) + QStringLiteral("abyssal\n") << "<ol>";
        QTest::newRow("emphasis") << QString(300000, QLatin1Char('*')) + QStringLiteral("abyssal")
                                         + QString(300000, QLatin1Char('*'))
                                  << "<strong>";
        QTest::newRow("links") << QStringLiteral("[").repeated(5000) + QStringLiteral("abyssal")
                                      + QStringLiteral("](https://example.org)").repeated(5000)
                               << "<a ";
        QTest::newRow("mixed") << QStringLiteral("> - ").repeated(10000)
                                      + QStringLiteral("**abyssal**\n\n    | a |\n    |---|\n    | b |\n")
                               << "<blockquote>";
    }

    void deepNestingIsFlattenedWithItsText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, tag);
        // The HTML may break a run of brackets with invisible breaks (U+200B).
        const QString html = markdown::toHtml(markdown).remove(QChar(0x200B));
        for (const QString &rendered : {html, markdown::toPlainText(markdown)})
            QVERIFY(rendered.contains(QLatin1String("abyssal")));
        // No deeper than the limit, and no deeper than the page went.
        const int limit = tag.startsWith(QLatin1String("<strong")) || tag.startsWith(QLatin1String("<a "))
                              ? markdown::MaxInlineNesting
                              : markdown::MaxContainerNesting;
        QVERIFY2(html.count(tag) <= limit, qPrintable(QString::number(html.count(tag))));
        QVERIFY(html.count(tag) >= 1);
        QCOMPARE(html.count(QLatin1String("abyssal")), 1);
    }

    void shallowNestingIsKept()
    {
        const QString markdown = QStringLiteral("> quoted\n>\n> - one\n>   - two\n>     1. three\n");
        const QString html = markdown::toHtml(markdown);
        QCOMPARE(html.count(QLatin1String("<blockquote>")), 1);
        QCOMPARE(html.count(QLatin1String("<ul>")), 2);
        QCOMPARE(html.count(QLatin1String("<ol>")), 1);
        QVERIFY(html.indexOf(QLatin1String("three")) > html.indexOf(QLatin1String("two")));
    }

    void referenceDefinitionsAreKeptWhereTheyStood()
    {
        const QString markdown = QStringLiteral(
            "See the label[^1] and [the leaflet][1].\n\n[^1]: footword\n"
            "[1]: https://example.org/leaflet \"Reftitle\"\n\nMore text.\n\n[2]: https://example.org/end\n");
        for (const QString &rendered : {markdown::toPlainText(markdown), markdown::toHtml(markdown)}) {
            const qsizetype foot = rendered.indexOf(QLatin1String("[^1]: footword"));
            QVERIFY2(foot > rendered.indexOf(QLatin1String("See the label")), qPrintable(rendered));
            QVERIFY(rendered.indexOf(QLatin1String("[1]: https://example.org/leaflet")) > foot);
            QVERIFY(rendered.indexOf(QLatin1String("More text.")) > foot);
            QVERIFY(rendered.indexOf(QLatin1String("[2]: https://example.org/end"))
                    > rendered.indexOf(QLatin1String("More text.")));
            QVERIFY(!rendered.contains(QLatin1String("data-sourcepos")));
        }
        // The links still use their definitions.
        QVERIFY(markdown::toHtml(markdown).contains(
            QLatin1String("<a href=\"https://example.org/leaflet\" title=\"Reftitle\">the leaflet</a>")));
    }

    void plainTextKeepsRawHtml()
    {
        const QString text = markdown::toPlainText(
            QStringLiteral("<div align=\"center\">Take with food</div>\n\nSome <b>bold</b> text<br>here."));
        QVERIFY2(text.contains(QLatin1String("<div align=\"center\">Take with food</div>")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Some <b>bold</b> text<br>here.")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestBrowserModels)
#include "tst_browsermodels.moc"
