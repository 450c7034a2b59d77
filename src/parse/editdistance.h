#pragma once

#include <QStringView>

namespace formulary {

// Optimal string alignment distance (a swap of two neighbours is one edit),
// for names and terms: strings are compared up to their first MaxComparedLength
// characters, which is longer than any word worth correcting.
constexpr int MaxComparedLength = 48;
int editDistance(QStringView a, QStringView b);
// The least edit distance between `query` and any prefix of `word`.
int prefixEditDistance(QStringView query, QStringView word);

} // namespace formulary
