#include "study/drillsession.h"

namespace formulary {

DrillSession::DrillSession(const QList<DrillQuestion> &questions)
    : m_questions(questions)
{ }

bool DrillSession::isCorrect(int index) const
{
    return !isFinished() && current().correct.contains(index);
}

std::optional<bool> DrillSession::choose(int index)
{
    if (isFinished() || m_chosen || index < 0 || index >= current().drugs.size())
        return std::nullopt;
    m_chosen = index;
    ++m_answered;
    const bool right = isCorrect(index);
    if (right)
        ++m_score;
    return right;
}

void DrillSession::next()
{
    if (isFinished())
        return;
    ++m_current;
    m_chosen.reset();
}

} // namespace formulary
