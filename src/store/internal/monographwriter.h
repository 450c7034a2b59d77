#pragma once

#include "store/internal/fulltextindexwriter.h"
#include "store/internal/sqlitestatement.h"
#include "store/monographrecord.h"

#include <QByteArray>
#include <QHash>

struct sqlite3;

namespace formulary {

// Writes monographs into an open content database with prepared statements,
// keeping the full-text index in step; the caller owns the transaction.
class MonographWriter
{
public:
    // `emptyDatabase`: nothing is stored yet and each file and slug comes
    // once, so storing need not look for an older version to remove first.
    explicit MonographWriter(sqlite3 *db, bool emptyDatabase = false);

    // The source the next monographs are stored from; 0 until set.
    void setSource(qint64 sourceId) { m_sourceId = sourceId; }
    // Stores a monograph, first removing whatever was stored from the same
    // file of the source or under the same slug.
    void replace(const MonographRecord &record, const QString &sourcePath, const QByteArray &contentHash,
                 qint64 importedAt);
    // Removes the drug imported from `sourcePath` of the source with all its
    // rows. Returns whether there was one.
    bool removePage(const QString &sourcePath);
    // Removes every drug of the source; how many there were.
    int removeAllOfSource();
    // Whether drugs were stored or removed: then what summarises all drugs
    // (the search vocabulary) must be rebuilt once the writing is done.
    bool changed() const { return m_changed; }

private:
    // Removes the drug `find`, bound, finds; whether there was one.
    bool removeFound(SqliteStatement &find);
    void removeDrug(qint64 drugId, const QString &title);
    qint64 groupId(QByteArrayView name);

    sqlite3 *m_db;
    bool m_emptyDatabase;
    FullTextIndexWriter m_index;
    SqliteStatement m_insertDrug;
    SqliteStatement m_insertText;
    SqliteStatement m_insertSection;
    SqliteStatement m_insertFaq;
    SqliteStatement m_insertSideEffect;
    SqliteStatement m_findGroup;
    SqliteStatement m_insertGroup;
    SqliteStatement m_findBySource;
    SqliteStatement m_findBySlug;
    SqliteStatement m_deleteDrug;
    SqliteStatement m_selectText;
    SqliteStatement m_selectSections;
    QHash<QByteArray, qint64> m_groupIds;
    qint64 m_sourceId = 0;
    bool m_changed = false;
};

} // namespace formulary
