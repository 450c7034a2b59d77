#pragma once

// Damaged and foreign copies of a database, as a disk, a crash, another
// program or a newer version of Formulary might leave one.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <sqlite3.h>

namespace formulary::testing {

enum class Damage {
    Truncated,       // the first part of the file only
    ZeroFilled,      // its size, all zeros
    RandomTablePage, // random bytes over the root page of a table
    NotSqlite,       // some other file
    NewerVersion,    // a schema version from the future
};

inline QList<QPair<const char *, Damage>> allDamages()
{
    return {{"truncated", Damage::Truncated},
            {"zero-filled", Damage::ZeroFilled},
            {"random bytes on a table's page", Damage::RandomTablePage},
            {"not SQLite", Damage::NotSqlite},
            {"a newer schema", Damage::NewerVersion}};
}

// The first page of `table`'s b-tree in the SQLite file at `path`, or 0.
inline int rootPage(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    int page = 0;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_master WHERE name = ?", -1, &statement, nullptr)
            == SQLITE_OK) {
            sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
            if (sqlite3_step(statement) == SQLITE_ROW)
                page = sqlite3_column_int(statement, 0);
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return page;
}

// Writes a copy of the database at `source` to `target`, damaged as said;
// RandomTablePage overwrites the root page of `table`.
inline bool writeDamagedCopy(const QString &source, const QString &target, Damage damage, const char *table)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = in.readAll();
    switch (damage) {
    case Damage::Truncated:
        bytes.truncate(bytes.size() / 3);
        break;
    case Damage::ZeroFilled:
        bytes.fill('\0');
        break;
    case Damage::RandomTablePage: {
        const int page = rootPage(source, table);
        const int pageSize = (quint8(bytes.at(16)) << 8 | quint8(bytes.at(17))) == 1
                                 ? 65536
                                 : (quint8(bytes.at(16)) << 8 | quint8(bytes.at(17)));
        if (page < 2 || qsizetype(page) * pageSize > bytes.size())
            return false;
        QRandomGenerator random(page);
        for (qsizetype i = qsizetype(page - 1) * pageSize; i < qsizetype(page) * pageSize; ++i)
            bytes[i] = char(random.generate() & 0xff);
        break;
    }
    case Damage::NotSqlite:
        bytes = "These are notes, not a database.\n";
        break;
    case Damage::NewerVersion:
        break;
    }
    QFile::remove(target);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return false;
    out.close();
    if (damage == Damage::NewerVersion) {
        sqlite3 *db = nullptr;
        const bool ok = sqlite3_open(QFile::encodeName(target).constData(), &db) == SQLITE_OK
                        && sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }
    return true;
}

} // namespace formulary::testing
