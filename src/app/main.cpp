#include "appstyle.h"
#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>

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
    // The desktop entry and the icon installed with it share the application id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.formulary.Formulary"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.formulary.Formulary")));
    formulary::appstyle::install(app);
    formulary::MainWindow window;
    window.show();
    return app.exec();
}
