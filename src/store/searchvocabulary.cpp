#include "store/searchvocabulary.h"

#include "store/internal/sqliteconnection.h"
#include "store/internal/sqlitestatement.h"

#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace formulary {
namespace {

struct TermRange
{
    QByteArray from, to; // [from, to); empty: open
};

struct Terms
{
    std::vector<std::pair<QByteArray, qint64>> documents;
    QString error;
};

// Walking the index takes about a second per 100,000 pages on one core, and
// the words split into ranges that can be walked side by side. "l" halves
// both the words and the work of an English index.
const QList<TermRange> kTermRanges = {{QByteArray(), QByteArrayLiteral("l")}, {QByteArrayLiteral("l"), QByteArray()}};

// temp.search_term_source: the index's words and drug counts, as fts5vocab
// reads them from the index itself.
void createIndexTerms(sqlite3 *db)
{
    sqliteExecute(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_term_source USING fts5vocab(main, drug_fts, 'row')");
}

Terms readTerms(const QString &path, const TermRange &range)
{
    Terms terms;
    const auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly, &terms.error);
    if (!connection)
        return terms;
    try {
        sqlite3 *db = connection->handle();
        createIndexTerms(db);
        QByteArray sql = "SELECT term, doc FROM temp.search_term_source WHERE 1";
        if (!range.from.isEmpty())
            sql += " AND term >= :from";
        if (!range.to.isEmpty())
            sql += " AND term < :to";
        SqliteStatement rows(db, sql.constData());
        int parameter = 1;
        if (!range.from.isEmpty())
            rows.bind(parameter++, range.from);
        if (!range.to.isEmpty())
            rows.bind(parameter++, range.to);
        while (rows.step())
            terms.documents.emplace_back(rows.columnBlob(0), rows.columnInt64(1));
    } catch (const StorageError &e) {
        terms.error = e.message();
    }
    return terms;
}

} // namespace

void SearchVocabulary::createTable(sqlite3 *db)
{
    sqliteExecute(db, "CREATE TABLE search_term(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID");
    rebuild(db);
}

void SearchVocabulary::rebuild(sqlite3 *db)
{
    // fts5vocab walks the whole index once: about a second per 100,000
    // pages, paid by the import instead of by every start of the program.
    createIndexTerms(db);
    sqliteExecute(db, "DELETE FROM search_term;"
                      "INSERT INTO search_term(term, docs) SELECT term, doc FROM temp.search_term_source;"
                      "DROP TABLE temp.search_term_source;");
}

void SearchVocabulary::rebuildInParallel(sqlite3 *db, const QString &path)
{
    const QList<Terms> parts = QtConcurrent::blockingMapped(kTermRanges, [&path](const TermRange &range) {
        return readTerms(path, range);
    });
    for (const Terms &part : parts) {
        if (!part.error.isEmpty())
            throw StorageError(path, part.error);
    }
    immediateTransaction(db, [&] {
        sqliteExecute(db, "DELETE FROM search_term");
        SqliteStatement insert(db, "INSERT INTO search_term(term, docs) VALUES (?, ?)");
        for (const Terms &part : parts) {
            for (const auto &[term, documents] : part.documents)
                insert.bind(1, term).bind(2, documents).execute();
        }
    });
}

SearchVocabulary SearchVocabulary::load(sqlite3 *db)
{
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
        createIndexTerms(db);
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
        std::sort(order.begin(), order.end(), [&vocabulary](size_t a, size_t b) {
            return vocabulary.m_words[a] < vocabulary.m_words[b];
        });
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
    const auto end = std::partition_point(begin, m_words.cend(), [&prefix](const QString &word) {
        return word.startsWith(prefix);
    });
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
    if (begin != end && *begin == prefix && std::none_of(completions.cbegin(), completions.cend(), [&prefix](const auto &c) {
            return c.first == prefix;
        })) {
        if (!completions.isEmpty() && completions.size() >= count)
            completions.removeLast();
        completions.prepend({prefix, m_documents[size_t(begin - m_words.cbegin())]});
    }
    return completions;
}

} // namespace formulary
