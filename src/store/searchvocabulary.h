#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace formulary {

class ContentDatabase;

// The words of the full-text index and how many drugs each is in, kept in
// the search_term table. It lets a query complete the word being typed
// ("drows" -> drowsiness) into a few whole words instead of an FTS5 prefix
// query, which without a prefix index merges every matching word's list;
// and it gives each word its weight without scanning the index. Imports
// write the table (internal/vocabularytable.h).
class SearchVocabulary
{
public:
    // Throws StorageError.
    static SearchVocabulary load(const ContentDatabase &database);

    int drugCount() const { return m_drugCount; }
    // The number of drugs whose text contains `word` (folded).
    int documents(const QString &word) const;
    // Up to `count` words that start with `prefix`, the most common first,
    // with their drug counts; `prefix` itself is one when it is a word.
    QList<QPair<QString, int>> completions(const QString &prefix, int count) const;

private:
    std::vector<QString> m_words; // sorted
    std::vector<int> m_documents;
    int m_drugCount = 0;
};

} // namespace formulary
