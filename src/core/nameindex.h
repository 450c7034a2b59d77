#pragma once

#include "searchresult.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

struct sqlite3;

namespace formulary {

// Every drug's name in memory, loaded once per database: matching names is
// the part of search that runs on every keystroke, and a sorted word list
// with a trie answers it in microseconds where SQL would take milliseconds.
class NameIndex
{
public:
    struct Drug
    {
        qint64 id = 0;
        QString title;
        QString slug;
    };
    struct Match
    {
        quint32 drug = 0; // index, see drug()
        MatchKind kind = MatchKind::Exact;
        quint8 distance = 0; // edits, for suggestions
    };

    // Reads the drug table; throws SqliteError.
    static NameIndex load(sqlite3 *db);

    int size() const { return int(m_drugs.size()); }
    // Drugs are numbered in the order of their names.
    Drug drug(quint32 index) const;
    qint64 id(quint32 index) const { return m_drugs[index].id; }
    std::optional<quint32> indexOf(qint64 drugId) const;

    // The drugs whose names match `words` (folded, see searchtext), in the
    // order they are shown: exact names; names with words starting with the
    // query's words (names that start with them first); combinations that
    // contain the query as an ingredient; and only when none of these
    // matched and `suggest` is set, names within a small edit distance.
    // Within a group, alphabetical.
    QList<Match> match(const QStringList &words, bool suggest = true) const;

    // Optimal string alignment distance (a swap of two neighbours is one edit).
    static int editDistance(QStringView a, QStringView b);
    // The least edit distance between `query` and any prefix of `word`.
    static int prefixEditDistance(QStringView query, QStringView word);
    // The edits allowed for a misspelled word of this length, for the whole
    // word and for a word still being typed.
    static int allowedEdits(int length);
    static int allowedPrefixEdits(int length);

private:
    struct Entry
    {
        qint64 id;
        QString title;
        QString slug;
        QString key; // folded words joined by spaces
        quint32 firstWord = 0, wordCount = 0; // in m_drugWords
    };
    struct TrieNode
    {
        char16_t ch = 0;
        quint16 childCount = 0;
        quint32 firstChild = 0;
        qint32 word = -1; // the word that ends here
        quint32 wordBegin = 0, wordEnd = 0; // the words below, in m_words
    };
    struct WordRange
    {
        quint32 begin, end;
    };

    WordRange prefixRange(const QString &prefix) const;
    quint32 postings(WordRange range) const;
    QStringView drugWord(quint32 drug, quint32 position) const;
    // Whether each query word can be given its own word of the drug's name
    // at finite cost; the least total cost, or -1.
    template <typename Cost>
    int assign(quint32 drug, int queryWords, Cost cost) const;
    // Words within the allowed edits of `query`, with their distance.
    std::vector<std::pair<quint32, quint8>> fuzzyWords(QStringView query, int wholeEdits, int prefixEdits) const;
    void buildTrie();

    std::vector<Entry> m_drugs;           // sorted by key, then slug
    std::vector<quint32> m_drugWords;     // word ids of each drug's name, in order
    std::vector<QString> m_words;         // distinct words, sorted
    std::vector<quint32> m_postingStart;  // per word, into m_postings; one extra at the end
    std::vector<quint32> m_postings;      // drug << 8 | position of the word in its name (capped)
    QHash<QString, std::vector<quint32>> m_ingredients; // ingredient key -> combinations
    // Drug ids are usually 1…n: a table indexed by id, else a hash.
    std::vector<quint32> m_indexById;
    QHash<qint64, quint32> m_byId;
    std::vector<TrieNode> m_trie;
    int m_maxWordLength = 0;
};

} // namespace formulary
