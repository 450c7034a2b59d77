#pragma once

#include "parse/monograph.h"
#include "store/storageerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace formulary {

class SqliteConnection;
class SqliteStatement;

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

// A stored FAQ and where it stands on its page.
struct StoredFaq
{
    Faq faq;
    int sectionPosition = 0;
};

// A page an earlier import stored, as the next import compares it.
struct StoredPage
{
    QString sourcePath; // relative to the imported folder
    QByteArray contentHash;
    QString slug;
};

// The content database: drugs, their sections, FAQs and side effects, and a
// full-text index. It can always be rebuilt from the pages, so an import
// writes a new file and renames it over the old one (see ContentDatabaseBuild).
// A connection serves the thread that opened it. Reads throw StorageError.
class ContentDatabase
{
public:
    // Version 1: drugs, their text, sections, FAQs, side effects. Version 2: the full-text index.
    // Version 3: the full-text index's vocabulary, for search.
    static constexpr int SchemaVersion = 3;

    enum class Mode { ReadOnly, ReadWrite };

    // Opens `path` (created in ReadWrite mode) and migrates it forward when
    // writable. Returns null and sets `error` (naming the file) on failure.
    static std::unique_ptr<ContentDatabase> open(const QString &path, Mode mode, QString *error);
    ~ContentDatabase();

    // The database the application reads: the user's own import when there
    // is one, else the one shipped beside the program.
    static QString userDatabasePath();
    static QString shippedDatabasePath();
    static QString defaultPath();

    // True when an import may write `path`: no file, an empty one, a database
    // an import wrote, or one too damaged to say. A text file named by
    // mistake or another program's database, such as the user's bookmarks,
    // is never overwritten.
    static bool mayBeReplaced(const QString &path);

    QString path() const;
    int schemaVersion() const;

    int drugCount() const;
    // The folder the pages were imported from; source paths are relative to it.
    QString sourceDir() const;
    // A value an import recorded (meta table), or nothing.
    std::optional<QString> metaValue(const QString &key) const;
    QStringList titles() const; // sorted
    // Exact name match, as search matches names: the title or the slug, case
    // and diacritics ignored. Several drugs can share a title.
    QList<DrugRecord> findByName(const QString &name) const;
    QList<Section> sections(qint64 drugId) const;
    QList<StoredFaq> faqs(qint64 drugId) const;
    QList<SideEffect> sideEffects(qint64 drugId) const; // in page order
    // Every stored page with its content hash, for an incremental import.
    QList<StoredPage> storedPages() const;

    // Reads for the browser window. Drugs in name order, `limit` from
    // `offset`, for lists that grow as they are scrolled.
    QList<DrugRecord> drugs(int offset, int limit) const;
    std::optional<DrugRecord> drug(qint64 id) const;
    std::optional<DrugRecord> drugBySlug(const QString &slug) const;
    // Every drug's id, title and slug, in no particular order, without
    // building a list: search keeps its own index of the names.
    void forEachName(const std::function<void(qint64 id, const QString &title, const QString &slug)> &visit) const;

    // Reads made while one lives see one snapshot of the database, and take
    // the file's lock once instead of once per statement.
    class ReadTransaction
    {
    public:
        explicit ReadTransaction(const ContentDatabase &database);
        ~ReadTransaction();
        ReadTransaction(const ReadTransaction &) = delete;
        ReadTransaction &operator=(const ReadTransaction &) = delete;

    private:
        sqlite3 *m_db;
        bool m_open;
    };

private:
    friend sqlite3 *connectionOf(const ContentDatabase &database);
    ContentDatabase();
    // A prepared statement kept for the connection's life, reset when the
    // returned guard goes: for reads made for every result shown.
    class CachedStatement;
    CachedStatement cached(const char *sql) const;

    std::unique_ptr<SqliteConnection> m_connection;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace formulary
