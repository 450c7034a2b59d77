#pragma once

#include "import/pagejob.h"
#include "import/pagelisting.h"
#include "store/contentdatabase.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace formulary {

// What an import is to do: a job for each page found, and what becomes of
// the pages stored before.
struct ImportPlan
{
    PageListing listing;
    QList<PageJob> jobs;                    // in the listing's order
    QHash<QString, StoredPage> stored;      // by source path; empty for a full import
    QHash<QString, QString> closedFolderOf; // stored page -> the unreadable folder that keeps it

    // `stored`: what the database holds. A page stored before keeps its
    // slug (bookmarks name drugs by slug); with `buildOnStored` the import
    // also keeps the rows of pages that have not changed, and of pages in
    // folders it cannot read.
    static ImportPlan make(const QString &sourceDir, const QList<StoredPage> &stored, bool buildOnStored);

    // The number of drugs the new database holds when every job is done as
    // its outcome says (see FileOutcome::slug).
    int expectedDrugs(const QList<FileOutcome> &outcomes) const;

    // Stored pages gone from the folder since: to be removed. Pages in a
    // folder that cannot be read now are kept as they were.
    QStringList removedPages() const;
    bool keepsStoredVersion(const PageJob &job) const;
};

// One slug per page, in the pages' order. A page in `kept` (path -> slug)
// keeps its slug; the others get theirs from their file names, two files
// with the same name in different folders told apart by their folder, then
// by a number. `reserved` slugs and kept ones are not given to another page.
QStringList assignSlugs(const QStringList &pages, const QHash<QString, QString> &kept, const QSet<QString> &reserved);

} // namespace formulary
