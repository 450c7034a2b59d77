#pragma once

#include <QByteArray>

namespace formulary {

// The text of data/side-effect-synonyms.tsv, as the program was built with it.
QByteArray reviewedSynonymsText();

} // namespace formulary
