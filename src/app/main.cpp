#include "cli.h"
#include "contentdatabase.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("formulary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORMULARY_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (formulary::cli::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return formulary::cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Formulary"));
    // Until the browser window lands, list what the default database holds.
    QString error;
    const QString path = formulary::ContentDatabase::defaultPath();
    const auto database = formulary::ContentDatabase::open(path, formulary::ContentDatabase::Mode::ReadOnly, &error);
    QTextStream out(stdout);
    if (!database) {
        QTextStream(stderr) << "formulary: " << error << '\n';
        return formulary::cli::Failure;
    }
    out << QCoreApplication::translate("main", "%1 drugs in %2:").arg(database->drugCount()).arg(path) << '\n';
    for (const QString &title : database->titles())
        out << "  " << title << '\n';
    return formulary::cli::Success;
}
