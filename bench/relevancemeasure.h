#pragma once

#include <QList>
#include <QString>

namespace formulary {

class ContentDatabase;

// Search relevance on the pages of one content database, judged by queries
// built from the pages themselves, beside a plain FTS5 bm25 baseline over
// (title, body) built from the same pages in the same run:
//
//  - "NAME topic" for every drug of one ingredient with a section of that
//    kind ("dose" → Dosage, …): the drug must come first, opened on it;
//  - a distinctive phrase (the four words of a section whose words are
//    rarest in the index, side by side): its page must be in the top 3;
//  - the commonest words: the top 50 must be those of scoring every match.
struct RelevanceFigures
{
    struct Set
    {
        QString name;
        int queries = 0;
        int first = 0;         // the page asked for ranked first (success@1)
        int topThree = 0;      // in the first three
        int onSection = 0;     // first and opened on the section asked for
        double reciprocal = 0; // sum of 1/rank within the first ten (MRR@10 × queries)
        int baselineFirst = 0;
        int baselineTopThree = 0;
        double baselineReciprocal = 0;

        double successAt1() const { return queries ? double(first) / queries : 0; }
        double successAt3() const { return queries ? double(topThree) / queries : 0; }
        double mrr() const { return queries ? reciprocal / queries : 0; }
        double baselineSuccessAt1() const { return queries ? double(baselineFirst) / queries : 0; }
        double baselineSuccessAt3() const { return queries ? double(baselineTopThree) / queries : 0; }
        double baselineMrr() const { return queries ? baselineReciprocal / queries : 0; }
    };
    QList<Set> sets;
    int frequentWords = 0;
    int frequentWordsExact = 0; // top 50 and total equal to scoring every match
    QString error;              // the baseline could not be built
};

// At most `perSet` queries of each kind, taken at even steps through the drugs.
RelevanceFigures measureRelevance(const ContentDatabase &database, int perSet);
// One line per set, as bench/relevance prints them.
QString describe(const RelevanceFigures &figures);

} // namespace formulary
