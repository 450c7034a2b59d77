#include "import/pagelisting.h"

#include <QByteArrayView>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace formulary {
namespace {

bool isPageName(QByteArrayView name)
{
    auto endsWith = [name](QByteArrayView suffix) {
        return name.size() > suffix.size() && name.last(suffix.size()).compare(suffix, Qt::CaseInsensitive) == 0;
    };
    return endsWith(".md") || endsWith(".markdown");
}

// QDirIterator decodes names as UTF-8 and passes in silence over those it
// cannot open again: the folder's own entries, as bytes, tell them.
void findMisnamed(const QString &folder, const QString &relative, PageListing &listing)
{
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArrayView name(entry->d_name);
        if (name.isValidUtf8())
            continue;
        const QString shown = (relative.isEmpty() ? QString() : relative + QLatin1Char('/')) + QString::fromUtf8(name);
        struct stat status = {};
        const bool isFolder = entry->d_type == DT_DIR
                              || (entry->d_type == DT_UNKNOWN
                                  && ::fstatat(::dirfd(dir), entry->d_name, &status, AT_SYMLINK_NOFOLLOW) == 0
                                  && S_ISDIR(status.st_mode));
        if (isFolder)
            listing.misnamedFolders.append(shown);
        else if (isPageName(name))
            listing.misnamedPages.append(shown);
    }
    ::closedir(dir);
}

} // namespace

PageListing PageListing::of(const QString &root)
{
    PageListing listing;
    const QDir base(root);
    findMisnamed(root, QString(), listing);
    // System: pipes, devices and broken links named .md are listed too, so
    // that the report says why they were not imported.
    QDirIterator it(root, QDir::Files | QDir::AllDirs | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir()) {
            if (info.isSymLink())
                continue;
            // QDirIterator would pass over a folder it cannot enter in silence.
            if (!info.isReadable() || !info.isExecutable())
                listing.closedFolders.append(base.relativeFilePath(path));
            else
                findMisnamed(path, base.relativeFilePath(path), listing);
            continue;
        }
        const QString suffix = info.suffix().toLower();
        if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
            listing.pages.append(base.relativeFilePath(path));
    }
    for (QStringList *list : {&listing.pages, &listing.closedFolders, &listing.misnamedPages, &listing.misnamedFolders})
        std::sort(list->begin(), list->end());
    return listing;
}

bool isInFolder(const QString &path, const QString &folder)
{
    return path.size() > folder.size() && path.startsWith(folder) && path.at(folder.size()) == QLatin1Char('/');
}

} // namespace formulary
