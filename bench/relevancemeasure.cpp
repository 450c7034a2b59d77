#include "relevancemeasure.h"

#include "parse/sectionkind.h"
#include "search/searchengine.h"
#include "search/snippet.h"
#include "store/contentdatabase.h"
#include "store/searchvocabulary.h"

#include <QHash>

#include <limits>
#include <memory>
#include <sqlite3.h>
#include <utility>

namespace formulary {
namespace {

constexpr int kRanked = 10;        // MRR@10
constexpr int kPhraseWords = 4;    // a distinctive phrase
constexpr int kFrequentWords = 30; // checked against scoring every match
constexpr int kExactTop = 50;

struct Drug
{
    qint64 id = 0;
    QString title;
};

QString folded(const QString &title)
{
    return title.simplified().toCaseFolded();
}

// The plain FTS5 a search engine would start from: title and body, bm25.
class Baseline
{
public:
    explicit Baseline(QString *error)
    {
        if (sqlite3_open(":memory:", &m_db) != SQLITE_OK
            || sqlite3_exec(m_db,
                            "CREATE VIRTUAL TABLE page USING fts5(title, body, "
                            "tokenize='unicode61 remove_diacritics 2')",
                            nullptr, nullptr, nullptr)
                   != SQLITE_OK
            || sqlite3_prepare_v2(m_db, "INSERT INTO page(rowid, title, body) VALUES (?, ?, ?)", -1, &m_insert, nullptr)
                   != SQLITE_OK
            || sqlite3_prepare_v2(m_db, "SELECT rowid FROM page WHERE page MATCH ? ORDER BY bm25(page) LIMIT 10", -1,
                                  &m_query, nullptr)
                   != SQLITE_OK)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
    }
    ~Baseline()
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_query);
        sqlite3_close(m_db);
    }
    Baseline(const Baseline &) = delete;
    Baseline &operator=(const Baseline &) = delete;

    void add(qint64 id, const QString &title, const QString &body)
    {
        const QByteArray titleBytes = title.toUtf8(), bodyBytes = body.toUtf8();
        sqlite3_bind_int64(m_insert, 1, id);
        sqlite3_bind_text(m_insert, 2, titleBytes.constData(), int(titleBytes.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 3, bodyBytes.constData(), int(bodyBytes.size()), SQLITE_TRANSIENT);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
    }
    void finish() { sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr); }

    // The best ten for the words, all required, as quoted strings.
    QList<qint64> search(const QStringList &words)
    {
        QByteArray match;
        for (const QString &word : words)
            match += '"' + word.toUtf8().replace('"', "\"\"") + "\" ";
        QList<qint64> ids;
        sqlite3_bind_text(m_query, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(m_query) == SQLITE_ROW)
            ids.append(sqlite3_column_int64(m_query, 0));
        sqlite3_reset(m_query);
        return ids;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_query = nullptr;
};

// The rank (1…) of the first id whose drug has `title`, within the first ten; 0 if none.
int rankOf(const QList<qint64> &ids, const QString &title, const QHash<qint64, QString> &titles)
{
    for (int i = 0; i < ids.size() && i < kRanked; ++i) {
        if (titles.value(ids.at(i)) == title)
            return i + 1;
    }
    return 0;
}

void count(RelevanceFigures::Set &set, int rank, int baselineRank)
{
    ++set.queries;
    set.first += rank == 1 ? 1 : 0;
    set.topThree += rank >= 1 && rank <= 3 ? 1 : 0;
    set.reciprocal += rank > 0 ? 1.0 / rank : 0;
    set.baselineFirst += baselineRank == 1 ? 1 : 0;
    set.baselineTopThree += baselineRank >= 1 && baselineRank <= 3 ? 1 : 0;
    set.baselineReciprocal += baselineRank > 0 ? 1.0 / baselineRank : 0;
}

// The words of plain text, as a query reads them, a list per sentence (or
// heading, or list item): a phrase is read within one.
QList<QStringList> sentencesOf(const QString &text)
{
    QList<QStringList> sentences{{}};
    QString word;
    for (const QChar c : text + QLatin1Char('\n')) {
        if (c.isLetterOrNumber()) {
            word += c;
            continue;
        }
        if (!word.isEmpty())
            sentences.last().append(std::exchange(word, QString()));
        if (QStringLiteral(".:;!?\n").contains(c) && !sentences.last().isEmpty())
            sentences.append(QStringList());
    }
    return sentences;
}

// The run of kPhraseWords words of a sentence of `text` whose words are
// rarest in the index, as typed on the page; empty when there is none, or
// when even its rarest word is in more than 1% of the drugs: text that many
// pages share says nothing of which page is meant.
QString distinctivePhrase(const QString &text, const SearchVocabulary &vocabulary)
{
    const int distinctive = std::max(3, vocabulary.drugCount() / 100);
    qint64 best = std::numeric_limits<qint64>::max();
    QString phrase;
    for (const QStringList &words : sentencesOf(text)) {
        for (qsizetype i = 0; i + kPhraseWords <= words.size(); ++i) {
            const QStringList window = words.mid(i, kPhraseWords);
            const SearchQuery query = SearchQuery::parse(window.join(QLatin1Char(' ')) + QLatin1Char(' '));
            if (query.words.size() != kPhraseWords)
                continue; // a repeated word
            qint64 documents = 0;
            int rarest = std::numeric_limits<int>::max();
            for (const QString &word : query.words) {
                documents += vocabulary.documents(word);
                rarest = std::min(rarest, vocabulary.documents(word));
            }
            if (rarest <= distinctive && documents < best) {
                best = documents;
                phrase = query.text;
            }
        }
    }
    return phrase;
}

QStringList commonestWords(const QString &path)
{
    QStringList words;
    sqlite3 *db = nullptr;
    sqlite3_stmt *rows = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, "SELECT term FROM search_term WHERE length(term) > 2 ORDER BY docs DESC LIMIT ?", -1,
                              &rows, nullptr)
               == SQLITE_OK) {
        sqlite3_bind_int(rows, 1, kFrequentWords);
        while (sqlite3_step(rows) == SQLITE_ROW)
            words.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows, 0))));
    }
    sqlite3_finalize(rows);
    sqlite3_close(db);
    return words;
}

} // namespace

RelevanceFigures measureRelevance(const ContentDatabase &database, int perSet)
{
    RelevanceFigures figures;
    QList<Drug> drugs;
    database.forEachName([&drugs](qint64 id, const QString &title, const QString &) { drugs.append({id, title}); });
    std::sort(drugs.begin(), drugs.end(), [](const Drug &a, const Drug &b) { return a.id < b.id; });
    QHash<qint64, QString> titles;
    for (const Drug &drug : std::as_const(drugs))
        titles.insert(drug.id, folded(drug.title));

    Baseline baseline(&figures.error);
    if (!figures.error.isEmpty())
        return figures;
    QHash<qint64, QList<Section>> sections;
    for (const Drug &drug : std::as_const(drugs)) {
        const QList<Section> page = database.sections(drug.id);
        QString body;
        for (const Section &section : page)
            body += section.heading + QLatin1Char('\n') + Snippet::plainTextOf(section.markdown) + QLatin1Char('\n');
        baseline.add(drug.id, drug.title, body);
        sections.insert(drug.id, page);
    }
    baseline.finish();

    SearchEngine engine(database);
    const SearchVocabulary vocabulary = SearchVocabulary::load(database);
    const auto engineRanks = [&engine](const QString &text, SearchResult *first) {
        SearchEngine::Hits hits = engine.search(SearchQuery::parse(text), {}, kRanked);
        QList<qint64> ids;
        for (int i = 0; i < hits.hits.size() && i < kRanked; ++i)
            ids.append(hits.hits.at(i).drugId);
        if (first && !hits.hits.isEmpty())
            *first = engine.results(hits, 0, 1).value(0);
        return ids;
    };

    // A drug of one ingredient and a topic.
    const struct
    {
        const char *topic;
        SectionKind kind;
    } topics[] = {{"dose", SectionKind::Dosage},
                  {"side effects", SectionKind::SideEffects},
                  {"how it works", SectionKind::HowItWorks},
                  {"uses", SectionKind::Usage}};
    for (const auto &topic : topics) {
        RelevanceFigures::Set set;
        set.name = QStringLiteral("NAME %1").arg(QLatin1String(topic.topic));
        QList<Drug> asked;
        for (const Drug &drug : std::as_const(drugs)) {
            const QList<Section> &page = sections[drug.id];
            if (!drug.title.contains(QLatin1Char('+'))
                && std::any_of(page.cbegin(), page.cend(),
                               [&topic](const Section &section) { return section.kind == topic.kind; }))
                asked.append(drug);
        }
        const qsizetype step = std::max<qsizetype>(1, asked.size() / std::max(perSet, 1));
        for (qsizetype i = 0; i < asked.size() && set.queries < perSet; i += step) {
            const Drug &drug = asked.at(i);
            const QString text = drug.title + QLatin1Char(' ') + QLatin1String(topic.topic) + QLatin1Char(' ');
            SearchResult first;
            const int rank = rankOf(engineRanks(text, &first), folded(drug.title), titles);
            const int baselineRank = rankOf(baseline.search(SearchQuery::parse(text).words), folded(drug.title),
                                            titles);
            count(set, rank, baselineRank);
            set.onSection += rank == 1 && first.sectionKind == topic.kind ? 1 : 0;
        }
        figures.sets.append(set);
    }

    // A distinctive phrase of a section: its page in the top three.
    {
        RelevanceFigures::Set set;
        set.name = QStringLiteral("distinctive phrase");
        const qsizetype step = std::max<qsizetype>(1, drugs.size() / std::max(perSet, 1));
        for (qsizetype i = 0; i < drugs.size() && set.queries < perSet; i += step) {
            const Drug &drug = drugs.at(i);
            const QList<Section> &page = sections[drug.id];
            if (page.isEmpty())
                continue;
            // Sections in turn, so that every kind is asked for.
            const Section &section = page.at(i % page.size());
            const QString phrase = distinctivePhrase(Snippet::plainTextOf(section.markdown), vocabulary);
            if (phrase.isEmpty())
                continue;
            const int rank = rankOf(engineRanks(phrase, nullptr), folded(drug.title), titles);
            const int baselineRank = rankOf(baseline.search(SearchQuery::parse(phrase).words), folded(drug.title),
                                            titles);
            count(set, rank, baselineRank);
        }
        figures.sets.append(set);
    }

    // The commonest words: the best 50 are the best of all matches.
    SearchEngine scoringAll(database);
    scoringAll.setUsePostings(false);
    for (const QString &word : commonestWords(database.path())) {
        const SearchQuery query = SearchQuery::parse(word + QLatin1Char(' '));
        const SearchEngine::Hits best = engine.search(query, {}, kExactTop);
        const SearchEngine::Hits all = scoringAll.search(query, {}, 0);
        bool same = best.total == all.total && all.hits.size() == all.total;
        for (int i = 0; same && i < kExactTop && i < all.hits.size(); ++i)
            same = i < best.hits.size() && best.hits.at(i).drugId == all.hits.at(i).drugId;
        ++figures.frequentWords;
        figures.frequentWordsExact += same ? 1 : 0;
    }
    return figures;
}

QString describe(const RelevanceFigures &figures)
{
    QString text;
    for (const RelevanceFigures::Set &set : figures.sets) {
        text += QStringLiteral("%1 (%2 queries): success@1 %3% (baseline %4%), success@3 %5% (baseline %6%), "
                               "MRR@10 %7 (baseline %8)")
                    .arg(set.name, -22)
                    .arg(set.queries)
                    .arg(100 * set.successAt1(), 0, 'f', 1)
                    .arg(100 * set.baselineSuccessAt1(), 0, 'f', 1)
                    .arg(100 * set.successAt3(), 0, 'f', 1)
                    .arg(100 * set.baselineSuccessAt3(), 0, 'f', 1)
                    .arg(set.mrr(), 0, 'f', 3)
                    .arg(set.baselineMrr(), 0, 'f', 3);
        if (set.onSection > 0)
            text += QStringLiteral(", opened on the section asked for %1%")
                        .arg(100.0 * set.onSection / std::max(set.queries, 1), 0, 'f', 1);
        text += QLatin1Char('\n');
    }
    text += QStringLiteral("commonest words: top %1 and total equal to walking every match in FTS5 for %2 of %3\n")
                .arg(kExactTop)
                .arg(figures.frequentWordsExact)
                .arg(figures.frequentWords);
    return text;
}

} // namespace formulary
