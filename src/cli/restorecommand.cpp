#include "cli/cli.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "import/importer.h"
#include "store/contentdatabase.h"

#include <QCoreApplication>
#include <QTextStream>

namespace formulary::cli {

int runRestore(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("restore"),
                         QCoreApplication::translate("cli", "Bring back the library as it was before the last import. "
                                                            "The library it replaces is kept in its place, so that "
                                                            "restoring again undoes it."));
    parser.addDatabaseOption(QCoreApplication::translate("cli", "Content database to restore (default: %1).")
                                 .arg(ContentDatabase::userDatabasePath()));
    if (!parser.parse(arguments))
        return UsageError;
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.operands().isEmpty()) {
        err << QCoreApplication::translate("cli", "formulary restore: unexpected argument '%1'; see 'formulary "
                                                  "restore --help'")
                   .arg(parser.operands().constFirst())
            << '\n';
        return UsageError;
    }
    const QString database = parser.database(ContentDatabase::userDatabasePath());
    QString error;
    if (!Importer::restorePrevious(database, &error)) {
        err << QCoreApplication::translate("cli", "formulary restore: %1").arg(printable(error)) << '\n';
        return Failure;
    }
    const auto restored = ContentDatabase::open(database, ContentDatabase::Mode::ReadOnly, &error);
    if (restored) {
        QStringList folders;
        for (const SourceRecord &source : restored->sources())
            folders.append(source.folder);
        out << QCoreApplication::translate("cli", "Restored %1: %2 drugs, imported from %3.\n")
                   .arg(database, QString::number(restored->drugCount()), folders.join(QStringLiteral(", ")));
    } else {
        out << QCoreApplication::translate("cli", "Restored %1.\n").arg(database);
    }
    return finishStandardOutput(out, QStringLiteral("restore")) ? Success : Failure;
}

} // namespace formulary::cli
