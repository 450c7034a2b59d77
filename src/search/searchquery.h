#pragma once

#include "parse/monograph.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace formulary {

// What the user typed, understood: the words to look for, whether the last
// one is still being typed, and an optional section filter. Words in double
// quotes ("hair loss") are a phrase; an unclosed quote runs to the end. Any
// text is a valid query; nothing here is ever passed on as SQL or FTS5
// syntax.
struct SearchQuery
{
    // One thing the text must hold: a word in any of its forms, or, quoted,
    // its words as typed, side by side and in order.
    struct Part
    {
        QStringList words; // folded; repeats kept in a phrase
        bool quoted = false;

        bool operator==(const Part &other) const { return quoted == other.quoted && words == other.words; }
    };

    QString text;                       // as typed, filter included
    QStringList words;                  // folded words, in order, repeats removed, quoted ones too
    QList<Part> parts;                  // the words as the full-text search reads them, in order
    bool lastWordIsPrefix = false;      // the text ends inside the last word, last of `words` and of `parts`
    std::optional<SectionKind> section; // limit the full-text part to this kind

    // Reads a filter such as "side:" or "faqs:" (see filterHelp()) from
    // anywhere in the text; the last one wins. An unknown "word:" is text.
    static SearchQuery parse(const QString &text);
    // The same, with the filter given by the caller (when set) in place of
    // any in the text.
    static SearchQuery parse(const QString &text, std::optional<SectionKind> section);

    bool isEmpty() const { return words.isEmpty(); }
    // The filter names, one line each, then a line on quotes, for --help
    // and the search tips.
    static QString filterHelp();

private:
    // The words of `text`, without looking for filters.
    static SearchQuery fromText(const QString &text);
};

} // namespace formulary
