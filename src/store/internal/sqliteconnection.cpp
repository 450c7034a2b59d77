#include "store/internal/sqliteconnection.h"

#include "store/internal/sqlitestatement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

namespace formulary {

std::unique_ptr<SqliteConnection> SqliteConnection::open(const QString &path, Mode mode, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return nullptr;
    };
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path))
        return fail(QCoreApplication::translate("SqliteConnection", "no such database"));

    std::unique_ptr<SqliteConnection> connection(new SqliteConnection);
    connection->m_path = path;
    connection->m_connectionName = QStringLiteral("formulary-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_connectionName);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return fail(db.lastError().text());
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection->m_handle)
        return fail(QCoreApplication::translate("SqliteConnection", "the Qt SQLite driver gave no handle"));
    return connection;
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int userVersion(sqlite3 *db)
{
    SqliteStatement statement(db, "PRAGMA user_version");
    return statement.step() ? int(statement.columnInt64(0)) : 0;
}

void migrateSchema(sqlite3 *db, const MigrationStep *steps, int latest, int upTo)
{
    immediateTransaction(db, [&] {
        // Read inside the transaction, so that two programs opening the same
        // new file do not both run the steps.
        const int from = userVersion(db);
        if (from > latest)
            throw StorageError(databaseFile(db),
                               QCoreApplication::translate(
                                   "SqliteConnection", "database schema version %1 is newer than this program's (%2); "
                                                       "use a newer version of Formulary")
                                   .arg(from)
                                   .arg(latest));
        for (int version = from + 1; version <= upTo; ++version)
            steps[version - 1](db);
        if (upTo > from)
            sqliteExecute(db, QByteArray("PRAGMA user_version = " + QByteArray::number(upTo)).constData());
    });
}

} // namespace formulary
