#pragma once

#include "parse/monograph.h"
#include "store/internal/sqlitestatement.h"

#include <QList>
#include <QString>

#include <array>

struct sqlite3;

namespace formulary {

// The full-text index: one contentless FTS5 row per drug (rowid = drug id),
// one column per section kind, so a match tells which kind of section it was
// in and a query can be limited to one kind. The text itself is stored once,
// compressed, in drug_text; snippets are cut from it.
namespace fulltextindex {

// Column order of drug_fts.
enum Column { Title, GenericName, Usage, Dosage, SideEffects, HowItWorks, Precautions, Faqs, Other, ColumnCount };

const char *columnName(Column column);
Column columnFor(SectionKind kind);
// The text of each column for a drug, in one buffer: a drug's columns are
// made on a parsing thread and dropped on the writer's, where each
// allocation made elsewhere is slow to free.
class ColumnTexts
{
public:
    QByteArrayView column(Column column) const
    {
        return QByteArrayView(m_text).sliced(m_starts[column], m_starts[column + 1] - m_starts[column]);
    }

private:
    friend ColumnTexts columnTexts(const QString &title, const QList<Section> &sections);
    QByteArray m_text;
    std::array<qsizetype, ColumnCount + 1> m_starts{};
};
ColumnTexts columnTexts(const QString &title, const QList<Section> &sections);
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
