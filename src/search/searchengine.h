#pragma once

#include "search/nameindex.h"
#include "search/queryintent.h"
#include "search/searchfulltext.h"
#include "search/searchquery.h"
#include "search/searchresult.h"
#include "store/searchvocabulary.h"

#include <QList>

#include <functional>
#include <memory>

namespace formulary {

class ContentDatabase;

// Search over one content database connection, synchronously: names from
// the in-memory NameIndex, then section text from the full-text index.
// Not thread-safe: a thread that searches owns its engine and connection
// (SearchService runs one on a worker thread).
class SearchEngine
{
public:
    // Full-text matches ranked per query; more are not looked at.
    static constexpr int DefaultCandidates = 2000;

    struct Hit
    {
        qint64 drugId = 0;
        MatchKind match = MatchKind::Exact;
        fulltextindex::Column column = fulltextindex::Title; // full-text hits: where they matched
    };
    // A query's ranked hits, without names or snippets: those are made only
    // for the rows asked for (results()).
    struct Hits
    {
        SearchQuery query;
        QList<Hit> hits;
        int nameCount = 0; // the name groups come first
        SnippetTerms terms;
        bool cancelled = false;
        // "clonazepam dose": the drug named comes first, on the section asked for.
        std::optional<QueryIntent> intent;
        QString sideEffectTerm; // the words name this side effect of the index
    };
    using Cancelled = std::function<bool()>;

    // Loads the names and the vocabulary; throws StorageError. The
    // database must outlive the engine.
    explicit SearchEngine(const ContentDatabase &database);
    ~SearchEngine();

    // A cancelled search returns what it had with `cancelled` set.
    Hits search(const SearchQuery &query, const Cancelled &cancelled = {});
    // Rows [from, from + count) of `hits`, with names, sections and snippets.
    // Throws StorageError.
    QList<SearchResult> results(const Hits &hits, int from, int count, const Cancelled &cancelled = {});

    // The two parts on their own, as search() runs them (for the benchmark).
    QList<Hit> searchNames(const SearchQuery &query) const;
    // Leaves out the drugs that `names` matched (suggestions aside).
    QList<Hit> searchFullText(const SearchQuery &query, const QList<Hit> &names, const Cancelled &cancelled = {},
                              SnippetTerms *terms = nullptr, QString *sideEffectTerm = nullptr);

    void setCandidates(int candidates) { m_candidates = candidates; }
    const NameIndex &names() const { return m_names; }

private:
    SearchResult fullTextResult(const Hit &hit, const SnippetTerms &terms);
    // The drug a query names and what it asks of it, then the combinations
    // that contain that drug.
    QList<Hit> intentHits(const QueryIntent &intent) const;
    SearchResult askedResult(const Hit &hit, const QueryIntent &intent, const SnippetTerms &terms);

    const ContentDatabase &m_database;
    NameIndex m_names;
    SearchVocabulary m_vocabulary;
    std::unique_ptr<SearchFullText> m_fullText;
    int m_candidates = DefaultCandidates;
};

} // namespace formulary
