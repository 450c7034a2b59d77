#include "parse/editdistance.h"

#include <algorithm>

namespace formulary {
namespace {

// Optimal string alignment between `a` and `b`; with `prefixOfB`, between
// `a` and the closest prefix of `b`. Past MaxComparedLength characters, the rest
// of a string is not compared.
int alignment(QStringView a, QStringView b, bool prefixOfB)
{
    const int m = int(std::min<qsizetype>(a.size(), MaxComparedLength));
    const int n = int(std::min<qsizetype>(b.size(), MaxComparedLength));
    int rows[3][MaxComparedLength + 1];
    int *previous2 = rows[0], *previous = rows[1], *current = rows[2];
    for (int j = 0; j <= n; ++j)
        previous[j] = j;
    for (int i = 1; i <= m; ++i) {
        current[0] = i;
        for (int j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, previous2[j - 2] + 1);
            current[j] = value;
        }
        int *oldest = previous2;
        previous2 = previous;
        previous = current;
        current = oldest;
    }
    return prefixOfB ? *std::min_element(previous, previous + n + 1) : previous[n];
}

} // namespace

int editDistance(QStringView a, QStringView b)
{
    return alignment(a, b, false);
}

int prefixEditDistance(QStringView query, QStringView word)
{
    return alignment(query, word, true);
}

} // namespace formulary
