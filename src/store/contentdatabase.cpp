#include "store/contentdatabase.h"

#include "store/fulltextindex.h"
#include "store/searchvocabulary.h"
#include "store/internal/sectionstore.h"
#include "store/internal/sqliteconnection.h"
#include "store/internal/sqlitestatement.h"
#include "parse/textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace formulary {
namespace {

// Each step takes the schema from the version before it to the next.
void createTables(sqlite3 *db)
{
    sqliteExecute(db, R"sql(
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
    CREATE TABLE drug_text(
        drug_id INTEGER PRIMARY KEY REFERENCES drug(id) ON DELETE CASCADE,
        body BLOB NOT NULL);
    CREATE TABLE section(
        drug_id INTEGER NOT NULL REFERENCES drug(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        heading TEXT NOT NULL,
        ingredient TEXT NOT NULL,
        line INTEGER NOT NULL,
        text_offset INTEGER NOT NULL,
        text_length INTEGER NOT NULL,
        PRIMARY KEY(drug_id, position)) WITHOUT ROWID;
    CREATE TABLE faq(
        drug_id INTEGER NOT NULL REFERENCES drug(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        section_position INTEGER NOT NULL,
        line INTEGER NOT NULL,
        question TEXT NOT NULL,
        answer_offset INTEGER NOT NULL,
        answer_length INTEGER NOT NULL,
        PRIMARY KEY(drug_id, position)) WITHOUT ROWID;
    CREATE TABLE side_effect_group(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE);
    CREATE TABLE side_effect(
        drug_id INTEGER NOT NULL REFERENCES drug(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        section_position INTEGER NOT NULL,
        group_id INTEGER NOT NULL REFERENCES side_effect_group(id),
        term TEXT NOT NULL,
        PRIMARY KEY(drug_id, position)) WITHOUT ROWID;
    )sql");
}

void createFullTextIndex(sqlite3 *db)
{
    sqliteExecute(db, fulltextindex::createStatement().constData());
    FullTextIndexWriter index(db);
    SqliteStatement drugs(db, "SELECT id, title FROM drug");
    while (drugs.step()) {
        const qint64 id = drugs.columnInt64(0);
        index.insert(id, fulltextindex::columnTexts(drugs.columnText(1), sectionstore::read(db, id)));
    }
}

const MigrationStep kMigrations[] = {createTables, createFullTextIndex, SearchVocabulary::createTable};
static_assert(std::size(kMigrations) == ContentDatabase::SchemaVersion);

// The columns DrugRecord is read from, in readDrug's order.
#define FORMULARY_DRUG_COLUMNS "id, slug, title, generic_name, source_path, imported_at"

DrugRecord readDrug(const SqliteStatement &statement)
{
    DrugRecord drug;
    drug.id = statement.columnInt64(0);
    drug.slug = statement.columnText(1);
    drug.title = statement.columnText(2);
    drug.genericName = statement.columnText(3);
    drug.sourcePath = statement.columnText(4);
    drug.importedAt = QDateTime::fromSecsSinceEpoch(statement.columnInt64(5));
    return drug;
}

} // namespace

void ContentDatabase::migrate(sqlite3 *db, int upTo)
{
    migrateSchema(db, kMigrations, SchemaVersion, upTo);
}

std::unique_ptr<ContentDatabase> ContentDatabase::open(const QString &path, Mode mode, QString *error)
{
    auto connection = SqliteConnection::open(
        path, mode == Mode::ReadOnly ? SqliteConnection::Mode::ReadOnly : SqliteConnection::Mode::ReadWrite, error);
    if (!connection)
        return nullptr;
    std::unique_ptr<ContentDatabase> database(new ContentDatabase);
    database->m_connection = std::move(connection);
    sqlite3 *db = database->handle();
    try {
        if (mode == Mode::ReadWrite) {
            // Measured on the shared corpus: with 4 KiB pages a drug's compressed
            // text (~2.5 KiB) leaves most of each page empty; 16 KiB pages make
            // the file a third smaller. Incremental auto-vacuum lets an import
            // give back the pages FTS5 freed while merging its segments (5% of
            // the file). Both take effect only on a new file.
            sqliteExecute(db, "PRAGMA page_size = 16384; PRAGMA auto_vacuum = INCREMENTAL");
            migrate(db);
        } else if (database->schemaVersion() != SchemaVersion) {
            throw StorageError(path, QCoreApplication::translate("ContentDatabase",
                                  "schema version %1, expected %2; import the pages again")
                                  .arg(database->schemaVersion()).arg(SchemaVersion));
        }
        sqliteExecute(db, "PRAGMA foreign_keys = ON");
        // A quick check that this is a content database at all.
        SqliteStatement(db, "SELECT count(*) FROM drug").step();
    } catch (const StorageError &e) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, e.message());
        return nullptr;
    }
    return database;
}

ContentDatabase::~ContentDatabase() = default;

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
    return userVersion(handle());
}

int ContentDatabase::drugCount() const
{
    SqliteStatement statement(handle(), "SELECT count(*) FROM drug");
    return statement.step() ? int(statement.columnInt64(0)) : 0;
}

QString ContentDatabase::sourceDir() const
{
    SqliteStatement statement(handle(), "SELECT value FROM meta WHERE key = 'source_dir'");
    return statement.step() ? statement.columnText(0) : QString();
}

QStringList ContentDatabase::titles() const
{
    SqliteStatement statement(handle(), "SELECT title FROM drug ORDER BY name_key");
    QStringList titles;
    while (statement.step())
        titles.append(statement.columnText(0));
    return titles;
}

QList<DrugRecord> ContentDatabase::findByName(const QString &name) const
{
    SqliteStatement statement(handle(), "SELECT " FORMULARY_DRUG_COLUMNS " FROM drug "
                                        "WHERE name_key = ?1 OR slug = ?2 ORDER BY slug");
    statement.bind(1, foldForMatching(name)).bind(2, name.trimmed().toLower());
    QList<DrugRecord> drugs;
    while (statement.step())
        drugs.append(readDrug(statement));
    return drugs;
}

QList<Section> ContentDatabase::sections(qint64 drugId) const
{
    return sectionstore::read(handle(), drugId);
}

QList<sectionstore::StoredFaq> ContentDatabase::faqs(qint64 drugId) const
{
    return sectionstore::readFaqs(handle(), drugId);
}

QList<SideEffect> ContentDatabase::sideEffects(qint64 drugId) const
{
    SqliteStatement statement(handle(), "SELECT e.term, g.name FROM side_effect e JOIN side_effect_group g "
                                        "ON g.id = e.group_id WHERE e.drug_id = ? ORDER BY e.position");
    statement.bind(1, drugId);
    QList<SideEffect> effects;
    while (statement.step())
        effects.append({statement.columnText(0), statement.columnText(1)});
    return effects;
}

QList<DrugRecord> ContentDatabase::drugs(int offset, int limit) const
{
    SqliteStatement statement(handle(), "SELECT " FORMULARY_DRUG_COLUMNS " FROM drug "
                                        "ORDER BY name_key, id LIMIT ?1 OFFSET ?2");
    statement.bind(1, qint64(limit)).bind(2, qint64(offset));
    QList<DrugRecord> drugs;
    while (statement.step())
        drugs.append(readDrug(statement));
    return drugs;
}

std::optional<DrugRecord> ContentDatabase::drug(qint64 id) const
{
    SqliteStatement statement(handle(), "SELECT " FORMULARY_DRUG_COLUMNS " FROM drug WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return readDrug(statement);
}

std::optional<DrugRecord> ContentDatabase::drugBySlug(const QString &slug) const
{
    SqliteStatement statement(handle(), "SELECT " FORMULARY_DRUG_COLUMNS " FROM drug WHERE slug = ?1");
    statement.bind(1, slug);
    if (!statement.step())
        return std::nullopt;
    return readDrug(statement);
}

} // namespace formulary
