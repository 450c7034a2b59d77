#include "cli/output.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace formulary::cli {

QString printable(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t')
            continue;
        if (u < 0x20)
            c = QChar(char16_t(0x2400 + u));
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421));
        else if (u >= 0x80 && u <= 0x9f)
            c = QChar(QChar::ReplacementCharacter);
    }
    return result;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *reason)
{
    const QFileInfo info(path);
    const auto fail = [&](const QString &why) {
        *reason = why;
        return false;
    };
    if (info.exists() && !info.isFile()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(file.errorString());
        if (file.write(bytes) != bytes.size() || !file.flush())
            return fail(file.errorString());
        file.close();
        if (file.error() != QFileDevice::NoError)
            return fail(file.errorString());
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool finishStandardOutput(QTextStream &out, const QString &command)
{
    out.flush();
    errno = 0;
    const bool written = out.status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (!written) {
        const int cause = errno;
        QTextStream(stderr) << QCoreApplication::translate("cli", "formulary %1: cannot write to standard output: %2")
                                   .arg(command, QString::fromLocal8Bit(std::strerror(cause ? cause : EIO)))
                            << '\n';
    }
    return written;
}

} // namespace formulary::cli
