#pragma once

#include "search/searchquery.h"
#include "search/snippet.h"
#include "store/fulltextindex.h"
#include "store/fulltextquery.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace formulary {

class ContentDatabase;
class SearchVocabulary;

// The full-text part of a search over drug_fts. A plain MATCH … ORDER BY
// bm25 scores every matching drug before it can return the best few, and
// on common words that is most drugs; here the first `candidates` matches
// are scored by a ranking function of our own (column weights, word weights
// from the vocabulary, a bonus for words side by side) and ranked in memory.
// Snippets are not made here: only for the rows shown (see SearchEngine).
class SearchFullText
{
public:
    // What a query becomes: an FTS5 expression built only from quoted
    // words, and the weights the ranking function reads.
    struct Plan
    {
        QByteArray match;   // empty: nothing can match
        QByteArray phrases; // per phrase of `match`: its word and weight, for the ranking function
        SnippetTerms terms;
        // The words name a side effect the pages list: drugs that list it
        // under Side Effects come before drugs whose text merely mentions it.
        bool sideEffect = false;
        QString sideEffectTerm; // its name in the side-effect index, when it is one
    };
    struct Hit
    {
        qint64 drugId = 0;
        double score = 0;
        fulltextindex::Column column = fulltextindex::Title; // where most of the query was found
    };

    // Prepares the query on `database`, which must outlive this.
    SearchFullText(const ContentDatabase &database, const SearchVocabulary &vocabulary);

    Plan plan(const SearchQuery &query) const;
    // Best first; `exclude` drops drugs already listed by name before they
    // take a candidate's place. Throws StorageError (isInterrupted() when
    // `cancelled` said so).
    QList<Hit> run(const Plan &plan, int candidates, const std::function<bool(qint64)> &exclude,
                   const std::function<bool()> &cancelled);

private:
    // The first `candidates` matches of `match`, best first.
    QList<Hit> rank(const QByteArray &match, const QByteArray &phrases, int candidates,
                    const std::function<bool(qint64)> &exclude, const std::function<bool()> &cancelled);

    const ContentDatabase &m_database;
    const SearchVocabulary &m_vocabulary;
    FullTextQuery m_query;
};

} // namespace formulary
