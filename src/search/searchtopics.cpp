#include "search/searchtopics.h"

namespace formulary {
namespace {

enum class Target { Usage, Dosage, SideEffects, HowItWorks, Precautions, Mentioned };

struct TopicEntry
{
    const char *phrase; // folded words, as searchtext folds them
    Target target;
    const char *mentions; // Mentioned: the words that place it, space-separated
};

// The table. Inflections and spellings are listed as written on pages and
// typed in queries; a phrase of several words is taken before its first
// word alone ("missed dose" before "dose").
constexpr TopicEntry kTopics[] = {
    {"dose", Target::Dosage, ""},
    {"doses", Target::Dosage, ""},
    {"dosage", Target::Dosage, ""},
    {"dosages", Target::Dosage, ""},
    {"dosing", Target::Dosage, ""},
    {"posology", Target::Dosage, ""},
    {"how much", Target::Dosage, ""},
    {"how to take", Target::Dosage, ""},
    {"side effect", Target::SideEffects, ""},
    {"side effects", Target::SideEffects, ""},
    {"adverse", Target::SideEffects, ""},
    {"adverse effects", Target::SideEffects, ""},
    {"adverse reactions", Target::SideEffects, ""},
    {"use", Target::Usage, ""},
    {"uses", Target::Usage, ""},
    {"usage", Target::Usage, ""},
    {"used for", Target::Usage, ""},
    {"for", Target::Usage, ""},
    {"indication", Target::Usage, ""},
    {"indications", Target::Usage, ""},
    {"indicated", Target::Usage, ""},
    {"mechanism", Target::HowItWorks, ""},
    {"mechanism of action", Target::HowItWorks, ""},
    {"how it works", Target::HowItWorks, ""},
    {"how does it work", Target::HowItWorks, ""},
    {"mode of action", Target::HowItWorks, ""},
    {"action", Target::HowItWorks, ""},
    {"pharmacology", Target::HowItWorks, ""},
    {"interaction", Target::Precautions, ""},
    {"interactions", Target::Precautions, ""},
    {"contraindication", Target::Precautions, ""},
    {"contraindications", Target::Precautions, ""},
    {"contraindicated", Target::Precautions, ""},
    {"warning", Target::Precautions, ""},
    {"warnings", Target::Precautions, ""},
    {"precaution", Target::Precautions, ""},
    {"precautions", Target::Precautions, ""},
    {"caution", Target::Precautions, ""},
    {"alcohol", Target::Mentioned, "alcohol"},
    {"pregnancy", Target::Mentioned, "pregnancy pregnant"},
    {"pregnant", Target::Mentioned, "pregnancy pregnant"},
    {"breastfeeding", Target::Mentioned, "breastfeeding breast feeding lactation nursing"},
    {"breast feeding", Target::Mentioned, "breastfeeding breast feeding lactation nursing"},
    {"lactation", Target::Mentioned, "breastfeeding breast feeding lactation nursing"},
    {"driving", Target::Mentioned, "driving drive machinery"},
    {"drive", Target::Mentioned, "driving drive machinery"},
    {"missed dose", Target::Mentioned, "missed miss"},
    {"missed", Target::Mentioned, "missed miss"},
    {"overdose", Target::Mentioned, "overdose"},
    {"children", Target::Mentioned, "children child pediatric paediatric"},
    {"child", Target::Mentioned, "children child pediatric paediatric"},
    {"pediatric", Target::Mentioned, "children child pediatric paediatric"},
    {"elderly", Target::Mentioned, "elderly older"},
    {"food", Target::Mentioned, "food meal meals"},
    {"storage", Target::Mentioned, "storage store stored"},
};

constexpr const char *kJoiningWords[] = {"of", "the", "a",     "an",   "in",   "during", "with", "and",  "on",    "to",
                                         "is", "it",  "while", "what", "when", "can",    "i",    "take", "taking"};

std::optional<SectionKind> sectionFor(Target target)
{
    switch (target) {
    case Target::Usage:
        return SectionKind::Usage;
    case Target::Dosage:
        return SectionKind::Dosage;
    case Target::SideEffects:
        return SectionKind::SideEffects;
    case Target::HowItWorks:
        return SectionKind::HowItWorks;
    case Target::Precautions:
        return SectionKind::Precautions;
    case Target::Mentioned:
        break;
    }
    return std::nullopt;
}

SearchTopic topicOf(const TopicEntry &entry, int length)
{
    return {sectionFor(entry.target), QString::fromLatin1(entry.mentions).split(QLatin1Char(' '), Qt::SkipEmptyParts),
            length};
}

} // namespace

std::optional<SearchTopic> searchTopicAt(const QStringList &words, int from, bool lastIsPrefix)
{
    std::optional<SearchTopic> best;
    for (const TopicEntry &entry : kTopics) {
        const QStringList phrase = QString::fromLatin1(entry.phrase).split(QLatin1Char(' '));
        if (from + phrase.size() > words.size() || (best && best->length >= phrase.size()))
            continue;
        bool matches = true;
        for (int i = 0; i < phrase.size() && matches; ++i) {
            const QString &word = words.at(from + i);
            const bool typing = lastIsPrefix && from + i == words.size() - 1;
            matches = typing ? word.size() >= 3 && phrase.at(i).startsWith(word) : phrase.at(i) == word;
        }
        if (matches)
            best = topicOf(entry, int(phrase.size()));
    }
    return best;
}

bool isJoiningWord(const QString &word)
{
    for (const char *joining : kJoiningWords) {
        if (word == QLatin1String(joining))
            return true;
    }
    return false;
}

} // namespace formulary
