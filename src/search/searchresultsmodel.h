#pragma once

#include "parse/monograph.h"
#include "search/searchresult.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

#include <optional>

namespace formulary {

class SearchService;

// The results of the text in the search box, as a list that grows on
// demand: a query delivers its first page, and canFetchMore()/fetchMore()
// ask the service for the next. Queries run on the service's thread; the
// model keeps its rows until the newest query's results arrive, and never
// shows an older query's.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        SlugRole,
        DrugIdRole,
        MatchKindRole,      // int: MatchKind
        MatchKindNameRole,  // "exact", "prefix", "ingredient", "suggestion", "fulltext"
        SectionKindRole,    // "side-effects", …; empty for name matches
        SectionHeadingRole, // as written on the page
        SnippetRole,        // HTML: escaped text, matched words in <b>…</b>
        IsSuggestionRole,   // bool: "did you mean", not a match
        // The page's file, for a row whose name another drug among the
        // results shares ("Clonazepam" and "Clonazepam ."); else empty.
        TwinSourceRole,
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(SearchService *service, QObject *parent = nullptr);

    // Searches for `text` (filters such as "side:" included); empty text
    // clears the list.
    void setQuery(const QString &text);
    QString query() const { return m_text; }
    // Limits the full-text part to one kind of section, as "side:" does.
    void setSectionFilter(std::optional<SectionKind> section);
    std::optional<SectionKind> sectionFilter() const { return m_section; }
    void setPageSize(int rows);
    // The number of results of the current query, loaded or not.
    int totalCount() const { return m_total; }
    // The side effect the query names, if it names one.
    QString sideEffectTerm() const { return m_sideEffectTerm; }
    // Whether the latest query's results have arrived.
    bool isSearching() const { return m_pending != 0; }
    const SearchResult &result(int row) const { return m_results.at(row); }

    // Names as compared to find twins: case, spacing and trailing
    // punctuation aside.
    static QString comparableName(const QString &name);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The latest query's first page arrived (also when it failed: `error`),
    // or the query was cleared.
    void searchFinished(int total, const QString &error);

private:
    void countNames(const QList<SearchResult> &results);
    void start();
    void onSearchFinished(quint64 generation, const SearchPage &page);
    void onResultsFetched(quint64 generation, int from, const QList<SearchResult> &results);

    QPointer<SearchService> m_service;
    QString m_text;
    std::optional<SectionKind> m_section;
    int m_pageSize = 50;
    quint64 m_generation = 0; // of the rows shown
    quint64 m_pending = 0;    // of the query awaited
    bool m_fetching = false;
    int m_total = 0;
    QString m_sideEffectTerm;
    QList<SearchResult> m_results;
    QHash<QString, int> m_namesSeen; // comparable name -> rows with it
};

} // namespace formulary
