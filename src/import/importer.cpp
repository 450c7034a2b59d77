#include "import/importer.h"

#include "store/contentdatabase.h"
#include "store/fulltextindex.h"
#include "store/monographrecord.h"
#include "store/internal/monographwriter.h"
#include "import/pagelisting.h"
#include "parse/pageparser.h"
#include "store/searchvocabulary.h"
#include "store/internal/sqlitestatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSet>
#include <QtConcurrent>

#include <sqlite3.h>

#include <cstdio>
#include <deque>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace formulary {
namespace {

// Bumped whenever the parser's output changes, so that an incremental import
// parses every page again instead of keeping rows from the older parser.
constexpr int kParserVersion = 4;
constexpr int kBatchSize = 256;
// Batches parsed ahead of the writer: enough to keep the parsing threads busy
// while it writes, few enough to hold little memory.
constexpr size_t kBatchesAhead = 3;
// The single writer is the bottleneck of an import. At equal priority, two
// parsing threads and the writer share two cores and the writer waits a third
// of its time for one; below it, the parsers take what it leaves.
// Measured at 100k pages: 20.1 s at equal priority, 18.2 s with this.
constexpr int kParsingNiceness = 10;

// The messages' context in the translations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

struct Job
{
    QString absolutePath;
    QString relativePath;
    QString slug;
    QByteArray previousHash; // of the stored version, when there is one
};

struct JobResult
{
    FileOutcome outcome;
    QByteArray hash;
    qint64 bytes = 0;
    MonographRecord record;
};

// The batches being parsed ahead of the writer. Whichever way the writer
// stops (done, cancelled, an SQLite error), they are stopped and waited
// for: they read the list of jobs, which must outlive them.
struct ParsingAhead
{
    std::deque<QFuture<JobResult>> batches;
    ~ParsingAhead()
    {
        for (QFuture<JobResult> &batch : batches) {
            batch.cancel();
            batch.waitForFinished();
        }
    }
};

struct StoredPage
{
    QByteArray hash;
    QString slug;
};

// Slugs from file names; two files with the same name in different folders
// are told apart by their folder, then by a number. `reserved` slugs are
// not given. One slug per page, in the pages' order.
QStringList assignSlugs(const QStringList &pages, const QSet<QString> &reserved)
{
    QStringList fromNames;
    fromNames.reserve(pages.size());
    QHash<QString, int> uses;
    for (const QString &page : pages)
        ++uses[fromNames.emplace_back(PageParser::slugForPath(page))];
    QStringList slugs;
    slugs.reserve(pages.size());
    QSet<QString> taken = reserved;
    taken.reserve(pages.size() + reserved.size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        QString slug = fromNames.at(i);
        if (uses.value(slug) > 1) {
            const QString folder = QFileInfo(page).path();
            if (folder != QLatin1String("."))
                slug = PageParser::slugForPath(QString(folder).replace(QLatin1Char('/'), QLatin1Char('-'))) + QLatin1Char('-') + slug;
        }
        const QString base = slug;
        for (int n = 2; taken.contains(slug); ++n)
            slug = base + QLatin1Char('-') + QString::number(n);
        taken.insert(slug);
        slugs.append(slug);
    }
    return slugs;
}

JobResult processJob(const Job &job)
{
    JobResult result;
    result.outcome.path = job.relativePath;
    auto skip = [&result](int line, const QString &why) {
        result.outcome.kind = FileOutcome::Kind::Skipped;
        result.outcome.messages.append({line, why});
        return result;
    };
    // A pipe or a device would block or never end: only regular files are read.
    const QFileInfo info(job.absolutePath);
    if (info.isSymLink() && !info.exists())
        return skip(0, Text::tr("a link to %1, which does not exist").arg(info.symLinkTarget()));
    if (!info.isFile())
        return skip(0, Text::tr("not a regular file"));
    QFile file(job.absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return skip(0, Text::tr("cannot read the file: %1").arg(file.errorString()));
    // Read no more than the limit allows, whatever size the file claims. A
    // buffer the size of the limit for every page would be mapped and unmapped
    // each time, which stalls the other threads: the file's size comes first,
    // then whatever it has grown by since.
    const qint64 claimedSize = file.size();
    QByteArray bytes = file.read(std::min<qint64>(claimedSize, PageParser::MaxFileSize) + 1);
    if (bytes.size() > claimedSize && bytes.size() <= PageParser::MaxFileSize)
        bytes += file.read(PageParser::MaxFileSize + 1 - bytes.size());
    if (bytes.size() > PageParser::MaxFileSize)
        return skip(0, Text::tr("file is larger than %1 MiB").arg(PageParser::MaxFileSize / (1024 * 1024)));
    result.bytes = bytes.size();
    result.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    result.outcome.slug = job.slug;
    if (!job.previousHash.isEmpty() && job.previousHash == result.hash) {
        result.outcome.kind = FileOutcome::Kind::Unchanged;
        return result;
    }
    const ParseResult parsed = PageParser::parse(bytes, job.slug);
    if (parsed.skipped) {
        result.outcome.slug.clear();
        return skip(parsed.skipReason.line, parsed.skipReason.text);
    }
    result.record = MonographRecord::from(parsed.monograph);
    result.outcome.messages = parsed.monograph.warnings;
    result.outcome.kind = result.outcome.messages.isEmpty() ? FileOutcome::Kind::Imported
                                                           : FileOutcome::Kind::ImportedWithWarnings;
    return result;
}

// Lowers the calling thread's priority once, below the niceness it was
// started with (a whole import run with `nice` stays below others); a no-op
// where threads have no niceness of their own.
void lowerParsingThreadPriority()
{
#ifdef Q_OS_LINUX
    static thread_local const bool lowered = [] {
        const id_t thread = id_t(gettid());
        const int niceness = std::min(getpriority(PRIO_PROCESS, thread) + kParsingNiceness, 19);
        return setpriority(PRIO_PROCESS, thread, niceness) == 0;
    }();
    Q_UNUSED(lowered);
#endif
}

// Reads what an earlier import stored, when it can be built upon: same schema
// and same parser. Otherwise every page is parsed again.
QHash<QString, StoredPage> storedPages(const QString &databasePath)
{
    QHash<QString, StoredPage> pages;
    if (!QFileInfo::exists(databasePath))
        return pages;
    QString error;
    const auto database = ContentDatabase::open(databasePath, ContentDatabase::Mode::ReadOnly, &error);
    if (!database)
        return pages;
    try {
        SqliteStatement version(database->handle(), "SELECT value FROM meta WHERE key = 'parser_version'");
        if (!version.step() || version.columnText(0).toInt() != kParserVersion)
            return pages;
        SqliteStatement rows(database->handle(), "SELECT source_path, content_hash, slug FROM drug");
        while (rows.step())
            pages.insert(rows.columnText(0), {rows.columnBlob(1), rows.columnText(2)});
    } catch (const StorageError &) {
        pages.clear();
    }
    return pages;
}

// True when `path` may be replaced by an import: no file, an empty one, a
// database an import wrote (it has the drug table), or one too damaged to
// say. A text file named by mistake or another program's database, such as
// the user's bookmarks, is never overwritten.
bool isReplaceable(const QString &path)
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
                               &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            replaceable = sqlite3_column_int(statement, 0) > 0;
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return replaceable;
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Each page whose title another page has too says so once, naming a few of
// the others: a folder of thousands of copies of one page must not report
// every pair.
void addDuplicateTitleWarnings(sqlite3 *db, QList<FileOutcome> &files)
{
    constexpr int kOthersNamed = 3;
    struct Page
    {
        QString path, title, slug;
    };
    QHash<QString, int> index;
    for (int i = 0; i < files.size(); ++i)
        index.insert(files.at(i).path, i);
    SqliteStatement rows(db, "SELECT name_key, source_path, title, slug FROM drug WHERE name_key IN "
                             "(SELECT name_key FROM drug GROUP BY name_key HAVING count(*) > 1) "
                             "ORDER BY name_key, source_path");
    QList<QList<Page>> groups;
    QString key;
    while (rows.step()) {
        if (groups.isEmpty() || rows.columnText(0) != key) {
            key = rows.columnText(0);
            groups.append(QList<Page>());
        }
        groups.last().append({rows.columnText(1), rows.columnText(2), rows.columnText(3)});
    }
    for (const QList<Page> &group : std::as_const(groups)) {
        for (const Page &page : group) {
            const auto it = index.constFind(page.path);
            if (it == index.constEnd())
                continue;
            QStringList others;
            const Page *other = nullptr;
            for (const Page &candidate : group) {
                if (&candidate == &page)
                    continue;
                other = &candidate;
                others.append(candidate.path);
                if (others.size() == kOthersNamed)
                    break;
            }
            FileOutcome &file = files[*it];
            if (group.size() == 2) {
                file.messages.append({0, Text::tr("same title \"%1\" as %2; both are kept (this one as \"%3\", the other as \"%4\")")
                                             .arg(page.title, other->path, file.slug, other->slug)});
            } else {
                // One arg() for all: a title or a file name may hold "%1".
                const QString count = QString::number(group.size() - 1);
                const int more = int(group.size()) - 1 - int(others.size());
                const QString named = others.join(QStringLiteral(", "));
                file.messages.append({0, more > 0 ? Text::tr("same title \"%1\" as %2 other pages (%3 and %4 more); all are kept, this one as \"%5\"")
                                                        .arg(page.title, count, named, QString::number(more), file.slug)
                                                  : Text::tr("same title \"%1\" as %2 other pages (%3); all are kept, this one as \"%4\"")
                                                        .arg(page.title, count, named, file.slug)});
            }
            if (file.kind == FileOutcome::Kind::Imported)
                file.kind = FileOutcome::Kind::ImportedWithWarnings;
        }
    }
}

} // namespace

ImportReport Importer::run(const Options &options, const Progress &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    report.sourceDir = QDir(options.sourceDir).absolutePath();
    report.databasePath = QFileInfo(options.databasePath).absoluteFilePath();
    const QFileInfo source(options.sourceDir);
    if (!source.isDir() || !source.isReadable()) {
        report.error = Text::tr("%1: not a readable folder").arg(options.sourceDir);
        return report;
    }
    const QString target = report.databasePath;
    if (!isReplaceable(target)) {
        report.error = Text::tr("%1 is not a Formulary content database").arg(target);
        return report;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        report.error = Text::tr("%1: cannot create the folder for the database").arg(target);
        return report;
    }

    // One import at a time into one database; a lock left by a process that
    // died is taken over.
    QLockFile lock(target + QStringLiteral(".lock"));
    if (!lock.tryLock(0)) {
        report.error = Text::tr("%1: another import into this database is running").arg(target);
        return report;
    }

    const PageListing listing = PageListing::of(report.sourceDir);
    const QStringList &pages = listing.pages;
    const QHash<QString, StoredPage> stored = options.incremental ? storedPages(target) : QHash<QString, StoredPage>();
    // Stored pages in folders that cannot be read now are kept as they were,
    // slugs included: a new page given one would replace them.
    QHash<QString, QString> closedFolderOf; // stored page -> the folder that holds it
    QSet<QString> keptSlugs;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        for (const QString &folder : listing.closedFolders) {
            if (isInFolder(it.key(), folder)) {
                closedFolderOf.insert(it.key(), folder);
                keptSlugs.insert(it->slug);
                break;
            }
        }
    }
    const QStringList slugs = assignSlugs(pages, keptSlugs);

    // Build beside the target, then rename over it: readers of the old file
    // keep it until they close it, and a failure leaves it untouched.
    const QString temporary = target + QStringLiteral(".importing");
    QFile::remove(temporary);
    if (!stored.isEmpty() && !QFile::copy(target, temporary)) {
        report.error = Text::tr("%1: cannot copy the previous database").arg(temporary);
        return report;
    }

    QList<Job> jobs;
    jobs.reserve(pages.size());
    const QDir sourceDir(report.sourceDir);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        const StoredPage previous = stored.value(page);
        jobs.append({sourceDir.filePath(page), page, slugs.at(i), previous.slug == slugs.at(i) ? previous.hash : QByteArray()});
    }

    QString error;
    // The import's own threads: their priority is lowered for the import only.
    QThreadPool parsers;
    {
        auto database = ContentDatabase::open(temporary, ContentDatabase::Mode::ReadWrite, &error);
        if (!database) {
            QFile::remove(temporary);
            report.error = error;
            return report;
        }
        sqlite3 *db = database->handle();
        try {
            // The file is renamed into place only when complete, so it needs
            // neither a rollback journal nor syncs while it is being built.
            sqliteExecute(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;"
                              "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY");
            sqliteExecute(db, "BEGIN");
            const bool fromEmpty = stored.isEmpty();
            fulltextindex::beginBulkLoad(db, fromEmpty);
            MonographWriter writer(db, fromEmpty);

            // Pages removed from the folder since the last import.
            const QSet<QString> present(pages.cbegin(), pages.cend());
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                if (!present.contains(it.key()) && !closedFolderOf.contains(it.key()))
                    writer.removeSource(it.key());
            }
            const QList<QString> foldersWithKeptPages = closedFolderOf.values();

            const QDateTime now = QDateTime::currentDateTimeUtc();
            // A waiting writer may run a batch itself; only the pool's
            // threads are lowered.
            const QThread *writerThread = QThread::currentThread();
            auto parse = [writerThread](const Job &job) {
                if (QThread::currentThread() != writerThread)
                    lowerParsingThreadPriority();
                return processJob(job);
            };
            ParsingAhead ahead;
            qsizetype launched = 0;
            auto launchAhead = [&] {
                while (ahead.batches.size() < kBatchesAhead && launched < jobs.size()) {
                    const auto from = jobs.cbegin() + launched;
                    launched = std::min<qsizetype>(launched + kBatchSize, jobs.size());
                    ahead.batches.push_back(QtConcurrent::mapped(&parsers, from, jobs.cbegin() + launched, parse));
                }
            };
            launchAhead();
            qsizetype written = 0;
            while (!ahead.batches.empty() && !report.cancelled) {
                const QFuture<JobResult> current = ahead.batches.front();
                ahead.batches.pop_front();
                launchAhead();
                const QList<JobResult> results = current.results();
                for (const JobResult &result : results) {
                    const Job &job = jobs.at(written++); // results come in the jobs' order
                    if (cancel && cancel->load()) {
                        report.cancelled = true;
                        break;
                    }
                    report.bytesRead += result.bytes;
                    FileOutcome outcome = result.outcome;
                    if (outcome.kind == FileOutcome::Kind::Skipped) {
                        if (stored.contains(outcome.path) && stored.value(outcome.path).slug == job.slug) {
                            outcome.messages.append({0, Text::tr("the previously imported version of this page is kept")});
                            outcome.slug = job.slug;
                        }
                    } else if (outcome.kind != FileOutcome::Kind::Unchanged) {
                        writer.replace(result.record, outcome.path, result.hash, now.toSecsSinceEpoch());
                    }
                    report.files.append(outcome);
                    if (progress)
                        progress(int(report.files.size()), int(jobs.size()));
                }
            }
            if (report.cancelled) {
                sqliteRollback(db);
            } else {
                // What the walk could not open gets an outcome too.
                auto skipped = [&report](const QString &path, const QString &why) {
                    FileOutcome outcome;
                    outcome.path = path;
                    outcome.kind = FileOutcome::Kind::Skipped;
                    outcome.messages.append({0, why});
                    report.files.append(outcome);
                };
                for (const QString &folder : listing.closedFolders) {
                    skipped(folder + QLatin1Char('/'),
                            foldersWithKeptPages.contains(folder)
                                ? Text::tr("cannot read this folder; the pages imported from it before are kept as they were")
                                : Text::tr("cannot read this folder; no page in it was imported"));
                }
                for (const QString &page : listing.misnamedPages)
                    skipped(page, Text::tr("the file's name is not valid UTF-8; rename the file to import it"));
                for (const QString &folder : listing.misnamedFolders)
                    skipped(folder + QLatin1Char('/'), Text::tr("the folder's name is not valid UTF-8; rename it to import the pages in it"));
                addDuplicateTitleWarnings(db, report.files);
                SqliteStatement meta(db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
                meta.bind(1, QStringLiteral("parser_version")).bind(2, QString::number(kParserVersion)).execute();
                meta.bind(1, QStringLiteral("source_dir")).bind(2, options.sourceLabel.isEmpty() ? report.sourceDir : options.sourceLabel).execute();
                meta.bind(1, QStringLiteral("imported_at")).bind(2, now.toString(Qt::ISODate)).execute();
                sqliteExecute(db, "COMMIT");
                fulltextindex::endBulkLoad(db, fromEmpty);
                if (writer.changed()) {
                    // The vocabulary is read from the committed index by
                    // connections of its own, in parallel: the import lets go
                    // of its lock, which goes at its next read.
                    sqliteExecute(db, "PRAGMA locking_mode = NORMAL");
                    SqliteStatement(db, "SELECT count(*) FROM meta").step();
                    SearchVocabulary::rebuildInParallel(db, temporary);
                }
                // Merging FTS5 segments left free pages behind; a few
                // milliseconds return them.
                sqliteExecute(db, "PRAGMA incremental_vacuum");
                sqliteExecute(db, "PRAGMA optimize");
            }
        } catch (const StorageError &e) {
            error = e.text();
        }
    }
    if (!error.isEmpty() || report.cancelled) {
        QFile::remove(temporary);
        report.error = error;
        return report;
    }
    if (!syncFile(temporary) || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        report.error = Text::tr("%1: cannot replace the database").arg(target);
        return report;
    }
    syncFile(QFileInfo(target).absolutePath());
    return report;
}

} // namespace formulary
