#include "import/importpipeline.h"

#include "import/importmessages.h"
#include "import/importplan.h"
#include "store/contentdatabasebuilder.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <deque>
#include <sys/resource.h>
#include <unistd.h>

namespace formulary {
namespace {

constexpr int kBatchSize = 256;
// Batches parsed ahead of the writer: enough to keep the parsing threads busy
// while it writes, few enough to hold little memory.
constexpr size_t kBatchesAhead = 3;
// The single writer is the bottleneck of an import. At equal priority, two
// parsing threads and the writer share two cores and the writer waits a third
// of its time for one; below it, the parsers take what it leaves.
// Measured at 100k pages: 20.1 s at equal priority, 18.2 s with this.
constexpr int kParsingNiceness = 10;

// Lowers the calling thread's priority once, below the niceness it was
// started with (a whole import run with `nice` stays below others); a no-op
// where threads have no niceness of their own.
void lowerParsingThreadPriority()
{
#ifdef Q_OS_LINUX
    static thread_local const bool lowered = [] {
        const id_t thread = id_t(gettid());
        const int niceness = std::min(getpriority(PRIO_PROCESS, thread) + kParsingNiceness, 19);
        return setpriority(PRIO_PROCESS, thread, niceness) == 0;
    }();
    Q_UNUSED(lowered);
#endif
}

// The batches being parsed ahead of the writer. Whichever way the writer
// stops (done, cancelled, a storage error), they are stopped and waited
// for: they read the plan's jobs, which must outlive them.
struct ParsingAhead
{
    std::deque<QFuture<PageJobResult>> batches;
    ~ParsingAhead()
    {
        for (QFuture<PageJobResult> &batch : batches) {
            batch.cancel();
            batch.waitForFinished();
        }
    }
};

} // namespace

PipelineResult runPipeline(const ImportPlan &plan, ContentDatabaseBuilder &builder, qint64 importedAt,
                           const ImportProgress &progress, const std::atomic_bool *cancel)
{
    PipelineResult result;
    const QList<PageJob> &jobs = plan.jobs;
    // The import's own threads: their priority is lowered for the import only.
    QThreadPool parsers;
    // A waiting writer may run a batch itself; only the pool's threads are lowered.
    const QThread *writerThread = QThread::currentThread();
    auto parse = [writerThread](const PageJob &job) {
        if (QThread::currentThread() != writerThread)
            lowerParsingThreadPriority();
        return readPage(job);
    };
    ParsingAhead ahead;
    qsizetype launched = 0;
    auto launchAhead = [&] {
        while (ahead.batches.size() < kBatchesAhead && launched < jobs.size()) {
            const auto from = jobs.cbegin() + launched;
            launched = std::min<qsizetype>(launched + kBatchSize, jobs.size());
            ahead.batches.push_back(QtConcurrent::mapped(&parsers, from, jobs.cbegin() + launched, parse));
        }
    };
    launchAhead();
    qsizetype written = 0;
    while (!ahead.batches.empty() && !result.cancelled) {
        const QFuture<PageJobResult> current = ahead.batches.front();
        ahead.batches.pop_front();
        launchAhead();
        const QList<PageJobResult> results = current.results();
        for (const PageJobResult &page : results) {
            const PageJob &job = jobs.at(written++); // results come in the jobs' order
            if (cancel && cancel->load()) {
                result.cancelled = true;
                break;
            }
            result.bytesRead += page.bytes;
            FileOutcome outcome = page.outcome;
            if (outcome.kind == FileOutcome::Kind::Skipped) {
                if (plan.keepsStoredVersion(job)) {
                    outcome.messages.append(
                        {0, ImportMessages::tr("the previously imported version of this page is kept")});
                    outcome.slug = job.slug;
                }
            } else if (outcome.kind != FileOutcome::Kind::Unchanged) {
                builder.store(page.record, outcome.path, page.hash, importedAt);
            }
            result.files.append(outcome);
            if (progress)
                progress(int(result.files.size()), int(jobs.size()));
        }
    }
    return result;
}

} // namespace formulary
