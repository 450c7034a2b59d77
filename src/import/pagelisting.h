#pragma once

#include <QString>
#include <QStringList>

namespace formulary {

// What an import finds under the folder it is given. Paths are relative to
// that folder, with '/' between names.
struct PageListing
{
    QStringList pages;         // every .md and .markdown file, sorted
    QStringList closedFolders; // folders that could not be read, sorted
    // Pages and folders whose names are not UTF-8, which Qt cannot open by
    // name; shown with U+FFFD for the bytes that are not.
    QStringList misnamedPages;
    QStringList misnamedFolders;

    // Lists `root` and every folder below it. Links to folders are not
    // followed.
    static PageListing of(const QString &root);
};

// True when `path` lies somewhere inside `folder`.
bool isInFolder(const QString &path, const QString &folder);

} // namespace formulary
