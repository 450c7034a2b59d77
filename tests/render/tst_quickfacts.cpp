// Quick facts: for pregnancy, breastfeeding, contraindications and
// interactions, the page's own first words on each, Precautions first, never
// rephrased; on every page of the shared corpus each fact stands word for
// word in the section it points to.
#include "corpuspages.h"
#include "parse/markdown.h"
#include "parse/pageparser.h"
#include "render/quickfacts.h"

#include <QDirIterator>
#include <QtTest>

using namespace formulary;
using Topic = QuickFact::Topic;

namespace {

Section section(SectionKind kind, const QString &markdown)
{
    Section s;
    s.kind = kind;
    s.markdown = markdown;
    return s;
}

// The fact on `topic` as the strip shows it: the page's label, then its words.
QString factFor(const QList<QuickFact> &facts, Topic topic, int *tab = nullptr)
{
    for (const QuickFact &fact : facts) {
        if (fact.topic == topic) {
            if (tab)
                *tab = fact.tab;
            return fact.label.isEmpty() ? fact.text : fact.label + QLatin1Char(' ') + fact.text;
        }
    }
    return {};
}

} // namespace

class TestQuickFacts : public QObject
{
    Q_OBJECT

private slots:
    void thePagesOwnWordsPrecautionsFirst()
    {
        const MonographPage page = MonographPage::from(
            DrugRecord(),
            {section(SectionKind::Usage, QStringLiteral("Safe to use? Ask before use in pregnancy for pain.")),
             section(SectionKind::Precautions,
                     QStringLiteral("* **Pregnancy:** Avoid in the first trimester.\n"
                                    "* Do not take with MAOIs; serious *interactions* may occur.\n\n"
                                    "**Breastfeeding:**\n\nIt passes into breast milk.\n")),
             section(SectionKind::Faqs, QStringLiteral("* **Q: Is it contraindicated in asthma?** A: Yes.\n"))});
        const QList<QuickFact> facts = quickFacts(page);
        int tab = -1;
        QCOMPARE(factFor(facts, Topic::Pregnancy, &tab), QStringLiteral("Pregnancy: Avoid in the first trimester."));
        QCOMPARE(tab, 1);
        QCOMPARE(factFor(facts, Topic::Interactions),
                 QStringLiteral("Do not take with MAOIs; serious interactions may occur."));
        QCOMPARE(factFor(facts, Topic::Breastfeeding), QStringLiteral("Breastfeeding: It passes into breast milk."));
        QCOMPARE(factFor(facts, Topic::Contraindications, &tab),
                 QStringLiteral("Q: Is it contraindicated in asthma? A: Yes."));
        QCOMPARE(tab, 2);
    }

    void nothingWhereThePageSaysNothing()
    {
        const MonographPage page = MonographPage::from(
            DrugRecord(), {section(SectionKind::Usage, QStringLiteral("For pain. Nonpregnant words and interactive "
                                                                      "lactation-free text are not whole words."))});
        QVERIFY2(quickFacts(page).size() == 1, "only 'lactation' begins a word");
        QCOMPARE(quickFacts(page).constFirst().topic, Topic::Breastfeeding);
    }

    void aLongParagraphGivesTheSentence()
    {
        const QString filler = QStringLiteral("This sentence says nothing of note at all. ").repeated(8);
        const MonographPage page = MonographPage::from(
            DrugRecord(),
            {section(SectionKind::Precautions,
                     filler + QStringLiteral("Tell your doctor if you are pregnant or plan to be. ") + filler)});
        QCOMPARE(factFor(quickFacts(page), Topic::Pregnancy),
                 QStringLiteral("Tell your doctor if you are pregnant or plan to be."));
    }

    void everyFactOfTheCorpusIsThePagesOwnWords()
    {
        const QString corpus = testing::corpusDir();
        if (!QFileInfo(corpus).isDir())
            QSKIP("the shared corpus is absent");
        int pages = 0, withPregnancy = 0;
        for (QDirIterator it(corpus, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString path = it.next();
            const ParseResult parsed = PageParser::parse(testing::readPage(path).toUtf8(), QStringLiteral("p"));
            if (parsed.skipped)
                continue;
            DrugRecord drug;
            drug.genericName = parsed.monograph.genericName();
            const MonographPage page = MonographPage::from(drug, parsed.monograph.sections);
            ++pages;
            for (const QuickFact &fact : quickFacts(page)) {
                const markdown::Document document(page.tabs.at(fact.tab).markdown.toUtf8());
                const QString tabText = QString::fromUtf8(markdown::blockText(document.root())).simplified();
                for (const QString &part : {fact.label, fact.text}) {
                    QVERIFY2(tabText.contains(part),
                             qPrintable(QStringLiteral("%1: “%2” not in its tab").arg(path, part)));
                }
                withPregnancy += fact.topic == Topic::Pregnancy;
            }
        }
        QVERIFY(pages > 0);
        qInfo("%d pages, %d with a pregnancy fact", pages, withPregnancy);
    }
};

QTEST_MAIN(TestQuickFacts)
#include "tst_quickfacts.moc"
