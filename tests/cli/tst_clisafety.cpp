// The command line facing damage and hostile input: a database that cannot
// be read, writes that fail, pages that carry terminal control sequences.
// Each ends with a clear message naming the file and a status of 1, and
// nothing already stored is lost.
#include "damageddatabase.h"
#include "formularyprocess.h"
#include "testpages.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace formulary::testing;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestCliSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString pages() const { return path(QStringLiteral("pages")); }
    QString database() const { return path(QStringLiteral("content.sqlite")); }
    Run formulary(const QStringList &arguments, const QStringList &prefix = {})
    {
        return runFormulary(arguments, path(QStringLiteral("xdg")), prefix);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(writeFile(pages() + QStringLiteral("/alphadrine.md"), page(QStringLiteral("Alphadrine"))));
        QVERIFY(writeFile(pages() + QStringLiteral("/betazol.md"), page(QStringLiteral("Betazol"))));
        const Run import = formulary({QStringLiteral("import"), pages(), QStringLiteral("--db"), database()});
        QVERIFY2(import.status == 0, qPrintable(import.err));
    }

    void damagedContentDatabase_data()
    {
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<QStringList>("arguments");
        for (const auto &[name, damage] : allDamages()) {
            QTest::addRow("show, %s", name) << damage << QStringList{QStringLiteral("show"), QStringLiteral("alphadrine")};
            // Words of the text, whose snippets are cut from the damaged table.
            QTest::addRow("search, %s", name) << damage << QStringList{QStringLiteral("search"), QStringLiteral("imaginary pain")};
        }
    }

    void damagedContentDatabase()
    {
        QFETCH(Damage, damage);
        QFETCH(QStringList, arguments);
        const QString damaged = path(QStringLiteral("damaged.sqlite"));
        QVERIFY(writeDamagedCopy(database(), damaged, damage, "section"));
        const Run run = formulary(arguments + QStringList{QStringLiteral("--db"), damaged});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(damaged), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("formulary import")), qPrintable(run.err));
    }

    void damagedUserDatabaseIsNamedAndKept_data()
    {
        QTest::addColumn<Damage>("damage");
        for (const auto &[name, damage] : allDamages())
            QTest::newRow(name) << damage;
    }

    void damagedUserDatabaseIsNamedAndKept()
    {
        QFETCH(Damage, damage);
        const QString user = path(QStringLiteral("user.sqlite"));
        QFile::remove(user);
        QVERIFY(writeFile(path(QStringLiteral("one.csv")), "drug_slug,question\r\nalphadrine,Can I take Alphadrine with food?\r\n"));
        QCOMPARE(formulary({QStringLiteral("bookmarks"), QStringLiteral("import"), path(QStringLiteral("one.csv")),
                            QStringLiteral("--user-db"), user, QStringLiteral("--db"), database()})
                     .status,
                 0);
        const QString damaged = path(QStringLiteral("user-damaged.sqlite"));
        QVERIFY(writeDamagedCopy(user, damaged, damage, "bookmark"));
        const QByteArray before = hashOf(damaged);
        for (const QStringList &action : {QStringList{QStringLiteral("list")},
                                          QStringList{QStringLiteral("import"), path(QStringLiteral("one.csv"))}}) {
            const Run run = formulary(QStringList{QStringLiteral("bookmarks")} + action
                                      + QStringList{QStringLiteral("--user-db"), damaged, QStringLiteral("--db"), database()});
            QCOMPARE(run.status, 1);
            QVERIFY2(run.err.contains(damaged), qPrintable(run.err));
            // Never written over, never made anew: what is in it may yet be saved.
            QCOMPARE(hashOf(damaged), before);
        }
    }

    void failedWritesAreReported()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full");
        const QString user = path(QStringLiteral("writes.sqlite"));
        // Enough bookmarks for an export larger than the limit below, which
        // leaves room for SQLite's own files.
        QByteArray many = "drug_slug,question,answer\r\n";
        for (int i = 0; i < 200; ++i)
            many += "alphadrine,Question " + QByteArray::number(i) + "?," + QByteArray(600, 'a') + "\r\n";
        QVERIFY(writeFile(path(QStringLiteral("many.csv")), many));
        QCOMPARE(formulary({QStringLiteral("bookmarks"), QStringLiteral("import"), path(QStringLiteral("many.csv")),
                            QStringLiteral("--user-db"), user, QStringLiteral("--db"), database()})
                     .status,
                 0);
        const Run toDevice = formulary({QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("csv"),
                                        QStringLiteral("/dev/full"), QStringLiteral("--user-db"), user,
                                        QStringLiteral("--db"), database()});
        QCOMPARE(toDevice.status, 1);
        QVERIFY2(toDevice.err.contains(QLatin1String("/dev/full")), qPrintable(toDevice.err));
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).isFile() == false); // still the device

        const Run report = formulary({QStringLiteral("import"), pages(), QStringLiteral("--db"), database(),
                                      QStringLiteral("--report"), QStringLiteral("/dev/full")});
        QCOMPARE(report.status, 1);
        QVERIFY2(report.err.contains(QLatin1String("/dev/full")), qPrintable(report.err));

        // A file that cannot grow keeps what it held.
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        if (prlimit.isEmpty())
            QSKIP("prlimit is needed to limit the size of files written");
        const QString exported = path(QStringLiteral("kept.csv"));
        QVERIFY(writeFile(exported, "what was there before\n"));
        const Run limited = formulary({QStringLiteral("bookmarks"), QStringLiteral("export"), QStringLiteral("csv"),
                                       exported, QStringLiteral("--user-db"), user, QStringLiteral("--db"), database()},
                                      {prlimit, QStringLiteral("--fsize=65536"), QStringLiteral("--")});
        QCOMPARE(limited.status, 1);
        QVERIFY2(limited.err.contains(exported), qPrintable(limited.err));
        QFile kept(exported);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("what was there before\n"));
    }

    void anImportOnAFullDiskKeepsThePreviousDatabase()
    {
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        if (prlimit.isEmpty())
            QSKIP("prlimit is needed to limit the size of files written");
        const QByteArray before = hashOf(database());
        QVERIFY(writeFile(pages() + QStringLiteral("/gammacort.md"), page(QStringLiteral("Gammacort"))));
        const Run run = formulary({QStringLiteral("import"), pages(), QStringLiteral("--db"), database(),
                                   QStringLiteral("--full")},
                                  {prlimit, QStringLiteral("--fsize=20000"), QStringLiteral("--")});
        QFile::remove(pages() + QStringLiteral("/gammacort.md"));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(database()), qPrintable(run.err));
        QCOMPARE(hashOf(database()), before);
        QVERIFY(!QFileInfo::exists(database() + QStringLiteral(".importing")));
    }

    void pagesCannotControlTheTerminal()
    {
        const QString hostile = path(QStringLiteral("hostile"));
        const QString hostileDb = path(QStringLiteral("hostile.sqlite"));
        // A title that would retitle the terminal, and text that would recolour it.
        QVERIFY(writeFile(hostile + QStringLiteral("/evil.md"),
                          "---\ntitle: Evil\x1b]0;pwned\x07 Drug\n---\n\n# Evil Drug\n### Usage\n\n"
                          "Treats \x1b[31mred\x1b[0m eyes and \xc2\x9b" "2J nothing else.\n\n"
                          "**Disclaimer:** Educational only.\n"));
        const Run import = formulary({QStringLiteral("import"), hostile, QStringLiteral("--db"), hostileDb});
        QVERIFY2(import.status == 0, qPrintable(import.err));
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("show"), QStringLiteral("evil")},
              QStringList{QStringLiteral("search"), QStringLiteral("eyes")},
              QStringList{QStringLiteral("search"), QStringLiteral("evil")}}) {
            const Run run = formulary(arguments + QStringList{QStringLiteral("--db"), hostileDb});
            QCOMPARE(run.status, 0);
            for (const QChar control : {QChar(0x1b), QChar(0x07), QChar(0x9b)})
                QVERIFY2(!run.out.contains(control) && !run.err.contains(control), qPrintable(arguments.join(' ')));
            QVERIFY2(run.out.contains(QLatin1String("Evil")), qPrintable(run.out));
        }
        const Run json = formulary({QStringLiteral("search"), QStringLiteral("eyes"), QStringLiteral("--json"),
                                    QStringLiteral("--db"), hostileDb});
        QCOMPARE(json.status, 0);
        QVERIFY(!json.out.contains(QChar(0x1b)) && !json.out.contains(QChar(0x9b)));
        QVERIFY2(json.out.contains(QLatin1String("\\u001b")), qPrintable(json.out));
        QVERIFY2(json.out.contains(QLatin1String("\\u009b")), qPrintable(json.out));
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
