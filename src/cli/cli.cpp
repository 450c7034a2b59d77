#include "cli/cli.h"

#include "cli/output.h"
#include "import/importer.h"
#include "store/storageerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

namespace formulary::cli {
namespace {

const QStringList kCommands = {QStringLiteral("import"),      QStringLiteral("sources"), QStringLiteral("restore"),
                               QStringLiteral("show"),        QStringLiteral("search"),  QStringLiteral("bookmarks"),
                               QStringLiteral("side-effects")};

QString overview()
{
    return QCoreApplication::translate(
               "cli",
               "Formulary: a drug-information browser.\n"
               "\n"
               "Without a command, opens the browser window, or brings the one already open\n"
               "to the front; --query TEXT puts TEXT in its search field.\n"
               "\n"
               "Commands:\n"
               "  import DIR [--db FILE] [--report FILE.json] [--full] [--quiet | --verbose]\n"
               "         [--source-label TEXT] [--replace]\n"
               "        Import a folder of Markdown drug pages (searched recursively for\n"
               "        .md and .markdown files) into the library: a new folder is added as a\n"
               "        source beside the others, one imported before is refreshed (its pages\n"
               "        gone from it are taken away, other sources untouched). Exit status: 0\n"
               "        when every page was imported (warnings allowed), 1 when some page was\n"
               "        skipped or the import failed (the previous database is then kept), 2 for\n"
               "        a usage error. A refresh that would take away more than %1 of the folder's\n"
               "        drugs changes nothing and ends with status 1 unless --replace is given.\n"
               "        A folder inside a source, or holding one, is refused.\n"
               "  sources [list | remove FOLDER] [--db FILE]\n"
               "        List the library's source folders with their drugs, marking those that\n"
               "        cannot be read now (their drugs are kept), or remove one with its drugs.\n"
               "  restore [--db FILE]\n"
               "        Bring back the library as it was before the last import or removal; the\n"
               "        one it replaces takes its place, so restoring again undoes it.\n"
               "  show NAME [--section KIND] [--db FILE]\n"
               "        Print one drug's monograph as plain text. NAME is a drug's exact\n"
               "        name (case and accents ignored) or its slug. KIND is a section kind:\n"
               "        generic-name, usage, dosage, side-effects, how-it-works, precautions,\n"
               "        faqs, disclaimer, introduction or other. Exit status 1 for an unknown NAME or KIND.\n"
               "  search QUERY [--db FILE] [--limit N] [--json]\n"
               "        Search as the search box does and print the results best first: exact\n"
               "        names, names with a word starting with QUERY, combinations containing it,\n"
               "        \"did you mean\" suggestions, then section text with a snippet. A drug named\n"
               "        with a topic ('clonazepam dose', 'side effects of amlodipine') comes first,\n"
               "        on that topic's section. A filter limits the text search to one kind of\n"
               "        section and leaves names out:\n"
               "        side: (side effects), faqs:, usage:, dosage:, how: (how it works),\n"
               "        precautions:, generic:, other:, e.g. 'formulary search side:drowsiness'.\n"
               "        Exit status 1 when nothing, or only suggestions, was found.\n"
               "  bookmarks list | export markdown|csv|anki [FILE] | import FILE.csv [--user-db FILE] [--db FILE]\n"
               "        List your bookmarked FAQs (those whose FAQ is no longer in the content\n"
               "        are marked, with their last known text), export them to Markdown, CSV\n"
               "        or Anki-importable TSV (to FILE or standard output), or import a CSV\n"
               "        export, skipping bookmarks already there.\n"
               "  side-effects [TERM] [--frequency CLASS] [--db FILE] [--limit N] [--json]\n"
               "        Without TERM, the side effects the pages list, with how many drugs list\n"
               "        each, most listed first; with TERM, the drugs that list it, with how often\n"
               "        and the item as written. Exit status 1 when no page lists TERM.\n"
               "\n"
               "Run 'formulary COMMAND --help' for a command's options.")
        .arg(ImportPreview::kFew);
}

// Options whose value follows as the next argument: the window's, and Qt's
// own (as in -platform offscreen), which the application takes out itself.
bool takesValue(QString argument)
{
    static const QStringList options = {
        QStringLiteral("-query"),         QStringLiteral("-platform"),     QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"), QStringLiteral("-plugin"),       QStringLiteral("-qwindowgeometry"),
        QStringLiteral("-qwindowicon"),   QStringLiteral("-qwindowtitle"), QStringLiteral("-geometry"),
        QStringLiteral("-title"),         QStringLiteral("-icon"),         QStringLiteral("-display"),
        QStringLiteral("-name"),          QStringLiteral("-style"),        QStringLiteral("-stylesheet"),
        QStringLiteral("-session")};
    if (argument.startsWith(QLatin1String("--")))
        argument.remove(0, 1);
    return options.contains(argument);
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (kCommands.contains(argument) || argument == QLatin1String("--help") || argument == QLatin1String("-h")
            || argument == QLatin1String("--help-all") || argument == QLatin1String("--version")
            || argument == QLatin1String("-v"))
            return true;
        if (takesValue(argument)) {
            ++i; // its value, not a command
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return true; // an unknown command: reported as a usage error
    }
    return false;
}

QCommandLineOption queryOption()
{
    return QCommandLineOption(QStringLiteral("query"),
                              QCoreApplication::translate("cli",
                                                          "Open the window with TEXT in its search field, or show TEXT "
                                                          "in the window already open."),
                              QStringLiteral("TEXT"));
}

void showHelpIfAsked(QCommandLineParser &parser, const QStringList &arguments)
{
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Success);
    // Only process() prints the help with Qt's own options; the arguments
    // have parsed already, so it ends the program there with status 0.
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(arguments);
}

int parseWindowArguments(const QStringList &arguments, QString *query)
{
    QCommandLineParser parser;
    const QCommandLineOption option = queryOption();
    parser.addOption(option);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << QCoreApplication::translate("cli", "formulary: %1; see 'formulary --help'")
                                   .arg(parser.errorText().chopped(parser.errorText().endsWith(QLatin1Char('.')) ? 1
                                                                                                                 : 0))
                            << '\n';
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("cli",
                                                           "formulary: unknown command '%1'; see 'formulary --help'")
                                   .arg(parser.positionalArguments().constFirst())
                            << '\n';
        return UsageError;
    }
    *query = parser.value(option).trimmed();
    return -1;
}

QString contentDatabaseAdvice()
{
    return QCoreApplication::translate("cli", "The database cannot be read. If it is your content database, "
                                              "'formulary import DIR' builds it again from the pages; your "
                                              "bookmarks are kept apart and are not touched.");
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QHash<QString, int (*)(const QStringList &)> commands = {
        {QStringLiteral("import"), runImport},           {QStringLiteral("restore"), runRestore},
        {QStringLiteral("sources"), runSources},         {QStringLiteral("show"), runShow},
        {QStringLiteral("search"), runSearch},           {QStringLiteral("bookmarks"), runBookmarks},
        {QStringLiteral("side-effects"), runSideEffects}};
    if (const auto runCommand = commands.value(command)) {
        // A database that cannot be read ends the command with what to do
        // about it, not with an abort.
        try {
            return runCommand(arguments);
        } catch (const StorageError &e) {
            QTextStream(stderr) << QStringLiteral("formulary %1: %2\n").arg(command, printable(e.text()))
                                << contentDatabaseAdvice() << '\n';
            return Failure;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(overview());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(queryOption());
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("cli", "import, sources, restore, show, search, bookmarks or side-effects"));
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return Success;
    }
    showHelpIfAsked(parser, arguments);
    QTextStream(stderr) << QCoreApplication::translate("cli", "formulary: unknown command '%1'; see 'formulary --help'")
                               .arg(parser.positionalArguments().value(0))
                        << '\n';
    return UsageError;
}

} // namespace formulary::cli
