// One window per user: a second start hands its query to the running
// instance and ends at once with status 0; a socket left by an instance that
// crashed does not stop the next one.
#include "app/singleinstance.h"
#include "windowtesting.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace formulary;
using namespace formulary::testing;

namespace {

struct Finished
{
    int status = -1; // -1: still running at the deadline, or crashed
    qint64 elapsedMs = 0;
    QString err;
};

// Binds a socket at `path` and closes it without removing the file, as an
// instance that crashed leaves it.
bool leaveStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (name.size() >= qsizetype(sizeof(address.sun_path))) {
        ::close(fd);
        return false;
    }
    memcpy(address.sun_path, name.constData(), size_t(name.size()) + 1);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound && QFileInfo::exists(path);
}

bool answers(const QString &serverName)
{
    QLocalSocket probe;
    probe.connectToServer(serverName);
    return probe.waitForConnected(100);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString runtimeDir() const { return m_dir.filePath(QStringLiteral("runtime")); }

    // The program as the user starts it: its own folders, offscreen.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

    void start(QProcess &process, const QStringList &arguments) const
    {
        process.setProcessEnvironment(environment());
        process.start(QString::fromUtf8(FORMULARY_BINARY), arguments);
    }

    // Runs the program while this process's event loop keeps serving.
    Finished run(const QStringList &arguments, int deadlineMs = 20000) const
    {
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        start(process, arguments);
        const QDeadlineTimer deadline(deadlineMs);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(10);
        Finished finished;
        finished.elapsedMs = clock.elapsed();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return finished;
        }
        finished.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        finished.err = QString::fromLocal8Bit(process.readAllStandardError());
        return finished;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(runtimeDir()));
        QFile::setPermissions(runtimeDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // This process looks for the socket where the programs it starts do.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir()));
    }

    void cleanup() { QLocalServer::removeServer(SingleInstance::defaultServerName()); }

    void nameIsPerUserInTheRuntimeFolder()
    {
        const QString name = SingleInstance::defaultServerName();
        QCOMPARE(QFileInfo(name).absolutePath(), runtimeDir());
        QVERIFY(QFileInfo(name).fileName().endsWith(QLatin1Char('-') + QString::number(::getuid())));
    }

    // Without $XDG_RUNTIME_DIR the socket must not lie in the shared
    // temporary folder, where another user could put one first.
    void withoutARuntimeFolderTheSocketStaysPrivate()
    {
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("XDG_RUNTIME_DIR");
        const auto restore = qScopeGuard([&] { qputenv("XDG_RUNTIME_DIR", saved); });
        const QString name = SingleInstance::defaultServerName();
        QVERIFY(!name.isEmpty());
        const QFileInfo folder(QFileInfo(name).absolutePath());
        QVERIFY2(folder.canonicalFilePath() != QFileInfo(QDir::tempPath()).canonicalFilePath(), qPrintable(name));
        QCOMPARE(folder.ownerId(), ::getuid());
        QCOMPARE(folder.permissions()
                     & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                        | QFile::ExeOther),
                 QFile::Permissions());
        QVERIFY(!folder.isSymLink());
    }

    void secondStartHandsItsQueryToTheFirst_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("query");
        QTest::newRow("query") << QStringList{"--query", "clonazepam"} << "clonazepam";
        QTest::newRow("query=") << QStringList{"--query=amoxicillin clav"} << "amoxicillin clav";
        QTest::newRow("no query: raise") << QStringList{} << QString();
        QTest::newRow("after Qt's options") << QStringList{"-platform", "offscreen", "--query", "x"} << "x";
    }

    void secondStartHandsItsQueryToTheFirst()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, query);
        SingleInstance first;
        QVERIFY(!first.forwardOrListen(QString()));
        QVERIFY(first.isListening());
        QSignalSpy requested(&first, &SingleInstance::activationRequested);

        const Finished second = run(arguments);
        QCOMPARE(second.status, 0);
        // Answered at once, not after waiting out the timeout.
        QVERIFY2(second.elapsedMs < SingleInstance::kTimeoutMs, qPrintable(QString::number(second.elapsedMs)));
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), query);
    }

    void windowShowsTheQuery()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        SingleInstance instance;
        QVERIFY(!instance.forwardOrListen(QString()));
        connect(&instance, &SingleInstance::activationRequested, window.get(),
                [&window](const QString &query) { presentWindow(*window, query); });
        window->showMinimized();

        QCOMPARE(run({QStringLiteral("--query"), QStringLiteral("exempl")}).status, 0);
        QTRY_COMPARE(window->searchPanel()->query(), QStringLiteral("exempl"));
        QVERIFY(!window->isMinimized());
        QVERIFY(window->isVisible());
        QTRY_COMPARE(resultTitles(*window).value(0), QStringLiteral("Exemplol"));
        // Raised again without a query, the search stays as it was.
        QCOMPARE(run({}).status, 0);
        QCOMPARE(window->searchPanel()->query(), QStringLiteral("exempl"));
    }

    void staleSocketIsReplaced()
    {
        const QString name = SingleInstance::defaultServerName();
        QVERIFY(leaveStaleSocket(name));
        SingleInstance instance;
        QVERIFY(!instance.forwardOrListen(QString()));
        QVERIFY(instance.isListening());
        QSignalSpy requested(&instance, &SingleInstance::activationRequested);
        QCOMPARE(run({QStringLiteral("--query"), QStringLiteral("after a crash")}).status, 0);
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("after a crash"));
    }

    void requestsThatAreNotOursAreDropped()
    {
        SingleInstance instance;
        QVERIFY(!instance.forwardOrListen(QString()));
        QSignalSpy requested(&instance, &SingleInstance::activationRequested);
        for (const QByteArray &request :
             {QByteArray("not json\n"), QByteArray("[1, 2]\n"), QByteArray(70 * 1024, 'x')}) {
            QLocalSocket socket;
            socket.connectToServer(instance.serverName());
            QVERIFY(socket.waitForConnected(1000));
            socket.write(request);
            QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
            QVERIFY(!socket.readAll().startsWith("ok"));
        }
        QCOMPARE(requested.count(), 0);
    }

    // The real program twice: the second ends at once; when the first is
    // killed, its socket stays behind and the next start takes over.
    void theProgramItself()
    {
        QProcess first;
        start(first, {});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(SingleInstance::defaultServerName()), 20000);

        const Finished second = run({QStringLiteral("--query"), QStringLiteral("clonazepam")});
        QCOMPARE(second.status, 0);
        QVERIFY2(second.elapsedMs < SingleInstance::kTimeoutMs, qPrintable(QString::number(second.elapsedMs)));
        QCOMPARE(first.state(), QProcess::Running);

        first.kill();
        QVERIFY(first.waitForFinished());
        QVERIFY(QFileInfo::exists(SingleInstance::defaultServerName())); // left behind

        QProcess next;
        start(next, {QStringLiteral("--query"), QStringLiteral("clonazepam")});
        QVERIFY(next.waitForStarted());
        // A window of its own, listening in place of the one that was killed.
        QTRY_VERIFY_WITH_TIMEOUT(answers(SingleInstance::defaultServerName()), 20000);
        QCOMPARE(next.state(), QProcess::Running);
        const Finished third = run({});
        QCOMPARE(third.status, 0);
        QCOMPARE(next.state(), QProcess::Running);
        next.terminate();
        if (!next.waitForFinished(5000))
            next.kill();
        next.waitForFinished();
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
