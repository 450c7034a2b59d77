// File → Import Folder… from the window: progress, cancel keeps the old
// database, the per-file report at the end, the question before an import
// takes many drugs away, and File → Restore Previous Library.
#include "app/importcontroller.h"
#include "app/importreportdialog.h"
#include "windowtesting.h"

#include <QCryptographicHash>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

using namespace formulary;
using namespace formulary::testing;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// A folder large enough that an import is still running when cancelled.
QString writeManyPages(WindowFixture &fixture, int count)
{
    const QString folder = QStringLiteral("many");
    for (int i = 0; i < count; ++i)
        fixture.writePage(QStringLiteral("../%1/drug%2.md").arg(folder).arg(i, 4, 10, QLatin1Char('0')),
                          fullPage(QStringLiteral("Drug %1").arg(i)));
    return fixture.filePath(folder);
}

} // namespace

class TestMainWindowImport : public QObject
{
    Q_OBJECT

private slots:
    void cancelLeavesTheOldDatabase()
    {
        WindowFixture fixture;
        const QString folder = writeManyPages(fixture, 600);
        auto window = fixture.openWindow();
        QVERIFY(window);
        const QByteArray before = fileHash(fixture.databasePath());
        QVERIFY(!before.isEmpty());

        ImportController *import = window->importController();
        QSignalSpy finished(import, &ImportController::finished);
        window->importFolder(folder);
        QVERIFY(import->isRunning());
        QPointer<QProgressDialog> progress = import->progressDialog(); // deleted when closed
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.first().first().value<ImportReport>().cancelled);

        QCOMPARE(fileHash(fixture.databasePath()), before);
        QVERIFY(!QFile::exists(fixture.databasePath() + QStringLiteral(".importing")));
        QCOMPARE(window->database()->drugCount(), 3);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QTRY_VERIFY(!progress);
        // The window still reads the old drugs.
        searchAndOpen(*window, QStringLiteral("Zolpimar"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
    }

    void importReopensTheDatabaseAndReports()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Zolpimar"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar"));

        QVERIFY(fixture.writePage(QStringLiteral("n/newamine.md"), fullPage(QStringLiteral("Newamine"))));
        QVERIFY(fixture.writePage(QStringLiteral("b/broken.md"), "I cannot provide this page.\n"));
        QSignalSpy finished(window->importController(), &ImportController::finished);
        window->importFolder(fixture.pagesDir());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

        QCOMPARE(window->database()->drugCount(), 4);
        QTRY_VERIFY(window->findChild<ImportReportDialog *>());
        ImportReportDialog *report = window->findChild<ImportReportDialog *>();
        QVERIFY(report->isVisible());
        QCOMPARE(report->visibleRowCount(), 1); // only the skipped page, until asked for all
        // The open drug stays open, read from the new database.
        QCOMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
        report->close();
        searchAndOpen(*window, QStringLiteral("Newamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Newamine"));
    }

    // Another folder, without most of the library's drugs: the window asks,
    // with the counts; Cancel changes nothing; replacing keeps the old
    // library, which File → Restore Previous Library brings back.
    void replacingTheLibraryIsAskedAndCanBeUndone()
    {
        WindowFixture fixture;
        const QString many = writeManyPages(fixture, 12);
        auto window = fixture.openWindow();
        QVERIFY(window);
        QAction *restore = window->findChild<QAction *>(QStringLiteral("actionRestorePrevious"));
        QVERIFY(restore && !restore->isEnabled());
        QSignalSpy finished(window->importController(), &ImportController::finished);
        window->importFolder(many);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        window->findChild<ImportReportDialog *>()->close();
        QCOMPARE(window->database()->drugCount(), 12);
        QVERIFY(restore->isEnabled());
        searchAndOpen(*window, QStringLiteral("Drug 5"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Drug 5"));

        // The fixture's own folder has 3 drugs, none of these 12.
        window->importFolder(fixture.pagesDir());
        auto *question = window->findChild<QMessageBox *>(QStringLiteral("replaceLibraryQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY2(question->text().contains(QLatin1String("takes away 12 of the 12 drugs")),
                 qPrintable(question->text()));
        QVERIFY(question->text().contains(QLatin1String("3 pages")));
        QTest::keyClick(question, Qt::Key_Escape);
        QTRY_VERIFY(!question->isVisible());
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!window->importController()->isRunning());
        QCOMPARE(window->database()->drugCount(), 12);

        window->importFolder(fixture.pagesDir());
        question = window->findChild<QMessageBox *>(QStringLiteral("replaceLibraryQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        auto *replace = qobject_cast<QPushButton *>(question->buttons().value(0));
        for (QAbstractButton *button : question->buttons())
            if (button->text() == QLatin1String("Import and Replace"))
                replace = qobject_cast<QPushButton *>(button);
        QVERIFY(replace);
        QTest::mouseClick(replace, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QTRY_VERIFY(window->findChild<ImportReportDialog *>());
        window->findChild<ImportReportDialog *>()->close();
        QCOMPARE(window->database()->drugCount(), 3);

        // Restore: the 12 are back, on the drug that was open; again undoes it.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        restore->trigger();
        QCOMPARE(window->database()->drugCount(), 12);
        QVERIFY2(
            window->statusBar()->currentMessage().contains(QLatin1String("Restored the previous library: 12 drugs")),
            qPrintable(window->statusBar()->currentMessage()));
        searchAndOpen(*window, QStringLiteral("Drug 7"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Drug 7"));
        restore->trigger();
        QCOMPARE(window->database()->drugCount(), 3);
    }
};

QTEST_MAIN(TestMainWindowImport)
#include "tst_mainwindow_import.moc"
