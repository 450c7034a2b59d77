#pragma once

#include "search/searchresult.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace formulary {

class ContentDatabase;

// The words of every drug's name in memory, loaded once per database:
// matching names is the part of search that runs on every keystroke, and a
// sorted word list, walked as a trie for misspellings, answers it in
// microseconds where SQL would take milliseconds.
class NameIndex
{
public:
    struct Match
    {
        quint32 drug = 0; // index, see id()
        MatchKind kind = MatchKind::Exact;
        quint8 distance = 0; // edits, for suggestions
    };

    // Takes every drug's id, title and slug, in any order; keeps only the
    // words of the names, not the names themselves.
    class Builder
    {
    public:
        Builder();
        ~Builder();
        void add(qint64 id, const QString &title, QStringView slug);
        // Once: the builder is empty afterwards. Drugs whose names are alike
        // go fullest first by `sections` (a drug's number of sections; a
        // near-empty twin last), then by slug.
        NameIndex build(const std::function<int(qint64 id)> &sections = {});

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };
    // Every drug of the database; throws StorageError.
    static NameIndex load(const ContentDatabase &database);

    int size() const { return int(m_ids.size()); }
    // Drugs are numbered in the order of their names.
    qint64 id(quint32 index) const { return m_ids[index]; }
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
    // Strings back to back in one buffer: a QString each would cost a
    // header and an allocation, more than the few letters of a word.
    struct Strings
    {
        std::vector<char16_t> text;
        std::vector<quint32> start{0}; // of each string, and the end of the last

        quint32 size() const { return quint32(start.size() - 1); }
        QStringView at(quint32 i) const
        {
            return QStringView(text.data() + start[i], qsizetype(start[i + 1] - start[i]));
        }
        // The first string not less than `value` (UTF-16 order), and whether it equals it.
        quint32 lowerBound(QStringView value) const;
        std::optional<quint32> find(QStringView value) const;
        void append(QStringView value);
    };
    struct WordRange
    {
        quint32 begin, end;
    };

    WordRange prefixRange(QStringView prefix) const;
    quint32 postings(WordRange range) const;
    quint32 wordCount(quint32 drug) const { return m_firstWord[drug + 1] - m_firstWord[drug]; }
    QStringView drugWord(quint32 drug, quint32 position) const;
    // The drugs whose folded words joined by spaces are `key`.
    std::pair<quint32, quint32> exactRange(const QString &key) const;
    // Whether each query word can be given its own word of the drug's name
    // at finite cost; the least total cost, or -1.
    template<typename Cost>
    int assign(quint32 drug, int queryWords, Cost cost) const;
    // Words within the allowed edits of `query`, with their distance.
    std::vector<std::pair<quint32, quint8>> fuzzyWords(QStringView query, int wholeEdits, int prefixEdits) const;
    // The end of the run of words in [begin, end) with the letter of `begin` at `depth`.
    quint32 runEnd(quint32 begin, quint32 end, int depth) const;

    // Drugs in name order: by their words (as their keys, the words joined
    // by spaces, sort), then by slug. Names and slugs are not kept: they
    // are read from the database for the few drugs shown.
    struct Interner;
    std::vector<qint64> m_ids;
    std::vector<quint32> m_firstWord;       // per drug, into m_drugWords; one extra at the end
    std::vector<quint32> m_drugWords;       // word ids of each drug's name, in order
    Strings m_words;                        // distinct words, sorted; the trie of fuzzyWords() is implied
    std::vector<quint8> m_sharedPrefix;     // per word, letters in common with the one before (at most 255)
    std::vector<quint32> m_postingStart;    // per word, into m_postings; one extra at the end
    std::vector<quint32> m_postings;        // drug << 8 | position of the word in its name (capped)
    Strings m_ingredients;                  // ingredient keys, sorted
    std::vector<quint32> m_ingredientStart; // per key, into m_ingredientDrugs; one extra at the end
    std::vector<quint32> m_ingredientDrugs; // combinations, ascending
    // Drug ids are usually 1…n: a table indexed by id, else a hash.
    std::vector<quint32> m_indexById;
    QHash<qint64, quint32> m_byId;
    int m_maxWordLength = 0;
};

} // namespace formulary
