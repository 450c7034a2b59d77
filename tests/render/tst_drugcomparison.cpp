// The comparison of a few drugs as HTML, without a window: sections lined up
// by kind, the side-effect table, every disclaimer, and page text escaped.
#include "parse/sectionkind.h"
#include "render/drugcomparison.h"

#include <QTextDocument>
#include <QtTest>

using namespace formulary;

namespace {

Section section(SectionKind kind, const QString &markdown, const QString &heading = {})
{
    Section result;
    result.kind = kind;
    result.heading = heading.isEmpty() ? sectionKindTitle(kind) : heading;
    result.markdown = markdown;
    return result;
}

DrugComparison::Page page(const QString &title, const QList<Section> &sections)
{
    DrugComparison::Page result;
    result.drug.title = title;
    result.drug.slug = title.toLower();
    result.drug.sourcePath = title.toLower() + QStringLiteral(".md");
    result.sections = sections;
    return result;
}

using Cell = DrugComparison::SideEffectRow::Cell;
using F = SideEffectFrequency;

DrugComparison twoDrugs()
{
    DrugComparison comparison;
    comparison.pages = {
        page(QStringLiteral("Alphamab"),
             {section(SectionKind::Usage, QStringLiteral("Treats **imaginary** pain.")),
              section(SectionKind::SideEffects, QStringLiteral("* Alopecia (hair loss)\n* Nausea")),
              section(SectionKind::Other, QStringLiteral("Keep cool."), QStringLiteral("Storage")),
              section(SectionKind::Disclaimer, QStringLiteral("For education only, not advice."),
                      QStringLiteral("Disclaimer"))}),
        page(QStringLiteral("Beta <b>mab</b>"),
             {section(SectionKind::SideEffects, QStringLiteral("* Hair loss")),
              section(SectionKind::Usage, QStringLiteral("Treats <script>x</script> aches.")),
              section(SectionKind::Dosage, QStringLiteral("10 mg.")),
              section(SectionKind::Other, QStringLiteral("Below 25 °C."), QStringLiteral("storage")),
              section(SectionKind::Disclaimer, QStringLiteral("Ask a pharmacist."), QStringLiteral("Disclaimer"))}),
    };
    comparison.sideEffects = {
        {QStringLiteral("Alopecia"),
         {Cell{{F::Common}, {QStringLiteral("Alopecia (hair loss)")}},
          Cell{{F::Serious}, {QStringLiteral("Hair loss")}}}},
        {QStringLiteral("Nausea"), {Cell{{F::Common, F::Rare}, {QStringLiteral("Nausea")}}, Cell{}}},
    };
    return comparison;
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Where `text` first stands in `haystack`, failing the test when it is absent.
qsizetype at(const QString &haystack, const QString &text)
{
    const qsizetype index = haystack.indexOf(text);
    if (index < 0)
        qWarning() << "missing:" << text;
    return index;
}

} // namespace

class TestDrugComparison : public QObject
{
    Q_OBJECT

private slots:
    void headerNamesTheDrugs()
    {
        const QString text = plainText(drugcomparison::toHtml(twoDrugs()));
        QVERIFY(text.startsWith(QStringLiteral("Alphamab · Beta <b>mab</b>")));
    }

    void sectionsLineUpByKindInTheCanonicalOrder()
    {
        const QString text = plainText(drugcomparison::toHtml(twoDrugs()));
        // Usage before Dosage before Side Effects whatever the pages' order; others last.
        const qsizetype usage = at(text, QStringLiteral("\nUsage\n"));
        const qsizetype dosage = at(text, QStringLiteral("\nDosage\n"));
        const qsizetype sideEffects = at(text, QStringLiteral("\nSide Effects\n"));
        const qsizetype storage = at(text, QStringLiteral("\nStorage\n"));
        QVERIFY(usage > 0 && usage < dosage && dosage < sideEffects && sideEffects < storage);
        // Both drugs' Usage in the Usage row, in the drugs' order.
        const qsizetype alphaUsage = at(text, QStringLiteral("Treats imaginary pain."));
        const qsizetype betaUsage = at(text, QStringLiteral("Treats <script>x</script> aches."));
        QVERIFY(usage < alphaUsage && alphaUsage < betaUsage && betaUsage < dosage);
        // Alphamab has no dosage: said so in its cell.
        QVERIFY(text.mid(dosage, sideEffects - dosage).contains(QStringLiteral("Not on this page")));
        // "Storage" and "storage" are one row.
        QCOMPARE(text.count(QStringLiteral("Storage"), Qt::CaseInsensitive), 1);
    }

    void markdownIsRenderedAsThePageViewDoes()
    {
        const QString html = drugcomparison::toHtml(twoDrugs());
        QVERIFY(html.contains(QStringLiteral("imaginary")));
        QVERIFY(html.contains(QStringLiteral("<strong>imaginary</strong>"))
                || html.contains(QStringLiteral("<b>imaginary</b>")));
    }

    void sideEffectTableShowsEachDrugsClass()
    {
        const QString text = plainText(drugcomparison::toHtml(twoDrugs()));
        const qsizetype table = at(text, QStringLiteral("Side Effects Compared"));
        QVERIFY(table > 0);
        const QString rows = text.mid(table);
        const qsizetype every = at(rows, QStringLiteral("Listed for every drug"));
        const qsizetype alopecia = at(rows, QStringLiteral("Alopecia\n"));
        const qsizetype own = at(rows, QStringLiteral("Listed for Alphamab only"));
        const qsizetype nausea = at(rows, QStringLiteral("Nausea\n"));
        QVERIFY(every >= 0 && every < alopecia && alopecia < own && own < nausea);
        QVERIFY(rows.mid(alopecia, own - alopecia).contains(QStringLiteral("serious")));
        // Each page's own words for a folded synonym, in its cell.
        QVERIFY(rows.mid(alopecia, own - alopecia).contains(QStringLiteral("Hair loss")));
        QVERIFY(rows.mid(nausea).contains(QStringLiteral("common, rare")));
        QVERIFY(rows.mid(nausea).contains(QStringLiteral("—")));
    }

    void frequencyTexts()
    {
        QCOMPARE(drugcomparison::frequencyText(Cell{}), QStringLiteral("—"));
        QCOMPARE(drugcomparison::frequencyText(Cell{{F::Unspecified}, {QStringLiteral("x")}}),
                 QStringLiteral("listed"));
        QCOMPARE(drugcomparison::frequencyText(Cell{{F::LessCommon}, {QStringLiteral("x")}}),
                 QStringLiteral("less common"));
    }

    void everyDisclaimerAndSourceAsWritten()
    {
        const QString text = plainText(drugcomparison::toHtml(twoDrugs()));
        QVERIFY(text.contains(QStringLiteral("Disclaimer: For education only, not advice.")));
        QVERIFY(text.contains(QStringLiteral("Disclaimer: Ask a pharmacist.")));
        QVERIFY(text.contains(QStringLiteral("Source: alphamab.md")));
        QVERIFY(text.contains(QStringLiteral("Source: beta <b>mab</b>.md")));
        QVERIFY(at(text, QStringLiteral("Side Effects Compared")) < at(text, QStringLiteral("Ask a pharmacist.")));
    }

    void pageTextIsEscapedAndNothingExternalIsNamed()
    {
        const QString html = drugcomparison::toHtml(twoDrugs());
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<b>mab")));
        for (const char *external : {"<img", "<link", "<style", "url(", "src=", "http:", "https:", "color"})
            QVERIFY2(!html.contains(QLatin1String(external), Qt::CaseInsensitive), external);
    }

    void hostilePagesAreBounded()
    {
        DrugComparison comparison = twoDrugs();
        for (int i = 0; i < 500; ++i)
            comparison.pages[0].sections.append(
                section(SectionKind::Other, QStringLiteral("Text %1.").arg(i), QStringLiteral("Heading %1").arg(i)));
        for (int i = 0; i < drugcomparison::MaxSideEffectRows + 10; ++i)
            comparison.sideEffects.append(
                {QStringLiteral("Effect %1").arg(i), {Cell{{F::Rare}, {QStringLiteral("e")}}, Cell{}}});
        const QString text = plainText(drugcomparison::toHtml(comparison));
        QVERIFY(text.contains(QStringLiteral("472 More Sections")));
        QVERIFY(text.contains(QStringLiteral("Text 499.")));
        QVERIFY(text.contains(QStringLiteral("12 more side effects are not shown here")));
    }
};

QTEST_MAIN(TestDrugComparison)
#include "tst_drugcomparison.moc"
