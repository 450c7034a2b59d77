#include "search/snippet.h"

#include "search/searchtext.h"

#include <limits>

namespace formulary {
namespace {

// Characters of context kept before the first match.
constexpr int kLeadingContext = 40;
// Matches considered when placing the window: enough for any excerpt.
constexpr int kMaxMatches = 256;

const QChar kEllipsis(0x2026);

bool isRuleLine(QStringView line)
{
    bool any = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('-') || c == QLatin1Char('=') || c == QLatin1Char(':') || c == QLatin1Char('|')
            || c == QLatin1Char('*') || c == QLatin1Char('_')) {
            any = true;
        } else if (!c.isSpace()) {
            return false;
        }
    }
    return any;
}

// Drops a heading, quote or list marker from the start of a trimmed line.
QStringView stripLineMarkers(QStringView line)
{
    for (;;) {
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('>'))) {
            while (!line.isEmpty() && (line.front() == QLatin1Char('#') || line.front() == QLatin1Char('>')))
                line = line.mid(1);
            line = line.trimmed();
            continue;
        }
        if (line.size() >= 2
            && (line[0] == QLatin1Char('*') || line[0] == QLatin1Char('-') || line[0] == QLatin1Char('+'))
            && line[1].isSpace()) {
            line = line.mid(2).trimmed();
            continue;
        }
        int digits = 0;
        while (digits < line.size() && digits < 9 && line[digits].isDigit())
            ++digits;
        if (digits > 0 && digits + 1 < line.size()
            && (line[digits] == QLatin1Char('.') || line[digits] == QLatin1Char(')')) && line[digits + 1].isSpace()) {
            line = line.mid(digits + 2).trimmed();
            continue;
        }
        return line;
    }
}

struct Match
{
    int start, end; // the word, or the phrase, in the text
    int term;       // see SnippetTerms::indexOf
};

// The words of `text` that are terms, and the phrases its words spell, in
// order and not overlapping; at most `limit`. Where phrases and words
// could both match, the longest phrase does.
QList<Match> findMatches(QStringView text, const SnippetTerms &terms, int limit = kMaxMatches)
{
    QList<Match> matches;
    if (terms.phrases.isEmpty()) {
        searchtext::forEachWord(text, [&](int start, int end) {
            if (matches.size() >= limit)
                return;
            const int term = terms.indexOf(text.mid(start, end - start));
            if (term >= 0)
                matches.append({start, end, term});
        });
        return matches;
    }
    // A phrase needs the words after the one it starts at.
    QList<QPair<int, int>> spans;
    searchtext::forEachWord(text, [&spans](int start, int end) { spans.append({start, end}); });
    const int firstPhrase = int(terms.words.size()) + 1;
    for (int i = 0; i < spans.size() && matches.size() < limit;) {
        int phrase = -1;
        qsizetype length = 0;
        for (int p = 0; p < terms.phrases.size(); ++p) {
            const QStringList &words = terms.phrases.at(p);
            if (words.size() <= length || i + words.size() > spans.size())
                continue;
            bool spelled = true;
            for (qsizetype w = 0; w < words.size() && spelled; ++w) {
                const auto [start, end] = spans.at(i + w);
                spelled = searchtext::foldedEquals(text.mid(start, end - start), words.at(w));
            }
            if (spelled) {
                phrase = p;
                length = words.size();
            }
        }
        if (phrase >= 0) {
            matches.append({spans.at(i).first, spans.at(i + length - 1).second, firstPhrase + phrase});
            i += int(length);
            continue;
        }
        const auto [start, end] = spans.at(i);
        if (const int term = terms.indexOf(text.mid(start, end - start)); term >= 0)
            matches.append({start, end, term});
        ++i;
    }
    return matches;
}

} // namespace

int SnippetTerms::indexOf(QStringView raw) const
{
    for (int i = 0; i < words.size(); ++i) {
        if (searchtext::foldedEquals(raw, words.at(i)))
            return i;
    }
    if (!prefix.isEmpty() && searchtext::foldedStartsWith(raw, prefix))
        return int(words.size());
    return -1;
}

QString Snippet::toHtml() const
{
    QString html;
    int at = 0;
    for (const auto &[offset, length] : marks) {
        html += text.mid(at, offset - at).toHtmlEscaped();
        html += QLatin1String("<b>") + text.mid(offset, length).toHtmlEscaped() + QLatin1String("</b>");
        at = offset + length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

QString Snippet::toMarkedText(const QString &open, const QString &close) const
{
    QString marked;
    int at = 0;
    for (const auto &[offset, length] : marks) {
        marked += QStringView(text).mid(at, offset - at);
        marked += open;
        marked += QStringView(text).mid(offset, length);
        marked += close;
        at = offset + length;
    }
    marked += QStringView(text).mid(at);
    return marked;
}

QString Snippet::plainTextOf(QStringView markdown)
{
    QString plain;
    plain.reserve(markdown.size());
    bool space = false;
    auto append = [&plain, &space](QChar c) {
        if (c.isSpace()) {
            space = !plain.isEmpty();
            return;
        }
        if (space) {
            plain += QLatin1Char(' ');
            space = false;
        }
        plain += c;
    };
    for (QStringView line : markdown.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || isRuleLine(line))
            continue;
        line = stripLineMarkers(line);
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            switch (c.unicode()) {
            case '*':
            case '_':
            case '`':
            case '~':
            case '[':
                break;
            case '!':
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('['))
                    break;
                append(c);
                break;
            case ']':
                // A link's target is not text: "[text](url)" reads "text".
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('(')) {
                    const qsizetype close = line.indexOf(QLatin1Char(')'), i + 2);
                    if (close > 0)
                        i = int(close);
                }
                break;
            case '|':
                append(QLatin1Char(' '));
                break;
            default:
                append(c);
            }
        }
        space = !plain.isEmpty();
    }
    return plain;
}

QPair<int, int> Snippet::coverage(QStringView plainText, const SnippetTerms &terms)
{
    quint64 seen = 0;
    const QList<Match> matches = findMatches(plainText, terms, std::numeric_limits<int>::max());
    for (const Match &match : matches)
        seen |= quint64(1) << (match.term % 64);
    return {qPopulationCount(seen), int(matches.size())};
}

Snippet Snippet::markAll(QStringView text, const SnippetTerms &terms)
{
    Snippet snippet;
    snippet.text = text.toString();
    for (const Match &match : findMatches(text, terms))
        snippet.marks.append({match.start, match.end - match.start});
    return snippet;
}

Snippet Snippet::cut(QStringView plainText, const SnippetTerms &terms, int maxLength)
{
    const QList<Match> matches = findMatches(plainText, terms);
    if (matches.isEmpty())
        return {};

    // The window that holds the most distinct terms, then the most matches,
    // then the earliest.
    const int span = std::max(20, maxLength - kLeadingContext);
    int best = 0, bestDistinct = 0, bestCount = 0;
    for (int first = 0; first < matches.size(); ++first) {
        const int windowStart = matches.at(first).start;
        quint64 seen = 0;
        int count = 0;
        for (int j = first; j < matches.size() && matches.at(j).end - windowStart <= span; ++j) {
            seen |= quint64(1) << (matches.at(j).term % 64);
            ++count;
        }
        const int distinctCount = int(qPopulationCount(seen));
        if (distinctCount > bestDistinct || (distinctCount == bestDistinct && count > bestCount)) {
            best = first;
            bestDistinct = distinctCount;
            bestCount = count;
        }
    }

    // Begin at the start of the text when it is near, else at a sentence
    // that starts shortly before the first match, else a few words before it.
    const Match &first = matches.at(best);
    int start = 0;
    if (first.start > kLeadingContext) {
        const int earliest = first.start - kLeadingContext;
        start = -1;
        for (int i = first.start - 1; i > earliest && start < 0; --i) {
            const QChar before = plainText[i - 1];
            if (plainText[i].isSpace()
                && (before == QLatin1Char('.') || before == QLatin1Char(':') || before == QLatin1Char(';')
                    || before == QLatin1Char('!') || before == QLatin1Char('?')))
                start = i + 1;
        }
        if (start < 0) {
            start = earliest;
            while (start < first.start && searchtext::isWordChar(plainText[start - 1]))
                ++start; // not inside a word
        }
        while (start < first.start && plainText[start].isSpace())
            ++start;
    }
    int end = first.end;
    const int textEnd = int(plainText.size());
    for (int i = first.end; i < textEnd && i - start <= maxLength; ++i) {
        if (searchtext::isWordChar(plainText[i]) && (i + 1 == textEnd || !searchtext::isWordChar(plainText[i + 1])))
            end = i + 1;
    }
    // Closing punctuation belongs to the excerpt.
    while (end < plainText.size() && end - start < maxLength + 2 && !plainText[end].isSpace()
           && !searchtext::isWordChar(plainText[end]))
        ++end;

    Snippet snippet;
    if (start > 0)
        snippet.text += kEllipsis;
    const int shift = int(snippet.text.size()) - start;
    snippet.text += plainText.mid(start, end - start);
    if (end < plainText.size())
        snippet.text += kEllipsis;
    for (const Match &match : matches) {
        if (match.start >= start && match.end <= end)
            snippet.marks.append({match.start + shift, match.end - match.start});
    }
    return snippet;
}

} // namespace formulary
