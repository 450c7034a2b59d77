#pragma once

#include "store/storageerror.h"

#include <QByteArray>
#include <QString>

#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace formulary {

// One prepared statement, finalised on destruction. Values are always bound,
// never pasted into SQL. Used on the hot import and search paths, where
// QSqlQuery's per-value QVariant conversions would dominate.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, const QString &value);
    // Bytes are bound without a copy: they must stay alive, unchanged, until
    // the statement has been stepped and reset.
    SqliteStatement &bind(int index, QByteArrayView utf8Text);
    SqliteStatement &bind(int index, const QByteArray &utf8Text) { return bind(index, QByteArrayView(utf8Text)); }
    SqliteStatement &bind(int index, QByteArray &&) = delete;
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bindBlob(int index, const QByteArray &value);
    SqliteStatement &bindBlob(int index, QByteArray &&) = delete;

    bool step();    // true while a row is available
    void execute(); // runs to completion and resets
    void reset();

    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    double columnDouble(int column) const;
    // The column's bytes (text or blob) without a copy, valid until the next
    // step or reset.
    QByteArrayView columnView(int column) const;

private:
    void check(int code, const char *what) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

// Runs SQL without results (pragmas, DDL); throws StorageError on failure.
void sqliteExecute(sqlite3 *db, const char *sql);
// The file of the connection's main database, for messages.
QString databaseFile(sqlite3 *db);
// SQLite's message for the connection's last failure, as a StorageError.
[[noreturn]] void throwStorageError(sqlite3 *db, int code, const QString &message = {});
void sqliteRollback(sqlite3 *db);
// Undoes and ends the savepoint `name`, without throwing.
void sqliteRollbackTo(sqlite3 *db, const char *name);

// Whether a transaction is open on the connection.
bool inTransaction(sqlite3 *db);

// Runs `work` in one immediate transaction: it waits for another writer
// rather than failing half-way, and a throw rolls everything back. Inside
// another transaction, `work` is a savepoint of it.
template<typename Work>
auto immediateTransaction(sqlite3 *db, Work work)
{
    const bool nested = inTransaction(db);
    sqliteExecute(db, nested ? "SAVEPOINT work" : "BEGIN IMMEDIATE");
    const char *end = nested ? "RELEASE work" : "COMMIT";
    try {
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            sqliteExecute(db, end);
        } else {
            auto result = work();
            sqliteExecute(db, end);
            return result;
        }
    } catch (...) {
        if (nested)
            sqliteRollbackTo(db, "work");
        else
            sqliteRollback(db);
        throw;
    }
}

} // namespace formulary
