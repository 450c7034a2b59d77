#include "frontmatter.h"

#include <QCoreApplication>

namespace formulary {
namespace {

bool isFence(const QByteArray &line, bool closing)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed == "---" || (closing && trimmed == "...");
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2) {
        const QChar first = value.front();
        if ((first == QLatin1Char('"') || first == QLatin1Char('\'')) && value.back() == first) {
            value = value.mid(1, value.size() - 2);
            if (first == QLatin1Char('"'))
                value.replace(QLatin1String("\\\""), QLatin1String("\""));
            else
                value.replace(QLatin1String("''"), QLatin1String("'"));
        }
    }
    return value;
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
        result.warnings.append({1, QCoreApplication::translate("FrontMatter",
                                       "front matter opened here is never closed with '---'; the file is read as Markdown")});
        result.present = false;
        result.bodyStartLine = 1;
        result.bodyOffset = 0;
        return result;
    }

    for (const auto &[number, line] : std::as_const(lines)) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        const int colon = int(line.indexOf(':'));
        const bool isKey = colon > 0 && !line.startsWith(' ') && !line.startsWith('\t') && !line.startsWith('-');
        if (isKey) {
            result.entries.append({QString::fromUtf8(line.left(colon)).trimmed(),
                                   unquote(QString::fromUtf8(line.mid(colon + 1)))});
        } else {
            result.entries.append({QString(), QString::fromUtf8(line)});
            result.warnings.append({number, QCoreApplication::translate("FrontMatter",
                                                "front matter line not understood; kept as written")});
        }
    }
    return result;
}

} // namespace formulary
