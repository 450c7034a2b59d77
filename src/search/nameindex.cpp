#include "search/nameindex.h"

#include "parse/editdistance.h"
#include "search/searchtext.h"
#include "store/contentdatabase.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string_view>

namespace formulary {
namespace {

// Names are a few words; a longer query is not a name.
constexpr int kMaxQueryWords = 8;
constexpr int kMaxSuggestionWords = 4;
// Words compared per name when assigning query words to name words.
constexpr quint32 kMaxNameWords = 16;
// Longer words are not misspelled names.
constexpr int kMaxFuzzyLength = 48;

enum State : quint8 { None, Exact, Ingredient, Leading, Other };

constexpr quint32 kNoDrug = 0xffffffff;

// QString's own order (by UTF-16 unit), compared inline: sorting and
// searching the words spends most of its time in comparisons.
bool less(QStringView a, QStringView b)
{
    return std::u16string_view(a.utf16(), size_t(a.size())) < std::u16string_view(b.utf16(), size_t(b.size()));
}

// The cost of reading `word` of a name as the query word `query`: 0 when it
// starts with it, else its edit distance when small enough, else -1.
int wordCost(QStringView query, QStringView word)
{
    if (word.startsWith(query))
        return 0;
    const int length = int(query.size());
    if (length > kMaxFuzzyLength || word.size() > kMaxFuzzyLength)
        return -1;
    const bool sameStart = !word.isEmpty() && (word[0] == query[0] || (query.size() > 1 && word[0] == query[1]));
    const int whole = sameStart ? NameIndex::allowedEdits(length) : std::min(NameIndex::allowedEdits(length), 1);
    int best = -1;
    if (whole > 0 && std::abs(int(word.size()) - length) <= whole) {
        const int distance = NameIndex::editDistance(query, word);
        if (distance <= whole)
            best = distance;
    }
    const int prefix = sameStart ? NameIndex::allowedPrefixEdits(length)
                                 : std::min(NameIndex::allowedPrefixEdits(length), 1);
    if (prefix > 0 && (best < 0 || best > 1)) {
        const int distance = NameIndex::prefixEditDistance(query, word);
        if (distance <= prefix && (best < 0 || distance < best))
            best = distance;
    }
    return best;
}

// The names one ingredient of a combination goes by: "Paracetamol
// [Acetaminophen]" and "Paracetamol/Acetaminophen" are each paracetamol,
// acetaminophen, and both words together. "(Topical)" only qualifies.
QStringList ingredientKeys(const QString &part)
{
    static const QRegularExpression qualifier(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression alternative(QStringLiteral("\\[([^\\]]*)\\]"));
    QStringList keys;
    const auto add = [&keys](const QString &text) {
        const QString key = searchtext::words(text).join(QLatin1Char(' '));
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    };
    add(part);
    if (!part.contains(QLatin1Char('(')) && !part.contains(QLatin1Char('[')) && !part.contains(QLatin1Char('/')))
        return keys;
    QString names = part;
    names.remove(qualifier);
    add(names);
    for (QRegularExpressionMatchIterator it = alternative.globalMatch(names); it.hasNext();) {
        for (const QString &name : it.next().captured(1).split(QLatin1Char('/')))
            add(name);
    }
    names.replace(alternative, QStringLiteral("/"));
    for (const QString &name : names.split(QLatin1Char('/')))
        add(name);
    return keys;
}

} // namespace

int NameIndex::editDistance(QStringView a, QStringView b)
{
    return formulary::editDistance(a, b);
}

int NameIndex::prefixEditDistance(QStringView query, QStringView word)
{
    return formulary::prefixEditDistance(query, word);
}

int NameIndex::allowedEdits(int length)
{
    return length < 4 ? 0 : length < 7 ? 1 : 2;
}

int NameIndex::allowedPrefixEdits(int length)
{
    return length < 5 ? 0 : length < 8 ? 1 : 2;
}

quint32 NameIndex::Strings::lowerBound(QStringView value) const
{
    quint32 low = 0, high = size();
    while (low < high) {
        const quint32 middle = low + (high - low) / 2;
        if (less(at(middle), value))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

std::optional<quint32> NameIndex::Strings::find(QStringView value) const
{
    const quint32 i = lowerBound(value);
    if (i < size() && at(i) == value)
        return i;
    return std::nullopt;
}

void NameIndex::Strings::append(QStringView value)
{
    text.insert(text.end(), value.utf16(), value.utf16() + value.size());
    start.push_back(quint32(text.size()));
}

// Words and ingredient keys are pooled as they come, each once: a QString
// for each would cost more than its text.
struct NameIndex::Interner
{
    Strings strings;
    std::vector<quint32> table; // open addressing: string + 1, or 0

    quint32 intern(QStringView value)
    {
        if (2 * (size_t(strings.size()) + 1) > table.size())
            rehash();
        const size_t mask = table.size() - 1;
        for (size_t i = qHash(value) & mask;; i = (i + 1) & mask) {
            if (table[i] == 0) {
                strings.append(value);
                table[i] = strings.size();
                return strings.size() - 1;
            }
            if (strings.at(table[i] - 1) == value)
                return table[i] - 1;
        }
    }
    void rehash()
    {
        table.assign(std::max<size_t>(1024, table.size() * 2), 0);
        const size_t mask = table.size() - 1;
        for (quint32 id = 0; id < strings.size(); ++id) {
            size_t i = qHash(strings.at(id)) & mask;
            while (table[i] != 0)
                i = (i + 1) & mask;
            table[i] = id + 1;
        }
    }
    // The strings sorted, with each one's new number in `newId`.
    Strings sorted(std::vector<quint32> &newId)
    {
        std::vector<quint32> order(strings.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [this](quint32 a, quint32 b) { return less(strings.at(a), strings.at(b)); });
        Strings result;
        result.text.reserve(strings.text.size());
        result.start.reserve(order.size() + 1);
        newId.assign(order.size(), 0);
        for (quint32 i = 0; i < order.size(); ++i) {
            newId[order[i]] = i;
            result.append(strings.at(order[i]));
        }
        *this = Interner();
        return result;
    }
};

// What a builder has read, drug by drug in the order given.
struct NameIndex::Builder::Private
{
    Interner words, keys;
    std::vector<qint64> ids;
    std::vector<quint32> firstWord{0}, loadedWords; // per drug as read
    std::vector<quint32> firstKey{0}, loadedKeys;
    Strings slugs; // to order drugs whose names are alike
};

NameIndex::Builder::Builder()
    : d(std::make_unique<Private>())
{ }

NameIndex::Builder::~Builder() = default;

void NameIndex::Builder::add(qint64 id, const QString &title, QStringView slug)
{
    d->ids.push_back(id);
    d->slugs.append(slug);
    searchtext::forEachWord(title, [&](int start, int end) {
        const QString word = searchtext::fold(QStringView(title).mid(start, end - start));
        if (!word.isEmpty())
            d->loadedWords.push_back(d->words.intern(word));
    });
    d->firstWord.push_back(quint32(d->loadedWords.size()));
    if (title.contains(QLatin1Char('+'))) {
        QStringList drugKeys;
        for (const QString &part : title.split(QLatin1Char('+'))) {
            for (const QString &key : ingredientKeys(part)) {
                if (!drugKeys.contains(key))
                    drugKeys.append(key);
            }
        }
        if (drugKeys.size() > 1) {
            for (const QString &key : std::as_const(drugKeys))
                d->loadedKeys.push_back(d->keys.intern(key));
        }
    }
    d->firstKey.push_back(quint32(d->loadedKeys.size()));
}

NameIndex NameIndex::load(const ContentDatabase &database)
{
    Builder builder;
    database.forEachName(
        [&builder](qint64 id, const QString &title, const QString &slug) { builder.add(id, title, slug); });
    return builder.build([&database](qint64 id) { return database.sectionCount(id); });
}

NameIndex NameIndex::Builder::build(const std::function<int(qint64 id)> &sections)
{
    // One pass over the names is done; now the words are sorted, the drugs
    // numbered in name order and everything renumbered to match.
    Interner &words = d->words, &keys = d->keys;
    std::vector<qint64> &ids = d->ids;
    std::vector<quint32> &firstWord = d->firstWord, &loadedWords = d->loadedWords;
    std::vector<quint32> &firstKey = d->firstKey, &loadedKeys = d->loadedKeys;
    NameIndex index;
    std::vector<quint32> newId;
    index.m_words = words.sorted(newId);
    for (quint32 &word : loadedWords)
        word = newId[word];
    index.m_sharedPrefix.assign(index.m_words.size(), 0);
    for (quint32 word = 0; word < index.m_words.size(); ++word) {
        const QStringView text = index.m_words.at(word);
        index.m_maxWordLength = std::max(index.m_maxWordLength, int(text.size()));
        if (word > 0) {
            const QStringView previous = index.m_words.at(word - 1);
            const auto size = std::min<qsizetype>({text.size(), previous.size(), 255});
            qsizetype shared = 0;
            while (shared < size && text[shared] == previous[shared])
                ++shared;
            index.m_sharedPrefix[word] = quint8(shared);
        }
    }

    // Words sort as the names' keys (their words joined by spaces) would: a
    // space sorts before any letter. Names alike go fullest first, then by
    // slug: "Clonazepam ." with no doses after "Clonazepam".
    const auto wordsOf = [&](quint32 drug) {
        return std::make_pair(loadedWords.cbegin() + firstWord[drug], loadedWords.cbegin() + firstWord[drug + 1]);
    };
    const auto nameLess = [&](quint32 a, quint32 b) {
        const auto [aBegin, aEnd] = wordsOf(a);
        const auto [bBegin, bEnd] = wordsOf(b);
        return std::lexicographical_compare(aBegin, aEnd, bBegin, bEnd);
    };
    std::vector<quint32> order(ids.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), nameLess);
    for (auto run = order.begin(); run != order.end();) {
        const auto runEnd = std::find_if(run + 1, order.end(), [&](quint32 drug) { return nameLess(*run, drug); });
        if (runEnd - run > 1) {
            struct Alike
            {
                int sections;
                QStringView slug;
                quint32 drug;
            };
            std::vector<Alike> alike;
            for (auto it = run; it != runEnd; ++it)
                alike.push_back({sections ? sections(ids[*it]) : 0, d->slugs.at(*it), *it});
            std::sort(alike.begin(), alike.end(), [](const Alike &a, const Alike &b) {
                return a.sections != b.sections ? a.sections > b.sections : less(a.slug, b.slug);
            });
            for (const Alike &drug : alike)
                *run++ = drug.drug;
        }
        run = runEnd;
    }

    std::vector<quint32> newKey;
    index.m_ingredients = keys.sorted(newKey);
    std::vector<quint32> postingCount(index.m_words.size(), 0);
    std::vector<quint32> ingredientCount(index.m_ingredients.size(), 0);
    index.m_ids.reserve(order.size());
    index.m_firstWord.reserve(order.size() + 1);
    index.m_firstWord.push_back(0);
    index.m_drugWords.reserve(loadedWords.size());
    for (const quint32 source : order) {
        index.m_ids.push_back(ids[source]);
        const auto [begin, end] = wordsOf(source);
        for (auto it = begin; it != end; ++it) {
            index.m_drugWords.push_back(*it);
            ++postingCount[*it];
        }
        index.m_firstWord.push_back(quint32(index.m_drugWords.size()));
        for (quint32 i = firstKey[source]; i < firstKey[source + 1]; ++i)
            ++ingredientCount[newKey[loadedKeys[i]]];
    }
    std::vector<quint32>().swap(loadedWords);
    std::vector<qint64>().swap(ids);

    index.m_ingredientStart.assign(index.m_ingredients.size() + 1, 0);
    for (quint32 key = 0; key < index.m_ingredients.size(); ++key)
        index.m_ingredientStart[key + 1] = index.m_ingredientStart[key] + ingredientCount[key];
    index.m_ingredientDrugs.resize(index.m_ingredientStart.back());
    std::vector<quint32> fill(index.m_ingredientStart.cbegin(), index.m_ingredientStart.cend() - 1);
    for (quint32 drug = 0; drug < order.size(); ++drug) {
        const quint32 source = order[drug];
        for (quint32 i = firstKey[source]; i < firstKey[source + 1]; ++i)
            index.m_ingredientDrugs[fill[newKey[loadedKeys[i]]]++] = drug;
    }

    qint64 maxId = 0;
    for (const qint64 id : index.m_ids)
        maxId = std::max(maxId, id);
    const bool dense = maxId < 4 * qint64(index.m_ids.size()) + 1024
                       && std::all_of(index.m_ids.cbegin(), index.m_ids.cend(), [](qint64 id) { return id >= 0; });
    if (dense)
        index.m_indexById.assign(size_t(maxId + 1), kNoDrug);
    for (quint32 drug = 0; drug < index.m_ids.size(); ++drug) {
        if (dense)
            index.m_indexById[size_t(index.m_ids[drug])] = drug;
        else
            index.m_byId.insert(index.m_ids[drug], drug);
    }

    index.m_postingStart.assign(index.m_words.size() + 1, 0);
    for (quint32 id = 0; id < index.m_words.size(); ++id)
        index.m_postingStart[id + 1] = index.m_postingStart[id] + postingCount[id];
    index.m_postings.resize(index.m_postingStart.back());
    fill.assign(index.m_postingStart.cbegin(), index.m_postingStart.cend() - 1);
    for (quint32 drug = 0; drug < index.m_ids.size(); ++drug) {
        for (quint32 position = 0; position < index.wordCount(drug); ++position) {
            const quint32 id = index.m_drugWords[index.m_firstWord[drug] + position];
            index.m_postings[fill[id]++] = drug << 8 | std::min<quint32>(position, 255);
        }
    }
    d = std::make_unique<Private>();
    return index;
}

std::optional<quint32> NameIndex::indexOf(qint64 drugId) const
{
    if (!m_indexById.empty()) {
        if (drugId < 0 || drugId >= qint64(m_indexById.size()) || m_indexById[size_t(drugId)] == kNoDrug)
            return std::nullopt;
        return m_indexById[size_t(drugId)];
    }
    const auto it = m_byId.constFind(drugId);
    if (it == m_byId.constEnd())
        return std::nullopt;
    return *it;
}

NameIndex::WordRange NameIndex::prefixRange(QStringView prefix) const
{
    const quint32 begin = m_words.lowerBound(prefix);
    quint32 low = begin, high = m_words.size();
    while (low < high) {
        const quint32 middle = low + (high - low) / 2;
        if (m_words.at(middle).startsWith(prefix))
            low = middle + 1;
        else
            high = middle;
    }
    return {begin, low};
}

quint32 NameIndex::postings(WordRange range) const
{
    return m_postingStart[range.end] - m_postingStart[range.begin];
}

QStringView NameIndex::drugWord(quint32 drug, quint32 position) const
{
    return m_words.at(m_drugWords[m_firstWord[drug] + position]);
}

std::pair<quint32, quint32> NameIndex::exactRange(const QString &key) const
{
    // A name's key is its words joined by spaces, and no word holds a space.
    std::vector<quint32> words;
    if (!key.isEmpty()) {
        for (const QStringView part : QStringView(key).split(u' ')) {
            const std::optional<quint32> word = part.isEmpty() ? std::nullopt : m_words.find(part);
            if (!word)
                return {0, 0};
            words.push_back(*word);
        }
    }
    // Drugs are sorted by their words: the exact names are one run of them.
    const auto bisect = [this](auto before) {
        quint32 low = 0, high = quint32(m_ids.size());
        while (low < high) {
            const quint32 middle = low + (high - low) / 2;
            if (before(middle))
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    };
    const auto begin = [this](quint32 drug) { return m_drugWords.cbegin() + m_firstWord[drug]; };
    const auto end = [this](quint32 drug) { return m_drugWords.cbegin() + m_firstWord[drug + 1]; };
    const quint32 first = bisect([&](quint32 drug) {
        return std::lexicographical_compare(begin(drug), end(drug), words.cbegin(), words.cend());
    });
    const quint32 last = bisect([&](quint32 drug) {
        return !std::lexicographical_compare(words.cbegin(), words.cend(), begin(drug), end(drug));
    });
    return {first, last};
}

template<typename Cost>
int NameIndex::assign(quint32 drug, int queryWords, Cost cost) const
{
    const quint32 nameWords = std::min(wordCount(drug), kMaxNameWords);
    if (nameWords < quint32(queryWords))
        return -1;
    int costs[kMaxQueryWords][kMaxNameWords];
    for (int i = 0; i < queryWords; ++i) {
        bool any = false;
        for (quint32 j = 0; j < nameWords; ++j) {
            costs[i][j] = cost(i, drugWord(drug, j));
            any = any || costs[i][j] >= 0;
        }
        if (!any)
            return -1;
    }
    // Few query words, and most pairs impossible: a search is cheap.
    int best = -1;
    quint32 used = 0;
    auto search = [&](auto &&self, int i, int total) -> void {
        if (best >= 0 && total >= best)
            return;
        if (i == queryWords) {
            best = total;
            return;
        }
        for (quint32 j = 0; j < nameWords; ++j) {
            if (costs[i][j] >= 0 && !(used & (1u << j))) {
                used |= 1u << j;
                self(self, i + 1, total + costs[i][j]);
                used &= ~(1u << j);
            }
        }
    };
    search(search, 0, 0);
    return best;
}

quint32 NameIndex::runEnd(quint32 begin, quint32 end, int depth) const
{
    // In a node all words share `depth` letters: the run of the first one's
    // next letter ends at the first word that shares no more with the word
    // before it. A byte search finds it, however long the run.
    if (depth < 255) {
        const quint8 *shared = m_sharedPrefix.data();
        const void *found = std::memchr(shared + begin + 1, depth, end - begin - 1);
        return found ? quint32(static_cast<const quint8 *>(found) - shared) : end;
    }
    const QChar c = m_words.at(begin)[depth];
    quint32 next = begin + 1;
    while (next < end && m_words.at(next)[depth] == c)
        ++next;
    return next;
}

std::vector<std::pair<quint32, quint8>> NameIndex::fuzzyWords(QStringView query, int wholeEdits, int prefixEdits) const
{
    std::vector<std::pair<quint32, quint8>> found;
    const int m = int(query.size());
    if (m == 0 || m > kMaxFuzzyLength || m_words.size() == 0)
        return found;
    const int limit = std::max(wholeEdits, prefixEdits);
    const int width = m + 1;
    // One row of the edit-distance table per depth of the walk: a child's
    // row is computed from its parent's (and grandparent's, for swaps).
    std::vector<quint16> rows(size_t(m_maxWordLength + 1) * width);
    std::vector<char16_t> path(m_maxWordLength + 1);
    for (int j = 0; j <= m; ++j)
        rows[j] = quint16(j);

    std::vector<quint8> distance(m_words.size(), 255);
    std::vector<quint32> touched;
    auto mark = [&](quint32 word, int edits) {
        // As in wordCost: a word this long is no misspelled name.
        if (m_words.at(word).size() > kMaxFuzzyLength)
            return;
        if (distance[word] == 255)
            touched.push_back(word);
        distance[word] = quint8(std::min<int>(distance[word], edits));
    };

    // The trie of the words is not stored: a node is the run of sorted
    // words that share its prefix (the word equal to it first), and its
    // children are the runs in it that share one letter more.
    struct Step
    {
        quint32 begin, end;
        int depth;
        int limit;
    };
    std::vector<Step> stack;
    const auto pushChildren = [&](quint32 begin, quint32 end, int depth, auto limitFor) {
        if (begin < end && m_words.at(begin).size() == depth)
            ++begin;
        while (begin < end) {
            const quint32 next = runEnd(begin, end, depth);
            stack.push_back({begin, next, depth + 1, limitFor(m_words.at(begin)[depth].unicode())});
            begin = next;
        }
    };
    // Misspellings rarely change the first letter: under any other first
    // letter one edit is allowed, not two. That also spares most of the walk.
    pushChildren(0, m_words.size(), 0, [&](char16_t c) {
        const bool likely = c == query[0].unicode() || (m > 1 && c == query[1].unicode());
        return likely ? limit : std::min(limit, 1);
    });
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        const quint32 begin = step.begin, end = step.end;
        const int depth = step.depth, subtreeLimit = step.limit;
        const QStringView first = m_words.at(begin);
        const char16_t ch = first[depth - 1].unicode();
        path[depth] = ch;
        quint16 *row = &rows[size_t(depth) * width];
        const quint16 *parent = row - width;
        const quint16 *grandparent = depth >= 2 ? parent - width : nullptr;
        row[0] = quint16(depth);
        int rowMin = depth;
        for (int j = 1; j <= m; ++j) {
            const char16_t q = query[j - 1].unicode();
            int value = std::min({parent[j] + 1, row[j - 1] + 1, parent[j - 1] + (q == ch ? 0 : 1)});
            if (grandparent && j > 1 && ch == query[j - 2].unicode() && path[depth - 1] == q)
                value = std::min(value, grandparent[j - 2] + 1);
            row[j] = quint16(value);
            rowMin = std::min(rowMin, value);
        }
        if (first.size() == depth && row[m] <= std::min(wholeEdits, subtreeLimit))
            mark(begin, row[m]);
        if (row[m] <= std::min(prefixEdits, subtreeLimit)) {
            for (quint32 word = begin; word < end; ++word)
                mark(word, row[m]);
        }
        if (rowMin <= subtreeLimit)
            pushChildren(begin, end, depth, [subtreeLimit](char16_t) { return subtreeLimit; });
    }
    found.reserve(touched.size());
    for (const quint32 word : touched)
        found.emplace_back(word, distance[word]);
    return found;
}

QList<NameIndex::Match> NameIndex::match(const QStringList &words, bool suggest) const
{
    QList<Match> matches;
    const int n = int(words.size());
    if (n == 0 || n > kMaxQueryWords || m_ids.empty())
        return matches;
    std::vector<quint8> state(m_ids.size(), None);
    const QString key = words.join(QLatin1Char(' '));
    const auto [exactBegin, exactEnd] = exactRange(key);
    for (quint32 drug = exactBegin; drug < exactEnd; ++drug)
        state[drug] = Exact;
    if (const std::optional<quint32> ingredient = m_ingredients.find(key)) {
        for (quint32 i = m_ingredientStart[*ingredient]; i < m_ingredientStart[*ingredient + 1]; ++i) {
            const quint32 drug = m_ingredientDrugs[i];
            if (state[drug] == None)
                state[drug] = Ingredient;
        }
    }

    // Names are found through the query word that starts the fewest name
    // words, and checked against the others.
    std::vector<WordRange> ranges;
    int pivot = 0;
    for (int i = 0; i < n; ++i) {
        ranges.push_back(prefixRange(words.at(i)));
        if (postings(ranges[i]) < postings(ranges[pivot]))
            pivot = i;
    }
    const auto startsWith = [&words](int i, QStringView word) { return word.startsWith(words.at(i)) ? 0 : -1; };
    const WordRange range = ranges[pivot];
    for (quint32 word = range.begin; word < range.end; ++word) {
        for (quint32 p = m_postingStart[word]; p < m_postingStart[word + 1]; ++p) {
            const quint32 drug = m_postings[p] >> 8;
            const quint8 current = state[drug];
            if (n == 1) {
                if (current == None)
                    state[drug] = (m_postings[p] & 0xff) == 0 ? Leading : Other;
                else if (current == Other && (m_postings[p] & 0xff) == 0)
                    state[drug] = Leading;
                continue;
            }
            if (current != None || assign(drug, n, startsWith) < 0)
                continue;
            bool leading = wordCount(drug) >= quint32(n);
            for (int i = 0; leading && i < n; ++i)
                leading = drugWord(drug, quint32(i)).startsWith(words.at(i));
            state[drug] = leading ? Leading : Other;
        }
    }

    // One pass per group keeps each group in name order without sorting.
    int counts[Other + 1] = {};
    for (const quint8 s : state)
        ++counts[s];
    matches.reserve(qsizetype(state.size()) - counts[None]);
    const std::pair<State, MatchKind> groups[] = {{Exact, MatchKind::Exact},
                                                  {Leading, MatchKind::Prefix},
                                                  {Other, MatchKind::Prefix},
                                                  {Ingredient, MatchKind::Ingredient}};
    for (const auto &[group, kind] : groups) {
        if (counts[group] == 0)
            continue;
        for (quint32 drug = 0; drug < state.size(); ++drug) {
            if (state[drug] == group)
                matches.append({drug, kind, 0});
        }
    }
    if (!matches.isEmpty() || !suggest || n > kMaxSuggestionWords)
        return matches;

    // Did you mean: names whose words are each a small edit from a query
    // word (or from a word still being typed), nearest first. They are
    // found through the query word with the fewest names near it, and
    // checked against the others.
    std::vector<std::pair<quint32, quint8>> candidates;
    quint64 fewest = ~quint64(0);
    for (int i = 0; i < n; ++i) {
        const int length = int(words.at(i).size());
        auto near = fuzzyWords(words.at(i), allowedEdits(length), allowedPrefixEdits(length));
        quint64 names = 0;
        for (const auto &[word, edits] : near)
            names += m_postingStart[word + 1] - m_postingStart[word];
        if (names < fewest) {
            fewest = names;
            candidates = std::move(near);
        }
        if (names == 0)
            return matches; // this word is like no word of any name
    }
    const auto cost = [&words](int i, QStringView word) { return wordCost(words.at(i), word); };
    std::vector<quint8> best(m_ids.size(), 255);
    std::vector<bool> leading(m_ids.size(), false);
    std::vector<bool> checked(n > 1 ? m_ids.size() : 0, false);
    std::vector<quint32> found;
    for (const auto &[word, edits] : candidates) {
        for (quint32 p = m_postingStart[word]; p < m_postingStart[word + 1]; ++p) {
            const quint32 drug = m_postings[p] >> 8;
            if (n > 1) {
                if (checked[drug])
                    continue; // the whole name was weighed already
                checked[drug] = true;
            }
            const int total = n == 1 ? edits : assign(drug, n, cost);
            // Among names equally near, those that start with the word and
            // are shortest first: "metformn" is Metformin before its combinations.
            const bool leads = n == 1 ? (m_postings[p] & 0xff) == 0
                                      : wordCount(drug) > 0 && wordCost(words.at(0), drugWord(drug, 0)) >= 0;
            if (total <= 0 || total > best[drug] || (total == best[drug] && (!leads || leading[drug])))
                continue;
            if (best[drug] == 255)
                found.push_back(drug);
            best[drug] = quint8(std::min(total, 254));
            leading[drug] = leads;
        }
    }
    std::sort(found.begin(), found.end(), [&](quint32 a, quint32 b) {
        if (best[a] != best[b])
            return best[a] < best[b];
        if (leading[a] != leading[b])
            return bool(leading[a]);
        if (wordCount(a) != wordCount(b))
            return wordCount(a) < wordCount(b);
        return a < b;
    });
    for (const quint32 drug : found)
        matches.append({drug, MatchKind::Suggestion, best[drug]});
    return matches;
}

} // namespace formulary
