#pragma once

#include "parse/monograph.h"

#include <QStringList>

#include <optional>

namespace formulary {

// The reviewed vocabulary of what a query can ask about a drug: the words
// after (or before) a drug's name in "clonazepam dose", "cefuroxime side
// effects", "oxybutynin pregnancy". Each topic leads to a kind of section,
// or, for questions the pages answer wherever they do (alcohol, pregnancy,
// driving…), to the section that mentions one of its words, else
// Precautions. The one table of these words: see searchtopics.cpp.
struct SearchTopic
{
    std::optional<SectionKind> section; // empty: the section that mentions `mentions`
    QStringList mentions;               // folded words whose mention places a question topic
    int length = 0;                     // words of the query it took
};

// The topic that `words` (folded) begin with, the longest one; none when
// they begin with no topic word. `lastIsPrefix`: the last word is still
// being typed, and stands for the one topic word it begins, if only one.
std::optional<SearchTopic> searchTopicAt(const QStringList &words, int from, bool lastIsPrefix);

// Small words that join a name and a topic ("dose of clonazepam",
// "clonazepam in pregnancy") and say nothing themselves.
bool isJoiningWord(const QString &word);

} // namespace formulary
