#include "cli/cli.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "import/importer.h"
#include "store/contentdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace formulary::cli {
namespace {

std::atomic_bool interrupted = false;

// Ctrl+C or a termination request ends the import cleanly: the new database
// is discarded and the previous one stays.
void interrupt(int)
{
    interrupted = true;
}

} // namespace

int runImport(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("import"),
                         QCoreApplication::translate("cli", "Import a folder of Markdown drug pages."));
    parser.addArgument(QStringLiteral("DIR"), QCoreApplication::translate("cli", "Folder of Markdown pages."));
    parser.addDatabaseOption(QCoreApplication::translate("cli", "Content database to write (default: %1).")
                                 .arg(ContentDatabase::userDatabasePath()));
    const QCommandLineOption reportOption(
        QStringLiteral("report"), QCoreApplication::translate("cli", "Write the per-file outcomes as JSON to FILE."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption fullOption(
        QStringLiteral("full"),
        QCoreApplication::translate("cli", "Parse every page again, even those unchanged since the last import."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QCoreApplication::translate("cli", "Print only skipped pages and errors."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("cli", "Also print every warning, with its file and line."));
    // A database built to be shipped names where its pages are installed,
    // not the folder of the machine that built it.
    const QCommandLineOption sourceLabelOption(
        QStringLiteral("source-label"),
        QCoreApplication::translate("cli", "Record TEXT as where the pages come from, instead of DIR's absolute path."),
        QStringLiteral("TEXT"));
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"),
        QCoreApplication::translate("cli",
                                    "Refresh DIR even when more than %1 of the drugs imported from it before are no "
                                    "longer in it and would be taken away.")
            .arg(ImportPreview::kFew));
    parser.addOptions({reportOption, fullOption, quietOption, verboseOption, sourceLabelOption, replaceOption});
    if (!parser.parse(arguments))
        return UsageError;

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList operands = parser.operands();
    if (operands.size() != 1) {
        err << QCoreApplication::translate(
                   "cli", "formulary import: expected one folder, got %1 arguments; see 'formulary import --help'")
                   .arg(operands.size())
            << '\n';
        return UsageError;
    }
    const QString &dir = operands.constFirst();
    const QFileInfo dirInfo(dir);
    if (!dirInfo.exists() || !dirInfo.isDir() || !dirInfo.isReadable()) {
        err << QCoreApplication::translate("cli", "formulary import: %1: %2")
                   .arg(dir, !dirInfo.exists() ? QCoreApplication::translate("cli", "no such folder")
                                               : QCoreApplication::translate("cli", "not a readable folder"))
            << '\n';
        return UsageError;
    }

    Importer::Options options;
    options.sourceDir = dir;
    options.databasePath = parser.database(ContentDatabase::userDatabasePath());
    options.ownTarget = options.databasePath == ContentDatabase::userDatabasePath();
    options.sourceLabel = parser.value(sourceLabelOption);
    options.incremental = !parser.isSet(fullOption);
    const bool quiet = parser.isSet(quietOption);
    const bool terminal = ::isatty(STDERR_FILENO);

    // A library is never replaced by accident: a folder is added beside the
    // others or refreshed, taking many drugs away is asked for with
    // --replace, and what it replaced is kept.
    const ImportPreview preview = Importer::preview(options);
    if (!preview.error.isEmpty()) {
        err << QCoreApplication::translate("cli", "formulary import: %1. Nothing was changed.")
                   .arg(printable(preview.error))
            << '\n';
        return Failure;
    }
    if (preview.takesAwayMany() && !parser.isSet(replaceOption)) {
        err << QCoreApplication::translate(
                   "cli", "formulary import: refreshing %1 would take away %2 of the %3 drugs imported from it "
                          "into %4: their pages are no longer in it. Nothing was changed. Add --replace to import it "
                          "all the same; the library it replaces is then kept, and 'formulary restore' brings it "
                          "back.")
                   .arg(dir, QString::number(preview.takenAway), QString::number(preview.storedFromSource),
                        options.databasePath)
            << '\n';
        return Failure;
    }

    std::signal(SIGINT, interrupt);
    std::signal(SIGTERM, interrupt);
    QElapsedTimer clock;
    clock.start();
    qint64 lastDraw = -1000;
    const ImportReport report = Importer::run(
        options,
        [&](int done, int total) {
            if (quiet || !terminal)
                return;
            if (done == total || clock.elapsed() - lastDraw >= 100) {
                lastDraw = clock.elapsed();
                err << '\r' << QCoreApplication::translate("cli", "Importing… %1/%2").arg(done).arg(total) << Qt::flush;
            }
        },
        &interrupted);
    if (!quiet && terminal)
        err << '\r' << QString(40, QLatin1Char(' ')) << '\r' << Qt::flush;

    bool reportWritten = true;
    if (parser.isSet(reportOption)) {
        QString reason;
        reportWritten = writeOutputFile(parser.value(reportOption), QJsonDocument(report.toJson()).toJson(), &reason);
        if (!reportWritten) {
            err << QCoreApplication::translate("cli", "formulary import: cannot write the report %1: %2")
                       .arg(parser.value(reportOption), reason)
                << '\n';
        }
    }

    if (parser.isSet(verboseOption)) {
        for (const FileOutcome &file : report.files) {
            if (file.kind != FileOutcome::Kind::ImportedWithWarnings)
                continue;
            for (const ParseMessage &message : file.messages)
                out << printable(QCoreApplication::translate("cli", "%1: warning: %2")
                                     .arg(message.location(file.path), message.text))
                    << '\n';
        }
    }
    const QString summary = printable(report.summary());
    if (!report.succeeded() || report.count(FileOutcome::Kind::Skipped) > 0)
        err << summary << '\n';
    else if (!quiet)
        out << summary << '\n';
    if (!quiet && !parser.isSet(verboseOption) && report.count(FileOutcome::Kind::ImportedWithWarnings) > 0)
        out << QCoreApplication::translate("cli",
                                           "Run with --verbose, or write --report FILE.json, to see the warnings.\n");
    if (parser.isSet(verboseOption) && report.succeeded())
        out << report.sideEffectSummary() << '\n';
    if (!quiet && report.succeeded())
        out << QCoreApplication::translate("cli", "Database: %1 (%2 s)\n")
                   .arg(report.databasePath, QString::number(clock.elapsed() / 1000.0, 'f', 2));
    if (!quiet && report.succeeded() && report.newSource)
        out << QCoreApplication::translate("cli", "Added %1 as a source beside the library's %2 other drugs.\n")
                   .arg(report.sourceFolder, QString::number(report.otherSourcesDrugs));
    if (report.succeeded() && preview.takenAway > 0)
        out << QCoreApplication::translate("cli", "%1 drugs not in %2 were taken away; the library before this import "
                                                  "is kept, and 'formulary restore' brings it back.\n")
                   .arg(QString::number(preview.takenAway), dir);

    const bool written = finishStandardOutput(out, QStringLiteral("import")) && reportWritten;
    if (!report.succeeded() || !written)
        return Failure;
    return report.count(FileOutcome::Kind::Skipped) > 0 ? Failure : Success;
}

} // namespace formulary::cli
