#pragma once

#include <QString>

namespace formulary {

// The files of an import: the target, the database in use, and the
// temporary file the new database is built in beside it. The target is
// replaced only by swapIn(), a rename, so readers of the old file keep it
// until they close it, and a failure at any step leaves it untouched. The
// database it replaces is kept beside it as the previous one, which
// restorePrevious() brings back.
class DatabaseSwap
{
public:
    explicit DatabaseSwap(const QString &target);

    const QString &target() const { return m_target; }
    const QString &temporary() const { return m_temporary; }

    // Starts the temporary afresh: what an earlier import left is removed,
    // and with `copyTarget` the target is copied, for an import that builds
    // on it. Sets `error` on failure.
    bool prepare(bool copyTarget, QString *error);
    // Makes the temporary durable and renames it over the target. Sets
    // `error` on failure, the temporary removed and the target untouched.
    bool swapIn(QString *error);
    // Removes the temporary and SQLite's files beside it.
    void discard();

    // Where the database an import replaced is kept: one, the last.
    static QString previousPath(const QString &target);
    // Exchanges the target and the previous database, so that restoring
    // twice undoes the first. Sets `error` when there is no previous
    // database or a rename fails, nothing then changed.
    static bool restorePrevious(const QString &target, QString *error);

private:
    QString m_target;
    QString m_temporary;
};

} // namespace formulary
