#pragma once

#include "store/studyprogressstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace formulary {

class ContentDatabase;
class UserDatabase;

// A bookmarked FAQ. It refers to its FAQ by the drug's slug and the
// question's key (questionKey()), and keeps the last text it was seen with,
// so that it can be shown even when the FAQ is gone from the content.
struct Bookmark
{
    qint64 id = 0;
    QString drugSlug;
    QString questionKey;
    QString drugTitle;
    QString question;
    QString answer;
    QString note;
    QDateTime createdAt;
    bool missing = false; // the FAQ was not found in the content last time it was looked for
    // Set by BookmarkStore::remove() when the bookmark had been studied, so
    // that restore() brings the progress back with it.
    std::optional<StudyProgress> study;
};

// Bookmarks in the user database. Every change is its own transaction, so
// two windows or processes on one database never lose each other's writes.
class BookmarkStore
{
public:
    explicit BookmarkStore(UserDatabase &database);

    // Adds a bookmark, or returns the one already there for this FAQ.
    Bookmark add(const QString &drugSlug, const QString &drugTitle, const QString &question, const QString &answer);
    // Removes a bookmark and returns it with its study progress, so that it
    // can be restored (undo).
    std::optional<Bookmark> remove(qint64 id);
    // Puts a removed bookmark back as it was: date, note and study progress,
    // and its id unless another bookmark has taken it since (then a new
    // one). When its FAQ has been bookmarked again meanwhile, that bookmark
    // stays and takes back the note and progress it lacks. Returns the
    // bookmark as it now is.
    std::optional<Bookmark> restore(const Bookmark &bookmark);
    bool setNote(qint64 id, const QString &note);

    // Adds bookmarks read from elsewhere (an export), skipping those already
    // here for the same FAQ. Returns how many were added.
    int importBookmarks(const QList<Bookmark> &bookmarks);

    QList<Bookmark> all() const; // oldest first
    std::optional<Bookmark> find(const QString &drugSlug, const QString &question) const;

    // Looks every bookmark's FAQ up in `content` by its stable key: found ones
    // take the current text, the others are marked missing (and kept).
    QList<Bookmark> resolve(const ContentDatabase &content);

private:
    UserDatabase &m_database;
};

} // namespace formulary
