#include "store/contentdatabase.h"

#include "parse/sideeffectterm.h"
#include "parse/textfold.h"
#include "store/fulltextindex.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/fulltextindexwriter.h"
#include "store/internal/sectionstore.h"
#include "store/internal/sideeffecttable.h"
#include "store/internal/sqliteconnection.h"
#include "store/internal/sqlitestatement.h"
#include "store/internal/vocabularytable.h"
#include "store/termpostings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <cstring>
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
    SqliteStatement text(db, sectionstore::SelectText);
    SqliteStatement sections(db, sectionstore::SelectSections);
    SqliteStatement drugs(db, "SELECT id, title FROM drug");
    while (drugs.step()) {
        const qint64 id = drugs.columnInt64(0);
        index.insert(id, fulltextindex::columnTexts(drugs.columnText(1), sectionstore::read(text, sections, id)));
    }
}

// A term's drugs in name order, from indexes alone: its items with their
// notes told apart, and each drug's name key by its id.
void createListingIndexes(sqlite3 *db)
{
    sqliteExecute(db, R"sql(
    DROP INDEX side_effect_by_term;
    CREATE INDEX side_effect_by_term ON side_effect(term_key, is_note);
    CREATE INDEX drug_name_key_by_id ON drug(id, name_key);
    )sql");
}

// A library holds the pages of several folders, its sources. The drugs of a
// database from before are those of one source, the folder it was imported
// from; a file name is unique within its source only, which SQLite can
// change only by building the table again (ids kept, so every row that
// refers to a drug still does).
void createSources(sqlite3 *db)
{
    sqliteExecute(db, R"sql(
    CREATE TABLE source(
        id INTEGER PRIMARY KEY,
        folder TEXT NOT NULL UNIQUE,
        imported_at INTEGER NOT NULL,
        parser_version INTEGER NOT NULL);
    INSERT INTO source(id, folder, imported_at, parser_version)
        SELECT 1, coalesce((SELECT value FROM meta WHERE key = 'source_dir'), ''),
               coalesce((SELECT max(imported_at) FROM drug), 0),
               coalesce((SELECT value FROM meta WHERE key = 'parser_version'), 0)
        WHERE EXISTS (SELECT 1 FROM drug) OR EXISTS (SELECT 1 FROM meta WHERE key = 'source_dir');
    CREATE TABLE drug_with_source(
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        name_key TEXT NOT NULL,
        generic_name TEXT NOT NULL,
        source_id INTEGER NOT NULL REFERENCES source(id),
        source_path TEXT NOT NULL,
        content_hash BLOB NOT NULL,
        imported_at INTEGER NOT NULL,
        front_matter TEXT NOT NULL,
        warnings TEXT NOT NULL,
        UNIQUE(source_id, source_path));
    INSERT INTO drug_with_source
        SELECT id, slug, title, name_key, generic_name, 1, source_path, content_hash, imported_at,
               front_matter, warnings FROM drug;
    DROP TABLE drug;
    ALTER TABLE drug_with_source RENAME TO drug;
    CREATE INDEX drug_name_key ON drug(name_key);
    CREATE INDEX drug_name_key_by_id ON drug(id, name_key);
    DELETE FROM meta WHERE key IN ('source_dir', 'parser_version');
    )sql");
}

const MigrationStep kMigrations[] = {createTables,
                                     createFullTextIndex,
                                     vocabularytable::create,
                                     sideeffecttable::create,
                                     createListingIndexes,
                                     vocabularytable::createImpactLists,
                                     createSources,
                                     vocabularytable::createPostings};
static_assert(std::size(kMigrations) == ContentDatabase::SchemaVersion);

// The columns DrugRecord is read from, in readDrug's order.
#define FORMULARY_DRUG_COLUMNS                                                                                         \
    "id, slug, title, generic_name, source_path, imported_at, (SELECT folder FROM source WHERE source.id = "           \
    "drug.source_id)"

DrugRecord readDrug(const SqliteStatement &statement)
{
    DrugRecord drug;
    drug.id = statement.columnInt64(0);
    drug.slug = statement.columnText(1);
    drug.title = statement.columnText(2);
    drug.genericName = statement.columnText(3);
    drug.sourcePath = statement.columnText(4);
    drug.importedAt = QDateTime::fromSecsSinceEpoch(statement.columnInt64(5));
    drug.sourceFolder = statement.columnText(6);
    return drug;
}

// A library from an earlier version of the program is brought forward where
// it lies, in one transaction, so that an upgrade does not ask for the pages
// again. False when the file cannot be written or the migration fails; it is
// then as it was.
bool migrateInPlace(const QString &path)
{
    if (!QFileInfo(path).isWritable())
        return false;
    QString error;
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite, &error);
    if (!connection)
        return false;
    try {
        migrateContentDatabase(connection->handle(), ContentDatabase::SchemaVersion);
    } catch (const StorageError &) {
        return false;
    }
    return true;
}

} // namespace

void migrateContentDatabase(sqlite3 *db, int upTo)
{
    migrateSchema(db, kMigrations, ContentDatabase::SchemaVersion, upTo);
}

sqlite3 *connectionOf(const ContentDatabase &database)
{
    return database.m_connection->handle();
}

struct ContentDatabase::Cache
{
    QHash<const char *, std::shared_ptr<SqliteStatement>> statements;
};

// A statement from the cache, reset (bindings cleared) when done with.
class ContentDatabase::CachedStatement
{
public:
    explicit CachedStatement(std::shared_ptr<SqliteStatement> statement)
        : m_statement(std::move(statement))
    { }
    ~CachedStatement() { m_statement->reset(); }
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;
    SqliteStatement *operator->() const { return m_statement.get(); }
    SqliteStatement &operator*() const { return *m_statement; }

private:
    std::shared_ptr<SqliteStatement> m_statement;
};

ContentDatabase::ContentDatabase()
    : m_cache(std::make_unique<Cache>())
{ }

ContentDatabase::CachedStatement ContentDatabase::cached(const char *sql) const
{
    std::shared_ptr<SqliteStatement> &statement = m_cache->statements[sql];
    if (!statement)
        statement = std::make_shared<SqliteStatement>(connectionOf(*this), sql);
    // In use further up the stack: a statement of its own for this use.
    if (statement.use_count() > 1)
        return CachedStatement(std::make_shared<SqliteStatement>(connectionOf(*this), sql));
    return CachedStatement(statement);
}

std::unique_ptr<ContentDatabase> ContentDatabase::open(const QString &path, Mode mode, QString *error)
{
    auto connection = SqliteConnection::open(
        path, mode == Mode::ReadOnly ? SqliteConnection::Mode::ReadOnly : SqliteConnection::Mode::ReadWrite, error);
    if (!connection)
        return nullptr;
    std::unique_ptr<ContentDatabase> database(new ContentDatabase);
    database->m_connection = std::move(connection);
    sqlite3 *db = connectionOf(*database);
    try {
        if (mode == Mode::ReadWrite) {
            // Measured on the shared corpus: with 4 KiB pages a drug's compressed
            // text (~2.5 KiB) leaves most of each page empty; 16 KiB pages make
            // the file a third smaller. Incremental auto-vacuum lets an import
            // give back the pages FTS5 freed while merging its segments (5% of
            // the file). Both take effect only on a new file.
            sqliteExecute(db, "PRAGMA page_size = 16384; PRAGMA auto_vacuum = INCREMENTAL");
            migrateContentDatabase(db, SchemaVersion);
        } else if (database->schemaVersion() < SchemaVersion && migrateInPlace(path)) {
            // Migrated by a connection of its own; this one reads the result.
        } else if (database->schemaVersion() != SchemaVersion) {
            throw StorageError(path, QCoreApplication::translate(
                                         "ContentDatabase", "schema version %1, expected %2; import the pages again")
                                         .arg(database->schemaVersion())
                                         .arg(SchemaVersion));
        }
        if (mode == Mode::ReadOnly) {
            // No memory map: every page a search touched would count as the
            // program's resident memory (175 MB at 100k drugs), while reading
            // through SQLite's own cache measured as fast. An 8 MB cache keeps
            // the index's upper levels.
            sqliteExecute(db, "PRAGMA mmap_size = 0; PRAGMA cache_size = -8192");
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

QString ContentDatabase::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1String("/formulary");
}

QString ContentDatabase::userDatabasePath()
{
    return dataFolder() + QLatin1String("/content.sqlite");
}

QString ContentDatabase::shippedDatabasePath()
{
    // Relative to the program, so that the build tree and any install prefix
    // work alike: `formulary` is in bin/, the window's program in
    // libexec/formulary/ (beside `formulary` in a build).
    const QDir programs(QCoreApplication::applicationDirPath());
    const QString besideBin = programs.absoluteFilePath(QStringLiteral("../share/formulary/content.sqlite"));
    const QString fromLibexec = programs.absoluteFilePath(QStringLiteral("../../share/formulary/content.sqlite"));
    return QFileInfo::exists(besideBin) || !QFileInfo::exists(fromLibexec) ? besideBin : fromLibexec;
}

QString ContentDatabase::defaultPath()
{
    const QString user = userDatabasePath();
    return QFileInfo::exists(user) ? user : QDir::cleanPath(shippedDatabasePath());
}

bool ContentDatabase::mayBeReplaced(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return true;
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly) || file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        return false;
    sqlite3 *db = nullptr;
    bool replaceable = true;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'drug'", -1,
                               &statement, nullptr)
                == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            replaceable = sqlite3_column_int(statement, 0) > 0;
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return replaceable;
}

QString ContentDatabase::path() const
{
    return m_connection->path();
}

int ContentDatabase::schemaVersion() const
{
    return userVersion(connectionOf(*this));
}

int ContentDatabase::drugCount() const
{
    SqliteStatement statement(connectionOf(*this), "SELECT count(*) FROM drug");
    return statement.step() ? int(statement.columnInt64(0)) : 0;
}

QList<SourceRecord> ContentDatabase::sources() const
{
    SqliteStatement rows(connectionOf(*this),
                         "SELECT id, folder, imported_at, parser_version, "
                         "(SELECT count(*) FROM drug WHERE drug.source_id = source.id) FROM source ORDER BY folder");
    QList<SourceRecord> sources;
    while (rows.step()) {
        sources.append({rows.columnInt64(0), rows.columnText(1), QDateTime::fromSecsSinceEpoch(rows.columnInt64(2)),
                        int(rows.columnInt64(3)), int(rows.columnInt64(4))});
    }
    return sources;
}

std::optional<QString> ContentDatabase::metaValue(const QString &key) const
{
    SqliteStatement statement(connectionOf(*this), "SELECT value FROM meta WHERE key = ?");
    statement.bind(1, key);
    if (!statement.step())
        return std::nullopt;
    return statement.columnText(0);
}

QStringList ContentDatabase::titles() const
{
    SqliteStatement statement(connectionOf(*this), "SELECT title FROM drug ORDER BY name_key");
    QStringList titles;
    while (statement.step())
        titles.append(statement.columnText(0));
    return titles;
}

QList<DrugRecord> ContentDatabase::findByName(const QString &name) const
{
    SqliteStatement statement(connectionOf(*this), "SELECT " FORMULARY_DRUG_COLUMNS " FROM drug "
                                                   "WHERE name_key = ?1 OR slug = ?2 ORDER BY slug");
    statement.bind(1, foldForMatching(name)).bind(2, name.trimmed().toLower());
    QList<DrugRecord> drugs;
    while (statement.step())
        drugs.append(readDrug(statement));
    return drugs;
}

QList<Section> ContentDatabase::sections(qint64 drugId) const
{
    return sectionstore::read(*cached(sectionstore::SelectText), *cached(sectionstore::SelectSections), drugId);
}

int ContentDatabase::sectionCount(qint64 drugId) const
{
    const CachedStatement statement = cached("SELECT count(*) FROM section WHERE drug_id = ?");
    statement->bind(1, drugId);
    return statement->step() ? int(statement->columnInt64(0)) : 0;
}

QList<StoredFaq> ContentDatabase::faqs(qint64 drugId) const
{
    return sectionstore::readFaqs(*cached(sectionstore::SelectText), *cached(sectionstore::SelectFaqs), drugId);
}

QList<StoredPage> ContentDatabase::storedPages(qint64 sourceId) const
{
    SqliteStatement rows(connectionOf(*this), "SELECT source_path, content_hash, slug FROM drug WHERE source_id = ?");
    rows.bind(1, sourceId);
    QList<StoredPage> pages;
    while (rows.step())
        pages.append({rows.columnText(0), rows.columnBlob(1), rows.columnText(2)});
    return pages;
}

QSet<QString> ContentDatabase::slugsOutside(qint64 sourceId) const
{
    SqliteStatement rows(connectionOf(*this), "SELECT slug FROM drug WHERE source_id != ?");
    rows.bind(1, sourceId);
    QSet<QString> slugs;
    while (rows.step())
        slugs.insert(rows.columnText(0));
    return slugs;
}

void ContentDatabase::forEachName(const std::function<void(qint64, const QString &, const QString &)> &visit) const
{
    SqliteStatement rows(connectionOf(*this), "SELECT id, title, slug FROM drug");
    while (rows.step())
        visit(rows.columnInt64(0), rows.columnText(1), rows.columnText(2));
}

ContentDatabase::ReadTransaction::ReadTransaction(const ContentDatabase &database)
    : m_db(connectionOf(database))
    , m_open(sqlite3_get_autocommit(m_db) && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
{ }

ContentDatabase::ReadTransaction::~ReadTransaction()
{
    if (m_open)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

namespace {

// The columns readSideEffect() reads, from side_effect e joined with its group g.
#define FORMULARY_SIDE_EFFECT_COLUMNS                                                                                  \
    "e.term, g.name, e.line, e.term_key, e.term_name, e.qualifier, e.synonym_key, e.frequency, e.band, "               \
    "e.body_system, e.ingredient, e.is_note"

SideEffect readSideEffect(const SqliteStatement &row, int first)
{
    SideEffect effect;
    effect.text = row.columnText(first);
    effect.group = row.columnText(first + 1);
    effect.line = int(row.columnInt64(first + 2));
    SideEffectTerm &normal = effect.normalised;
    normal.term = row.columnText(first + 3);
    normal.name = row.columnText(first + 4);
    normal.qualifier = row.columnText(first + 5);
    normal.synonym = row.columnText(first + 6);
    normal.frequency = sideEffectFrequencyFromName(row.columnText(first + 7));
    normal.band = sideEffectBandFromName(row.columnText(first + 8));
    normal.bodySystem = row.columnText(first + 9);
    normal.ingredient = row.columnText(first + 10);
    normal.isNote = row.columnInt64(first + 11) != 0;
    return effect;
}

} // namespace

QList<SideEffect> ContentDatabase::sideEffects(qint64 drugId) const
{
    SqliteStatement statement(connectionOf(*this), "SELECT " FORMULARY_SIDE_EFFECT_COLUMNS " FROM side_effect e "
                                                   "JOIN side_effect_group g ON g.id = e.group_id "
                                                   "WHERE e.drug_id = ? ORDER BY e.position");
    statement.bind(1, drugId);
    QList<SideEffect> effects;
    while (statement.step())
        effects.append(readSideEffect(statement, 0));
    return effects;
}

QList<SideEffectTermRecord> ContentDatabase::sideEffectTerms() const
{
    QHash<QString, QStringList> synonyms;
    {
        SqliteStatement rows(connectionOf(*this), "SELECT variant, term FROM side_effect_synonym ORDER BY variant");
        while (rows.step())
            synonyms[rows.columnText(1)].append(rows.columnText(0));
    }
    SqliteStatement rows(connectionOf(*this), "SELECT key, name, drugs, common, less_common, rare, serious "
                                              "FROM side_effect_term ORDER BY drugs DESC, key");
    QList<SideEffectTermRecord> terms;
    while (rows.step()) {
        const QString key = rows.columnText(0);
        terms.append({key, rows.columnText(1), int(rows.columnInt64(2)), int(rows.columnInt64(3)),
                      int(rows.columnInt64(4)), int(rows.columnInt64(5)), int(rows.columnInt64(6)),
                      synonyms.value(key)});
    }
    return terms;
}

QList<SideEffectListing> ContentDatabase::sideEffectListings(const QString &termKey, int offset, int limit) const
{
    // A term many drugs list is read walking the drugs in name order, which
    // needs no sort and stops at the page's last row; any other through the
    // index of terms, all its rows sorted. Walking costs the drugs passed
    // (pageEnd / share of drugs listing it), sorting the drugs listing it:
    // at 100,000 drugs, walking wins above about one drug in eight.
    const std::optional<SideEffectTermRecord> term = sideEffectTerm(termKey);
    const bool byName = term && qint64(term->drugs) * 8 > drugCount();
    SqliteStatement rows(connectionOf(*this),
                         byName ? "SELECT d.id, d.title, d.slug, " FORMULARY_SIDE_EFFECT_COLUMNS " FROM drug d "
                                  "CROSS JOIN side_effect e ON e.drug_id = d.id "
                                  "JOIN side_effect_group g ON g.id = e.group_id "
                                  "WHERE e.is_note = 0 AND e.term_key IN "
                                  "(SELECT ?1 UNION SELECT variant FROM side_effect_synonym WHERE term = ?1) "
                                  "ORDER BY d.name_key, d.id, e.position LIMIT ?2 OFFSET ?3"
                                // The page's rows chosen from the indexes alone, then read.
                                : "WITH page(drug_id, position) AS (SELECT e.drug_id, e.position FROM side_effect e "
                                  "CROSS JOIN drug d ON d.id = e.drug_id WHERE e.is_note = 0 AND e.term_key IN "
                                  "(SELECT ?1 UNION SELECT variant FROM side_effect_synonym WHERE term = ?1) "
                                  "ORDER BY d.name_key, d.id, e.position LIMIT ?2 OFFSET ?3) "
                                  "SELECT d.id, d.title, d.slug, " FORMULARY_SIDE_EFFECT_COLUMNS " FROM page "
                                  "CROSS JOIN side_effect e ON e.drug_id = page.drug_id AND e.position = page.position "
                                  "JOIN side_effect_group g ON g.id = e.group_id JOIN drug d ON d.id = e.drug_id "
                                  "ORDER BY d.name_key, d.id, e.position");
    rows.bind(1, term ? term->key : termKey).bind(2, qint64(limit)).bind(3, qint64(offset));
    QList<SideEffectListing> listings;
    while (rows.step())
        listings.append({rows.columnInt64(0), rows.columnText(1), rows.columnText(2), readSideEffect(rows, 3)});
    return listings;
}

QList<SideEffectListing> ContentDatabase::sideEffectDrugs(const QString &termKey, const QString &frequency,
                                                          int limit) const
{
    // The term's items in drug order, a chunk at a time until `limit` drugs
    // are found: a term most drugs list needs only the first chunk.
    // A little more than asked for, as a drug may list the term twice.
    const int chunk = std::clamp(limit * 2, 50, 500);
    QList<SideEffectListing> drugs;
    for (int offset = 0;; offset += chunk) {
        const QList<SideEffectListing> items = sideEffectListings(termKey, offset, limit < 0 ? -1 : chunk);
        for (const SideEffectListing &item : items) {
            if ((!frequency.isEmpty() && sideEffectFrequencyName(item.effect.normalised.frequency) != frequency)
                || (!drugs.isEmpty() && drugs.constLast().drugId == item.drugId))
                continue;
            if (limit >= 0 && drugs.size() == limit)
                return drugs;
            drugs.append(item);
        }
        if (limit < 0 || items.size() < chunk)
            return drugs;
    }
}

std::optional<SideEffectTermRecord> ContentDatabase::sideEffectTerm(const QString &key) const
{
    const QStringList family = sideEffectTermFamily(key);
    if (family.isEmpty())
        return std::nullopt;
    const CachedStatement row = cached("SELECT key, name, drugs, common, less_common, rare, serious "
                                       "FROM side_effect_term WHERE key = ?1");
    row->bind(1, family.first());
    if (!row->step())
        return std::nullopt;
    return SideEffectTermRecord{
        row->columnText(0),       row->columnText(1),       int(row->columnInt64(2)), int(row->columnInt64(3)),
        int(row->columnInt64(4)), int(row->columnInt64(5)), int(row->columnInt64(6)), family.mid(1)};
}

QList<SideEffectSynonymRecord> ContentDatabase::sideEffectSynonyms() const
{
    SqliteStatement rows(connectionOf(*this),
                         "SELECT variant, term, via, evidence, pages FROM side_effect_synonym ORDER BY term, variant");
    QList<SideEffectSynonymRecord> synonyms;
    while (rows.step())
        synonyms.append(
            {rows.columnText(0), rows.columnText(1), rows.columnText(2), rows.columnText(3), int(rows.columnInt64(4))});
    return synonyms;
}

bool ContentDatabase::hasTermPostings() const
{
    return metaValue(QStringLiteral("term_posting_version")) == QString::number(TermPostings::Version);
}

TermPostings ContentDatabase::termPostings(const QString &term) const
{
    return storedPostings(term).value_or(TermPostings());
}

std::optional<TermPostings> ContentDatabase::storedPostings(const QString &key) const
{
    const CachedStatement row = cached("SELECT drugs FROM term_posting WHERE term = ?1");
    row->bind(1, key);
    if (!row->step())
        return std::nullopt;
    return TermPostings(row->columnView(0).toByteArray());
}

qint64 ContentDatabase::lastDrugId() const
{
    const CachedStatement row = cached("SELECT coalesce(max(id), 0) FROM drug");
    return row->step() ? row->columnInt64(0) : 0;
}

std::optional<TermPostings> ContentDatabase::phrasePostings(const QStringList &words) const
{
    if (words.size() < 2)
        return std::nullopt;
    return storedPostings(words.join(QLatin1Char(' ')));
}

QStringList ContentDatabase::sideEffectTermFamily(const QString &key) const
{
    QString term;
    {
        const CachedStatement root = cached("SELECT term FROM side_effect_synonym WHERE variant = ?1 "
                                            "UNION ALL SELECT key FROM side_effect_term WHERE key = ?1");
        root->bind(1, key);
        if (!root->step())
            return {};
        term = root->columnText(0);
    }
    QStringList family{term};
    const CachedStatement variants = cached("SELECT variant FROM side_effect_synonym WHERE term = ?1 ORDER BY variant");
    variants->bind(1, term);
    while (variants->step())
        family.append(variants->columnText(0));
    return family;
}

SideEffectCensus ContentDatabase::sideEffectCensus() const
{
    sqlite3 *db = connectionOf(*this);
    SideEffectCensus census;
    SqliteStatement totals(db, "SELECT count(*), coalesce(sum(is_note), 0), "
                               "coalesce(sum(is_note = 0 AND band != ''), 0), "
                               "coalesce(sum(is_note = 0 AND body_system != ''), 0), "
                               "coalesce(sum(is_note = 0 AND ingredient != ''), 0) FROM side_effect");
    if (totals.step()) {
        census.rows = int(totals.columnInt64(0));
        census.notes = int(totals.columnInt64(1));
        census.withBand = int(totals.columnInt64(2));
        census.withBodySystem = int(totals.columnInt64(3));
        census.withIngredient = int(totals.columnInt64(4));
    }
    SqliteStatement classes(db, "SELECT frequency, count(*) FROM side_effect WHERE is_note = 0 GROUP BY frequency");
    QHash<QString, int> rows;
    while (classes.step())
        rows.insert(classes.columnText(0), int(classes.columnInt64(1)));
    for (const SideEffectFrequency frequency :
         {SideEffectFrequency::Common, SideEffectFrequency::LessCommon, SideEffectFrequency::Rare,
          SideEffectFrequency::Serious, SideEffectFrequency::Unspecified}) {
        const QString name = sideEffectFrequencyName(frequency);
        census.frequencies.append({name, rows.value(name)});
    }
    SqliteStatement terms(db, "SELECT count(*) FROM side_effect_term");
    if (terms.step())
        census.terms = int(terms.columnInt64(0));
    SqliteStatement folds(db, "SELECT evidence, count(*) FROM side_effect_synonym GROUP BY evidence");
    while (folds.step()) {
        if (folds.columnText(0) == QLatin1String("table"))
            census.foldsFromTable = int(folds.columnInt64(1));
        else
            census.foldsFromPages += int(folds.columnInt64(1));
    }
    return census;
}

QList<DrugRecord> ContentDatabase::drugs(int offset, int limit) const
{
    SqliteStatement statement(connectionOf(*this), "SELECT " FORMULARY_DRUG_COLUMNS " FROM drug "
                                                   "ORDER BY name_key, id LIMIT ?1 OFFSET ?2");
    statement.bind(1, qint64(limit)).bind(2, qint64(offset));
    QList<DrugRecord> drugs;
    while (statement.step())
        drugs.append(readDrug(statement));
    return drugs;
}

std::optional<DrugRecord> ContentDatabase::drug(qint64 id) const
{
    const CachedStatement statement = cached("SELECT " FORMULARY_DRUG_COLUMNS " FROM drug WHERE id = ?1");
    statement->bind(1, id);
    if (!statement->step())
        return std::nullopt;
    return readDrug(*statement);
}

std::optional<DrugRecord> ContentDatabase::drugBySlug(const QString &slug) const
{
    SqliteStatement statement(connectionOf(*this), "SELECT " FORMULARY_DRUG_COLUMNS " FROM drug WHERE slug = ?1");
    statement.bind(1, slug);
    if (!statement.step())
        return std::nullopt;
    return readDrug(statement);
}

} // namespace formulary
