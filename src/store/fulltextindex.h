#pragma once

#include "parse/monograph.h"

#include <QList>
#include <QString>

#include <array>

namespace formulary {

// The full-text index: one contentless FTS5 row per drug (rowid = drug id),
// one column per section kind, so a match tells which kind of section it was
// in and a query can be limited to one kind. The text itself is stored once,
// compressed, in drug_text; snippets are cut from it.
namespace fulltextindex {

// Column order of drug_fts.
enum Column { Title, GenericName, Usage, Dosage, SideEffects, HowItWorks, Precautions, Faqs, Other, ColumnCount };

// The index's tokenizer: diacritics folded so that "cafe" finds "Café".
inline constexpr const char *TokenizerName = "unicode61";
inline constexpr const char *TokenizerArguments[] = {"remove_diacritics", "2"};

// The column's name in drug_fts, as a query's column filter names it.
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
} // namespace fulltextindex

} // namespace formulary
