#pragma once

#include "study/sideeffectdrill.h"

#include <QList>

#include <optional>

namespace formulary {

// A run through side-effect drill questions: one choice per question, its
// outcome, and the score.
class DrillSession
{
public:
    explicit DrillSession(const QList<DrillQuestion> &questions = {});

    bool isFinished() const { return m_current >= m_questions.size(); }
    int questionCount() const { return int(m_questions.size()); }
    int currentNumber() const { return m_current + 1; } // 1-based
    const DrillQuestion &current() const { return m_questions.at(m_current); }

    // Takes the first choice made for the current question and returns
    // whether it was right; nothing when a choice was already made or the
    // index is not a choice.
    std::optional<bool> choose(int index);
    std::optional<int> chosen() const { return m_chosen; }
    bool isCorrect(int index) const;
    void next();

    int score() const { return m_score; }
    int answered() const { return m_answered; }

private:
    QList<DrillQuestion> m_questions;
    int m_current = 0;
    std::optional<int> m_chosen;
    int m_score = 0;
    int m_answered = 0;
};

} // namespace formulary
