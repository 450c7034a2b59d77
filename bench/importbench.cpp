// Measures the importer on one folder of pages, next to two floors: storing
// and FTS5-indexing the raw text without parsing, and parsing with cmark-gfm
// without storing; and the parse path on its own (parser and rows, one
// core). Prints one line of figures per measurement.
//
//   formulary-bench-import DIR [--baseline-sqlite | --baseline-cmark | --parse-only]
//
// Run each measurement in its own process: peak memory is the process's.
#include "import/importer.h"
#include "parse/pageparser.h"
#include "store/monographrecord.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmark-gfm.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of the calling thread (the writer) and of all others (the
// parsing threads, which have ended with the import's own thread pool).
QPair<double, double> threadSeconds()
{
    const double writer = cpuSeconds(RUSAGE_THREAD);
    return {writer, cpuSeconds(RUSAGE_SELF) - writer};
}

QStringList pagesUnder(const QString &dir)
{
    QStringList pages;
    QDirIterator it(dir, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        pages.append(it.next());
    pages.sort();
    return pages;
}

void print(const QString &what, qint64 pages, qint64 bytes, qint64 nanoseconds, qint64 databaseBytes)
{
    const double seconds = nanoseconds / 1e9;
    QTextStream out(stdout);
    out << QStringLiteral("%1: %2 pages, %3 MB in %4 s = %5 pages/s, %6 MB/s")
               .arg(what)
               .arg(pages)
               .arg(bytes / 1e6, 0, 'f', 1)
               .arg(seconds, 0, 'f', 3)
               .arg(pages / seconds, 0, 'f', 0)
               .arg(bytes / 1e6 / seconds, 0, 'f', 1);
    if (databaseBytes > 0)
        out << QStringLiteral(", database %1 MB = %2 x the pages")
                   .arg(databaseBytes / 1e6, 0, 'f', 1)
                   .arg(double(databaseBytes) / bytes, 0, 'f', 2);
    out << QStringLiteral(", peak memory %1 MB\n").arg(peakMegabytes(), 0, 'f', 0);
}

int importer(const QString &dir, const QString &databasePath)
{
    QElapsedTimer clock;
    clock.start();
    const formulary::ImportReport report = formulary::Importer::run({dir, databasePath, false});
    const qint64 elapsed = clock.nsecsElapsed();
    if (!report.succeeded()) {
        QTextStream(stderr) << report.summary() << '\n';
        return 1;
    }
    const qint64 pages = report.files.size() - report.count(formulary::FileOutcome::Kind::Skipped);
    print(QStringLiteral("import"), pages, report.bytesRead, elapsed, QFileInfo(databasePath).size());
    const auto [writer, parsers] = threadSeconds();
    QTextStream(stdout) << QStringLiteral("  CPU: writing thread %1 s, parsing threads %2 s\n")
                               .arg(writer, 0, 'f', 2)
                               .arg(parsers, 0, 'f', 2);
    return 0;
}

// The floor for the write path: the same text in one table with an FTS5
// index, one transaction, no parsing.
int baselineSqlite(const QString &dir, const QString &databasePath)
{
    QElapsedTimer clock;
    clock.start();
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(databasePath).constData(), &db);
    sqlite3_exec(
        db,
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE TABLE page(id INTEGER PRIMARY KEY, text TEXT);"
        "CREATE VIRTUAL TABLE page_fts USING fts5(text, content='page', content_rowid='id');"
        "BEGIN",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr, *index = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO page(text) VALUES (?)", -1, &insert, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO page_fts(rowid, text) VALUES (last_insert_rowid(), ?)", -1, &index, nullptr);
    qint64 bytes = 0, pages = 0;
    for (const QString &path : pagesUnder(dir)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        bytes += text.size();
        ++pages;
        for (sqlite3_stmt *statement : {insert, index}) {
            sqlite3_bind_text(statement, 1, text.constData(), int(text.size()), SQLITE_STATIC);
            sqlite3_step(statement);
            sqlite3_reset(statement);
        }
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(index);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    print(QStringLiteral("floor: store + FTS5, no parsing"), pages, bytes, clock.nsecsElapsed(),
          QFileInfo(databasePath).size());
    return 0;
}

QList<QByteArray> pagesInMemory(const QString &dir, qint64 *bytes)
{
    QList<QByteArray> texts;
    for (const QString &path : pagesUnder(dir)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            texts.append(file.readAll());
        *bytes += texts.last().size();
    }
    return texts;
}

// The floor for the parse path: cmark-gfm alone, on one core.
int baselineCmark(const QString &dir)
{
    qint64 bytes = 0;
    const QList<QByteArray> texts = pagesInMemory(dir, &bytes);
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray &text : std::as_const(texts))
        cmark_node_free(cmark_parse_document(text.constData(), size_t(text.size()), CMARK_OPT_SOURCEPOS));
    print(QStringLiteral("floor: cmark-gfm parse, one core, files in memory"), texts.size(), bytes,
          clock.nsecsElapsed(), 0);
    return 0;
}

// What one parsing thread does to a page after reading it: the parser and
// the rows it becomes (compressed text included), on one core.
int parseOnly(const QString &dir)
{
    qint64 bytes = 0;
    const QList<QByteArray> texts = pagesInMemory(dir, &bytes);
    QElapsedTimer clock;
    clock.start();
    qint64 sections = 0;
    for (const QByteArray &text : std::as_const(texts)) {
        const formulary::ParseResult parsed = formulary::PageParser::parse(text, QStringLiteral("page"));
        sections += formulary::MonographRecord::from(parsed.monograph).sections.size();
    }
    print(QStringLiteral("parser and rows, one core, files in memory (%1 sections)").arg(sections), texts.size(), bytes,
          clock.nsecsElapsed(), 0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo(args.at(1)).isDir()) {
        QTextStream(stderr)
            << "usage: formulary-bench-import DIR [--baseline-sqlite | --baseline-cmark | --parse-only]\n";
        return 2;
    }
    QTemporaryDir scratch;
    const QString databasePath = scratch.filePath(QStringLiteral("bench.sqlite"));
    if (args.contains(QStringLiteral("--baseline-sqlite")))
        return baselineSqlite(args.at(1), databasePath);
    if (args.contains(QStringLiteral("--baseline-cmark")))
        return baselineCmark(args.at(1));
    if (args.contains(QStringLiteral("--parse-only")))
        return parseOnly(args.at(1));
    return importer(args.at(1), databasePath);
}
