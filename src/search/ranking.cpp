#include "search/ranking.h"

#include "store/termimpact.h"

#include <algorithm>
#include <cmath>

namespace formulary::ranking {

using fulltextindex::ColumnCount;

double idf(int documents, int drugs)
{
    return std::log(1.0 + (drugs - documents + 0.5) / (documents + 0.5));
}

Score score(const FullTextQuery::Row &row, const Scoring &scoring)
{
    const int phrases = row.phraseCount();
    if (phrases <= 0 || phrases != scoring.phraseCount || phrases > MaxPhrases)
        return {};
    const int instances = row.instanceCount();
    double frequency[MaxWords][ColumnCount] = {};
    float wordIdf[MaxWords] = {};
    bool asTyped[MaxWords] = {};
    bool otherNameListed = false;
    int adjacent[ColumnCount] = {};
    int lastColumn = -1, lastEnd = -2, lastWord = -2;
    for (int i = 0; i < instances; ++i) {
        FullTextQuery::Instance instance;
        if (!row.instance(i, &instance))
            break;
        const int phrase = instance.phrase, column = instance.column, offset = instance.offset;
        if (phrase < 0 || phrase >= phrases || column < 0 || column >= ColumnCount)
            continue;
        const Phrase &p = scoring.phrases[phrase];
        const int word = std::clamp(int(p.word), 0, MaxWords - 1);
        frequency[word][column] += p.weight;
        asTyped[word] = asTyped[word] || p.weight >= 1.0f;
        wordIdf[word] = std::max(wordIdf[word], p.idf);
        otherNameListed = otherNameListed || (p.otherName && column == fulltextindex::SideEffects);
        // Instances come in text order: the query's words side by side,
        // as in "dry mouth", are worth more than the same words apart. A
        // phrase of several words is followed where its last word is.
        if (column == lastColumn && offset == lastEnd && word == lastWord + 1)
            ++adjacent[column];
        lastColumn = column;
        lastEnd = offset + std::max(int(p.length), 1);
        lastWord = word;
    }

    Score result;
    double columnScores[ColumnCount] = {};
    int bestCovered = -1;
    double bestScore = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        const double weight = termimpact::ColumnWeights[size_t(column)];
        double score = 0;
        int covered = 0;
        for (int word = 0; word < MaxWords; ++word) {
            const double f = frequency[word][column];
            if (f <= 0)
                continue;
            ++covered;
            score += wordIdf[word] * weight * termimpact::saturated(f);
        }
        score += std::min(adjacent[column], MaxAdjacencyBonuses) * AdjacencyBonus * weight;
        columnScores[column] = score;
        result.value += score;
        if (covered > bestCovered || (covered == bestCovered && score > bestScore)) {
            bestCovered = covered;
            bestScore = score;
            result.column = column;
        }
    }
    const double typedTier = ExactWordTier * double(std::count(std::begin(asTyped), std::end(asTyped), true));
    result.value += typedTier;
    if (scoring.listing) {
        const int words = std::clamp(scoring.words, 1, MaxWords);
        bool allListed = true;
        for (int word = 0; word < words; ++word)
            allListed = allListed && frequency[word][fulltextindex::SideEffects] > 0;
        // A drug that lists the side effect ranks by its Side Effects
        // section alone, which is also where its snippet comes from: a
        // Usage that says it treats the symptom is not what was asked.
        if (allListed || otherNameListed) {
            result.value = ListingTier + typedTier + columnScores[fulltextindex::SideEffects];
            result.column = fulltextindex::SideEffects;
        }
    }
    return result;
}

double bound(const Scoring &scoring, const double *impacts)
{
    const int words = std::clamp(scoring.words, 0, MaxWords);
    float wordIdf[MaxWords] = {};
    bool typedForm[MaxWords] = {}; // a word being typed may have no whole word as typed
    for (int i = 0; i < scoring.phraseCount; ++i) {
        const Phrase &p = scoring.phrases[i];
        const int word = std::clamp(int(p.word), 0, MaxWords - 1);
        wordIdf[word] = std::max(wordIdf[word], p.idf);
        typedForm[word] = typedForm[word] || p.weight >= 1.0f;
    }
    double value = ExactWordTier * double(std::count(typedForm, typedForm + words, true))
                   + (scoring.listing ? ListingTier : 0);
    double all = 0, afterFirst = 0;
    for (int word = 0; word < words; ++word) {
        value += wordIdf[word] * impacts[word];
        all += impacts[word];
        if (word > 0)
            afterFirst += impacts[word];
    }
    // Words side by side in a column need two words there, the second not
    // the first; and a word found once in a column has at least the
    // column's weight as impact. So the bonuses' columns weigh at most half
    // the words' impacts, and at most the impacts of all words but the first.
    if (words > 1)
        value += MaxAdjacencyBonuses * AdjacencyBonus * std::min(all / 2, afterFirst);
    return value;
}

} // namespace formulary::ranking
