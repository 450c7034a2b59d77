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

} // namespace

DatabaseSwap::DatabaseSwap(const QString &target)
    : m_target(target)
    , m_temporary(target + QStringLiteral(".importing"))
{ }

bool DatabaseSwap::prepare(bool copyTarget, QString *error)
{
    discard();
    if (copyTarget && !QFile::copy(m_target, m_temporary)) {
        *error = ImportMessages::tr("%1: cannot copy the previous database").arg(m_temporary);
        return false;
    }
    return true;
}

bool DatabaseSwap::swapIn(QString *error)
{
    if (!syncFile(m_temporary)
        || std::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0) {
        discard();
        *error = ImportMessages::tr("%1: cannot replace the database").arg(m_target);
        return false;
    }
    // The rename itself is durable once the folder is.
    syncFile(QFileInfo(m_target).absolutePath());
    return true;
}

void DatabaseSwap::discard()
{
    QFile::remove(m_temporary);
}

} // namespace formulary
