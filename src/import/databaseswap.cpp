#include "import/databaseswap.h"

#include "import/importmessages.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace formulary {
namespace {

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Copies into a file of our own naming: QFile::copy() writes a temporary of
// its own beside `to`, which a killed import would leave behind.
bool copyFile(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    QFile copy(to);
    if (!source.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = ImportMessages::tr("%1: cannot copy the previous database: %2")
                     .arg(to, source.isOpen() ? copy.errorString() : source.errorString());
        return false;
    }
    constexpr qint64 kChunk = 1 << 20;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            break;
        if (copy.write(chunk) != chunk.size())
            break;
    }
    if (source.error() != QFileDevice::NoError || copy.error() != QFileDevice::NoError || !copy.flush()) {
        *error = ImportMessages::tr("%1: cannot copy the previous database: %2")
                     .arg(to, copy.error() != QFileDevice::NoError ? copy.errorString() : source.errorString());
        copy.close();
        QFile::remove(to);
        return false;
    }
    return true;
}

bool renameFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// Keeps `target` under the name `kept` as well: a second link to the same
// file, which a rename over `target` then leaves as the only one; a copy
// where the file system has no links. A link never half made takes the
// place of an older one: it is made under a temporary name first.
bool keepAs(const QString &target, const QString &kept, QString *error)
{
    const QString making = kept + QStringLiteral(".making");
    QFile::remove(making);
    const bool linked = ::link(QFile::encodeName(target).constData(), QFile::encodeName(making).constData()) == 0;
    if ((!linked && !copyFile(target, making, error)) || !renameFile(making, kept)) {
        QFile::remove(making);
        if (error->isEmpty())
            *error = ImportMessages::tr("%1: cannot keep the previous database").arg(kept);
        return false;
    }
    return true;
}

} // namespace

DatabaseSwap::DatabaseSwap(const QString &target)
    : m_target(target)
    , m_temporary(target + QStringLiteral(".importing"))
{ }

bool DatabaseSwap::prepare(bool copyTarget, QString *error)
{
    discard();
    if (copyTarget && !copyFile(m_target, m_temporary, error))
        return false;
    return true;
}

bool DatabaseSwap::swapIn(QString *error)
{
    if (QFileInfo::exists(m_target) && !keepAs(m_target, previousPath(m_target), error)) {
        discard();
        return false;
    }
    if (!syncFile(m_temporary) || !renameFile(m_temporary, m_target)) {
        discard();
        *error = ImportMessages::tr("%1: cannot replace the database").arg(m_target);
        return false;
    }
    // The rename itself is durable once the folder is.
    syncFile(QFileInfo(m_target).absolutePath());
    return true;
}

QString DatabaseSwap::previousPath(const QString &target)
{
    return target + QStringLiteral(".previous");
}

bool DatabaseSwap::restorePrevious(const QString &target, QString *error)
{
    const QString previous = previousPath(target);
    if (!QFileInfo::exists(previous)) {
        *error = ImportMessages::tr("%1: there is no previous database to restore").arg(previous);
        return false;
    }
    // The current database becomes the previous one: a link to it under a
    // third name, then two renames, each of which leaves both files whole.
    const QString current = target + QStringLiteral(".current");
    if (QFileInfo::exists(target) && !keepAs(target, current, error))
        return false;
    if (!renameFile(previous, target)) {
        QFile::remove(current);
        *error = ImportMessages::tr("%1: cannot restore the previous database").arg(target);
        return false;
    }
    if (QFileInfo::exists(current))
        renameFile(current, previous);
    syncFile(QFileInfo(target).absolutePath());
    return true;
}

void DatabaseSwap::discard()
{
    // A temporary's journal left by a killed import would otherwise be
    // replayed by SQLite onto the next temporary, a copy of the target: the
    // copy would lose what the journal undoes, all of it for a fresh file.
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(m_temporary + QLatin1String(suffix));
}

} // namespace formulary
