#include "search/searchfulltext.h"

#include "parse/sideeffectterm.h"
#include "search/wordvariants.h"
#include "store/contentdatabase.h"
#include "store/searchvocabulary.h"

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
// Other names of a side effect a "side:" query names.
constexpr int kMaxOtherNames = 8;
// Other forms of a word ("dosage" for "dose") the text holds.
constexpr int kMaxVariants = 4;
constexpr int kMaxPhrases = kMaxWords * (1 + kMaxVariants) + kMaxCompletions + kMaxOtherNames;
// The word as typed counts fully; a longer word it begins, a little less;
// another form of it, a little less again, so that the word as written
// ranks first.
constexpr float kCompletionWeight = 0.7f;
constexpr float kVariantWeight = 0.8f;
constexpr double kSaturation = 1.2; // bm25's k1: the tenth mention adds little
// Each query word found as typed (not only in another form) puts a drug in
// a higher tier than any score of the words can reach.
constexpr double kExactWordTier = 100000.0;

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

// The drug's score with the column that holds most of the query, packed
// into one integer (score in thousandths above four bits of column) so
// that one call per row gives both.
qint64 score(const FullTextQuery::Row &row, QByteArrayView phraseInfo)
{
    const int phrases = row.phraseCount();
    if (phrases <= 0 || phrases > kMaxPhrases || phraseInfo.size() != phrases * qsizetype(sizeof(PhraseInfo)))
        return 0;
    PhraseInfo info[kMaxPhrases];
    std::memcpy(info, phraseInfo.data(), size_t(phraseInfo.size()));

    const int instances = row.instanceCount();
    double frequency[kMaxWords][ColumnCount] = {};
    float wordIdf[kMaxWords] = {};
    bool asTyped[kMaxWords] = {};
    int adjacent[ColumnCount] = {};
    int lastColumn = -1, lastOffset = -2, lastWord = -2;
    for (int i = 0; i < instances; ++i) {
        FullTextQuery::Instance instance;
        if (!row.instance(i, &instance))
            break;
        const int phrase = instance.phrase, column = instance.column, offset = instance.offset;
        if (phrase < 0 || phrase >= phrases || column < 0 || column >= ColumnCount)
            continue;
        const PhraseInfo &p = info[phrase];
        const int word = std::clamp(int(p.word), 0, kMaxWords - 1);
        frequency[word][column] += p.weight;
        asTyped[word] = asTyped[word] || p.weight >= 1.0f;
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
    total += kExactWordTier * double(std::count(std::begin(asTyped), std::end(asTyped), true));
    return (qint64(std::llround(total * 1000)) << 4) | bestColumn;
}

// The forms of `word` the text holds, with their documents: the word as
// typed first, then other forms (see wordvariants.h), at most kMaxVariants.
QList<QPair<QString, int>> formsInText(const SearchVocabulary &vocabulary, const QString &word)
{
    QList<QPair<QString, int>> forms;
    if (const int documents = vocabulary.documents(word); documents > 0)
        forms.append({word, documents});
    for (const QString &variant : wordVariants(word)) {
        if (forms.size() > kMaxVariants)
            break;
        if (const int documents = vocabulary.documents(variant); documents > 0)
            forms.append({variant, documents});
    }
    return forms;
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
    , m_query(database, score)
{ }

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
    for (qint32 index = 0; index < qint32(words.size()); ++index) {
        const QString &word = words.at(index);
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
        const float wordIdf = float(idf(documents, drugs));
        for (const auto &form : std::as_const(forms))
            phrases.push_back({form.first == word ? 1.0f : kVariantWeight, wordIdf, index});
        parts.append(alternatives.size() == 1 ? alternatives.constFirst() : '(' + alternatives.join(" OR ") + ')');
    }
    // A word being typed is completed from three letters on; before that
    // it says too little ("al": also, all, alcohol…), and is searched as
    // a whole word only if it is one.
    if (!typing.isEmpty()) {
        QList<QPair<QString, int>> completions;
        QList<QPair<QString, int>> variants; // of the word as typed, when it is one
        if (typing.size() >= kMinCompletedLength) {
            completions = m_vocabulary.completions(typing, kMaxCompletions);
            variants = formsInText(m_vocabulary, typing);
            variants.removeIf([&completions](const QPair<QString, int> &form) { return completions.contains(form); });
            if (completions.isEmpty() && variants.isEmpty())
                return {};
            plan.terms.prefix = typing;
        } else if (const int documents = typing.size() > 1 ? m_vocabulary.documents(typing) : 0; documents > 0) {
            completions.append({typing, documents});
            plan.terms.words.append(typing);
        } else if (words.isEmpty()) {
            return {};
        }
        int documents = 0;
        for (const auto &completion : std::as_const(completions) + std::as_const(variants))
            documents = std::min(drugs, documents + completion.second);
        const float typingIdf = float(idf(documents, drugs));
        QList<QByteArray> alternatives;
        const qint32 word = qint32(words.size());
        for (const auto &[completion, count] : std::as_const(completions)) {
            alternatives.append(quoted(completion));
            phrases.push_back({completion == typing ? 1.0f : kCompletionWeight, typingIdf, word});
        }
        for (const auto &[variant, count] : std::as_const(variants)) {
            alternatives.append(quoted(variant));
            phrases.push_back({kVariantWeight, typingIdf, word});
            plan.terms.words.append(variant);
        }
        if (!alternatives.isEmpty())
            parts.append(alternatives.size() == 1 ? alternatives.constFirst() : '(' + alternatives.join(" OR ") + ')');
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
    if (!family.isEmpty()) {
        QList<QByteArray> alternatives;
        for (const QString &name : family) {
            const QStringList nameWords = SearchQuery::parse(name).words;
            if (nameWords.isEmpty() || nameWords == query.words || nameWords.size() > kMaxWords
                || alternatives.size() >= kMaxOtherNames)
                continue;
            int documents = drugs;
            for (const QString &word : nameWords)
                documents = std::min(documents, m_vocabulary.documents(word));
            if (documents == 0)
                continue;
            alternatives.append(quoted(nameWords.join(QLatin1Char(' '))));
            phrases.push_back({1.0f, float(idf(documents, drugs)), 0});
            plan.terms.words += nameWords;
        }
        if (!alternatives.isEmpty())
            match = '(' + match + ") OR " + alternatives.join(" OR ");
    }
    if (query.section) {
        const Column column = fulltextindex::columnFor(*query.section);
        match = QByteArray("{") + fulltextindex::columnName(column) + "} : (" + match + ')';
    }
    plan.match = match;
    plan.phrases = QByteArray(reinterpret_cast<const char *>(phrases.data()),
                              qsizetype(phrases.size() * sizeof(PhraseInfo)));
    return plan;
}

QList<SearchFullText::Hit> SearchFullText::run(const Plan &plan, int candidates,
                                               const std::function<bool(qint64)> &exclude,
                                               const std::function<bool()> &cancelled)
{
    if (plan.match.isEmpty())
        return {};
    if (!plan.sideEffect)
        return rank(plan.match, plan.phrases, candidates, exclude, cancelled);
    // A side effect: the drugs that list it first, then the other mentions.
    const QByteArray listing = QByteArray("{") + fulltextindex::columnName(fulltextindex::SideEffects) + "} : ("
                               + plan.match + ')';
    QList<Hit> hits = rank(listing, plan.phrases, candidates, exclude, cancelled);
    std::vector<qint64> listed;
    listed.reserve(size_t(hits.size()));
    for (const Hit &hit : std::as_const(hits))
        listed.push_back(hit.drugId);
    std::sort(listed.begin(), listed.end());
    const auto excludeListed = [&exclude, &listed](qint64 drugId) {
        return std::binary_search(listed.cbegin(), listed.cend(), drugId) || (exclude && exclude(drugId));
    };
    hits += rank(plan.match, plan.phrases, candidates - int(hits.size()), excludeListed, cancelled);
    return hits;
}

QList<SearchFullText::Hit> SearchFullText::rank(const QByteArray &match, const QByteArray &phrases, int candidates,
                                                const std::function<bool(qint64)> &exclude,
                                                const std::function<bool()> &cancelled)
{
    QList<Hit> hits;
    if (candidates <= 0)
        return hits;
    // The bound keeps a query on a word found in most drugs from scoring
    // all of them. Candidates come in rowid order, and drug ids follow the
    // files' paths at import: past the bound, the drugs ranked are the
    // first in name order. The bound holds every match of any query on a
    // corpus the size of the shipped one.
    m_query.run(
        match, phrases,
        [&](qint64 drugId, qint64 packed) {
            if (exclude && exclude(drugId))
                return true;
            hits.append(
                {drugId, double(packed >> 4) / 1000.0, Column(std::clamp<int>(int(packed & 0xf), 0, ColumnCount - 1))});
            return hits.size() < candidates;
        },
        cancelled);
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
    return hits;
}

} // namespace formulary
