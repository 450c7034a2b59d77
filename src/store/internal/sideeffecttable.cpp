#include "store/internal/sideeffecttable.h"

#include "parse/synonymtable.h"
#include "store/internal/sqlitestatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace formulary::sideeffecttable {
namespace {

// Union-find over term keys, joined along evidence.
class Groups
{
public:
    QString find(const QString &key)
    {
        QString root = key;
        while (m_parent.contains(root) && m_parent.value(root) != root)
            root = m_parent.value(root);
        // Path halving is not worth it for a few thousand pairs.
        return root;
    }
    void join(const QString &a, const QString &b)
    {
        const QString ra = find(a), rb = find(b);
        if (ra == rb)
            return;
        m_parent.insert(ra, rb);
        m_parent.insert(rb, rb);
        m_keys.insert(a);
        m_keys.insert(b);
    }
    const QSet<QString> &keys() const { return m_keys; }

private:
    QHash<QString, QString> m_parent;
    QSet<QString> m_keys;
};

struct Evidence
{
    QString via;  // the key it was paired with
    QString kind; // "pages" or "table"
    int pages = 0;
};

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('\n') + b : b + QLatin1Char('\n') + a;
}

// The classes a drug lists a term as, one bit each.
quint8 classBit(const QString &frequency)
{
    if (frequency == QLatin1String("common"))
        return 1;
    if (frequency == QLatin1String("less-common"))
        return 2;
    if (frequency == QLatin1String("rare"))
        return 4;
    if (frequency == QLatin1String("serious"))
        return 8;
    return 0;
}

// The drugs that list a term, in drug order, with the classes each lists
// it as; and the names its items write it by.
struct TermDrugs
{
    std::vector<qint64> drugs;
    std::vector<quint8> classes;
    QHash<QString, int> names;

    // Adds another's drugs, a drug listing both counted once.
    void merge(const TermDrugs &other)
    {
        std::vector<qint64> mergedDrugs;
        std::vector<quint8> mergedClasses;
        mergedDrugs.reserve(drugs.size() + other.drugs.size());
        mergedClasses.reserve(drugs.size() + other.drugs.size());
        size_t i = 0, j = 0;
        while (i < drugs.size() || j < other.drugs.size()) {
            if (j == other.drugs.size() || (i < drugs.size() && drugs[i] < other.drugs[j])) {
                mergedDrugs.push_back(drugs[i]);
                mergedClasses.push_back(classes[i++]);
            } else if (i == drugs.size() || other.drugs[j] < drugs[i]) {
                mergedDrugs.push_back(other.drugs[j]);
                mergedClasses.push_back(other.classes[j++]);
            } else {
                mergedDrugs.push_back(drugs[i]);
                mergedClasses.push_back(classes[i++] | other.classes[j++]);
            }
        }
        drugs = std::move(mergedDrugs);
        classes = std::move(mergedClasses);
    }

    QString mostWrittenName(const QString &key) const
    {
        QString best;
        int most = 0;
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            if (!it.key().isEmpty() && (it.value() > most || (it.value() == most && it.key() < best))) {
                best = it.key();
                most = it.value();
            }
        }
        return best.isEmpty() ? key : best;
    }
};

struct PairEvidence
{
    qint64 lastDrug = -1;
    int pages = 0;
};

} // namespace

void create(sqlite3 *db)
{
    sqliteExecute(db, R"sql(
    ALTER TABLE side_effect ADD COLUMN line INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE side_effect ADD COLUMN term_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE side_effect ADD COLUMN term_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE side_effect ADD COLUMN qualifier TEXT NOT NULL DEFAULT '';
    ALTER TABLE side_effect ADD COLUMN synonym_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE side_effect ADD COLUMN frequency TEXT NOT NULL DEFAULT 'unspecified';
    ALTER TABLE side_effect ADD COLUMN band TEXT NOT NULL DEFAULT '';
    ALTER TABLE side_effect ADD COLUMN body_system TEXT NOT NULL DEFAULT '';
    ALTER TABLE side_effect ADD COLUMN ingredient TEXT NOT NULL DEFAULT '';
    ALTER TABLE side_effect ADD COLUMN is_note INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX side_effect_by_term ON side_effect(term_key);
    CREATE TABLE side_effect_term(
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        drugs INTEGER NOT NULL,
        common INTEGER NOT NULL,
        less_common INTEGER NOT NULL,
        rare INTEGER NOT NULL,
        serious INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE side_effect_synonym(
        variant TEXT PRIMARY KEY,
        term TEXT NOT NULL,
        via TEXT NOT NULL,
        evidence TEXT NOT NULL,
        pages INTEGER NOT NULL) WITHOUT ROWID;
    )sql");
}

void rebuild(sqlite3 *db, const SynonymTable &table)
{
    sqliteExecute(db, "DELETE FROM side_effect_term; DELETE FROM side_effect_synonym");

    // One pass over the side effects, in the table's own order (by drug):
    // for each term, the drugs that list it with the classes they list it
    // as and the names it is written by; for each pair a page states, the
    // drugs that state it. A query per figure would read the rows again
    // for each (seconds at 100,000 pages).
    QHash<QString, TermDrugs> terms;
    QHash<QString, PairEvidence> stated;
    {
        // NOT INDEXED: the index of terms would give the rows in term order,
        // each then looked up in the table (four times as long).
        SqliteStatement rows(db, "SELECT term_key, drug_id, frequency, term_name, synonym_key FROM side_effect "
                                 "NOT INDEXED WHERE is_note = 0 AND term_key != ''");
        while (rows.step()) {
            const QString key = rows.columnText(0);
            const qint64 drug = rows.columnInt64(1);
            TermDrugs &term = terms[key];
            if (term.drugs.empty() || term.drugs.back() != drug) {
                term.drugs.push_back(drug);
                term.classes.push_back(0);
            }
            term.classes.back() |= classBit(rows.columnText(2));
            ++term.names[rows.columnText(3)];
            const QString synonym = rows.columnText(4);
            if (!synonym.isEmpty()) {
                PairEvidence &pair = stated[pairKey(key, synonym)];
                if (pair.lastDrug != drug) {
                    pair.lastDrug = drug;
                    ++pair.pages;
                }
            }
        }
    }

    // Pairs the pages state on enough drugs' pages, and the table's.
    QHash<QString, Evidence> evidence;
    Groups groups;
    const QSet<QString> removed = [&table] {
        QSet<QString> pairs;
        for (const auto &[a, b] : table.removed)
            pairs.insert(pairKey(a, b));
        return pairs;
    }();
    for (auto it = stated.cbegin(); it != stated.cend(); ++it) {
        const QStringList names = it.key().split(QLatin1Char('\n'));
        if (it->pages < MinimumPages || removed.contains(it.key()))
            continue;
        groups.join(names.at(0), names.at(1));
        evidence.insert(it.key(), {QString(), QStringLiteral("pages"), it->pages});
    }
    for (const auto &[a, b] : table.added) {
        if (removed.contains(pairKey(a, b)))
            continue;
        groups.join(a, b);
        evidence.insert(pairKey(a, b), {QString(), QStringLiteral("table"), 0});
    }

    QHash<QString, QStringList> members;
    for (const QString &key : groups.keys())
        members[groups.find(key)].append(key);
    QHash<QString, QString> foldedInto; // variant -> term
    SqliteStatement synonym(db, "INSERT INTO side_effect_synonym(variant, term, via, evidence, pages) "
                                "VALUES (?, ?, ?, ?, ?)");
    const auto drugCount = [&terms](const QString &key) {
        return terms.contains(key) ? qsizetype(terms.value(key).drugs.size()) : 0;
    };
    for (auto it = members.begin(); it != members.end(); ++it) {
        QStringList &keys = it.value();
        // The most listed form is the term; the others its variants.
        std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            return drugCount(a) != drugCount(b) ? drugCount(a) > drugCount(b) : a < b;
        });
        const QString &term = keys.first();
        for (const QString &variant : std::as_const(keys)) {
            if (variant == term)
                continue;
            foldedInto.insert(variant, term);
            // The evidence that joins the variant to its group: a pair with
            // one of the other members.
            for (const QString &other : std::as_const(keys)) {
                const auto found = evidence.constFind(pairKey(variant, other));
                if (other == variant || found == evidence.constEnd())
                    continue;
                synonym.bind(1, variant)
                    .bind(2, term)
                    .bind(3, other)
                    .bind(4, found->kind)
                    .bind(5, qint64(found->pages))
                    .execute();
                break;
            }
        }
    }

    // Each term once, with its variants' drugs counted once each, and the
    // name its own items write most.
    QHash<QString, TermDrugs> folded;
    for (auto it = terms.begin(); it != terms.end(); ++it) {
        const QString root = foldedInto.value(it.key(), it.key());
        TermDrugs &into = folded[root];
        into.merge(it.value());
        if (root == it.key())
            into.names = it->names;
    }
    SqliteStatement insert(db, "INSERT INTO side_effect_term(key, name, drugs, common, less_common, rare, serious) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (auto it = folded.cbegin(); it != folded.cend(); ++it) {
        if (it->drugs.empty())
            continue; // a name of the table's that no page lists
        std::array<qint64, 4> counts{};
        for (const quint8 classes : it->classes) {
            for (size_t bit = 0; bit < counts.size(); ++bit)
                counts[bit] += (classes >> bit) & 1;
        }
        insert.bind(1, it.key())
            .bind(2, it->mostWrittenName(it.key()))
            .bind(3, qint64(it->drugs.size()))
            .bind(4, counts[0])
            .bind(5, counts[1])
            .bind(6, counts[2])
            .bind(7, counts[3])
            .execute();
    }
}

} // namespace formulary::sideeffecttable
