#pragma once

#include "store/contentdatabase.h"

#include <QHash>
#include <QList>
#include <QString>

namespace formulary {

// The side-effect index of a content database in memory: every term with its
// synonyms, and the term a person means by what they type — matched as
// search matches words: case, accents and plurals folded, a synonym, or the
// beginning of one term only.
class SideEffectIndex
{
public:
    // Throws StorageError.
    static SideEffectIndex load(const ContentDatabase &database);

    const QList<SideEffectTermRecord> &terms() const { return m_terms; } // most listed first
    int indexOf(const QString &key) const { return m_byKey.value(key, -1); }

    struct Match
    {
        int term = -1;            // into terms(); -1 when the text names no one term
        QList<int> candidates;    // the terms a prefix could mean, when more than one
        QList<int> suggestions;   // terms a small edit away, when nothing matched
    };
    Match find(const QString &text) const;

private:
    QList<SideEffectTermRecord> m_terms;
    QHash<QString, int> m_byKey;     // term and synonym keys -> term
    QList<QPair<QString, int>> m_sortedKeys; // every key, sorted, for prefixes
};

} // namespace formulary
