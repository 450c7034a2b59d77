#include "store/internal/sqlitestatement.h"

#include <sqlite3.h>

namespace formulary {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    check(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr), sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::check(int code, const char *what) const
{
    Q_UNUSED(what);
    if (code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE)
        throwStorageError(m_db, code);
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, QByteArrayView utf8Text)
{
    // Not copied: the caller's bytes outlive the statement's next step.
    check(sqlite3_bind_text(m_statement, index, utf8Text.isNull() ? "" : utf8Text.constData(), int(utf8Text.size()),
                            SQLITE_STATIC),
          "bind");
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value), "bind");
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value), "bind");
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    check(sqlite3_bind_blob(m_statement, index, value.isNull() ? "" : value.constData(), int(value.size()),
                            SQLITE_STATIC),
          "bind");
    return *this;
}

bool SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    check(code, sqlite3_sql(m_statement));
    return code == SQLITE_ROW;
}

void SqliteStatement::execute()
{
    while (step()) { }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::columnView(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(m_statement, column) : 0);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

void sqliteExecute(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (const int code = sqlite3_exec(db, sql, nullptr, nullptr, &message); code != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        throwStorageError(db, code, text);
    }
}

QString databaseFile(sqlite3 *db)
{
    const char *file = sqlite3_db_filename(db, "main");
    return file ? QString::fromUtf8(file) : QString();
}

void throwStorageError(sqlite3 *db, int code, const QString &message)
{
    const int primary = code & 0xff;
    StorageError::Kind kind = StorageError::Kind::Failed;
    if (primary == SQLITE_INTERRUPT)
        kind = StorageError::Kind::Interrupted;
    else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        kind = StorageError::Kind::Damaged;
    throw StorageError(databaseFile(db), message.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db)) : message, kind);
}

void sqliteRollback(sqlite3 *db)
{
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void sqliteRollbackTo(sqlite3 *db, const char *name)
{
    const QByteArray sql = QByteArray("ROLLBACK TO ") + name + "; RELEASE " + name;
    sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
}

bool inTransaction(sqlite3 *db)
{
    return sqlite3_get_autocommit(db) == 0;
}

} // namespace formulary
