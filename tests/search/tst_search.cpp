// Search on pages written for the tests: the query syntax, the name groups
// and their order, full-text matches with snippets, section filters, hostile
// queries, and the `search` command.
#include "search/nameindex.h"
#include "search/searchengine.h"
#include "search/searchquery.h"
#include "search/snippet.h"
#include "store/contentdatabase.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sqlitestatement.h"
#include "tst_search_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace formulary;

namespace {

QStringList names(const QList<SearchResult> &results, MatchKind kind)
{
    QStringList found;
    for (const SearchResult &result : results) {
        if (result.match == kind)
            found.append(result.name);
    }
    return found;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// A query's parts as text: a quoted part in quotes.
QStringList partsOf(const SearchQuery &query)
{
    QStringList parts;
    for (const SearchQuery::Part &part : query.parts) {
        const QString words = part.words.join(QLatin1Char(' '));
        parts.append(part.quoted ? QLatin1Char('"') + words + QLatin1Char('"') : words);
    }
    return parts;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<ContentDatabase> m_content;
    std::unique_ptr<SearchEngine> m_engine;

    QList<SearchResult> search(const QString &text, int count = 1000)
    {
        SearchEngine::Hits hits = m_engine->search(SearchQuery::parse(text));
        return m_engine->results(hits, 0, count);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = searchtesting::buildFixtureDatabase(m_dir);
        QVERIFY(!m_database.isEmpty());
        QString error;
        m_content = ContentDatabase::open(m_database, ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(m_content, qPrintable(error));
        m_engine = std::make_unique<SearchEngine>(*m_content);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_content.reset();
    }

    void parsesFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("section"); // -1: none
        QTest::addColumn<bool>("typing");
        QTest::newRow("plain") << "Dry Mouth" << QStringList{"dry", "mouth"} << -1 << true;
        QTest::newRow("trailing space") << "dry mouth " << QStringList{"dry", "mouth"} << -1 << false;
        QTest::newRow("side") << "side:drowsiness" << QStringList{"drowsiness"} << int(SectionKind::SideEffects)
                              << true;
        QTest::newRow("side spaced") << "side: dry mouth" << QStringList{"dry", "mouth"}
                                     << int(SectionKind::SideEffects) << true;
        QTest::newRow("faqs later") << "alcohol FAQS:" << QStringList{"alcohol"} << int(SectionKind::Faqs) << false;
        QTest::newRow("how") << "how:receptor" << QStringList{"receptor"} << int(SectionKind::HowItWorks) << true;
        QTest::newRow("unknown") << "foo:bar" << QStringList{"foo", "bar"} << -1 << true;
        QTest::newRow("diacritics") << "Café ÉCLAIR" << QStringList{"cafe", "eclair"} << -1 << true;
        QTest::newRow("punctuation") << "\"rash\" -(itch)*" << QStringList{"rash", "itch"} << -1 << false;
        QTest::newRow("repeats") << "rash Rash RASH" << QStringList{"rash"} << -1 << true;
    }

    void parsesFilters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QFETCH(int, section);
        QFETCH(bool, typing);
        const SearchQuery query = SearchQuery::parse(text);
        QCOMPARE(query.words, words);
        QCOMPARE(query.section ? int(*query.section) : -1, section);
        QCOMPARE(query.lastWordIsPrefix, typing);
        QCOMPARE(query.text, text);
    }

    void filterFromTheCallerWins()
    {
        const SearchQuery query = SearchQuery::parse(QStringLiteral("side:rash"), SectionKind::Faqs);
        QCOMPARE(query.words, QStringList{QStringLiteral("rash")});
        QCOMPARE(query.section, std::optional<SectionKind>(SectionKind::Faqs));
        QCOMPARE(SearchQuery::parse(QStringLiteral("side:rash"), std::nullopt).section,
                 std::optional<SectionKind>(SectionKind::SideEffects));
    }

    void parsesQuotedPhrases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<int>("section"); // -1: none
        QTest::addColumn<bool>("typing");
        QTest::newRow("phrase") << "\"Hair Loss\" rash" << QStringList{"\"hair loss\"", "rash"} << -1 << true;
        QTest::newRow("closed") << "rash \"hair loss\"" << QStringList{"rash", "\"hair loss\""} << -1 << false;
        QTest::newRow("unclosed") << "rash \"hair lo" << QStringList{"rash", "\"hair lo\""} << -1 << true;
        QTest::newRow("unclosed, space") << "\"hair " << QStringList{"\"hair\""} << -1 << false;
        QTest::newRow("empty") << "\"\"" << QStringList() << -1 << false;
        QTest::newRow("empty and a word") << "\"\" rash" << QStringList{"rash"} << -1 << true;
        QTest::newRow("punctuation only") << "\"!! -*\" rash" << QStringList{"rash"} << -1 << true;
        QTest::newRow("punctuation inside") << "\"dry, mouth!\"" << QStringList{"\"dry mouth\""} << -1 << false;
        QTest::newRow("side") << "side:\"dry mouth\"" << QStringList{"\"dry mouth\""} << int(SectionKind::SideEffects)
                              << false;
        QTest::newRow("side spaced") << "side: \"dry mouth" << QStringList{"\"dry mouth\""}
                                     << int(SectionKind::SideEffects) << true;
        QTest::newRow("no filter inside quotes")
            << "\"dry side:mouth\"" << QStringList{"\"dry side mouth\""} << -1 << false;
        QTest::newRow("typographic") << "\u201Cdry mouth\u201D" << QStringList{"\"dry mouth\""} << -1 << false;
        QTest::newRow("repeats kept") << "\"dose by dose\" dose" << QStringList{"\"dose by dose\"", "dose"} << -1
                                      << false;
        QTest::newRow("same phrase twice") << "\"dry mouth\" \"dry mouth" << QStringList{"\"dry mouth\""} << -1 << true;
        QTest::newRow("alternating") << "a\"b\"c" << QStringList{"a", "\"b\"", "c"} << -1 << true;
    }

    void parsesQuotedPhrases()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, parts);
        QFETCH(int, section);
        QFETCH(bool, typing);
        const SearchQuery query = SearchQuery::parse(text);
        QCOMPARE(partsOf(query), parts);
        QCOMPARE(query.section ? int(*query.section) : -1, section);
        QCOMPARE(query.lastWordIsPrefix, typing);
        // Every word of a part is a word of the query, for the names.
        for (const SearchQuery::Part &part : query.parts) {
            for (const QString &word : part.words)
                QVERIFY(query.words.contains(word));
        }
    }

    void aLongPhraseIsCut()
    {
        const SearchQuery query = SearchQuery::parse(QLatin1Char('"') + QStringLiteral("word ").repeated(40));
        QCOMPARE(query.parts.size(), 1);
        QCOMPARE(query.parts.constFirst().words.size(), 16);
        QVERIFY(!query.lastWordIsPrefix);
    }

    void editDistance()
    {
        QCOMPARE(NameIndex::editDistance(u"clonazepan", u"clonazepam"), 1);
        QCOMPARE(NameIndex::editDistance(u"paracetmaol", u"paracetamol"), 1); // a swap is one edit
        QCOMPARE(NameIndex::editDistance(u"tazocin", u"pentazocine"), 4);
        QCOMPARE(NameIndex::prefixEditDistance(u"amoxy", u"amoxicillin"), 1);
        QCOMPARE(NameIndex::prefixEditDistance(u"amox", u"amoxicillin"), 0);
    }

    void snippetMarksAndEscapes()
    {
        SnippetTerms terms;
        terms.words = {QStringLiteral("dry")};
        terms.prefix = QStringLiteral("mou");
        const QString text = QStringLiteral("Common: <i>dry</i> Mouth & more. ") + QString(400, QLatin1Char('x'))
                             + QStringLiteral(" then dry again");
        const Snippet snippet = Snippet::cut(text, terms, 80);
        QVERIFY(!snippet.isEmpty());
        QVERIFY(snippet.text.size() <= 82);
        QCOMPARE(snippet.marks.size(), 2);
        QCOMPARE(snippet.toHtml(),
                 QStringLiteral("Common: &lt;i&gt;<b>dry</b>&lt;/i&gt; <b>Mouth</b> &amp; more.\u2026"));
        QCOMPARE(snippet.toMarkedText(QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("Common: <i>[dry]</i> [Mouth] & more.\u2026"));
        QVERIFY(Snippet::cut(QStringLiteral("nothing here"), terms).isEmpty());
        QCOMPARE(
            Snippet::plainTextOf(u"### Heading\n* **Bold:** [a link](http://x) and `code`\n|---|---|\n| cell | two |"),
            QStringLiteral("Heading Bold: a link and code cell two"));
    }

    void snippetMarksAPhraseOnlyWhereItsWordsAreSideBySide()
    {
        SnippetTerms terms;
        terms.phrases = {{QStringLiteral("dry"), QStringLiteral("mouth")}};
        terms.words = {QStringLiteral("rash")};
        const QString text = QStringLiteral("A dry cough; the mouth may sting. Dry, mouth-watering rash. Dry  MOUTH.");
        const Snippet snippet = Snippet::cut(text, terms, 200);
        QCOMPARE(snippet.toMarkedText(QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("A dry cough; the mouth may sting. [Dry, mouth]-watering [rash]. [Dry  MOUTH]."));
        QCOMPARE(Snippet::coverage(text, terms), qMakePair(2, 3));
        // Words that are no phrase are not marked for being in one.
        terms.words.clear();
        QVERIFY(Snippet::cut(QStringLiteral("dry skin, sore mouth"), terms).isEmpty());
        QCOMPARE(Snippet::markAll(QStringLiteral("Dry Mouth Spray"), terms).marks, (QList<QPair<int, int>>{{0, 9}}));
    }

    void exactNameFirstCaseAndDiacriticsIgnored()
    {
        const QList<SearchResult> results = search(QStringLiteral("PARACETAMOL"));
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().name, QStringLiteral("Paracetamol"));
        QCOMPARE(results.first().match, MatchKind::Exact);

        QCOMPARE(search(QStringLiteral("cafe extract")).value(0).match, MatchKind::Exact);
        const QList<SearchResult> cafe = search(QStringLiteral("cafe"));
        QCOMPARE(cafe.value(0).name, QStringLiteral("Café Extract"));
        QCOMPARE(cafe.value(0).match, MatchKind::Prefix);
        QCOMPARE(search(QStringLiteral("CAFÉ")).value(0).name, QStringLiteral("Café Extract"));
    }

    void everyWordOfANameIsAPrefix()
    {
        const QList<SearchResult> results = search(QStringLiteral("clav"));
        QCOMPARE(names(results, MatchKind::Prefix), QStringList{QStringLiteral("Amoxicillin + Clavulanic Acid")});
        QCOMPARE(names(search(QStringLiteral("amox clav")), MatchKind::Prefix),
                 QStringList{QStringLiteral("Amoxicillin + Clavulanic Acid")});
        // Names that start with the query come before names with a later word that does.
        const QList<SearchResult> placebin = search(QStringLiteral("placebin"));
        QCOMPARE(names(placebin, MatchKind::Prefix).size(), 8);
        QCOMPARE(names(placebin, MatchKind::Prefix).first(), QStringLiteral("Placebin Alpha"));
    }

    void combinationsByIngredient()
    {
        const QList<SearchResult> results = search(QStringLiteral("paracetamol"));
        // Exact first, then the combinations containing it, then text that mentions it.
        QCOMPARE(names(results, MatchKind::Exact), QStringList{QStringLiteral("Paracetamol")});
        QCOMPARE(names(results, MatchKind::Ingredient),
                 (QStringList{QStringLiteral("Aceclofenac + Paracetamol"), QStringLiteral("Paracetamol + Caffeine")}));
        QVERIFY(names(results, MatchKind::FullText).contains(QStringLiteral("Somnolex")));
        QVERIFY(!names(results, MatchKind::FullText).contains(QStringLiteral("Paracetamol")));
        for (int i = 1; i < results.size(); ++i)
            QVERIFY2(results.at(i - 1).match <= results.at(i).match, "groups come in order");
    }

    void misspellingsAreSuggestionsOnly()
    {
        const QList<SearchResult> results = search(QStringLiteral("clonazepan"));
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().name, QStringLiteral("Clonazepam"));
        QCOMPARE(results.first().match, MatchKind::Suggestion);
        for (const SearchResult &result : results)
            QVERIFY(result.match == MatchKind::Suggestion || result.match == MatchKind::FullText);

        QCOMPARE(names(search(QStringLiteral("amoxicilin")), MatchKind::Suggestion),
                 QStringList{QStringLiteral("Amoxicillin + Clavulanic Acid")});
        // Never silently another drug: "tazocin" is not "pentazocine".
        for (const SearchResult &result : search(QStringLiteral("tazocin")))
            QVERIFY2(result.match == MatchKind::Suggestion || !result.name.contains(QStringLiteral("Pentazocine")),
                     qPrintable(result.name));
        // A real word of the text is a text search, not a misspelled name.
        QVERIFY(names(search(QStringLiteral("rash")), MatchKind::Suggestion).isEmpty());
    }

    // "NAME topic": the drug named comes first, on the section asked for,
    // and the combinations that contain it after it.
    void aDrugAndATopicPutTheDrugFirstOnItsSection_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("drug");
        QTest::addColumn<int>("section");
        QTest::newRow("dose") << "paracetamol dose"
                              << "Paracetamol" << int(SectionKind::Dosage);
        QTest::newRow("dosing, name after") << "dosing of PARACETAMOL"
                                            << "Paracetamol" << int(SectionKind::Dosage);
        QTest::newRow("being typed") << "clonazepam dos"
                                     << "Clonazepam" << int(SectionKind::Dosage);
        QTest::newRow("side effects") << "clonazepam side effects"
                                      << "Clonazepam" << int(SectionKind::SideEffects);
        QTest::newRow("adverse") << "adverse effects of clonazepam"
                                 << "Clonazepam" << int(SectionKind::SideEffects);
        QTest::newRow("uses") << "pentazocine uses"
                              << "Pentazocine" << int(SectionKind::Usage);
        QTest::newRow("mechanism") << "clonazepam mechanism of action"
                                   << "Clonazepam" << int(SectionKind::HowItWorks);
        QTest::newRow("interactions") << "paracetamol interactions"
                                      << "Paracetamol" << int(SectionKind::Precautions);
        QTest::newRow("a question its FAQ answers") << "paracetamol alcohol"
                                                    << "Paracetamol" << int(SectionKind::Faqs);
        QTest::newRow("driving") << "clonazepam driving"
                                 << "Clonazepam" << int(SectionKind::Faqs);
        QTest::newRow("a question no section answers") << "pentazocine pregnancy"
                                                       << "Pentazocine" << int(SectionKind::Precautions);
        QTest::newRow("misspelled name") << "clonazepan dose"
                                         << "Clonazepam" << int(SectionKind::Dosage);
        QTest::newRow("other words") << "clonazepam panic attacks"
                                     << "Clonazepam" << int(SectionKind::Usage);
    }

    void aDrugAndATopicPutTheDrugFirstOnItsSection()
    {
        QFETCH(QString, query);
        QFETCH(QString, drug);
        QFETCH(int, section);
        const QList<SearchResult> results = search(query);
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().name, drug);
        QCOMPARE(results.first().match, MatchKind::Exact);
        QVERIFY(results.first().sectionKind);
        QCOMPARE(int(*results.first().sectionKind), section);
        QCOMPARE(names(results, MatchKind::Exact), QStringList{drug});
    }

    void theNamedDrugsCombinationsFollowIt()
    {
        const QList<SearchResult> results = search(QStringLiteral("paracetamol dose"));
        QCOMPARE(results.value(0).name, QStringLiteral("Paracetamol"));
        QCOMPARE(names(results, MatchKind::Ingredient),
                 (QStringList{QStringLiteral("Aceclofenac + Paracetamol"), QStringLiteral("Paracetamol + Caffeine")}));
        for (int i = 1; i < results.size(); ++i)
            QVERIFY2(results.at(i - 1).match <= results.at(i).match, "groups come in order");
        // The snippet shows what was asked.
        QVERIFY2(results.first().snippet.text.contains(QLatin1String("tablet")) || results.first().snippet.isEmpty(),
                 qPrintable(results.first().snippet.text));
    }

    void wordsThatNameNoDrugAreASearchOfTheText()
    {
        // No drug is named: a search of the text, as before.
        for (const char *text : {"drowsiness driving", "dry mouth", "pain dose"}) {
            const QList<SearchResult> results = search(QString::fromLatin1(text));
            QVERIFY2(names(results, MatchKind::Exact).isEmpty(), text);
        }
        // A misspelled name with words that are no topic is not taken for the drug.
        QVERIFY(names(search(QStringLiteral("clonazepan panic")), MatchKind::Exact).isEmpty());
    }

    // A word also finds its other forms in the text, the word as typed first.
    void aWordFindsItsOtherForms()
    {
        const QStringList pregnancy = names(search(QStringLiteral("pregnancy ")), MatchKind::FullText);
        QCOMPARE(pregnancy, (QStringList{QStringLiteral("Loperamidol"), QStringLiteral("Pregnavit")}));
        const QStringList pregnant = names(search(QStringLiteral("pregnant ")), MatchKind::FullText);
        QCOMPARE(pregnant, (QStringList{QStringLiteral("Pregnavit"), QStringLiteral("Loperamidol")}));
        // Amoxicillin + Clavulanic Acid writes "Diarrhoea".
        QVERIFY(names(search(QStringLiteral("diarrhea")), MatchKind::FullText)
                    .contains(QStringLiteral("Amoxicillin + Clavulanic Acid")));
        QVERIFY(names(search(QStringLiteral("headaches")), MatchKind::FullText).contains(QStringLiteral("Somnolex")));
        // The snippet marks the form the page has.
        const QList<SearchResult> results = search(QStringLiteral("pregnancy "));
        QVERIFY2(results.last().snippet.toHtml().contains(QLatin1String("<b>pregnant</b>")),
                 qPrintable(results.last().snippet.toHtml()));
    }

    void fullTextWithSectionAndSnippet()
    {
        const QList<SearchResult> results = search(QStringLiteral("drowsiness"));
        const QStringList found = names(results, MatchKind::FullText);
        QVERIFY(found.contains(QStringLiteral("Clonazepam")));
        QVERIFY(found.contains(QStringLiteral("Somnolex")));
        QCOMPARE(found.size(), 11);
        for (const SearchResult &result : results) {
            QVERIFY(result.sectionKind.has_value());
            QVERIFY2(result.snippet.toHtml().contains(QStringLiteral("<b>")), qPrintable(result.name));
            if (result.name == QLatin1String("Somnolex")) {
                QCOMPARE(*result.sectionKind, SectionKind::Usage);
                QCOMPARE(result.sectionHeading, QStringLiteral("Usage"));
                QCOMPARE(result.snippet.toHtml(), QStringLiteral("Treats daytime <b>drowsiness</b> in shift workers."));
            }
        }
        // The word being typed is completed.
        const QList<SearchResult> typing = search(QStringLiteral("drows"));
        QCOMPARE(names(typing, MatchKind::FullText).size(), 11);
        QVERIFY(typing.first().snippet.toHtml().contains(QStringLiteral("<b>Drowsiness</b>"))
                || typing.first().snippet.toHtml().contains(QStringLiteral("<b>drowsiness</b>")));
        // Whole words side by side rank first.
        const QList<SearchResult> phrase = search(QStringLiteral("dry mouth "));
        QVERIFY(phrase.size() >= 3);
        QVERIFY2(phrase.first().snippet.toHtml().contains(QStringLiteral("<b>Dry</b> <b>mouth</b>")),
                 qPrintable(phrase.first().snippet.text));
        QCOMPARE(phrase.last().name, QStringLiteral("Dermaquell"));
    }

    void snippetsAreEscaped()
    {
        const QList<SearchResult> results = search(QStringLiteral("rinse"));
        QCOMPARE(results.size(), 1);
        const QString html = results.first().snippet.toHtml();
        QVERIFY2(html.contains(QStringLiteral("&amp;")) && html.contains(QStringLiteral("&lt;")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("<b>swallow")), qPrintable(html));
        QVERIFY(html.startsWith(QStringLiteral("<b>Rinse</b>")));
    }

    void sectionFilters()
    {
        const QList<SearchResult> side = search(QStringLiteral("side:drowsiness"));
        QCOMPARE(side.size(), 10); // Clonazepam, Pentazocine and the eight Placebins
        for (const SearchResult &result : side) {
            QCOMPARE(result.match, MatchKind::FullText);
            QCOMPARE(result.sectionKind, std::optional<SectionKind>(SectionKind::SideEffects));
        }
        const QList<SearchResult> faqs = search(QStringLiteral("faqs:drowsiness"));
        QCOMPARE(names(faqs, MatchKind::FullText), QStringList{QStringLiteral("Clonazepam")});
        QCOMPARE(faqs.first().sectionKind, std::optional<SectionKind>(SectionKind::Faqs));
        QCOMPARE(names(search(QStringLiteral("usage:drowsiness")), MatchKind::FullText),
                 QStringList{QStringLiteral("Somnolex")});
        // A filter asks for text, not names.
        QVERIFY(names(search(QStringLiteral("side:paracetamol")), MatchKind::Exact).isEmpty());
        // The same filter from the API.
        SearchEngine::Hits hits = m_engine->search(SearchQuery::parse(QStringLiteral("alcohol"), SectionKind::Faqs));
        const QList<SearchResult> api = m_engine->results(hits, 0, 100);
        QCOMPARE(api.size(), 2);
        for (const SearchResult &result : api)
            QCOMPARE(result.sectionKind, std::optional<SectionKind>(SectionKind::Faqs));
    }

    void sideEffectFilterFindsTheOtherNamesOfASideEffect()
    {
        const QStringList hairLoss = names(search(QStringLiteral("side:hair loss")), MatchKind::FullText);
        QVERIFY2(hairLoss.contains(QStringLiteral("Xylocap Delta")), qPrintable(hairLoss.join(QLatin1Char(','))));
        QVERIFY(hairLoss.contains(QStringLiteral("Xylocap Epsilon")));
        QCOMPARE(hairLoss.size(), 5);
        const QStringList alopecia = names(search(QStringLiteral("side:Alopecia")), MatchKind::FullText);
        QVERIFY2(alopecia.contains(QStringLiteral("Xylocap Epsilon")), qPrintable(alopecia.join(QLatin1Char(','))));
        QCOMPARE(alopecia.size(), 5);
        // Without the filter, the same: a student's "alopecia" is a side effect.
        QCOMPARE(names(search(QStringLiteral("alopecia")), MatchKind::FullText).size(), 5);
    }

    // Quoted words are found only side by side, in order and as typed.
    void quotedWordsAreAPhrase()
    {
        // Dermaquell's usage says "dry, itchy skin … around the mouth".
        const QList<SearchResult> phrase = search(QStringLiteral("\"dry mouth\""));
        QCOMPARE(sorted(names(phrase, MatchKind::FullText)),
                 (QStringList{QStringLiteral("Pentazocine"), QStringLiteral("Rinsamol")}));
        for (const SearchResult &result : phrase) {
            QCOMPARE(result.sectionKind, std::optional<SectionKind>(SectionKind::SideEffects));
            QCOMPARE(result.snippet.marks.size(), 1);
            QVERIFY2(result.snippet.toHtml().contains(QLatin1String("<b>Dry mouth</b>")),
                     qPrintable(result.snippet.toHtml()));
        }
        QVERIFY(names(search(QStringLiteral("dry mouth")), MatchKind::FullText).contains(QStringLiteral("Dermaquell")));
        QVERIFY(names(search(QStringLiteral("\"mouth dry\"")), MatchKind::FullText).isEmpty());
        // Two quoted words are two words, each anywhere.
        QCOMPARE(names(search(QStringLiteral("\"dry\" \"mouth\"")), MatchKind::FullText).size(), 3);
        // A phrase and a word.
        QCOMPARE(names(search(QStringLiteral("\"dry mouth\" taste")), MatchKind::FullText),
                 QStringList{QStringLiteral("Rinsamol")});
        // As typed: Pregnavit says "pregnant", not "pregnancy".
        QCOMPARE(names(search(QStringLiteral("\"pregnancy\"")), MatchKind::FullText),
                 QStringList{QStringLiteral("Loperamidol")});
    }

    // The user is still typing: an unclosed quote runs to the end, and its
    // last word is completed as any word being typed is.
    void anUnclosedQuoteIsAPhraseBeingTyped()
    {
        const QStringList expected{QStringLiteral("Pentazocine"), QStringLiteral("Rinsamol")};
        for (const char *text : {"\"dry mouth", "\"dry mou", "\"Dry Mouth\u201D", "\"dry mouth \""}) {
            const QList<SearchResult> results = search(QString::fromUtf8(text));
            QCOMPARE(sorted(names(results, MatchKind::FullText)), expected);
            QVERIFY2(results.constFirst().snippet.toHtml().contains(QLatin1String("<b>Dry mouth</b>")),
                     qPrintable(results.constFirst().snippet.toHtml()));
        }
        // Too little of the last word to complete: the phrase so far.
        QCOMPARE(names(search(QStringLiteral("\"dry m")), MatchKind::FullText).size(), 3);
        QVERIFY(names(search(QStringLiteral("\"dry mouthwash")), MatchKind::FullText).isEmpty());
    }

    void aPhraseWithASectionFilter()
    {
        // As typed: Xylocap Delta lists only "Alopecia".
        const QStringList hairLoss = names(search(QStringLiteral("side: \"hair loss\"")), MatchKind::FullText);
        QCOMPARE(hairLoss.size(), 4);
        QVERIFY2(!hairLoss.contains(QStringLiteral("Xylocap Delta")), qPrintable(hairLoss.join(QLatin1Char(','))));
        for (const SearchResult &result : search(QStringLiteral("side:\"hair loss\""))) {
            QCOMPARE(result.sectionKind, std::optional<SectionKind>(SectionKind::SideEffects));
            QCOMPARE(result.snippet.marks.size(), 1);
        }
        // "Common side effects include: Nausea, Rash": the words of the
        // section apart are no phrase; side by side they are.
        QCOMPARE(names(search(QStringLiteral("side: include rash")), MatchKind::FullText).size(), 2);
        QVERIFY(names(search(QStringLiteral("side: \"include rash\"")), MatchKind::FullText).isEmpty());
        QCOMPARE(names(search(QStringLiteral("side: \"nausea rash\"")), MatchKind::FullText),
                 QStringList{QStringLiteral("Paracetamol")});
        // The phrase must be in the section filtered on.
        QVERIFY(names(search(QStringLiteral("usage: \"dry mouth\"")), MatchKind::FullText).isEmpty());
    }

    void emptyQuotesAndPunctuationAreHarmless()
    {
        const int drowsiness = int(search(QStringLiteral("drowsiness")).size());
        for (const char *text : {"\"\" drowsiness", "drowsiness \"\"", "\"!?\" drowsiness", "\"drowsiness\"",
                                 "\"drowsiness", "drowsiness \"", "\"\"drowsiness\"\""})
            QCOMPARE(search(QString::fromUtf8(text)).size(), drowsiness);
        for (const char *text : {"\"", "\"\"", "\"\"\"", "\" \"", "\"*\"", "\"\" \"\"", "side:\"\""})
            QVERIFY2(search(QString::fromUtf8(text)).isEmpty(), text);
    }

    // A query that names a side effect lists the drugs that list it under
    // Side Effects before those whose other sections mention it.
    void aSideEffectListsTheDrugsThatListItFirst()
    {
        // Somnolex's Usage says it treats drowsiness; it does not list it.
        const QStringList drowsiness = names(search(QStringLiteral("drowsiness")), MatchKind::FullText);
        QVERIFY2(drowsiness.size() >= 3, qPrintable(drowsiness.join(QLatin1Char(','))));
        QCOMPARE(drowsiness.last(), QStringLiteral("Somnolex"));
        // Pregnavit's Usage says "constipation" twice; Loperamidol lists it once.
        QCOMPARE(names(search(QStringLiteral("constipation")), MatchKind::FullText),
                 (QStringList{QStringLiteral("Loperamidol"), QStringLiteral("Pregnavit")}));
    }

    void resultsArePaged()
    {
        SearchEngine::Hits hits = m_engine->search(SearchQuery::parse(QStringLiteral("drowsiness")));
        QCOMPARE(hits.hits.size(), 11);
        const QList<SearchResult> all = m_engine->results(hits, 0, 100);
        QList<SearchResult> paged;
        for (int from = 0; from < hits.hits.size(); from += 4)
            paged += m_engine->results(hits, from, 4);
        QCOMPARE(paged.size(), all.size());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(paged.at(i).drugId, all.at(i).drugId);
        QVERIFY(m_engine->results(hits, 50, 10).isEmpty());
        QVERIFY(m_engine->results(hits, -5, 0).isEmpty());
    }

    void vocabularyMissingIsReadFromTheIndex()
    {
        const QString copy = m_dir.filePath(QStringLiteral("no-vocabulary.sqlite"));
        QVERIFY(QFile::copy(m_database, copy));
        {
            const auto writable = ContentDatabase::open(copy, ContentDatabase::Mode::ReadWrite, nullptr);
            QVERIFY(writable);
            sqliteExecute(connectionOf(*writable), "DELETE FROM search_term");
        }
        const auto content = ContentDatabase::open(copy, ContentDatabase::Mode::ReadOnly, nullptr);
        QVERIFY(content);
        SearchEngine engine(*content);
        QCOMPARE(engine.search(SearchQuery::parse(QStringLiteral("drowsiness"))).hits.size(), 11);
    }

    void wordsSideBySideAreCountedOrRead()
    {
        // "abdominal pain" is a side effect's name: the import counts its
        // words side by side. "abdominal pains" is no name, so where those
        // two stand together the page is read: Easamol, whose words stand
        // side by side, comes before Crampazole, which has them apart, more
        // often.
        QTemporaryDir dir;
        const QString path = searchtesting::buildFixtureDatabase(
            dir, {searchtesting::fixture(QStringLiteral("Listamol"), QStringLiteral("Treats fever."),
                                         {QStringLiteral("Abdominal pain")}),
                  searchtesting::fixture(QStringLiteral("Easamol"), QStringLiteral("Eases abdominal pains."),
                                         {QStringLiteral("Nausea")}),
                  searchtesting::fixture(QStringLiteral("Crampazole"),
                                         QStringLiteral("Eases abdominal cramps, abdominal bloating and pains."),
                                         {QStringLiteral("Nausea")})});
        QVERIFY(!path.isEmpty());
        const auto content = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, nullptr);
        QVERIFY(content);
        QVERIFY(content->phrasePostings({QStringLiteral("abdominal"), QStringLiteral("pain")}));
        QVERIFY(!content->phrasePostings({QStringLiteral("abdominal"), QStringLiteral("pains")}));
        SearchEngine engine(*content);
        engine.setMostPositionReads(std::numeric_limits<int>::max());
        SearchEngine::Hits hits = engine.search(SearchQuery::parse(QStringLiteral("abdominal pain")));
        QVERIFY(engine.lastRunUsedPostings());
        QCOMPARE(names(engine.results(hits, 0, 10), MatchKind::FullText),
                 QStringList({QStringLiteral("Listamol"), QStringLiteral("Easamol"), QStringLiteral("Crampazole")}));
    }

    void hostileQueriesAreJustText()
    {
        for (const QString &text : searchtesting::hostileQueries()) {
            const SearchQuery query = SearchQuery::parse(text);
            SearchEngine::Hits hits;
            try {
                hits = m_engine->search(query);
                m_engine->results(hits, 0, 50);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("%1: %2").arg(text.left(40), QString::fromUtf8(e.what()))));
            }
        }
        // Operators are separators, and quotes make a phrase: the words inside still count.
        QCOMPARE(search(QStringLiteral("\"drowsiness\"")).size(), 11);
        QCOMPARE(search(QStringLiteral("NEAR(drowsiness, 2)")).size(), 0);
        QCOMPARE(m_content->drugCount(), int(searchtesting::fixturePages().size()));
    }

    void commandPrintsResults()
    {
        QProcess process;
        process.start(QStringLiteral(FORMULARY_BINARY),
                      {QStringLiteral("search"), QStringLiteral("paracetamol"), QStringLiteral("--db"), m_database,
                       QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject document = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(document.value(QStringLiteral("total")).toInt(), int(search(QStringLiteral("paracetamol")).size()));
        const QJsonArray results = document.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("group")).toString(), QStringLiteral("exact"));
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Paracetamol"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("group")).toString(), QStringLiteral("ingredient"));

        process.start(QStringLiteral(FORMULARY_BINARY), {QStringLiteral("search"), QStringLiteral("side:drowsiness"),
                                                         QStringLiteral("--db"), m_database});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.startsWith(QStringLiteral(
                     "fulltext    Clonazepam — Side Effects: Common side effects include: **Drowsiness**")),
                 qPrintable(text));

        process.start(QStringLiteral(FORMULARY_BINARY),
                      {QStringLiteral("search"), QStringLiteral("zzzzqqq"), QStringLiteral("--db"), m_database});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1); // nothing found

        // Suggestions alone are printed, but are no match.
        const QList<SearchResult> suggested = search(QStringLiteral("clonazepan"));
        QVERIFY(!suggested.isEmpty());
        QVERIFY(std::all_of(suggested.cbegin(), suggested.cend(),
                            [](const SearchResult &result) { return result.match == MatchKind::Suggestion; }));
        process.start(QStringLiteral(FORMULARY_BINARY),
                      {QStringLiteral("search"), QStringLiteral("clonazepan"), QStringLiteral("--db"), m_database});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(
            QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("Clonazepam  (did you mean?)")));
        QCOMPARE(process.exitCode(), 1);

        for (const QStringList &usage :
             {QStringList{QStringLiteral("search")}, QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                                 QStringLiteral("--limit"), QStringLiteral("-3")}}) {
            process.start(QStringLiteral(FORMULARY_BINARY), usage + QStringList{QStringLiteral("--db"), m_database});
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 2);
        }
    }

    void commandSearchesAPhrase()
    {
        QProcess process;
        // The shell's words are joined: this is side: "dry mouth".
        process.start(QStringLiteral(FORMULARY_BINARY),
                      {QStringLiteral("search"), QStringLiteral("side:"), QStringLiteral("\"dry"),
                       QStringLiteral("mouth\""), QStringLiteral("--db"), m_database});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines)
            QVERIFY2(line.endsWith(QLatin1String("**Dry mouth**")) || line.contains(QLatin1String("**Dry mouth** ")),
                     qPrintable(line));

        process.start(QStringLiteral(FORMULARY_BINARY),
                      {QStringLiteral("search"), QStringLiteral("\"mouth dry\""), QStringLiteral("--db"), m_database});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1); // nothing found
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
