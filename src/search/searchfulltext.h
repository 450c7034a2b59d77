#pragma once

#include "search/ranking.h"
#include "search/searchquery.h"
#include "search/snippet.h"
#include "store/fulltextindex.h"
#include "store/fulltextquery.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <vector>

namespace formulary {

class ContentDatabase;
class SearchVocabulary;

// The full-text part of a search over drug_fts: the best matches under the
// ranking function (ranking.h), exactly, and how many drugs match in all.
// Scoring every match of a common word costs five times the time a
// keystroke may take at 100,000 drugs, so the best few are found from the
// lists of each frequent word's drugs of highest impact that an import
// stores (store/termimpact.h), and only those drugs are scored: one walk of
// the matches scores them and counts the rest. It is exact when no drug left
// unscored can outscore the last one wanted (a threshold algorithm; see
// docs/search.md), else every match is scored. Snippets are not made here:
// only for the rows shown (see SearchEngine).
class SearchFullText
{
public:
    // What a query becomes: an FTS5 expression built only from quoted
    // words and phrases of them, and what the ranking function and the
    // impact lists read.
    struct Plan
    {
        QByteArray match; // empty: nothing can match
        std::vector<ranking::Phrase> phrases;
        int words = 0;
        // Per query word, the words of the text that stand for it, with
        // their drug counts; a quoted phrase, or another name of a side
        // effect (for the first word), stands for it by its rarest word.
        QList<QList<QPair<QString, int>>> forms;
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
    struct Ranking
    {
        QList<Hit> hits; // best first: at least the number wanted, or every match
        int total = 0;   // matching drugs, those excluded aside
        bool complete() const { return hits.size() >= total; }
    };
    // Queries that can match at most this many drugs score them all.
    static constexpr int DefaultScoreAllUpTo = 2000;

    // Prepares the query on `database`, which must outlive this.
    SearchFullText(const ContentDatabase &database, const SearchVocabulary &vocabulary);

    Plan plan(const SearchQuery &query) const;
    // The best `wanted` matches (every match when `wanted` <= 0); `exclude`
    // drops drugs already listed by name. Throws StorageError
    // (isInterrupted() when `cancelled` said so).
    Ranking run(const Plan &plan, int wanted, const std::function<bool(qint64)> &exclude,
                const std::function<bool()> &cancelled);

    // For tests and the benchmark: use the impact lists from this many
    // possible matches on (the default: DefaultScoreAllUpTo), or never.
    void setScoreAllUpTo(int matches) { m_scoreAllUpTo = matches; }
    // How the last run() ranked: from the lists, or by scoring every match.
    bool lastRunUsedLists() const { return m_lastRunUsedLists; }

private:
    // Walks every match: counts those not excluded and scores those that
    // m_scored admits (all when it is null), best first.
    Ranking walk(const Plan &plan, const std::function<bool(qint64)> &exclude, const std::function<bool()> &cancelled);
    // The lists' way; nothing when they cannot prove the best `wanted`.
    std::optional<Ranking> rankFromLists(const Plan &plan, int wanted, const std::function<bool(qint64)> &exclude,
                                         const std::function<bool()> &cancelled);
    qint64 scoreRow(const FullTextQuery::Row &row) const;

    const ContentDatabase &m_database;
    const SearchVocabulary &m_vocabulary;
    FullTextQuery m_query;
    ranking::Scoring m_scoring;
    const std::vector<qint64> *m_scored = nullptr; // sorted; null: every match
    int m_scoreAllUpTo = DefaultScoreAllUpTo;
    bool m_lastRunUsedLists = false;
};

} // namespace formulary
