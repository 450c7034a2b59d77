#pragma once

#include "monograph.h"
#include "sqlitestatement.h"

#include <QByteArray>
#include <QDateTime>

struct sqlite3;

namespace formulary {

// Writes monographs into an open content database with prepared statements;
// the caller owns the transaction.
class MonographWriter
{
public:
    explicit MonographWriter(sqlite3 *db);

    // Stores a monograph, first removing whatever was stored from the same
    // file or under the same slug.
    void replace(const Monograph &monograph, const QString &sourcePath, const QByteArray &contentHash,
                 const QDateTime &importedAt);
    // Removes the drug imported from `sourcePath`, with its sections, FAQs and
    // side effects. Returns whether there was one.
    bool removeSource(const QString &sourcePath);

private:
    sqlite3 *m_db;
    SqliteStatement m_insertDrug;
    SqliteStatement m_insertSection;
    SqliteStatement m_insertFaq;
    SqliteStatement m_insertSideEffect;
    SqliteStatement m_deleteDrug;
    SqliteStatement m_deleteSlug;
};

} // namespace formulary
