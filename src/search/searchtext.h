#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace formulary::searchtext {

// Words as the full-text index sees them (unicode61, remove_diacritics 2):
// runs of letters and digits, case and diacritics folded. Everything else,
// quotes and operators included, only separates words, which is why a
// query built from these words can never carry FTS5 syntax.
struct Token
{
    QString folded;
    int start = 0; // UTF-16 range in the text it came from
    int end = 0;
};

QList<Token> tokenize(QStringView text);
QStringList words(QStringView text);

// Whether `c` is part of a word.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Calls `f(start, end)` for each word of `text`, without folding it: the
// snippet code compares words in place, which saves a string per word.
template<typename F>
void forEachWord(QStringView text, F f)
{
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        while (i < size && !isWordChar(text[i]))
            ++i;
        const int start = i;
        while (i < size && isWordChar(text[i]))
            ++i;
        if (i > start)
            f(start, i);
    }
}

// A word folded as the index folds it.
QString fold(QStringView word);
// Whether the word `raw`, folded, equals / starts with `folded`.
bool foldedEquals(QStringView raw, QStringView folded);
bool foldedStartsWith(QStringView raw, QStringView foldedPrefix);

} // namespace formulary::searchtext
