#pragma once

// A small folder of pages written for the search tests, imported into a
// temporary database.
#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace formulary::searchtesting {

struct FixturePage
{
    QString title;
    QString usage;
    QStringList sideEffects;
    QString precautions;
    QString faqQuestion;
    QString faqAnswer;
};

inline QByteArray pageText(const FixturePage &page)
{
    QString effects;
    for (const QString &effect : page.sideEffects)
        effects += QStringLiteral("* %1\n").arg(effect);
    return QStringLiteral("---\nlayout: minimal-medicine\ntitle: %1\n---\n\n# %1\n### Generic Name\n%1\n\n"
                          "### Usage\n\n%2\n\n### Dosage\n\n* **Adults:** One tablet daily.\n\n"
                          "### Side Effects\n\nCommon side effects include:\n\n%3\n"
                          "### How it Works\n\nIt acts on pretend receptors.\n\n"
                          "### Precautions\n\n%4\n\n"
                          "### FAQs\n\n* **Q: %5** A: %6\n\n"
                          "**Disclaimer:** This information is for educational purposes only.\n")
        .arg(page.title, page.usage, effects,
             page.precautions.isEmpty() ? QStringLiteral("Ask a pharmacist.") : page.precautions,
             page.faqQuestion.isEmpty() ? QStringLiteral("Can I take it with food?") : page.faqQuestion,
             page.faqAnswer.isEmpty() ? QStringLiteral("Yes.") : page.faqAnswer)
        .toUtf8();
}

inline FixturePage fixture(const QString &title, const QString &usage, const QStringList &sideEffects,
                           const QString &precautions = {}, const QString &faqQuestion = {},
                           const QString &faqAnswer = {})
{
    FixturePage page;
    page.title = title;
    page.usage = usage;
    page.sideEffects = sideEffects;
    page.precautions = precautions;
    page.faqQuestion = faqQuestion;
    page.faqAnswer = faqAnswer;
    return page;
}

inline QList<FixturePage> fixturePages()
{
    const auto L = [](const char *text) { return QString::fromUtf8(text); };
    QList<FixturePage> pages = {
        fixture(L("Paracetamol"), L("Paracetamol eases mild pain and lowers fever."), {L("Nausea"), L("Rash")}, {},
                L("Can I drink alcohol with it?"), L("Avoid heavy drinking.")),
        fixture(L("Paracetamol + Caffeine"), L("The caffeine in this combination adds alertness."),
                {L("Jitteriness"), L("Nausea")}),
        fixture(L("Aceclofenac + Paracetamol"), L("Eases joint pain after exercise."), {L("Heartburn")}),
        fixture(L("Amoxicillin + Clavulanic Acid"), L("Treats bacterial infections of the chest."),
                {L("Diarrhoea"), L("Rash")}),
        fixture(L("Clonazepam"), L("Calms seizures and panic attacks."), {L("Drowsiness"), L("Dizziness")}, {},
                L("Does it cause drowsiness when driving?"), L("It can; wait until you know how it affects you.")),
        fixture(L("Pentazocine"), L("Relieves severe pain."), {L("Drowsiness"), L("Dry mouth")}),
        fixture(L("Café Extract"), L("A roasted bean extract taken to stay awake."), {L("Insomnia")}),
        fixture(L("Somnolex"), L("Treats daytime drowsiness in shift workers."), {L("Headache")},
                L("Do not combine with paracetamol."), L("Is alcohol allowed?"), L("No.")),
        fixture(L("Rinsamol"), L("Rinse & spit: 2 < 3 times a day, never <b>swallow</b>."),
                {L("Dry mouth"), L("Altered taste")}),
        fixture(L("Dermaquell"), L("For dry, itchy skin on the cheeks and around the mouth."), {L("Stinging")}),
        fixture(L("Loperamidol"), L("Stops diarrhea quickly."), {L("Constipation")}, L("Avoid in pregnancy.")),
        fixture(L("Pregnavit"), L("A vitamin for pregnant women; it eases constipation, constipation being common."),
                {L("Bloating")}),
    };
    // Enough drugs with one side effect for a list that grows page by page.
    for (const char *name : {"Placebin Alpha", "Placebin Beta", "Placebin Gamma", "Placebin Delta", "Placebin Epsilon",
                             "Placebin Zeta", "Placebin Eta", "Placebin Theta"})
        pages.append(
            fixture(QString::fromLatin1(name), QStringLiteral("A pretend remedy."), {QStringLiteral("Drowsiness")}));
    // Three pages pair alopecia with hair loss, so the side-effect index
    // folds the two; two others write one name only.
    for (const char *name : {"Xylocap Alpha", "Xylocap Beta", "Xylocap Gamma"})
        pages.append(fixture(QString::fromLatin1(name), QStringLiteral("A pretend remedy."),
                             {QStringLiteral("Alopecia (hair loss)")}));
    pages.append(fixture(L("Xylocap Delta"), L("A pretend remedy."), {L("Alopecia")}));
    pages.append(fixture(L("Xylocap Epsilon"), L("A pretend remedy."), {L("Hair loss")}));
    return pages;
}

// Text a user might type that means something to SQL or FTS5, or to a
// careless parser. Every one must be a valid query.
inline QStringList hostileQueries()
{
    QStringList queries = {
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("'"),
        QStringLiteral("*"),
        QStringLiteral("-"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("()"),
        QStringLiteral("NEAR"),
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("a AND"),
        QStringLiteral("NEAR(drowsiness rash, 2)"),
        QStringLiteral("'); DROP TABLE drug; --"),
        QStringLiteral("\"; DELETE FROM drug; --"),
        QStringLiteral("drows*"),
        QStringLiteral("-drowsiness"),
        QStringLiteral("+rash"),
        QStringLiteral("^rash"),
        QStringLiteral("usage : pain"),
        QStringLiteral("{usage}: pain"),
        QStringLiteral("drug_fts: pain"),
        QStringLiteral("rowid:1"),
        QStringLiteral("side:"),
        QStringLiteral("side:\""),
        QStringLiteral("side:side:side:"),
        QStringLiteral("faqs:'"),
        QStringLiteral("http://x.y/z?a=b"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("\\"),
        QStringLiteral("\\\""),
        QStringLiteral("a\"b\"c"),
        QStringLiteral("💊"),
        QStringLiteral("💊 drowsiness 🙂"),
        QStringLiteral("\u0301\u0301"),
        QStringLiteral("עברית"),
        QStringLiteral("   "),
        QStringLiteral("\t\n\r"),
        QString(),
        QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w x y z"),
        QString(10000, QLatin1Char('x')),
        QString(5000, QLatin1Char('"')),
        QStringLiteral("drowsiness ").repeated(2000),
    };
    queries.append(QString(QChar(0xD800)));                                       // a lone high surrogate
    queries.append(QString(QChar(0xDC00)) + QStringLiteral("rash"));              // a lone low surrogate
    queries.append(QStringLiteral("rash") + QChar(0) + QStringLiteral("nausea")); // a NUL
    return queries;
}

// Writes `written` (the fixture's pages unless given) under `dir` and
// imports them; returns the database path, or an empty string when the
// import failed.
inline QString buildFixtureDatabase(const QTemporaryDir &dir, const QList<FixturePage> &written = fixturePages())
{
    const QString pages = dir.filePath(QStringLiteral("pages"));
    QDir().mkpath(pages);
    for (const FixturePage &page : written) {
        QString file = page.title.toLower();
        file.replace(QLatin1Char(' '), QLatin1Char('-'))
            .remove(QLatin1Char('+'))
            .replace(QStringLiteral("--"), QStringLiteral("-"));
        QFile out(pages + QLatin1Char('/') + file + QStringLiteral(".md"));
        if (!out.open(QIODevice::WriteOnly) || out.write(pageText(page)) < 0)
            return {};
    }
    const QString database = dir.filePath(QStringLiteral("content.sqlite"));
    const ImportReport report = Importer::run({pages, database});
    return report.error.isEmpty() ? database : QString();
}

} // namespace formulary::searchtesting
