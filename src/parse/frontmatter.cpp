#include "parse/frontmatter.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace formulary {
namespace {

bool isFence(const QByteArray &line, bool closing)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed == "---" || (closing && trimmed == "...");
}

// The messages' context in the translations.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(FrontMatter)
};

bool isIndented(const QByteArray &line)
{
    return line.startsWith(' ') || line.startsWith('\t');
}

// A double-quoted scalar's escapes: \" \\ \/ \n \t \r \0 \xXX \uXXXX \UXXXXXXXX.
QString unescapeDoubleQuoted(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\\') || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const QChar c = text[++i];
        const int hexDigits = c == QLatin1Char('x') ? 2 : c == QLatin1Char('u') ? 4 : c == QLatin1Char('U') ? 8 : 0;
        if (hexDigits > 0) {
            bool ok = false;
            const char32_t code = text.mid(i + 1, hexDigits).toUInt(&ok, 16);
            if (ok && text.mid(i + 1, hexDigits).size() == hexDigits && code <= QChar::LastValidCodePoint
                && !(code >= 0xD800 && code <= 0xDFFF)) {
                out += QString::fromUcs4(&code, 1);
                i += hexDigits;
            } else {
                out += QLatin1Char('\\') + c; // not an escape after all: kept as written
            }
            continue;
        }
        switch (c.unicode()) {
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case '0':
            out += QChar(0);
            break;
        case '"':
        case '\\':
        case '/':
        case ' ':
            out += c;
            break;
        default:
            out += QLatin1Char('\\') + c;
            break;
        }
    }
    return out;
}

// A scalar written on the key's line: quoted, or plain up to a " #" comment;
// "~" and "null" are no value.
QString scalar(const QString &written)
{
    QString value = written.trimmed();
    if (value.isEmpty())
        return value;
    const QChar quote = value.front();
    if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
        for (qsizetype i = 1; i < value.size(); ++i) {
            if (quote == QLatin1Char('"') && value[i] == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (value[i] != quote)
                continue;
            if (quote == QLatin1Char('\'') && i + 1 < value.size() && value[i + 1] == quote) {
                ++i; // '' is a quote inside single quotes
                continue;
            }
            const QStringView inside = QStringView(value).mid(1, i - 1);
            return quote == QLatin1Char('"') ? unescapeDoubleQuoted(inside)
                                             : inside.toString().replace(QLatin1String("''"), QLatin1String("'"));
        }
        return value; // never closed: kept as written
    }
    QString plain = value;
    if (const qsizetype comment = plain.indexOf(QLatin1String(" #")); comment >= 0)
        plain = plain.left(comment).trimmed();
    if (plain == QLatin1String("~") || plain.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return QString();
    return plain;
}

// "|" or ">", with the optional chomping and indentation indicators.
std::optional<QChar> blockScalarStyle(const QString &written)
{
    QString value = written.trimmed();
    if (const qsizetype comment = value.indexOf(QLatin1String(" #")); comment >= 0)
        value = value.left(comment).trimmed();
    if (value.isEmpty() || (value.front() != QLatin1Char('|') && value.front() != QLatin1Char('>')))
        return std::nullopt;
    for (const QChar c : QStringView(value).mid(1)) {
        if (c != QLatin1Char('-') && c != QLatin1Char('+') && !c.isDigit())
            return std::nullopt;
    }
    return value.front();
}

} // namespace

QString FrontMatter::value(const QString &key) const
{
    for (const auto &entry : entries) {
        if (entry.first == key)
            return entry.second;
    }
    return QString();
}

FrontMatter parseFrontMatter(const QByteArray &text)
{
    FrontMatter result;
    int lineEnd = int(text.indexOf('\n'));
    const QByteArray firstLine = text.left(lineEnd < 0 ? text.size() : lineEnd);
    if (!isFence(firstLine, false))
        return result;
    result.present = true;

    int offset = lineEnd < 0 ? int(text.size()) : lineEnd + 1;
    int lineNumber = 2;
    QSet<QString> seenKeys; // a page may give thousands of keys
    QList<QPair<int, QByteArray>> lines;
    while (offset < text.size()) {
        lineEnd = int(text.indexOf('\n', offset));
        const int end = lineEnd < 0 ? int(text.size()) : lineEnd;
        const QByteArray line = text.mid(offset, end - offset);
        offset = end + 1;
        if (isFence(line, true)) {
            result.terminated = true;
            result.bodyStartLine = lineNumber + 1;
            result.bodyOffset = std::min(offset, int(text.size()));
            break;
        }
        lines.append({lineNumber, line});
        ++lineNumber;
    }
    if (!result.terminated) {
        // Without a closing fence the block is not front matter: the whole
        // file is read as Markdown so that none of it is lost.
        result.warnings.append(
            {1, Messages::tr("front matter opened here is never closed with '---'; the file is read as Markdown")});
        result.present = false;
        result.bodyStartLine = 1;
        result.bodyOffset = 0;
        return result;
    }

    // The flat subset page front matter uses: `key: scalar`, a key over an
    // indented block scalar (| or >) or plain continuation lines, a key over
    // a list of `- item` lines (joined with ", ").
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto &[number, line] = lines.at(i);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        const int colon = int(line.indexOf(':'));
        if (colon <= 0 || isIndented(line) || line.startsWith('-')) {
            result.entries.append({QString(), QString::fromUtf8(line)});
            result.warnings.append({number, Messages::tr("front matter line not understood; kept as written")});
            continue;
        }
        const QString key = QString::fromUtf8(line.left(colon)).trimmed();
        const QString written = QString::fromUtf8(line.mid(colon + 1));
        // The lines that belong to this key: indented ones, blank ones between
        // them, and for a list its `- ` items.
        QStringList more;
        bool listed = false;
        qsizetype next = i + 1;
        for (; next < lines.size(); ++next) {
            const QByteArray &following = lines.at(next).second;
            const bool item = following.trimmed().startsWith("- ") || following.trimmed() == "-";
            if (following.trimmed().isEmpty() || isIndented(following) || (item && written.trimmed().isEmpty())) {
                listed = listed || item;
                more.append(QString::fromUtf8(following));
            } else {
                break;
            }
        }
        while (!more.isEmpty() && more.constLast().trimmed().isEmpty())
            more.removeLast();
        i += more.size();

        QString value;
        if (const auto style = blockScalarStyle(written)) {
            QStringList kept;
            for (const QString &part : std::as_const(more))
                kept.append(part.trimmed());
            value = kept.join(*style == QLatin1Char('|') ? QStringLiteral("\n") : QStringLiteral(" ")).trimmed();
        } else if (listed) {
            QStringList items;
            for (const QString &part : std::as_const(more)) {
                const QString item = part.trimmed();
                if (item.startsWith(QLatin1Char('-')))
                    items.append(scalar(item.mid(1)));
                else if (!item.isEmpty() && !items.isEmpty())
                    items.last() += QLatin1Char(' ') + item;
            }
            value = items.join(QStringLiteral(", "));
        } else {
            // A plain scalar may go on over indented lines, folded by spaces.
            QStringList parts{written.trimmed()};
            for (const QString &part : std::as_const(more)) {
                if (!part.trimmed().isEmpty())
                    parts.append(part.trimmed());
            }
            value = scalar(parts.join(QLatin1Char(' ')));
        }
        if (seenKeys.contains(key))
            result.warnings.append(
                {number, Messages::tr("'%1' is given again; the first value is used, this one kept").arg(key)});
        seenKeys.insert(key);
        result.entries.append({key, value});
    }
    return result;
}

} // namespace formulary
