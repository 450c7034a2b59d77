#pragma once

#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace formulary {

// A connection opened through Qt's QSQLITE driver, whose sqlite3 handle the
// core uses with prepared statements. Each connection belongs to the thread
// that opened it.
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    // Returns null and sets `error` (naming the file) on failure.
    static std::unique_ptr<SqliteConnection> open(const QString &path, Mode mode, QString *error);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }

private:
    SqliteConnection() = default;

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
};

// PRAGMA user_version.
int userVersion(sqlite3 *db);

// Brings a database forward from its user_version to `upTo` by running the
// steps after it, all in one transaction: a failed step leaves the database
// as it was. steps[i] takes the schema to version i + 1. Throws StorageError,
// also for a database newer than `latest`.
using MigrationStep = std::function<void(sqlite3 *)>;
void migrateSchema(sqlite3 *db, const MigrationStep *steps, int latest, int upTo);

} // namespace formulary
