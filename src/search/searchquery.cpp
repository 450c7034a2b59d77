#include "search/searchquery.h"

#include "parse/sectionkind.h"
#include "search/searchtext.h"

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

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    // Take "name:" off the front of any whitespace-separated chunk that
    // starts with a filter name; the rest of the chunk is ordinary text.
    QString remaining;
    remaining.reserve(text.size());
    std::optional<SectionKind> section;
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
        if (colon > 0)
            kind = filterNamed(chunk.left(colon));
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
    const QList<searchtext::Token> tokens = searchtext::tokenize(text);
    for (const searchtext::Token &token : tokens) {
        if (query.words.size() >= kMaxWords)
            break;
        const QString word = token.folded.left(kMaxWordLength);
        if (!query.words.contains(word))
            query.words.append(word);
    }
    // Still typing when the text ends inside the last word it contributed.
    query.lastWordIsPrefix = !tokens.isEmpty() && tokens.size() <= kMaxWords && tokens.constLast().end == text.size()
                             && query.words.constLast() == tokens.constLast().folded.left(kMaxWordLength);
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
    return help;
}

} // namespace formulary
