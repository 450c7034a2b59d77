// The formulary command line as a script or a person uses it: exit statuses,
// messages naming the problem, the JSON report, and `show` printing every
// word of a page.
#include "testpages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <unistd.h>

using formulary::testing::page;
using formulary::testing::writeFile;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QSet<QString> words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured().toLower());
    return words;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run formulary(const QStringList &arguments) { return runAs({}, arguments); }

    // Runs formulary behind `prefix` (a command that runs another, such as
    // setpriv with its options), or directly when it is empty.
    Run runAs(const QStringList &prefix, const QStringList &arguments, const QString &dataHome = QString())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Keep the user's own data out of the way.
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           dataHome.isEmpty() ? m_dir.filePath(QStringLiteral("xdg")) : dataHome);
        process.setProcessEnvironment(environment);
        const QString binary = QString::fromUtf8(FORMULARY_BINARY);
        if (prefix.isEmpty())
            process.start(binary, arguments);
        else
            process.start(prefix.constFirst(), prefix.mid(1) + QStringList{binary} + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString pages() const { return m_dir.filePath(QStringLiteral("pages")); }
    QString database() const { return m_dir.filePath(QStringLiteral("content.sqlite")); }

private slots:
    void initTestCase()
    {
        QVERIFY(writeFile(pages() + QStringLiteral("/alphadrine.md"), page(QStringLiteral("Alphadrine"))));
        QVERIFY(writeFile(pages() + QStringLiteral("/sub/betazol.md"), page(QStringLiteral("Betazol"))));
    }

    void versionAndHelp()
    {
        const Run version = formulary({QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith(QLatin1String("formulary ")));
        const Run help = formulary({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains(QLatin1String("import DIR")));
        QVERIFY(help.out.contains(QLatin1String("show NAME")));
        QVERIFY(help.out.contains(QLatin1String("--query <TEXT>")));
    }

    void helpAllIsHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("the program") << QStringList{"--help-all"};
        for (const char *command : {"import", "show", "search", "bookmarks"})
            QTest::newRow(command) << QStringList{QString::fromLatin1(command), QStringLiteral("--help-all")};
    }

    void helpAllIsHelp()
    {
        QFETCH(QStringList, arguments);
        const Run run = formulary(arguments);
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QLatin1String("--help-all")), qPrintable(run.out + run.err));
        QVERIFY(run.err.isEmpty());
    }

    // A command runs with QtCore alone: none of the GUI libraries is loaded
    // for it, which is most of a program's start.
    void commandsNeedNoGuiLibraries()
    {
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), QString::fromUtf8(FORMULARY_BINARY)});
        if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0)
            QSKIP("readelf is not available");
        const QString needed = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY2(needed.contains(QLatin1String("libQt6Core")), qPrintable(needed));
        for (const char *gui : {"libQt6Gui", "libQt6Widgets", "libQt6PrintSupport"})
            QVERIFY2(!needed.contains(QLatin1String(gui)), gui);
    }

    // Without a command, the program becomes the window's: the same process,
    // so that the desktop, a terminal or `timeout` sees one program.
    void withoutACommandTheWindowOpens()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Its own runtime folder (0700, or Qt uses a shared one): no other
        // window takes the query instead.
        QDir().mkpath(m_dir.filePath(QStringLiteral("runtime")));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        process.setProcessEnvironment(environment);
        process.start(QString::fromUtf8(FORMULARY_BINARY), {QStringLiteral("--query"), QStringLiteral("nausea")});
        QVERIFY(process.waitForStarted());
        const QString exe = QStringLiteral("/proc/%1/exe").arg(process.processId());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(exe).symLinkTarget().endsWith(QLatin1String("/formulary-window")), 10000);
        QVERIFY(!process.waitForFinished(500)); // a window, open until closed
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("no folder") << QStringList{"import"} << "expected one folder";
        QTest::newRow("missing folder") << QStringList{"import", "/nonexistent/pages"} << "/nonexistent/pages";
        QTest::newRow("a file, not a folder")
            << QStringList{"import", QString::fromUtf8(FORMULARY_BINARY)} << "not a readable folder";
        QTest::newRow("unknown option") << QStringList{"import", ".", "--frobnicate"} << "frobnicate";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
        QTest::newRow("show without a name") << QStringList{"show"} << "which drug";
        QTest::newRow("unknown option of the window") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::newRow("query without its text") << QStringList{"--query"} << "query";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run run = formulary(arguments);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
    }

    void importWritesTheDatabaseAndReport()
    {
        const QString report = m_dir.filePath(QStringLiteral("report.json"));
        const Run run = formulary({QStringLiteral("import"), pages(), QStringLiteral("--db"), database(),
                                   QStringLiteral("--report"), report});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QLatin1String("2 imported")), qPrintable(run.out));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray files =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("sub/betazol.md"));
    }

    // The library holds the pages of several folders. Importing a folder
    // adds it beside the others or refreshes it; a refresh that takes many
    // drugs away needs --replace; removing a source is its own command; the
    // library each replaced is kept, and restore brings it back, then undoes
    // itself.
    void aLibraryOfSourcesIsNeverReplacedByAccident()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("Drug%1").arg(i);
            QVERIFY(writeFile(dir.filePath(QStringLiteral("many/%1.md").arg(name.toLower())), page(name)));
        }
        QVERIFY(writeFile(dir.filePath(QStringLiteral("few/other.md")), page(QStringLiteral("Otherine"))));
        const QString db = dir.filePath(QStringLiteral("library.sqlite"));
        const QString many = QFileInfo(dir.filePath(QStringLiteral("many"))).canonicalFilePath();
        const QString few = QFileInfo(dir.filePath(QStringLiteral("few"))).canonicalFilePath();
        QCOMPARE(formulary({QStringLiteral("import"), many, QStringLiteral("--db"), db}).status, 0);
        const auto titles = [this, &db](const QString &query) {
            return formulary({QStringLiteral("search"), query, QStringLiteral("--db"), db}).out;
        };
        const auto sources = [this, &db] { return formulary({QStringLiteral("sources"), QStringLiteral("--db"), db}); };

        // Another folder is added beside the first.
        const Run added = formulary({QStringLiteral("import"), few, QStringLiteral("--db"), db});
        QCOMPARE(added.status, 0);
        QVERIFY2(added.out.contains(QLatin1String("Added")), qPrintable(added.out));
        QVERIFY(titles(QStringLiteral("drug5")).contains(QLatin1String("Drug5")));
        QVERIFY(titles(QStringLiteral("otherine")).contains(QLatin1String("Otherine")));
        Run listed = sources();
        QCOMPARE(listed.status, 0);
        QVERIFY2(listed.out.contains(many + QStringLiteral("\t12 drugs")), qPrintable(listed.out));
        QVERIFY2(listed.out.contains(few + QStringLiteral("\t1 drug")), qPrintable(listed.out));

        // The same folder through a link is the same source.
        QVERIFY(QFile::link(few, dir.filePath(QStringLiteral("link"))));
        QCOMPARE(formulary({QStringLiteral("import"), dir.filePath(QStringLiteral("link")), QStringLiteral("--db"), db})
                     .status,
                 0);
        QCOMPARE(sources().out.count(QLatin1Char('\n')), 2);

        // A folder inside a source, or holding one, is refused.
        QVERIFY(writeFile(many + QStringLiteral("/inner/x.md"), page(QStringLiteral("Innerine"))));
        const Run inside = formulary(
            {QStringLiteral("import"), many + QStringLiteral("/inner"), QStringLiteral("--db"), db});
        QCOMPARE(inside.status, 1);
        QVERIFY2(inside.err.contains(QLatin1String("is inside")) && inside.err.contains(many), qPrintable(inside.err));
        const Run holding = formulary({QStringLiteral("import"), dir.path(), QStringLiteral("--db"), db});
        QCOMPARE(holding.status, 1);
        QVERIFY2(holding.err.contains(QLatin1String("holds")), qPrintable(holding.err));
        QVERIFY(QFile::remove(many + QStringLiteral("/inner/x.md")));
        QVERIFY(!titles(QStringLiteral("innerine")).contains(QLatin1String("Innerine")));

        // A refresh that takes many of the folder's drugs away asks for --replace.
        for (int i = 1; i < 12; ++i)
            QVERIFY(QFile::remove(many + QStringLiteral("/drug%1.md").arg(i)));
        const Run refused = formulary({QStringLiteral("import"), many, QStringLiteral("--db"), db});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("would take away 11 of the 12 drugs")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("--replace")));
        QVERIFY(titles(QStringLiteral("drug5")).contains(QLatin1String("Drug5")));

        const Run replaced = formulary(
            {QStringLiteral("import"), many, QStringLiteral("--db"), db, QStringLiteral("--replace")});
        QCOMPARE(replaced.status, 0);
        QVERIFY2(replaced.out.contains(QLatin1String("formulary restore")), qPrintable(replaced.out));
        QVERIFY(!titles(QStringLiteral("drug5")).contains(QLatin1String("Drug5")));
        QVERIFY(titles(QStringLiteral("drug0")).contains(QLatin1String("Drug0")));
        QVERIFY(titles(QStringLiteral("otherine")).contains(QLatin1String("Otherine")));

        const Run restored = formulary({QStringLiteral("restore"), QStringLiteral("--db"), db});
        QCOMPARE(restored.status, 0);
        QVERIFY2(restored.out.contains(QLatin1String("13 drugs")), qPrintable(restored.out));
        QVERIFY(titles(QStringLiteral("drug5")).contains(QLatin1String("Drug5")));
        // Restoring again undoes the restore.
        QCOMPARE(formulary({QStringLiteral("restore"), QStringLiteral("--db"), db}).status, 0);
        QVERIFY(!titles(QStringLiteral("drug5")).contains(QLatin1String("Drug5")));

        // A folder that has gone keeps its drugs, marked, until its source is removed.
        QVERIFY(QDir().rename(few, dir.filePath(QStringLiteral("moved"))));
        listed = sources();
        QVERIFY2(listed.out.contains(QLatin1String("the folder is gone")), qPrintable(listed.out));
        QVERIFY(titles(QStringLiteral("otherine")).contains(QLatin1String("Otherine")));
        QCOMPARE(formulary({QStringLiteral("import"), few, QStringLiteral("--db"), db}).status, 2);
        QVERIFY(titles(QStringLiteral("otherine")).contains(QLatin1String("Otherine")));

        const Run unknown = formulary({QStringLiteral("sources"), QStringLiteral("remove"),
                                       dir.filePath(QStringLiteral("nowhere")), QStringLiteral("--db"), db});
        QCOMPARE(unknown.status, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("not a source")), qPrintable(unknown.err));
        const Run removed = formulary(
            {QStringLiteral("sources"), QStringLiteral("remove"), few, QStringLiteral("--db"), db});
        QCOMPARE(removed.status, 0);
        QVERIFY2(removed.out.contains(QLatin1String("1 drug taken away")), qPrintable(removed.out));
        QVERIFY(!titles(QStringLiteral("otherine")).contains(QLatin1String("Otherine")));
        QVERIFY(titles(QStringLiteral("drug0")).contains(QLatin1String("Drug0")));
        QCOMPARE(sources().out.count(QLatin1Char('\n')), 1);

        const Run none = formulary(
            {QStringLiteral("restore"), QStringLiteral("--db"), dir.filePath(QStringLiteral("new.sqlite"))});
        QCOMPARE(none.status, 1);
        QVERIFY2(none.err.contains(QLatin1String("no previous database")), qPrintable(none.err));
    }

    void skippedPageExitsOneAndNamesFileAndLine()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("good.md")), page(QStringLiteral("Good"))));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("broken.md")), QByteArray("# Broken\n### Usage\n\xC3\x28 bad\n")));
        const Run run = formulary({QStringLiteral("import"), dir.path(), QStringLiteral("--db"),
                                   m_dir.filePath(QStringLiteral("other.sqlite"))});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("broken.md:3:")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("UTF-8")));
    }

    void showPrintsEveryWordOfThePage()
    {
        const QString data = QString::fromUtf8(FORMULARY_DATA_DIR);
        const QString db = m_dir.filePath(QStringLiteral("shipped.sqlite"));
        QCOMPARE(
            formulary({QStringLiteral("import"), data, QStringLiteral("--db"), db, QStringLiteral("--quiet")}).status,
            0);
        const Run show = formulary({QStringLiteral("show"), QStringLiteral("CLONAZEPAM"), QStringLiteral("--db"), db});
        QCOMPARE(show.status, 0);
        QFile file(data + QStringLiteral("/clonazepam.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString body = QString::fromUtf8(file.readAll());
        body = body.mid(body.indexOf(QLatin1String("\n---"), 3) + 4); // the front matter is not part of the monograph
        const QSet<QString> printed = wordsOf(show.out);
        QStringList missing;
        for (const QString &word : wordsOf(body)) {
            if (!printed.contains(word))
                missing << word;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
        QVERIFY(show.out.contains(QLatin1String("Disclaimer")));
        QVERIFY(show.out.contains(QLatin1String("This information is for educational purposes only")));
    }

    void showOneSectionKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("name") << "side-effects";
        QTest::newRow("title") << "Side Effects";
        QTest::newRow("shouting") << "SIDE_EFFECTS";
    }

    void showOneSectionKind()
    {
        QFETCH(QString, kind);
        const Run run = formulary({QStringLiteral("show"), QStringLiteral("alphadrine"), QStringLiteral("--section"),
                                   kind, QStringLiteral("--db"), database()});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains(QLatin1String("Drowsiness")));
        QVERIFY(!run.out.contains(QLatin1String("Usage")));
        QVERIFY(!run.out.contains(QLatin1String("imaginary pain")));
    }

    void bookmarksImportListExport()
    {
        const QString user = m_dir.filePath(QStringLiteral("user.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("bookmarks.csv"));
        QVERIFY(writeFile(
            csv, "drug_slug,drug,question,answer,note,added\r\n"
                 "alphadrine,Alphadrine,Can I take Alphadrine with food?,Yes.,with breakfast,2026-01-02T03:04:05Z\r\n"
                 "alphadrine,Alphadrine,Is it gone?,It was.,,\r\n"));
        const QStringList where = {QStringLiteral("--user-db"), user, QStringLiteral("--db"), database()};
        Run run = formulary(QStringList{QStringLiteral("bookmarks"), QStringLiteral("import"), csv} + where);
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QLatin1String("2 bookmarks added")), qPrintable(run.out));
        run = formulary(QStringList{QStringLiteral("bookmarks"), QStringLiteral("import"), csv} + where);
        QVERIFY2(run.out.contains(QLatin1String("0 bookmarks added, 2 already there")), qPrintable(run.out));

        run = formulary(QStringList{QStringLiteral("bookmarks"), QStringLiteral("list")} + where);
        QCOMPARE(run.status, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("Alphadrine: Can I take Alphadrine with food?"));
        QVERIFY(lines.at(1).contains(QLatin1String("with breakfast")));
        QVERIFY(lines.at(2).contains(QLatin1String("Is it gone?")));
        QVERIFY(lines.at(2).contains(QLatin1String("no longer in the content")));

        const QString anki = m_dir.filePath(QStringLiteral("cards.txt"));
        QCOMPARE(
            formulary(QStringList{QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("anki"), anki}
                      + where)
                .status,
            0);
        QFile file(anki);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Can I take Alphadrine with food?<br><small>Alphadrine</small>\tYes."));
        QCOMPARE(
            formulary(QStringList{QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("pdf")} + where)
                .status,
            2);
    }

    void unreadableFolderIsReportedAndItsPagesKept()
    {
        // Permissions do not bind root: as root, the commands run as nobody.
        QStringList asUser;
        if (geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (setpriv.isEmpty())
                QSKIP("setpriv is needed to run the import as a user whom permissions bind");
            asUser = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QStringLiteral("--")};
        }
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/formulary-closed-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString closed = dir.filePath(QStringLiteral("pages/closed"));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("pages/open/alphadrine.md")), page(QStringLiteral("Alphadrine"))));
        QVERIFY(writeFile(closed + QStringLiteral("/betazol.md"), page(QStringLiteral("Betazol"))));
        QVERIFY(writeFile(closed + QStringLiteral("/gammacort.md"), page(QStringLiteral("Gammacort"))));
        QVERIFY(QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("a+rwX"), dir.path()})
                == 0);
        const QString data = dir.filePath(QStringLiteral("xdg"));
        if (runAs(asUser, {QStringLiteral("--version")}, data).status != 0)
            QSKIP("the program cannot be run as an unprivileged user from this build folder");
        const QStringList import = {QStringLiteral("import"), dir.filePath(QStringLiteral("pages")),
                                    QStringLiteral("--db"), dir.filePath(QStringLiteral("content.sqlite"))};
        QCOMPARE(runAs(asUser, import, data).status, 0);

        // A new page of the same file name must not take the kept one's slug.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("pages/open/betazol.md")), page(QStringLiteral("Newzol"))));
        QVERIFY(QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("a+rwX"), dir.path()})
                == 0);
        QVERIFY(QFile::setPermissions(closed, {}));
        struct Reopen
        {
            QString folder;
            ~Reopen() { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); }
        } reopen{closed};
        const Run run = runAs(asUser, import, data);
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(
                     QLatin1String("closed/: cannot read this folder; the pages imported from it before are kept")),
                 qPrintable(run.err));
        // Not removed as if they were gone from the folder.
        for (const char *name : {"Gammacort", "Betazol", "Newzol"}) {
            const QStringList show = {QStringLiteral("show"), QString::fromLatin1(name), QStringLiteral("--db"),
                                      dir.filePath(QStringLiteral("content.sqlite"))};
            QVERIFY2(runAs(asUser, show, data).status == 0, name);
        }
        // A full import starts afresh: nothing of the folder is in it, and it says so.
        const Run full = runAs(asUser, import + QStringList{QStringLiteral("--full")}, data);
        QCOMPARE(full.status, 1);
        QVERIFY2(full.err.contains(QLatin1String("closed/: cannot read this folder; no page in it was imported")),
                 qPrintable(full.err));
    }

    void showUnknownNameOrKindExitsOne()
    {
        Run run = formulary(
            {QStringLiteral("show"), QStringLiteral("Nonexistamol"), QStringLiteral("--db"), database()});
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(QLatin1String("Nonexistamol")));
        run = formulary({QStringLiteral("show"), QStringLiteral("Alphadrine"), QStringLiteral("--section"),
                         QStringLiteral("gossip"), QStringLiteral("--db"), database()});
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(QLatin1String("gossip")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
