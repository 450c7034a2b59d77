#include "store/internal/vocabularytable.h"

#include "store/internal/sqliteconnection.h"
#include "store/internal/sqlitestatement.h"

#include <QtConcurrent>

namespace formulary::vocabularytable {
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

void create(sqlite3 *db)
{
    sqliteExecute(db, "CREATE TABLE search_term(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID");
    rebuild(db);
}

void rebuild(sqlite3 *db)
{
    // fts5vocab walks the whole index once: about a second per 100,000
    // pages, paid by the import instead of by every start of the program.
    createIndexTerms(db);
    sqliteExecute(db, "DELETE FROM search_term;"
                      "INSERT INTO search_term(term, docs) SELECT term, doc FROM temp.search_term_source;"
                      "DROP TABLE temp.search_term_source;");
}

void rebuildInParallel(sqlite3 *db, const QString &path)
{
    const QList<Terms> parts = QtConcurrent::blockingMapped(
        kTermRanges, [&path](const TermRange &range) { return readTerms(path, range); });
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

void createIndexTerms(sqlite3 *db)
{
    sqliteExecute(db,
                  "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_term_source USING fts5vocab(main, drug_fts, 'row')");
}

} // namespace formulary::vocabularytable
