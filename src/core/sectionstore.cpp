#include "sectionstore.h"

#include "sectionkind.h"
#include "sqlitestatement.h"

namespace formulary::sectionstore {

Packed pack(const QList<Section> &sections)
{
    Packed packed;
    QByteArray text;
    for (const Section &section : sections) {
        const QByteArray markdown = section.markdown.toUtf8();
        packed.ranges.append({int(text.size()), int(markdown.size())});
        text += markdown;
    }
    packed.blob = qCompress(text, 1);
    return packed;
}

QByteArray unpack(const QByteArray &blob)
{
    return blob.isEmpty() ? QByteArray() : qUncompress(blob);
}

QList<Section> read(sqlite3 *db, qint64 drugId)
{
    SqliteStatement body(db, "SELECT body FROM drug_text WHERE drug_id = ?");
    body.bind(1, drugId);
    const QByteArray text = body.step() ? unpack(body.columnBlob(0)) : QByteArray();

    SqliteStatement rows(db, "SELECT kind, heading, ingredient, line, text_offset, text_length FROM section "
                             "WHERE drug_id = ? ORDER BY position");
    rows.bind(1, drugId);
    QList<Section> sections;
    while (rows.step()) {
        Section section;
        section.kind = sectionKindFromName(rows.columnText(0)).value_or(SectionKind::Other);
        section.heading = rows.columnText(1);
        section.ingredient = rows.columnText(2);
        section.line = int(rows.columnInt64(3));
        section.markdown = QString::fromUtf8(text.mid(rows.columnInt64(4), rows.columnInt64(5)));
        sections.append(section);
    }
    return sections;
}

} // namespace formulary::sectionstore
