#include "store/studyprogressstore.h"

#include "store/internal/connectionaccess.h"
#include "store/internal/sqlitestatement.h"
#include "store/userdatabase.h"

namespace formulary {
namespace {

std::optional<StudyProgress> read(sqlite3 *db, qint64 bookmarkId)
{
    SqliteStatement select(db, "SELECT box, due_at, reviews, lapses FROM study_card WHERE bookmark_id = ?");
    select.bind(1, bookmarkId);
    if (!select.step())
        return std::nullopt;
    return StudyProgress{int(select.columnInt64(0)), QDateTime::fromMSecsSinceEpoch(select.columnInt64(1), Qt::UTC),
                         int(select.columnInt64(2)), int(select.columnInt64(3))};
}

} // namespace

StudyProgressStore::StudyProgressStore(UserDatabase &database)
    : m_database(database)
{ }

std::optional<StudyProgress> StudyProgressStore::progress(qint64 bookmarkId) const
{
    return read(connectionOf(m_database), bookmarkId);
}

void StudyProgressStore::update(qint64 bookmarkId,
                                const std::function<StudyProgress(const std::optional<StudyProgress> &)> &next)
{
    sqlite3 *db = connectionOf(m_database);
    immediateTransaction(db, [&] {
        const StudyProgress progress = next(read(db, bookmarkId));
        SqliteStatement upsert(db, "INSERT INTO study_card(bookmark_id, box, due_at, reviews, lapses) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(bookmark_id) DO UPDATE SET "
                                   "box = ?2, due_at = ?3, reviews = ?4, lapses = ?5");
        upsert.bind(1, bookmarkId)
            .bind(2, qint64(progress.box))
            .bind(3, progress.due.toMSecsSinceEpoch())
            .bind(4, qint64(progress.reviews))
            .bind(5, qint64(progress.lapses))
            .execute();
    });
}

} // namespace formulary
