#include "monographwriter.h"

#include "sectionkind.h"
#include "textfold.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace formulary {
namespace {

QByteArray frontMatterJson(const Monograph &monograph)
{
    QJsonArray entries;
    for (const auto &[key, value] : monograph.frontMatter)
        entries.append(QJsonArray{key, value});
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

QByteArray warningsJson(const Monograph &monograph)
{
    QJsonArray warnings;
    for (const ParseMessage &message : monograph.warnings)
        warnings.append(QJsonArray{message.line, message.text});
    return QJsonDocument(warnings).toJson(QJsonDocument::Compact);
}

} // namespace

MonographWriter::MonographWriter(sqlite3 *db)
    : m_db(db)
    , m_insertDrug(db, "INSERT INTO drug(slug, title, name_key, generic_name, source_path, content_hash, imported_at, "
                       "front_matter, warnings) VALUES (?,?,?,?,?,?,?,?,?)")
    , m_insertSection(db, "INSERT INTO section(drug_id, position, kind, heading, ingredient, line, markdown) "
                          "VALUES (?,?,?,?,?,?,?)")
    , m_insertFaq(db, "INSERT INTO faq(section_id, position, question, question_key, answer, line) VALUES (?,?,?,?,?,?)")
    , m_insertSideEffect(db, "INSERT INTO side_effect(section_id, term, grp) VALUES (?,?,?)")
    , m_deleteDrug(db, "DELETE FROM drug WHERE source_path = ?")
    , m_deleteSlug(db, "DELETE FROM drug WHERE slug = ?")
{
}

void MonographWriter::replace(const Monograph &monograph, const QString &sourcePath, const QByteArray &contentHash,
                              const QDateTime &importedAt)
{
    removeSource(sourcePath);
    m_deleteSlug.bind(1, monograph.slug);
    m_deleteSlug.execute();

    m_insertDrug.bind(1, monograph.slug)
        .bind(2, monograph.title)
        .bind(3, foldForMatching(monograph.title))
        .bind(4, monograph.genericName())
        .bind(5, sourcePath)
        .bindBlob(6, contentHash)
        .bind(7, importedAt.toSecsSinceEpoch())
        .bind(8, frontMatterJson(monograph))
        .bind(9, warningsJson(monograph));
    m_insertDrug.execute();
    const qint64 drugId = sqlite3_last_insert_rowid(m_db);

    int position = 0;
    for (const Section &section : monograph.sections) {
        m_insertSection.bind(1, drugId)
            .bind(2, qint64(position++))
            .bind(3, sectionKindName(section.kind))
            .bind(4, section.heading)
            .bind(5, section.ingredient)
            .bind(6, qint64(section.line))
            .bind(7, section.markdown);
        m_insertSection.execute();
        const qint64 sectionId = sqlite3_last_insert_rowid(m_db);
        int faqPosition = 0;
        for (const Faq &faq : section.faqs) {
            m_insertFaq.bind(1, sectionId)
                .bind(2, qint64(faqPosition++))
                .bind(3, faq.question)
                .bind(4, questionKey(faq.question))
                .bind(5, faq.answer)
                .bind(6, qint64(faq.line));
            m_insertFaq.execute();
        }
        for (const SideEffect &effect : section.sideEffects) {
            m_insertSideEffect.bind(1, sectionId).bind(2, effect.term).bind(3, effect.group);
            m_insertSideEffect.execute();
        }
    }
}

bool MonographWriter::removeSource(const QString &sourcePath)
{
    m_deleteDrug.bind(1, sourcePath);
    m_deleteDrug.execute();
    return sqlite3_changes(m_db) > 0;
}

} // namespace formulary
