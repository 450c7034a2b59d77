#include "store/internal/vocabularytable.h"

#include "store/internal/sqliteconnection.h"
#include "store/internal/sqlitestatement.h"
#include "store/termimpact.h"

#include <QtConcurrent>

namespace formulary::vocabularytable {
namespace {

struct TermRange
{
    QByteArray from, to; // [from, to); empty: open
};

// A frequent word's drugs of highest impact, highest first.
struct ImpactList
{
    QByteArray term;
    std::vector<std::pair<qint64, float>> drugs;
};

struct Terms
{
    std::vector<std::pair<QByteArray, qint64>> documents;
    std::vector<ImpactList> impacts;
    QString error;
};

// fts5vocab names a column; the impact wants its number.
int columnNumber(QByteArrayView name)
{
    for (int column = 0; column < fulltextindex::ColumnCount; ++column) {
        if (name == fulltextindex::columnName(fulltextindex::Column(column)))
            return column;
    }
    return fulltextindex::Other;
}

// Walks every mention of `term` (in drug order, as fts5vocab gives them)
// and keeps the drugs of highest impact.
ImpactList impactList(SqliteStatement &mentions, const QByteArray &term)
{
    ImpactList list{term, {}};
    std::vector<std::pair<qint64, float>> &drugs = list.drugs;
    std::array<int, fulltextindex::ColumnCount> counts{};
    qint64 drug = -1;
    const auto flush = [&] {
        if (drug >= 0)
            drugs.emplace_back(drug, float(termimpact::impact(counts)));
        counts.fill(0);
    };
    mentions.bind(1, term);
    while (mentions.step()) {
        const qint64 row = mentions.columnInt64(0);
        if (row != drug) {
            flush();
            drug = row;
        }
        ++counts[size_t(columnNumber(mentions.columnView(1)))];
    }
    flush();
    mentions.reset();
    const auto higher = [](const auto &a, const auto &b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    };
    const size_t kept = std::min(drugs.size(), size_t(termimpact::ListLength));
    std::partial_sort(drugs.begin(), drugs.begin() + qsizetype(kept), drugs.end(), higher);
    drugs.resize(kept);
    return list;
}

// Walking the index takes about a second per 100,000 pages on one core, and
// the words split into ranges that can be walked side by side. "l" halves
// both the words and the work of an English index.
const QList<TermRange> kTermRanges = {{QByteArray(), QByteArrayLiteral("l")}, {QByteArrayLiteral("l"), QByteArray()}};

Terms readTerms(const QString &path, const TermRange &range)
{
    Terms terms;
    const auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly, &terms.error);
    if (!connection)
        return terms;
    try {
        sqlite3 *db = connection->handle();
        createIndexTerms(db);
        QByteArray sql = "SELECT term, doc FROM temp.search_term_source WHERE 1";
        if (!range.from.isEmpty())
            sql += " AND term >= :from";
        if (!range.to.isEmpty())
            sql += " AND term < :to";
        SqliteStatement rows(db, sql.constData());
        int parameter = 1;
        if (!range.from.isEmpty())
            rows.bind(parameter++, range.from);
        if (!range.to.isEmpty())
            rows.bind(parameter++, range.to);
        while (rows.step())
            terms.documents.emplace_back(rows.columnBlob(0), rows.columnInt64(1));
        SqliteStatement drugCount(db, "SELECT count(*) FROM drug");
        const int listedFrom = termimpact::listedFrom(drugCount.step() ? int(drugCount.columnInt64(0)) : 0);
        sqliteExecute(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.term_mention"
                          " USING fts5vocab(main, drug_fts, 'instance')");
        SqliteStatement mentions(db, "SELECT doc, col FROM temp.term_mention WHERE term = ?");
        for (const auto &[term, documents] : terms.documents) {
            if (documents >= listedFrom)
                terms.impacts.push_back(impactList(mentions, term));
        }
    } catch (const StorageError &e) {
        terms.error = e.message();
    }
    return terms;
}

// A list as stored: one blob of (drug id, impact) records, a row per word
// rather than per drug, which made the file 40% larger.
QByteArray packed(const std::vector<std::pair<qint64, float>> &drugs)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(drugs.size()) * qsizetype(sizeof(termimpact::Entry)));
    for (const auto &[drug, impact] : drugs) {
        const termimpact::Entry entry{qint32(drug), impact};
        bytes.append(reinterpret_cast<const char *>(&entry), sizeof entry);
    }
    return bytes;
}

} // namespace

void create(sqlite3 *db)
{
    sqliteExecute(db, "CREATE TABLE search_term(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID");
    rebuild(db);
}

void createImpactLists(sqlite3 *db)
{
    // Filled by the next import; until then search scores every match.
    sqliteExecute(db, "CREATE TABLE term_impact(term TEXT PRIMARY KEY, drugs BLOB NOT NULL) WITHOUT ROWID");
}

void rebuild(sqlite3 *db)
{
    // fts5vocab walks the whole index once: about a second per 100,000
    // pages, paid by the import instead of by every start of the program.
    createIndexTerms(db);
    sqliteExecute(db, "DELETE FROM search_term;"
                      "INSERT INTO search_term(term, docs) SELECT term, doc FROM temp.search_term_source;"
                      "DROP TABLE temp.search_term_source;");
}

void rebuildInParallel(sqlite3 *db, const QString &path)
{
    const QList<Terms> parts = QtConcurrent::blockingMapped(
        kTermRanges, [&path](const TermRange &range) { return readTerms(path, range); });
    for (const Terms &part : parts) {
        if (!part.error.isEmpty())
            throw StorageError(path, part.error);
    }
    immediateTransaction(db, [&] {
        sqliteExecute(db, "DELETE FROM search_term; DELETE FROM term_impact");
        SqliteStatement insert(db, "INSERT INTO search_term(term, docs) VALUES (?, ?)");
        SqliteStatement insertImpact(db, "INSERT INTO term_impact(term, drugs) VALUES (?, ?)");
        for (const Terms &part : parts) {
            for (const auto &[term, documents] : part.documents)
                insert.bind(1, term).bind(2, documents).execute();
            for (const ImpactList &list : part.impacts) {
                const QByteArray drugs = packed(list.drugs);
                insertImpact.bind(1, list.term).bindBlob(2, drugs).execute();
            }
        }
        SqliteStatement version(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('term_impact_version', ?)");
        version.bind(1, QString::number(termimpact::Version)).execute();
    });
}

void createIndexTerms(sqlite3 *db)
{
    sqliteExecute(db,
                  "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_term_source USING fts5vocab(main, drug_fts, 'row')");
}

} // namespace formulary::vocabularytable
