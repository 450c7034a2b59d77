#pragma once

#include "parse/monograph.h"

#include <QList>

struct cmark_node;

namespace formulary {

// The side effects listed in a Side Effects section: the items of its lists,
// each with the label it was listed under ("Common", "Less Common but
// Serious"). Comma-separated runs after a bold label ("**Common:** nausea,
// headache") count as lists too. Prose is left to the section's text.
QList<SideEffect> extractSideEffects(const QList<cmark_node *> &blocks);

// "Common side effects (1-10%) include:" -> "Common (1-10%)".
QString sideEffectGroupName(const QString &label);

} // namespace formulary
