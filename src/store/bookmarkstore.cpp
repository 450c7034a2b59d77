#include "store/bookmarkstore.h"

#include "parse/textfold.h"
#include "store/contentdatabase.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sqlitestatement.h"
#include "store/userdatabase.h"

#include <QHash>

#include <sqlite3.h>

namespace formulary {
namespace {

const char kColumns[] = "id, drug_slug, question_key, drug_title, question, answer, note, created_at";

Bookmark readRow(const SqliteStatement &row)
{
    Bookmark bookmark;
    bookmark.id = row.columnInt64(0);
    bookmark.drugSlug = row.columnText(1);
    bookmark.questionKey = row.columnText(2);
    bookmark.drugTitle = row.columnText(3);
    bookmark.question = row.columnText(4);
    bookmark.answer = row.columnText(5);
    bookmark.note = row.columnText(6);
    bookmark.createdAt = QDateTime::fromMSecsSinceEpoch(row.columnInt64(7), Qt::UTC);
    return bookmark;
}

} // namespace

BookmarkStore::BookmarkStore(UserDatabase &database)
    : m_database(database)
{ }

Bookmark BookmarkStore::add(const QString &drugSlug, const QString &drugTitle, const QString &question,
                            const QString &answer)
{
    sqlite3 *db = connectionOf(m_database);
    const QString key = questionKey(question);
    return immediateTransaction(db, [&] {
        SqliteStatement insert(
            db, "INSERT INTO bookmark(drug_slug, question_key, drug_title, question, answer, created_at) "
                "VALUES (?,?,?,?,?,?) ON CONFLICT(drug_slug, question_key) DO NOTHING");
        insert.bind(1, drugSlug)
            .bind(2, key)
            .bind(3, drugTitle)
            .bind(4, question)
            .bind(5, answer)
            .bind(6, QDateTime::currentMSecsSinceEpoch());
        insert.execute();
        SqliteStatement select(
            db,
            (QByteArray("SELECT ") + kColumns + " FROM bookmark WHERE drug_slug = ? AND question_key = ?").constData());
        select.bind(1, drugSlug).bind(2, key);
        select.step();
        return readRow(select);
    });
}

std::optional<Bookmark> BookmarkStore::remove(qint64 id)
{
    sqlite3 *db = connectionOf(m_database);
    return immediateTransaction(db, [&]() -> std::optional<Bookmark> {
        SqliteStatement select(db, (QByteArray("SELECT ") + kColumns + " FROM bookmark WHERE id = ?").constData());
        select.bind(1, id);
        if (!select.step())
            return std::nullopt;
        Bookmark bookmark = readRow(select);
        select.reset();
        // The study card goes with the bookmark (ON DELETE CASCADE): kept here for undo.
        bookmark.study = StudyProgressStore(m_database).progress(id);
        SqliteStatement remove(db, "DELETE FROM bookmark WHERE id = ?");
        remove.bind(1, id).execute();
        return bookmark;
    });
}

std::optional<Bookmark> BookmarkStore::restore(const Bookmark &bookmark)
{
    sqlite3 *db = connectionOf(m_database);
    StudyProgressStore progress(m_database);
    return immediateTransaction(db, [&]() -> std::optional<Bookmark> {
        // Bookmarked again since it was removed: that one stays.
        SqliteStatement same(
            db,
            (QByteArray("SELECT ") + kColumns + " FROM bookmark WHERE drug_slug = ? AND question_key = ?").constData());
        same.bind(1, bookmark.drugSlug).bind(2, bookmark.questionKey);
        if (same.step()) {
            Bookmark existing = readRow(same);
            same.reset();
            if (existing.note.isEmpty() && !bookmark.note.isEmpty()) {
                SqliteStatement note(db, "UPDATE bookmark SET note = ? WHERE id = ?");
                note.bind(1, bookmark.note).bind(2, existing.id).execute();
                existing.note = bookmark.note;
            }
            if (bookmark.study && !progress.progress(existing.id))
                progress.update(existing.id, [&](const std::optional<StudyProgress> &) { return *bookmark.study; });
            existing.missing = bookmark.missing;
            return existing;
        }
        same.reset();
        // Its id, unless a bookmark added since has taken it.
        SqliteStatement taken(db, "SELECT 1 FROM bookmark WHERE id = ?");
        taken.bind(1, bookmark.id);
        const bool idTaken = taken.step();
        taken.reset();
        SqliteStatement insert(db, "INSERT INTO bookmark(id, drug_slug, question_key, drug_title, question, answer, "
                                   "note, created_at) VALUES (?,?,?,?,?,?,?,?)");
        if (!idTaken)
            insert.bind(1, bookmark.id);
        insert.bind(2, bookmark.drugSlug)
            .bind(3, bookmark.questionKey)
            .bind(4, bookmark.drugTitle)
            .bind(5, bookmark.question)
            .bind(6, bookmark.answer)
            .bind(7, bookmark.note)
            .bind(8, bookmark.createdAt.toMSecsSinceEpoch());
        insert.execute();
        Bookmark restored = bookmark;
        restored.id = sqlite3_last_insert_rowid(db);
        if (bookmark.study)
            progress.update(restored.id, [&](const std::optional<StudyProgress> &) { return *bookmark.study; });
        return restored;
    });
}

int BookmarkStore::importBookmarks(const QList<Bookmark> &bookmarks)
{
    sqlite3 *db = connectionOf(m_database);
    return immediateTransaction(db, [&] {
        SqliteStatement insert(db,
                               "INSERT INTO bookmark(drug_slug, question_key, drug_title, question, answer, note, "
                               "created_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(drug_slug, question_key) DO NOTHING");
        int added = 0;
        for (const Bookmark &bookmark : bookmarks) {
            const QDateTime created = bookmark.createdAt.isValid() ? bookmark.createdAt
                                                                   : QDateTime::currentDateTimeUtc();
            insert.bind(1, bookmark.drugSlug)
                .bind(2, questionKey(bookmark.question))
                .bind(3, bookmark.drugTitle)
                .bind(4, bookmark.question)
                .bind(5, bookmark.answer)
                .bind(6, bookmark.note)
                .bind(7, created.toMSecsSinceEpoch());
            insert.execute();
            added += sqlite3_changes(db);
        }
        return added;
    });
}

bool BookmarkStore::setNote(qint64 id, const QString &note)
{
    sqlite3 *db = connectionOf(m_database);
    return immediateTransaction(db, [&] {
        SqliteStatement update(db, "UPDATE bookmark SET note = ? WHERE id = ?");
        update.bind(1, note).bind(2, id).execute();
        return sqlite3_changes(db) > 0;
    });
}

QList<Bookmark> BookmarkStore::all() const
{
    SqliteStatement select(connectionOf(m_database),
                           (QByteArray("SELECT ") + kColumns + " FROM bookmark ORDER BY created_at, id").constData());
    QList<Bookmark> bookmarks;
    while (select.step())
        bookmarks.append(readRow(select));
    return bookmarks;
}

std::optional<Bookmark> BookmarkStore::find(const QString &drugSlug, const QString &question) const
{
    SqliteStatement select(
        connectionOf(m_database),
        (QByteArray("SELECT ") + kColumns + " FROM bookmark WHERE drug_slug = ? AND question_key = ?").constData());
    select.bind(1, drugSlug).bind(2, questionKey(question));
    if (!select.step())
        return std::nullopt;
    return readRow(select);
}

QList<Bookmark> BookmarkStore::resolve(const ContentDatabase &content)
{
    struct DrugFaqs
    {
        QString title;
        QHash<QString, Faq> byKey;
    };
    QHash<QString, DrugFaqs> drugs;
    QList<Bookmark> bookmarks = all();
    sqlite3 *db = connectionOf(m_database);
    for (Bookmark &bookmark : bookmarks) {
        if (!drugs.contains(bookmark.drugSlug)) {
            DrugFaqs faqs;
            if (const std::optional<DrugRecord> drug = content.drugBySlug(bookmark.drugSlug)) {
                faqs.title = drug->title;
                for (const StoredFaq &stored : content.faqs(drug->id))
                    faqs.byKey.insert(questionKey(stored.faq.question), stored.faq);
            }
            drugs.insert(bookmark.drugSlug, faqs);
        }
        const DrugFaqs &faqs = drugs[bookmark.drugSlug];
        const auto found = faqs.byKey.constFind(bookmark.questionKey);
        if (found == faqs.byKey.constEnd()) {
            bookmark.missing = true;
            continue;
        }
        if (found->question == bookmark.question && found->answer == bookmark.answer
            && faqs.title == bookmark.drugTitle)
            continue;
        // The FAQ is still there, perhaps reworded: remember its current text,
        // which is what the bookmark shows should it later disappear.
        bookmark.question = found->question;
        bookmark.answer = found->answer;
        bookmark.drugTitle = faqs.title;
        immediateTransaction(db, [&] {
            SqliteStatement update(db, "UPDATE bookmark SET question = ?, answer = ?, drug_title = ? WHERE id = ?");
            update.bind(1, bookmark.question)
                .bind(2, bookmark.answer)
                .bind(3, bookmark.drugTitle)
                .bind(4, bookmark.id)
                .execute();
            return true;
        });
    }
    return bookmarks;
}

} // namespace formulary
