// An import killed (SIGKILL) at any moment — while its temporary file is
// made and migrated, while pages are written, while it commits and renames —
// leaves the previous database whole: it opens, passes SQLite's integrity
// check, answers the same search and show, the user's bookmarks file is
// untouched, and the next import succeeds with every drug.
#include "formularyprocess.h"
#include "search/searchengine.h"
#include "search/searchquery.h"
#include "store/contentdatabase.h"
#include "testpages.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <QtTest>

#include <sqlite3.h>

using namespace formulary;
using namespace formulary::testing;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// SQLite's own verdict on the file, and the number of drugs in it.
QString integrity(const QString &path, int *drugs)
{
    sqlite3 *db = nullptr;
    QString verdict = QStringLiteral("cannot open");
    *drugs = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM drug", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            *drugs = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return verdict;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

} // namespace

class TestKilledImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pages;
    QString m_baseline; // the database as the first import left it
    int m_drugs = 0;
    QString m_name, m_word;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dataHome() const { return path(QStringLiteral("xdg")); }
    QString userDatabase() const { return dataHome() + QStringLiteral("/formulary/user.sqlite"); }
    Run formulary(const QStringList &arguments) { return runFormulary(arguments, dataHome()); }

    struct Answers
    {
        QString show, search;
        bool operator==(const Answers &other) const { return show == other.show && search == other.search; }
    };
    // What show and search find in the database, read through the libraries
    // (the import under test is the program itself).
    Answers answersOf(const QString &database) const
    {
        QString error;
        const auto content = ContentDatabase::open(database, ContentDatabase::Mode::ReadOnly, &error);
        if (!content)
            return {error, error};
        Answers answers;
        for (const DrugRecord &drug : content->findByName(m_name)) {
            answers.show += drug.title + QLatin1Char('\n') + drug.sourcePath + QLatin1Char('\n');
            for (const Section &section : content->sections(drug.id))
                answers.show += section.heading + QLatin1Char('\n') + section.markdown + QLatin1Char('\n');
        }
        SearchEngine engine(*content);
        SearchEngine::Hits hits = engine.search(SearchQuery::parse(m_word));
        answers.search = QString::number(hits.hits.size()) + QLatin1Char('\n');
        for (const SearchResult &result : engine.results(hits, 0, 20))
            answers.search += result.name + QLatin1Char('|') + result.snippet.text + QLatin1Char('\n');
        return answers;
    }

    // When a delay counts from.
    enum class From {
        Start,     // the process's start
        Temporary, // the moment its temporary database appears
        Journal,   // the moment the temporary's rollback journal appears (while it is migrated)
    };

    // Starts an import into `database`, kills it `delayUs` after `from`, and
    // checks what the kill left: the database as it was, or, when the import
    // got as far as renaming, as the next complete import makes it.
    void killAndCheck(const QStringList &import, const QString &database, qint64 delayUs, From from = From::Start)
    {
        const QByteArray userBefore = hashOf(userDatabase());
        const Answers before = answersOf(database);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        process.setProcessEnvironment(environment);
        process.start(QString::fromUtf8(FORMULARY_BINARY), import);
        QVERIFY(process.waitForStarted());
        if (from != From::Start) {
            const QString temporary = database
                                      + QLatin1String(from == From::Journal ? ".importing-journal" : ".importing");
            QElapsedTimer waited;
            waited.start();
            while (!QFileInfo::exists(temporary) && process.state() == QProcess::Running && waited.elapsed() < 30000)
                QThread::usleep(50);
        }
        QThread::usleep(quint64(delayUs));
        process.kill();
        QVERIFY(process.waitForFinished());

        int drugs = 0;
        QCOMPARE(integrity(database, &drugs), QStringLiteral("ok"));
        QCOMPARE(drugs, m_drugs);
        const Answers left = answersOf(database);
        QCOMPARE(hashOf(userDatabase()), userBefore);

        // And the next import goes through, with every drug: one that builds
        // on the database, as a killed import's leftovers would harm most.
        QStringList incremental = import;
        incremental.removeAll(QStringLiteral("--full"));
        const Run next = formulary(incremental);
        QVERIFY2(next.status == 0 || next.status == 1, qPrintable(next.err));
        QCOMPARE(integrity(database, &drugs), QStringLiteral("ok"));
        QCOMPARE(drugs, m_drugs);
        QVERIFY2(left == before || left == answersOf(database),
                 qPrintable(QStringLiteral("killed after %1 µs").arg(delayUs)));
    }

private slots:
    void initTestCase()
    {
        // The shared corpus when it is there, else generated pages.
        const QString corpus = QStringLiteral(FORMULARY_CORPUS_DIR);
        m_pages = path(QStringLiteral("pages"));
        if (QFileInfo(corpus).isDir()) {
            QVERIFY(copyFolder(corpus, m_pages));
        } else {
            for (int i = 0; i < 400; ++i)
                QVERIFY(writeFile(m_pages + QStringLiteral("/p%1.md").arg(i), page(QStringLiteral("Drug%1").arg(i))));
        }
        m_baseline = path(QStringLiteral("baseline.sqlite"));
        const Run first = formulary(
            {QStringLiteral("import"), m_pages, QStringLiteral("--db"), m_baseline, QStringLiteral("--quiet")});
        QVERIFY2(first.status == 0 || first.status == 1, qPrintable(first.err));
        QCOMPARE(integrity(m_baseline, &m_drugs), QStringLiteral("ok"));
        QVERIFY(m_drugs > 100);

        // A bookmark, in the user's own file, which no import may touch.
        QVERIFY(writeFile(path(QStringLiteral("b.csv")), "drug_slug,question\r\nx,Why?\r\n"));
        QCOMPARE(formulary({QStringLiteral("bookmarks"), QStringLiteral("import"), path(QStringLiteral("b.csv")),
                            QStringLiteral("--db"), m_baseline})
                     .status,
                 0);
        QVERIFY(QFileInfo::exists(userDatabase()));

        {
            QString error;
            const auto content = ContentDatabase::open(m_baseline, ContentDatabase::Mode::ReadOnly, &error);
            QVERIFY2(content, qPrintable(error));
            const QList<DrugRecord> first = content->drugs(0, 1);
            QVERIFY(!first.isEmpty());
            m_name = first.first().slug;
        }
        m_word = QStringLiteral("drowsiness");
        const Answers answers = answersOf(m_baseline);
        QVERIFY(!answers.show.isEmpty());
        QVERIFY(!answers.search.isEmpty());
    }

    void killedFullImport()
    {
        const QString database = path(QStringLiteral("full.sqlite"));
        QFile::remove(database);
        QVERIFY(QFile::copy(m_baseline, database));
        const QStringList import = {QStringLiteral("import"), m_pages,
                                    QStringLiteral("--db"),   database,
                                    QStringLiteral("--full"), QStringLiteral("--quiet")};
        QElapsedTimer clock;
        clock.start();
        formulary(import);
        const qint64 duration = clock.nsecsElapsed() / 1000;
        // While the temporary is made and migrated, and then spread over the import.
        for (const qint64 delay : {0, 1000, 3000})
            killAndCheck(import, database, delay, From::Temporary);
        for (const qint64 delay : {0, 100, 300, 600, 1000, 2000})
            killAndCheck(import, database, delay, From::Journal);
        for (int i = 1; i <= 9; ++i)
            killAndCheck(import, database, duration * i / 9);
    }

    void killedIncrementalImport()
    {
        const QString database = path(QStringLiteral("incremental.sqlite"));
        QFile::remove(database);
        QVERIFY(QFile::copy(m_baseline, database));
        // Every tenth page changed, so that the import has pages to write.
        QStringList pages;
        QDirIterator it(m_pages, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            pages.append(it.next());
        pages.sort();
        const QStringList import = {QStringLiteral("import"), m_pages, QStringLiteral("--db"), database,
                                    QStringLiteral("--quiet")};
        QElapsedTimer clock;
        qint64 duration = 0;
        for (int round = 0; round <= 5; ++round) {
            for (int i = round % 10; i < pages.size(); i += 10) {
                QFile file(pages.at(i));
                QVERIFY(file.open(QIODevice::Append));
                file.write("\nChanged again.\n");
            }
            if (round == 0) {
                // The first round measures how long such an import takes.
                clock.start();
                formulary(import);
                duration = clock.nsecsElapsed() / 1000;
                continue;
            }
            for (const qint64 delay : {qint64(300) * round, qint64(2000) * round, duration * round / 5 + 500})
                killAndCheck(import, database, delay);
        }
    }
};

QTEST_GUILESS_MAIN(TestKilledImport)
#include "tst_killedimport.moc"
