#include "store/internal/fulltextindexwriter.h"

namespace formulary::fulltextindex {
namespace {

// FTS5 flushes its pending terms into a new segment at this size. The
// default (1 MiB) makes a large import merge the same data many times;
// 8 MiB took ~2 s off the writer at 100k pages, for ~15 MB more peak memory
// (16 MiB: no faster).
constexpr int kBulkHashSize = 8 * 1024 * 1024;
// FTS5's defaults, restored when a bulk load ends.
constexpr int kAutoMerge = 4;
constexpr int kCrisisMerge = 16;
// While a fresh index grows, segments are merged only when this many pile
// up on one level; 100k pages make 36, which are left as they are. Merged
// level by level as FTS5 does by default, they cost the writer ~2 s more at
// 100k pages; merged into one at the end, 1.5 s more on one core while the
// other waits. Unmerged, full-text queries at 100k pages take ~1 ms more at
// the 99th percentile (~6 ms in all), and later imports merge them under
// FTS5's usual settings.
constexpr int kBulkCrisisMerge = 64;

void configure(sqlite3 *db, const char *option, int value)
{
    const QByteArray name(option);
    SqliteStatement statement(db, "INSERT INTO drug_fts(drug_fts, rank) VALUES (?, ?)");
    statement.bind(1, name).bind(2, qint64(value)).execute();
}

} // namespace

void beginBulkLoad(sqlite3 *db, bool fromEmpty)
{
    configure(db, "hashsize", kBulkHashSize);
    if (fromEmpty) {
        configure(db, "automerge", 0);
        configure(db, "crisismerge", kBulkCrisisMerge);
    }
}

void endBulkLoad(sqlite3 *db, bool fromEmpty)
{
    if (!fromEmpty)
        return;
    configure(db, "automerge", kAutoMerge);
    configure(db, "crisismerge", kCrisisMerge);
}

QByteArray createStatement()
{
    QByteArray sql = "CREATE VIRTUAL TABLE drug_fts USING fts5(";
    for (int column = 0; column < ColumnCount; ++column)
        sql += QByteArray(columnName(Column(column))) + ", ";
    // Contentless because the text lives, compressed, in drug_text.
    sql += "content='', tokenize='";
    sql += TokenizerName;
    for (const char *argument : TokenizerArguments)
        sql += QByteArray(" ") + argument;
    sql += "')";
    return sql;
}

} // namespace formulary::fulltextindex

namespace formulary {

namespace {

// INSERT INTO drug_fts(PREFIX, rowid, every column) VALUES(VALUES, ?, a ? per column).
QByteArray insertStatement(const char *prefix, const char *values)
{
    QByteArray columns = prefix, placeholders = values;
    columns += "rowid";
    placeholders += '?';
    for (int column = 0; column < fulltextindex::ColumnCount; ++column) {
        columns += QByteArray(", ") + fulltextindex::columnName(fulltextindex::Column(column));
        placeholders += ",?";
    }
    return "INSERT INTO drug_fts(" + columns + ") VALUES (" + placeholders + ')';
}

} // namespace

FullTextIndexWriter::FullTextIndexWriter(sqlite3 *db)
    : m_insert(db, insertStatement("", "").constData())
    , m_remove(db, insertStatement("drug_fts, ", "'delete',").constData())
{ }

void FullTextIndexWriter::write(SqliteStatement &statement, qint64 drugId, const fulltextindex::ColumnTexts &columns)
{
    statement.bind(1, drugId);
    for (int column = 0; column < fulltextindex::ColumnCount; ++column)
        statement.bind(column + 2, columns.column(fulltextindex::Column(column)));
    statement.execute();
}

void FullTextIndexWriter::insert(qint64 drugId, const fulltextindex::ColumnTexts &columns)
{
    write(m_insert, drugId, columns);
}

void FullTextIndexWriter::remove(qint64 drugId, const fulltextindex::ColumnTexts &columns)
{
    write(m_remove, drugId, columns);
}

} // namespace formulary
