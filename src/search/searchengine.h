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
    // Full-text matches ranked, exactly, by search(): a window's first
    // page. results() ranks further when a view asks for rows past them.
    static constexpr int DefaultRanked = 50;

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
        int total = 0;     // the rows in all: hits.size() once every match is ranked
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

    // The names, then the best `ranked` full-text matches (every match when
    // `ranked` <= 0), and how many there are in all. A cancelled search
    // returns what it had with `cancelled` set.
    Hits search(const SearchQuery &query, const Cancelled &cancelled = {}, int ranked = DefaultRanked);
    // Rows [from, from + count) of `hits`, with names, sections and snippets;
    // the full-text matches not ranked yet are ranked first when the rows
    // reach them. Throws StorageError.
    QList<SearchResult> results(Hits &hits, int from, int count, const Cancelled &cancelled = {});

    // The two parts on their own, as search() runs them (for the benchmark).
    QList<Hit> searchNames(const SearchQuery &query) const;
    // Leaves out the drugs that `names` matched (suggestions aside); sets
    // `total` to the number of matches it did not leave out.
    QList<Hit> searchFullText(const SearchQuery &query, const QList<Hit> &names, int ranked, int *total,
                              const Cancelled &cancelled = {}, SnippetTerms *terms = nullptr,
                              QString *sideEffectTerm = nullptr);

    const NameIndex &names() const { return m_names; }
    // See SearchFullText::setUsePostings(), setMostPositionReads() and
    // lastRunUsedPostings().
    void setUsePostings(bool use) { m_fullText->setUsePostings(use); }
    void setMostPositionReads(int reads) { m_fullText->setMostPositionReads(reads); }
    bool lastRunUsedPostings() const { return m_fullText->lastRunUsedPostings(); }

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
    bool m_severalSources = false; // results then name their folder
};

} // namespace formulary
