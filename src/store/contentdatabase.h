#pragma once

#include "parse/monograph.h"
#include "store/storageerror.h"
#include "store/termpostings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace formulary {

class SqliteConnection;
class SqliteStatement;

// A drug as stored, without its sections.
struct DrugRecord
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString genericName;
    QString sourcePath;   // relative to its source folder
    QString sourceFolder; // the folder it was imported from, as the library records it
    QDateTime importedAt;
};

// A folder the library holds pages of, as its last import found it.
struct SourceRecord
{
    qint64 id = 0;
    QString folder; // its path with links followed, or the label it was imported under
    QDateTime importedAt;
    int parserVersion = 0; // of the parser that read its pages
    int drugs = 0;
};

// A stored FAQ and where it stands on its page.
struct StoredFaq
{
    Faq faq;
    int sectionPosition = 0;
};

// A side effect as the index holds it: its term (folded with its synonyms),
// the name the pages write most, and how many drugs list it.
struct SideEffectTermRecord
{
    QString key;
    QString name;
    int drugs = 0;
    // Drugs that list it as common, less common, rare, serious.
    int common = 0;
    int lessCommon = 0;
    int rare = 0;
    int serious = 0;
    QStringList synonyms; // the variants folded into it
};

// A drug's listing of a side effect, as its page has it.
struct SideEffectListing
{
    qint64 drugId = 0;
    QString drugTitle;
    QString drugSlug;
    SideEffect effect; // text, group and line as on the page, and its term
};

// Why a variant was folded into a term: pages stating the pair, or the
// reviewed table.
struct SideEffectSynonymRecord
{
    QString variant;
    QString term;
    QString via;      // the name it was paired with
    QString evidence; // "pages" or "table"
    int pages = 0;    // pages stating the pair
};

// What the side-effect index made of the listed side effects: rows per
// frequency class, rows kept as text only (notes and sentences), and how
// many variants were folded into a term on each kind of evidence.
struct SideEffectCensus
{
    int rows = 0;
    int notes = 0;
    QList<QPair<QString, int>> frequencies; // ("common", rows), … in class order
    int withBand = 0;
    int withBodySystem = 0;
    int withIngredient = 0;
    int terms = 0;
    int foldsFromPages = 0;
    int foldsFromTable = 0;
};

// A page an earlier import stored, as the next import compares it.
struct StoredPage
{
    QString sourcePath; // relative to its source folder
    QByteArray contentHash;
    QString slug;
};

// The content database: drugs, their sections, FAQs and side effects, and a
// full-text index. It can always be rebuilt from the pages, so an import
// writes a new file and renames it over the old one (see ContentDatabaseBuild).
// A connection serves the thread that opened it. Reads throw StorageError.
class ContentDatabase
{
public:
    // Version 1: drugs, their text, sections, FAQs, side effects. Version 2: the full-text index.
    // Version 3: the full-text index's vocabulary, for search. Version 4: side effects' terms,
    // classes and lines, and the side-effect index. Version 5: indexes that list a term's drugs by
    // name. Version 6: frequent words' drugs of highest impact, for search. Version 7: sources,
    // the folders the drugs come from. Version 8: every word's postings, instead of version 6's lists.
    static constexpr int SchemaVersion = 8;

    enum class Mode { ReadOnly, ReadWrite };

    // Opens `path` (created in ReadWrite mode) and migrates it forward when
    // writable, in ReadOnly mode too. Returns null and sets `error` (naming the file) on failure.
    static std::unique_ptr<ContentDatabase> open(const QString &path, Mode mode, QString *error);
    ~ContentDatabase();

    // The database the application reads: the user's own import when there
    // is one, else the one shipped beside the program.
    // The user's data folder: $XDG_DATA_HOME/formulary, whatever the
    // application's organization (which names its settings' folder).
    static QString dataFolder();
    static QString userDatabasePath();
    static QString shippedDatabasePath();
    static QString defaultPath();

    // True when an import may write `path`: no file, an empty one, a database
    // an import wrote, or one too damaged to say. A text file named by
    // mistake or another program's database, such as the user's bookmarks,
    // is never overwritten.
    static bool mayBeReplaced(const QString &path);

    QString path() const;
    int schemaVersion() const;

    int drugCount() const;
    // The folders the drugs were imported from, by folder.
    QList<SourceRecord> sources() const;
    // A value an import recorded (meta table), or nothing.
    std::optional<QString> metaValue(const QString &key) const;
    QStringList titles() const; // sorted
    // Exact name match, as search matches names: the title or the slug, case
    // and diacritics ignored. Several drugs can share a title.
    QList<DrugRecord> findByName(const QString &name) const;
    QList<Section> sections(qint64 drugId) const;
    int sectionCount(qint64 drugId) const;
    QList<StoredFaq> faqs(qint64 drugId) const;
    QList<SideEffect> sideEffects(qint64 drugId) const; // in page order, with their terms

    // The side-effect index: every term, most listed first (notes are not
    // terms); the listings of a term and of the variants folded into it, by
    // drug name; and the synonyms with their evidence.
    QList<SideEffectTermRecord> sideEffectTerms() const;
    // The term `key` names: itself, or the term it was folded into.
    std::optional<SideEffectTermRecord> sideEffectTerm(const QString &key) const;
    // The items that list the term `termKey` or a variant of it, in drug
    // name order: `limit` of them (all when negative) from the `offset`th,
    // for a list that grows as it is scrolled.
    QList<SideEffectListing> sideEffectListings(const QString &termKey, int offset, int limit) const;
    // The drugs whose pages list the term `termKey` or a variant of it, in
    // name order, each with the first item that lists it; only items of the
    // class named `frequency` ("common", …) unless it is empty; at most
    // `limit` drugs, all when it is negative.
    QList<SideEffectListing> sideEffectDrugs(const QString &termKey, const QString &frequency, int limit) const;
    QList<SideEffectSynonymRecord> sideEffectSynonyms() const;
    SideEffectCensus sideEffectCensus() const;
    // The side-effect term `key` names (itself, or the term it was folded
    // into) followed by every variant folded into that term; empty when no
    // page lists it.
    QStringList sideEffectTermFamily(const QString &key) const;
    // The drugs a word of the full-text index is in, with its count in each
    // column; empty for a word the index does not hold. Only when
    // hasTermPostings(): an import stores them.
    TermPostings termPostings(const QString &term) const;
    // The same for a phrase, as FTS5 finds it: stored only for the side
    // effects' names of several words; nothing for any other phrase.
    std::optional<TermPostings> phrasePostings(const QStringList &words) const;
    bool hasTermPostings() const;
    // The highest drug id; 0 when there is none.
    qint64 lastDrugId() const;
    // Every page stored from a source with its content hash, for an
    // incremental import; and the slugs of the drugs of every other source,
    // which its pages may not take.
    QList<StoredPage> storedPages(qint64 sourceId) const;
    QSet<QString> slugsOutside(qint64 sourceId) const;

    // Reads for the browser window. Drugs in name order, `limit` from
    // `offset`, for lists that grow as they are scrolled.
    QList<DrugRecord> drugs(int offset, int limit) const;
    std::optional<DrugRecord> drug(qint64 id) const;
    std::optional<DrugRecord> drugBySlug(const QString &slug) const;
    // Every drug's id, title and slug, in no particular order, without
    // building a list: search keeps its own index of the names.
    void forEachName(const std::function<void(qint64 id, const QString &title, const QString &slug)> &visit) const;

    // Reads made while one lives see one snapshot of the database, and take
    // the file's lock once instead of once per statement.
    class ReadTransaction
    {
    public:
        explicit ReadTransaction(const ContentDatabase &database);
        ~ReadTransaction();
        ReadTransaction(const ReadTransaction &) = delete;
        ReadTransaction &operator=(const ReadTransaction &) = delete;

    private:
        sqlite3 *m_db;
        bool m_open;
    };

private:
    friend sqlite3 *connectionOf(const ContentDatabase &database);
    ContentDatabase();
    // A prepared statement kept for the connection's life, reset when the
    // returned guard goes: for reads made for every result shown.
    class CachedStatement;
    CachedStatement cached(const char *sql) const;
    // The row of term_posting named `key` (a word, or a phrase's words
    // joined by spaces); nothing when there is none.
    std::optional<TermPostings> storedPostings(const QString &key) const;

    std::unique_ptr<SqliteConnection> m_connection;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace formulary
