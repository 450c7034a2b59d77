#include "app/translations.h"
#include "cli/cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

// `formulary`: the commands, with QtCore alone, so that one starts in a few
// milliseconds; without a command, the window, whose program (with the GUI
// libraries) this one replaces itself with.
namespace {

// The window's program: beside this one in a build, in libexec once installed.
QString windowProgram()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {here + QStringLiteral("/formulary-window"),
                                     here + QStringLiteral("/" FORMULARY_WINDOW_RELATIVE_DIR "/formulary-window")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QString();
}

} // namespace

int main(int argc, char *argv[])
{
    // Past a file size limit, a write fails (and is reported) instead of
    // ending the program.
    std::signal(SIGXFSZ, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("formulary"));
    QCoreApplication::setOrganizationName(QStringLiteral("formulary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORMULARY_VERSION));
    formulary::translations::install();
    if (formulary::cli::isCommandLine(QCoreApplication::arguments()))
        return formulary::cli::run(QCoreApplication::arguments());

    // The window's own arguments, with Qt's (-platform, -style…), are the
    // window's to read.
    const QString window = windowProgram();
    if (!window.isEmpty()) {
        const QByteArray path = QFile::encodeName(window);
        execv(path.constData(), argv); // returns only when it failed
    }
    QTextStream(stderr) << QCoreApplication::translate("cli", "formulary: cannot start the window (%1): %2")
                               .arg(window.isEmpty() ? QStringLiteral("formulary-window") : window,
                                    window.isEmpty() ? QCoreApplication::translate("cli", "not installed")
                                                     : QString::fromLocal8Bit(std::strerror(errno)))
                        << '\n';
    return formulary::cli::Failure;
}
