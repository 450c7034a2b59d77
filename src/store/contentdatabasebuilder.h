#pragma once

#include "store/contentdatabase.h"
#include "store/storageerror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

namespace formulary {

struct MonographRecord;
struct SynonymTable;

// A content database being written by an import, in a file of its own beside
// the one in use (see Importer): tuned for one bulk write — no journal, no
// syncs, the file locked for this connection alone — with all the writing in
// one transaction that commit() ends. Dropped without commit(), it leaves a
// file that is only fit to be removed.
class ContentDatabaseBuilder
{
public:
    // `fromEmpty`: nothing is stored in the file yet, so stored pages need
    // not be looked for before each is written. Returns null and sets
    // `error` (naming the file) when it cannot be opened.
    static std::unique_ptr<ContentDatabaseBuilder> open(const QString &path, bool fromEmpty, QString *error);
    ~ContentDatabaseBuilder();

    // The source the next pages are stored from, added when the library
    // does not have it: its folder as recorded (see SourceRecord), when it
    // was read and by which parser. Returns its id. Throws StorageError.
    qint64 useSource(const QString &folder, qint64 importedAt, int parserVersion);
    // Stores a page's monograph, replacing what was stored from the same
    // file of the source or under the same slug. Throws StorageError.
    void store(const MonographRecord &record, const QString &sourcePath, const QByteArray &contentHash,
               qint64 importedAt);
    // Removes the drug imported from `sourcePath` of the source; whether
    // there was one.
    bool removePage(const QString &sourcePath);
    // Removes the source recorded as `folder` and all its drugs; how many
    // drugs it had, or nothing when the library has no such source.
    std::optional<int> removeSource(const QString &folder);

    // The drugs whose titles are shared with another drug, a list per title
    // (case and accents folded), each in source path order.
    QList<QList<DrugRecord>> drugsSharingTitles() const;
    int drugCount() const;
    // What the side-effect index holds; after commit(), of the new index.
    SideEffectCensus sideEffectCensus() const;

    // Records `meta` (key, value); rebuilds the side-effect index when drugs
    // changed or `synonyms` is another version than the one it was built
    // with; commits, gives the full-text index back its usual merge
    // settings, rebuilds the search vocabulary when drugs changed, and
    // returns the pages that merging freed. Throws StorageError.
    void commit(const QList<QPair<QString, QString>> &meta, const SynonymTable &synonyms);

private:
    ContentDatabaseBuilder();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace formulary
