// Search over an import of the shared corpus of real pages: the examples
// the browser is meant for, checked against what the database's own titles
// and text say. Skipped when the corpus folder is absent.
#include "import/importer.h"
#include "parse/sectionkind.h"
#include "search/searchengine.h"
#include "search/searchtext.h"
#include "store/contentdatabase.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sqlitestatement.h"
#include "tst_search_fixture.h"

#include <QSet>
#include <QtTest>

using namespace formulary;

class TestSearchCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContentDatabase> m_content;
    std::unique_ptr<SearchEngine> m_engine;
    QStringList m_titles;

    QList<SearchResult> search(const QString &text, int count = 100000)
    {
        SearchEngine::Hits hits = m_engine->search(SearchQuery::parse(text));
        return m_engine->results(hits, 0, count);
    }

    static QStringList namesOf(const QList<SearchResult> &results, std::initializer_list<MatchKind> kinds)
    {
        QStringList names;
        for (const SearchResult &result : results) {
            if (std::find(kinds.begin(), kinds.end(), result.match) != kinds.end())
                names.append(result.name);
        }
        return names;
    }

private slots:
    void initTestCase()
    {
        const QString corpus = QString::fromUtf8(FORMULARY_CORPUS_DIR);
        if (!QFileInfo(corpus).isDir())
            QSKIP("no corpus folder; set FORMULARY_CORPUS_DIR at configure time to run these tests");
        const QString database = m_dir.filePath(QStringLiteral("corpus.sqlite"));
        const ImportReport report = Importer::run({corpus, database, false});
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QString error;
        m_content = ContentDatabase::open(database, ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(m_content, qPrintable(error));
        m_engine = std::make_unique<SearchEngine>(*m_content);
        SqliteStatement titles(connectionOf(*m_content), "SELECT title FROM drug");
        while (titles.step())
            m_titles.append(titles.columnText(0));
        QVERIFY(m_titles.size() > 1000);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_content.reset();
    }

    // For every drug of one ingredient with a section of the kind asked
    // for, "NAME topic" puts that drug first, opened on that section.
    void aDrugAndATopicFindTheDrugFirst_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("kind");
        QTest::newRow("dose") << "dose"
                              << "dosage";
        QTest::newRow("side effects") << "side effects"
                                      << "side-effects";
        QTest::newRow("how it works") << "how it works"
                                      << "how-it-works";
    }

    void aDrugAndATopicFindTheDrugFirst()
    {
        QFETCH(QString, topic);
        QFETCH(QString, kind);
        SqliteStatement drugs(connectionOf(*m_content),
                              "SELECT d.title FROM drug d WHERE d.title NOT LIKE '%+%' AND EXISTS "
                              "(SELECT 1 FROM section s WHERE s.drug_id = d.id AND s.kind = ?1) ORDER BY d.title");
        drugs.bind(1, kind);
        int asked = 0, first = 0;
        QStringList missed;
        while (drugs.step()) {
            const QString title = drugs.columnText(0);
            const QList<SearchResult> results = search(title + QLatin1Char(' ') + topic, 1);
            ++asked;
            if (!results.isEmpty() && results.first().name == title && results.first().sectionKind
                && sectionKindName(*results.first().sectionKind) == kind)
                ++first;
            else if (missed.size() < 10)
                missed.append(title + QStringLiteral(" → ")
                              + (results.isEmpty() ? QStringLiteral("nothing") : results.first().name));
        }
        QVERIFY(asked > 500);
        qInfo("%s: %d of %d drugs first, on their section (%.1f%%)", qPrintable(topic), first, asked,
              100.0 * first / asked);
        QVERIFY2(first * 100 >= asked * 99, qPrintable(missed.join(QLatin1Char('\n'))));
    }

    void groupsComeInOrderAndNoDrugTwice_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"clav", "paracetamol", "amox", "a", "clonazepan", "side:drowsiness", "dry mouth",
                                 "hypert", "caffeine", "vitamin d", "insulin", "alcohol", "metformin + voglibose"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void groupsComeInOrderAndNoDrugTwice()
    {
        QFETCH(QString, text);
        const QList<SearchResult> results = search(text);
        QVERIFY(!results.isEmpty());
        QSet<qint64> seen;
        for (int i = 0; i < results.size(); ++i) {
            if (i > 0)
                QVERIFY2(results.at(i - 1).match <= results.at(i).match, qPrintable(results.at(i).name));
            QVERIFY2(!seen.contains(results.at(i).drugId), qPrintable(results.at(i).name));
            seen.insert(results.at(i).drugId);
            QVERIFY(!results.at(i).name.isEmpty());
        }
    }

    void prefixOfAnyWord()
    {
        const QList<SearchResult> results = search(QStringLiteral("clav"));
        const QStringList prefix = namesOf(results, {MatchKind::Prefix});
        QVERIFY(prefix.contains(QStringLiteral("Amoxicillin + Clavulanic acid")));
        for (const QString &name : prefix) {
            const QStringList words = searchtext::words(name);
            QVERIFY2(std::any_of(words.cbegin(), words.cend(),
                                 [](const QString &w) { return w.startsWith(QLatin1String("clav")); }),
                     qPrintable(name));
        }
        // Every name with such a word is there.
        int expected = 0;
        for (const QString &title : std::as_const(m_titles)) {
            const QStringList words = searchtext::words(title);
            expected += std::any_of(words.cbegin(), words.cend(),
                                    [](const QString &w) { return w.startsWith(QLatin1String("clav")); });
        }
        QCOMPARE(prefix.size(), expected);
    }

    void everyCombinationWithAnIngredient()
    {
        const QList<SearchResult> results = search(QStringLiteral("paracetamol"));
        const QStringList ingredient = namesOf(results, {MatchKind::Ingredient});
        const QStringList byName = namesOf(results, {MatchKind::Exact, MatchKind::Prefix, MatchKind::Ingredient});
        int combinations = 0;
        for (const QString &title : std::as_const(m_titles)) {
            const QStringList parts = title.split(QLatin1Char('+'));
            if (parts.size() < 2 || !searchtext::words(title).contains(QLatin1String("paracetamol")))
                continue;
            ++combinations;
            QVERIFY2(byName.contains(title), qPrintable(title));
            for (const QString &part : parts) {
                if (searchtext::words(part) == QStringList{QStringLiteral("paracetamol")})
                    QVERIFY2(ingredient.contains(title), qPrintable(title));
            }
        }
        QVERIFY(combinations > 50);
        QCOMPARE(ingredient.size(), combinations);
    }

    void didYouMean()
    {
        const QList<SearchResult> results = search(QStringLiteral("clonazepan"));
        QCOMPARE(results.value(0).name, QStringLiteral("Clonazepam"));
        QCOMPARE(results.value(0).match, MatchKind::Suggestion);
        QVERIFY(namesOf(results, {MatchKind::Exact, MatchKind::Prefix, MatchKind::Ingredient}).isEmpty());

        // Among equally near names, those that start with the word, shortest first.
        const QList<SearchResult> metformin = search(QStringLiteral("metformn"));
        QCOMPARE(metformin.value(0).name, QStringLiteral("Metformin + Benfotiamine"));
        QCOMPARE(metformin.value(0).match, MatchKind::Suggestion);
        QCOMPARE(search(QStringLiteral("ibuprofn")).value(0).name, QStringLiteral("Ibuprofen"));
        QCOMPARE(search(QStringLiteral("asprin")).value(0).name, QStringLiteral("Aspirin"));

        // Not silently another drug.
        for (const SearchResult &result : search(QStringLiteral("tazocin")))
            QVERIFY2(result.match == MatchKind::Suggestion || result.match == MatchKind::FullText,
                     qPrintable(result.name));
        QVERIFY(namesOf(search(QStringLiteral("tazocin")), {MatchKind::Exact, MatchKind::Prefix, MatchKind::Ingredient})
                    .isEmpty());
    }

    void sectionFilter()
    {
        const QList<SearchResult> results = search(QStringLiteral("side:drowsiness"));
        QVERIFY(results.size() > 100);
        for (const SearchResult &result : results) {
            QCOMPARE(result.match, MatchKind::FullText);
            QCOMPARE(result.sectionKind, std::optional<SectionKind>(SectionKind::SideEffects));
        }
        for (const SearchResult &result : search(QStringLiteral("faqs:alcohol"), 50)) {
            QCOMPARE(result.sectionKind, std::optional<SectionKind>(SectionKind::Faqs));
            QVERIFY2(result.snippet.toHtml().contains(QStringLiteral("<b>"), Qt::CaseInsensitive),
                     qPrintable(result.name));
        }
    }

    void snippetsMarkTheWords()
    {
        const QList<SearchResult> results = search(QStringLiteral("blurred vision "), 20);
        QCOMPARE(results.size(), 20);
        for (const SearchResult &result : results) {
            const QString html = result.snippet.toHtml().toLower();
            QVERIFY2(html.contains(QStringLiteral("<b>blurred</b>")) && html.contains(QStringLiteral("<b>vision</b>")),
                     qPrintable(html));
            QVERIFY(result.snippet.text.size() < 200);
        }
        // A word still being typed is completed: "hypert" finds hypertension.
        const QList<SearchResult> typing = search(QStringLiteral("hypert"), 20);
        QVERIFY(!typing.isEmpty());
        QVERIFY(typing.first().snippet.toHtml().toLower().contains(QStringLiteral("<b>hypert")));
    }

    // A query ranked from the stored postings (and, for several words, the
    // positions of its best matches) gets the same rows, in the same order,
    // opened on the same section, with the same total, as FTS5's walk of
    // every match scored from its instances: on the words most drugs have
    // and pairs of them, words being typed, side effects with their other
    // names and section filters. Phrases walk FTS5 either way.
    void postingsRankExactlyAsTheWalkOfEveryMatch()
    {
        SearchEngine fromPostings(*m_content);
        // However many matches of several words must be read for their
        // positions: on this small library the walk is usually the cheaper way.
        fromPostings.setMostPositionReads(std::numeric_limits<int>::max());
        SearchEngine walking(*m_content);
        walking.setUsePostings(false);
        QStringList frequent;
        SqliteStatement words(connectionOf(*m_content),
                              "SELECT term FROM search_term WHERE length(term) > 3 ORDER BY docs DESC LIMIT 40");
        while (words.step())
            frequent.append(words.columnText(0));
        QStringList queries = frequent;
        for (int i = 0; i + 7 < frequent.size(); i += 3)
            queries.append(frequent.at(i) + QLatin1Char(' ') + frequent.at(i + 7));
        queries += {QStringLiteral("nausea"),       QStringLiteral("naus"),
                    QStringLiteral("drowsiness"),   QStringLiteral("hair loss"),
                    QStringLiteral("side:rash"),    QStringLiteral("pregnancy"),
                    QStringLiteral("dose"),         QStringLiteral("kidney dose"),
                    QStringLiteral("liver damage"), QStringLiteral("dry mouth"),
                    QStringLiteral("faqs:alcohol"), QStringLiteral("headache dizz"),
                    QStringLiteral("side effects"), QStringLiteral("blood pressure"),
                    QStringLiteral("dos"),          QStringLiteral("side:naus"),
                    QStringLiteral("alopecia"),     QStringLiteral("\"nausea\""),
                    QStringLiteral("diarrhoea"),    QStringLiteral("preg")};
        // Side effects of one word whose other names are phrases, which the
        // import counts as such.
        SqliteStatement named(connectionOf(*m_content),
                              "SELECT variant FROM side_effect_synonym WHERE instr(term, ' ') > 0"
                              " AND instr(variant, ' ') = 0 UNION SELECT term FROM side_effect_synonym"
                              " WHERE instr(variant, ' ') > 0 AND instr(term, ' ') = 0 LIMIT 12");
        int phraseNamed = 0;
        while (named.step()) {
            queries += {named.columnText(0), QStringLiteral("side:") + named.columnText(0)};
            ++phraseNamed;
        }
        QVERIFY2(phraseNamed >= 5, "the corpus has side effects of one word named by phrases too");
        queries += {QStringLiteral("\"side effects\""), QStringLiteral("\"blood pressure\""),
                    QStringLiteral("\"hair loss\""), QStringLiteral("\"side eff"),
                    QStringLiteral("side:\"dry mouth\"")};
        int oneWord = 0, oneWordFromPostings = 0, severalWords = 0, severalFromPostings = 0;
        for (const QString &text : std::as_const(queries)) {
            const SearchQuery query = SearchQuery::parse(text);
            SearchEngine::Hits ranked = fromPostings.search(query, {}, 20);
            const bool usedPostings = fromPostings.lastRunUsedPostings();
            if (query.parts.size() == 1 && query.parts.constFirst().words.size() == 1) {
                ++oneWord;
                oneWordFromPostings += usedPostings ? 1 : 0;
            } else if (!text.contains(QLatin1Char('"'))) {
                ++severalWords;
                severalFromPostings += usedPostings ? 1 : 0;
            }
            const SearchEngine::Hits all = walking.search(query, {}, 0);
            QVERIFY(!walking.lastRunUsedPostings());
            QCOMPARE(ranked.total, all.total);
            QCOMPARE(all.hits.size(), all.total);
            QVERIFY2(ranked.hits.size() >= std::min(all.total, ranked.nameCount + 20), qPrintable(text));
            for (qsizetype i = 0; i < ranked.hits.size(); ++i) {
                QVERIFY2(ranked.hits.at(i).drugId == all.hits.at(i).drugId,
                         qPrintable(QStringLiteral("%1: row %2 differs").arg(text).arg(i)));
                QVERIFY2(ranked.hits.at(i).column == all.hits.at(i).column,
                         qPrintable(QStringLiteral("%1: row %2 opens elsewhere").arg(text).arg(i)));
            }
            // Rows past the ranked ones are ranked before they are shown.
            const int first = int(ranked.hits.size());
            const QList<SearchResult> deeper = fromPostings.results(ranked, first, 30);
            QCOMPARE(deeper.size(), std::min<qsizetype>(30, all.hits.size() - first));
            for (qsizetype i = 0; i < deeper.size(); ++i)
                QVERIFY2(deeper.at(i).drugId == all.hits.at(first + i).drugId,
                         qPrintable(QStringLiteral("%1: row %2 differs").arg(text).arg(first + i)));
        }
        // Every query of one word is ranked from the postings, and most of
        // several words.
        QVERIFY2(oneWordFromPostings == oneWord,
                 qPrintable(QStringLiteral("%1 of %2").arg(oneWordFromPostings).arg(oneWord)));
        QVERIFY2(severalFromPostings * 10 >= severalWords * 7,
                 qPrintable(QStringLiteral("%1 of %2").arg(severalFromPostings).arg(severalWords)));
    }

    void sideEffectNamesRankWithoutReadingPages()
    {
        // The import counts the pairs of words of side effects' names: a
        // search for a name of several words knows where they stand side
        // by side from those counts, and reads no page for positions.
        SearchEngine unread(*m_content);
        unread.setMostPositionReads(0);
        SearchEngine walking(*m_content);
        walking.setUsePostings(false);
        SqliteStatement names(connectionOf(*m_content),
                              "SELECT key FROM side_effect_term WHERE instr(key, ' ') > 0 AND key NOT IN"
                              " (SELECT term FROM side_effect_synonym UNION SELECT variant FROM side_effect_synonym)"
                              " ORDER BY drugs DESC LIMIT 30");
        int queries = 0, fromPostings = 0;
        while (names.step()) {
            const QString text = names.columnText(0);
            const SearchQuery query = SearchQuery::parse(text);
            SearchEngine::Hits ranked = unread.search(query, {}, 20);
            ++queries;
            fromPostings += unread.lastRunUsedPostings() ? 1 : 0;
            const SearchEngine::Hits all = walking.search(query, {}, 0);
            QCOMPARE(ranked.total, all.total);
            for (qsizetype i = 0; i < ranked.hits.size(); ++i) {
                QVERIFY2(ranked.hits.at(i).drugId == all.hits.at(i).drugId,
                         qPrintable(QStringLiteral("%1: row %2 differs").arg(text).arg(i)));
                QVERIFY2(ranked.hits.at(i).column == all.hits.at(i).column,
                         qPrintable(QStringLiteral("%1: row %2 opens elsewhere").arg(text).arg(i)));
            }
        }
        QVERIFY2(queries >= 20, "the corpus names side effects in several words");
        // A name whose words have other forms in the text ("abdominal pains"
        // for "abdominal pain") is read where those forms share a column:
        // those pairs are not names.
        QVERIFY2(fromPostings * 2 >= queries, qPrintable(QStringLiteral("%1 of %2").arg(fromPostings).arg(queries)));
    }

    void hostileQueries()
    {
        const int drugs = m_content->drugCount();
        for (const QString &text : searchtesting::hostileQueries()) {
            try {
                SearchEngine::Hits hits = m_engine->search(SearchQuery::parse(text));
                m_engine->results(hits, 0, 50);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("%1: %2").arg(text.left(40), QString::fromUtf8(e.what()))));
            }
        }
        QCOMPARE(m_content->drugCount(), drugs);
    }
};

QTEST_GUILESS_MAIN(TestSearchCorpus)
#include "tst_searchcorpus.moc"
