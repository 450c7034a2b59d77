#pragma once

#include "import/pagejob.h"
#include "import/pagelisting.h"
#include "store/contentdatabase.h"

#include <QHash>
#include <QList>
#include <QSet>
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

    // `stored`: what the database holds from this folder. A page stored
    // before keeps its slug (bookmarks name drugs by slug), and no page takes
    // a slug of `reserved` (other sources' drugs). With `buildOnStored` the
    // import writes into a copy of the database: it removes the pages gone
    // from the folder and keeps those in folders it cannot read; with
    // `reuseUnchanged` too, the rows of pages that have not changed.
    struct Stored
    {
        QList<StoredPage> pages;
        QSet<QString> reserved{};
        bool buildOn = false;
        bool reuseUnchanged = false;
    };
    static ImportPlan make(const QString &sourceDir, const Stored &stored);

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
