#pragma once

#include "search/searchquery.h"
#include "search/searchresult.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace formulary {

class SearchWorker;

// Runs searches on a worker thread with its own read-only connection, so
// that typing never waits for a query. Each search() supersedes the ones
// before it: a query still running is interrupted, one still queued is
// skipped, and results that arrive late are dropped, so only the latest
// query's results are ever delivered. Because of that, a service serves one
// search box (one SearchResultsModel).
class SearchService : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(const QString &databasePath, QObject *parent = nullptr);
    ~SearchService() override;

    QString databasePath() const { return m_databasePath; }
    // Reads another database, or the same file again after an import
    // replaced it. Drops the current search.
    void setDatabasePath(const QString &path);

    // Starts a search and returns its generation; searchFinished answers
    // with its first `firstPage` results, unless a newer search came first.
    quint64 search(const SearchQuery &query, int firstPage = 50);
    // More results of the latest search; resultsFetched answers.
    void fetch(quint64 generation, int from, int count);
    // Drops the current search.
    void cancel();
    quint64 latestGeneration() const;

    // Runs on the worker thread before each search starts: lets tests make
    // a query slow.
    void setBeforeSearch(std::function<void(const SearchQuery &)> hook);

signals:
    // setDatabasePath() was called: what was found before may be gone.
    void databaseChanged();
    void searchFinished(quint64 generation, const formulary::SearchPage &page);
    void resultsFetched(quint64 generation, int from, const QList<formulary::SearchResult> &results);

private:
    friend class SearchWorker;
    struct Shared;

    void deliverPage(quint64 generation, const SearchPage &page);
    void deliverResults(quint64 generation, int from, const QList<SearchResult> &results);

    QString m_databasePath;
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
};

} // namespace formulary
