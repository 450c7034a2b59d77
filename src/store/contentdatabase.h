#pragma once

#include "parse/monograph.h"
#include "store/internal/sectionstore.h"
#include "store/internal/sqliteconnection.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace formulary {

// A drug as stored, without its sections.
struct DrugRecord
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString genericName;
    QString sourcePath;
    QDateTime importedAt;
};

// The content database: drugs, their sections, FAQs and side effects, and a
// full-text index. It can always be rebuilt from the pages, so an import
// writes a new file and renames it over the old one (see Importer).
class ContentDatabase
{
public:
    // Version 1: drugs, their text, sections, FAQs, side effects. Version 2: the full-text index.
    // Version 3: the full-text index's vocabulary, for search.
    static constexpr int SchemaVersion = 3;

    enum class Mode { ReadOnly, ReadWrite };

    // Opens `path` (created in ReadWrite mode) and migrates it forward when
    // writable. Returns null and sets `error` on failure.
    static std::unique_ptr<ContentDatabase> open(const QString &path, Mode mode, QString *error);
    ~ContentDatabase();

    // The database the application reads: the user's own import when there
    // is one, else the one shipped beside the program.
    static QString userDatabasePath();
    static QString shippedDatabasePath();
    static QString defaultPath();

    QString path() const { return m_connection->path(); }
    sqlite3 *handle() const { return m_connection->handle(); }
    int schemaVersion() const;

    // Brings a database of an older version up to SchemaVersion, in one
    // transaction; `upTo` lets tests build an old version.
    static void migrate(sqlite3 *db, int upTo = SchemaVersion);

    int drugCount() const;
    // The folder the pages were imported from; source paths are relative to it.
    QString sourceDir() const;
    QStringList titles() const; // sorted
    // Exact name match, as search matches names: the title or the slug, case
    // and diacritics ignored. Several drugs can share a title.
    QList<DrugRecord> findByName(const QString &name) const;
    QList<Section> sections(qint64 drugId) const;
    QList<sectionstore::StoredFaq> faqs(qint64 drugId) const;
    QList<SideEffect> sideEffects(qint64 drugId) const; // in page order

    // Reads for the browser window. Drugs in name order, `limit` from
    // `offset`, for lists that grow as they are scrolled.
    QList<DrugRecord> drugs(int offset, int limit) const;
    std::optional<DrugRecord> drug(qint64 id) const;
    std::optional<DrugRecord> drugBySlug(const QString &slug) const;

private:
    ContentDatabase() = default;

    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace formulary
