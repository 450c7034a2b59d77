#include "search/searchquery.h"

#include "parse/sectionkind.h"
#include "search/searchtext.h"

#include <QCoreApplication>

namespace formulary {
namespace {

// Many words make no better query, only a slower one.
constexpr int kMaxWords = 16;
constexpr int kMaxWordLength = 64;

struct Filter
{
    const char *name;
    SectionKind kind;
};

// The first name of each kind is the one shown in help.
const Filter kFilters[] = {
    {"side", SectionKind::SideEffects},
    {"side-effects", SectionKind::SideEffects},
    {"faqs", SectionKind::Faqs},
    {"faq", SectionKind::Faqs},
    {"usage", SectionKind::Usage},
    {"uses", SectionKind::Usage},
    {"dosage", SectionKind::Dosage},
    {"dose", SectionKind::Dosage},
    {"how", SectionKind::HowItWorks},
    {"how-it-works", SectionKind::HowItWorks},
    {"precautions", SectionKind::Precautions},
    {"warnings", SectionKind::Precautions},
    {"generic", SectionKind::GenericName},
    {"generic-name", SectionKind::GenericName},
    {"other", SectionKind::Other},
};

std::optional<SectionKind> filterNamed(QStringView name)
{
    for (const Filter &filter : kFilters) {
        if (name.compare(QLatin1String(filter.name), Qt::CaseInsensitive) == 0)
            return filter.kind;
    }
    return std::nullopt;
}

// Typographic quotes too: a text pasted from a page, or typed where the
// keyboard makes them, means the same as the plain ones.
bool isQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'"' || u == 0x201C || u == 0x201D || u == 0x201E;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    // Take "name:" off the front of any whitespace-separated chunk that
    // starts with a filter name; the rest of the chunk is ordinary text.
    QString remaining;
    remaining.reserve(text.size());
    std::optional<SectionKind> section;
    bool inQuotes = false; // a filter name inside a phrase is a word of it
    int i = 0;
    const int size = int(text.size());
    while (i < size) {
        if (text.at(i).isSpace()) {
            remaining += text.at(i++);
            continue;
        }
        int end = i;
        while (end < size && !text.at(end).isSpace())
            ++end;
        const QStringView chunk = QStringView(text).mid(i, end - i);
        const qsizetype colon = chunk.indexOf(QLatin1Char(':'));
        std::optional<SectionKind> kind;
        if (colon > 0 && !inQuotes)
            kind = filterNamed(chunk.left(colon));
        for (const QChar c : chunk)
            inQuotes = inQuotes != isQuote(c);
        if (kind) {
            section = kind;
            remaining += QLatin1Char(' ');
            remaining += chunk.mid(colon + 1);
        } else {
            remaining += chunk;
        }
        i = end;
    }
    SearchQuery query = fromText(remaining);
    query.text = text;
    query.section = section;
    return query;
}

SearchQuery SearchQuery::parse(const QString &text, std::optional<SectionKind> section)
{
    SearchQuery query = parse(text);
    if (section)
        query.section = section;
    return query;
}

SearchQuery SearchQuery::fromText(const QString &text)
{
    SearchQuery query;
    query.text = text;
    const int size = int(text.size());
    int partWords = 0;   // a phrase's repeats count: each is looked for
    bool full = false;   // words were left out
    bool typing = false; // the last part read ends where the text does, and is the last one
    QString lastWord;
    const auto add = [&](Part part, int end) {
        lastWord = part.words.constLast();
        for (const QString &word : std::as_const(part.words)) {
            if (!query.words.contains(word))
                query.words.append(word);
        }
        // A repeat of the last part ("rash rash") may still be typed.
        typing = end == size;
        if (!query.parts.contains(part)) {
            partWords += int(part.words.size());
            query.parts.append(std::move(part));
        } else {
            typing = typing && query.parts.constLast() == part;
        }
    };
    // The stretches between quotes alternate: outside, inside, outside…
    // An unclosed quote runs to the end of the text.
    bool quoted = false;
    for (int from = 0; from <= size && !full; quoted = !quoted) {
        int to = from;
        while (to < size && !isQuote(text.at(to)))
            ++to;
        const QList<searchtext::Token> tokens = searchtext::tokenize(QStringView(text).mid(from, to - from));
        if (quoted) {
            Part phrase{{}, true};
            int end = 0;
            for (const searchtext::Token &token : tokens) {
                if (partWords + phrase.words.size() >= kMaxWords) {
                    full = true;
                    break;
                }
                phrase.words.append(token.folded.left(kMaxWordLength));
                end = from + token.end;
            }
            if (!phrase.words.isEmpty())
                add(std::move(phrase), end);
        } else {
            for (const searchtext::Token &token : tokens) {
                if (partWords >= kMaxWords) {
                    full = true;
                    break;
                }
                add({{token.folded.left(kMaxWordLength)}, false}, from + token.end);
            }
        }
        from = to + 1;
    }
    // Still typing when the text ends inside the last word it contributed.
    query.lastWordIsPrefix = typing && !full && query.words.constLast() == lastWord;
    return query;
}

QString SearchQuery::filterHelp()
{
    QString help;
    SectionKind previous = SectionKind::Preamble;
    for (const Filter &filter : kFilters) {
        if (filter.kind == previous)
            continue;
        previous = filter.kind;
        QStringList names;
        for (const Filter &other : kFilters) {
            if (other.kind == filter.kind)
                names.append(QLatin1String(other.name) + QLatin1Char(':'));
        }
        help += names.join(QLatin1String(", ")).leftJustified(28) + sectionKindDisplayTitle(filter.kind)
                + QLatin1Char('\n');
    }
    help += QLatin1Char('\n')
            + QCoreApplication::translate("SearchQuery", "Words in \"double quotes\" are found only side by side, "
                                                         "in that order and as typed: \"hair loss\".")
            + QLatin1Char('\n');
    return help;
}

} // namespace formulary
