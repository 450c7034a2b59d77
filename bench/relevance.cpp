// Search relevance on one content database, beside a plain FTS5 bm25
// baseline built from the same pages (see relevancemeasure.h):
//
//   formulary-bench-relevance DATABASE [--queries N]
//
// N queries of each kind (default 400), taken at even steps through the drugs.
#include "relevancemeasure.h"
#include "store/contentdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace formulary;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2 || arguments.at(1).startsWith(QLatin1Char('-'))) {
        err << "usage: formulary-bench-relevance DATABASE [--queries N]\n";
        return 2;
    }
    int queries = 400;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--queries")); i > 0) {
        bool ok = false;
        queries = arguments.value(i + 1).toInt(&ok);
        if (!ok || queries <= 0) {
            err << "formulary-bench-relevance: --queries wants a positive number, not '" << arguments.value(i + 1)
                << "'\n";
            return 2;
        }
    }
    QString error;
    const auto database = ContentDatabase::open(arguments.at(1), ContentDatabase::Mode::ReadOnly, &error);
    if (!database) {
        err << error << '\n';
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const RelevanceFigures figures = measureRelevance(*database, queries);
    if (!figures.error.isEmpty()) {
        err << "formulary-bench-relevance: the baseline index: " << figures.error << '\n';
        return 1;
    }
    out << database->drugCount() << " drugs\n" << describe(figures);
    out << QStringLiteral("measured in %1 s\n").arg(clock.elapsed() / 1000.0, 0, 'f', 1);
    return 0;
}
