#include "search/searchfulltext.h"

#include "parse/sideeffectterm.h"
#include "search/wordvariants.h"
#include "store/contentdatabase.h"
#include "store/searchvocabulary.h"
#include "store/storageerror.h"

#include <QSet>
#include <QtAlgorithms>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace formulary {
namespace {

using fulltextindex::Column;
using fulltextindex::ColumnCount;
using ranking::MaxCompletions;
using ranking::MaxOtherNames;
using ranking::MaxVariants;
using ranking::MaxWords;

constexpr int kMinCompletedLength = 3;
// A score reaches the walk as a whole number of these; the highest, tiers
// and all, stays far inside 64 bits.
constexpr double kScoreUnits = 1e6;
// Reading one match's positions from its text costs as much as FTS5's walk
// over about this many drugs of the words' lists (55 µs and 0.5 µs at
// 100,000 generated pages). The walk reads the lists whole, even when a
// section filter keeps few of their drugs.
constexpr int kWalkedPerRead = 128;
// Reads that end in the walk are paid twice: only half as many are tried.
constexpr int kListedPerRead = 2 * kWalkedPerRead;
// Lists of fewer bytes than this in all (about 10,000 drugs) are merged by
// one thread: a second one costs more to start than it would save.
constexpr qsizetype kMergedAlone = 32 * 1024;

// The forms of `word` the text holds, with their documents: the word as
// typed first, then other forms (see wordvariants.h), at most MaxVariants.
QList<QPair<QString, int>> formsInText(const SearchVocabulary &vocabulary, const QString &word)
{
    QList<QPair<QString, int>> forms;
    if (const int documents = vocabulary.documents(word); documents > 0)
        forms.append({word, documents});
    for (const QString &variant : wordVariants(word)) {
        if (forms.size() > MaxVariants)
            break;
        if (const int documents = vocabulary.documents(variant); documents > 0)
            forms.append({variant, documents});
    }
    return forms;
}

// A score in millionths above four bits of column: one value per row, the
// same however it was scored.
qint64 packedScore(const ranking::Score &score)
{
    return (qint64(std::llround(score.value * kScoreUnits)) << 4) | score.column;
}

// A ceiling (Tally::ceiling()) as a packed score, rounded up: a bound
// must not fall below the score it bounds where the sums round apart.
qint64 packedCeiling(double ceiling)
{
    return (qint64(std::ceil(ceiling * kScoreUnits)) + 1) << 4;
}

SearchFullText::Hit hitOf(qint64 drugId, qint64 packed)
{
    return {drugId, double(packed >> 4) / kScoreUnits, Column(std::clamp<int>(int(packed & 0xf), 0, ColumnCount - 1))};
}

// A drug with its packed score.
struct Ranked
{
    qint64 drugId = 0;
    qint64 packed = 0;
};

// Best first; ties in drug order. Every way of ranking orders by this. The
// whole numbers of units, far below 2^53, order as the doubles made of
// them would, without a division for each comparison.
struct Better
{
    bool operator()(const Ranked &a, const Ranked &b) const
    {
        const qint64 x = a.packed >> 4, y = b.packed >> 4;
        return x > y || (x == y && a.drugId < b.drugId);
    }
};

// The best `wanted` of `ranked` (every one when `wanted` <= 0), best first.
QList<SearchFullText::Hit> bestOf(std::vector<Ranked> &ranked, int wanted)
{
    if (wanted > 0 && size_t(wanted) < ranked.size()) {
        std::partial_sort(ranked.begin(), ranked.begin() + wanted, ranked.end(), Better());
        ranked.resize(size_t(wanted));
    } else {
        std::sort(ranked.begin(), ranked.end(), Better());
    }
    QList<SearchFullText::Hit> hits;
    hits.reserve(qsizetype(ranked.size()));
    for (const Ranked &one : ranked)
        hits.append(hitOf(one.drugId, one.packed));
    return hits;
}

// Keeps `floor` among the best `wanted` floors of `leastOfBest`, a heap with
// the last of them on top.
void keepFloor(std::vector<Ranked> &leastOfBest, const Ranked &floor, int wanted)
{
    if (qsizetype(leastOfBest.size()) < wanted) {
        leastOfBest.push_back(floor);
        std::push_heap(leastOfBest.begin(), leastOfBest.end(), Better());
    } else if (Better()(floor, leastOfBest.front())) {
        std::pop_heap(leastOfBest.begin(), leastOfBest.end(), Better());
        leastOfBest.back() = floor;
        std::push_heap(leastOfBest.begin(), leastOfBest.end(), Better());
    }
}

// Words reach FTS5 only as quoted strings. They hold letters and digits
// only, but a quote would be doubled all the same.
QByteArray quoted(const QString &word)
{
    QByteArray utf8 = word.toUtf8();
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

} // namespace

SearchFullText::SearchFullText(const ContentDatabase &database, const SearchVocabulary &vocabulary)
    : m_database(database)
    , m_vocabulary(vocabulary)
    , m_query(database, [this](const FullTextQuery::Row &row) { return scoreRow(row); })
{ }

qint64 SearchFullText::scoreRow(const FullTextQuery::Row &row) const
{
    return packedScore(ranking::score(row, m_scoring));
}

SearchFullText::Plan SearchFullText::plan(const SearchQuery &query) const
{
    Plan plan;
    QList<SearchQuery::Part> queryParts = query.parts.mid(0, MaxWords);
    std::optional<SearchQuery::Part> typing;
    if (query.lastWordIsPrefix && !queryParts.isEmpty() && queryParts.size() == query.parts.size())
        typing = queryParts.takeLast();
    const int drugs = std::max(m_vocabulary.drugCount(), 1);

    QList<QByteArray> parts;
    std::vector<ranking::Phrase> &phrases = plan.phrases;
    // A quoted part is one FTS5 phrase for each way it reads (the word
    // being typed completed), scored as one word of the query: found as
    // typed, and no more often than each reading's rarest word. False when
    // no reading can match.
    const auto addQuoted = [&](const QList<QPair<QStringList, float>> &readings, qint32 index) {
        QList<QPair<QString, int>> forms;
        QList<QPair<QStringList, float>> found;
        for (const auto &reading : readings) {
            QPair<QString, int> rarest{QString(), std::numeric_limits<int>::max()};
            for (const QString &word : reading.first) {
                if (const int documents = m_vocabulary.documents(word); documents < rarest.second)
                    rarest = {word, documents};
            }
            if (rarest.second <= 0)
                continue;
            found.append(reading);
            if (!forms.contains(rarest))
                forms.append(rarest);
        }
        if (found.isEmpty())
            return false;
        int documents = 0;
        for (const auto &form : std::as_const(forms))
            documents = std::min(drugs, documents + form.second);
        const float phraseIdf = float(ranking::idf(documents, drugs));
        QList<QByteArray> alternatives;
        for (const auto &[words, weight] : std::as_const(found)) {
            alternatives.append(quoted(words.join(QLatin1Char(' '))));
            phrases.push_back({weight, phraseIdf, index, false, qint32(words.size())});
            plan.phraseWords.append(words);
            if (words.size() == 1)
                plan.terms.words.append(words.constFirst());
            else
                plan.terms.phrases.append(words);
        }
        plan.forms.append(forms);
        parts.append(alternatives.size() == 1 ? alternatives.constFirst() : '(' + alternatives.join(" OR ") + ')');
        return true;
    };
    for (qint32 index = 0; index < qint32(queryParts.size()); ++index) {
        const SearchQuery::Part &part = queryParts.at(index);
        if (part.quoted) {
            if (!addQuoted({{part.words, 1.0f}}, index))
                return {};
            continue;
        }
        const QString &word = part.words.constFirst();
        const QList<QPair<QString, int>> forms = formsInText(m_vocabulary, word);
        if (forms.isEmpty())
            return {}; // every word must be found, in some form
        int documents = 0;
        QList<QByteArray> alternatives;
        for (const auto &[form, count] : std::as_const(forms)) {
            documents = std::min(drugs, documents + count);
            alternatives.append(quoted(form));
            plan.terms.words.append(form);
        }
        const float wordIdf = float(ranking::idf(documents, drugs));
        for (const auto &form : std::as_const(forms)) {
            phrases.push_back({form.first == word ? 1.0f : ranking::VariantWeight, wordIdf, index});
            plan.phraseWords.append({form.first});
        }
        plan.forms.append(forms);
        parts.append(alternatives.size() == 1 ? alternatives.constFirst() : '(' + alternatives.join(" OR ") + ')');
    }
    // A phrase being typed ends in a word being typed: completed as below,
    // and before that, the phrase so far.
    if (typing && typing->quoted) {
        QStringList head = typing->words;
        const QString last = head.takeLast();
        QList<QPair<QStringList, float>> readings;
        if (last.size() >= kMinCompletedLength) {
            const QList<QPair<QString, int>> completions = m_vocabulary.completions(last, MaxCompletions);
            for (const auto &completion : completions)
                readings.append({head + QStringList{completion.first},
                                 completion.first == last ? 1.0f : ranking::CompletionWeight});
            if (!std::any_of(completions.cbegin(), completions.cend(),
                             [&last](const QPair<QString, int> &completion) { return completion.first == last; }))
                readings.append({typing->words, 1.0f});
        } else if (last.size() > 1 && m_vocabulary.documents(last) > 0) {
            readings.append({typing->words, 1.0f});
        } else if (!head.isEmpty()) {
            readings.append({head, 1.0f});
        }
        if (!readings.isEmpty() && !addQuoted(readings, qint32(queryParts.size())))
            return {};
        typing.reset();
    }
    // A word being typed is completed from three letters on; before that
    // it says too little ("al": also, all, alcohol…), and is searched as
    // a whole word only if it is one.
    if (typing) {
        const QString &typingWord = typing->words.constFirst();
        QList<QPair<QString, int>> completions;
        QList<QPair<QString, int>> variants; // of the word as typed, when it is one
        if (typingWord.size() >= kMinCompletedLength) {
            completions = m_vocabulary.completions(typingWord, MaxCompletions);
            variants = formsInText(m_vocabulary, typingWord);
            variants.removeIf([&completions](const QPair<QString, int> &form) { return completions.contains(form); });
            if (completions.isEmpty() && variants.isEmpty())
                return {};
            plan.terms.prefix = typingWord;
        } else if (const int documents = typingWord.size() > 1 ? m_vocabulary.documents(typingWord) : 0;
                   documents > 0) {
            completions.append({typingWord, documents});
            plan.terms.words.append(typingWord);
        } else if (queryParts.isEmpty()) {
            return {};
        }
        int documents = 0;
        for (const auto &completion : std::as_const(completions) + std::as_const(variants))
            documents = std::min(drugs, documents + completion.second);
        const float typingIdf = float(ranking::idf(documents, drugs));
        QList<QByteArray> alternatives;
        const qint32 word = qint32(queryParts.size());
        for (const auto &[completion, count] : std::as_const(completions)) {
            alternatives.append(quoted(completion));
            phrases.push_back({completion == typingWord ? 1.0f : ranking::CompletionWeight, typingIdf, word});
            plan.phraseWords.append({completion});
        }
        for (const auto &[variant, count] : std::as_const(variants)) {
            alternatives.append(quoted(variant));
            phrases.push_back({ranking::VariantWeight, typingIdf, word});
            plan.phraseWords.append({variant});
            plan.terms.words.append(variant);
        }
        if (!alternatives.isEmpty()) {
            parts.append(alternatives.size() == 1 ? alternatives.constFirst() : '(' + alternatives.join(" OR ") + ')');
            plan.forms.append(completions + variants);
        }
    }
    if (parts.isEmpty())
        return {};
    QByteArray match = parts.join(" AND ");
    // "side:hair loss" and "hair loss" also find the pages that write
    // alopecia: the other names of the side effect the words name, as the
    // side-effect index folded them, each as a phrase.
    const QStringList family = !query.section || query.section == SectionKind::SideEffects
                                   ? m_database.sideEffectTermFamily(
                                       sideEffectTermKey(query.words.join(QLatin1Char(' '))))
                                   : QStringList();
    plan.sideEffect = !query.section && !family.isEmpty();
    plan.sideEffectTerm = family.value(0);
    // Quoted words ask for the text as typed, not for what it means.
    const bool quotes = std::any_of(query.parts.cbegin(), query.parts.cend(),
                                    [](const SearchQuery::Part &part) { return part.quoted; });
    if (!family.isEmpty() && !quotes) {
        QList<QByteArray> alternatives;
        for (const QString &name : family) {
            const QStringList nameWords = SearchQuery::parse(name).words;
            if (nameWords.isEmpty() || nameWords == query.words || nameWords.size() > MaxWords
                || alternatives.size() >= MaxOtherNames)
                continue;
            QPair<QString, int> rarest{QString(), drugs};
            for (const QString &word : nameWords) {
                if (const int documents = m_vocabulary.documents(word); documents < rarest.second)
                    rarest = {word, documents};
            }
            if (rarest.second == 0)
                continue;
            alternatives.append(quoted(nameWords.join(QLatin1Char(' '))));
            phrases.push_back({1.0f, float(ranking::idf(rarest.second, drugs)), 0, true, qint32(nameWords.size())});
            plan.phraseWords.append(nameWords);
            // The phrase is found no more often than its rarest word.
            if (!rarest.first.isEmpty())
                plan.forms.first().append(rarest);
            plan.terms.words += nameWords;
        }
        if (!alternatives.isEmpty())
            match = '(' + match + ") OR " + alternatives.join(" OR ");
    }
    if (query.section) {
        const Column column = fulltextindex::columnFor(*query.section);
        plan.column = column;
        match = QByteArray("{") + fulltextindex::columnName(column) + "} : (" + match + ')';
    }
    plan.match = match;
    plan.words = int(plan.forms.size());
    return plan;
}

SearchFullText::Ranking SearchFullText::run(const Plan &plan, int wanted, const std::function<bool(qint64)> &exclude,
                                            const std::function<bool()> &cancelled)
{
    m_lastRunUsedPostings = false;
    if (plan.match.isEmpty())
        return {};
    m_scoring = {plan.phrases.data(), int(plan.phrases.size()), plan.words, plan.sideEffect};
    // Every match of several words in order needs each one's positions: the
    // walk gives them at once.
    const bool everyMatch = wanted <= 0 && plan.words > 1;
    if (m_usePostings && !everyMatch && rankableFromPostings(plan) && m_database.hasTermPostings()) {
        if (std::optional<Ranking> ranking = rankFromPostings(plan, wanted, exclude, cancelled)) {
            m_lastRunUsedPostings = true;
            return *std::move(ranking);
        }
    }
    return walk(plan, exclude, cancelled);
}

bool SearchFullText::rankableFromPostings(const Plan &plan)
{
    if (qsizetype(plan.phrases.size()) != plan.phraseWords.size())
        return false;
    // One word needs no positions: a phrase standing for it (a side
    // effect's other name) is ranked from its own postings, where the
    // import stored them.
    if (plan.words == 1)
        return true;
    // Several words are read for positions word by word; and a side
    // effect's other names make them an OR, not an AND.
    const bool otherNames = std::any_of(plan.phrases.cbegin(), plan.phrases.cend(),
                                        [](const ranking::Phrase &phrase) { return phrase.otherName; });
    return !otherNames && std::all_of(plan.phraseWords.cbegin(), plan.phraseWords.cend(), [](const QStringList &words) {
        return words.size() == 1;
    });
}

// One phrase's postings, read in drug order; or a pair of words', whose
// counts are of the places where they stand side by side.
struct SearchFullText::Cursor
{
    TermPostings postings;
    TermPostings::Posting posting;
    const ranking::Phrase *phrase = nullptr; // none: a pair
    bool live = false;
};

// What the merge of a range of drugs found.
struct SearchFullText::Merged
{
    int steps = 0;                     // drugs of the lists
    int total = 0;                     // of them, matches
    std::vector<Ranked> ranked;        // of one word: every match that may be among the best
    std::vector<Candidate> candidates; // of several: those whose bound may pass
    // The best `wanted` floors (scores with no words side by side, or the
    // scores themselves where they are exact), the last of them on top.
    std::vector<Ranked> leastOfBest;
};

SearchFullText::Merged SearchFullText::merge(std::vector<Cursor> cursors, const MergeRange &range,
                                             const std::function<bool(qint64)> &exclude,
                                             const std::function<bool()> &cancelled) const
{
    for (Cursor &cursor : cursors) {
        cursor.live = cursor.postings.next(&cursor.posting);
        while (cursor.live && cursor.posting.drugId < range.from)
            cursor.live = cursor.postings.next(&cursor.posting);
    }
    const ranking::Scoring &scoring = *range.scoring;
    const int wanted = range.wanted;
    // Several words earn a bonus where they stand side by side, which
    // counts cannot tell. Each match is bounded by the most the counts
    // allow; the best bounds are later scored from their positions, until
    // no bound left can pass the last of the best (a threshold algorithm).
    const bool sideBySide = scoring.words > 1;
    Merged merged;
    ranking::Tally tally(scoring);
    std::vector<quint32> columnsAt(cursors.size()); // per cursor, its columns at this drug
    for (;; ++merged.steps) {
        qint64 drugId = std::numeric_limits<qint64>::max();
        for (const Cursor &cursor : cursors) {
            if (cursor.live)
                drugId = std::min(drugId, cursor.posting.drugId);
        }
        if (drugId >= range.to)
            break;
        if (merged.steps % 4096 == 4095 && cancelled && cancelled())
            throw StorageError(m_database.path(), QStringLiteral("The search was cancelled."),
                               StorageError::Kind::Interrupted);
        tally.clear();
        for (size_t i = 0; i < cursors.size(); ++i) {
            Cursor &cursor = cursors[i];
            columnsAt[i] = 0;
            if (!cursor.live || cursor.posting.drugId != drugId)
                continue;
            columnsAt[i] = cursor.posting.columns & range.onlyColumns;
            for (quint32 columns = columnsAt[i]; columns != 0; columns &= columns - 1) {
                const int column = int(qCountTrailingZeroBits(columns));
                if (cursor.phrase)
                    tally.add(*cursor.phrase, column, cursor.posting.counts[size_t(column)]);
                else
                    tally.addSideBySide(column, cursor.posting.counts[size_t(column)]);
            }
            cursor.live = cursor.postings.next(&cursor.posting);
        }
        // Limited to one column, a drug matches only where that column has the words.
        if (tally.isEmpty() || !tally.hasEveryWord() || (exclude && exclude(drugId)))
            continue;
        ++merged.total;
        // `wanted` drugs whose scores are at least their least already
        // pass every bound below the last of them: those need no reading,
        // nor scoring. Most matches of common words fall below the cheap
        // ceiling.
        std::vector<Ranked> &leastOfBest = merged.leastOfBest;
        const bool full = wanted > 0 && qsizetype(leastOfBest.size()) == wanted;
        if (full && !Better()(Ranked{drugId, packedCeiling(tally.ceiling())}, leastOfBest.front()))
            continue;
        if (!sideBySide) {
            const Ranked scored{drugId, packedScore(tally.score())};
            if (full && !Better()(scored, leastOfBest.front()))
                continue;
            if (wanted > 0)
                keepFloor(leastOfBest, scored, wanted);
            merged.ranked.push_back(scored);
            continue;
        }
        // Where the pairs side by side were counted, the score is exact;
        // but for a pair not counted whose words share a column, and where
        // none were, the counts bound it. Where no two words share a
        // column, none stand side by side: the bound is the score.
        const auto uncounted = [&columnsAt](const std::pair<int, int> &pair) {
            return (columnsAt[size_t(pair.first)] & columnsAt[size_t(pair.second)]) != 0;
        };
        const bool counted = range.sideBySideCounted
                             && std::none_of(range.uncountedPairs->cbegin(), range.uncountedPairs->cend(), uncounted);
        const bool maybeSideBySide = !counted && tally.assumeMostAdjacent();
        Ranked bound{drugId, 0}, least{drugId, 0};
        if (maybeSideBySide) {
            const ranking::Tally::Bounds bounds = tally.bounds();
            bound.packed = packedScore(bounds.most);
            least.packed = packedScore(bounds.apart);
        } else {
            bound.packed = least.packed = packedScore(tally.score()); // exact: its own floor
        }
        if (full && !Better()(bound, leastOfBest.front()))
            continue;
        merged.candidates.push_back({drugId, bound.packed, maybeSideBySide ? -1 : bound.packed, tally.columns()});
        keepFloor(leastOfBest, least, wanted);
    }
    return merged;
}

std::optional<SearchFullText::Ranking> SearchFullText::rankFromPostings(const Plan &plan, int wanted,
                                                                        const std::function<bool(qint64)> &exclude,
                                                                        const std::function<bool()> &cancelled)
{
    // Each phrase's postings, merged in drug order: a drug with every word,
    // in one of its forms, matches, and its counts are its score.
    std::vector<Cursor> cursors;
    cursors.reserve(plan.phrases.size());
    qsizetype listed = 0;
    for (size_t i = 0; i < plan.phrases.size(); ++i) {
        Cursor &cursor = cursors.emplace_back();
        const QStringList &words = plan.phraseWords.at(qsizetype(i));
        if (words.size() == 1) {
            cursor.postings = m_database.termPostings(words.constFirst());
        } else if (std::optional<TermPostings> postings = m_database.phrasePostings(words)) {
            cursor.postings = *std::move(postings);
        } else {
            return std::nullopt; // a phrase the import did not count
        }
        cursor.phrase = &plan.phrases[i];
        listed += cursor.postings.storedSize();
    }
    MergeRange range{&m_scoring, wanted, plan.column ? 1u << *plan.column : ~0u, 0, std::numeric_limits<qint64>::max()};
    // Words side by side score more, which their counts cannot tell. The
    // import counted the pairs of words of side effects' names as phrases
    // ("loss of", "of appetite"): for each such pair of forms of
    // neighbouring query words, a cursor counts the places they stand side
    // by side. Only where no form is another word's too: a word found at
    // one place counts once.
    std::vector<std::pair<int, int>> uncountedPairs;
    const QStringList allForms = [&plan] {
        QStringList all;
        for (const QStringList &words : plan.phraseWords)
            all += words;
        return all;
    }();
    if (plan.words > 1 && QSet<QString>(allForms.cbegin(), allForms.cend()).size() == allForms.size()) {
        const size_t phrases = plan.phrases.size();
        for (size_t a = 0; a < phrases; ++a) {
            for (size_t b = 0; b < phrases; ++b) {
                if (plan.phrases[b].word != plan.phrases[a].word + 1)
                    continue;
                std::optional<TermPostings> pair = m_database.phrasePostings(
                    {plan.phraseWords.at(qsizetype(a)).constFirst(), plan.phraseWords.at(qsizetype(b)).constFirst()});
                if (!pair) {
                    uncountedPairs.emplace_back(int(a), int(b));
                    continue;
                }
                Cursor &cursor = cursors.emplace_back();
                cursor.postings = *std::move(pair);
                listed += cursor.postings.storedSize();
                range.sideBySideCounted = true;
            }
        }
    }
    range.uncountedPairs = &uncountedPairs;
    Merged merged;
    if (listed < kMergedAlone) {
        merged = merge(std::move(cursors), range, exclude, cancelled);
    } else {
        // Long lists are merged in two halves of the drugs at once, the
        // later one by a second thread: each decodes the lists up to its
        // half, and scoring, which costs most, is shared.
        MergeRange later = range;
        later.from = range.to = m_database.lastDrugId() / 2 + 1;
        QFuture<Merged> laterHalf = QtConcurrent::run(&SearchFullText::merge, this, cursors, later, exclude,
                                                      std::function<bool()>());
        struct Wait
        {
            QFuture<Merged> &future;
            ~Wait() { future.waitForFinished(); } // it reads the caller's lists and filter
        } wait{laterHalf};
        merged = merge(std::move(cursors), range, exclude, cancelled);
        Merged second = laterHalf.result();
        merged.steps += second.steps;
        merged.total += second.total;
        merged.ranked.insert(merged.ranked.end(), second.ranked.cbegin(), second.ranked.cend());
        merged.candidates.insert(merged.candidates.end(), second.candidates.cbegin(), second.candidates.cend());
    }
    Ranking ranking;
    ranking.total = merged.total;
    if (plan.words <= 1) {
        ranking.hits = bestOf(merged.ranked, wanted);
        return ranking;
    }
    const int mostReads = m_mostPositionReads >= 0 ? m_mostPositionReads : merged.steps / kListedPerRead;
    std::optional<QList<Hit>> best = bestByPositions(plan, merged.candidates, wanted, mostReads);
    if (!best)
        return std::nullopt;
    ranking.hits = *std::move(best);
    return ranking;
}

std::optional<QList<SearchFullText::Hit>> SearchFullText::bestByPositions(const Plan &plan,
                                                                          std::vector<Candidate> &candidates,
                                                                          int wanted, int mostReads)
{
    QList<QByteArray> words;
    for (const QStringList &phrase : plan.phraseWords)
        words.append(phrase.constFirst().toUtf8());
    ranking::Tally tally(m_scoring);
    // A heap of the bounds, in the order of the hits they would be.
    const auto lower = [](const Candidate &a, const Candidate &b) {
        return Better()(Ranked{b.drugId, b.bound}, Ranked{a.drugId, a.bound});
    };
    std::make_heap(candidates.begin(), candidates.end(), lower);
    auto heapEnd = candidates.end();
    std::vector<Ranked> best; // best first, at most `wanted`
    int read = 0;
    while (heapEnd != candidates.begin()) {
        // A bound below the last of the best, or equal to it from a later
        // drug, cannot pass it: neither can any bound after it.
        const Ranked bound{candidates.front().drugId, candidates.front().bound};
        if (qsizetype(best.size()) >= wanted && !Better()(bound, best.back()))
            break;
        std::pop_heap(candidates.begin(), heapEnd, lower);
        --heapEnd;
        const Candidate candidate = *heapEnd;
        qint64 packed = candidate.exact;
        if (packed < 0) {
            // When the bounds are far above what the matches reach (common
            // words everywhere, apart), or thousands of pages alike tie on
            // one, the walk of every match is the cheaper way.
            if (++read > mostReads)
                return std::nullopt;
            tally.clear();
            for (const FullTextQuery::Instance &instance :
                 m_query.instancesIn(candidate.drugId, words, candidate.columns)) {
                if (!plan.column || *plan.column == instance.column)
                    tally.addInstance(plan.phrases[size_t(instance.phrase)], instance.column, instance.offset);
            }
            packed = packedScore(tally.score());
        }
        const Ranked hit{candidate.drugId, packed};
        best.insert(std::upper_bound(best.begin(), best.end(), hit, Better()), hit);
        if (qsizetype(best.size()) > wanted)
            best.pop_back();
    }
    return bestOf(best, wanted);
}

SearchFullText::Ranking SearchFullText::walk(const Plan &plan, const std::function<bool(qint64)> &exclude,
                                             const std::function<bool()> &cancelled)
{
    Ranking ranking;
    std::vector<Ranked> ranked;
    m_query.run(
        plan.match,
        [&](qint64 drugId, qint64 packed) {
            if (exclude && exclude(drugId))
                return true;
            ++ranking.total;
            ranked.push_back({drugId, packed});
            return true;
        },
        cancelled);
    ranking.hits = bestOf(ranked, 0);
    return ranking;
}

} // namespace formulary
