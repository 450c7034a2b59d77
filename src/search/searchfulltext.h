#pragma once

#include "search/ranking.h"
#include "search/searchquery.h"
#include "search/snippet.h"
#include "store/fulltextindex.h"
#include "store/fulltextquery.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace formulary {

class ContentDatabase;
class SearchVocabulary;

// The full-text part of a search over drug_fts: the best matches under the
// ranking function (ranking.h), exactly, and how many drugs match in all.
// Every match is scored, from the postings an import stores where it can
// (store/termpostings.h), since FTS5's walk of a common word's matches
// costs more than a keystroke may take at 100,000 drugs: one word (in any
// of its forms, with a side effect's other names, which the import counts
// as phrases) from its counts alone; several words from bounds on their
// counts, the best then read for positions. Quoted phrases, and queries
// whose bounds would need too many reads, walk FTS5's matches. See
// docs/search.md. Snippets are not made here: only for the rows shown (see
// SearchEngine).
class SearchFullText
{
public:
    // What a query becomes: an FTS5 expression built only from quoted
    // words and phrases of them, and what the ranking function and the
    // postings read.
    struct Plan
    {
        QByteArray match; // empty: nothing can match
        std::vector<ranking::Phrase> phrases;
        QList<QStringList> phraseWords; // each phrase's words, in the phrases' order
        int words = 0;
        // Per query word, the words of the text that stand for it, with
        // their drug counts; a quoted phrase, or another name of a side
        // effect (for the first word), stands for it by its rarest word.
        QList<QList<QPair<QString, int>>> forms;
        SnippetTerms terms;
        // The words name a side effect the pages list: drugs that list it
        // under Side Effects come before drugs whose text merely mentions it.
        bool sideEffect = false;
        QString sideEffectTerm;                      // its name in the side-effect index, when it is one
        std::optional<fulltextindex::Column> column; // the one column searched, if limited
    };
    struct Hit
    {
        qint64 drugId = 0;
        double score = 0;
        fulltextindex::Column column = fulltextindex::Title; // where most of the query was found
    };
    struct Ranking
    {
        QList<Hit> hits; // best first: at least the number wanted, or every match
        int total = 0;   // matching drugs, those excluded aside
    };
    // Prepares the query on `database`, which must outlive this.
    SearchFullText(const ContentDatabase &database, const SearchVocabulary &vocabulary);

    Plan plan(const SearchQuery &query) const;
    // The best `wanted` matches (every match when `wanted` <= 0); `exclude`
    // drops drugs already listed by name. Throws StorageError
    // (isInterrupted() when `cancelled` said so).
    Ranking run(const Plan &plan, int wanted, const std::function<bool(qint64)> &exclude,
                const std::function<bool()> &cancelled);

    // For tests and the benchmark: rank from the postings when the query
    // allows (the default), or always walk FTS5's matches.
    void setUsePostings(bool use) { m_usePostings = use; }
    // For tests: read the positions of this many matches of several words
    // at most before walking every match instead; -1 (the default): as many
    // as cost what the walk would.
    void setMostPositionReads(int reads) { m_mostPositionReads = reads; }
    // How the last run() ranked: from the postings, or by FTS5's walk.
    bool lastRunUsedPostings() const { return m_lastRunUsedPostings; }

private:
    // Walks every match with FTS5: counts those not excluded and scores
    // them, best first.
    Ranking walk(const Plan &plan, const std::function<bool(qint64)> &exclude, const std::function<bool()> &cancelled);
    // Whether a query is scored alike from counts alone: one word, no
    // phrase of several.
    static bool rankableFromPostings(const Plan &plan);
    // Nothing when the walk is the cheaper way (see bestByPositions).
    std::optional<Ranking> rankFromPostings(const Plan &plan, int wanted, const std::function<bool(qint64)> &exclude,
                                            const std::function<bool()> &cancelled);
    struct Cursor;
    struct Merged;
    // The drugs [from, to) of a merge, and how it scores them.
    struct MergeRange
    {
        const ranking::Scoring *scoring = nullptr;
        int wanted = 0;
        quint32 onlyColumns = ~0u; // bit per column searched
        qint64 from = 0, to = 0;
        // Whether the cursors include pairs of words side by side (see
        // rankFromPostings); those of the pairs not counted, by the indexes
        // of their words' cursors.
        bool sideBySideCounted = false;
        const std::vector<std::pair<int, int>> *uncountedPairs = nullptr;
    };
    // Merges the lists of the phrases (one cursor each, unread) over the
    // drugs of `range`. Reads nothing but the cursors and `exclude`, so the
    // halves of a long merge run on two threads.
    Merged merge(std::vector<Cursor> cursors, const MergeRange &range, const std::function<bool(qint64)> &exclude,
                 const std::function<bool()> &cancelled) const;
    // A match of several words, scored from its counts.
    struct Candidate
    {
        qint64 drugId = 0;
        qint64 bound = 0;    // packed score with the most words side by side the counts allow
        qint64 exact = -1;   // packed score, when the bound is it
        quint32 columns = 0; // a bit per column that holds a word: the others hold none
    };
    // The best `wanted` of them, scored from their positions in the order
    // of their bounds, until no bound left can pass the last of the best;
    // nothing when that takes more than `mostReads` of them.
    std::optional<QList<Hit>> bestByPositions(const Plan &plan, std::vector<Candidate> &candidates, int wanted,
                                              int mostReads);
    qint64 scoreRow(const FullTextQuery::Row &row) const;

    const ContentDatabase &m_database;
    const SearchVocabulary &m_vocabulary;
    FullTextQuery m_query;
    ranking::Scoring m_scoring;
    bool m_usePostings = true;
    int m_mostPositionReads = -1;
    bool m_lastRunUsedPostings = false;
};

} // namespace formulary
