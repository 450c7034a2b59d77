#include "search/searchfulltext.h"

#include "store/searchvocabulary.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace formulary {
namespace {

using fulltextindex::Column;
using fulltextindex::ColumnCount;

// A word being typed stands for its most common completions.
constexpr int kMaxCompletions = 6;
constexpr int kMinCompletedLength = 3;
// Words of a query the ranking function tells apart.
constexpr int kMaxWords = 16;
constexpr int kMaxPhrases = kMaxWords + kMaxCompletions;
// The word as typed counts fully; a longer word it begins, a little less.
constexpr float kCompletionWeight = 0.7f;
constexpr double kSaturation = 1.2; // bm25's k1: the tenth mention adds little

// Where a word is found says how much the drug is about it.
constexpr double kColumnWeights[ColumnCount] = {
    4.0, // title
    3.0, // generic name
    2.0, // usage
    1.0, // dosage
    2.0, // side effects
    1.5, // how it works
    1.0, // precautions
    1.2, // FAQs
    0.3, // other: introduction, disclaimer and unknown sections
};

struct PhraseInfo
{
    float weight;
    float idf;
    qint32 word;
};

double idf(int documents, int drugs)
{
    return std::log(1.0 + (drugs - documents + 0.5) / (documents + 0.5));
}

// formulary_rank(drug_fts, phrases): the drug's score with the column that
// holds most of the query, packed into one integer (score in thousandths
// above four bits of column) so that one call per row gives both.
void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1) {
        sqlite3_result_error(context, "formulary_rank: expected one argument", -1);
        return;
    }
    const int bytes = sqlite3_value_bytes(argv[0]);
    const auto *blob = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const int phrases = api->xPhraseCount(fts);
    if (phrases <= 0 || phrases > kMaxPhrases || bytes != phrases * int(sizeof(PhraseInfo)) || !blob) {
        sqlite3_result_error(context, "formulary_rank: phrase weights do not fit the query", -1);
        return;
    }
    PhraseInfo info[kMaxPhrases];
    std::memcpy(info, blob, size_t(bytes));

    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(context, "formulary_rank: cannot read matches", -1);
        return;
    }
    double frequency[kMaxWords][ColumnCount] = {};
    float wordIdf[kMaxWords] = {};
    int adjacent[ColumnCount] = {};
    int lastColumn = -1, lastOffset = -2, lastWord = -2;
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK)
            break;
        if (phrase < 0 || phrase >= phrases || column < 0 || column >= ColumnCount)
            continue;
        const PhraseInfo &p = info[phrase];
        const int word = std::clamp(int(p.word), 0, kMaxWords - 1);
        frequency[word][column] += p.weight;
        wordIdf[word] = std::max(wordIdf[word], p.idf);
        // Instances come in text order: the query's words side by side,
        // as in "dry mouth", are worth more than the same words apart.
        if (column == lastColumn && offset == lastOffset + 1 && word == lastWord + 1)
            ++adjacent[column];
        lastColumn = column;
        lastOffset = offset;
        lastWord = word;
    }

    double total = 0;
    int bestColumn = 0, bestCovered = -1;
    double bestScore = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        double score = 0;
        int covered = 0;
        for (int word = 0; word < kMaxWords; ++word) {
            const double f = frequency[word][column];
            if (f <= 0)
                continue;
            ++covered;
            score += wordIdf[word] * kColumnWeights[column] * f * (kSaturation + 1) / (f + kSaturation);
        }
        score += std::min(adjacent[column], 3) * 0.5 * kColumnWeights[column];
        total += score;
        if (covered > bestCovered || (covered == bestCovered && score > bestScore)) {
            bestCovered = covered;
            bestScore = score;
            bestColumn = column;
        }
    }
    sqlite3_result_int64(context, (sqlite3_int64(std::llround(total * 1000)) << 4) | bestColumn);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

sqlite3 *registerRankFunction(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->xCreateFunction(api, "formulary_rank", nullptr, rankFunction, nullptr) != SQLITE_OK)
        throwStorageError(db, SQLITE_ERROR, QStringLiteral("cannot register the search ranking function"));
    return db;
}

// Words reach FTS5 only as quoted strings. They hold letters and digits
// only, but a quote would be doubled all the same.
QByteArray quoted(const QString &word)
{
    QByteArray utf8 = word.toUtf8();
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

// Checked every few thousand virtual machine steps of a query.
int progressHandler(void *cancelled)
{
    return (*static_cast<const std::function<bool()> *>(cancelled))() ? 1 : 0;
}

} // namespace

SearchFullText::SearchFullText(sqlite3 *db, const SearchVocabulary &vocabulary)
    : m_db(db)
    , m_vocabulary(vocabulary)
    , m_query(registerRankFunction(db), "SELECT rowid, formulary_rank(drug_fts, ?2) FROM drug_fts WHERE drug_fts MATCH ?1")
{
}

SearchFullText::Plan SearchFullText::plan(const SearchQuery &query) const
{
    Plan plan;
    QStringList words = query.words.mid(0, kMaxWords);
    QString typing;
    if (query.lastWordIsPrefix && !words.isEmpty() && words.size() == query.words.size())
        typing = words.takeLast();
    const int drugs = std::max(m_vocabulary.drugCount(), 1);

    QList<QByteArray> parts;
    std::vector<PhraseInfo> phrases;
    for (const QString &word : std::as_const(words)) {
        const int documents = m_vocabulary.documents(word);
        if (documents == 0)
            return {}; // every word must be found
        parts.append(quoted(word));
        phrases.push_back({1.0f, float(idf(documents, drugs)), qint32(phrases.size())});
        plan.terms.words.append(word);
    }
    // A word being typed is completed from three letters on; before that
    // it says too little ("al": also, all, alcohol…), and is searched as
    // a whole word only if it is one.
    if (!typing.isEmpty()) {
        QList<QPair<QString, int>> completions;
        if (typing.size() >= kMinCompletedLength) {
            completions = m_vocabulary.completions(typing, kMaxCompletions);
            if (completions.isEmpty())
                return {};
            plan.terms.prefix = typing;
        } else if (const int documents = typing.size() > 1 ? m_vocabulary.documents(typing) : 0; documents > 0) {
            completions.append({typing, documents});
            plan.terms.words.append(typing);
        } else if (words.isEmpty()) {
            return {};
        }
        int documents = 0;
        for (const auto &completion : std::as_const(completions))
            documents = std::min(drugs, documents + completion.second);
        const float typingIdf = float(idf(documents, drugs));
        QList<QByteArray> alternatives;
        const qint32 word = qint32(words.size());
        for (const auto &[completion, count] : std::as_const(completions)) {
            alternatives.append(quoted(completion));
            phrases.push_back({completion == typing ? 1.0f : kCompletionWeight, typingIdf, word});
        }
        if (!alternatives.isEmpty())
            parts.append(alternatives.size() == 1 ? alternatives.constFirst() : '(' + alternatives.join(" OR ") + ')');
    }
    if (parts.isEmpty())
        return {};
    QByteArray match = parts.join(" AND ");
    if (query.section) {
        const Column column = fulltextindex::columnFor(*query.section);
        match = QByteArray("{") + fulltextindex::columnName(column) + "} : (" + match + ')';
    }
    plan.match = match;
    plan.phrases = QByteArray(reinterpret_cast<const char *>(phrases.data()), qsizetype(phrases.size() * sizeof(PhraseInfo)));
    return plan;
}

QList<SearchFullText::Hit> SearchFullText::run(const Plan &plan, int candidates, const std::function<bool(qint64)> &exclude,
                                               const std::function<bool()> &cancelled)
{
    QList<Hit> hits;
    if (plan.match.isEmpty())
        return hits;
    struct ProgressGuard
    {
        sqlite3 *db;
        ~ProgressGuard() { sqlite3_progress_handler(db, 0, nullptr, nullptr); }
    } guard{m_db};
    if (cancelled)
        sqlite3_progress_handler(m_db, 4000, progressHandler, const_cast<std::function<bool()> *>(&cancelled));

    struct QueryReset
    {
        SqliteStatement &statement;
        ~QueryReset() { statement.reset(); }
    } reset{m_query};
    m_query.bind(1, plan.match).bindBlob(2, plan.phrases);
    // The bound keeps a query on a word found in most drugs from scoring
    // all of them. Candidates come in rowid order, and drug ids follow the
    // files' paths at import: past the bound, the drugs ranked are the
    // first in name order. The bound holds every match of any query on a
    // corpus the size of the shipped one.
    while (hits.size() < candidates && m_query.step()) {
        const qint64 drugId = m_query.columnInt64(0);
        if (exclude && exclude(drugId))
            continue;
        const qint64 packed = m_query.columnInt64(1);
        hits.append({drugId, double(packed >> 4) / 1000.0, Column(std::clamp<int>(int(packed & 0xf), 0, ColumnCount - 1))});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
    return hits;
}

} // namespace formulary
