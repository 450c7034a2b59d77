#pragma once

#include <QDateTime>

#include <functional>
#include <optional>

namespace formulary {

class UserDatabase;

// How far a bookmarked FAQ has come in study: its Leitner box, when it is
// due again, and how often it was reviewed and missed.
struct StudyProgress
{
    int box = 1;
    QDateTime due;
    int reviews = 0;
    int lapses = 0;
};

// Study progress in the user database, one row per bookmark (removed with
// it). The schedule's rules are the study library's; this only keeps them.
class StudyProgressStore
{
public:
    explicit StudyProgressStore(UserDatabase &database);

    // Nothing for a bookmark never studied. Throws StorageError.
    std::optional<StudyProgress> progress(qint64 bookmarkId) const;
    // Reads the bookmark's progress and writes what `next` makes of it, in
    // one transaction, so that two windows answering at once lose neither
    // answer. Throws StorageError.
    void update(qint64 bookmarkId, const std::function<StudyProgress(const std::optional<StudyProgress> &)> &next);

private:
    UserDatabase &m_database;
};

} // namespace formulary
