#pragma once

#include "parse/monograph.h"

#include <QList>

struct cmark_node;

namespace formulary {

// The side effects listed in a Side Effects section: the items of its lists,
// each with the label it was listed under ("Common", "Less Common but
// Serious") and its line (cmark's line plus `lineOffset`). Comma-separated
// runs after a label count as lists too: "**Common:** nausea, headache", and
// an item "Gastrointestinal: nausea, gas, loss of appetite". Prose is left to
// the section's text. Each is normalised (sideeffectterm.h) with the
// section's ingredient and the drug's `ingredients`.
QList<SideEffect> extractSideEffects(const QList<cmark_node *> &blocks, int lineOffset,
                                     const QString &sectionIngredient, const QStringList &ingredients);

// "Common side effects (1-10%) include:" -> "Common (1-10%)".
QString sideEffectGroupName(const QString &label);

} // namespace formulary
