#include "study/bookmarkexport.h"

#include "parse/textfold.h"

#include <QCoreApplication>
#include <QMap>

namespace formulary::bookmarkexport {
namespace {

const QStringList kCsvColumns = {QStringLiteral("drug_slug"), QStringLiteral("drug"), QStringLiteral("question"),
                                 QStringLiteral("answer"),    QStringLiteral("note"), QStringLiteral("added")};

// Spreadsheets run a cell that begins with = + - @ (or a tab or carriage
// return before one) as a formula: a page's question or a note could then
// compute, or call out, when an export is opened. Such a cell is written
// after a ' (which spreadsheets take as "text"), and so is one that already
// begins with 's before such a sign, so that reading it back removes
// exactly the one added.
bool needsFormulaGuard(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    if (i == value.size())
        return false;
    const QChar c = value.at(i);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
           || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QString guardedAgainstFormulas(const QString &value)
{
    return needsFormulaGuard(value) ? QLatin1Char('\'') + value : value;
}

QString withoutFormulaGuard(const QString &value)
{
    return value.startsWith(QLatin1Char('\'')) && needsFormulaGuard(value) ? value.mid(1) : value;
}

QString csvField(const QString &rawValue)
{
    QString value = guardedAgainstFormulas(rawValue);
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + value.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

// Anki reads one note a line, fields split at tabs, as HTML.
QString ankiField(const QString &value)
{
    return guardedAgainstFormulas(value)
        .toHtmlEscaped()
        .replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QByteArray markdown(const QList<Bookmark> &bookmarks)
{
    // Grouped by drug, drugs in alphabetical order, questions as bookmarked.
    QMap<QString, QList<Bookmark>> byDrug;
    for (const Bookmark &bookmark : bookmarks)
        byDrug[foldForMatching(bookmark.drugTitle) + QLatin1Char('\n') + bookmark.drugSlug].append(bookmark);
    QString out = QCoreApplication::translate("bookmarkexport", "# Bookmarked FAQs") + QLatin1String("\n");
    for (const QList<Bookmark> &group : std::as_const(byDrug)) {
        out += QStringLiteral("\n## %1\n").arg(group.first().drugTitle);
        for (const Bookmark &bookmark : group) {
            out += QStringLiteral("\n### %1\n\n%2\n").arg(bookmark.question, bookmark.answer);
            if (!bookmark.note.isEmpty())
                out += QStringLiteral("\n> %1\n")
                           .arg(QString(bookmark.note).replace(QLatin1Char('\n'), QLatin1String("\n> ")));
        }
    }
    return out.toUtf8();
}

QByteArray csv(const QList<Bookmark> &bookmarks)
{
    QString out = kCsvColumns.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const Bookmark &bookmark : bookmarks) {
        const QStringList fields = {bookmark.drugSlug, bookmark.drugTitle,
                                    bookmark.question, bookmark.answer,
                                    bookmark.note,     bookmark.createdAt.toUTC().toString(Qt::ISODate)};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray anki(const QList<Bookmark> &bookmarks)
{
    QString out = QStringLiteral("#separator:tab\n#html:true\n#columns:Front\tBack\tTags\n");
    for (const Bookmark &bookmark : bookmarks) {
        QString back = ankiField(bookmark.answer);
        if (!bookmark.note.isEmpty())
            back += QLatin1String("<br><br><i>") + ankiField(bookmark.note) + QLatin1String("</i>");
        out += QStringLiteral("%1<br><small>%2</small>\t%3\t%4\n")
                   .arg(ankiField(bookmark.question), ankiField(bookmark.drugTitle), back,
                        QString(bookmark.drugSlug).replace(QLatin1Char(' '), QLatin1Char('_')));
    }
    return out.toUtf8();
}

// Splits RFC 4180 text into records of fields, each with its first line.
QList<QPair<int, QStringList>> parseCsv(const QString &text, QList<ParseMessage> &errors)
{
    QList<QPair<int, QStringList>> records;
    QStringList fields;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, recordLine = 1;
    auto endRecord = [&] {
        fields.append(field);
        if (!(fields.size() == 1 && fields.first().isEmpty()))
            records.append({recordLine, fields});
        fields.clear();
        field.clear();
        fieldStarted = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            recordLine = ++line;
        } else if (c != QLatin1Char('\r')) {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        errors.append({recordLine, QCoreApplication::translate("bookmarkexport", "a quoted field is never closed")});
    else
        endRecord();
    return records;
}

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    const QString folded = name.trimmed().toLower();
    if (folded == QLatin1String("markdown") || folded == QLatin1String("md"))
        return Format::Markdown;
    if (folded == QLatin1String("csv"))
        return Format::Csv;
    if (folded == QLatin1String("anki") || folded == QLatin1String("tsv"))
        return Format::AnkiTsv;
    return std::nullopt;
}

QString suggestedSuffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::AnkiTsv:
        return QStringLiteral("txt");
    }
    return QString();
}

QByteArray write(const QList<Bookmark> &bookmarks, Format format)
{
    switch (format) {
    case Format::Markdown:
        return markdown(bookmarks);
    case Format::Csv:
        return csv(bookmarks);
    case Format::AnkiTsv:
        return anki(bookmarks);
    }
    return {};
}

CsvContents readCsv(const QByteArray &bytes)
{
    CsvContents contents;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QPair<int, QStringList>> records = parseCsv(text, contents.errors);
    if (records.isEmpty())
        return contents;
    const QStringList header = records.first().second;
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    for (const char *required : {"drug_slug", "question"}) {
        if (!column.contains(QLatin1String(required))) {
            contents.errors.append({1, QCoreApplication::translate("bookmarkexport", "no '%1' column in the header")
                                           .arg(QLatin1String(required))});
            return contents;
        }
    }
    auto value = [&column](const QStringList &fields, const char *name) {
        return withoutFormulaGuard(fields.value(column.value(QLatin1String(name), -1)));
    };
    for (int i = 1; i < records.size(); ++i) {
        const auto &[line, fields] = records.at(i);
        Bookmark bookmark;
        bookmark.drugSlug = value(fields, "drug_slug").trimmed();
        bookmark.drugTitle = value(fields, "drug");
        bookmark.question = value(fields, "question");
        bookmark.answer = value(fields, "answer");
        bookmark.note = value(fields, "note");
        bookmark.createdAt = QDateTime::fromString(value(fields, "added"), Qt::ISODate);
        if (bookmark.drugSlug.isEmpty() || bookmark.question.trimmed().isEmpty()) {
            contents.errors.append(
                {line, QCoreApplication::translate("bookmarkexport", "no drug or no question; record skipped")});
            continue;
        }
        bookmark.questionKey = questionKey(bookmark.question);
        contents.bookmarks.append(bookmark);
    }
    return contents;
}

} // namespace formulary::bookmarkexport
