#include "store/internal/monographwriter.h"

#include "store/internal/sectionstore.h"

#include <sqlite3.h>

namespace formulary {

MonographWriter::MonographWriter(sqlite3 *db, bool emptyDatabase)
    : m_db(db)
    , m_emptyDatabase(emptyDatabase)
    , m_index(db)
    , m_insertDrug(db, "INSERT INTO drug(slug, title, name_key, generic_name, source_path, content_hash, imported_at, "
                       "front_matter, warnings, source_id) VALUES (?,?,?,?,?,?,?,?,?,?)")
    , m_insertText(db, "INSERT INTO drug_text(drug_id, body) VALUES (?,?)")
    , m_insertSection(db, "INSERT INTO section(drug_id, position, kind, heading, ingredient, line, text_offset, "
                          "text_length) VALUES (?,?,?,?,?,?,?,?)")
    , m_insertFaq(db, "INSERT INTO faq(drug_id, position, section_position, line, question, answer_offset, "
                      "answer_length) VALUES (?,?,?,?,?,?,?)")
    , m_insertSideEffect(db, "INSERT INTO side_effect(drug_id, position, section_position, group_id, term, line, "
                             "term_key, term_name, qualifier, synonym_key, frequency, band, body_system, ingredient, "
                             "is_note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    , m_findGroup(db, "SELECT id FROM side_effect_group WHERE name = ?")
    , m_insertGroup(db, "INSERT INTO side_effect_group(name) VALUES (?)")
    , m_findBySource(db, "SELECT id, title FROM drug WHERE source_path = ?1 AND source_id = ?2")
    , m_findBySlug(db, "SELECT id, title FROM drug WHERE slug = ?")
    , m_deleteDrug(db, "DELETE FROM drug WHERE id = ?")
    , m_selectText(db, sectionstore::SelectText)
    , m_selectSections(db, sectionstore::SelectSections)
{ }

void MonographWriter::replace(const MonographRecord &record, const QString &sourcePath, const QByteArray &contentHash,
                              qint64 importedAt)
{
    m_changed = true;
    const QByteArray source = sourcePath.toUtf8();
    if (!m_emptyDatabase) {
        removeFound(m_findBySource.bind(1, source).bind(2, m_sourceId));
        removeFound(m_findBySlug.bind(1, record.text(record.slug)));
    }

    m_insertDrug.bind(1, record.text(record.slug))
        .bind(2, record.text(record.title))
        .bind(3, record.text(record.nameKey))
        .bind(4, record.text(record.genericName))
        .bind(5, source)
        .bindBlob(6, contentHash)
        .bind(7, importedAt)
        .bind(8, record.text(record.frontMatterJson))
        .bind(9, record.text(record.warningsJson))
        .bind(10, m_sourceId);
    m_insertDrug.execute();
    const qint64 drugId = sqlite3_last_insert_rowid(m_db);

    m_insertText.bind(1, drugId).bindBlob(2, record.packedText);
    m_insertText.execute();

    qint64 position = 0;
    for (const auto &section : record.sections) {
        m_insertSection.bind(1, drugId)
            .bind(2, position++)
            .bind(3, record.text(section.kind))
            .bind(4, record.text(section.heading))
            .bind(5, record.text(section.ingredient))
            .bind(6, section.line)
            .bind(7, section.textOffset)
            .bind(8, section.textLength);
        m_insertSection.execute();
    }
    position = 0;
    for (const auto &faq : record.faqs) {
        m_insertFaq.bind(1, drugId)
            .bind(2, position++)
            .bind(3, faq.sectionPosition)
            .bind(4, faq.line)
            .bind(5, record.text(faq.question))
            .bind(6, faq.answerOffset)
            .bind(7, faq.answerLength);
        m_insertFaq.execute();
    }
    position = 0;
    for (const auto &effect : record.sideEffects) {
        m_insertSideEffect.bind(1, drugId)
            .bind(2, position++)
            .bind(3, effect.sectionPosition)
            .bind(4, groupId(record.text(effect.group)))
            .bind(5, record.text(effect.text))
            .bind(6, effect.line)
            .bind(7, record.text(effect.term))
            .bind(8, record.text(effect.name))
            .bind(9, record.text(effect.qualifier))
            .bind(10, record.text(effect.synonym))
            .bind(11, record.text(effect.frequency))
            .bind(12, record.text(effect.band))
            .bind(13, record.text(effect.bodySystem))
            .bind(14, record.text(effect.ingredient))
            .bind(15, qint64(effect.isNote));
        m_insertSideEffect.execute();
    }
    m_index.insert(drugId, record.indexColumns);
}

qint64 MonographWriter::groupId(QByteArrayView name)
{
    // Looked up without a copy; copied once, when new.
    if (const auto it = m_groupIds.constFind(QByteArray::fromRawData(name.data(), name.size()));
        it != m_groupIds.constEnd())
        return *it;
    m_findGroup.bind(1, name);
    qint64 id = m_findGroup.step() ? m_findGroup.columnInt64(0) : 0;
    m_findGroup.reset();
    if (!id) {
        m_insertGroup.bind(1, name);
        m_insertGroup.execute();
        id = sqlite3_last_insert_rowid(m_db);
    }
    m_groupIds.insert(name.toByteArray(), id);
    return id;
}

bool MonographWriter::removePage(const QString &sourcePath)
{
    const QByteArray path = sourcePath.toUtf8();
    return removeFound(m_findBySource.bind(1, path).bind(2, m_sourceId));
}

int MonographWriter::removeAllOfSource()
{
    SqliteStatement find(m_db, "SELECT id, title FROM drug WHERE source_id = ?");
    find.bind(1, m_sourceId);
    QList<QPair<qint64, QString>> drugs;
    while (find.step())
        drugs.append({find.columnInt64(0), find.columnText(1)});
    find.reset();
    for (const auto &[id, title] : std::as_const(drugs))
        removeDrug(id, title);
    return int(drugs.size());
}

bool MonographWriter::removeFound(SqliteStatement &find)
{
    const bool found = find.step();
    const qint64 drugId = found ? find.columnInt64(0) : 0;
    const QString title = found ? find.columnText(1) : QString();
    find.reset();
    if (!found)
        return false;
    removeDrug(drugId, title);
    return true;
}

void MonographWriter::removeDrug(qint64 drugId, const QString &title)
{
    m_changed = true;
    // The contentless index forgets a row only given the text it indexed.
    m_index.remove(drugId,
                   fulltextindex::columnTexts(title, sectionstore::read(m_selectText, m_selectSections, drugId)));
    m_deleteDrug.bind(1, drugId);
    m_deleteDrug.execute();
}

} // namespace formulary
