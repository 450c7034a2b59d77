#pragma once

#include <QString>

namespace formulary {

// Text folded for matching names: case and diacritics ignored, runs of
// whitespace made one space ("Café  Noir" -> "cafe noir").
QString foldForMatching(const QString &text);

// The stable key of an FAQ question: folded as above, and punctuation
// dropped, so that rewording in case, spacing or punctuation keeps the key.
QString questionKey(const QString &question);

} // namespace formulary
