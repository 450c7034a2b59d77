#pragma once

#include "import/importpipeline.h"
#include "import/importreport.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace formulary {

// What importing a folder would do to the drugs a database holds, known
// before anything is written: a person is asked before an import takes many
// of them away.
struct ImportPreview
{
    QString sourceFolder;     // the folder as the library records it
    QString error;            // why the import would be refused (a folder inside a source…)
    bool newSource = false;   // the library has drugs, none from this folder: the folder is added
    int stored = 0;           // drugs the library holds now, from every source
    int storedFromSource = 0; // of them, drugs imported from this folder before
    int pagesFound = 0;       // pages in the folder
    int takenAway = 0;        // drugs of this folder whose pages are gone from it

    // A refresh that drops a few pages deleted from the folder goes ahead;
    // more than this is asked about first.
    static constexpr int kFew = 10;
    bool takesAwayMany() const { return takenAway > kFew; }
};

// Whether a source's folder can be read now. A source whose folder has
// vanished or cannot be read keeps its drugs until it is removed; one
// imported under a label (the shipped library) is not a folder here.
enum class SourceFolderState { Readable, Missing, Unreadable, Label };
SourceFolderState sourceFolderState(const QString &folder);
// What a person is told of a state other than Readable; empty for that.
QString sourceFolderStateText(SourceFolderState state);

// Imports a folder of Markdown pages into a content database. The new database
// is built beside the old one and renamed over it only when complete, so a
// failed or cancelled import leaves the previous database as it was.
class Importer
{
public:
    struct Options
    {
        QString sourceDir;
        QString databasePath;
        bool incremental = true; // reuse rows of files whose content hash is unchanged
        QString sourceLabel{};   // recorded as the pages' origin instead of sourceDir's absolute path
        // The target is the program's own database file (the user's content
        // database): replaced even when it is damaged beyond recognition. A
        // file named by the user is replaced only if it is a content database.
        bool ownTarget = false;
    };
    // Called from the importing thread with the number of files done so far.
    using Progress = ImportProgress;

    static ImportReport run(const Options &options, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    // What run() would do with these options to the drugs stored before.
    static ImportPreview preview(const Options &options);

    // The source of the library at `databasePath` that `folder` names: as
    // the library records it, or the folder by its path, links followed.
    // Sets `error` when there is none or the library cannot be read.
    static std::optional<SourceRecord> findSource(const QString &databasePath, const QString &folder, QString *error);
    // Removes that source and its drugs, the library before kept as the
    // previous one (restorePrevious()). Returns how many drugs it took
    // away; sets `error` and changes nothing when it cannot.
    static std::optional<int> removeSource(const QString &databasePath, const QString &folder, QString *error);

    // The database an import replaced is kept beside it (one, the last).
    static QString previousDatabasePath(const QString &databasePath);
    // Brings it back; the one it replaces becomes the previous one, so that
    // a second restore undoes the first. Sets `error` and changes nothing
    // when there is none, or while an import into the database runs.
    static bool restorePrevious(const QString &databasePath, QString *error);
};

} // namespace formulary
