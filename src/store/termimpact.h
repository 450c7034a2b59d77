#pragma once

#include "store/fulltextindex.h"

#include <QtGlobal>

#include <array>

// How much a drug's page is about one word: the word's part of the search
// score before the word's own weight (idf) is applied. Search ranks with it
// (src/search/ranking.h), and each import stores, for every frequent word,
// the drugs it matters most to, in order of it; a query reads those lists to
// find its best drugs without scoring every match. The two must agree, so
// the definition is here, with the index it describes.
namespace formulary::termimpact {

// Stored lists were made by this definition; another version is not used.
constexpr int Version = 1;
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
// The most a word can add to a drug's score, before its idf.
constexpr double maximum()
{
    double sum = 0;
    for (const double weight : ColumnWeights)
        sum += weight;
    return (Saturation + 1) * sum;
}

// `frequency` mentions (weighted) of a word in a column, saturated.
inline double saturated(double frequency)
{
    return frequency * (Saturation + 1) / (frequency + Saturation);
}

// The impact of a word found counts[c] times in each column c.
inline double impact(const std::array<int, fulltextindex::ColumnCount> &counts)
{
    double sum = 0;
    for (int column = 0; column < fulltextindex::ColumnCount; ++column) {
        if (counts[size_t(column)] > 0)
            sum += ColumnWeights[size_t(column)] * saturated(counts[size_t(column)]);
    }
    return sum;
}

// A word in at least listedFrom(drugs) of the index's drugs gets a stored
// list of its ListLength drugs of highest impact. Rarer words are cheap to
// score in full: a query on them never has many matches.
constexpr int ListLength = 256;
// One drug of a stored list.
struct Entry
{
    qint32 drugId;
    float impact;
};
constexpr int listedFrom(int drugs)
{
    return drugs / 64 > 64 ? drugs / 64 : 64;
}

} // namespace formulary::termimpact
