#pragma once

#include "parse/monograph.h"

#include <QString>

namespace formulary {

// A section's side effects as a student reads them across a page: by
// frequency class (common, less common, rare, serious, unspecified), each
// name once and as written, with the ingredient it is listed under. Notes
// and sentences are left out; the section's own text says them. HTML for
// the tab to show above that text; empty when nothing is listed.
QString sideEffectsByFrequencyHtml(const QList<SideEffect> &effects);

} // namespace formulary
