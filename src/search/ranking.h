#pragma once

#include "store/fulltextindex.h"
#include "store/fulltextquery.h"

#include <QByteArrayView>

#include <array>

// Why a result is where it is. A query's results come in this order:
//
//  1. Names (NameIndex, nameindex.cpp): the exact name, names with a word
//     that starts with the query, combinations that contain it; "did you
//     mean" suggestions only when nothing else matched.
//  2. Drug + topic (queryintent.cpp, topics in searchtopics.cpp): when no
//     name matched, "clonazepam dose" lists Clonazepam first, opened on the
//     section asked for, then the combinations that contain it.
//  3. Full text, by the score below (searchfulltext.cpp makes the query and
//     finds the best scores; see docs/search.md for how it avoids scoring
//     every match). A drug's score, highest first, is made of:
//     - a tier for listing the side effect the words name (ListingTier),
//       when they name one: drugs that list it before those that mention it;
//     - a tier per query word found as typed, not only in another form
//       (ExactWordTier): "dose" before pages that only say "dosage";
//     - per word and column: the word's idf × the column's weight × its
//       saturated count (ColumnWeights: title 4 … other 0.3), where
//       another form of the word counts VariantWeight and a completion of
//       the word being typed CompletionWeight;
//     - AdjacencyBonus × the column's weight for words side by side, up to
//       three times a column.
//     A quoted phrase counts as one word, found as typed and only where
//     its words stand side by side; it weighs as its rarest word.
//  Drugs listed by name or intent are not listed again for their text.
namespace formulary::ranking {

// A word found in a column counts this much: a word in the title or the
// generic name says more about the drug than one in its precautions.
constexpr std::array<double, fulltextindex::ColumnCount> ColumnWeights = {
    4.0, // title
    3.0, // generic name
    2.0, // usage
    1.0, // dosage
    2.0, // side effects
    1.5, // how it works
    1.0, // precautions
    1.2, // FAQs
    0.3, // other: introduction, disclaimer and unknown sections
};
// bm25's k1: the tenth mention of a word adds little to the first.
constexpr double Saturation = 1.2;

constexpr double ListingTier = 1e7;
constexpr double ExactWordTier = 1e5;
constexpr float VariantWeight = 0.8f;    // "dosage" for "dose"
constexpr float CompletionWeight = 0.7f; // "drowsiness" for "drows"
constexpr double AdjacencyBonus = 0.5;
constexpr int MaxAdjacencyBonuses = 3; // per column

// The words a query is scored on.
constexpr int MaxWords = 16;
constexpr int MaxCompletions = 6;
constexpr int MaxVariants = 4;
constexpr int MaxOtherNames = 8; // of a side effect the words name
constexpr int MaxPhrases = MaxWords * (1 + MaxVariants) + MaxCompletions + MaxOtherNames;

// One phrase of the query's FTS5 expression, in its order.
struct Phrase
{
    float weight = 1;       // 1 as typed, else VariantWeight or CompletionWeight
    float idf = 0;          // of the query word it stands for
    qint32 word = 0;        // that word's index in the query
    bool otherName = false; // another name of the side effect the words name
    qint32 length = 1;      // its words: a quoted phrase or another name has several
};

// How the phrases are scored.
struct Scoring
{
    const Phrase *phrases = nullptr;
    int phraseCount = 0;
    int words = 0;        // query words, each of which must be found
    bool listing = false; // the words name a side effect: listing it is a tier
};

// Robertson–Spärck Jones idf of a word in `documents` of `drugs` drugs.
double idf(int documents, int drugs);

// A matching drug's score, and the column that holds most of the query.
struct Score
{
    double value = 0;
    int column = 0;
};

// What a drug's text holds of the query, as the score reads it: filled from
// FTS5's instances of the phrases (score(Row)), or from each phrase's count
// per column when no phrase needs positions (stored postings).
class Tally
{
public:
    explicit Tally(const Scoring &scoring);
    // Forgets the last drug.
    void clear();
    // `count` mentions of `phrase` in `column`.
    void add(const Phrase &phrase, int column, quint32 count);
    // One mention at `offset`, in text order: also sees words side by side.
    void addInstance(const Phrase &phrase, int column, int offset);
    // `count` places in `column` where a word of the query stands right
    // after the word before it, counted apart from their mentions.
    void addSideBySide(int column, quint32 count);
    bool isEmpty() const { return m_columns == 0; }
    // Whether each of the query's words is there, in some form.
    bool hasEveryWord() const;
    // Counts the most words side by side that the mentions added allow in
    // each column: the score is then at least that of any order of them.
    // False when they allow none: the score is then exact.
    bool assumeMostAdjacent();
    Score score() const;
    // score(), and the score with no words side by side (at most score(),
    // and equal to it when assumeMostAdjacent() was false), at once.
    struct Bounds
    {
        Score apart, most;
    };
    Bounds bounds() const;
    // At least bounds().most, from which columns hold each word alone (a
    // saturated count stays below Saturation + 1, and every column that can
    // hold words side by side is taken to, as often as it counts): a few
    // table lookups, where bounds() is a pass over every word and column.
    double ceiling() const;
    // The columns mentioned, a bit each.
    quint32 columns() const { return m_columns; }

private:
    // The score with `adjacent` words side by side per column; with none
    // in `apart`, when given.
    Score scoreWith(const int (&adjacent)[fulltextindex::ColumnCount], Score *apart) const;

    const Scoring &m_scoring;
    int m_words;
    double m_frequency[MaxWords][fulltextindex::ColumnCount];
    float m_wordIdf[MaxWords];
    bool m_asTyped[MaxWords];
    bool m_otherNameListed = false;
    quint32 m_columns = 0;           // bit per column mentioned: the score reads those
    quint32 m_present = 0;           // bit per word mentioned
    quint32 m_wordColumns[MaxWords]; // per word, a bit per column that mentions it
    int m_adjacent[fulltextindex::ColumnCount];
    quint32 m_mentions[MaxWords][fulltextindex::ColumnCount]; // unweighted
    int m_lastColumn = -1, m_lastEnd = -2, m_lastWord = -2;
};

Score score(const FullTextQuery::Row &row, const Scoring &scoring);

} // namespace formulary::ranking
