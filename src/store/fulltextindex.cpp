#include "store/fulltextindex.h"

#include "store/internal/sqlitestatement.h"

#include <array>

namespace formulary::fulltextindex {
namespace {

const char *const kColumnNames[ColumnCount] = {"title", "generic_name", "usage", "dosage", "side_effects",
                                                "how_it_works", "precautions", "faqs", "other"};

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

ColumnTexts columnTexts(const QString &title, const QList<Section> &sections)
{
    ColumnTexts texts;
    QByteArray &text = texts.m_text;
    text = title.toUtf8();
    for (int column = Title + 1; column < ColumnCount; ++column) {
        texts.m_starts[column] = text.size();
        for (const Section &section : sections) {
            if (columnFor(section.kind) != column)
                continue;
            if (text.size() > texts.m_starts[column])
                text += '\n';
            if (section.kind == SectionKind::Other && !section.heading.isEmpty())
                text += section.heading.toUtf8() + '\n';
            text += section.markdown.toUtf8();
        }
    }
    texts.m_starts[ColumnCount] = text.size();
    return texts;
}

const char *columnName(Column column)
{
    return kColumnNames[column];
}

Column columnFor(SectionKind kind)
{
    switch (kind) {
    case SectionKind::GenericName:
        return GenericName;
    case SectionKind::Usage:
        return Usage;
    case SectionKind::Dosage:
        return Dosage;
    case SectionKind::SideEffects:
        return SideEffects;
    case SectionKind::HowItWorks:
        return HowItWorks;
    case SectionKind::Precautions:
        return Precautions;
    case SectionKind::Faqs:
        return Faqs;
    case SectionKind::Preamble:
    case SectionKind::Disclaimer:
    case SectionKind::Other:
        break;
    }
    return Other;
}

QByteArray createStatement()
{
    QByteArray sql = "CREATE VIRTUAL TABLE drug_fts USING fts5(";
    for (const char *name : kColumnNames)
        sql += QByteArray(name) + ", ";
    // Diacritics folded so that "cafe" finds "Café"; contentless because the
    // text lives, compressed, in drug_text.
    sql += "content='', tokenize='unicode61 remove_diacritics 2')";
    return sql;
}

} // namespace formulary::fulltextindex

namespace formulary {

FullTextIndexWriter::FullTextIndexWriter(sqlite3 *db)
    : m_insert(db, "INSERT INTO drug_fts(rowid, title, generic_name, usage, dosage, side_effects, how_it_works, "
                   "precautions, faqs, other) VALUES (?,?,?,?,?,?,?,?,?,?)")
    , m_remove(db, "INSERT INTO drug_fts(drug_fts, rowid, title, generic_name, usage, dosage, side_effects, "
                   "how_it_works, precautions, faqs, other) VALUES ('delete',?,?,?,?,?,?,?,?,?,?)")
{
}

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
