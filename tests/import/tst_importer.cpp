// The importer on small folders written for the tests: outcomes, re-import,
// and the promise that a failed or interrupted import keeps the old database.
#include "import/importer.h"
#include "parse/pageparser.h"
#include "store/contentdatabase.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sectionstore.h"
#include "store/internal/sqlitestatement.h"
#include "testpages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace formulary;
using formulary::testing::page;
using formulary::testing::writeFile;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Everything a reader sees, as one comparable string.
QString contentOf(const QString &databasePath)
{
    const auto db = ContentDatabase::open(databasePath, ContentDatabase::Mode::ReadOnly, nullptr);
    if (!db)
        return QStringLiteral("<no database>");
    QString dump;
    SqliteStatement drugs(connectionOf(*db), "SELECT id, slug, title, source_path FROM drug ORDER BY slug");
    while (drugs.step()) {
        dump += drugs.columnText(1) + QLatin1Char('|') + drugs.columnText(2) + QLatin1Char('|') + drugs.columnText(3)
                + QLatin1Char('\n');
        for (const Section &section : db->sections(drugs.columnInt64(0)))
            dump += QStringLiteral("  %1 %2: %3\n").arg(int(section.kind)).arg(section.heading, section.markdown);
    }
    for (const char *sql : {"SELECT count(*) FROM faq", "SELECT count(*) FROM side_effect",
                            "SELECT count(*) FROM drug_fts WHERE drug_fts MATCH '\"drowsiness\"'"}) {
        SqliteStatement count(connectionOf(*db), sql);
        count.step();
        dump += QString::number(count.columnInt64(0)) + QLatin1Char('\n');
    }
    return dump;
}

// Words and drug counts, one "word count" per line, from `sql` (the stored
// vocabulary, or temp.index_terms: the index's own, read by fts5vocab).
QString vocabularyOf(sqlite3 *db, const char *sql)
{
    sqliteExecute(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_terms USING fts5vocab(main, drug_fts, 'row')");
    SqliteStatement rows(db, sql);
    QStringList lines;
    while (rows.step())
        lines.append(rows.columnText(0) + QLatin1Char(' ') + QString::number(rows.columnInt64(1)));
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

const FileOutcome *outcomeFor(const ImportReport &report, const QString &path)
{
    for (const FileOutcome &file : report.files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pages() const { return m_dir.filePath(QStringLiteral("pages")); }
    QString pagePath(const QString &relative) const { return pages() + QLatin1Char('/') + relative; }
    QString database() const { return m_dir.filePath(QStringLiteral("db/content.sqlite")); }
    ImportReport import(bool incremental = true) { return Importer::run({pages(), database(), incremental}); }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        QVERIFY(writeFile(pagePath(QStringLiteral("a/alphadrine.md")), page(QStringLiteral("Alphadrine"))));
        QVERIFY(writeFile(pagePath(QStringLiteral("b/betazol.markdown")), page(QStringLiteral("Betazol"))));
        QVERIFY(writeFile(pagePath(QStringLiteral("b/deep/gammacort.MD")), page(QStringLiteral("Gammacort"))));
        QVERIFY(writeFile(pagePath(QStringLiteral("notes.txt")), "not a page"));
        QVERIFY(writeFile(pagePath(QStringLiteral("logo.png")), "\x89PNG"));
    }

    void importsMarkdownFilesRecursively()
    {
        const ImportReport report = import();
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QCOMPARE(report.files.size(), 3);
        QCOMPARE(report.count(FileOutcome::Kind::Imported), 3);
        const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
        QVERIFY(db);
        QCOMPARE(db->titles(), QStringList({"Alphadrine", "Betazol", "Gammacort"}));
        QVERIFY(!QFile::exists(database() + QStringLiteral(".importing")));
    }

    void faqsAndSideEffectsAreStored()
    {
        QVERIFY(import().succeeded());
        const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
        const qint64 id = db->findByName(QStringLiteral("Betazol")).first().id;
        const QList<StoredFaq> faqs = db->faqs(id);
        QCOMPARE(faqs.size(), 1);
        QCOMPARE(faqs.first().faq.question, QStringLiteral("Can I take Betazol with food?"));
        QCOMPARE(faqs.first().faq.answer, QStringLiteral("Yes."));
        QCOMPARE(faqs.first().faq.line, 23);
        QCOMPARE(db->sections(id).at(faqs.first().sectionPosition).kind, SectionKind::Faqs);
        SqliteStatement effects(connectionOf(*db), "SELECT e.term, g.name FROM side_effect e JOIN side_effect_group g "
                                                   "ON g.id = e.group_id WHERE e.drug_id = ? ORDER BY e.position");
        effects.bind(1, id);
        QVERIFY(effects.step());
        QCOMPARE(effects.columnText(0), QStringLiteral("Drowsiness"));
        QCOMPARE(effects.columnText(1), QStringLiteral("Common"));
    }

    void textCompressedByEarlierVersionsIsStillRead()
    {
        QVERIFY(import().succeeded());
        qint64 id = 0;
        QList<Section> sections;
        {
            const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
            id = db->findByName(QStringLiteral("Betazol")).first().id;
            sections = db->sections(id);
        }
        QVERIFY(!sections.isEmpty());
        {
            // Earlier versions stored the text with qCompress.
            const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadWrite, nullptr);
            SqliteStatement read(connectionOf(*db), "SELECT body FROM drug_text WHERE drug_id = ?");
            read.bind(1, id);
            QVERIFY(read.step());
            const QByteArray text = sectionstore::unpack(read.columnBlob(0));
            QVERIFY(!text.isEmpty());
            const QByteArray zlib = qCompress(text, 1);
            SqliteStatement write(connectionOf(*db), "UPDATE drug_text SET body = ? WHERE drug_id = ?");
            write.bindBlob(1, zlib).bind(2, id).execute();
        }
        const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
        const QList<Section> again = db->sections(id);
        QCOMPARE(again.size(), sections.size());
        for (int i = 0; i < again.size(); ++i)
            QCOMPARE(again.at(i).markdown, sections.at(i).markdown);
        QCOMPARE(db->faqs(id).first().faq.answer, QStringLiteral("Yes."));
    }

    void reimportIsIdempotent()
    {
        QVERIFY(import().succeeded());
        const QString before = contentOf(database());
        const ImportReport again = import();
        QVERIFY(again.succeeded());
        QCOMPARE(again.count(FileOutcome::Kind::Unchanged), 3);
        QCOMPARE(contentOf(database()), before);
        const ImportReport full = import(false);
        QCOMPARE(full.count(FileOutcome::Kind::Imported), 3);
        QCOMPARE(contentOf(database()), before);
    }

    // A fresh index is built without merging and merged once at the end; the
    // database it leaves behind merges as FTS5 does by default.
    void indexIsSoundAndMergesAsUsualAfterEitherKindOfImport()
    {
        auto check = [this](int drugs) {
            // FTS5's integrity check takes a write lock.
            const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadWrite, nullptr);
            QVERIFY(db);
            SqliteStatement settings(
                connectionOf(*db),
                "SELECT k, v FROM drug_fts_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k");
            QStringList values;
            while (settings.step())
                values.append(settings.columnText(0) + QLatin1Char('=') + settings.columnText(1));
            QCOMPARE(values, QStringList({"automerge=4", "crisismerge=16"}));
            sqliteExecute(connectionOf(*db), "INSERT INTO drug_fts(drug_fts, rank) VALUES ('integrity-check', 0)");
            SqliteStatement found(connectionOf(*db),
                                  "SELECT count(*) FROM drug_fts WHERE drug_fts MATCH '\"drowsiness\"'");
            found.step();
            QCOMPARE(found.columnInt64(0), drugs);
        };
        QVERIFY(import(false).succeeded());
        check(3);
        QVERIFY(writeFile(pagePath(QStringLiteral("c/deltavir.md")), page(QStringLiteral("Deltavir"))));
        QVERIFY(import().succeeded());
        check(4);
    }

    void reimportPicksUpChangesAndRemovals()
    {
        QVERIFY(import().succeeded());
        QVERIFY(writeFile(pagePath(QStringLiteral("a/alphadrine.md")),
                          page(QStringLiteral("Alphadrine"), QStringLiteral("Now relieves drowsiness-free yawning."))));
        QVERIFY(QFile::remove(pagePath(QStringLiteral("b/betazol.markdown"))));
        const ImportReport report = import();
        QVERIFY(report.succeeded());
        QCOMPARE(outcomeFor(report, QStringLiteral("a/alphadrine.md"))->kind, FileOutcome::Kind::Imported);
        QCOMPARE(outcomeFor(report, QStringLiteral("b/deep/gammacort.MD"))->kind, FileOutcome::Kind::Unchanged);
        const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
        QCOMPARE(db->titles(), QStringList({"Alphadrine", "Gammacort"}));
        const QList<Section> sections = db->sections(db->findByName(QStringLiteral("alphadrine")).first().id);
        QCOMPARE(sections.at(1).markdown, QStringLiteral("Now relieves drowsiness-free yawning."));
        // The full-text index forgot the removed drug and the old text.
        SqliteStatement gone(connectionOf(*db), "SELECT count(*) FROM drug_fts WHERE drug_fts MATCH '\"imaginary\"'");
        gone.step();
        QCOMPARE(gone.columnInt64(0), 1); // only Gammacort still says it
        // The search vocabulary, rebuilt beside the import, is the index's.
        QCOMPARE(vocabularyOf(connectionOf(*db), "SELECT term, docs FROM search_term"),
                 vocabularyOf(connectionOf(*db), "SELECT term, doc FROM temp.index_terms"));
        QVERIFY(vocabularyOf(connectionOf(*db), "SELECT term, docs FROM search_term")
                    .contains(QStringLiteral("yawning 1")));
        QVERIFY(
            !vocabularyOf(connectionOf(*db), "SELECT term, docs FROM search_term").contains(QStringLiteral("betazol")));
    }

    // A second folder is added beside the first; each import refreshes its
    // own folder only, a full one too, and removing a source takes its drugs
    // alone away. Same-named pages of two sources are both kept.
    void sourcesKeepEachOthersDrugs()
    {
        QVERIFY(import().succeeded());
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QVERIFY(writeFile(other + QStringLiteral("/alphadrine.md"), page(QStringLiteral("Alphadrine"))));
        QVERIFY(writeFile(other + QStringLiteral("/deltamine.md"), page(QStringLiteral("Deltamine"))));
        ImportReport report = Importer::run({other, database()});
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QVERIFY(report.newSource);
        QCOMPARE(report.otherSourcesDrugs, 3);
        const auto titles = [this] {
            const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
            return db ? db->titles() : QStringList();
        };
        QCOMPARE(titles(), QStringList({"Alphadrine", "Alphadrine", "Betazol", "Deltamine", "Gammacort"}));

        // A full refresh of the first folder, one page gone from it.
        QVERIFY(QFile::remove(pagePath(QStringLiteral("b/betazol.markdown"))));
        report = import(false);
        QVERIFY2(report.succeeded(), qPrintable(report.error));
        QVERIFY(!report.newSource);
        QCOMPARE(titles(), QStringList({"Alphadrine", "Alphadrine", "Deltamine", "Gammacort"}));
        {
            const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
            const QList<SourceRecord> sources = db->sources();
            QCOMPARE(sources.size(), 2);
            QCOMPARE(sources.at(0).drugs + sources.at(1).drugs, 4);
            const QList<DrugRecord> alphadrines = db->findByName(QStringLiteral("alphadrine"));
            QCOMPARE(alphadrines.size(), 2);
            QVERIFY(alphadrines.at(0).slug != alphadrines.at(1).slug);
            QVERIFY(alphadrines.at(0).sourceFolder != alphadrines.at(1).sourceFolder);
        }
        // The preview of an import tells what it would do.
        const ImportPreview again = Importer::preview({other, database()});
        QVERIFY(again.error.isEmpty());
        QVERIFY(!again.newSource);
        QCOMPARE(again.storedFromSource, 2);
        QCOMPARE(again.stored, 4);

        QString error;
        QCOMPARE(Importer::removeSource(database(), other, &error), std::optional<int>(2));
        QCOMPARE(titles(), QStringList({"Alphadrine", "Gammacort"}));
        QVERIFY(!Importer::removeSource(database(), other, &error));
        QVERIFY2(error.contains(QLatin1String("not a source")), qPrintable(error));
        QCOMPARE(titles(), QStringList({"Alphadrine", "Gammacort"}));
        // The search vocabulary forgot the removed source's words.
        const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
        QVERIFY(!vocabularyOf(connectionOf(*db), "SELECT term, docs FROM search_term")
                     .contains(QLatin1String("deltamine")));
    }

    void cancelledImportKeepsTheOldDatabase()
    {
        QVERIFY(import().succeeded());
        const QByteArray before = fileHash(database());
        for (int i = 0; i < 600; ++i)
            QVERIFY(
                writeFile(pagePath(QStringLiteral("more/drug%1.md").arg(i)), page(QStringLiteral("Drug %1").arg(i))));
        std::atomic_bool cancel = false;
        const ImportReport report = Importer::run(
            {pages(), database(), true},
            [&cancel](int done, int) {
                if (done >= 300)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QVERIFY(!report.succeeded());
        QCOMPARE(fileHash(database()), before);
        QVERIFY(!QFile::exists(database() + QStringLiteral(".importing")));
    }

    void failedImportKeepsTheOldDatabase()
    {
        QVERIFY(import().succeeded());
        const QByteArray before = fileHash(database());
        // Something in the way of the new file: the import cannot build it.
        QVERIFY(QDir().mkpath(database() + QStringLiteral(".importing/blocked")));
        QVERIFY(writeFile(pagePath(QStringLiteral("a/alphadrine.md")),
                          page(QStringLiteral("Alphadrine"), QStringLiteral("Changed."))));
        const ImportReport report = import();
        QVERIFY(!report.succeeded());
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(fileHash(database()), before);
    }

    void missingFolderIsAnError()
    {
        const ImportReport report = Importer::run({m_dir.filePath(QStringLiteral("nowhere")), database(), true});
        QVERIFY(!report.succeeded());
        QVERIFY(report.error.contains(QLatin1String("nowhere")));
        QVERIFY(!QFile::exists(database()));
    }

    void badFilesAreSkippedWithTheirReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("NUL") << QByteArray("# X\n### Usage\nA\0B\n", 17) << 3;
        QTest::newRow("Latin-1") << QByteArray("# X\n### Usage\n5 \xB5g\n") << 3;
        QTest::newRow("apology") << QByteArray("---\ntitle: X\n---\n# X\nI cannot provide that.\n") << 4;
        QTest::newRow("huge") << QByteArray(3 * 1024 * 1024, '#') << 0;
        QTest::newRow("one byte over the limit") << QByteArray(PageParser::MaxFileSize + 1, '#') << 0;
    }

    // The file is read as far as its size says and then to its end: a page
    // of exactly the limit is read whole.
    void pageOfTheLimitsSizeIsReadWhole()
    {
        const QByteArray ending = "\nClosing words.\n";
        QByteArray bytes = page(QStringLiteral("Deltavir"));
        bytes += QByteArray(PageParser::MaxFileSize - bytes.size() - ending.size(), '\n') + ending;
        QCOMPARE(bytes.size(), PageParser::MaxFileSize);
        QVERIFY(writeFile(pagePath(QStringLiteral("deltavir.md")), bytes));
        const ImportReport report = import();
        QVERIFY(report.succeeded());
        QCOMPARE(outcomeFor(report, QStringLiteral("deltavir.md"))->kind, FileOutcome::Kind::Imported);
        const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
        const QList<Section> sections = db->sections(db->findByName(QStringLiteral("deltavir")).first().id);
        QVERIFY(sections.last().markdown.endsWith(QLatin1String("Closing words.")));
    }

    void badFilesAreSkippedWithTheirReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QVERIFY(writeFile(pagePath(QStringLiteral("bad.md")), bytes));
        const ImportReport report = import();
        QVERIFY(report.succeeded());
        QCOMPARE(report.count(FileOutcome::Kind::Imported), 3);
        const FileOutcome *bad = outcomeFor(report, QStringLiteral("bad.md"));
        QVERIFY(bad);
        QCOMPARE(bad->kind, FileOutcome::Kind::Skipped);
        QCOMPARE(bad->messages.first().line, line);
        QVERIFY(report.summary().contains(QLatin1String("bad.md")));
    }

    void onlyRegularFilesAreRead()
    {
        // Opening a pipe would block and a device never end: each is skipped,
        // as is a link to nothing, with its reason.
        QVERIFY(::mkfifo(QFile::encodeName(pagePath(QStringLiteral("pipe.md"))).constData(), 0600) == 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), pagePath(QStringLiteral("zero.md"))));
        QVERIFY(QFile::link(pagePath(QStringLiteral("gone.md")), pagePath(QStringLiteral("dangling.md"))));
        QVERIFY(QDir().mkpath(pagePath(QStringLiteral("folder.md"))));
        const ImportReport report = import();
        QCOMPARE(report.count(FileOutcome::Kind::Imported), 3);
        QCOMPARE(report.count(FileOutcome::Kind::Skipped), 3);
        for (const char *name : {"pipe.md", "zero.md"}) {
            const FileOutcome *outcome = outcomeFor(report, QString::fromLatin1(name));
            QVERIFY2(outcome && outcome->kind == FileOutcome::Kind::Skipped, name);
            QCOMPARE(outcome->messages.first().text, QStringLiteral("not a regular file"));
        }
        const FileOutcome *dangling = outcomeFor(report, QStringLiteral("dangling.md"));
        QVERIFY(dangling);
        QVERIFY2(dangling->messages.first().text.contains(QLatin1String("does not exist")),
                 qPrintable(dangling->messages.first().text));
    }

    void namesThatAreNotUtf8AreReported()
    {
        // Qt cannot open such names; the report names them all the same.
        const QByteArray root = QFile::encodeName(pages());
        const QByteArray file = root + "/caf\xe9.md", folder = root + "/sub\xe9", inner = folder + "/inner.md";
        struct Cleanup
        {
            QByteArray file, folder, inner;
            // QDir cannot remove them either.
            ~Cleanup() { ::unlink(inner.constData()), ::rmdir(folder.constData()), ::unlink(file.constData()); }
        } cleanup{file, folder, inner};
        const QByteArray text = page(QStringLiteral("Cafeine"));
        for (const QByteArray &path : {file, inner}) {
            if (path == inner)
                QVERIFY(::mkdir(folder.constData(), 0755) == 0);
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, text.constData(), size_t(text.size())), ssize_t(text.size()));
            ::close(fd);
        }
        const ImportReport report = import();
        QVERIFY(report.succeeded());
        QCOMPARE(report.count(FileOutcome::Kind::Imported), 3);
        const FileOutcome *page = outcomeFor(report, QStringLiteral("caf\uFFFD.md"));
        QVERIFY(page);
        QCOMPARE(page->kind, FileOutcome::Kind::Skipped);
        QVERIFY2(page->messages.first().text.contains(QLatin1String("not valid UTF-8")),
                 qPrintable(page->messages.first().text));
        const FileOutcome *pages = outcomeFor(report, QStringLiteral("sub\uFFFD/"));
        QVERIFY(pages);
        QCOMPARE(pages->kind, FileOutcome::Kind::Skipped);
    }

    void neverOverwritesAFileThatIsNotAContentDatabase()
    {
        // A text file named by mistake, and another program's database.
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(notes, "my notes"));
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(other).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "CREATE TABLE bookmark(id INTEGER PRIMARY KEY)", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray otherBytes = [&] {
            QFile f(other);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        for (const QString &target : {notes, other}) {
            const ImportReport report = Importer::run({pages(), target, true});
            QVERIFY(!report.succeeded());
            QVERIFY2(report.error.contains(QLatin1String("not a Formulary content database")),
                     qPrintable(report.error));
        }
        QFile text(notes);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(text.readAll(), QByteArray("my notes"));
        QFile database(other);
        QVERIFY(database.open(QIODevice::ReadOnly));
        QCOMPARE(database.readAll(), otherBytes);
        // An earlier import's database is replaced as always.
        QVERIFY(import().succeeded());
        QVERIFY(import(false).succeeded());
    }

    void skippedPageKeepsItsPreviousVersion()
    {
        QVERIFY(import().succeeded());
        QVERIFY(writeFile(pagePath(QStringLiteral("a/alphadrine.md")), QByteArray("\xFF\xFE garbage")));
        const ImportReport report = import();
        const FileOutcome *outcome = outcomeFor(report, QStringLiteral("a/alphadrine.md"));
        QCOMPARE(outcome->kind, FileOutcome::Kind::Skipped);
        QVERIFY(outcome->messages.last().text.contains(QLatin1String("previously imported")));
        const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
        QCOMPARE(db->findByName(QStringLiteral("Alphadrine")).size(), 1);
    }

    void duplicateTitlesAreBothKeptAndReported()
    {
        QVERIFY(writeFile(pagePath(QStringLiteral("x/same.md")), page(QStringLiteral("Alphadrine"))));
        const ImportReport report = import();
        QVERIFY(report.succeeded());
        const auto db = ContentDatabase::open(database(), ContentDatabase::Mode::ReadOnly, nullptr);
        const QList<DrugRecord> both = db->findByName(QStringLiteral("alphadrine"));
        QCOMPARE(both.size(), 2);
        QVERIFY(both.at(0).slug != both.at(1).slug);
        const FileOutcome *first = outcomeFor(report, QStringLiteral("a/alphadrine.md"));
        QCOMPARE(first->kind, FileOutcome::Kind::ImportedWithWarnings);
        QVERIFY(first->messages.last().text.contains(QLatin1String("x/same.md")));
    }

    void manyPagesWithOneTitleEachSaySoOnce()
    {
        // Every pair would be thousands of messages per page for a folder of
        // copies: each page names a few of the others and counts the rest.
        for (int i = 1; i <= 5; ++i)
            QVERIFY(writeFile(pagePath(QStringLiteral("copies/copy%1.md").arg(i)), page(QStringLiteral("Copyrine"))));
        const ImportReport report = import();
        QVERIFY(report.succeeded());
        const FileOutcome *first = outcomeFor(report, QStringLiteral("copies/copy1.md"));
        QVERIFY(first);
        QCOMPARE(first->messages.size(), 1);
        QCOMPARE(first->messages.first().text,
                 QStringLiteral("same title \"Copyrine\" as 4 other pages (copies/copy2.md, copies/copy3.md, "
                                "copies/copy4.md and 1 more); all are kept, this one as \"%1\"")
                     .arg(first->slug));
        QCOMPARE(outcomeFor(report, QStringLiteral("copies/copy5.md"))->messages.size(), 1);
    }

    void percentSignsInNamesAndTitlesStayAsWritten()
    {
        // Messages are built with one arg() for all: a "%1" in a title or a
        // file name is not filled in.
        for (const char *name : {"p/a.md", "p/b%1c.md", "p/d.md"})
            QVERIFY(writeFile(pagePath(QString::fromLatin1(name)), page(QStringLiteral("Cent %2 Percent"))));
        const ImportReport report = import();
        const FileOutcome *first = outcomeFor(report, QStringLiteral("p/a.md"));
        QVERIFY(first);
        QCOMPARE(
            first->messages.last().text,
            QStringLiteral(
                "same title \"Cent %2 Percent\" as 2 other pages (p/b%1c.md, p/d.md); all are kept, this one as \"")
                + first->slug + QLatin1Char('"'));
    }

    void sameFileNameInTwoFoldersGetsDistinctSlugs()
    {
        QVERIFY(writeFile(pagePath(QStringLiteral("z/alphadrine.md")), page(QStringLiteral("Alphadrine Forte"))));
        const ImportReport report = import();
        QCOMPARE(outcomeFor(report, QStringLiteral("a/alphadrine.md"))->slug, QStringLiteral("a-alphadrine"));
        QCOMPARE(outcomeFor(report, QStringLiteral("z/alphadrine.md"))->slug, QStringLiteral("z-alphadrine"));
    }

    void jsonReportListsEveryFile()
    {
        QVERIFY(writeFile(pagePath(QStringLiteral("bad.md")), QByteArray()));
        const QJsonObject json = import().toJson();
        const QJsonArray files = json.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 4);
        for (const auto &value : files) {
            const QJsonObject file = value.toObject();
            QVERIFY(file.contains(QStringLiteral("path")));
            QVERIFY(file.contains(QStringLiteral("outcome")));
            QVERIFY(file.value(QStringLiteral("messages")).isArray());
        }
        QCOMPARE(files.at(3).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("bad.md"));
        QCOMPARE(files.at(3).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("skipped"));
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("skipped")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
