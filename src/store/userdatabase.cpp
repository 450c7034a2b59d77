#include "store/userdatabase.h"

#include "store/contentdatabase.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sqliteconnection.h"
#include "store/internal/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace formulary {
namespace {

void createBookmarksAndHistory(sqlite3 *db)
{
    sqliteExecute(db, R"sql(
    CREATE TABLE bookmark(
        id INTEGER PRIMARY KEY,
        drug_slug TEXT NOT NULL,
        question_key TEXT NOT NULL,
        drug_title TEXT NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE(drug_slug, question_key));
    CREATE TABLE history(
        id INTEGER PRIMARY KEY,
        drug_slug TEXT NOT NULL,
        section_kind TEXT NOT NULL,
        visited_at INTEGER NOT NULL);
    )sql");
}

void addNotesAndStudyCards(sqlite3 *db)
{
    sqliteExecute(db, R"sql(
    ALTER TABLE bookmark ADD COLUMN note TEXT NOT NULL DEFAULT '';
    CREATE TABLE study_card(
        bookmark_id INTEGER PRIMARY KEY REFERENCES bookmark(id) ON DELETE CASCADE,
        box INTEGER NOT NULL,
        due_at INTEGER NOT NULL,
        reviews INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0);
    )sql");
}

const MigrationStep kMigrations[] = {createBookmarksAndHistory, addNotesAndStudyCards};
static_assert(std::size(kMigrations) == UserDatabase::SchemaVersion);

} // namespace

QString UserDatabase::defaultPath()
{
    return ContentDatabase::dataFolder() + QLatin1String("/user.sqlite");
}

void migrateUserDatabase(sqlite3 *db, int upTo)
{
    migrateSchema(db, kMigrations, UserDatabase::SchemaVersion, upTo);
}

sqlite3 *connectionOf(const UserDatabase &database)
{
    return database.m_connection->handle();
}

UserDatabase::UserDatabase() = default;

std::unique_ptr<UserDatabase> UserDatabase::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("UserDatabase", "%1: cannot create its folder").arg(path);
        return nullptr;
    }
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite, error);
    if (!connection)
        return nullptr;
    std::unique_ptr<UserDatabase> database(new UserDatabase);
    database->m_connection = std::move(connection);
    sqlite3 *db = connectionOf(*database);
    try {
        // Another window or process may write at the same moment: wait for it
        // rather than fail, and let readers go on while one writes.
        sqlite3_busy_timeout(db, 5000);
        if (sqlite3_db_readonly(db, "main") != 1)
            sqliteExecute(db, "PRAGMA journal_mode = WAL");
        sqliteExecute(db, "PRAGMA foreign_keys = ON");
        migrateUserDatabase(db, SchemaVersion);
        // Tell a corrupt or read-only file now, not when the user first
        // bookmarks something. NOT INDEXED: counted from its index, a table
        // whose own pages are damaged would pass.
        SqliteStatement(db, "SELECT count(*) FROM bookmark NOT INDEXED").step();
        if (sqlite3_db_readonly(db, "main") == 1)
            throw StorageError(
                path, QCoreApplication::translate("UserDatabase", "the file is read-only; bookmarks cannot be saved"));
    } catch (const StorageError &e) {
        if (error)
            *error = QCoreApplication::translate("UserDatabase", "%1: %2").arg(path, e.message());
        return nullptr;
    }
    return database;
}

UserDatabase::~UserDatabase() = default;

QString UserDatabase::path() const
{
    return m_connection->path();
}

int UserDatabase::schemaVersion() const
{
    return userVersion(connectionOf(*this));
}

qint64 UserDatabase::dataVersion() const
{
    SqliteStatement pragma(connectionOf(*this), "PRAGMA data_version");
    return pragma.step() ? pragma.columnInt64(0) : 0;
}

} // namespace formulary
