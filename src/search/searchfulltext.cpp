#include "search/searchfulltext.h"

#include "parse/sideeffectterm.h"
#include "search/wordvariants.h"
#include "store/contentdatabase.h"
#include "store/searchvocabulary.h"
#include "store/termimpact.h"

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
// What a row not scored reports.
constexpr qint64 kNotScored = -1;
// A score reaches the walk as a whole number of these; the highest, tiers
// and all, stays far inside 64 bits.
constexpr double kScoreUnits = 1e6;

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
    if (m_scored && !std::binary_search(m_scored->cbegin(), m_scored->cend(), row.drugId()))
        return kNotScored;
    const ranking::Score score = ranking::score(row, m_scoring);
    // Score in millionths above four bits of column: one value per row.
    return (qint64(std::llround(score.value * kScoreUnits)) << 4) | score.column;
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
        for (const auto &form : std::as_const(forms))
            phrases.push_back({form.first == word ? 1.0f : ranking::VariantWeight, wordIdf, index});
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
        }
        for (const auto &[variant, count] : std::as_const(variants)) {
            alternatives.append(quoted(variant));
            phrases.push_back({ranking::VariantWeight, typingIdf, word});
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
        match = QByteArray("{") + fulltextindex::columnName(column) + "} : (" + match + ')';
    }
    plan.match = match;
    plan.words = int(plan.forms.size());
    return plan;
}

SearchFullText::Ranking SearchFullText::run(const Plan &plan, int wanted, const std::function<bool(qint64)> &exclude,
                                            const std::function<bool()> &cancelled)
{
    m_lastRunUsedLists = false;
    if (plan.match.isEmpty())
        return {};
    m_scoring = {plan.phrases.data(), int(plan.phrases.size()), plan.words, plan.sideEffect};
    // A query matches no more drugs than its rarest word, or, with the other
    // names of a side effect, than that and those names together.
    int matchesAtMost = std::numeric_limits<int>::max();
    for (qsizetype word = 0; word < plan.forms.size(); ++word) {
        int documents = 0;
        for (const auto &[form, count] : plan.forms.at(word))
            documents += count;
        matchesAtMost = std::min(matchesAtMost, documents);
    }
    // Only one word: the bounds of several words' lists add up, and measured
    // on the shared corpus they hardly ever proved the best of two common
    // words, which were then walked twice.
    if (wanted > 0 && plan.words == 1 && matchesAtMost > m_scoreAllUpTo && m_database.hasTermImpacts()) {
        if (std::optional<Ranking> ranking = rankFromLists(plan, wanted, exclude, cancelled)) {
            m_lastRunUsedLists = true;
            return *std::move(ranking);
        }
    }
    m_scored = nullptr;
    return walk(plan, exclude, cancelled);
}

std::optional<SearchFullText::Ranking> SearchFullText::rankFromLists(const Plan &plan, int wanted,
                                                                     const std::function<bool(qint64)> &exclude,
                                                                     const std::function<bool()> &cancelled)
{
    // Each word's best drugs, from the lists of its forms; a form too rare
    // to have a list has few drugs, and all of them are taken.
    const int depth = termimpact::ListLength;
    const int listedFrom = termimpact::listedFrom(m_vocabulary.drugCount());
    std::vector<qint64> scored;
    double impacts[MaxWords] = {};
    const std::vector<qint64> none;
    struct Restore
    {
        const std::vector<qint64> *&scored;
        ~Restore() { scored = nullptr; }
    } restore{m_scored};
    m_scored = &none; // the rare words' drugs are only listed
    std::vector<qint64> rare;
    for (qsizetype word = 0; word < plan.forms.size() && word < MaxWords; ++word) {
        for (const auto &[form, documents] : plan.forms.at(word)) {
            if (documents < listedFrom) {
                rare.clear();
                m_query.run(
                    quoted(form),
                    [&rare](qint64 drugId, qint64) {
                        rare.push_back(drugId);
                        return true;
                    },
                    cancelled);
                scored.insert(scored.end(), rare.cbegin(), rare.cend());
                continue;
            }
            const QList<QPair<qint64, float>> best = m_database.termImpacts(form, depth);
            for (const auto &[drugId, impact] : best)
                scored.push_back(drugId);
            // A drug not among them has at most the impact of the last, or
            // none when the list holds every drug of the word.
            if (best.isEmpty())
                impacts[word] += termimpact::maximum();
            else if (best.size() < documents)
                impacts[word] += double(best.constLast().second);
        }
    }
    std::sort(scored.begin(), scored.end());
    scored.erase(std::unique(scored.begin(), scored.end()), scored.end());

    m_scored = &scored;
    Ranking ranking = walk(plan, exclude, cancelled);
    if (ranking.complete())
        return ranking;
    // Scores above what any drug left unscored can reach are in their final
    // order. Scores are kept in millionths and impacts as floats: a drug
    // that ties with the bound must not pass for one above it.
    const double unseen = ranking::bound(m_scoring, impacts) + 1e-4;
    const auto firstUnsure = std::find_if(ranking.hits.cbegin(), ranking.hits.cend(),
                                          [unseen](const Hit &hit) { return hit.score <= unseen; });
    if (firstUnsure - ranking.hits.cbegin() < wanted)
        return std::nullopt;
    ranking.hits.erase(firstUnsure, ranking.hits.cend());
    return ranking;
}

SearchFullText::Ranking SearchFullText::walk(const Plan &plan, const std::function<bool(qint64)> &exclude,
                                             const std::function<bool()> &cancelled)
{
    Ranking ranking;
    m_query.run(
        plan.match,
        [&](qint64 drugId, qint64 packed) {
            if (exclude && exclude(drugId))
                return true;
            ++ranking.total;
            if (packed != kNotScored)
                ranking.hits.append({drugId, double(packed >> 4) / kScoreUnits,
                                     Column(std::clamp<int>(int(packed & 0xf), 0, ColumnCount - 1))});
            return true;
        },
        cancelled);
    std::stable_sort(ranking.hits.begin(), ranking.hits.end(),
                     [](const Hit &a, const Hit &b) { return a.score > b.score; });
    return ranking;
}

} // namespace formulary
