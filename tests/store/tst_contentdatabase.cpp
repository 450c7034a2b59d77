// The content database's schema and migrations.
#include "import/importer.h"
#include "store/contentdatabase.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sqlitestatement.h"
#include "testpages.h"

#include <QtTest>

#include <sqlite3.h>

using namespace formulary;

namespace {

// Imports the pages of `dir`/pages into `dir`/c.sqlite and opens it to read;
// nothing (after a failed check) when either step fails.
std::unique_ptr<ContentDatabase> importPages(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    const ImportReport report = Importer::run({dir.filePath(QStringLiteral("pages")), path, true});
    if (!QTest::qVerify(report.succeeded(), "report.succeeded()", qPrintable(report.error), __FILE__, __LINE__))
        return nullptr;
    QString error;
    auto db = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &error);
    if (!QTest::qVerify(bool(db), "db", qPrintable(error), __FILE__, __LINE__))
        return nullptr;
    return db;
}

} // namespace

class TestContentDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseHasCurrentSchema()
    {
        QTemporaryDir dir;
        QString error;
        const auto db = ContentDatabase::open(dir.filePath(QStringLiteral("c.sqlite")),
                                              ContentDatabase::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), ContentDatabase::SchemaVersion);
        QCOMPARE(db->drugCount(), 0);
    }

    // Opened to be read, as the window opens it after an upgrade: migrated
    // where it lies. The folder it was imported from becomes its one source.
    void migratesFromVersionOneKeepingRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        // Build a version-1 database by hand, as an older program left it.
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            migrateContentDatabase(db, 1);
            sqliteExecute(db, "INSERT INTO drug(id, slug, title, name_key, generic_name, source_path, content_hash, "
                              "imported_at, front_matter, warnings) VALUES (7, 'zolpimar', 'Zolpimar', 'zolpimar', "
                              "'Zolpimar', 'z/zolpimar.md', x'00', 0, '[]', '[]')");
            SqliteStatement text(db, "INSERT INTO drug_text(drug_id, body) VALUES (7, ?)");
            const QByteArray body = qCompress(QByteArray("Treats quixotic insomnia."));
            text.bindBlob(1, body).execute();
            sqliteExecute(db, "INSERT INTO section(drug_id, position, kind, heading, ingredient, line, text_offset, "
                              "text_length) VALUES (7, 0, 'usage', 'Usage', '', 8, 0, 25)");
            sqliteExecute(db, "INSERT INTO meta(key, value) VALUES ('source_dir', '/srv/pages'), "
                              "('parser_version', '6')");
            SqliteStatement version(db, "PRAGMA user_version");
            QVERIFY(version.step());
            QCOMPARE(version.columnInt64(0), 1);
            // Closed once the statements above are finalised, at the end of this block.
            sqlite3_close_v2(db);
        }
        QString error;
        const auto db = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), ContentDatabase::SchemaVersion);
        const QList<DrugRecord> drugs = db->findByName(QStringLiteral("ZOLPIMAR"));
        QCOMPARE(drugs.size(), 1);
        QCOMPARE(drugs.first().sourceFolder, QStringLiteral("/srv/pages"));
        QCOMPARE(drugs.first().sourcePath, QStringLiteral("z/zolpimar.md"));
        const QList<SourceRecord> sources = db->sources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().folder, QStringLiteral("/srv/pages"));
        QCOMPARE(sources.first().drugs, 1);
        QCOMPARE(sources.first().parserVersion, 6);
        QCOMPARE(db->storedPages(sources.first().id).value(0).slug, QStringLiteral("zolpimar"));
        QCOMPARE(db->sections(drugs.first().id).value(0).markdown, QStringLiteral("Treats quixotic insomnia."));
        // The migration indexed the existing text.
        SqliteStatement match(connectionOf(*db), "SELECT rowid FROM drug_fts WHERE drug_fts MATCH '\"quixotic\"'");
        QVERIFY(match.step());
        QCOMPARE(match.columnInt64(0), 7);
    }

    // The postings of a word come back as written, in drug order, with
    // counts of any size; a list cut short ends at the last whole drug.
    void termPostingsReadBackAsWritten()
    {
        QList<TermPostings::Posting> written;
        TermPostings::Posting first;
        first.drugId = 3;
        first.counts[fulltextindex::Title] = 1;
        first.counts[fulltextindex::Other] = 300; // more than a byte, and the ninth column
        written.append(first);
        TermPostings::Posting second;
        second.drugId = 200000;
        second.counts[fulltextindex::SideEffects] = 2;
        written.append(second);
        TermPostings::Writer writer;
        for (const TermPostings::Posting &posting : std::as_const(written))
            writer.add(posting);
        TermPostings read(writer.bytes());
        TermPostings::Posting posting;
        for (const TermPostings::Posting &expected : std::as_const(written)) {
            QVERIFY(read.next(&posting));
            QCOMPARE(posting.drugId, expected.drugId);
            QVERIFY(posting.counts == expected.counts);
        }
        QVERIFY(!read.next(&posting));

        TermPostings cut(writer.bytes().chopped(1));
        QVERIFY(cut.next(&posting));
        QCOMPARE(posting.drugId, 3);
        QVERIFY(!cut.next(&posting));
        QVERIFY(!TermPostings().next(&posting));
    }

    // An import stores every word's postings, and they agree with the
    // vocabulary's drug counts.
    void importStoresEveryWordsPostings()
    {
        QTemporaryDir dir;
        QVERIFY(testing::writeFile(dir.filePath(QStringLiteral("pages/examplamine.md")),
                                   testing::page(QStringLiteral("Examplamine"))));
        QVERIFY(testing::writeFile(dir.filePath(QStringLiteral("pages/samplazole.md")),
                                   testing::page(QStringLiteral("Samplazole"))));
        const auto db = importPages(dir);
        QVERIFY(db);
        QVERIFY(db->hasTermPostings());
        SqliteStatement terms(connectionOf(*db), "SELECT term, docs FROM search_term");
        int words = 0;
        while (terms.step()) {
            TermPostings postings = db->termPostings(terms.columnText(0));
            TermPostings::Posting posting;
            int drugs = 0;
            qint64 last = 0;
            while (postings.next(&posting)) {
                QVERIFY(posting.drugId > last);
                last = posting.drugId;
                QVERIFY(std::any_of(posting.counts.cbegin(), posting.counts.cend(), [](quint32 n) { return n > 0; }));
                ++drugs;
            }
            QCOMPARE(drugs, int(terms.columnInt64(1)));
            ++words;
        }
        QVERIFY(words > 20);
        TermPostings::Posting posting;
        TermPostings title = db->termPostings(QStringLiteral("examplamine"));
        QVERIFY(title.next(&posting));
        QVERIFY(posting.counts[fulltextindex::Title] == 1);
        QVERIFY(!db->termPostings(QStringLiteral("nowhere")).next(&posting));
    }

    void importCountsSideEffectNamesAsPhrases()
    {
        // The reviewed table folds "skin rash" into "rash": a search for
        // rash also looks for the phrase, whose postings the import stores.
        QTemporaryDir dir;
        const auto withSideEffect = [](const QString &title, const QString &usage, const QString &sideEffect) {
            return QStringLiteral("---\ntitle: %1\n---\n\n# %1\n\n### Usage\n\n%2\n\n"
                                  "### Side Effects\n\n* %3\n* Nausea\n")
                .arg(title, usage, sideEffect)
                .toUtf8();
        };
        QVERIFY(testing::writeFile(dir.filePath(QStringLiteral("pages/examplamine.md")),
                                   withSideEffect(QStringLiteral("Examplamine"),
                                                  QStringLiteral("Treats a skin rash, and skin rash again."),
                                                  QStringLiteral("Skin rash\n* Loss of appetite"))));
        QVERIFY(testing::writeFile(dir.filePath(QStringLiteral("pages/samplazole.md")),
                                   withSideEffect(QStringLiteral("Samplazole"),
                                                  QStringLiteral("For dry skin; a rash is rare."),
                                                  QStringLiteral("Rash"))));
        const auto db = importPages(dir);
        QVERIFY(db);
        QVERIFY(db->sideEffectTermFamily(QStringLiteral("rash")).contains(QStringLiteral("skin rash")));

        std::optional<TermPostings> phrase = db->phrasePostings({QStringLiteral("skin"), QStringLiteral("rash")});
        QVERIFY(phrase);
        TermPostings::Posting posting;
        QVERIFY(phrase->next(&posting));
        QCOMPARE(db->drug(posting.drugId)->title, QStringLiteral("Examplamine"));
        QCOMPARE(posting.counts[fulltextindex::Usage], 2u);
        QCOMPARE(posting.counts[fulltextindex::SideEffects], 1u);
        QCOMPARE(posting.columns, (1u << fulltextindex::Usage) | (1u << fulltextindex::SideEffects));
        QVERIFY(!phrase->next(&posting)); // Samplazole has both words, apart
        // Each two words side by side in a name are counted too.
        for (const QStringList &pair : {QStringList{QStringLiteral("loss"), QStringLiteral("of")},
                                        QStringList{QStringLiteral("of"), QStringLiteral("appetite")}}) {
            std::optional<TermPostings> sideBySide = db->phrasePostings(pair);
            QVERIFY(sideBySide);
            QVERIFY(sideBySide->next(&posting));
            QCOMPARE(db->drug(posting.drugId)->title, QStringLiteral("Examplamine"));
            QCOMPARE(posting.columns, 1u << fulltextindex::SideEffects);
            QVERIFY(!sideBySide->next(&posting));
        }
        // Phrases that are not a side effect's name have no postings: search
        // finds them in FTS5.
        QVERIFY(!db->phrasePostings({QStringLiteral("dry"), QStringLiteral("skin")}));
        QVERIFY(!db->phrasePostings({QStringLiteral("rash")}));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            sqliteExecute(db, "PRAGMA user_version = 999");
            sqlite3_close(db);
        }
        QString error;
        QVERIFY(!ContentDatabase::open(path, ContentDatabase::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }

    void notADatabaseIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QVERIFY(testing::writeFile(path, QByteArray(4096, 'x')));
        QString error;
        QVERIFY(!ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!ContentDatabase::open(dir.filePath(QStringLiteral("missing.sqlite")), ContentDatabase::Mode::ReadOnly,
                                       &error));
        QVERIFY2(error.contains(QLatin1String("missing.sqlite")), qPrintable(error));
    }

    void findByNameIgnoresCaseAndAccents()
    {
        QTemporaryDir dir;
        QVERIFY(testing::writeFile(dir.filePath(QStringLiteral("pages/cafe.md")),
                                   testing::page(QStringLiteral("Café Noir"))));
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        const ImportReport report = Importer::run({dir.filePath(QStringLiteral("pages")), path, true});
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        const auto db = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, nullptr);
        QVERIFY(db);
        QCOMPARE(db->findByName(QStringLiteral("cafe  noir")).size(), 1);
        QCOMPARE(db->findByName(QStringLiteral("CAFÉ NOIR")).size(), 1);
        QCOMPARE(db->findByName(QStringLiteral("cafe")).size(), 1); // the slug
        QCOMPARE(db->findByName(QStringLiteral("noir")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContentDatabase)
#include "tst_contentdatabase.moc"
