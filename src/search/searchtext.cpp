#include "search/searchtext.h"

namespace formulary::searchtext {
namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

char16_t lowerAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

} // namespace

// Most text is ASCII, which folds without Unicode normalisation; that keeps
// cutting snippets from whole sections cheap.
QString fold(QStringView word)
{
    QString folded;
    folded.reserve(word.size());
    if (isAscii(word)) {
        for (const QChar c : word)
            folded += QChar(lowerAscii(c.unicode()));
        return folded;
    }
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            folded += c.toCaseFolded();
    }
    return folded;
}

bool foldedEquals(QStringView raw, QStringView folded)
{
    if (!isAscii(raw))
        return fold(raw) == folded;
    if (raw.size() != folded.size())
        return false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (lowerAscii(raw[i].unicode()) != folded[i].unicode())
            return false;
    }
    return true;
}

bool foldedStartsWith(QStringView raw, QStringView foldedPrefix)
{
    if (!isAscii(raw))
        return fold(raw).startsWith(foldedPrefix);
    if (raw.size() < foldedPrefix.size())
        return false;
    for (qsizetype i = 0; i < foldedPrefix.size(); ++i) {
        if (lowerAscii(raw[i].unicode()) != foldedPrefix[i].unicode())
            return false;
    }
    return true;
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    forEachWord(text, [&](int start, int end) {
        QString folded = fold(text.mid(start, end - start));
        if (!folded.isEmpty())
            tokens.append({std::move(folded), start, end});
    });
    return tokens;
}

QStringList words(QStringView text)
{
    QStringList result;
    for (Token &token : tokenize(text))
        result.append(std::move(token.folded));
    return result;
}

} // namespace formulary::searchtext
