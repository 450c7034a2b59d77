#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace formulary {

// Which words a snippet marks: the query's whole words, the word still
// being typed as a prefix, and quoted phrases, each marked where its words
// stand side by side and only there. Folded as searchtext folds.
struct SnippetTerms
{
    QStringList words;
    QString prefix;
    QList<QStringList> phrases; // each of two words or more

    // Which of the words or the prefix the word `raw` (as written) is: an
    // index into `words`, words.size() for the prefix, or -1. Phrase
    // number i is term words.size() + 1 + i.
    int indexOf(QStringView raw) const;
};

// A short plain-text excerpt with the matched words marked.
struct Snippet
{
    QString text;
    QList<QPair<int, int>> marks; // UTF-16 offset and length in text, in order; a phrase is one mark

    bool isEmpty() const { return text.isEmpty(); }
    // HTML-escaped, each mark in <b>…</b>.
    QString toHtml() const;
    // Marks wrapped in `open`/`close`, for the terminal.
    QString toMarkedText(const QString &open, const QString &close) const;

    // The part of `plainText` around the densest cluster of matches, at most
    // about `maxLength` characters, with an ellipsis where it was cut. Empty
    // when no word matches.
    static Snippet cut(QStringView plainText, const SnippetTerms &terms, int maxLength = 180);
    // The whole text with its matches marked (names are short).
    static Snippet markAll(QStringView text, const SnippetTerms &terms);
    // Markdown markup dropped, lines joined: enough for an excerpt, and much
    // cheaper than a parse.
    static QString plainTextOf(QStringView markdown);
    // The number of distinct words of `terms` found in `plainText` (the
    // prefix, and each phrase, count as one), and how often they occur.
    static QPair<int, int> coverage(QStringView plainText, const SnippetTerms &terms);
};

} // namespace formulary
