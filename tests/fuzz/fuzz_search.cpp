// libFuzzer target: any text as a query, searched over a small database
// imported from the seed pages at start (FORMULARY_FUZZ_PAGES), names, full
// text, snippets and all.
#include "import/importer.h"
#include "search/searchengine.h"
#include "search/searchquery.h"
#include "store/contentdatabase.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

// Destroyed by an exit handler registered once they exist, which runs
// before Qt's own statics go: the database closes through them.
QTemporaryDir *g_dir = nullptr;
formulary::ContentDatabase *g_database = nullptr;
formulary::SearchEngine *g_engine = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    g_dir = new QTemporaryDir;
    formulary::Importer::Options options;
    options.sourceDir = QString::fromUtf8(FORMULARY_FUZZ_PAGES);
    options.databasePath = g_dir->filePath(QStringLiteral("content.sqlite"));
    const formulary::ImportReport report = formulary::Importer::run(options);
    QString error;
    g_database = formulary::ContentDatabase::open(options.databasePath, formulary::ContentDatabase::Mode::ReadOnly,
                                                  &error)
                     .release();
    if (!report.succeeded() || !g_database || g_database->drugCount() == 0) {
        std::fprintf(stderr, "fuzz_search: no database to search: %s\n", qPrintable(report.error + error));
        std::abort();
    }
    g_engine = new formulary::SearchEngine(*g_database);
    std::atexit([] {
        delete g_engine;
        delete g_database;
        delete g_dir;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const formulary::SearchQuery query = formulary::SearchQuery::parse(text);
    formulary::SearchEngine::Hits hits = g_engine->search(query);
    (void)g_engine->results(hits, 0, 20);
    return 0;
}
