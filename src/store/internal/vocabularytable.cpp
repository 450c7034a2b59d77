#include "store/internal/vocabularytable.h"

#include "store/internal/sqliteconnection.h"
#include "store/internal/sqlitestatement.h"
#include "store/termpostings.h"

#include <QtConcurrent>

namespace formulary::vocabularytable {
namespace {

struct TermRange
{
    QByteArray from, to; // [from, to); empty: open
};

// A word's postings in their stored form.
struct PostingList
{
    QByteArray term;
    QByteArray postings;
};

struct Terms
{
    std::vector<std::pair<QByteArray, qint64>> documents;
    std::vector<PostingList> postings;
    QString error;
};

// fts5vocab names a column; the postings want its number.
int columnNumber(QByteArrayView name)
{
    for (int column = 0; column < fulltextindex::ColumnCount; ++column) {
        if (name == fulltextindex::columnName(fulltextindex::Column(column)))
            return column;
    }
    return fulltextindex::Other;
}

// Walks every mention of the words of `mentions` (in word, then drug order,
// as fts5vocab gives them) into a list per word.
void readPostings(SqliteStatement &mentions, std::vector<PostingList> *lists)
{
    QByteArray term;
    TermPostings::Writer writer;
    TermPostings::Posting posting;
    posting.drugId = -1;
    const auto flushDrug = [&] {
        if (posting.drugId >= 0)
            writer.add(posting);
        posting.counts.fill(0);
    };
    const auto flushTerm = [&] {
        flushDrug();
        if (!term.isEmpty())
            lists->push_back({term, writer.bytes()});
        writer = {};
        posting.drugId = -1;
    };
    while (mentions.step()) {
        const QByteArrayView mentionTerm = mentions.columnView(0);
        if (mentionTerm != term) {
            flushTerm();
            term = mentionTerm.toByteArray();
        }
        const qint64 drug = mentions.columnInt64(1);
        if (drug != posting.drugId) {
            flushDrug();
            posting.drugId = drug;
        }
        ++posting.counts[size_t(columnNumber(mentions.columnView(2)))];
    }
    flushTerm();
}

// Walking the index takes about a second per 100,000 pages on one core, and
// the words split into ranges that can be walked side by side. "l" halves
// both the words and the work of an English index.
const QList<TermRange> kTermRanges = {{QByteArray(), QByteArrayLiteral("l")}, {QByteArrayLiteral("l"), QByteArray()}};

// `select` limited to the words of `range`, bound by bindRange().
QByteArray inRange(QByteArray select, const TermRange &range)
{
    select += " WHERE 1";
    if (!range.from.isEmpty())
        select += " AND term >= :from";
    if (!range.to.isEmpty())
        select += " AND term < :to";
    return select;
}

void bindRange(SqliteStatement &statement, const TermRange &range)
{
    int parameter = 1;
    if (!range.from.isEmpty())
        statement.bind(parameter++, range.from);
    if (!range.to.isEmpty())
        statement.bind(parameter++, range.to);
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
        SqliteStatement rows(db, inRange("SELECT term, doc FROM temp.search_term_source", range).constData());
        bindRange(rows, range);
        while (rows.step())
            terms.documents.emplace_back(rows.columnBlob(0), rows.columnInt64(1));
        sqliteExecute(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.term_mention"
                          " USING fts5vocab(main, drug_fts, 'instance')");
        SqliteStatement mentions(db, inRange("SELECT term, doc, col FROM temp.term_mention", range).constData());
        bindRange(mentions, range);
        readPostings(mentions, &terms.postings);
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

void createImpactLists(sqlite3 *db)
{
    // Replaced by term_posting (createPostings), which a later step makes.
    sqliteExecute(db, "CREATE TABLE term_impact(term TEXT PRIMARY KEY, drugs BLOB NOT NULL) WITHOUT ROWID");
}

void createPostings(sqlite3 *db)
{
    // Filled by the next import; until then search reads FTS5 alone.
    sqliteExecute(db, "DROP TABLE term_impact;"
                      "DELETE FROM meta WHERE key = 'term_impact_version';"
                      "CREATE TABLE term_posting(term TEXT PRIMARY KEY, drugs BLOB NOT NULL) WITHOUT ROWID");
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
        sqliteExecute(db, "DELETE FROM search_term; DELETE FROM term_posting");
        SqliteStatement insert(db, "INSERT INTO search_term(term, docs) VALUES (?, ?)");
        SqliteStatement insertPostings(db, "INSERT INTO term_posting(term, drugs) VALUES (?, ?)");
        for (const Terms &part : parts) {
            for (const auto &[term, documents] : part.documents)
                insert.bind(1, term).bind(2, documents).execute();
            for (const PostingList &list : part.postings)
                insertPostings.bind(1, list.term).bindBlob(2, list.postings).execute();
        }
        SqliteStatement version(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('term_posting_version', ?)");
        version.bind(1, QString::number(TermPostings::Version)).execute();
    });
}

void createIndexTerms(sqlite3 *db)
{
    sqliteExecute(db,
                  "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_term_source USING fts5vocab(main, drug_fts, 'row')");
}

} // namespace formulary::vocabularytable
