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

// The folder as the library records it: the label it is imported under, or
// its path with links followed, so that a folder reached through a link is
// the one source it is.
QString sourceKey(const Importer::Options &options)
{
    if (!options.sourceLabel.isEmpty())
        return options.sourceLabel;
    const QFileInfo folder(options.sourceDir);
    const QString canonical = folder.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(folder.absoluteFilePath()) : canonical;
}

// Whether `folder` is `inside` or below it; both as sourceKey() gives them.
bool isWithin(const QString &folder, const QString &inside)
{
    return folder == inside
           || folder.startsWith(inside.endsWith(QLatin1Char('/')) ? inside : inside + QLatin1Char('/'));
}

// What the library holds before an import of the source `key`, if anything
// can be read.
struct Library
{
    bool readable = false;
    int drugs = 0;
    QList<SourceRecord> sources;
    std::optional<SourceRecord> source; // the one imported, when the library has it
    QList<StoredPage> pages;            // of that source
    QSet<QString> otherSlugs;           // of every other source's drugs

    bool hasOtherDrugs() const { return drugs > (source ? source->drugs : 0); }
};

Library readLibrary(const QString &databasePath, const QString &key)
{
    Library library;
    if (!QFileInfo::exists(databasePath))
        return library;
    QString error;
    const auto database = ContentDatabase::open(databasePath, ContentDatabase::Mode::ReadOnly, &error);
    if (!database)
        return library;
    try {
        library.drugs = database->drugCount();
        library.sources = database->sources();
        qint64 sourceId = 0;
        for (const SourceRecord &source : std::as_const(library.sources)) {
            if (source.folder == key) {
                library.source = source;
                sourceId = source.id;
            }
        }
        library.pages = sourceId ? database->storedPages(sourceId) : QList<StoredPage>();
        library.otherSlugs = database->slugsOutside(sourceId);
        library.readable = true;
    } catch (const StorageError &) {
        return {};
    }
    return library;
}

// A folder inside a source of the library, or holding one, would store
// their pages twice: refused, with what to do instead.
QString nestingError(const QString &key, const Library &library)
{
    for (const SourceRecord &source : library.sources) {
        if (source.folder == key || !QDir::isAbsolutePath(source.folder))
            continue;
        if (isWithin(key, source.folder))
            return ImportMessages::tr("%1 is inside %2, a source of the library already; import %2 again to "
                                      "refresh it")
                .arg(key, source.folder);
        if (isWithin(source.folder, key))
            return ImportMessages::tr("%1 holds %2, a source of the library already; remove that source first "
                                      "(File → Sources…, or formulary sources remove)")
                .arg(key, source.folder);
    }
    return {};
}

ImportPlan::Stored plannedOn(const Library &library, bool incremental)
{
    ImportPlan::Stored stored;
    stored.pages = library.pages;
    stored.reserved = library.otherSlugs;
    // Other sources' drugs are kept only by writing into a copy.
    stored.reuseUnchanged = incremental && library.source && library.source->parserVersion == kParserVersion;
    stored.buildOn = library.readable && (stored.reuseUnchanged || library.hasOtherDrugs());
    return stored;
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
void buildDatabase(const ImportPlan &plan, bool buildsOn, const QString &temporary, ImportReport &report,
                   const Importer::Progress &progress, const std::atomic_bool *cancel, bool *damaged)
{
    QString error;
    const auto builder = ContentDatabaseBuilder::open(temporary, !buildsOn, &error);
    if (!builder) {
        report.error = error;
        return;
    }
    try {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        builder->useSource(report.sourceFolder, now.toSecsSinceEpoch(), kParserVersion);
        for (const QString &page : plan.removedPages())
            builder->removePage(page);
        PipelineResult pipeline = runPipeline(plan, *builder, now.toSecsSinceEpoch(), progress, cancel);
        report.files = std::move(pipeline.files);
        report.bytesRead = pipeline.bytesRead;
        report.cancelled = pipeline.cancelled;
        if (report.cancelled)
            return;
        addUnreadable(plan, report.files);
        addSharedTitleWarnings(builder->drugsSharingTitles(), report.files);
        // The last check before anything is committed: what is stored is
        // what the report says, beside the other sources' drugs.
        const int expected = plan.expectedDrugs(report.files) + report.otherSourcesDrugs;
        if (const int stored = builder->drugCount(); stored < expected) {
            report.error = ImportMessages::tr("%1: the new database holds %2 drugs where %3 were imported; "
                                              "the previous database is kept")
                               .arg(temporary, QString::number(stored), QString::number(expected));
            return;
        }
        builder->commit({{QStringLiteral("imported_at"), now.toString(Qt::ISODate)}},
                        SynonymTable::parse(reviewedSynonymsText(), nullptr));
        report.sideEffects = builder->sideEffectCensus();
    } catch (const StorageError &e) {
        report.error = e.text();
        *damaged = e.isDamage();
    }
}

} // namespace

SourceFolderState sourceFolderState(const QString &folder)
{
    if (!QDir::isAbsolutePath(folder))
        return SourceFolderState::Label;
    const QFileInfo info(folder);
    if (!info.exists())
        return SourceFolderState::Missing;
    return info.isDir() && info.isReadable() && QDir(folder).isReadable() ? SourceFolderState::Readable
                                                                          : SourceFolderState::Unreadable;
}

QString sourceFolderStateText(SourceFolderState state)
{
    switch (state) {
    case SourceFolderState::Readable:
        return {};
    case SourceFolderState::Missing:
        return ImportMessages::tr("the folder is gone; its drugs are kept until the source is removed");
    case SourceFolderState::Unreadable:
        return ImportMessages::tr("the folder cannot be read; its drugs are kept until the source is removed");
    case SourceFolderState::Label:
        return ImportMessages::tr("installed with the program");
    }
    return {};
}

// The steps of an import: check the target and take its lock, plan the jobs,
// build the new database beside the old one, and swap it in. The old
// database stays, untouched, until the new one is complete: nothing before
// DatabaseSwap::swapIn() writes the target.
ImportReport Importer::run(const Options &options, const Progress &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    report.sourceDir = QDir(options.sourceDir).absolutePath();
    report.sourceFolder = sourceKey(options);
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

    const Library library = readLibrary(report.databasePath, report.sourceFolder);
    report.error = nestingError(report.sourceFolder, library);
    if (!report.error.isEmpty())
        return report;
    report.newSource = !library.source && library.drugs > 0;
    const ImportPlan::Stored stored = plannedOn(library, options.incremental);
    if (stored.buildOn)
        report.otherSourcesDrugs = library.drugs - (library.source ? library.source->drugs : 0);
    const ImportPlan plan = ImportPlan::make(report.sourceDir, stored);

    DatabaseSwap swap(report.databasePath);
    if (!swap.prepare(stored.buildOn, &report.error))
        return report;
    bool damaged = false;
    buildDatabase(plan, stored.buildOn, swap.temporary(), report, progress, cancel, &damaged);
    if (damaged && stored.buildOn) {
        // The previous database is damaged: its rows cannot be built upon,
        // so every page of the folder is read again into a new file, slugs
        // kept. The other sources' drugs cannot be read from it either.
        const ImportPlan fresh = ImportPlan::make(report.sourceDir, {library.pages});
        report.files.clear();
        report.error.clear();
        report.bytesRead = 0;
        report.otherSourcesDrugs = 0;
        damaged = false;
        if (!swap.prepare(false, &report.error))
            return report;
        buildDatabase(fresh, false, swap.temporary(), report, progress, cancel, &damaged);
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
    preview.sourceFolder = sourceKey(options);
    const Library library = readLibrary(resolvedPath(options.databasePath), preview.sourceFolder);
    preview.error = nestingError(preview.sourceFolder, library);
    preview.stored = library.drugs;
    preview.storedFromSource = library.source ? library.source->drugs : 0;
    preview.newSource = !library.source && library.drugs > 0;
    const ImportPlan plan = ImportPlan::make(QDir(options.sourceDir).absolutePath(), {library.pages, {}, true});
    preview.pagesFound = int(plan.listing.pages.size());
    preview.takenAway = int(plan.removedPages().size());
    return preview;
}

std::optional<SourceRecord> Importer::findSource(const QString &databasePath, const QString &folder, QString *error)
{
    const QString target = resolvedPath(databasePath);
    const auto database = ContentDatabase::open(target, ContentDatabase::Mode::ReadOnly, error);
    if (!database)
        return std::nullopt;
    Options named;
    named.sourceDir = folder;
    const QString asSource = sourceKey(named);
    try {
        const QList<SourceRecord> sources = database->sources();
        for (const QString &candidate : {folder, asSource}) {
            for (const SourceRecord &source : sources) {
                if (source.folder == candidate)
                    return source;
            }
        }
    } catch (const StorageError &e) {
        *error = e.text();
        return std::nullopt;
    }
    *error = ImportMessages::tr("%1: not a source of the library %2").arg(folder, target);
    return std::nullopt;
}

std::optional<int> Importer::removeSource(const QString &databasePath, const QString &folder, QString *error)
{
    const QString target = resolvedPath(databasePath);
    QLockFile lock(target + QStringLiteral(".lock"));
    if (!lock.tryLock(0)) {
        *error = ImportMessages::tr("%1: an import into this database is running").arg(target);
        return std::nullopt;
    }
    const std::optional<SourceRecord> source = findSource(target, folder, error);
    if (!source)
        return std::nullopt;
    DatabaseSwap swap(target);
    if (!swap.prepare(true, error))
        return std::nullopt;
    std::optional<int> removed;
    try {
        const auto builder = ContentDatabaseBuilder::open(swap.temporary(), false, error);
        if (builder) {
            removed = builder->removeSource(source->folder);
            builder->commit({}, SynonymTable::parse(reviewedSynonymsText(), nullptr));
        }
    } catch (const StorageError &e) {
        *error = e.text();
        removed.reset();
    }
    if (!removed || !swap.swapIn(error)) {
        swap.discard();
        return std::nullopt;
    }
    return removed;
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
