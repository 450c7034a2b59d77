// The side-effect index, measured as it is built and used:
//
//   formulary-bench-side-effects DATABASE
//
// prints the time to rebuild the index of DATABASE (as an import does after
// storing the pages), `formulary side-effects TERM` answered by the program
// (started afresh each time, warm) for the most listed term, and the
// browser's term list and a term's drugs, each from the request to the view
// painted, offscreen. Each figure is a median and maximum.
#include "app/appstyle.h"
#include "app/sideeffectsdialog.h"
#include "parse/synonymtable.h"
#include "store/contentdatabase.h"
#include "store/contentdatabasebuilder.h"
#include "study/sideeffectindex.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QString figures(QList<double> milliseconds)
{
    std::sort(milliseconds.begin(), milliseconds.end());
    return QStringLiteral("median %1 ms, max %2 ms (%3 samples)")
        .arg(milliseconds.at(milliseconds.size() / 2), 0, 'f', 1)
        .arg(milliseconds.last(), 0, 'f', 1)
        .arg(milliseconds.size());
}

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// The table painted now, as it would be on screen.
void paint(QTableView *view)
{
    view->viewport()->grab();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    formulary::appstyle::install(app);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 1) {
        QTextStream(stderr) << "usage: formulary-bench-side-effects DATABASE\n";
        return 2;
    }
    using namespace formulary;

    // The rebuild, on a copy: a table of another version makes the builder
    // rebuild the index without any page having changed.
    {
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("copy.sqlite"));
        QFile::copy(args.first(), copy);
        QList<double> times;
        for (int run = 0; run < 3; ++run) {
            QString error;
            auto builder = ContentDatabaseBuilder::open(copy, false, &error);
            if (!builder) {
                QTextStream(stderr) << error << '\n';
                return 1;
            }
            SynonymTable table = SynonymTable::parse(QByteArray(), nullptr);
            table.version = 1000 + run;
            QElapsedTimer clock;
            clock.start();
            builder->commit({}, table);
            times.append(elapsedMs(clock));
        }
        out << "index rebuild (terms and synonym folds): " << figures(times) << '\n';
    }

    QString error;
    const auto database = ContentDatabase::open(args.first(), ContentDatabase::Mode::ReadOnly, &error);
    if (!database) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const SideEffectIndex index = SideEffectIndex::load(*database);
    if (index.terms().isEmpty()) {
        QTextStream(stderr) << "no side effects in " << args.first() << '\n';
        return 1;
    }
    const SideEffectTermRecord &top = index.terms().first();
    // The term whose drug count is nearest 3,000, as a term a student looks up.
    const SideEffectTermRecord &typical = *std::min_element(
        index.terms().cbegin(), index.terms().cend(),
        [](const auto &a, const auto &b) { return std::abs(a.drugs - 3000) < std::abs(b.drugs - 3000); });
    out << index.terms().size() << " terms; most listed: " << top.name << " (" << top.drugs << " drugs)\n";

    // The program started afresh, as a person runs it; its start alone
    // (`side-effects --help`) is the floor.
    const auto runProgram = [](const QStringList &arguments) {
        const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/formulary");
        QList<double> times;
        for (int run = 0; run < 11; ++run) {
            QProcess process;
            QElapsedTimer clock;
            clock.start();
            process.start(program, arguments);
            process.waitForFinished(60000);
            if (run > 0) // the first warms the page cache
                times.append(elapsedMs(clock));
        }
        return figures(times);
    };
    out << "formulary side-effects --help (the program's start): "
        << runProgram({QStringLiteral("side-effects"), QStringLiteral("--help")}) << '\n';
    out << "formulary side-effects " << top.key << ": "
        << runProgram({QStringLiteral("side-effects"), top.key, QStringLiteral("--db"), args.first()}) << '\n';

    SideEffectsDialog dialog(nullptr);
    dialog.resize(1000, 600);
    dialog.show();
    auto *terms = dialog.findChild<QTableView *>(QStringLiteral("termView"));
    auto *listings = dialog.findChild<QTableView *>(QStringLiteral("listingView"));
    {
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer clock;
            clock.start();
            dialog.setDatabase(database.get());
            paint(terms);
            times.append(elapsedMs(clock));
        }
        out << "browser, every term listed and painted: " << figures(times) << '\n';
    }
    for (const SideEffectTermRecord *term : {&typical, &top}) {
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            dialog.showTerm(QStringLiteral("zzz-no-such-term")); // a fresh selection each time
            terms->clearSelection();
            terms->setCurrentIndex({});
            QElapsedTimer clock;
            clock.start();
            dialog.showTerm(term->name);
            paint(listings);
            times.append(elapsedMs(clock));
        }
        out << "browser, " << term->name << " (" << term->drugs << " drugs) chosen and painted: " << figures(times)
            << '\n';
    }
    return 0;
}
