// NameIndex answers name searches with a sorted word list walked as a trie,
// postings and ingredient keys: fast, and easy to get subtly wrong. Here its
// answers are compared with a plain reading of what match() promises, which
// looks at every name for every query and shares nothing with the index but
// the folding of words and the edit allowances. The names are the shared
// corpus's (skipped when it is absent); the queries are generated from them
// with a fixed seed, so a failure is the same on every run.
#include "import/importer.h"
#include "search/nameindex.h"
#include "search/searchtext.h"
#include "store/contentdatabase.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <vector>

using namespace formulary;

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FORMULARY_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define FORMULARY_SANITIZED 1
#endif

namespace {

#ifdef FORMULARY_SANITIZED
constexpr qsizetype kSanitizerStride = 4;
#else
constexpr qsizetype kSanitizerStride = 1;
#endif

// The index's limits, restated: they decide results, so the reference
// must apply them too.
constexpr int kMaxQueryWords = 8;      // a longer query is not a name
constexpr int kMaxSuggestionWords = 4; // nor, for "did you mean", one this long
constexpr int kMaxNameWords = 16;      // name words a query of several words is assigned to
constexpr int kMaxFuzzyLength = 48;    // longer words are never misspellings

struct Name
{
    qint64 id = 0;
    QString title;
    QString slug;
};

struct Result
{
    qint64 id = 0;
    MatchKind kind = MatchKind::Exact;
    int distance = 0;

    bool operator==(const Result &other) const
    {
        return id == other.id && kind == other.kind && distance == other.distance;
    }
    bool operator!=(const Result &other) const { return !(*this == other); }
};

QList<Result> matchesOf(const NameIndex &index, const QStringList &words, bool suggest)
{
    QList<Result> results;
    for (const NameIndex::Match &match : index.match(words, suggest))
        results.append({index.id(match.drug), match.kind, match.distance});
    return results;
}

// Optimal string alignment of `query` against `word` and each prefix of
// it: entry j of the result is the distance to word.left(j). Columns past
// `columns` are not needed by the caller and not computed.
std::vector<int> alignmentRow(QStringView query, QStringView word, int columns)
{
    const int m = int(query.size());
    const int n = std::min(int(word.size()), columns);
    std::vector<std::vector<int>> d(size_t(m + 1), std::vector<int>(size_t(n + 1)));
    for (int i = 0; i <= m; ++i)
        d[i][0] = i;
    for (int j = 0; j <= n; ++j)
        d[0][j] = j;
    for (int i = 1; i <= m; ++i) {
        for (int j = 1; j <= n; ++j) {
            d[i][j] = std::min(
                {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (query[i - 1] == word[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && query[i - 1] == word[j - 2] && query[i - 2] == word[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[m];
}

// What reading name word `word` as query word `query` costs: 0 when the
// word starts with it, else the fewest edits to the whole word or to a
// word still being typed (a prefix of it) within what its length allows,
// else -1. Misspellings rarely change the first letter (or swap the first
// two): under another first letter at most one edit is allowed.
int wordCost(const QString &query, const QString &word)
{
    if (word.startsWith(query))
        return 0;
    const int length = int(query.size());
    if (length > kMaxFuzzyLength || word.size() > kMaxFuzzyLength)
        return -1;
    const bool sameStart = word[0] == query[0] || (length > 1 && word[0] == query[1]);
    const int whole = sameStart ? NameIndex::allowedEdits(length) : std::min(NameIndex::allowedEdits(length), 1);
    const int prefix = sameStart ? NameIndex::allowedPrefixEdits(length)
                                 : std::min(NameIndex::allowedPrefixEdits(length), 1);
    // A prefix longer than the query by more than the edits allowed is out
    // of reach: no need to align the rest of the word.
    const int reach = length + std::max(whole, prefix);
    if (std::abs(int(word.size()) - length) > whole && int(word.size()) < length - prefix)
        return -1;
    const std::vector<int> row = alignmentRow(query, word, reach);
    int best = -1;
    if (word.size() <= reach && row[size_t(word.size())] <= whole)
        best = row[size_t(word.size())];
    for (size_t j = 1; j < row.size(); ++j) {
        if (row[j] <= prefix && (best < 0 || row[j] < best))
            best = row[j];
    }
    return best;
}

// The least total cost of giving each query word a word of its own among
// `nameWords`, or -1: every assignment is tried.
int leastAssignment(int queryWords, int nameWords, const std::function<int(int, int)> &cost)
{
    std::vector<std::vector<int>> costs(static_cast<size_t>(queryWords),
                                        std::vector<int>(static_cast<size_t>(nameWords)));
    for (int i = 0; i < queryWords; ++i) {
        bool any = false;
        for (int j = 0; j < nameWords; ++j) {
            costs[i][j] = cost(i, j);
            any = any || costs[i][j] >= 0;
        }
        if (!any)
            return -1;
    }
    int best = -1;
    std::vector<bool> used(size_t(nameWords), false);
    const std::function<void(int, int)> tryFrom = [&](int i, int total) {
        if (i == queryWords) {
            if (best < 0 || total < best)
                best = total;
            return;
        }
        for (int j = 0; j < nameWords; ++j) {
            if (costs[i][j] >= 0 && !used[j]) {
                used[j] = true;
                tryFrom(i + 1, total + costs[i][j]);
                used[j] = false;
            }
        }
    };
    tryFrom(0, 0);
    return best;
}

// Text with every "open … close" group cut out (the first `close` after an
// `open` ends it) and `replacement` put in its place; the groups' insides
// go to `inside`.
QString cutGroups(const QString &text, QChar open, QChar close, const QString &replacement,
                  QStringList *inside = nullptr)
{
    QString result;
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = text.indexOf(open, from);
        const qsizetype end = begin < 0 ? -1 : text.indexOf(close, begin + 1);
        if (end < 0)
            break;
        result += text.mid(from, begin - from) + replacement;
        if (inside)
            inside->append(text.mid(begin + 1, end - begin - 1));
        from = end + 1;
    }
    return result + text.mid(from);
}

// The keys a combination "A + B" is found by, one ingredient each: the
// part's words; and when it has "(qualifiers)", "[alternative names]" or
// "names/separated/by/slashes", also the part without its qualifiers, each
// alternative and each name between slashes.
QSet<QString> ingredientKeys(const QString &title)
{
    QSet<QString> keys;
    if (!title.contains(QLatin1Char('+')))
        return keys;
    const auto add = [&keys](const QString &text) {
        const QString key = searchtext::words(text).join(QLatin1Char(' '));
        if (!key.isEmpty())
            keys.insert(key);
    };
    for (const QString &part : title.split(QLatin1Char('+'))) {
        add(part);
        const QString names = cutGroups(part, QLatin1Char('('), QLatin1Char(')'), QString());
        add(names);
        QStringList alternatives;
        const QString rest = cutGroups(names, QLatin1Char('['), QLatin1Char(']'), QStringLiteral("/"), &alternatives);
        for (const QString &alternative : std::as_const(alternatives)) {
            for (const QString &name : alternative.split(QLatin1Char('/')))
                add(name);
        }
        for (const QString &name : rest.split(QLatin1Char('/')))
            add(name);
    }
    // "Foo + Foo" is one drug, not a combination.
    if (keys.size() < 2)
        keys.clear();
    return keys;
}

// match() as documented, done the slow way.
class Reference
{
public:
    explicit Reference(const QList<Name> &names)
    {
        QHash<QString, int> wordIds;
        for (const Name &name : names) {
            Entry entry;
            entry.id = name.id;
            entry.slug = name.slug;
            entry.words = searchtext::words(name.title);
            entry.key = entry.words.join(QLatin1Char(' '));
            entry.ingredients = ingredientKeys(name.title);
            for (const QString &word : std::as_const(entry.words)) {
                auto it = wordIds.find(word);
                if (it == wordIds.end()) {
                    it = wordIds.insert(word, int(m_vocabulary.size()));
                    m_vocabulary.append(word);
                }
                entry.wordIds.push_back(*it);
            }
            m_names.push_back(std::move(entry));
        }
        // Name order: by the folded words joined by spaces, then by slug,
        // both by UTF-16 unit.
        std::sort(m_names.begin(), m_names.end(),
                  [](const Entry &a, const Entry &b) { return a.key != b.key ? a.key < b.key : a.slug < b.slug; });
    }

    QList<Result> match(const QStringList &words, bool suggest) const
    {
        QList<Result> results;
        const int n = int(words.size());
        if (n == 0 || n > kMaxQueryWords)
            return results;
        const QString key = words.join(QLatin1Char(' '));
        QList<Result> exact, leading, other, ingredient;
        for (const Entry &name : m_names) {
            if (name.words == words) {
                exact.append({name.id, MatchKind::Exact, 0});
            } else if (name.ingredients.contains(key)) {
                // An ingredient of a combination is listed as that even when
                // a word of the name also starts with the query: MatchKind's
                // own example, "paracetamol" in "Aceclofenac + Paracetamol",
                // is one, and so is "Paracetamol + Caffeine" in tst_search.
                ingredient.append({name.id, MatchKind::Ingredient, 0});
            } else if (const int kind = prefixMatch(words, name); kind != 0) {
                (kind == 1 ? leading : other).append({name.id, MatchKind::Prefix, 0});
            }
        }
        results << exact << leading << other << ingredient;
        if (!results.isEmpty() || !suggest || n > kMaxSuggestionWords)
            return results;
        return suggestions(words);
    }

    QString describe(qint64 id) const
    {
        for (const Entry &name : m_names) {
            if (name.id == id)
                return name.words.join(QLatin1Char(' '));
        }
        return QStringLiteral("?");
    }

private:
    struct Entry
    {
        qint64 id = 0;
        QString slug;
        QStringList words;
        QString key;
        QSet<QString> ingredients;
        std::vector<int> wordIds; // into m_vocabulary
    };

    // 1 when every query word starts its own word of the name and the name
    // starts with the query's words in order, 2 when they only start words
    // somewhere in it, 0 when they do not.
    static int prefixMatch(const QStringList &words, const Entry &name)
    {
        const int n = int(words.size());
        const int size = int(name.words.size());
        bool leading = size >= n;
        for (int i = 0; leading && i < n; ++i)
            leading = name.words[i].startsWith(words[i]);
        if (n == 1) {
            // One word is looked up among all the name's words (postings).
            // Several are assigned to the first kMaxNameWords only: the
            // index caps its assignment tables on purpose, so this does too.
            const bool any = std::any_of(name.words.cbegin(), name.words.cend(),
                                         [&](const QString &word) { return word.startsWith(words[0]); });
            return leading ? 1 : any ? 2 : 0;
        }
        const int total = leastAssignment(n, std::min(size, kMaxNameWords),
                                          [&](int i, int j) { return name.words[j].startsWith(words[i]) ? 0 : -1; });
        return total < 0 ? 0 : leading ? 1 : 2;
    }

    // Names whose words are each a small edit from a query word, when no
    // name matched. The header says only "names within a small edit
    // distance"; the implementation lists them nearest first, then (for
    // one word) names whose first word is that nearest word, or (for
    // several) names whose first word the first query word can be read as,
    // then names of fewer words, then in name order: "metformn" is
    // Metformin before its combinations (see tst_searchcorpus). That order
    // is deliberate, so it is the reference's too.
    QList<Result> suggestions(const QStringList &words) const
    {
        const int n = int(words.size());
        // Each query word's cost against each distinct name word, worked
        // out when first needed: the same words recur in many names.
        std::vector<std::vector<int>> memo(size_t(n), std::vector<int>(size_t(m_vocabulary.size()), -2));
        const auto cost = [&](int i, int word) {
            int &value = memo[size_t(i)][size_t(word)];
            if (value == -2)
                value = wordCost(words[i], m_vocabulary[word]);
            return value;
        };
        struct Found
        {
            qint64 id;
            int distance;
            bool leading;
            int wordCount;
            size_t order;
        };
        std::vector<Found> found;
        for (size_t order = 0; order < m_names.size(); ++order) {
            const Entry &name = m_names[order];
            const int size = int(name.wordIds.size());
            int distance = -1;
            bool leading = false;
            if (n == 1) {
                // Every word of the name, as for prefixes.
                for (int j = 0; j < size; ++j) {
                    const int c = cost(0, name.wordIds[size_t(j)]);
                    if (c > 0 && (distance < 0 || c < distance))
                        distance = c;
                }
                leading = distance > 0 && cost(0, name.wordIds[0]) == distance;
            } else {
                distance = leastAssignment(n, std::min(size, kMaxNameWords),
                                           [&](int i, int j) { return cost(i, name.wordIds[size_t(j)]); });
                leading = size > 0 && cost(0, name.wordIds[0]) >= 0;
            }
            if (distance > 0)
                found.push_back({name.id, distance, leading, size, order});
        }
        std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
            if (a.distance != b.distance)
                return a.distance < b.distance;
            if (a.leading != b.leading)
                return a.leading;
            if (a.wordCount != b.wordCount)
                return a.wordCount < b.wordCount;
            return a.order < b.order;
        });
        QList<Result> results;
        for (const Found &f : found)
            results.append({f.id, MatchKind::Suggestion, f.distance});
        return results;
    }

    std::vector<Entry> m_names; // in name order
    QStringList m_vocabulary;
};

QString listText(const QList<Result> &results, const Reference &reference)
{
    constexpr int kShown = 40;
    QString text;
    for (int i = 0; i < results.size() && i < kShown; ++i) {
        const Result &r = results[i];
        text += QStringLiteral("    %1. #%2 %3 (%4%5)\n")
                    .arg(i)
                    .arg(r.id)
                    .arg(reference.describe(r.id), matchKindName(r.kind),
                         r.kind == MatchKind::Suggestion ? QStringLiteral(", %1").arg(r.distance) : QString());
    }
    if (results.size() > kShown)
        text += QStringLiteral("    … %1 more\n").arg(results.size() - kShown);
    return text;
}

// Empty when they agree, else what differs, for people.
QString difference(const QStringList &words, bool suggest, const QList<Result> &actual, const QList<Result> &expected,
                   const Reference &reference)
{
    if (actual == expected)
        return {};
    qsizetype first = 0;
    while (first < actual.size() && first < expected.size() && actual[first] == expected[first])
        ++first;
    return QStringLiteral("query [%1]%2: first difference at %3\n  NameIndex (%4):\n%5  reference (%6):\n%7")
        .arg(words.join(QLatin1String("|")), suggest ? QString() : QStringLiteral(" without suggestions"))
        .arg(first)
        .arg(actual.size())
        .arg(listText(actual, reference))
        .arg(expected.size())
        .arg(listText(expected, reference));
}

// Queries made from the names, of every kind a user types, with their
// folded words.
class QueryMaker
{
public:
    QueryMaker(const QList<Name> &names, quint32 seed)
        : m_random(seed)
    {
        QSet<QString> vocabulary;
        for (const Name &name : names) {
            m_titles.append(name.title);
            m_words.append(searchtext::words(name.title));
            for (const QString &word : std::as_const(m_words.constLast())) {
                vocabulary.insert(word);
                if (word.size() >= 4)
                    m_longerWords.append(word);
            }
            if (name.title.contains(QLatin1Char('+')))
                m_combinations.append(name.title);
            if (m_words.constLast().size() > kMaxNameWords)
                m_longNames.append(m_words.constLast());
        }
        m_vocabulary = QStringList(vocabulary.cbegin(), vocabulary.cend());
        std::sort(m_vocabulary.begin(), m_vocabulary.end());
    }

    QList<QStringList> make()
    {
        QList<QStringList> queries;
        const auto add = [&queries](int count, const std::function<QString()> &text) {
            for (int i = 0; i < count; ++i)
                queries.append(searchtext::words(text()));
        };
        // Exact names, in any case.
        add(300, [&] {
            const QString title = pick(m_titles);
            const int style = bounded(3);
            return style == 0 ? title : style == 1 ? title.toUpper() : title.toLower();
        });
        // The first 1-8 letters of a name, spaces included.
        add(500, [&] { return pick(m_words).join(QLatin1Char(' ')).left(1 + bounded(8)); });
        // One word of a name, whole or still being typed.
        add(250, [&] { return pick(pick(m_words)); });
        add(250, [&] {
            const QString word = pick(pick(m_words));
            return word.left(1 + bounded(int(word.size())));
        });
        // A word with one or two edits, whole or still being typed.
        add(600, [&] { return edited(pick(m_longerWords), 1 + bounded(2)); });
        add(400, [&] {
            const QString word = edited(pick(m_longerWords), 1 + bounded(2));
            return word.left(std::min<int>(int(word.size()), 3 + bounded(int(word.size()))));
        });
        // Several words of one name, in any order, some misspelled, the
        // last perhaps still being typed.
        add(700, [&] {
            const QStringList &name = pick(m_words);
            const int count = std::min<int>(int(name.size()), 1 + bounded(5));
            QList<int> positions;
            for (int i = 0; i < name.size(); ++i)
                positions.append(i);
            shuffle(positions);
            const bool inOrder = bounded(2) == 0;
            positions = positions.mid(0, count);
            if (inOrder)
                std::sort(positions.begin(), positions.end());
            QStringList words;
            const int edits = bounded(3) == 0 ? 0 : bounded(3);
            for (int position : std::as_const(positions)) {
                QString word = name[position];
                if (words.size() < edits && word.size() >= 4)
                    word = edited(word, 1);
                words.append(word);
            }
            if (bounded(2) == 0) {
                QString &last = words.last();
                last = last.left(1 + bounded(int(last.size())));
            }
            return words.join(QLatin1Char(' '));
        });
        // Words past the first kMaxNameWords of a long name, with one before.
        if (!m_longNames.isEmpty()) {
            add(100, [&] {
                const QStringList &name = pick(m_longNames);
                QString late = name[kMaxNameWords + bounded(int(name.size()) - kMaxNameWords)];
                if (bounded(3) == 0 && late.size() >= 4)
                    late = edited(late, 1);
                const QString early = name[bounded(kMaxNameWords)];
                return bounded(2) == 0 ? early + QLatin1Char(' ') + late : late + QLatin1Char(' ') + early;
            });
        }
        // Words of two different names.
        add(150, [&] { return pick(pick(m_words)) + QLatin1Char(' ') + pick(pick(m_words)).left(2 + bounded(8)); });
        // One ingredient of a combination, by any of its names, sometimes
        // misspelled.
        if (!m_combinations.isEmpty()) {
            add(400, [&] {
                const QStringList parts = pick(m_combinations).split(QLatin1Char('+'));
                QString part = pick(parts);
                switch (bounded(5)) {
                case 0:
                    part = cutGroups(part, QLatin1Char('('), QLatin1Char(')'), QString());
                    break;
                case 1:
                    part = pick(part.split(QRegularExpression(QStringLiteral("[/\\[\\]]"))));
                    break;
                case 2: {
                    QStringList words = searchtext::words(part);
                    if (!words.isEmpty() && words.first().size() >= 4)
                        words.first() = edited(words.first(), 1);
                    part = words.join(QLatin1Char(' '));
                    break;
                }
                default:
                    break;
                }
                return part;
            });
        }
        // Words that start no word of any name.
        add(200, [&] {
            for (;;) {
                QString word;
                const int length = 3 + bounded(10);
                for (int i = 0; i < length; ++i)
                    word += letter();
                if (!startsAnyWord(word))
                    return word;
            }
        });
        // Words too long to be misspellings.
        add(20, [&] {
            QString word = pick(m_longerWords);
            while (word.size() <= kMaxFuzzyLength)
                word += pick(m_longerWords);
            return bounded(2) == 0 ? word : pick(pick(m_words)) + QLatin1Char(' ') + word;
        });
        // Anything at all: punctuation, digits, letters beyond ASCII, more
        // words than a name has.
        add(200, [&] {
            static const QString alphabet = QString::fromUtf8(
                "abcdefghijklmnopqrstuvwxyz  0123456789+-/()[]'.,éüßøΩжç\u0301 ");
            QString text;
            const int length = bounded(40);
            for (int i = 0; i < length; ++i)
                text += alphabet[bounded(int(alphabet.size()))];
            return text;
        });
        return queries;
    }

private:
    QRandomGenerator m_random;
    QStringList m_titles;
    QList<QStringList> m_words;
    QStringList m_longerWords;
    QStringList m_combinations;
    QList<QStringList> m_longNames;
    QStringList m_vocabulary; // sorted

    int bounded(int n) { return n <= 0 ? 0 : int(m_random.bounded(n)); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list[bounded(int(list.size()))];
    }
    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[bounded(int(i + 1))]);
    }
    QChar letter() { return QChar(u'a' + bounded(26)); }

    bool startsAnyWord(const QString &prefix) const
    {
        const auto it = std::lower_bound(m_vocabulary.cbegin(), m_vocabulary.cend(), prefix);
        return it != m_vocabulary.cend() && it->startsWith(prefix);
    }

    // `word` with `count` random edits: insert, delete, substitute, or swap
    // two neighbours.
    QString edited(QString word, int count)
    {
        for (int k = 0; k < count; ++k) {
            const int at = bounded(int(word.size()));
            switch (bounded(4)) {
            case 0:
                word.insert(bounded(int(word.size()) + 1), letter());
                break;
            case 1:
                if (word.size() > 1)
                    word.remove(at, 1);
                break;
            case 2: {
                QChar c = letter();
                while (c == word[at])
                    c = letter();
                word[at] = c;
                break;
            }
            default:
                if (word.size() > 1) {
                    const int i = std::min<int>(at, int(word.size()) - 2);
                    std::swap(word[i], word[i + 1]);
                }
                break;
            }
        }
        return word;
    }
};

} // namespace

class TestNameIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Name> m_corpusNames; // empty without the corpus
    QList<QStringList> m_queries;

    static NameIndex build(const QList<Name> &names)
    {
        NameIndex::Builder builder;
        for (const Name &name : names)
            builder.add(name.id, name.title, name.slug);
        return builder.build();
    }

private slots:
    // Names alike once case and punctuation are set aside: the page with
    // more sections first, whatever the slugs; equal ones by slug.
    void aNearEmptyTwinComesAfterTheFullerPage()
    {
        NameIndex::Builder builder;
        builder.add(1, QStringLiteral("Clonazepam ."), u"a-clonazepam");
        builder.add(2, QStringLiteral("Clonazepam"), u"c-clonazepam");
        builder.add(3, QStringLiteral("CLONAZEPAM"), u"b-clonazepam");
        const QHash<qint64, int> sections = {{1, 2}, {2, 9}, {3, 9}};
        const NameIndex index = builder.build([&sections](qint64 id) { return sections.value(id); });
        QList<qint64> order;
        for (const NameIndex::Match &match : index.match({QStringLiteral("clonazepam")}, false)) {
            QCOMPARE(match.kind, MatchKind::Exact);
            order.append(index.id(match.drug));
        }
        QCOMPARE(order, QList<qint64>({3, 2, 1}));
    }

    void initTestCase()
    {
        const QString corpus = QString::fromUtf8(FORMULARY_CORPUS_DIR);
        if (!QFileInfo(corpus).isDir())
            return; // the corpus tests skip themselves
        QVERIFY(m_dir.isValid());
        const QString database = m_dir.filePath(QStringLiteral("corpus.sqlite"));
        const ImportReport report = Importer::run({corpus, database, false});
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QString error;
        const std::unique_ptr<ContentDatabase> content = ContentDatabase::open(database,
                                                                               ContentDatabase::Mode::ReadOnly, &error);
        QVERIFY2(content, qPrintable(error));
        content->forEachName([this](qint64 id, const QString &title, const QString &slug) {
            m_corpusNames.append({id, title, slug});
        });
        QVERIFY(m_corpusNames.size() > 1000);
        m_queries = QueryMaker(m_corpusNames, 20240611).make();
    }

    void handWrittenNames()
    {
        const QList<Name> names = {
            {1, QStringLiteral("Paracetamol"), QStringLiteral("paracetamol")},
            {2, QStringLiteral("Paracetamol + Caffeine"), QStringLiteral("paracetamol-caffeine")},
            {3, QStringLiteral("Aceclofenac + Paracetamol"), QStringLiteral("aceclofenac-paracetamol")},
            {4, QStringLiteral("Paracetamol Infusion"), QStringLiteral("paracetamol-infusion")},
            {5, QStringLiteral("Amoxicillin + Clavulanic Acid"), QStringLiteral("amoxicillin-clavulanic-acid")},
            {6, QStringLiteral("Clonazepam"), QStringLiteral("clonazepam")},
            {7, QString::fromUtf8("Café Extract"), QStringLiteral("cafe-extract")},
            {8, QStringLiteral("Isoprenaline [Isoproterenol]"), QStringLiteral("isoprenaline")},
            {9, QStringLiteral("Metformin + Ursodeoxycholic Acid/Ursodiol"), QStringLiteral("metformin-ursodiol")},
            {10, QStringLiteral("Beclomethasone (Topical) + Clotrimazole"),
             QStringLiteral("beclomethasone-clotrimazole")},
            {11, QStringLiteral("Paracetamol"), QStringLiteral("paracetamol-2")}, // titles repeat; slugs do not
            {12, QStringLiteral("Atropine + Hyoscine [Scopolamine]"), QStringLiteral("atropine-hyoscine")},
        };
        const NameIndex index = build(names);
        const Reference reference(names);
        using R = Result;
        const auto E = MatchKind::Exact;
        const auto P = MatchKind::Prefix;
        const auto I = MatchKind::Ingredient;
        const auto S = MatchKind::Suggestion;
        const QList<std::pair<QString, QList<Result>>> cases = {
            // Exact (by slug among equal names), names that start with the
            // word, names with a later word that does, then combinations.
            {QStringLiteral("paracetamol"), {R{1, E, 0}, R{11, E, 0}, R{4, P, 0}, R{3, I, 0}, R{2, I, 0}}},
            {QStringLiteral("PARA"), {R{1, P, 0}, R{11, P, 0}, R{2, P, 0}, R{4, P, 0}, R{3, P, 0}}},
            {QStringLiteral("clav"), {R{5, P, 0}}},
            {QStringLiteral("amox clav"), {R{5, P, 0}}},
            {QStringLiteral("acid amox"), {R{5, P, 0}}},
            {QStringLiteral("clavulanic acid"), {R{5, I, 0}}},
            {QString::fromUtf8("CAFÉ"), {R{7, P, 0}}},
            {QStringLiteral("cafe extract"), {R{7, E, 0}}},
            // "[…]" and "/" name the same ingredient twice; "(…)" only qualifies.
            {QStringLiteral("ursodiol"), {R{9, I, 0}}},
            {QStringLiteral("ursodeoxycholic acid"), {R{9, I, 0}}},
            {QStringLiteral("beclomethasone"), {R{10, I, 0}}},
            {QStringLiteral("beclomethasone topical"), {R{10, I, 0}}},
            {QStringLiteral("isoproterenol"), {R{8, P, 0}}}, // not a combination
            {QStringLiteral("scopolamine"), {R{12, I, 0}}},
            {QStringLiteral("hyoscine"), {R{12, I, 0}}},
            {QStringLiteral("hyoscine scopolamine"), {R{12, I, 0}}},
            // Misspellings: nearest first, names that start with the word
            // and are shortest before the others.
            {QStringLiteral("clonazepan"), {R{6, S, 1}}},
            {QStringLiteral("paracetmol"), {R{1, S, 1}, R{11, S, 1}, R{2, S, 1}, R{4, S, 1}, R{3, S, 1}}},
            {QStringLiteral("amox clavulanc"), {R{5, S, 1}}},
            {QStringLiteral("amoxicilin clavulanc"), {R{5, S, 2}}},
            {QStringLiteral("xyzzy"), {}},
            {QStringLiteral("clo"), {R{6, P, 0}, R{10, P, 0}}},
        };
        for (const auto &[text, expected] : cases) {
            const QStringList words = searchtext::words(text);
            const QList<Result> actual = matchesOf(index, words, true);
            QVERIFY2(actual == expected, qPrintable(difference(words, true, actual, expected, reference)));
            // The reference agrees on these, which is what makes it worth trusting elsewhere.
            const QList<Result> fromReference = reference.match(words, true);
            QVERIFY2(fromReference == expected,
                     qPrintable(difference(words, true, fromReference, expected, reference)));
        }
        QVERIFY(index.match(searchtext::words(QStringLiteral("clonazepan")), false).isEmpty());
        QVERIFY(index.match({}, true).isEmpty());
    }

    // kMaxFuzzyLength: "longer words are not misspelled names", for a query
    // of one word (found by walking the trie) as for one of several.
    void longWordsAreNotMisspellings()
    {
        const QList<Name> names = {
            {1, QStringLiteral("Pneumonoultramicroscopicsilicovolcanoconiosisvaccinum Forte"), QStringLiteral("long")},
            {2, QStringLiteral("Forte"), QStringLiteral("forte")},
        };
        QCOMPARE(searchtext::words(names[0].title).first().size(), 53);
        const NameIndex index = build(names);
        const Reference reference(names);
        for (const char *text : {"pneumonoultrx forte", "pneumonoultrx"}) {
            const QStringList words = searchtext::words(QString::fromLatin1(text));
            const QList<Result> actual = matchesOf(index, words, true);
            const QList<Result> expected = reference.match(words, true);
            QVERIFY(expected.isEmpty());
            QVERIFY2(actual == expected, qPrintable(difference(words, true, actual, expected, reference)));
        }
    }

    void sameAsReferenceOverCorpus()
    {
        if (m_corpusNames.isEmpty())
            QSKIP("no corpus folder; set FORMULARY_CORPUS_DIR at configure time to run this test");
        QElapsedTimer timer;
        timer.start();
        const NameIndex index = build(m_corpusNames);
        const Reference reference(m_corpusNames);
        int compared = 0, failures = 0, suggested = 0, empty = 0;
        // The brute force is slow under the sanitizers, which look for memory
        // errors and need not see every query: there, every fourth.
        for (qsizetype q = 0; q < m_queries.size(); q += kSanitizerStride) {
            const QStringList &words = m_queries.at(q);
            for (const bool suggest : {true, false}) {
                const QList<Result> actual = matchesOf(index, words, suggest);
                const QList<Result> expected = reference.match(words, suggest);
                ++compared;
                if (suggest) {
                    suggested += !expected.isEmpty() && expected.first().kind == MatchKind::Suggestion;
                    empty += expected.isEmpty();
                }
                const QString diff = difference(words, suggest, actual, expected, reference);
                if (!diff.isEmpty() && ++failures <= 20)
                    qWarning().noquote() << diff;
            }
        }
        qInfo("%d names, %d queries (with and without suggestions: %d comparisons; %d answered with suggestions, %d "
              "with nothing) in %lld ms",
              int(m_corpusNames.size()), int(m_queries.size()), compared, suggested, empty, timer.elapsed());
        QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 of %2 comparisons differ").arg(failures).arg(compared)));
    }

    void orderOfNamesDoesNotMatter()
    {
        if (m_corpusNames.isEmpty())
            QSKIP("no corpus folder; set FORMULARY_CORPUS_DIR at configure time to run this test");
        QList<Name> reversed(m_corpusNames.crbegin(), m_corpusNames.crend());
        QList<Name> shuffled = m_corpusNames;
        QRandomGenerator random(7);
        for (qsizetype i = shuffled.size() - 1; i > 0; --i)
            std::swap(shuffled[i], shuffled[qsizetype(random.bounded(quint32(i + 1)))]);
        // Far apart ids, which the index keeps in a hash rather than a table.
        constexpr qint64 kOffset = 1'000'000'000'000;
        QList<Name> sparse = shuffled;
        for (Name &name : sparse)
            name.id = name.id * 7919 + kOffset;

        const NameIndex index = build(m_corpusNames);
        const NameIndex others[] = {build(reversed), build(shuffled), build(sparse)};
        const Reference reference(m_corpusNames);
        for (const NameIndex &other : others) {
            QCOMPARE(other.size(), index.size());
            const bool isSparse = &other == &others[2];
            for (int i = 0; i < other.size(); ++i)
                QCOMPARE(other.indexOf(other.id(quint32(i))), std::optional<quint32>(quint32(i)));
            for (qsizetype q = 0; q < m_queries.size(); q += 3 * kSanitizerStride) {
                const QStringList &words = m_queries[q];
                const QList<Result> expected = matchesOf(index, words, true);
                QList<Result> actual = matchesOf(other, words, true);
                if (isSparse) {
                    for (Result &result : actual)
                        result.id = (result.id - kOffset) / 7919;
                }
                QVERIFY2(actual == expected, qPrintable(difference(words, true, actual, expected, reference)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNameIndex)
#include "tst_nameindex.moc"
