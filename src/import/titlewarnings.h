#pragma once

#include "import/importreport.h"
#include "store/contentdatabase.h"

#include <QList>

namespace formulary {

// Each imported page whose title another page has too says so once, naming
// a few of the others: a folder of thousands of copies of one page must not
// report every pair. `groups` lists the drugs sharing each title.
void addSharedTitleWarnings(const QList<QList<DrugRecord>> &groups, QList<FileOutcome> &files);

} // namespace formulary
