#pragma once

#include "import/importpipeline.h"
#include "import/importreport.h"

#include <QString>

#include <atomic>
#include <functional>

namespace formulary {

// What importing a folder would do to the drugs a database holds, known
// before anything is written: a person is asked before an import takes many
// of them away.
struct ImportPreview
{
    QString storedFrom; // the folder the database was last imported from; empty if none
    int stored = 0;     // drugs it holds now
    int pagesFound = 0; // pages in the folder
    int takenAway = 0;  // stored drugs that no page of the folder keeps

    // A refresh that drops a few pages deleted from the folder goes ahead;
    // more than this is asked about first.
    static constexpr int kFew = 10;
    bool takesAwayMany() const { return takenAway > kFew; }
};

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

    // The database an import replaced is kept beside it (one, the last).
    static QString previousDatabasePath(const QString &databasePath);
    // Brings it back; the one it replaces becomes the previous one, so that
    // a second restore undoes the first. Sets `error` and changes nothing
    // when there is none, or while an import into the database runs.
    static bool restorePrevious(const QString &databasePath, QString *error);
};

} // namespace formulary
