#pragma once

#include "store/fulltextindex.h"
#include "store/internal/sqlitestatement.h"

#include <QByteArray>

struct sqlite3;

namespace formulary {

namespace fulltextindex {

// The CREATE VIRTUAL TABLE statement.
QByteArray createStatement();

// Settings for writing many rows in one transaction: pending terms are
// flushed in large segments, and an index built from empty is not merged
// while it grows (beginBulkLoad(db, true)). endBulkLoad gives it back FTS5's
// usual merge settings, under which later writes merge its segments; it
// comes after the commit, whose flush of the last pending terms would
// otherwise merge them all at once.
void beginBulkLoad(sqlite3 *db, bool fromEmpty);
void endBulkLoad(sqlite3 *db, bool fromEmpty);

} // namespace fulltextindex

// Adds and removes drugs' text with prepared statements. A contentless index
// removes a row only when given exactly the values it was added with.
class FullTextIndexWriter
{
public:
    explicit FullTextIndexWriter(sqlite3 *db);

    void insert(qint64 drugId, const fulltextindex::ColumnTexts &columns);
    void remove(qint64 drugId, const fulltextindex::ColumnTexts &columns);

private:
    void write(SqliteStatement &statement, qint64 drugId, const fulltextindex::ColumnTexts &columns);

    SqliteStatement m_insert;
    SqliteStatement m_remove;
};

} // namespace formulary
