#pragma once

#include "parse/monograph.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace formulary {

// The reviewed table of side-effect synonyms (data/side-effect-synonyms.tsv):
// pairs of names that are one side effect though no page pairs them, and
// pairs the pages state that are not. Names are side-effect terms, folded as
// sideEffectTermKey() folds them.
struct SynonymTable
{
    int version = 0;
    QList<QPair<QString, QString>> added;
    QList<QPair<QString, QString>> removed;

    // Reads the table's text; a line it cannot read is an error with its line.
    static SynonymTable parse(const QByteArray &text, QList<ParseMessage> *errors);
};

} // namespace formulary
