#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <vector>

struct sqlite3;

namespace formulary {

// The words of the full-text index and how many drugs each is in, kept in
// the search_term table. It lets a query complete the word being typed
// ("drows" -> drowsiness) into a few whole words instead of an FTS5 prefix
// query, which without a prefix index merges every matching word's list;
// and it gives each word its weight without scanning the index.
class SearchVocabulary
{
public:
    // Creates the table (a migration step) and fills it.
    static void createTable(sqlite3 *db);
    // Refills it from the index, inside the caller's transaction. Throws
    // StorageError.
    static void rebuild(sqlite3 *db);
    // The same for an import that has committed all but the vocabulary:
    // reads the index of the file at `path` through a connection per range
    // of words, in parallel, and writes with `db` in a transaction of its
    // own. `db` must hold no lock. Throws StorageError.
    static void rebuildInParallel(sqlite3 *db, const QString &path);
    // Throws StorageError.
    static SearchVocabulary load(sqlite3 *db);

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
