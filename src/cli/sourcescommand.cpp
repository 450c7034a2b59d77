#include "cli/cli.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "import/importer.h"
#include "store/contentdatabase.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace formulary::cli {
namespace {

int listSources(const QString &path, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto database = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &error);
    if (!database) {
        err << QCoreApplication::translate("cli", "formulary sources: %1").arg(printable(error)) << '\n';
        return Failure;
    }
    const QList<SourceRecord> sources = database->sources();
    for (const SourceRecord &source : sources) {
        const QString imported = source.importedAt.toLocalTime().toString(Qt::ISODate);
        out << printable(
            source.drugs == 1
                ? QCoreApplication::translate("cli", "%1\t1 drug\timported %2").arg(source.folder, imported)
                : QCoreApplication::translate("cli", "%1\t%2 drugs\timported %3")
                      .arg(source.folder, QString::number(source.drugs), imported));
        if (const QString state = sourceFolderStateText(sourceFolderState(source.folder)); !state.isEmpty())
            out << '\t' << state;
        out << '\n';
    }
    if (sources.isEmpty())
        err << QCoreApplication::translate("cli", "formulary sources: %1 holds no source; 'formulary import DIR' "
                                                  "adds one")
                   .arg(path)
            << '\n';
    return finishStandardOutput(out, QStringLiteral("sources")) ? Success : Failure;
}

int removeSource(const QString &path, const QString &folder, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<int> removed = Importer::removeSource(path, folder, &error);
    if (!removed) {
        err << QCoreApplication::translate("cli", "formulary sources remove: %1. Nothing was changed; 'formulary "
                                                  "sources list' shows the sources.")
                   .arg(printable(error))
            << '\n';
        return Failure;
    }
    const QString takenAway = *removed == 1 ? QCoreApplication::translate("cli", "1 drug taken away")
                                            : QCoreApplication::translate("cli", "%1 drugs taken away").arg(*removed);
    out << printable(QCoreApplication::translate("cli", "Removed the source %1: %2. The library before is kept, and "
                                                        "'formulary restore' brings it back.")
                         .arg(folder, takenAway))
        << '\n';
    return finishStandardOutput(out, QStringLiteral("sources")) ? Success : Failure;
}

} // namespace

int runSources(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("sources"),
                         QCoreApplication::translate("cli", "List the folders the library holds pages of, or remove "
                                                            "one with the drugs imported from it."));
    parser.addArgument(QStringLiteral("list | remove FOLDER"),
                       QCoreApplication::translate("cli", "'list' (the default), or 'remove' and the folder as "
                                                          "'list' shows it."));
    parser.addDatabaseOption(
        QCoreApplication::translate("cli", "Content database (default: %1).").arg(ContentDatabase::userDatabasePath()));
    if (!parser.parse(arguments))
        return UsageError;
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList operands = parser.operands();
    const QString action = operands.value(0, QStringLiteral("list"));
    const QString path = parser.database(ContentDatabase::userDatabasePath());
    if (action == QLatin1String("list") && operands.size() <= 1)
        return listSources(path, out, err);
    if (action == QLatin1String("remove") && operands.size() == 2)
        return removeSource(path, operands.at(1), out, err);
    err << QCoreApplication::translate("cli", "formulary sources: expected 'list' or 'remove FOLDER', got '%1'; see "
                                              "'formulary sources --help'")
               .arg(printable(operands.join(QLatin1Char(' '))))
        << '\n';
    return UsageError;
}

} // namespace formulary::cli
