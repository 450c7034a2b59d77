#pragma once

#include <QString>

#include <stdexcept>

namespace formulary {

// A database could not be read or written. Every storage failure reaches
// the rest of the program as this one type: the file, and what went wrong in
// words a person can act on.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        Failed,      // any other failure
        Interrupted, // a query was stopped because its caller cancelled it
        Damaged,     // the file is corrupt, or not a database at all
    };

    StorageError(const QString &file, const QString &message, Kind kind = Kind::Failed);

    const QString &file() const { return m_file; }
    const QString &message() const { return m_message; }
    // "FILE: MESSAGE", or the message alone when there is no file.
    QString text() const;
    bool isInterrupted() const { return m_kind == Kind::Interrupted; }
    bool isDamage() const { return m_kind == Kind::Damaged; }

private:
    QString m_file;
    QString m_message;
    Kind m_kind;
};

} // namespace formulary
