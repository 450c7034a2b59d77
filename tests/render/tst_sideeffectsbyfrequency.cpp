// A section's side effects grouped by frequency class, as the Side Effects
// tab shows them above the page's own text.
#include "parse/pageparser.h"
#include "render/sideeffectsbyfrequency.h"

#include <QTextDocument>
#include <QtTest>

using namespace formulary;

namespace {

QList<SideEffect> sideEffectsOf(const QString &body)
{
    const QByteArray page = ("---\ntitle: Alpha + Beta\n---\n# Alpha + Beta\n### Side Effects\n\n" + body).toUtf8();
    const ParseResult parsed = PageParser::parse(page, QStringLiteral("alpha-beta"));
    return parsed.monograph.sideEffects();
}

// What a reader sees of the HTML, one paragraph a line.
QStringList shown(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestSideEffectsByFrequency : public QObject
{
    Q_OBJECT

private slots:
    void eachClassListsItsNamesAsWritten()
    {
        const QList<SideEffect> effects = sideEffectsOf(
            QStringLiteral("**Common:**\n\n* Nausea\n* Headaches\n\n**Rare:**\n\n* Alopecia (hair loss)\n\n"
                           "**Serious:**\n\n* Liver damage\n\n* Dry skin\n\n"
                           "**Important Note:** Call your doctor if any of these last more than a week.\n"));
        const QStringList lines = shown(sideEffectsByFrequencyHtml(effects));
        QVERIFY2(lines.size() >= 4, qPrintable(lines.join(QLatin1Char('|'))));
        QCOMPARE(lines.at(1), QStringLiteral("Common (2): Nausea, Headaches"));
        QCOMPARE(lines.at(2), QStringLiteral("Rare (1): Alopecia"));
        QVERIFY2(lines.at(3).startsWith(QLatin1String("Serious (")), qPrintable(lines.at(3)));
        // The note is the page's text alone, never a side effect.
        QVERIFY(!lines.join(QLatin1Char(' ')).contains(QLatin1String("doctor")));
    }

    void aNameListedTwiceInAClassShowsOnce()
    {
        const QList<SideEffect> effects = sideEffectsOf(
            QStringLiteral("**Common:**\n\n* Nausea\n* nausea\n* Vomiting\n"));
        QCOMPARE(shown(sideEffectsByFrequencyHtml(effects)).at(1), QStringLiteral("Common (2): Nausea, Vomiting"));
    }

    void eachIngredientKeepsItsOwn()
    {
        const QList<SideEffect> effects = sideEffectsOf(
            QStringLiteral("* **Alpha:** Nausea, rash\n* **Beta:** Nausea, cough\n"));
        const QString all = shown(sideEffectsByFrequencyHtml(effects)).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("Nausea (alpha)")) && all.contains(QLatin1String("Nausea (beta)")),
                 qPrintable(all));
    }

    void nothingListedShowsNothing()
    {
        QVERIFY(sideEffectsByFrequencyHtml({}).isEmpty());
        QVERIFY(sideEffectsByFrequencyHtml(sideEffectsOf(QStringLiteral("Rarely any.\n"))).isEmpty());
    }
};

QTEST_MAIN(TestSideEffectsByFrequency)
#include "tst_sideeffectsbyfrequency.moc"
