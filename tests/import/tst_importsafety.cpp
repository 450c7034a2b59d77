// What an import must never do to the database it replaces or to the
// bookmarks that name its drugs: replay what a killed import left behind,
// swap in a database with fewer drugs than it reports, rename a page that is
// already stored, or write through a link instead of beside its target.
#include "damageddatabase.h"
#include "import/importer.h"
#include "store/contentdatabase.h"
#include "testpages.h"

#include <QtTest>

#include <sqlite3.h>

using namespace formulary;
using namespace formulary::testing;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int drugCount(const QString &databasePath)
{
    QString error;
    const auto db = ContentDatabase::open(databasePath, ContentDatabase::Mode::ReadOnly, &error);
    return db ? db->drugCount() : -1;
}

QString slugOf(const QString &databasePath, const QString &sourcePath)
{
    const auto db = ContentDatabase::open(databasePath, ContentDatabase::Mode::ReadOnly, nullptr);
    if (!db)
        return QString();
    for (const SourceRecord &source : db->sources()) {
        for (const StoredPage &stored : db->storedPages(source.id)) {
            if (stored.sourcePath == sourcePath)
                return stored.slug;
        }
    }
    return QString();
}

} // namespace

class TestImportSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pages() const { return m_dir.filePath(QStringLiteral("pages")); }
    QString pagePath(const QString &relative) const { return pages() + QLatin1Char('/') + relative; }
    QString database() const { return m_dir.filePath(QStringLiteral("db/content.sqlite")); }
    ImportReport import(bool incremental = true, const QString &target = QString())
    {
        return Importer::run({pages(), target.isEmpty() ? database() : target, incremental});
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        QVERIFY(writeFile(pagePath(QStringLiteral("a/alphadrine.md")), page(QStringLiteral("Alphadrine"))));
        QVERIFY(writeFile(pagePath(QStringLiteral("betazol.md")), page(QStringLiteral("Betazol"))));
        QVERIFY(writeFile(pagePath(QStringLiteral("gammacort.md")), page(QStringLiteral("Gammacort"))));
    }

    // An import killed while its fresh temporary was being created leaves
    // the temporary and its hot rollback journal. The next import must not
    // let SQLite replay that journal onto its copy of the old database.
    void aKilledImportsJournalIsNotReplayed()
    {
        QVERIFY(import().succeeded());
        QCOMPARE(drugCount(database()), 3);

        const QString temporary = database() + QStringLiteral(".importing");
        const QString journal = temporary + QStringLiteral("-journal");
        QByteArray journalBytes;
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(temporary).constData(), &db), SQLITE_OK);
            // Pages spill to the file before the commit: by then the journal
            // is complete and synced, as in a migration's commit.
            QCOMPARE(sqlite3_exec(db,
                                  "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; BEGIN; CREATE TABLE t(x);"
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                                  "INSERT INTO t SELECT randomblob(200) FROM n",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            // The journal as the process left it when it was killed here.
            journalBytes = readAll(journal);
            sqlite3_close_v2(db);
        }
        QVERIFY(!journalBytes.isEmpty());
        QVERIFY(writeFile(journal, journalBytes));

        const ImportReport report = import();
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.count(FileOutcome::Kind::Unchanged), 3);
        QCOMPARE(drugCount(database()), 3);
        QVERIFY(!QFileInfo::exists(journal));
    }

    // An import rebuilds a damaged content database from the pages: a
    // damaged page of the file is not copied into the new one, and the
    // program's own database file is replaced even when it is no longer
    // recognisable. A file named with --db that is not a content database is
    // never overwritten.
    void aDamagedDatabaseIsRebuilt_data()
    {
        QTest::addColumn<Damage>("damage");
        for (const auto &[name, damage] : allDamages())
            QTest::newRow(name) << damage;
    }

    void aDamagedDatabaseIsRebuilt()
    {
        QFETCH(Damage, damage);
        QVERIFY(import().succeeded());
        const QString damaged = m_dir.filePath(QStringLiteral("db/damaged.sqlite"));
        QVERIFY(writeDamagedCopy(database(), damaged, damage, "section"));

        Importer::Options options{pages(), damaged, true};
        const bool recognisable = damage != Damage::ZeroFilled && damage != Damage::NotSqlite;
        if (!recognisable) {
            const QByteArray before = readAll(damaged);
            const ImportReport refused = Importer::run(options);
            QVERIFY(!refused.succeeded());
            QCOMPARE(readAll(damaged), before);
            options.ownTarget = true;
        }
        const ImportReport report = Importer::run(options);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(drugCount(damaged), 3);
        QString error;
        const auto db = ContentDatabase::open(damaged, ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        for (const DrugRecord &drug : db->drugs(0, 10))
            QVERIFY(!db->sections(drug.id).isEmpty());
    }

    // A page added under a file name another page already has, in another
    // folder, must not take or change the stored page's slug: bookmarks
    // name drugs by slug.
    void aStoredPageKeepsItsSlug()
    {
        QVERIFY(import().succeeded());
        QCOMPARE(slugOf(database(), QStringLiteral("a/alphadrine.md")), QStringLiteral("alphadrine"));
        QVERIFY(writeFile(pagePath(QStringLiteral("b/alphadrine.md")), page(QStringLiteral("Alphadrine"))));
        QVERIFY(import().succeeded());
        QCOMPARE(slugOf(database(), QStringLiteral("a/alphadrine.md")), QStringLiteral("alphadrine"));
        const QString newcomer = slugOf(database(), QStringLiteral("b/alphadrine.md"));
        QVERIFY(!newcomer.isEmpty());
        QVERIFY(newcomer != QStringLiteral("alphadrine"));
        // A full import reads every page again, and keeps the slugs too.
        QVERIFY(import(false).succeeded());
        QCOMPARE(slugOf(database(), QStringLiteral("a/alphadrine.md")), QStringLiteral("alphadrine"));
        QCOMPARE(slugOf(database(), QStringLiteral("b/alphadrine.md")), newcomer);
    }

    // --db naming a link: the database is written beside the link's target,
    // the link stays a link, and the lock is the target's, so that imports
    // through the link and through the target never run at once.
    void aLinkedDatabaseIsWrittenAtItsTarget()
    {
        const QString target = m_dir.filePath(QStringLiteral("real/content.sqlite"));
        const QString link = m_dir.filePath(QStringLiteral("linked.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(import(true, target).succeeded());
        QVERIFY(QFile::link(target, link));

        QVERIFY(writeFile(pagePath(QStringLiteral("deltamine.md")), page(QStringLiteral("Deltamine"))));
        const ImportReport report = import(true, link);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(drugCount(target), 4);
        QCOMPARE(drugCount(link), 4);

        // While an import holds the target's lock, one through the link waits its turn.
        QLockFile lock(target + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        const ImportReport blocked = import(true, link);
        QVERIFY(!blocked.succeeded());
        QVERIFY2(blocked.error.contains(QStringLiteral("another import")), qPrintable(blocked.error));
    }
};

QTEST_GUILESS_MAIN(TestImportSafety)
#include "tst_importsafety.moc"
