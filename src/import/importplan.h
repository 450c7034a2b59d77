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

    // `stored`: what the database holds, when the import builds on it.
    static ImportPlan make(const QString &sourceDir, const QList<StoredPage> &stored);

    // Stored pages gone from the folder since: to be removed. Pages in a
    // folder that cannot be read now are kept as they were.
    QStringList removedPages() const;
    bool keepsStoredVersion(const PageJob &job) const;
};

// Slugs from file names; two files with the same name in different folders
// are told apart by their folder, then by a number. `reserved` slugs are not
// given. One slug per page, in the pages' order.
QStringList assignSlugs(const QStringList &pages, const QSet<QString> &reserved);

} // namespace formulary
