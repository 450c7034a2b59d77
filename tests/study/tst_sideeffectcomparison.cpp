// Side effects of a few drugs side by side: shared terms first, synonyms
// folded across the drugs, each drug's frequency class, notes left out.
#include "import/importer.h"
#include "store/contentdatabase.h"
#include "study/sideeffectcomparison.h"
#include "testpages.h"

#include <QtTest>

using namespace formulary;
using formulary::testing::writeFile;

namespace {

// A page whose Side Effects section lists `groups`: label -> items.
QByteArray pageWithSideEffects(const QString &title, const QList<QPair<QString, QStringList>> &groups)
{
    QString sideEffects;
    for (const auto &[label, items] : groups) {
        sideEffects += QStringLiteral("**%1:**\n\n").arg(label);
        for (const QString &item : items)
            sideEffects += QStringLiteral("* %1\n").arg(item);
        sideEffects += QLatin1Char('\n');
    }
    return QStringLiteral("---\ntitle: %1\n---\n# %1\n### Usage\nTreats imaginary pain.\n\n### Side Effects\n\n%2"
                          "**Disclaimer:** For education only.\n")
        .arg(title, sideEffects)
        .toUtf8();
}

SideEffect item(const QString &text, SideEffectFrequency frequency = SideEffectFrequency::Unspecified)
{
    SideEffect effect;
    effect.text = text;
    effect.normalised.term = text.toLower();
    effect.normalised.name = text;
    effect.normalised.frequency = frequency;
    return effect;
}

QStringList names(const SideEffectComparison &comparison)
{
    QStringList result;
    for (const SideEffectComparison::Row &row : comparison.rows())
        result.append(row.name);
    return result;
}

const SideEffectComparison::Row *rowNamed(const SideEffectComparison &comparison, const QString &name)
{
    for (const SideEffectComparison::Row &row : comparison.rows()) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestSideEffectComparison : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContentDatabase> m_database;

private slots:
    void initTestCase()
    {
        const QString pages = m_dir.filePath(QStringLiteral("pages"));
        const QString common = QStringLiteral("Common Side Effects");
        const QString lessCommon = QStringLiteral("Less Common Side Effects");
        const QString serious = QStringLiteral("Serious Side Effects");
        const QString rare = QStringLiteral("Rare Side Effects");
        const QString note = QStringLiteral("Important Note");
        // Three pages pair "Alopecia" with "hair loss": evidence enough to fold.
        QVERIFY(
            writeFile(pages + QStringLiteral("/alphamab.md"),
                      pageWithSideEffects(QStringLiteral("Alphamab"),
                                          {{common, {QStringLiteral("Alopecia (hair loss)"), QStringLiteral("Nausea")}},
                                           {lessCommon, {QStringLiteral("Headache")}},
                                           {note, {QStringLiteral("Tell your doctor about nausea.")}}})));
        QVERIFY(writeFile(
            pages + QStringLiteral("/betamab.md"),
            pageWithSideEffects(QStringLiteral("Betamab"), {{common, {QStringLiteral("Alopecia (hair loss)")}},
                                                            {rare, {QStringLiteral("Nausea")}},
                                                            {serious, {QStringLiteral("Rash")}}})));
        QVERIFY(writeFile(
            pages + QStringLiteral("/gammamab.md"),
            pageWithSideEffects(QStringLiteral("Gammamab"),
                                {{common, {QStringLiteral("Alopecia (hair loss)"), QStringLiteral("Dizziness")}}})));
        QVERIFY(writeFile(pages + QStringLiteral("/deltamab.md"),
                          pageWithSideEffects(QStringLiteral("Deltamab"),
                                              {{common, {QStringLiteral("Hair loss"), QStringLiteral("Nausea")}},
                                               {serious, {QStringLiteral("Headaches"), QStringLiteral("Nausea")}}})));
        const QString database = m_dir.filePath(QStringLiteral("content.sqlite"));
        const ImportReport report = Importer::run({pages, database, true});
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QString error;
        m_database = ContentDatabase::open(database, ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(m_database, qPrintable(error));
    }

    void sharedTermsComeFirstThenSeveralThenEachDrugsOwn()
    {
        const auto comparison = SideEffectComparison::load(
            *m_database, {QStringLiteral("alphamab"), QStringLiteral("betamab"), QStringLiteral("deltamab")});
        QCOMPARE(comparison.drugs().size(), 3);
        QCOMPARE(comparison.drugs().at(1).title, QStringLiteral("Betamab"));
        // Alopecia and nausea by all three; headache by two; rash Betamab's own.
        QCOMPARE(names(comparison), QStringList({"Alopecia", "Nausea", "Headache", "Rash"}));
        using Group = SideEffectComparison::Group;
        QCOMPARE(comparison.rows().at(0).group, Group::Shared);
        QCOMPARE(comparison.rows().at(1).group, Group::Shared);
        QCOMPARE(comparison.rows().at(2).group, Group::Several);
        QCOMPARE(comparison.rows().at(3).group, Group::Own);
    }

    void synonymsFoldAcrossDrugs()
    {
        const auto comparison = SideEffectComparison::load(*m_database,
                                                           {QStringLiteral("gammamab"), QStringLiteral("deltamab")});
        const SideEffectComparison::Row *alopecia = rowNamed(comparison, QStringLiteral("Alopecia"));
        QVERIFY(alopecia);
        QCOMPARE(alopecia->group, SideEffectComparison::Group::Shared);
        QCOMPARE(comparison.rows().constFirst().name, QStringLiteral("Alopecia"));
        // Each drug's item as its page writes it.
        QCOMPARE(alopecia->listings.at(0).texts, QStringList({"Alopecia (hair loss)"}));
        QCOMPARE(alopecia->listings.at(1).texts, QStringList({"Hair loss"}));
        QVERIFY(!rowNamed(comparison, QStringLiteral("Hair loss")));
    }

    void eachDrugHasItsOwnFrequency()
    {
        const auto comparison = SideEffectComparison::load(
            *m_database, {QStringLiteral("alphamab"), QStringLiteral("betamab"), QStringLiteral("deltamab")});
        const SideEffectComparison::Row *nausea = rowNamed(comparison, QStringLiteral("Nausea"));
        QVERIFY(nausea);
        using F = SideEffectFrequency;
        QCOMPARE(nausea->listings.at(0).frequencies, QList<F>({F::Common}));
        QCOMPARE(nausea->listings.at(1).frequencies, QList<F>({F::Rare}));
        // Listed twice on one page: both classes, in class order.
        QCOMPARE(nausea->listings.at(2).frequencies, QList<F>({F::Common, F::Serious}));
        const SideEffectComparison::Row *rash = rowNamed(comparison, QStringLiteral("Rash"));
        QVERIFY(rash);
        QVERIFY(!rash->listings.at(0).listed());
        QVERIFY(rash->listings.at(0).frequencies.isEmpty());
        QCOMPARE(rash->listings.at(1).frequencies, QList<F>({F::Serious}));
    }

    void notesAreLeftOut()
    {
        const auto comparison = SideEffectComparison::load(*m_database,
                                                           {QStringLiteral("alphamab"), QStringLiteral("betamab")});
        for (const SideEffectComparison::Row &row : comparison.rows()) {
            for (const SideEffectComparison::Listing &listing : row.listings)
                QVERIFY2(!listing.texts.join(QLatin1Char(' ')).contains(QLatin1String("Tell your doctor")),
                         qPrintable(row.name));
        }
        QCOMPARE(names(comparison), QStringList({"Alopecia", "Nausea", "Headache", "Rash"}));
    }

    void unknownAndRepeatedSlugsAreSkipped()
    {
        const auto comparison = SideEffectComparison::load(
            *m_database, {QStringLiteral("alphamab"), QStringLiteral("no-such-drug"), QStringLiteral("alphamab")});
        QCOMPARE(comparison.drugs().size(), 1);
        for (const SideEffectComparison::Row &row : comparison.rows())
            QCOMPARE(row.group, SideEffectComparison::Group::Shared);
    }

    // Without a database: within a group, the terms more drugs list come
    // first, then by name; a drug's own terms follow the drugs' order.
    void ordersWithinAGroupByDrugsThenName()
    {
        using F = SideEffectFrequency;
        const QList<SideEffectComparison::Drug> drugs = {
            {QStringLiteral("A"), QStringLiteral("a"), {item("Zeta", F::Common), item("Beta"), item("Own a")}},
            {QStringLiteral("B"), QStringLiteral("b"), {item("Zeta"), item("Beta"), item("Own b")}},
            {QStringLiteral("C"), QStringLiteral("c"), {item("Zeta"), item("Alpha"), item("Ache")}},
            {QStringLiteral("D"), QStringLiteral("d"), {item("Alpha"), item("Zeta"), item("Ache"), item("Aa own d")}},
        };
        const auto comparison = SideEffectComparison::compare(drugs,
                                                              {{QStringLiteral("ache"), QStringLiteral("alpha")}});
        // Alpha and its synonym Ache: listed by C and D; Beta by A and B.
        QCOMPARE(names(comparison), QStringList({"Zeta", "Alpha", "Beta", "Own a", "Own b", "Aa own d"}));
        QCOMPARE(comparison.rows().at(1).listings.at(2).texts, QStringList({"Alpha", "Ache"}));
        QCOMPARE(comparison.rows().at(0).listings.at(0).frequencies, QList<F>({F::Common}));
        QCOMPARE(comparison.rows().at(0).listings.at(1).frequencies, QList<F>({F::Unspecified}));
    }

    void moreDrugsListingATermComeFirstInTheirGroup()
    {
        const QList<SideEffectComparison::Drug> drugs = {
            {QStringLiteral("A"), QStringLiteral("a"), {item("Two"), item("Three")}},
            {QStringLiteral("B"), QStringLiteral("b"), {item("Two"), item("Three")}},
            {QStringLiteral("C"), QStringLiteral("c"), {item("Three")}},
            {QStringLiteral("D"), QStringLiteral("d"), {}},
        };
        QCOMPARE(names(SideEffectComparison::compare(drugs, {})), QStringList({"Three", "Two"}));
    }
};

QTEST_GUILESS_MAIN(TestSideEffectComparison)
#include "tst_sideeffectcomparison.moc"
