#pragma once

#include "render/drugcomparison.h"

#include <QStringList>

namespace formulary {

class ContentDatabase;

// The drugs of `slugs` side by side, read from `database`: each drug's
// sections (those the database has, each once, in the order given) and
// their side effects as the study library compares them. Throws StorageError.
DrugComparison loadDrugComparison(const ContentDatabase &database, const QStringList &slugs);

} // namespace formulary
