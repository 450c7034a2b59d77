#pragma once

#include "store/fulltextquery.h"

#include <QByteArrayView>

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
//       saturated count (store/termimpact.h: title 4 … other 0.3), where
//       another form of the word counts VariantWeight and a completion of
//       the word being typed CompletionWeight;
//     - AdjacencyBonus × the column's weight for words side by side, up to
//       three times a column.
//     A quoted phrase counts as one word, found as typed and only where
//     its words stand side by side; it weighs as its rarest word.
//  Drugs listed by name or intent are not listed again for their text.
namespace formulary::ranking {

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
Score score(const FullTextQuery::Row &row, const Scoring &scoring);

// The most a drug can score whose impact for each query word (the sum over
// the word's forms, store/termimpact.h) is at most impacts[word].
double bound(const Scoring &scoring, const double *impacts);

} // namespace formulary::ranking
