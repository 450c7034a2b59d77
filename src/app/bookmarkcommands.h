#pragma once

#include "store/bookmarkstore.h"

#include <QList>
#include <QUndoCommand>

namespace formulary {

class BookmarkModel;

// Bookmarking a FAQ, undone by removing the bookmark again.
class AddBookmarkCommand : public QUndoCommand
{
public:
    AddBookmarkCommand(BookmarkModel &model, const Bookmark &bookmark);
    void redo() override;
    void undo() override;

private:
    BookmarkModel &m_model;
    Bookmark m_bookmark; // with its id once added, so that redo brings back the same row
    bool m_added = false;
};

// Removing bookmarks, undone by restoring them with their notes and dates.
class RemoveBookmarksCommand : public QUndoCommand
{
public:
    RemoveBookmarksCommand(BookmarkModel &model, const QList<Bookmark> &bookmarks);
    void redo() override;
    void undo() override;

private:
    BookmarkModel &m_model;
    QList<Bookmark> m_bookmarks;
};

} // namespace formulary
