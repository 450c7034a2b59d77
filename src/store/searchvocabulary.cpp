#include "store/searchvocabulary.h"

#include "store/contentdatabase.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sqlitestatement.h"
#include "store/internal/vocabularytable.h"

#include <algorithm>
#include <numeric>

namespace formulary {

SearchVocabulary SearchVocabulary::load(const ContentDatabase &database)
{
    sqlite3 *db = connectionOf(database);
    SearchVocabulary vocabulary;
    SqliteStatement count(db, "SELECT count(*) FROM drug");
    vocabulary.m_drugCount = count.step() ? int(count.columnInt64(0)) : 0;
    {
        SqliteStatement rows(db, "SELECT term, docs FROM search_term");
        while (rows.step()) {
            vocabulary.m_words.push_back(rows.columnText(0));
            vocabulary.m_documents.push_back(int(rows.columnInt64(1)));
        }
    }
    // Written by a writer that never finished: read the index itself, slower
    // but right. A temporary table is allowed on a read-only connection.
    if (vocabulary.m_words.empty() && vocabulary.m_drugCount > 0) {
        vocabularytable::createIndexTerms(db);
        SqliteStatement rows(db, "SELECT term, doc FROM temp.search_term_source");
        while (rows.step()) {
            vocabulary.m_words.push_back(rows.columnText(0));
            vocabulary.m_documents.push_back(int(rows.columnInt64(1)));
        }
    }
    // SQLite orders by UTF-8 bytes and QString by UTF-16 units; they differ
    // only beyond the Basic Multilingual Plane, but binary search needs one order.
    if (!std::is_sorted(vocabulary.m_words.cbegin(), vocabulary.m_words.cend())) {
        std::vector<size_t> order(vocabulary.m_words.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&vocabulary](size_t a, size_t b) { return vocabulary.m_words[a] < vocabulary.m_words[b]; });
        std::vector<QString> words;
        std::vector<int> documents;
        for (const size_t i : order) {
            words.push_back(vocabulary.m_words[i]);
            documents.push_back(vocabulary.m_documents[i]);
        }
        vocabulary.m_words = std::move(words);
        vocabulary.m_documents = std::move(documents);
    }
    return vocabulary;
}

int SearchVocabulary::documents(const QString &word) const
{
    const auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), word);
    return it != m_words.cend() && *it == word ? m_documents[size_t(it - m_words.cbegin())] : 0;
}

QList<QPair<QString, int>> SearchVocabulary::completions(const QString &prefix, int count) const
{
    const auto begin = std::lower_bound(m_words.cbegin(), m_words.cend(), prefix);
    const auto end = std::partition_point(begin, m_words.cend(),
                                          [&prefix](const QString &word) { return word.startsWith(prefix); });
    std::vector<size_t> found(size_t(end - begin));
    std::iota(found.begin(), found.end(), size_t(begin - m_words.cbegin()));
    const auto byFrequency = [this](size_t a, size_t b) {
        return m_documents[a] != m_documents[b] ? m_documents[a] > m_documents[b] : a < b;
    };
    const size_t kept = std::min(found.size(), size_t(std::max(count, 0)));
    std::partial_sort(found.begin(), found.begin() + qsizetype(kept), found.end(), byFrequency);
    QList<QPair<QString, int>> completions;
    for (size_t i = 0; i < kept; ++i)
        completions.append({m_words[found[i]], m_documents[found[i]]});
    // The word as typed may already be whole, though rarer than its longer forms.
    if (begin != end && *begin == prefix
        && std::none_of(completions.cbegin(), completions.cend(),
                        [&prefix](const auto &c) { return c.first == prefix; })) {
        if (!completions.isEmpty() && completions.size() >= count)
            completions.removeLast();
        completions.prepend({prefix, m_documents[size_t(begin - m_words.cbegin())]});
    }
    return completions;
}

} // namespace formulary
