#include "contentdatabase.h"

#include "sectionkind.h"
#include "sqlitestatement.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace formulary {
namespace {

// Each entry takes the schema from the version before it to its own number.
const char *const kMigrations[] = {
    // 1
    R"sql(
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE drug(
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        name_key TEXT NOT NULL,
        generic_name TEXT NOT NULL,
        source_path TEXT NOT NULL UNIQUE,
        content_hash BLOB NOT NULL,
        imported_at INTEGER NOT NULL,
        front_matter TEXT NOT NULL,
        warnings TEXT NOT NULL);
    CREATE INDEX drug_name_key ON drug(name_key);
    CREATE TABLE section(
        id INTEGER PRIMARY KEY,
        drug_id INTEGER NOT NULL REFERENCES drug(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        heading TEXT NOT NULL,
        ingredient TEXT NOT NULL,
        line INTEGER NOT NULL,
        markdown TEXT NOT NULL,
        UNIQUE(drug_id, position));
    CREATE TABLE faq(
        id INTEGER PRIMARY KEY,
        section_id INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        question TEXT NOT NULL,
        question_key TEXT NOT NULL,
        answer TEXT NOT NULL,
        line INTEGER NOT NULL);
    CREATE INDEX faq_section ON faq(section_id);
    CREATE INDEX faq_question_key ON faq(question_key);
    CREATE TABLE side_effect(
        id INTEGER PRIMARY KEY,
        section_id INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
        term TEXT NOT NULL,
        grp TEXT NOT NULL);
    CREATE INDEX side_effect_section ON side_effect(section_id);
    )sql",
    // 2: full text over section text, kept in step with `section` by triggers.
    // The text is stored once, in `section`; the index refers to it.
    R"sql(
    CREATE VIRTUAL TABLE section_fts USING fts5(
        heading, markdown, content='section', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER section_fts_insert AFTER INSERT ON section BEGIN
        INSERT INTO section_fts(rowid, heading, markdown) VALUES (new.id, new.heading, new.markdown);
    END;
    CREATE TRIGGER section_fts_delete AFTER DELETE ON section BEGIN
        INSERT INTO section_fts(section_fts, rowid, heading, markdown) VALUES ('delete', old.id, old.heading, old.markdown);
    END;
    INSERT INTO section_fts(section_fts) VALUES ('rebuild');
    )sql",
};

int userVersion(sqlite3 *db)
{
    SqliteStatement statement(db, "PRAGMA user_version");
    return statement.step() ? int(statement.columnInt64(0)) : 0;
}

} // namespace

void ContentDatabase::migrate(sqlite3 *db, int upTo)
{
    const int from = userVersion(db);
    if (from > SchemaVersion)
        throw SqliteError(QStringLiteral("database schema version %1 is newer than this program's (%2)")
                              .arg(from).arg(SchemaVersion).toStdString());
    if (from >= upTo)
        return;
    sqliteExecute(db, "BEGIN IMMEDIATE");
    try {
        for (int version = from + 1; version <= upTo; ++version)
            sqliteExecute(db, kMigrations[version - 1]);
        sqliteExecute(db, QStringLiteral("PRAGMA user_version = %1").arg(upTo).toUtf8().constData());
        sqliteExecute(db, "COMMIT");
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

std::unique_ptr<ContentDatabase> ContentDatabase::open(const QString &path, Mode mode, QString *error)
{
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path)) {
        if (error)
            *error = QCoreApplication::translate("ContentDatabase", "%1: no such database").arg(path);
        return nullptr;
    }
    std::unique_ptr<ContentDatabase> database(new ContentDatabase);
    database->m_path = path;
    database->m_connectionName = QStringLiteral("content-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("ContentDatabase", "%1: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        database->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!database->m_handle) {
        if (error)
            *error = QStringLiteral("%1: the Qt SQLite driver gave no handle").arg(path);
        return nullptr;
    }
    try {
        sqliteExecute(database->m_handle, "PRAGMA foreign_keys = ON");
        if (mode == Mode::ReadWrite)
            migrate(database->m_handle);
        else if (database->schemaVersion() != SchemaVersion)
            throw SqliteError(QCoreApplication::translate("ContentDatabase",
                                  "schema version %1, expected %2; import the pages again")
                                  .arg(database->schemaVersion()).arg(SchemaVersion).toStdString());
        // A quick check that this is a content database at all.
        SqliteStatement(database->m_handle, "SELECT count(*) FROM drug").step();
    } catch (const SqliteError &e) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(e.what()));
        return nullptr;
    }
    return database;
}

ContentDatabase::~ContentDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ContentDatabase::userDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/content.sqlite");
}

QString ContentDatabase::shippedDatabasePath()
{
    // Relative to the program, so that the build tree and any install prefix work alike.
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/formulary/content.sqlite"));
}

QString ContentDatabase::defaultPath()
{
    const QString user = userDatabasePath();
    return QFileInfo::exists(user) ? user : QDir::cleanPath(shippedDatabasePath());
}

int ContentDatabase::schemaVersion() const
{
    return userVersion(m_handle);
}

int ContentDatabase::drugCount() const
{
    SqliteStatement statement(m_handle, "SELECT count(*) FROM drug");
    return statement.step() ? int(statement.columnInt64(0)) : 0;
}

QStringList ContentDatabase::titles() const
{
    SqliteStatement statement(m_handle, "SELECT title FROM drug ORDER BY name_key");
    QStringList titles;
    while (statement.step())
        titles.append(statement.columnText(0));
    return titles;
}

QList<DrugRecord> ContentDatabase::findByName(const QString &name) const
{
    const QString key = foldForMatching(name);
    SqliteStatement statement(m_handle,
                              "SELECT id, slug, title, generic_name, source_path, imported_at FROM drug "
                              "WHERE name_key = ?1 OR slug = ?2 ORDER BY slug");
    statement.bind(1, key).bind(2, name.trimmed().toLower());
    QList<DrugRecord> drugs;
    while (statement.step()) {
        DrugRecord drug;
        drug.id = statement.columnInt64(0);
        drug.slug = statement.columnText(1);
        drug.title = statement.columnText(2);
        drug.genericName = statement.columnText(3);
        drug.sourcePath = statement.columnText(4);
        drug.importedAt = QDateTime::fromSecsSinceEpoch(statement.columnInt64(5));
        drugs.append(drug);
    }
    return drugs;
}

QList<Section> ContentDatabase::sections(qint64 drugId) const
{
    SqliteStatement statement(m_handle,
                              "SELECT kind, heading, ingredient, markdown, line FROM section "
                              "WHERE drug_id = ? ORDER BY position");
    statement.bind(1, drugId);
    QList<Section> sections;
    while (statement.step()) {
        Section section;
        section.kind = sectionKindFromName(statement.columnText(0)).value_or(SectionKind::Other);
        section.heading = statement.columnText(1);
        section.ingredient = statement.columnText(2);
        section.markdown = statement.columnText(3);
        section.line = int(statement.columnInt64(4));
        sections.append(section);
    }
    return sections;
}

} // namespace formulary
