#include "study/studyschedule.h"

#include "store/internal/sqlitestatement.h"
#include "store/userdatabase.h"


#include <algorithm>

namespace formulary {

int StudySchedule::intervalDays(int box)
{
    static const int days[BoxCount] = {0, 1, 3, 7, 14};
    return days[std::clamp(box, 1, BoxCount) - 1];
}

StudySchedule::StudySchedule(UserDatabase &database)
    : m_database(database)
{
}

StudySchedule::Card StudySchedule::card(const Bookmark &bookmark, const QDateTime &now) const
{
    SqliteStatement select(m_database.handle(), "SELECT box, due_at FROM study_card WHERE bookmark_id = ?");
    select.bind(1, bookmark.id);
    Card card{bookmark, 1, now};
    if (select.step()) {
        card.box = int(select.columnInt64(0));
        card.due = QDateTime::fromMSecsSinceEpoch(select.columnInt64(1), Qt::UTC);
    }
    return card;
}

QList<StudySchedule::Card> StudySchedule::dueCards(const QList<Bookmark> &bookmarks, const QDateTime &now) const
{
    QList<Card> due;
    for (const Bookmark &bookmark : bookmarks) {
        Card c = card(bookmark, now);
        if (c.due <= now)
            due.append(c);
    }
    std::stable_sort(due.begin(), due.end(), [](const Card &a, const Card &b) { return a.due < b.due; });
    return due;
}

void StudySchedule::answer(qint64 bookmarkId, bool knewIt, const QDateTime &now)
{
    sqlite3 *db = m_database.handle();
    immediateTransaction(db, [&] {
        SqliteStatement select(db, "SELECT box FROM study_card WHERE bookmark_id = ?");
        select.bind(1, bookmarkId);
        const int box = select.step() ? int(select.columnInt64(0)) : 1;
        select.reset();
        const int next = knewIt ? std::min(box + 1, BoxCount) : 1;
        SqliteStatement upsert(db, "INSERT INTO study_card(bookmark_id, box, due_at, reviews, lapses) VALUES (?1, ?2, ?3, 1, ?4) "
                                   "ON CONFLICT(bookmark_id) DO UPDATE SET box = ?2, due_at = ?3, reviews = reviews + 1, "
                                   "lapses = lapses + ?4");
        upsert.bind(1, bookmarkId)
            .bind(2, qint64(next))
            .bind(3, now.addDays(intervalDays(next)).toMSecsSinceEpoch())
            .bind(4, qint64(knewIt ? 0 : 1));
        upsert.execute();
    });
}

} // namespace formulary
