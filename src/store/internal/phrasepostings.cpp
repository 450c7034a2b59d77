#include "store/internal/phrasepostings.h"

#include "store/contentdatabase.h"
#include "store/fulltextindex.h"
#include "store/fulltextquery.h"
#include "store/internal/connectionaccess.h"
#include "store/internal/sqlitestatement.h"
#include "store/termpostings.h"

#include <set>
#include <utility>
#include <vector>

namespace formulary::phrasepostings {

void rebuild(const ContentDatabase &database)
{
    sqlite3 *db = connectionOf(database);
    // Every name of a family of side effects: the term and the variants
    // folded into it. A name alone in its family is never another's name,
    // but its pairs of words are counted all the same, as every name's,
    // singular key and name as the pages write it.
    QStringList otherNames, names;
    {
        SqliteStatement rows(db, "SELECT term FROM side_effect_synonym UNION SELECT variant FROM side_effect_synonym");
        while (rows.step())
            otherNames.append(rows.columnText(0));
        SqliteStatement terms(db, "SELECT key FROM side_effect_term WHERE instr(key, ' ') > 0"
                                  " UNION SELECT name FROM side_effect_term WHERE instr(name, ' ') > 0");
        while (terms.step())
            names.append(terms.columnText(0));
    }
    // FTS5 finds the phrase and reports its instances: the same counts its
    // walk of a query with the phrase would score.
    TermPostings::Posting posting;
    FullTextQuery query(database, [&posting](const FullTextQuery::Row &row) {
        posting.counts.fill(0);
        const int instances = row.instanceCount();
        for (int i = 0; i < instances; ++i) {
            FullTextQuery::Instance instance;
            if (row.instance(i, &instance) && instance.column >= 0 && instance.column < fulltextindex::ColumnCount)
                ++posting.counts[size_t(instance.column)];
        }
        return qint64(0);
    });
    // The phrases, each once, in order: other names whole, every name's
    // pairs of words.
    std::set<QByteArray> phrases;
    const auto addPhrases = [&](const QStringList &list, bool whole) {
        for (const QString &name : list) {
            const QList<QByteArray> words = query.wordsOf(name.toUtf8());
            if (whole && words.size() >= 2)
                phrases.insert(words.join(' '));
            for (qsizetype i = 0; i + 1 < words.size(); ++i)
                phrases.insert(words.at(i) + ' ' + words.at(i + 1));
        }
    };
    addPhrases(otherNames, true);
    addPhrases(names, false);
    std::vector<std::pair<QByteArray, QByteArray>> lists;
    for (const QByteArray &phrase : phrases) {
        TermPostings::Writer writer;
        QByteArray match = phrase;
        match.replace('"', "\"\"");
        query.run('"' + match + '"', [&](qint64 drugId, qint64 /*score*/) {
            posting.drugId = drugId;
            writer.add(posting);
            return true;
        });
        // Stored even when empty: a phrase without a row is one not counted.
        lists.emplace_back(phrase, writer.bytes());
    }
    immediateTransaction(db, [&] {
        sqliteExecute(db, "DELETE FROM term_posting WHERE instr(term, ' ') > 0");
        SqliteStatement insert(db, "INSERT OR REPLACE INTO term_posting(term, drugs) VALUES (?, ?)");
        for (const auto &[phrase, postings] : lists)
            insert.bind(1, phrase).bindBlob(2, postings).execute();
        SqliteStatement version(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('phrase_posting_version', ?)");
        version.bind(1, QString::number(Version)).execute();
    });
}

} // namespace formulary::phrasepostings
