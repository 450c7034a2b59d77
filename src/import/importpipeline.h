#pragma once

#include "import/importreport.h"

#include <QList>

#include <atomic>
#include <functional>

namespace formulary {

class ContentDatabaseBuilder;
struct ImportPlan;

// Called from the importing thread with the number of files done so far.
using ImportProgress = std::function<void(int done, int total)>;

struct PipelineResult
{
    QList<FileOutcome> files; // in the plan's order
    qint64 bytesRead = 0;
    bool cancelled = false;
};

// Reads and parses the plan's pages on threads of their own, a few batches
// ahead of the one writer, which stores each page in `builder` in the plan's
// order. Throws StorageError when the builder does.
PipelineResult runPipeline(const ImportPlan &plan, ContentDatabaseBuilder &builder, qint64 importedAt,
                           const ImportProgress &progress, const std::atomic_bool *cancel);

} // namespace formulary
