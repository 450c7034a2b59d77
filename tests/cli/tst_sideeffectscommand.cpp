// `formulary side-effects`, run as a person runs it, over pages written here
// in the shapes the real ones use.
#include "formularyprocess.h"
#include "testpages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace formulary::testing;

namespace {

// A page whose Side Effects section is `sideEffects` as written.
QByteArray pageListing(const QString &title, const QString &sideEffects)
{
    return QStringLiteral("---\ntitle: %1\n---\n\n# %1\n### Usage\n\nRelieves imaginary pain.\n\n"
                          "### Side Effects\n\n%2\n\n**Disclaimer:** Educational only.\n")
        .arg(title, sideEffects)
        .toUtf8();
}

} // namespace

class TestSideEffectsCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString database() const { return m_dir.filePath(QStringLiteral("content.sqlite")); }
    Run sideEffects(const QStringList &arguments)
    {
        return runFormulary(QStringList{QStringLiteral("side-effects")} + arguments
                                + QStringList{QStringLiteral("--db"), database()},
                            m_dir.path());
    }
    static QJsonObject json(const Run &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

private slots:
    void initTestCase()
    {
        const QString pages = m_dir.filePath(QStringLiteral("pages"));
        // Three pages pair alopecia with hair loss, so the two fold.
        for (const char *name : {"Alphadrine", "Betazol", "Gammacillin"}) {
            QVERIFY(writeFile(pages + QStringLiteral("/%1.md").arg(QString::fromLatin1(name).toLower()),
                              pageListing(QLatin1String(name), QStringLiteral("* **Common:** Nausea, headache\n"
                                                                              "* **Serious:**\n"
                                                                              "  * Alopecia (hair loss)\n"))));
        }
        QVERIFY(writeFile(pages + QStringLiteral("/deltamab.md"),
                          pageListing(QStringLiteral("Deltamab"), QStringLiteral("**Common (>10%):**\n\n"
                                                                                 "* Hair loss\n"
                                                                                 "* Diarrhoea\n\n"
                                                                                 "**Rare (<1%):**\n\n"
                                                                                 "* Headaches\n"))));
        QVERIFY(writeFile(pages + QStringLiteral("/epsilone.md"),
                          pageListing(QStringLiteral("Epsilone"), QStringLiteral("* Diarrhea\n"
                                                                                 "* **Important Note:** Nausea\n"))));
        const Run import = runFormulary(
            {QStringLiteral("import"), pages, QStringLiteral("--db"), database(), QStringLiteral("--quiet")},
            m_dir.path());
        QVERIFY2(import.status == 0, qPrintable(import.err));
    }

    void withoutATermListsTermsMostListedFirst()
    {
        const Run run = sideEffects({QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(run.status, 0);
        const QJsonArray terms = json(run).value(QStringLiteral("terms")).toArray();
        QVERIFY(terms.size() >= 4);
        QHash<QString, QJsonObject> byTerm;
        for (const auto &term : terms)
            byTerm.insert(term.toObject().value(QStringLiteral("term")).toString().toLower(), term.toObject());
        // Hair loss is written twice as often with alopecia; a hair-loss drug, four in all.
        const QJsonObject alopecia = byTerm.value(QStringLiteral("alopecia"));
        QCOMPARE(alopecia.value(QStringLiteral("drugs")).toInt(), 4);
        QCOMPARE(alopecia.value(QStringLiteral("serious")).toInt(), 3);
        QCOMPARE(alopecia.value(QStringLiteral("common")).toInt(), 1);
        QCOMPARE(alopecia.value(QStringLiteral("synonyms")).toArray(), QJsonArray{QStringLiteral("hair loss")});
        QCOMPARE(byTerm.value(QStringLiteral("headache")).value(QStringLiteral("drugs")).toInt(), 4);
        // The reviewed table folds the two spellings; the note under "Important Note" is not counted.
        QCOMPARE(byTerm.value(QStringLiteral("diarrhea")).value(QStringLiteral("drugs")).toInt()
                     + byTerm.value(QStringLiteral("diarrhoea")).value(QStringLiteral("drugs")).toInt(),
                 2);
        QCOMPARE(byTerm.value(QStringLiteral("nausea")).value(QStringLiteral("drugs")).toInt(), 3);
        int previous = INT_MAX;
        for (const auto &term : terms) {
            QVERIFY(term.toObject().value(QStringLiteral("drugs")).toInt() <= previous);
            previous = term.toObject().value(QStringLiteral("drugs")).toInt();
        }

        const Run text = sideEffects({});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(QLatin1String("Alopecia  (also: hair loss)")), qPrintable(text.out));
    }

    void aTermListsItsDrugsWithTheirOwnLines_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("the term") << "alopecia";
        QTest::newRow("a synonym the pages state") << "hair loss";
        QTest::newRow("case and plural") << "HAIR LOSSES";
        QTest::newRow("a unique beginning") << "alop";
    }

    void aTermListsItsDrugsWithTheirOwnLines()
    {
        QFETCH(QString, typed);
        const Run run = sideEffects({typed, QStringLiteral("--json")});
        QCOMPARE(run.status, 0);
        const QJsonObject result = json(run);
        QCOMPARE(result.value(QStringLiteral("term")).toString(), QStringLiteral("Alopecia"));
        const QJsonArray drugs = result.value(QStringLiteral("drugs")).toArray();
        QCOMPARE(drugs.size(), 4);
        const QJsonObject alphadrine = drugs.at(0).toObject();
        QCOMPARE(alphadrine.value(QStringLiteral("name")).toString(), QStringLiteral("Alphadrine"));
        QCOMPARE(alphadrine.value(QStringLiteral("slug")).toString(), QStringLiteral("alphadrine"));
        QCOMPARE(alphadrine.value(QStringLiteral("frequency")).toString(), QStringLiteral("serious"));
        QCOMPARE(alphadrine.value(QStringLiteral("group")).toString(), QStringLiteral("Serious"));
        QCOMPARE(alphadrine.value(QStringLiteral("text")).toString(), QStringLiteral("Alopecia (hair loss)"));
        QCOMPARE(alphadrine.value(QStringLiteral("line")).toInt(), 14);
        const QJsonObject deltamab = drugs.at(2).toObject(); // drugs in name order
        QCOMPARE(deltamab.value(QStringLiteral("name")).toString(), QStringLiteral("Deltamab"));
        QCOMPARE(deltamab.value(QStringLiteral("frequency")).toString(), QStringLiteral("common"));
        QCOMPARE(deltamab.value(QStringLiteral("band")).toString(), QStringLiteral(">10%"));
        QCOMPARE(deltamab.value(QStringLiteral("text")).toString(), QStringLiteral("Hair loss"));
    }

    void aFrequencyFilters()
    {
        Run run = sideEffects({QStringLiteral("headache"), QStringLiteral("--frequency"), QStringLiteral("rare")});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QLatin1String("Deltamab  [rare <1%]  Headaches  (line")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("Alphadrine")));
        run = sideEffects({QStringLiteral("nausea"), QStringLiteral("--frequency"), QStringLiteral("serious")});
        QCOMPARE(run.status, 1);
    }

    void anUnknownTermSuggests()
    {
        const Run run = sideEffects({QStringLiteral("alopcia")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("did you mean: Alopecia?")), qPrintable(run.err));
        QCOMPARE(sideEffects({QStringLiteral("xyzzy")}).status, 1);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("frequency") << QStringList{"--frequency", "often"} << "often";
        QTest::newRow("limit") << QStringList{"--limit", "many"} << "many";
        QTest::newRow("option") << QStringList{"--frobnicate"} << "frobnicate";
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run run = sideEffects(arguments);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
    }

    void aMissingDatabaseExitsOne()
    {
        const Run run = runFormulary({QStringLiteral("side-effects"), QStringLiteral("--db"),
                                      m_dir.filePath(QStringLiteral("absent/content.sqlite"))},
                                     m_dir.path());
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("formulary import DIR")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestSideEffectsCommand)
#include "tst_sideeffectscommand.moc"
