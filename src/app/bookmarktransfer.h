#pragma once

#include "study/bookmarkexport.h"

#include <QList>
#include <QString>

class QWidget;

namespace formulary {

class BookmarkModel;
class ContentDatabase;

// Bookmarks to and from files: Markdown, CSV and Anki out, CSV back in.
namespace bookmarktransfer {

struct ImportResult
{
    int added = 0;
    int alreadyThere = 0;       // skipped: the same FAQ is bookmarked already
    QList<ParseMessage> errors; // records that could not be read, by line
    QString failure;            // the file could not be read at all, or the bookmarks saved
};

bool exportToFile(const QList<Bookmark> &bookmarks, const QString &path, bookmarkexport::Format format, QString *error);
// Reads a CSV export and adds what is new; `content` (may be null) marks
// the new bookmarks whose FAQ is not there.
ImportResult importFromFile(BookmarkModel &model, const QString &path, const ContentDatabase *content);
// For the user, naming the file.
QString summary(const ImportResult &result, const QString &path);

// The same with a file dialog, and the outcome told. Export returns a
// status line, empty when nothing was written.
QString exportWithDialog(QWidget *parent, const QList<Bookmark> &bookmarks);
void importWithDialog(QWidget *parent, BookmarkModel &model, const ContentDatabase *content);

} // namespace bookmarktransfer
} // namespace formulary
