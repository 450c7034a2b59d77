#include "app/bookmarkcommands.h"

#include "study/bookmarkmodel.h"

#include <QCoreApplication>

namespace formulary {
namespace {

// Short enough for the Edit menu's "Undo …", with '&' doubled: a menu takes
// a single one for the mark of a shortcut.
QString shortened(const QString &question)
{
    constexpr int kMost = 40;
    QString text = question.simplified();
    if (text.size() > kMost)
        text = text.left(kMost - 1).trimmed() + QChar(0x2026);
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

AddBookmarkCommand::AddBookmarkCommand(BookmarkModel &model, const Bookmark &bookmark)
    : m_model(model)
    , m_bookmark(bookmark)
{
    setText(QCoreApplication::translate("BookmarkCommands", "Bookmark “%1”").arg(shortened(bookmark.question)));
}

void AddBookmarkCommand::redo()
{
    if (!m_added) {
        const std::optional<Bookmark> added = m_model.add(m_bookmark.drugSlug, m_bookmark.drugTitle,
                                                          m_bookmark.question, m_bookmark.answer);
        if (!added) {
            setObsolete(true); // nothing was saved: nothing to undo
            return;
        }
        m_bookmark = *added;
        m_added = true;
        return;
    }
    if (const std::optional<Bookmark> restored = m_model.restore(m_bookmark))
        m_bookmark = *restored; // its id may be new
}

void AddBookmarkCommand::undo()
{
    if (const std::optional<Bookmark> removed = m_model.remove(m_bookmark.id))
        m_bookmark = *removed; // keeps a note written in the meantime
}

RemoveBookmarksCommand::RemoveBookmarksCommand(BookmarkModel &model, const QList<Bookmark> &bookmarks)
    : m_model(model)
    , m_bookmarks(bookmarks)
{
    setText(bookmarks.size() == 1
                ? QCoreApplication::translate("BookmarkCommands", "Remove Bookmark “%1”")
                      .arg(shortened(bookmarks.first().question))
                : QCoreApplication::translate("BookmarkCommands", "Remove Bookmarks (%1)").arg(bookmarks.size()));
}

void RemoveBookmarksCommand::redo()
{
    QList<Bookmark> removed;
    for (const Bookmark &bookmark : std::as_const(m_bookmarks)) {
        if (const std::optional<Bookmark> gone = m_model.remove(bookmark.id))
            removed.append(*gone);
    }
    m_bookmarks = removed;
    if (removed.isEmpty())
        setObsolete(true);
}

void RemoveBookmarksCommand::undo()
{
    // Redo removes them by the ids they have now.
    for (Bookmark &bookmark : m_bookmarks) {
        if (const std::optional<Bookmark> restored = m_model.restore(bookmark))
            bookmark = *restored;
    }
}

} // namespace formulary
