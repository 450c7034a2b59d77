#pragma once

#include "store/bookmarkstore.h"

#include <QDateTime>
#include <QList>

namespace formulary {

class UserDatabase;

// Spaced repetition over bookmarked FAQs with Leitner boxes: a card known
// moves up a box and comes back after a longer interval; a card missed goes
// back to the first box and comes back at once. Stored in the user database.
class StudySchedule
{
public:
    static constexpr int BoxCount = 5;
    static int intervalDays(int box); // 0, 1, 3, 7, 14 for boxes 1 to 5

    struct Card
    {
        Bookmark bookmark;
        int box = 1;
        QDateTime due;
    };

    explicit StudySchedule(UserDatabase &database);

    // The cards due at `now`, most overdue first; a bookmark never studied is
    // a card in the first box, due now.
    QList<Card> dueCards(const QList<Bookmark> &bookmarks, const QDateTime &now) const;
    Card card(const Bookmark &bookmark, const QDateTime &now) const;
    void answer(qint64 bookmarkId, bool knewIt, const QDateTime &now);

private:
    UserDatabase &m_database;
};

} // namespace formulary
