#include "store/internal/sideeffecttable.h"

#include "parse/synonymtable.h"
#include "store/internal/sqlitestatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
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

    // Pairs the pages state, each counted once per drug.
    QHash<QString, Evidence> evidence;
    Groups groups;
    const QSet<QString> removed = [&table] {
        QSet<QString> pairs;
        for (const auto &[a, b] : table.removed)
            pairs.insert(pairKey(a, b));
        return pairs;
    }();
    {
        SqliteStatement pairs(db, "SELECT min(term_key, synonym_key), max(term_key, synonym_key), "
                                  "count(DISTINCT drug_id) FROM side_effect "
                                  "WHERE synonym_key != '' AND term_key != '' AND is_note = 0 GROUP BY 1, 2");
        while (pairs.step()) {
            const QString a = pairs.columnText(0), b = pairs.columnText(1);
            const int pages = int(pairs.columnInt64(2));
            if (pages < MinimumPages || removed.contains(pairKey(a, b)))
                continue;
            groups.join(a, b);
            evidence.insert(pairKey(a, b), {QString(), QStringLiteral("pages"), pages});
        }
    }
    for (const auto &[a, b] : table.added) {
        if (removed.contains(pairKey(a, b)))
            continue;
        groups.join(a, b);
        evidence.insert(pairKey(a, b), {QString(), QStringLiteral("table"), 0});
    }

    // How many drugs list each term, to choose each group's preferred term.
    QHash<QString, qint64> drugs;
    {
        SqliteStatement counts(db, "SELECT term_key, count(DISTINCT drug_id) FROM side_effect "
                                   "WHERE is_note = 0 AND term_key != '' GROUP BY term_key");
        while (counts.step())
            drugs.insert(counts.columnText(0), counts.columnInt64(1));
    }
    QHash<QString, QStringList> members;
    for (const QString &key : groups.keys())
        members[groups.find(key)].append(key);

    sqliteExecute(db, "CREATE TEMP TABLE IF NOT EXISTS fold(variant TEXT PRIMARY KEY, term TEXT NOT NULL) "
                      "WITHOUT ROWID; DELETE FROM temp.fold");
    SqliteStatement fold(db, "INSERT INTO temp.fold(variant, term) VALUES (?, ?)");
    SqliteStatement synonym(db, "INSERT INTO side_effect_synonym(variant, term, via, evidence, pages) "
                                "VALUES (?, ?, ?, ?, ?)");
    for (auto it = members.begin(); it != members.end(); ++it) {
        QStringList &keys = it.value();
        // The most listed form is the term; the others its variants.
        std::sort(keys.begin(), keys.end(), [&drugs](const QString &a, const QString &b) {
            return drugs.value(a) != drugs.value(b) ? drugs.value(a) > drugs.value(b) : a < b;
        });
        const QString &term = keys.first();
        for (const QString &variant : std::as_const(keys)) {
            if (variant == term)
                continue;
            fold.bind(1, variant).bind(2, term).execute();
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

    // Each term once, with its variants' drugs, and the name most written.
    sqliteExecute(db, R"sql(
    INSERT INTO side_effect_term(key, name, drugs, common, less_common, rare, serious)
    SELECT coalesce(f.term, e.term_key) AS k, '',
           count(DISTINCT e.drug_id),
           count(DISTINCT CASE WHEN e.frequency = 'common' THEN e.drug_id END),
           count(DISTINCT CASE WHEN e.frequency = 'less-common' THEN e.drug_id END),
           count(DISTINCT CASE WHEN e.frequency = 'rare' THEN e.drug_id END),
           count(DISTINCT CASE WHEN e.frequency = 'serious' THEN e.drug_id END)
    FROM side_effect e LEFT JOIN temp.fold f ON f.variant = e.term_key
    WHERE e.is_note = 0 AND e.term_key != ''
    GROUP BY k;
    UPDATE side_effect_term SET name = (
        SELECT e.term_name FROM side_effect e
        WHERE e.term_key = side_effect_term.key AND e.is_note = 0 AND e.term_name != ''
        GROUP BY e.term_name ORDER BY count(*) DESC, e.term_name LIMIT 1);
    UPDATE side_effect_term SET name = key WHERE name IS NULL OR name = '';
    DROP TABLE temp.fold;
    )sql");
}

} // namespace formulary::sideeffecttable
