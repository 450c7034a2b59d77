#pragma once

#include "import/importpipeline.h"
#include "import/importreport.h"

#include <QString>

#include <atomic>
#include <functional>

namespace formulary {

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
};

} // namespace formulary
