#include "search/ranking.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace formulary::ranking {

using fulltextindex::ColumnCount;

namespace {

// `frequency` mentions (weighted) of a word in a column, saturated.
double saturated(double frequency)
{
    return frequency * (Saturation + 1) / (frequency + Saturation);
}

// The sum of ColumnWeights over each set of columns, a bit per column.
constexpr std::array<double, 1u << ColumnCount> columnWeightSums()
{
    std::array<double, 1u << ColumnCount> sums{};
    for (quint32 columns = 1; columns < sums.size(); ++columns) {
        const quint32 lowest = columns & (~columns + 1);
        int column = 0;
        while (!(lowest & (1u << column)))
            ++column;
        sums[columns] = sums[columns & ~lowest] + ColumnWeights[size_t(column)];
    }
    return sums;
}
constexpr std::array<double, 1u << ColumnCount> ColumnWeightSums = columnWeightSums();

int wordOf(const Phrase &phrase)
{
    return std::clamp(int(phrase.word), 0, MaxWords - 1);
}

} // namespace

double idf(int documents, int drugs)
{
    return std::log(1.0 + (drugs - documents + 0.5) / (documents + 0.5));
}

Tally::Tally(const Scoring &scoring)
    : m_scoring(scoring)
    , m_words(0)
{
    // Only the rows of the query's words are cleared for each drug: a walk
    // of 100,000 drugs would otherwise clear a kilobyte per drug.
    for (int i = 0; i < scoring.phraseCount; ++i)
        m_words = std::max(m_words, wordOf(scoring.phrases[i]) + 1);
    m_words = std::max(m_words, std::clamp(scoring.words, 0, MaxWords));
    clear();
}

void Tally::clear()
{
    std::memset(m_frequency, 0, sizeof m_frequency[0] * size_t(m_words));
    std::memset(m_wordIdf, 0, sizeof m_wordIdf[0] * size_t(m_words));
    std::memset(m_asTyped, 0, sizeof m_asTyped[0] * size_t(m_words));
    std::memset(m_mentions, 0, sizeof m_mentions[0] * size_t(m_words));
    std::memset(m_wordColumns, 0, sizeof m_wordColumns[0] * size_t(m_words));
    std::memset(m_adjacent, 0, sizeof m_adjacent);
    m_otherNameListed = false;
    m_columns = 0;
    m_present = 0;
    m_lastColumn = -1;
    m_lastEnd = -2;
    m_lastWord = -2;
}

void Tally::add(const Phrase &phrase, int column, quint32 count)
{
    if (count == 0 || column < 0 || column >= ColumnCount)
        return;
    const int word = wordOf(phrase);
    // The weights are floats: their sums and multiples are exact in a
    // double, so a count adds what as many instances would, in any order.
    m_frequency[word][column] += double(phrase.weight) * count;
    m_mentions[word][column] += count;
    m_asTyped[word] = m_asTyped[word] || phrase.weight >= 1.0f;
    m_wordIdf[word] = std::max(m_wordIdf[word], phrase.idf);
    m_otherNameListed = m_otherNameListed || (phrase.otherName && column == fulltextindex::SideEffects);
    m_columns |= 1u << column;
    m_present |= 1u << word;
    m_wordColumns[word] |= 1u << column;
}

void Tally::addInstance(const Phrase &phrase, int column, int offset)
{
    if (column < 0 || column >= ColumnCount)
        return;
    add(phrase, column, 1);
    // Instances come in text order: the query's words side by side, as in
    // "dry mouth", are worth more than the same words apart. A phrase of
    // several words is followed where its last word is.
    const int word = wordOf(phrase);
    if (column == m_lastColumn && offset == m_lastEnd && word == m_lastWord + 1)
        ++m_adjacent[column];
    m_lastColumn = column;
    m_lastEnd = offset + std::max(int(phrase.length), 1);
    m_lastWord = word;
}

void Tally::addSideBySide(int column, quint32 count)
{
    if (column >= 0 && column < ColumnCount)
        m_adjacent[column] = int(std::min<quint64>(quint64(m_adjacent[column]) + count, MaxAdjacencyBonuses));
}

bool Tally::hasEveryWord() const
{
    const int words = std::clamp(m_scoring.words, 1, m_words);
    const quint32 every = (1u << words) - 1;
    return (m_present & every) == every;
}

bool Tally::assumeMostAdjacent()
{
    bool any = false;
    // Each pair side by side takes a mention of a word after the first, and
    // one of a word before the last.
    for (int column = 0; column < ColumnCount; ++column) {
        if (!(m_columns & (1u << column)))
            continue;
        quint64 notFirst = 0, notLast = 0;
        for (int word = 0; word < m_words; ++word) {
            if (word > 0)
                notFirst += m_mentions[word][column];
            if (word + 1 < m_words)
                notLast += m_mentions[word][column];
        }
        m_adjacent[column] = int(std::min<quint64>({notFirst, notLast, quint64(MaxAdjacencyBonuses)}));
        any = any || m_adjacent[column] > 0;
    }
    return any;
}

Score Tally::score() const
{
    return scoreWith(m_adjacent, nullptr);
}

Tally::Bounds Tally::bounds() const
{
    Bounds bounds;
    bounds.most = scoreWith(m_adjacent, &bounds.apart);
    return bounds;
}

double Tally::ceiling() const
{
    // As assumeMostAdjacent() counts: a pair side by side needs a word
    // after the first and one before the last in the column.
    quint32 notFirst = 0, notLast = 0;
    double words = 0, sideEffectWords = 0;
    int typed = 0;
    for (int word = 0; word < m_words; ++word) {
        const quint32 columns = m_wordColumns[word];
        if (word > 0)
            notFirst |= columns;
        if (word + 1 < m_words)
            notLast |= columns;
        const double most = m_wordIdf[word] * (Saturation + 1);
        words += most * ColumnWeightSums[columns];
        if (columns & (1u << fulltextindex::SideEffects))
            sideEffectWords += most * ColumnWeights[fulltextindex::SideEffects];
        typed += m_asTyped[word] ? 1 : 0;
    }
    const quint32 sideBySide = notFirst & notLast;
    const double bonus = MaxAdjacencyBonuses * AdjacencyBonus;
    const double typedTier = ExactWordTier * typed;
    // A drug that may list the side effect is bounded by its listing score
    // too, which reads the Side Effects section alone.
    double listing = 0;
    if (m_scoring.listing && (m_columns & (1u << fulltextindex::SideEffects))) {
        listing = ListingTier + typedTier + sideEffectWords;
        if (sideBySide & (1u << fulltextindex::SideEffects))
            listing += bonus * ColumnWeights[fulltextindex::SideEffects];
    }
    return std::max(typedTier + words + bonus * ColumnWeightSums[sideBySide], listing);
}

namespace {

// A score summed column by column, with the column that covers most words.
struct ColumnSum
{
    Score result;
    double columnScores[ColumnCount] = {};
    int bestCovered = -1;
    double bestScore = -1;

    void add(int column, double score, int covered)
    {
        columnScores[column] = score;
        result.value += score;
        if (covered > bestCovered || (covered == bestCovered && score > bestScore)) {
            bestCovered = covered;
            bestScore = score;
            result.column = column;
        }
    }
    Score finish(double typedTier, bool listed) const
    {
        Score score = result;
        score.value += typedTier;
        // A drug that lists the side effect ranks by its Side Effects
        // section alone, which is also where its snippet comes from: a
        // Usage that says it treats the symptom is not what was asked.
        if (listed) {
            score.value = ListingTier + typedTier + columnScores[fulltextindex::SideEffects];
            score.column = fulltextindex::SideEffects;
        }
        return score;
    }
};

} // namespace

Score Tally::scoreWith(const int (&adjacent)[ColumnCount], Score *apart) const
{
    ColumnSum with, without;
    // Only the columns mentioned: the others add nothing (x + 0.0 is x) and
    // cover no word, so the result is that of every column.
    for (int column = 0; column < ColumnCount; ++column) {
        if (!(m_columns & (1u << column)))
            continue;
        const double weight = ColumnWeights[size_t(column)];
        double score = 0;
        int covered = 0;
        for (int word = 0; word < m_words; ++word) {
            const double f = m_frequency[word][column];
            if (f <= 0)
                continue;
            ++covered;
            score += m_wordIdf[word] * weight * saturated(f);
        }
        // The same sum, apart, is what adding no bonus (0.0) would give.
        if (apart)
            without.add(column, score, covered);
        with.add(column, score + std::min(adjacent[column], MaxAdjacencyBonuses) * AdjacencyBonus * weight, covered);
    }
    const double typedTier = ExactWordTier * double(std::count(m_asTyped, m_asTyped + m_words, true));
    bool listed = false;
    if (m_scoring.listing) {
        const int words = std::clamp(m_scoring.words, 1, MaxWords);
        bool allListed = true;
        for (int word = 0; word < words; ++word)
            allListed = allListed && m_frequency[word][fulltextindex::SideEffects] > 0;
        listed = allListed || m_otherNameListed;
    }
    if (apart)
        *apart = without.finish(typedTier, listed);
    return with.finish(typedTier, listed);
}

Score score(const FullTextQuery::Row &row, const Scoring &scoring)
{
    const int phrases = row.phraseCount();
    if (phrases <= 0 || phrases != scoring.phraseCount || phrases > MaxPhrases)
        return {};
    Tally tally(scoring);
    const int instances = row.instanceCount();
    for (int i = 0; i < instances; ++i) {
        FullTextQuery::Instance instance;
        if (!row.instance(i, &instance))
            break;
        if (instance.phrase >= 0 && instance.phrase < phrases)
            tally.addInstance(scoring.phrases[instance.phrase], instance.column, instance.offset);
    }
    return tally.score();
}

} // namespace formulary::ranking
