#include "fulltextindex.h"

#include "sqlitestatement.h"

#include <array>

namespace formulary::fulltextindex {
namespace {

const char *const kColumnNames[ColumnCount] = {"title", "generic_name", "usage", "dosage", "side_effects",
                                                "how_it_works", "precautions", "faqs", "other"};

} // namespace

std::array<QByteArray, ColumnCount> columnTexts(const QString &title, const QList<Section> &sections)
{
    std::array<QByteArray, ColumnCount> texts;
    texts[Title] = title.toUtf8();
    for (const Section &section : sections) {
        QByteArray &text = texts[columnFor(section.kind)];
        if (!text.isEmpty())
            text += '\n';
        if (section.kind == SectionKind::Other && !section.heading.isEmpty())
            text += section.heading.toUtf8() + '\n';
        text += section.markdown.toUtf8();
    }
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

void FullTextIndexWriter::write(SqliteStatement &statement, qint64 drugId, const Columns &columns)
{
    statement.bind(1, drugId);
    for (int column = 0; column < fulltextindex::ColumnCount; ++column)
        statement.bind(column + 2, columns[column]);
    statement.execute();
}

void FullTextIndexWriter::insert(qint64 drugId, const Columns &columns)
{
    write(m_insert, drugId, columns);
}

void FullTextIndexWriter::remove(qint64 drugId, const Columns &columns)
{
    write(m_remove, drugId, columns);
}

} // namespace formulary
