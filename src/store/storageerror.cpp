#include "store/storageerror.h"

namespace formulary {
namespace {

QString joined(const QString &file, const QString &message)
{
    return file.isEmpty() ? message : file + QStringLiteral(": ") + message;
}

} // namespace

StorageError::StorageError(const QString &file, const QString &message, Kind kind)
    : std::runtime_error(joined(file, message).toStdString())
    , m_file(file)
    , m_message(message)
    , m_kind(kind)
{ }

QString StorageError::text() const
{
    return joined(m_file, m_message);
}

} // namespace formulary
