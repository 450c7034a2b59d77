#include "study/studyschedule.h"

#include "store/studyprogressstore.h"

#include <algorithm>

namespace formulary {

int StudySchedule::intervalDays(int box)
{
    static const int days[BoxCount] = {0, 1, 3, 7, 14};
    return days[std::clamp(box, 1, BoxCount) - 1];
}

StudySchedule::StudySchedule(UserDatabase &database)
    : m_database(database)
{ }

StudySchedule::Card StudySchedule::card(const Bookmark &bookmark, const QDateTime &now) const
{
    Card card{bookmark, 1, now};
    if (const std::optional<StudyProgress> progress = StudyProgressStore(m_database).progress(bookmark.id)) {
        card.box = progress->box;
        card.due = progress->due;
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
    StudyProgressStore(m_database).update(bookmarkId, [&](const std::optional<StudyProgress> &stored) {
        StudyProgress progress = stored.value_or(StudyProgress());
        progress.box = knewIt ? std::min(progress.box + 1, BoxCount) : 1;
        progress.due = now.addDays(intervalDays(progress.box));
        ++progress.reviews;
        if (!knewIt)
            ++progress.lapses;
        return progress;
    });
}

} // namespace formulary
