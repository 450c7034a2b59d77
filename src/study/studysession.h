#pragma once

#include "study/studyschedule.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace formulary {

// One sitting with the cards due: the question first, the answer when asked
// for, then "knew it" or "didn't", recorded in the schedule. A card missed
// comes back at the end of the sitting, as the first Leitner box says.
class StudySession
{
public:
    StudySession(StudySchedule &schedule, const QList<Bookmark> &bookmarks, const QDateTime &now);

    bool isFinished() const { return m_queue.isEmpty(); }
    const StudySchedule::Card &current() const { return m_queue.first(); }
    bool isAnswerShown() const { return m_answerShown; }
    void showAnswer();
    // Records the answer and moves to the next card; false when there was
    // no card or its answer was not yet shown. Throws StorageError when the
    // answer cannot be saved, the card staying the current one.
    bool answer(bool knewIt, const QDateTime &now);
    // Drops the current card from this sitting without recording anything.
    void skip();

    int remaining() const { return int(m_queue.size()); }
    int reviewed() const { return m_reviewed; }
    int known() const { return m_known; } // known the first time they came up
    int cardCount() const { return int(m_bookmarks.size()); }
    // When the next card is due after this sitting; invalid when none are.
    QDateTime nextDue(const QDateTime &now) const;

private:
    StudySchedule &m_schedule;
    QList<Bookmark> m_bookmarks;
    QList<StudySchedule::Card> m_queue;
    bool m_answerShown = false;
    int m_reviewed = 0;
    int m_known = 0;
    QSet<qint64> m_missed;
};

} // namespace formulary
