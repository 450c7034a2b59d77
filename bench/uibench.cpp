// The window's responsiveness, measured as a person meets it, offscreen:
//
//   formulary-bench-ui DATABASE
//
// prints start to first paint (the program started afresh each time, warm),
// keystroke to results painted, click to monograph painted, and resident
// memory with the database open. Each figure is a median, p99 and maximum.
#include "app/appstyle.h"
#include "app/mainwindow.h"
#include "app/monographview.h"
#include "app/pagebrowser.h"
#include "app/searchpanel.h"
#include "store/contentdatabase.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// NOLINTNEXTLINE(modernize-deprecated-headers): for POSIX clock_gettime, which <ctime> need not declare
#include <time.h>

namespace {

qint64 monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

QString figures(QList<double> milliseconds)
{
    if (milliseconds.isEmpty())
        return QStringLiteral("no samples");
    std::sort(milliseconds.begin(), milliseconds.end());
    auto at = [&](double q) {
        return milliseconds.at(std::min<qsizetype>(milliseconds.size() - 1, qsizetype(q * milliseconds.size())));
    };
    return QStringLiteral("median %1 ms, p99 %2 ms, max %3 ms (%4 samples)")
        .arg(at(0.5), 0, 'f', 1)
        .arg(at(0.99), 0, 'f', 1)
        .arg(milliseconds.last(), 0, 'f', 1)
        .arg(milliseconds.size());
}

// A field of /proc/self/status, in megabytes.
double statusMegabytes(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Notes when a widget has painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 2000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

formulary::MainWindow::Options options(const QString &database)
{
    formulary::MainWindow::Options options;
    options.databasePath = database;
    options.restoreSession = false;
    return options;
}

// Child mode: print the monotonic time of the window's first paint and exit.
int firstPaint(const QString &database)
{
    formulary::MainWindow window(options(database));
    PaintWatch watch(&window);
    window.show();
    if (!waitFor([&] { return watch.painted; }))
        return 1;
    QTextStream(stdout) << monotonicNanoseconds() << '\n';
    return 0;
}

QStringList queries(const QString &database)
{
    const auto content = formulary::ContentDatabase::open(database, formulary::ContentDatabase::Mode::ReadOnly,
                                                          nullptr);
    QStringList titles = content ? content->titles() : QStringList();
    QRandomGenerator random(42);
    QStringList result;
    for (int i = 0; i < 40 && !titles.isEmpty(); ++i) {
        const QString title = titles.at(random.bounded(int(titles.size()))).toLower();
        result.append(title.left(2 + random.bounded(5)));
    }
    result << QStringLiteral("drowsiness") << QStringLiteral("nausea") << QStringLiteral("liver damage")
           << QStringLiteral("pregnancy") << QStringLiteral("clonazepan") << QStringLiteral("side:rash");
    return result;
}

int interactive(const QString &database)
{
    formulary::MainWindow window(options(database));
    window.resize(1100, 750);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    formulary::SearchPanel *panel = window.searchPanel();
    QLineEdit *field = panel->searchField();
    QListView *results = panel->resultsView();
    QWidget *page = window.monographView()->browser()->viewport();
    PaintWatch resultsPaint(results->viewport());
    PaintWatch pagePaint(page);
    // New results show as a reset or new rows of the view's model, or as
    // the view switching models (from the drug list to the results).
    bool modelChanged = false;
    QList<QMetaObject::Connection> connections;
    auto watchModel = [&] {
        for (const auto &connection : std::as_const(connections))
            QObject::disconnect(connection);
        QAbstractItemModel *model = results->model();
        connections = {QObject::connect(model, &QAbstractItemModel::modelReset, [&] { modelChanged = true; }),
                       QObject::connect(model, &QAbstractItemModel::rowsInserted, [&] { modelChanged = true; }),
                       QObject::connect(model, &QAbstractItemModel::layoutChanged, [&] { modelChanged = true; })};
    };
    QTest::qWait(500); // let the name index load once, as it does after start

    QList<double> keystrokes, clicks;
    int timeouts = 0;
    for (const QString &query : queries(database)) {
        field->clear();
        waitFor([] { return false; }, 30);
        for (const QChar c : query) {
            modelChanged = false;
            resultsPaint.painted = false;
            QElapsedTimer clock;
            clock.start();
            watchModel();
            const QAbstractItemModel *before = results->model();
            QTest::keyClick(field, c.toLatin1());
            const bool done = waitFor(
                [&] { return (modelChanged || results->model() != before) && resultsPaint.painted; }, 1000);
            if (done)
                keystrokes.append(clock.nsecsElapsed() / 1e6);
            else
                ++timeouts;
        }
        // Click the first few results, as a person scanning them would.
        for (int row = 0; row < std::min(3, results->model()->rowCount()); ++row) {
            const QModelIndex index = results->model()->index(row, 0);
            const QRect rect = results->visualRect(index);
            if (!rect.isValid() || !(index.flags() & Qt::ItemIsSelectable))
                continue;
            pagePaint.painted = false;
            QElapsedTimer clock;
            clock.start();
            QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
            if (waitFor([&] { return pagePaint.painted; }, 1000))
                clicks.append(clock.nsecsElapsed() / 1e6);
        }
    }
    QTextStream out(stdout);
    out << "keystroke to results painted: " << figures(keystrokes);
    if (timeouts)
        out << ", " << timeouts << " keystrokes without a repaint of the results within 1 s";
    out << '\n';
    out << "click to monograph painted: " << figures(clicks) << '\n';
    out << QStringLiteral("resident memory with the database open: %1 MB (%2 MB allocated, %3 MB of mapped files)\n")
               .arg(statusMegabytes("VmRSS"), 0, 'f', 0)
               .arg(statusMegabytes("RssAnon"), 0, 'f', 0)
               .arg(statusMegabytes("RssFile") + statusMegabytes("RssShmem"), 0, 'f', 0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The offscreen platform's notes about window hints are noise here.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type >= QtCriticalMsg)
            QTextStream(stderr) << message << '\n';
    });
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("formulary"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: formulary-bench-ui DATABASE\n";
        return 2;
    }
    // The window keeps its settings in a scratch folder, not the user's.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());
    formulary::appstyle::install(app);
    const QString &database = args.at(1);
    if (args.contains(QStringLiteral("--first-paint")))
        return firstPaint(database);

    // Start to first paint: the whole program started afresh, after one
    // unmeasured start that warms the file cache.
    QList<double> starts;
    for (int run = 0; run < 11; ++run) {
        QProcess child;
        child.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        const qint64 spawned = monotonicNanoseconds();
        child.start(QCoreApplication::applicationFilePath(), {database, QStringLiteral("--first-paint")});
        if (!child.waitForFinished(30000) || child.exitCode() != 0)
            return 1;
        const qint64 painted = child.readAllStandardOutput().trimmed().toLongLong();
        if (run > 0)
            starts.append((painted - spawned) / 1e6);
    }
    QTextStream(stdout) << "start to first paint: " << figures(starts) << Qt::endl;
    return interactive(database);
}
