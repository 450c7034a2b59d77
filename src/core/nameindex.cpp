#include "nameindex.h"

#include "searchtext.h"
#include "sqlitestatement.h"

#include <QRegularExpression>

#include <algorithm>
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

// QString's own order (by UTF-16 unit), compared inline: sorting 100,000
// names spends most of its time in comparisons.
bool less(QStringView a, QStringView b)
{
    return std::u16string_view(a.utf16(), size_t(a.size())) < std::u16string_view(b.utf16(), size_t(b.size()));
}

// Orders drugs by their key, and finds a key among them.
struct KeyOrder
{
    template <typename Entry>
    bool operator()(const Entry &entry, const QString &key) const { return less(entry.key, key); }
    template <typename Entry>
    bool operator()(const QString &key, const Entry &entry) const { return less(key, entry.key); }
};

// Optimal string alignment between `a` and `b`; with `prefixOfB`, between
// `a` and the closest prefix of `b`. Both at most kMaxFuzzyLength long.
int alignment(QStringView a, QStringView b, bool prefixOfB)
{
    const int m = int(std::min<qsizetype>(a.size(), kMaxFuzzyLength));
    const int n = int(std::min<qsizetype>(b.size(), kMaxFuzzyLength));
    int rows[3][kMaxFuzzyLength + 1];
    int *previous2 = rows[0], *previous = rows[1], *current = rows[2];
    for (int j = 0; j <= n; ++j)
        previous[j] = j;
    for (int i = 1; i <= m; ++i) {
        current[0] = i;
        for (int j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, previous2[j - 2] + 1);
            current[j] = value;
        }
        int *oldest = previous2;
        previous2 = previous;
        previous = current;
        current = oldest;
    }
    return prefixOfB ? *std::min_element(previous, previous + n + 1) : previous[n];
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
    const bool sameStart = !word.isEmpty()
        && (word[0] == query[0] || (query.size() > 1 && word[0] == query[1]));
    const int whole = sameStart ? NameIndex::allowedEdits(length) : std::min(NameIndex::allowedEdits(length), 1);
    int best = -1;
    if (whole > 0 && std::abs(int(word.size()) - length) <= whole) {
        const int distance = NameIndex::editDistance(query, word);
        if (distance <= whole)
            best = distance;
    }
    const int prefix = sameStart ? NameIndex::allowedPrefixEdits(length) : std::min(NameIndex::allowedPrefixEdits(length), 1);
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
    return alignment(a, b, false);
}

int NameIndex::prefixEditDistance(QStringView query, QStringView word)
{
    return alignment(query, word, true);
}

int NameIndex::allowedEdits(int length)
{
    return length < 4 ? 0 : length < 7 ? 1 : 2;
}

int NameIndex::allowedPrefixEdits(int length)
{
    return length < 5 ? 0 : length < 8 ? 1 : 2;
}

NameIndex NameIndex::load(sqlite3 *db)
{
    // One pass over the names, interning words as they come; then the drugs
    // are numbered in name order and the word lists renumbered to match.
    struct Loaded
    {
        qint64 id;
        QString slug, title, key;
        quint32 firstWord, wordCount;
        quint32 firstIngredient, ingredientCount;
    };
    std::vector<Loaded> loaded;
    std::vector<quint32> loadedWords;
    QStringList ingredients;
    QHash<QString, quint32> wordIds;
    std::vector<QString> words;
    SqliteStatement rows(db, "SELECT id, slug, title FROM drug");
    while (rows.step()) {
        Loaded drug{rows.columnInt64(0), rows.columnText(1), rows.columnText(2), QString(),
                    quint32(loadedWords.size()), 0, quint32(ingredients.size()), 0};
        const QString &title = drug.title;
        searchtext::forEachWord(title, [&](int start, int end) {
            QString word = searchtext::fold(QStringView(title).mid(start, end - start));
            if (word.isEmpty())
                return;
            auto it = wordIds.constFind(word);
            if (it == wordIds.constEnd()) {
                it = wordIds.insert(word, quint32(words.size()));
                words.push_back(word);
            }
            loadedWords.push_back(*it);
            if (!drug.key.isEmpty())
                drug.key += QLatin1Char(' ');
            drug.key += word;
        });
        drug.wordCount = quint32(loadedWords.size()) - drug.firstWord;
        if (title.contains(QLatin1Char('+'))) {
            QStringList keys;
            for (const QString &part : title.split(QLatin1Char('+'))) {
                for (const QString &key : ingredientKeys(part)) {
                    if (!keys.contains(key))
                        keys.append(key);
                }
            }
            if (keys.size() > 1) {
                ingredients += keys;
                drug.ingredientCount = quint32(keys.size());
            }
        }
        loaded.push_back(std::move(drug));
    }

    std::vector<quint32> order(loaded.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&loaded](quint32 a, quint32 b) {
        if (loaded[a].key != loaded[b].key)
            return less(loaded[a].key, loaded[b].key);
        return less(loaded[a].slug, loaded[b].slug);
    });

    NameIndex index;
    std::vector<quint32> wordOrder(words.size());
    std::iota(wordOrder.begin(), wordOrder.end(), 0);
    std::sort(wordOrder.begin(), wordOrder.end(), [&words](quint32 a, quint32 b) { return less(words[a], words[b]); });
    std::vector<quint32> sortedId(words.size());
    index.m_words.reserve(words.size());
    for (quint32 id = 0; id < wordOrder.size(); ++id) {
        sortedId[wordOrder[id]] = id;
        index.m_words.push_back(std::move(words[wordOrder[id]]));
        index.m_maxWordLength = std::max(index.m_maxWordLength, int(index.m_words.back().size()));
    }

    std::vector<quint32> postingCount(index.m_words.size() + 1, 0);
    index.m_drugs.reserve(loaded.size());
    index.m_drugWords.reserve(loadedWords.size());
    for (quint32 drug = 0; drug < order.size(); ++drug) {
        Loaded &source = loaded[order[drug]];
        Entry entry{source.id, std::move(source.title), std::move(source.slug), std::move(source.key),
                    quint32(index.m_drugWords.size()), source.wordCount};
        for (quint32 i = 0; i < source.wordCount; ++i) {
            const quint32 id = sortedId[loadedWords[source.firstWord + i]];
            index.m_drugWords.push_back(id);
            ++postingCount[id];
        }
        for (quint32 i = 0; i < source.ingredientCount; ++i)
            index.m_ingredients[ingredients.at(source.firstIngredient + i)].push_back(drug);
        index.m_drugs.push_back(std::move(entry));
    }
    qint64 maxId = 0;
    for (const Entry &entry : index.m_drugs)
        maxId = std::max(maxId, entry.id);
    const bool dense = maxId < 4 * qint64(index.m_drugs.size()) + 1024
        && std::all_of(index.m_drugs.cbegin(), index.m_drugs.cend(), [](const Entry &e) { return e.id >= 0; });
    if (dense)
        index.m_indexById.assign(size_t(maxId + 1), kNoDrug);
    for (quint32 drug = 0; drug < index.m_drugs.size(); ++drug) {
        if (dense)
            index.m_indexById[size_t(index.m_drugs[drug].id)] = drug;
        else
            index.m_byId.insert(index.m_drugs[drug].id, drug);
    }

    index.m_postingStart.assign(index.m_words.size() + 1, 0);
    for (quint32 id = 0; id < index.m_words.size(); ++id)
        index.m_postingStart[id + 1] = index.m_postingStart[id] + postingCount[id];
    index.m_postings.resize(index.m_postingStart.back());
    std::vector<quint32> fill(index.m_postingStart.cbegin(), index.m_postingStart.cend() - 1);
    for (quint32 drug = 0; drug < index.m_drugs.size(); ++drug) {
        const Entry &entry = index.m_drugs[drug];
        for (quint32 position = 0; position < entry.wordCount; ++position) {
            const quint32 id = index.m_drugWords[entry.firstWord + position];
            index.m_postings[fill[id]++] = drug << 8 | std::min<quint32>(position, 255);
        }
    }
    index.buildTrie();
    return index;
}

void NameIndex::buildTrie()
{
    // Nodes in breadth-first order, so that each node's children are
    // contiguous; the words below a node are a range of the sorted words.
    m_trie.clear();
    m_trie.reserve(m_words.size() * 3);
    TrieNode root;
    root.wordEnd = quint32(m_words.size());
    m_trie.push_back(root);
    std::vector<quint32> depths{0};
    for (quint32 node = 0; node < m_trie.size(); ++node) {
        const quint32 depth = depths[node];
        quint32 begin = m_trie[node].wordBegin;
        const quint32 end = m_trie[node].wordEnd;
        if (begin < end && quint32(m_words[begin].size()) == depth)
            m_trie[node].word = qint32(begin++);
        const quint32 firstChild = quint32(m_trie.size());
        quint32 children = 0;
        while (begin < end) {
            const QChar c = m_words[begin][depth];
            quint32 next = begin;
            while (next < end && m_words[next][depth] == c)
                ++next;
            TrieNode child;
            child.ch = c.unicode();
            child.wordBegin = begin;
            child.wordEnd = next;
            m_trie.push_back(child);
            depths.push_back(depth + 1);
            ++children;
            begin = next;
        }
        m_trie[node].firstChild = firstChild;
        m_trie[node].childCount = quint16(children);
    }
}

NameIndex::Drug NameIndex::drug(quint32 index) const
{
    const Entry &entry = m_drugs.at(index);
    return {entry.id, entry.title, entry.slug};
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

NameIndex::WordRange NameIndex::prefixRange(const QString &prefix) const
{
    const auto begin = std::lower_bound(m_words.cbegin(), m_words.cend(), prefix,
                                        [](const QString &word, const QString &value) { return less(word, value); });
    const auto end = std::partition_point(begin, m_words.cend(), [&prefix](const QString &word) {
        return word.startsWith(prefix);
    });
    return {quint32(begin - m_words.cbegin()), quint32(end - m_words.cbegin())};
}

quint32 NameIndex::postings(WordRange range) const
{
    return m_postingStart[range.end] - m_postingStart[range.begin];
}

QStringView NameIndex::drugWord(quint32 drug, quint32 position) const
{
    return m_words[m_drugWords[m_drugs[drug].firstWord + position]];
}

template <typename Cost>
int NameIndex::assign(quint32 drug, int queryWords, Cost cost) const
{
    const quint32 nameWords = std::min(m_drugs[drug].wordCount, kMaxNameWords);
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

std::vector<std::pair<quint32, quint8>> NameIndex::fuzzyWords(QStringView query, int wholeEdits, int prefixEdits) const
{
    std::vector<std::pair<quint32, quint8>> found;
    const int m = int(query.size());
    if (m == 0 || m > kMaxFuzzyLength || m_trie.empty())
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
        if (distance[word] == 255)
            touched.push_back(word);
        distance[word] = quint8(std::min<int>(distance[word], edits));
    };

    // Misspellings rarely change the first letter: under any other first
    // letter one edit is allowed, not two. That also spares most of the walk.
    struct Step
    {
        quint32 node;
        int depth;
        int limit;
    };
    std::vector<Step> stack;
    const TrieNode &root = m_trie[0];
    for (quint32 child = 0; child < root.childCount; ++child) {
        const char16_t c = m_trie[root.firstChild + child].ch;
        const bool likely = c == query[0].unicode() || (m > 1 && c == query[1].unicode());
        stack.push_back({root.firstChild + child, 1, likely ? limit : std::min(limit, 1)});
    }
    while (!stack.empty()) {
        const auto [index, depth, subtreeLimit] = stack.back();
        stack.pop_back();
        const TrieNode &node = m_trie[index];
        path[depth] = node.ch;
        quint16 *row = &rows[size_t(depth) * width];
        const quint16 *parent = row - width;
        const quint16 *grandparent = depth >= 2 ? parent - width : nullptr;
        row[0] = quint16(depth);
        int rowMin = depth;
        for (int j = 1; j <= m; ++j) {
            const char16_t q = query[j - 1].unicode();
            int value = std::min({parent[j] + 1, row[j - 1] + 1, parent[j - 1] + (q == node.ch ? 0 : 1)});
            if (grandparent && j > 1 && node.ch == query[j - 2].unicode() && path[depth - 1] == q)
                value = std::min(value, grandparent[j - 2] + 1);
            row[j] = quint16(value);
            rowMin = std::min(rowMin, value);
        }
        if (node.word >= 0 && row[m] <= std::min(wholeEdits, subtreeLimit))
            mark(quint32(node.word), row[m]);
        if (row[m] <= std::min(prefixEdits, subtreeLimit)) {
            for (quint32 word = node.wordBegin; word < node.wordEnd; ++word)
                mark(word, row[m]);
        }
        if (rowMin <= subtreeLimit) {
            for (quint32 child = 0; child < node.childCount; ++child)
                stack.push_back({node.firstChild + child, depth + 1, subtreeLimit});
        }
    }
    found.reserve(touched.size());
    for (const quint32 word : touched)
        found.push_back({word, distance[word]});
    return found;
}

QList<NameIndex::Match> NameIndex::match(const QStringList &words, bool suggest) const
{
    QList<Match> matches;
    const int n = int(words.size());
    if (n == 0 || n > kMaxQueryWords || m_drugs.empty())
        return matches;
    std::vector<quint8> state(m_drugs.size(), None);
    const QString key = words.join(QLatin1Char(' '));
    // Drugs are sorted by key: the exact names are one run of them.
    const auto exact = std::equal_range(m_drugs.cbegin(), m_drugs.cend(), key, KeyOrder());
    for (auto it = exact.first; it != exact.second; ++it)
        state[quint32(it - m_drugs.cbegin())] = Exact;
    if (const auto it = m_ingredients.constFind(key); it != m_ingredients.constEnd()) {
        for (const quint32 drug : *it) {
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
            bool leading = m_drugs[drug].wordCount >= quint32(n);
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
    const std::pair<State, MatchKind> groups[] = {
        {Exact, MatchKind::Exact}, {Leading, MatchKind::Prefix}, {Other, MatchKind::Prefix}, {Ingredient, MatchKind::Ingredient}};
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
    std::vector<quint8> best(m_drugs.size(), 255);
    std::vector<bool> leading(m_drugs.size(), false);
    std::vector<bool> checked(n > 1 ? m_drugs.size() : 0, false);
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
                                      : m_drugs[drug].wordCount > 0 && wordCost(words.at(0), drugWord(drug, 0)) >= 0;
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
        if (m_drugs[a].wordCount != m_drugs[b].wordCount)
            return m_drugs[a].wordCount < m_drugs[b].wordCount;
        return a < b;
    });
    for (const quint32 drug : found)
        matches.append({drug, MatchKind::Suggestion, best[drug]});
    return matches;
}

} // namespace formulary
