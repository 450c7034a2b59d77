#include "study/studysession.h"

namespace formulary {

StudySession::StudySession(StudySchedule &schedule, const QList<Bookmark> &bookmarks, const QDateTime &now)
    : m_schedule(schedule)
    , m_bookmarks(bookmarks)
    , m_queue(schedule.dueCards(bookmarks, now))
{ }

void StudySession::showAnswer()
{
    if (!isFinished())
        m_answerShown = true;
}

bool StudySession::answer(bool knewIt, const QDateTime &now)
{
    if (isFinished() || !m_answerShown)
        return false;
    // Saved first: should it fail, the card is still the current one.
    m_schedule.answer(m_queue.first().bookmark.id, knewIt, now);
    const StudySchedule::Card card = m_queue.takeFirst();
    ++m_reviewed;
    if (!knewIt) {
        m_missed.insert(card.bookmark.id);
        m_queue.append(m_schedule.card(card.bookmark, now));
    } else if (!m_missed.contains(card.bookmark.id)) {
        ++m_known;
    }
    m_answerShown = false;
    return true;
}

void StudySession::skip()
{
    if (isFinished())
        return;
    m_queue.removeFirst();
    m_answerShown = false;
}

QDateTime StudySession::nextDue(const QDateTime &now) const
{
    QDateTime next;
    for (const Bookmark &bookmark : m_bookmarks) {
        const QDateTime due = m_schedule.card(bookmark, now).due;
        if (!next.isValid() || due < next)
            next = due;
    }
    return next;
}

} // namespace formulary
