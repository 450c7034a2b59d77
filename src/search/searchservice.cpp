#include "search/searchservice.h"

#include "search/searchengine.h"
#include "store/contentdatabase.h"
#include "store/storageerror.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>

namespace formulary {

struct SearchService::Shared
{
    std::atomic<quint64> latest{0};
    QMutex hookMutex;
    std::function<void(const SearchQuery &)> beforeSearch;
};

// Lives on the worker thread: the connection, the engine and the latest
// query's hits are only ever touched there.
class SearchWorker : public QObject
{
public:
    SearchWorker(SearchService *service, std::shared_ptr<SearchService::Shared> shared)
        : m_service(service)
        , m_shared(std::move(shared))
    { }

    void open(const QString &path)
    {
        m_hits = {};
        m_hitsGeneration = 0;
        m_engine.reset();
        m_database.reset();
        m_error.clear();
        m_path = path;
        m_database = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &m_error);
        if (!m_database)
            return;
        try {
            m_engine = std::make_unique<SearchEngine>(*m_database);
        } catch (const StorageError &e) {
            m_error = QStringLiteral("%1: %2").arg(path, e.message());
            m_database.reset();
        }
    }

    void search(quint64 generation, const SearchQuery &query, int count)
    {
        if (isStale(generation))
            return; // a newer query is queued behind this one
        {
            QMutexLocker locker(&m_shared->hookMutex);
            const auto hook = m_shared->beforeSearch;
            locker.unlock();
            if (hook)
                hook(query);
        }
        const auto cancelled = [this, generation] { return isStale(generation); };
        SearchPage page;
        page.text = query.text;
        if (!m_engine) {
            page.error = m_error;
        } else {
            try {
                SearchEngine::Hits hits = m_engine->search(query, cancelled);
                if (hits.cancelled || cancelled())
                    return;
                page.total = hits.total;
                page.sideEffectTerm = hits.sideEffectTerm;
                page.results = m_engine->results(hits, 0, count, cancelled);
                m_hits = std::move(hits);
                m_hitsGeneration = generation;
            } catch (const StorageError &e) {
                if (cancelled())
                    return;
                page.error = e.text();
            }
        }
        if (cancelled())
            return;
        QMetaObject::invokeMethod(
            m_service, [service = m_service, generation, page] { service->deliverPage(generation, page); },
            Qt::QueuedConnection);
    }

    void fetch(quint64 generation, int from, int count)
    {
        if (isStale(generation) || generation != m_hitsGeneration || !m_engine)
            return;
        const auto cancelled = [this, generation] { return isStale(generation); };
        QList<SearchResult> results;
        try {
            results = m_engine->results(m_hits, from, count, cancelled);
        } catch (const StorageError &) {
            results.clear(); // a view asks again; an unreadable row ends the list
        }
        if (cancelled())
            return;
        QMetaObject::invokeMethod(
            m_service,
            [service = m_service, generation, from, results] { service->deliverResults(generation, from, results); },
            Qt::QueuedConnection);
    }

private:
    bool isStale(quint64 generation) const { return m_shared->latest.load() != generation; }

    SearchService *m_service;
    std::shared_ptr<SearchService::Shared> m_shared;
    QString m_path;
    QString m_error;
    std::unique_ptr<ContentDatabase> m_database; // outlives the engine, which uses its connection
    std::unique_ptr<SearchEngine> m_engine;
    SearchEngine::Hits m_hits;
    quint64 m_hitsGeneration = 0;
};

SearchService::SearchService(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<SearchPage>();
    qRegisterMetaType<QList<SearchResult>>();
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker = new SearchWorker(this, m_shared);
    m_worker->moveToThread(&m_thread);
    // The worker closes its connection on its own thread, after the last query.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // Load the names while the user is still looking at the empty box.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, databasePath] { worker->open(databasePath); }, Qt::QueuedConnection);
}

SearchService::~SearchService()
{
    ++m_shared->latest; // interrupts a running query
    m_thread.quit();
    m_thread.wait();
}

void SearchService::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    ++m_shared->latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->open(path); }, Qt::QueuedConnection);
    emit databaseChanged();
}

quint64 SearchService::search(const SearchQuery &query, int firstPage)
{
    const quint64 generation = ++m_shared->latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, query, firstPage] { worker->search(generation, query, firstPage); },
        Qt::QueuedConnection);
    return generation;
}

void SearchService::fetch(quint64 generation, int from, int count)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, from, count] { worker->fetch(generation, from, count); },
        Qt::QueuedConnection);
}

void SearchService::cancel()
{
    ++m_shared->latest;
}

quint64 SearchService::latestGeneration() const
{
    return m_shared->latest.load();
}

void SearchService::setBeforeSearch(std::function<void(const SearchQuery &)> hook)
{
    QMutexLocker locker(&m_shared->hookMutex);
    m_shared->beforeSearch = std::move(hook);
}

void SearchService::deliverPage(quint64 generation, const SearchPage &page)
{
    if (generation == m_shared->latest.load())
        emit searchFinished(generation, page);
}

void SearchService::deliverResults(quint64 generation, int from, const QList<SearchResult> &results)
{
    if (generation == m_shared->latest.load())
        emit resultsFetched(generation, from, results);
}

} // namespace formulary
