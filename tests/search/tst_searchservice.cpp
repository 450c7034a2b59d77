// Search off the UI thread: the service delivers only the newest query's
// results, and the model over it grows page by page and passes
// QAbstractItemModelTester.
#include "search/searchresultsmodel.h"
#include "search/searchservice.h"
#include "tst_search_fixture.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSignalSpy>
#include <QtTest>

using namespace formulary;

class TestSearchService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = searchtesting::buildFixtureDatabase(m_dir);
        QVERIFY(!m_database.isEmpty());
    }

    void deliversResultsOffTheCallingThread()
    {
        SearchService service(m_database);
        QSignalSpy finished(&service, &SearchService::searchFinished);
        QThread *worker = nullptr;
        service.setBeforeSearch([&worker](const SearchQuery &) { worker = QThread::currentThread(); });
        const quint64 generation = service.search(SearchQuery::parse(QStringLiteral("paracetamol")), 2);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toULongLong(), generation);
        const SearchPage page = finished.at(0).at(1).value<SearchPage>();
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.results.size(), 2);
        QVERIFY(page.total > 2);
        QCOMPARE(page.results.first().name, QStringLiteral("Paracetamol"));
        QVERIFY(worker && worker != QThread::currentThread());

        QSignalSpy fetched(&service, &SearchService::resultsFetched);
        service.fetch(generation, 2, 100);
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.at(0).at(1).toInt(), 2);
        QCOMPARE(fetched.at(0).at(2).value<QList<SearchResult>>().size(), page.total - 2);
    }

    void slowQuerySupersededByFastOneDeliversOnlyTheFastOne()
    {
        SearchService service(m_database);
        QSignalSpy finished(&service, &SearchService::searchFinished);
        // The first query stalls on the worker until the second one has been asked for.
        QSemaphore slowStarted, fastAsked;
        service.setBeforeSearch([&](const SearchQuery &query) {
            if (query.text == QLatin1String("drowsiness")) {
                slowStarted.release();
                fastAsked.acquire();
            }
        });
        const quint64 slow = service.search(SearchQuery::parse(QStringLiteral("drowsiness")));
        QVERIFY(slowStarted.tryAcquire(1, 10000));
        const quint64 fast = service.search(SearchQuery::parse(QStringLiteral("clav")));
        QVERIFY(fast != slow);
        fastAsked.release();

        QVERIFY(finished.wait(10000));
        QTest::qWait(200); // time for a stale delivery to show up, were there one
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toULongLong(), fast);
        const SearchPage page = finished.at(0).at(1).value<SearchPage>();
        QCOMPARE(page.text, QStringLiteral("clav"));
        QCOMPARE(page.results.size(), 1);
        QCOMPARE(page.results.first().name, QStringLiteral("Amoxicillin + Clavulanic Acid"));
    }

    void burstOfKeystrokesDeliversTheLast()
    {
        SearchService service(m_database);
        QSignalSpy finished(&service, &SearchService::searchFinished);
        quint64 last = 0;
        const QString typed = QStringLiteral("placebin alpha");
        for (int i = 1; i <= typed.size(); ++i)
            last = service.search(SearchQuery::parse(typed.left(i)));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().at(0).toULongLong() == last, 10000);
        QTest::qWait(100);
        QCOMPARE(finished.last().at(0).toULongLong(), last);
        for (const QList<QVariant> &arguments : std::as_const(finished))
            QVERIFY(arguments.at(0).toULongLong() <= last);
        const SearchPage page = finished.last().at(1).value<SearchPage>();
        QCOMPARE(page.results.value(0).name, QStringLiteral("Placebin Alpha"));
        QCOMPARE(page.results.value(0).match, MatchKind::Exact);
    }

    void missingDatabaseIsAnError()
    {
        SearchService service(m_dir.filePath(QStringLiteral("nothing-here.sqlite")));
        QSignalSpy finished(&service, &SearchService::searchFinished);
        service.search(SearchQuery::parse(QStringLiteral("rash")));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(1).value<SearchPage>().error.isEmpty());
    }

    void modelGrowsPageByPage()
    {
        SearchService service(m_database);
        SearchResultsModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(4);
        QSignalSpy finished(&model, &SearchResultsModel::searchFinished);

        model.setQuery(QStringLiteral("drowsiness"));
        QVERIFY(model.isSearching());
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.totalCount(), 11);
        QCOMPARE(model.rowCount(), 4);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int round = 0; round < 10 && model.rowCount() < model.totalCount(); ++round) {
            const int before = model.rowCount();
            if (model.canFetchMore(QModelIndex())) {
                model.fetchMore(QModelIndex());
                QVERIFY(!model.canFetchMore(QModelIndex())); // one page at a time
            }
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before, 10000);
            QVERIFY(model.rowCount() - before <= 4);
        }
        QCOMPARE(model.rowCount(), 11);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(!inserted.isEmpty());

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(SearchResultsModel::MatchKindNameRole).toString(), QStringLiteral("fulltext"));
        QCOMPARE(first.data(SearchResultsModel::MatchKindRole).toInt(), int(MatchKind::FullText));
        QVERIFY(!first.data(SearchResultsModel::SlugRole).toString().isEmpty());
        QVERIFY(first.data(SearchResultsModel::DrugIdRole).toLongLong() > 0);
        QVERIFY(first.data(SearchResultsModel::SnippetRole).toString().contains(QStringLiteral("<b>")));
        QVERIFY(!first.data(SearchResultsModel::SectionKindRole).toString().isEmpty());
        QVERIFY(!first.data(SearchResultsModel::SectionHeadingRole).toString().isEmpty());
        QCOMPARE(first.data(Qt::DisplayRole), first.data(SearchResultsModel::NameRole));
        QVERIFY(model.roleNames().value(SearchResultsModel::SnippetRole) == "snippet");

        // A suggestion says so.
        model.setQuery(QStringLiteral("clonazepan"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.index(0).data(SearchResultsModel::NameRole).toString(), QStringLiteral("Clonazepam"));
        QVERIFY(model.index(0).data(SearchResultsModel::IsSuggestionRole).toBool());
        QCOMPARE(model.index(0).data(SearchResultsModel::MatchKindNameRole).toString(), QStringLiteral("suggestion"));

        // The filter from the API.
        model.setSectionFilter(SectionKind::Faqs);
        model.setQuery(QStringLiteral("drowsiness"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(SearchResultsModel::SectionKindRole).toString(), QStringLiteral("faqs"));
        model.setSectionFilter(std::nullopt);

        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(!model.isSearching());
    }

    void modelIgnoresResultsOfOlderQueries()
    {
        SearchService service(m_database);
        SearchResultsModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SearchResultsModel::searchFinished);
        model.setQuery(QStringLiteral("drowsiness"));
        model.setQuery(QStringLiteral("paracetamol + caffeine"));
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Paracetamol + Caffeine"));
        QCOMPARE(model.index(0).data(SearchResultsModel::MatchKindNameRole).toString(), QStringLiteral("exact"));
    }

    void reopeningTheDatabaseSearchesAgain()
    {
        SearchService service(m_database);
        SearchResultsModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SearchResultsModel::searchFinished);
        model.setQuery(QStringLiteral("clav"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1);

        // An import replaced the file: the same query runs on the new one.
        QTemporaryDir other;
        const QString replacement = searchtesting::buildFixtureDatabase(other);
        QVERIFY(!replacement.isEmpty());
        service.setDatabasePath(replacement);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Amoxicillin + Clavulanic Acid"));
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
