#include "app/appstyle.h"
#include "app/mainwindow.h"
#include "app/settingsmigration.h"
#include "app/singleinstance.h"
#include "app/theme.h"
#include "app/translations.h"
#include "cli/cli.h"

#include <QApplication>
#include <QIcon>

#include <csignal>

// The window's program, which `formulary` without a command replaces itself
// with (see main.cpp).
namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("formulary"));
    // Names the settings' folder: ~/.config/formulary/formulary.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("formulary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORMULARY_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // Past a file size limit, a write fails (and is reported) instead of
    // ending the program.
    std::signal(SIGXFSZ, SIG_IGN);

    QApplication app(argc, argv);
    describeApplication();
    formulary::adoptUnnamedOrganizationSettings();
    formulary::translations::install();
    QString query;
    if (const int status = formulary::cli::parseWindowArguments(QCoreApplication::arguments(), &query); status >= 0)
        return status;
    // A second start hands its query to the window already open, and ends.
    formulary::SingleInstance instance;
    if (instance.forwardOrListen(query))
        return formulary::cli::Success;

    QApplication::setApplicationDisplayName(QStringLiteral("Formulary"));
    // The desktop entry and the icon installed with it share the application id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.formulary.Formulary"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.formulary.Formulary")));
    formulary::appstyle::install(app);
    // Before the window exists: a palette set before the event loop runs
    // reaches only widgets made after it.
    formulary::theme::apply(app, formulary::theme::chosen());
    formulary::MainWindow window;
    QObject::connect(&instance, &formulary::SingleInstance::activationRequested, &window,
                     [&window](const QString &text) { formulary::presentWindow(window, text); });
    window.show();
    if (!query.isEmpty())
        formulary::presentWindow(window, query);
    return app.exec();
}
