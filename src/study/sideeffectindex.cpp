#include "study/sideeffectindex.h"

#include "parse/editdistance.h"
#include "parse/sideeffectterm.h"

#include <algorithm>

namespace formulary {
namespace {

constexpr int kSuggestions = 5;

// The edits a misspelled term of this length may have.
int allowedEdits(qsizetype length)
{
    return length < 4 ? 0 : length < 8 ? 1 : 2;
}

// Among the keys that begin with `prefix`, the term of the shortest when
// every other such key is it followed by more words; else -1.
int completedTerm(const QString &prefix, const QList<QPair<QString, int>> &sortedKeys)
{
    auto it = std::lower_bound(sortedKeys.cbegin(), sortedKeys.cend(), QPair<QString, int>(prefix, -1));
    const auto end = std::find_if(it, sortedKeys.cend(), [&](const auto &entry) {
        return !entry.first.startsWith(prefix);
    });
    if (it == end)
        return -1;
    const auto shortest = std::min_element(it, end, [](const auto &a, const auto &b) {
        return a.first.size() < b.first.size();
    });
    const QString whole = shortest->first + QLatin1Char(' ');
    const bool lengthened = std::all_of(it, end, [&](const auto &entry) {
        return entry.second == shortest->second || entry.first.startsWith(whole);
    });
    return lengthened ? shortest->second : -1;
}

} // namespace

SideEffectIndex SideEffectIndex::load(const ContentDatabase &database)
{
    SideEffectIndex index;
    index.m_terms = database.sideEffectTerms();
    for (int i = 0; i < index.m_terms.size(); ++i) {
        const SideEffectTermRecord &term = index.m_terms.at(i);
        index.m_byKey.insert(term.key, i);
        for (const QString &synonym : term.synonyms)
            index.m_byKey.insert(synonym, i);
    }
    for (auto it = index.m_byKey.cbegin(); it != index.m_byKey.cend(); ++it)
        index.m_sortedKeys.append({it.key(), it.value()});
    std::sort(index.m_sortedKeys.begin(), index.m_sortedKeys.end());
    return index;
}

SideEffectIndex::Match SideEffectIndex::find(const QString &text) const
{
    Match match;
    const QString key = sideEffectTermKey(text);
    if (key.isEmpty())
        return match;
    if (const auto it = m_byKey.constFind(key); it != m_byKey.constEnd()) {
        match.term = *it;
        return match;
    }
    // The beginning of one term, or of several.
    auto it = std::lower_bound(m_sortedKeys.cbegin(), m_sortedKeys.cend(), QPair<QString, int>(key, -1));
    QList<int> prefixed;
    for (; it != m_sortedKeys.cend() && it->first.startsWith(key); ++it) {
        if (!prefixed.contains(it->second))
            prefixed.append(it->second);
    }
    std::sort(prefixed.begin(), prefixed.end()); // terms are most listed first
    if (prefixed.size() == 1) {
        match.term = prefixed.first();
        return match;
    }
    // "hair lo" begins "hair loss" and "hair loss on the scalp": the term
    // the others only lengthen is the one meant.
    if (const int shortest = completedTerm(key, m_sortedKeys); shortest >= 0) {
        match.term = shortest;
        return match;
    }
    if (!prefixed.isEmpty()) {
        match.candidates = prefixed;
        return match;
    }
    // Did you mean: the closest terms, then the most listed.
    const int allowed = allowedEdits(key.size());
    QList<QPair<int, int>> close; // distance, term
    for (auto entry = m_sortedKeys.cbegin(); entry != m_sortedKeys.cend(); ++entry) {
        if (std::abs(int(entry->first.size()) - int(key.size())) > allowed)
            continue;
        const int distance = editDistance(key, entry->first);
        if (distance <= allowed && std::none_of(close.cbegin(), close.cend(), [&](const QPair<int, int> &c) {
                return c.second == entry->second;
            }))
            close.append({distance, entry->second});
    }
    std::sort(close.begin(), close.end());
    for (int i = 0; i < close.size() && i < kSuggestions; ++i)
        match.suggestions.append(close.at(i).second);
    return match;
}

} // namespace formulary
