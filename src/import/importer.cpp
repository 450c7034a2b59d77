#include "import/importer.h"

#include "import/databaseswap.h"
#include "import/importmessages.h"
#include "import/importpipeline.h"
#include "import/importplan.h"
#include "import/reviewedsynonyms.h"
#include "import/titlewarnings.h"
#include "parse/synonymtable.h"
#include "store/contentdatabase.h"
#include "store/contentdatabasebuilder.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

#include <optional>

namespace formulary {
namespace {

// Bumped whenever the parser's output changes, so that an incremental import
// parses every page again instead of keeping rows from the older parser.
constexpr int kParserVersion = 6;

// Checks that the folder can be read and the target may be written, and
// makes the target's folder. Sets report.error when not.
bool checkTarget(const Importer::Options &options, ImportReport &report)
{
    const QFileInfo source(options.sourceDir);
    if (!source.isDir() || !source.isReadable()) {
        report.error = ImportMessages::tr("%1: not a readable folder").arg(options.sourceDir);
        return false;
    }
    const QString &target = report.databasePath;
    if (!options.ownTarget && !ContentDatabase::mayBeReplaced(target)) {
        report.error = ImportMessages::tr("%1 is not a Formulary content database").arg(target);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        report.error = ImportMessages::tr("%1: cannot create the folder for the database").arg(target);
        return false;
    }
    return true;
}

// The database's path with links followed: the import writes beside the
// file itself and locks it, so that imports through a link and through its
// target are one and the same; the link stays a link.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return info.absoluteFilePath();
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(info.symLinkTarget()).absoluteFilePath() : canonical;
}

struct PreviousPages
{
    QList<StoredPage> pages;
    bool canBuildOn = false; // same schema and parser: unchanged pages need not be parsed again
};

// What an earlier import stored, if anything can be read.
PreviousPages previousPages(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return {};
    QString error;
    const auto database = ContentDatabase::open(databasePath, ContentDatabase::Mode::ReadOnly, &error);
    if (!database)
        return {};
    try {
        const bool sameParser = database->metaValue(QStringLiteral("parser_version")).value_or(QString()).toInt()
                                == kParserVersion;
        return {database->storedPages(), sameParser};
    } catch (const StorageError &) {
        return {};
    }
}

// What the walk of the folder could not open gets an outcome too.
void addUnreadable(const ImportPlan &plan, QList<FileOutcome> &files)
{
    auto skipped = [&files](const QString &path, const QString &why) {
        FileOutcome outcome;
        outcome.path = path;
        outcome.kind = FileOutcome::Kind::Skipped;
        outcome.messages.append({0, why});
        files.append(outcome);
    };
    const QList<QString> foldersWithKeptPages = plan.closedFolderOf.values();
    for (const QString &folder : plan.listing.closedFolders) {
        skipped(
            folder + QLatin1Char('/'),
            foldersWithKeptPages.contains(folder)
                ? ImportMessages::tr("cannot read this folder; the pages imported from it before are kept as they were")
                : ImportMessages::tr("cannot read this folder; no page in it was imported"));
    }
    for (const QString &page : plan.listing.misnamedPages)
        skipped(page, ImportMessages::tr("the file's name is not valid UTF-8; rename the file to import it"));
    for (const QString &folder : plan.listing.misnamedFolders)
        skipped(folder + QLatin1Char('/'),
                ImportMessages::tr("the folder's name is not valid UTF-8; rename it to import the pages in it"));
}

// Builds the new database in the temporary file: pages gone from the folder
// removed, every page read and stored, and committed unless cancelled.
// Fills the report's files; sets report.error when the database fails, and
// `damaged` when that was because the file is corrupt.
void buildDatabase(const Importer::Options &options, const ImportPlan &plan, const QString &temporary,
                   ImportReport &report, const Importer::Progress &progress, const std::atomic_bool *cancel,
                   bool *damaged)
{
    QString error;
    const auto builder = ContentDatabaseBuilder::open(temporary, plan.stored.isEmpty(), &error);
    if (!builder) {
        report.error = error;
        return;
    }
    try {
        for (const QString &page : plan.removedPages())
            builder->removeSource(page);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        PipelineResult pipeline = runPipeline(plan, *builder, now.toSecsSinceEpoch(), progress, cancel);
        report.files = std::move(pipeline.files);
        report.bytesRead = pipeline.bytesRead;
        report.cancelled = pipeline.cancelled;
        if (report.cancelled)
            return;
        addUnreadable(plan, report.files);
        addSharedTitleWarnings(builder->drugsSharingTitles(), report.files);
        // The last check before anything is committed: what is stored is
        // what the report says.
        const int expected = plan.expectedDrugs(report.files);
        if (const int stored = builder->drugCount(); stored < expected) {
            report.error = ImportMessages::tr("%1: the new database holds %2 drugs where %3 were imported; "
                                              "the previous database is kept")
                               .arg(temporary, QString::number(stored), QString::number(expected));
            return;
        }
        builder->commit(
            {{QStringLiteral("parser_version"), QString::number(kParserVersion)},
             {QStringLiteral("source_dir"), options.sourceLabel.isEmpty() ? report.sourceDir : options.sourceLabel},
             {QStringLiteral("imported_at"), now.toString(Qt::ISODate)}},
            SynonymTable::parse(reviewedSynonymsText(), nullptr));
        report.sideEffects = builder->sideEffectCensus();
    } catch (const StorageError &e) {
        report.error = e.text();
        *damaged = e.isDamage();
    }
}

} // namespace

// The steps of an import: check the target and take its lock, plan the jobs,
// build the new database beside the old one, and swap it in. The old
// database stays, untouched, until the new one is complete: nothing before
// DatabaseSwap::swapIn() writes the target.
ImportReport Importer::run(const Options &options, const Progress &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    report.sourceDir = QDir(options.sourceDir).absolutePath();
    report.databasePath = resolvedPath(options.databasePath);
    if (!checkTarget(options, report))
        return report;
    // One import at a time into one database; a lock left by a process that
    // died is taken over.
    QLockFile lock(report.databasePath + QStringLiteral(".lock"));
    if (!lock.tryLock(0)) {
        report.error = ImportMessages::tr("%1: another import into this database is running").arg(report.databasePath);
        return report;
    }

    const PreviousPages previous = previousPages(report.databasePath);
    const ImportPlan plan = ImportPlan::make(report.sourceDir, previous.pages,
                                             options.incremental && previous.canBuildOn);

    DatabaseSwap swap(report.databasePath);
    if (!swap.prepare(!plan.stored.isEmpty(), &report.error))
        return report;
    bool damaged = false;
    buildDatabase(options, plan, swap.temporary(), report, progress, cancel, &damaged);
    if (damaged && !plan.stored.isEmpty()) {
        // The previous database is damaged: its rows cannot be built upon,
        // so every page is read again into a new file, slugs kept.
        const ImportPlan fresh = ImportPlan::make(report.sourceDir, previous.pages, false);
        report.files.clear();
        report.error.clear();
        report.bytesRead = 0;
        damaged = false;
        if (!swap.prepare(false, &report.error))
            return report;
        buildDatabase(options, fresh, swap.temporary(), report, progress, cancel, &damaged);
    }
    if (!report.succeeded()) {
        swap.discard();
        return report;
    }
    swap.swapIn(&report.error);
    return report;
}

ImportPreview Importer::preview(const Options &options)
{
    ImportPreview preview;
    const QString target = resolvedPath(options.databasePath);
    QString error;
    if (QFileInfo::exists(target)) {
        if (const auto database = ContentDatabase::open(target, ContentDatabase::Mode::ReadOnly, &error)) {
            try {
                preview.stored = database->drugCount();
                preview.storedFrom = database->sourceDir();
            } catch (const StorageError &) {
                // Unreadable: nothing in it can be taken away.
            }
        }
    }
    const ImportPlan plan = ImportPlan::make(QDir(options.sourceDir).absolutePath(), previousPages(target).pages, true);
    preview.pagesFound = int(plan.listing.pages.size());
    preview.takenAway = int(plan.removedPages().size());
    return preview;
}

QString Importer::previousDatabasePath(const QString &databasePath)
{
    return DatabaseSwap::previousPath(resolvedPath(databasePath));
}

bool Importer::restorePrevious(const QString &databasePath, QString *error)
{
    const QString target = resolvedPath(databasePath);
    QLockFile lock(target + QStringLiteral(".lock"));
    if (!lock.tryLock(0)) {
        *error = ImportMessages::tr("%1: an import into this database is running").arg(target);
        return false;
    }
    return DatabaseSwap::restorePrevious(target, error);
}

} // namespace formulary
