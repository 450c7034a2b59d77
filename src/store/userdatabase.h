#pragma once

#include "store/storageerror.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace formulary {

class SqliteConnection;

// The user's own data: bookmarks with notes, study progress and history. It
// lives only in the user's data folder and is never rebuilt by an import; its
// rows refer to content by stable keys (drug slug, normalised question),
// never by content row ids.
class UserDatabase
{
public:
    // Version 1: bookmarks and history. Version 2: notes on bookmarks and study cards.
    static constexpr int SchemaVersion = 2;

    static QString defaultPath();

    // Opens or creates the database and migrates it forward. Returns null and
    // sets `error` (naming the file and what is wrong) when it cannot be used.
    static std::unique_ptr<UserDatabase> open(const QString &path, QString *error);
    ~UserDatabase();

    QString path() const;
    int schemaVersion() const;
    // Changes when another connection (window or process) has written since
    // the last call, so that what is shown can be read again.
    qint64 dataVersion() const;

private:
    friend sqlite3 *connectionOf(const UserDatabase &database);
    UserDatabase();
    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace formulary
