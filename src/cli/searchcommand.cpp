#include "cli/cli.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "parse/sectionkind.h"
#include "search/searchengine.h"
#include "search/searchquery.h"
#include "store/contentdatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

namespace formulary::cli {
namespace {

constexpr int kDefaultLimit = 20;

// JSON escapes C0 controls but not C1 (U+0080…U+009F), which some terminals
// obey as well: those are escaped here, inside the strings they can only be in.
QByteArray escapeC1Controls(const QByteArray &json)
{
    QByteArray escaped;
    escaped.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json.at(i + 1)) : 0;
        if (byte == 0xc2 && next >= 0x80 && next <= 0x9f) {
            escaped += "\\u00" + QByteArray::number(next, 16);
            ++i;
        } else {
            escaped += char(byte);
        }
    }
    return escaped;
}

QJsonObject toJson(const SearchResult &result)
{
    QJsonObject object;
    object.insert(QStringLiteral("group"), matchKindName(result.match));
    object.insert(QStringLiteral("name"), result.name);
    object.insert(QStringLiteral("slug"), result.slug);
    object.insert(QStringLiteral("section"),
                  result.sectionKind ? QJsonValue(sectionKindName(*result.sectionKind)) : QJsonValue());
    object.insert(QStringLiteral("heading"), result.sectionHeading);
    object.insert(QStringLiteral("snippet"), result.snippet.text);
    object.insert(QStringLiteral("snippetHtml"), result.snippet.toHtml());
    return object;
}

} // namespace

int runSearch(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("search"),
                         QCoreApplication::translate(
                             "cli",
                             "Search drug names and section text, as the search box does, and print the results\n"
                             "best first: exact names, names with a word starting with the query, combinations\n"
                             "containing it, \"did you mean\" suggestions, then matches in section text with a\n"
                             "snippet. A query that names a drug and a topic ('clonazepam dose', 'side effects\n"
                             "of amlodipine', 'clonazepam alcohol') lists that drug first, on the section the\n"
                             "topic asks for, then the combinations that contain it.\n"
                             "Prefix a word with a filter to search only one kind of section:\n\n%1\n"
                             "With a filter, names are not listed. Put -- before a QUERY that starts with -.\n"
                             "Exit status: 0 when something was found,\n"
                             "1 when nothing was (suggestions alone count as nothing) or the database could\n"
                             "not be read, 2 for a usage error.")
                             .arg(SearchQuery::filterHelp()));
    parser.addArgument(QStringLiteral("QUERY"), QCoreApplication::translate("cli", "What to look for."));
    parser.addDatabaseOption();
    const QCommandLineOption limitOption(
        QStringLiteral("limit"),
        QCoreApplication::translate("cli", "Print at most N results (default %1; 0 for all).").arg(kDefaultLimit),
        QStringLiteral("N"), QString::number(kDefaultLimit));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("cli",
                                    "Print the results as JSON: {\"query\", \"section\", \"total\", \"results\": "
                                    "[{\"group\", \"name\", \"slug\", \"section\", \"heading\", \"snippet\", "
                                    "\"snippetHtml\"}]}."));
    parser.addOptions({limitOption, jsonOption});
    if (!parser.parse(arguments))
        return UsageError;

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList operands = parser.operands();
    if (operands.isEmpty()) {
        err << QCoreApplication::translate("cli", "formulary search: search for what? see 'formulary search --help'")
            << '\n';
        return UsageError;
    }
    bool limitOk = false;
    int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 0) {
        err << QCoreApplication::translate("cli", "formulary search: --limit wants a number of results, not '%1'")
                   .arg(parser.value(limitOption))
            << '\n';
        return UsageError;
    }
    const SearchQuery query = SearchQuery::parse(operands.join(QLatin1Char(' ')));

    QString error;
    const QString path = parser.database(ContentDatabase::defaultPath());
    const auto database = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &error);
    if (!database) {
        err << "formulary search: " << error << '\n';
        err << contentDatabaseAdvice() << '\n';
        return Failure;
    }
    SearchEngine::Hits hits;
    QList<SearchResult> results;
    try {
        SearchEngine engine(*database);
        // Ranks as many as are printed: all of them with --limit 0.
        hits = engine.search(query, {}, limit == 0 ? 0 : std::max(limit, int(SearchEngine::DefaultRanked)));
        if (limit == 0)
            limit = hits.total;
        results = engine.results(hits, 0, limit);
    } catch (const StorageError &e) {
        err << "formulary search: " << printable(e.text()) << '\n' << contentDatabaseAdvice() << '\n';
        return Failure;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const SearchResult &result : std::as_const(results))
            array.append(toJson(result));
        QJsonObject document;
        document.insert(QStringLiteral("query"), query.text);
        document.insert(QStringLiteral("section"),
                        query.section ? QJsonValue(sectionKindName(*query.section)) : QJsonValue());
        document.insert(QStringLiteral("total"), hits.total);
        document.insert(QStringLiteral("results"), array);
        out << QString::fromUtf8(escapeC1Controls(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    } else {
        const bool terminal = ::isatty(STDOUT_FILENO);
        const QString open = terminal ? QStringLiteral("\x1b[1m") : QStringLiteral("**");
        const QString close = terminal ? QStringLiteral("\x1b[0m") : QStringLiteral("**");
        for (const SearchResult &result : std::as_const(results)) {
            out << matchKindName(result.match).leftJustified(12) << printable(result.name);
            if (result.match == MatchKind::Suggestion)
                out << QCoreApplication::translate("cli", "  (did you mean?)");
            if (!result.sectionHeading.isEmpty())
                out << QStringLiteral(" — ") << printable(result.sectionHeading);
            if (!result.snippet.isEmpty()) {
                // Replaced one for one, so the marks keep their places.
                Snippet snippet = result.snippet;
                snippet.text = printable(snippet.text);
                out << QStringLiteral(": ") << snippet.toMarkedText(open, close);
            }
            out << '\n';
        }
        if (results.size() < hits.total)
            err << QCoreApplication::translate("cli", "%1 of %2 results; --limit N shows more")
                       .arg(results.size())
                       .arg(hits.total)
                << '\n';
    }
    // A suggestion is not a match: a script asking whether a name exists
    // learns "no", as a person reading "did you mean" does.
    const bool found = std::any_of(hits.hits.cbegin(), hits.hits.cend(),
                                   [](const SearchEngine::Hit &hit) { return hit.match != MatchKind::Suggestion; });
    if (!finishStandardOutput(out, QStringLiteral("search")))
        return Failure;
    return found ? Success : Failure;
}

} // namespace formulary::cli
