#include "parse/textfold.h"

namespace formulary {

QString foldForMatching(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            space = !folded.isEmpty();
            continue;
        }
        if (space) {
            folded += QLatin1Char(' ');
            space = false;
        }
        folded += c.toCaseFolded();
    }
    return folded;
}

QString questionKey(const QString &question)
{
    QString kept;
    for (const QChar c : foldForMatching(question)) {
        if (c.isLetterOrNumber())
            kept += c;
        else if (c.isSpace() || c.isPunct() || c.isSymbol())
            kept += QLatin1Char(' ');
    }
    return kept.simplified();
}

} // namespace formulary
