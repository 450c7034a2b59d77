#include "store/contentdatabasebuilder.h"

#include "parse/synonymtable.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/fulltextindexwriter.h"
#include "store/internal/monographwriter.h"
#include "store/internal/phrasepostings.h"
#include "store/internal/sideeffecttable.h"
#include "store/internal/sqlitestatement.h"
#include "store/internal/vocabularytable.h"

#include <QDateTime>

namespace formulary {

struct ContentDatabaseBuilder::Private
{
    std::unique_ptr<ContentDatabase> database;
    sqlite3 *db = nullptr;
    bool fromEmpty = false;
    bool committed = false;
    qint64 sourceId = 0;
    std::unique_ptr<MonographWriter> writer;
};

ContentDatabaseBuilder::ContentDatabaseBuilder()
    : d(std::make_unique<Private>())
{ }

ContentDatabaseBuilder::~ContentDatabaseBuilder()
{
    if (d->db && !d->committed) {
        d->writer.reset();
        sqliteRollback(d->db);
    }
}

std::unique_ptr<ContentDatabaseBuilder> ContentDatabaseBuilder::open(const QString &path, bool fromEmpty,
                                                                     QString *error)
{
    std::unique_ptr<ContentDatabaseBuilder> builder(new ContentDatabaseBuilder);
    builder->d->database = ContentDatabase::open(path, ContentDatabase::Mode::ReadWrite, error);
    if (!builder->d->database)
        return nullptr;
    sqlite3 *db = connectionOf(*builder->d->database);
    try {
        // The file is renamed into place only when complete, so it needs
        // neither a rollback journal nor syncs while it is being built.
        sqliteExecute(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;"
                          "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY");
        sqliteExecute(db, "BEGIN");
        builder->d->db = db;
        fulltextindex::beginBulkLoad(db, fromEmpty);
        builder->d->fromEmpty = fromEmpty;
        builder->d->writer = std::make_unique<MonographWriter>(db, fromEmpty);
    } catch (const StorageError &e) {
        if (error)
            *error = e.text();
        return nullptr;
    }
    return builder;
}

void ContentDatabaseBuilder::store(const MonographRecord &record, const QString &sourcePath,
                                   const QByteArray &contentHash, qint64 importedAt)
{
    d->writer->replace(record, sourcePath, contentHash, importedAt);
}

qint64 ContentDatabaseBuilder::useSource(const QString &folder, qint64 importedAt, int parserVersion)
{
    SqliteStatement upsert(d->db, "INSERT INTO source(folder, imported_at, parser_version) VALUES (?1, ?2, ?3) "
                                  "ON CONFLICT(folder) DO UPDATE SET imported_at = ?2, parser_version = ?3 "
                                  "RETURNING id");
    upsert.bind(1, folder).bind(2, importedAt).bind(3, qint64(parserVersion));
    upsert.step();
    const qint64 id = upsert.columnInt64(0);
    upsert.reset();
    d->sourceId = id;
    d->writer->setSource(id);
    return id;
}

bool ContentDatabaseBuilder::removePage(const QString &sourcePath)
{
    return d->writer->removePage(sourcePath);
}

std::optional<int> ContentDatabaseBuilder::removeSource(const QString &folder)
{
    SqliteStatement find(d->db, "SELECT id FROM source WHERE folder = ?");
    find.bind(1, folder);
    if (!find.step())
        return std::nullopt;
    const qint64 id = find.columnInt64(0);
    find.reset();
    d->writer->setSource(id);
    const int drugs = d->writer->removeAllOfSource();
    SqliteStatement remove(d->db, "DELETE FROM source WHERE id = ?");
    remove.bind(1, id).execute();
    d->writer->setSource(d->sourceId);
    return drugs;
}

QList<QList<DrugRecord>> ContentDatabaseBuilder::drugsSharingTitles() const
{
    SqliteStatement rows(d->db, "SELECT name_key, source_path, title, slug FROM drug WHERE name_key IN "
                                "(SELECT name_key FROM drug GROUP BY name_key HAVING count(*) > 1) "
                                "ORDER BY name_key, source_path");
    QList<QList<DrugRecord>> groups;
    QString key;
    while (rows.step()) {
        if (groups.isEmpty() || rows.columnText(0) != key) {
            key = rows.columnText(0);
            groups.append(QList<DrugRecord>());
        }
        DrugRecord drug;
        drug.sourcePath = rows.columnText(1);
        drug.title = rows.columnText(2);
        drug.slug = rows.columnText(3);
        groups.last().append(drug);
    }
    return groups;
}

int ContentDatabaseBuilder::drugCount() const
{
    return d->database->drugCount();
}

SideEffectCensus ContentDatabaseBuilder::sideEffectCensus() const
{
    return d->database->sideEffectCensus();
}

void ContentDatabaseBuilder::commit(const QList<QPair<QString, QString>> &meta, const SynonymTable &synonyms)
{
    sqlite3 *db = d->db;
    const bool changed = d->writer->changed();
    const QString synonymsVersion = QString::number(synonyms.version);
    const bool familiesChanged = changed
                                 || d->database->metaValue(QStringLiteral("synonym_table_version")) != synonymsVersion;
    if (familiesChanged)
        sideeffecttable::rebuild(db, synonyms);
    SqliteStatement insert(db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    for (const auto &[key, value] : meta)
        insert.bind(1, key).bind(2, value).execute();
    insert.bind(1, QStringLiteral("synonym_table_version")).bind(2, synonymsVersion).execute();
    d->writer.reset();
    sqliteExecute(db, "COMMIT");
    d->committed = true;
    fulltextindex::endBulkLoad(db, d->fromEmpty);
    const bool wordsChanged = changed || !d->database->hasTermPostings();
    if (wordsChanged) {
        // The vocabulary and the postings are read from the committed
        // index by connections of their own, in parallel: the import lets go
        // of its lock, which goes at its next read.
        sqliteExecute(db, "PRAGMA locking_mode = NORMAL");
        SqliteStatement(db, "SELECT count(*) FROM meta").step();
        vocabularytable::rebuildInParallel(db, d->database->path());
    }
    // The side effects' names of several words, counted as phrases.
    if (wordsChanged || familiesChanged
        || d->database->metaValue(QStringLiteral("phrase_posting_version")) != QString::number(phrasepostings::Version))
        phrasepostings::rebuild(*d->database);
    // Merging FTS5 segments left free pages behind; a few milliseconds
    // return them.
    sqliteExecute(db, "PRAGMA incremental_vacuum");
    sqliteExecute(db, "PRAGMA optimize");
}

} // namespace formulary
