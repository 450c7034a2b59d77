#pragma once

// Running the built formulary program as a person or a script would.
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace formulary::testing {

struct Run
{
    int status = -1; // -1: did not end normally
    QString out;
    QString err;
};

// Runs formulary behind `prefix` (a command that runs another, such as
// setpriv or prlimit with their options), or directly when it is empty,
// with XDG_DATA_HOME at `dataHome` so that the user's own data stays out of
// the way.
inline Run runFormulary(const QStringList &arguments, const QString &dataHome, const QStringList &prefix = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(environment);
    const QString binary = QString::fromUtf8(FORMULARY_BINARY);
    if (prefix.isEmpty())
        process.start(binary, arguments);
    else
        process.start(prefix.constFirst(), prefix.mid(1) + QStringList{binary} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Permissions do not bind root: as root, a command that must meet them runs
// as nobody through setpriv. Empty when no prefix is needed; `ok` false when
// one is needed and setpriv is missing.
inline QStringList asUnprivilegedUser(bool *ok)
{
    *ok = true;
    if (geteuid() != 0)
        return {};
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty()) {
        *ok = false;
        return {};
    }
    return {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QStringLiteral("--")};
}

} // namespace formulary::testing
