#include "search/queryintent.h"

#include "search/snippet.h"

namespace formulary {
namespace {

// The rest of the query read as topics alone ("side effects", "dose in
// pregnancy"): the first topic; nothing when a word is not a topic.
std::optional<SearchTopic> topicsOnly(const QStringList &words, bool lastIsPrefix)
{
    std::optional<SearchTopic> first;
    for (int i = 0; i < words.size();) {
        if (isJoiningWord(words.at(i))) {
            ++i;
            continue;
        }
        const std::optional<SearchTopic> topic = searchTopicAt(words, i, lastIsPrefix);
        if (!topic)
            return std::nullopt;
        if (!first)
            first = topic;
        i += topic->length;
    }
    return first;
}

// The drug `words` name: an exact name; with `loosely`, also the one name
// they begin, or the one nearest misspelling.
std::optional<quint32> namedDrug(const NameIndex &names, const QStringList &words, bool loosely)
{
    const QList<NameIndex::Match> matches = names.match(words, loosely);
    std::optional<quint32> prefix;
    int prefixes = 0;
    std::optional<NameIndex::Match> nearest;
    bool nearestIsAlone = false;
    for (const NameIndex::Match &match : matches) {
        if (match.kind == MatchKind::Exact)
            return match.drug;
        if (match.kind == MatchKind::Prefix) {
            prefix = match.drug;
            ++prefixes;
        } else if (match.kind == MatchKind::Suggestion) {
            if (!nearest || match.distance < nearest->distance) {
                nearest = match;
                nearestIsAlone = true;
            } else if (match.distance == nearest->distance) {
                nearestIsAlone = false;
            }
        }
    }
    if (!loosely)
        return std::nullopt;
    if (prefixes == 1)
        return prefix;
    if (nearest && nearestIsAlone)
        return nearest->drug;
    return std::nullopt;
}

QStringList withoutJoiningWords(const QStringList &words)
{
    QStringList kept;
    for (const QString &word : words) {
        if (!isJoiningWord(word))
            kept.append(word);
    }
    return kept;
}

int sectionMentioning(const QList<Section> &sections, const QStringList &words)
{
    SnippetTerms terms;
    terms.words = words;
    // A FAQ answers a question best; then the precautions; then any section.
    for (const SectionKind preferred : {SectionKind::Faqs, SectionKind::Precautions}) {
        for (int i = 0; i < sections.size(); ++i) {
            if (sections.at(i).kind == preferred
                && Snippet::coverage(Snippet::plainTextOf(sections.at(i).markdown), terms).first > 0)
                return i;
        }
    }
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i).kind != SectionKind::Disclaimer
            && Snippet::coverage(Snippet::plainTextOf(sections.at(i).markdown), terms).first > 0)
            return i;
    }
    return -1;
}

int firstOfKind(const QList<Section> &sections, SectionKind kind)
{
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i).kind == kind)
            return i;
    }
    return -1;
}

} // namespace

std::optional<QueryIntent> understandQuery(const SearchQuery &query, const NameIndex &names)
{
    const QStringList &words = query.words;
    const int count = int(words.size());
    // The longest name first, at the start, then at the end.
    for (int nameLength = count - 1; nameLength >= 1; --nameLength) {
        for (const bool atStart : {true, false}) {
            const int nameFrom = atStart ? 0 : count - nameLength;
            const QStringList nameWords = words.mid(nameFrom, nameLength);
            const QStringList rest = atStart ? words.mid(nameLength) : words.mid(0, count - nameLength);
            const QStringList asked = withoutJoiningWords(rest);
            if (asked.isEmpty())
                continue;
            const bool restIsTyped = atStart && query.lastWordIsPrefix;
            const std::optional<SearchTopic> topic = topicsOnly(rest, restIsTyped);
            // A name being typed is not one yet.
            const bool nameIsTyped = !atStart && query.lastWordIsPrefix;
            const std::optional<quint32> drug = namedDrug(names, nameWords, topic.has_value() || nameIsTyped);
            if (!drug)
                continue;
            return QueryIntent{*drug, nameWords, asked, topic};
        }
    }
    return std::nullopt;
}

int askedSection(const QueryIntent &intent, const QList<Section> &sections)
{
    if (intent.topic) {
        if (intent.topic->section) {
            if (const int section = firstOfKind(sections, *intent.topic->section); section >= 0)
                return section;
        } else {
            if (const int section = sectionMentioning(sections, intent.topic->mentions); section >= 0)
                return section;
            if (const int section = firstOfKind(sections, SectionKind::Precautions); section >= 0)
                return section;
        }
    }
    // Other words: the section that holds most of them.
    SnippetTerms terms;
    terms.words = intent.askedWords;
    int best = -1;
    QPair<int, int> bestCoverage{0, 0};
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i).kind == SectionKind::Disclaimer)
            continue;
        const QPair<int, int> coverage = Snippet::coverage(Snippet::plainTextOf(sections.at(i).markdown), terms);
        if (coverage > bestCoverage) {
            best = i;
            bestCoverage = coverage;
        }
    }
    return best;
}

} // namespace formulary
