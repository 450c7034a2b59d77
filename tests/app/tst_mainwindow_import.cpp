// File → Import Folder… from the window: progress, cancel keeps the old
// database, the per-file report at the end, the question before an import
// adds a folder or takes many drugs away, and File → Restore Previous Library.
#include "app/importcontroller.h"
#include "app/importreportdialog.h"
#include "app/searchpanel.h"
#include "app/sourcesdialog.h"
#include "search/searchresultsmodel.h"
#include "windowtesting.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>

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

// The window's question `name`, answered with the button `answer` (or
// Escape when empty); whether it was asked.
bool answer(MainWindow &window, const QString &name, const QString &answer, QString *text = nullptr)
{
    auto *question = window.findChild<QMessageBox *>(name);
    if (!question || !QTest::qWaitFor([question] { return question->isVisible(); }))
        return false;
    if (text)
        *text = question->text();
    // Its action and Cancel, nothing else.
    if (question->buttons().size() != 2 || !question->button(QMessageBox::Cancel))
        return false;
    if (answer.isEmpty()) {
        QTest::keyClick(question, Qt::Key_Escape);
    } else {
        QAbstractButton *button = nullptr;
        for (QAbstractButton *candidate : question->buttons()) {
            if (candidate->text() == answer)
                button = candidate;
        }
        if (!button)
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
    }
    return QTest::qWaitFor([question] { return !question->isVisible(); });
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
        QVERIFY(answer(*window, QStringLiteral("addSourceQuestion"), QStringLiteral("Add to Library")));
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

    // Another folder is added beside the library's, asked first with the
    // counts; Cancel changes nothing. A refresh that takes many of a folder's
    // drugs away is asked too and keeps the other folder's drugs. The library
    // each replaced comes back with File → Restore Previous Library.
    void importsAreAskedAndCanBeUndone()
    {
        WindowFixture fixture;
        const QString many = writeManyPages(fixture, 12);
        auto window = fixture.openWindow();
        QVERIFY(window);
        QAction *restore = window->findChild<QAction *>(QStringLiteral("actionRestorePrevious"));
        QVERIFY(restore && !restore->isEnabled());
        QSignalSpy finished(window->importController(), &ImportController::finished);
        searchAndOpen(*window, QStringLiteral("Zolpimar"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar"));

        // The fixture's library has 3 drugs from its own folder.
        QString text;
        window->importFolder(many);
        QVERIFY(answer(*window, QStringLiteral("addSourceQuestion"), QString(), &text));
        QVERIFY2(text.contains(QLatin1String("12 pages")) && text.contains(QLatin1String("The 3 drugs")),
                 qPrintable(text));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!window->importController()->isRunning());
        QCOMPARE(window->database()->drugCount(), 3);

        window->importFolder(many);
        QVERIFY(answer(*window, QStringLiteral("addSourceQuestion"), QStringLiteral("Add to Library")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTRY_VERIFY(window->findChild<ImportReportDialog *>());
        window->findChild<ImportReportDialog *>()->close();
        QCOMPARE(window->database()->drugCount(), 15);
        QCOMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
        QVERIFY(restore->isEnabled());

        // Refreshing the folder after 11 of its pages went.
        for (int i = 1; i < 12; ++i)
            QVERIFY(QFile::remove(many + QStringLiteral("/drug%1.md").arg(i, 4, 10, QLatin1Char('0'))));
        window->importFolder(many);
        QVERIFY(answer(*window, QStringLiteral("takeAwayQuestion"), QStringLiteral("Import and Take Away"), &text));
        QVERIFY2(text.contains(QLatin1String("takes away 11 of the 12 drugs")), qPrintable(text));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QTRY_VERIFY(window->findChild<ImportReportDialog *>());
        window->findChild<ImportReportDialog *>()->close();
        QCOMPARE(window->database()->drugCount(), 4);

        // Restore: the 15 are back; again undoes it.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        restore->trigger();
        QCOMPARE(window->database()->drugCount(), 15);
        QVERIFY2(
            window->statusBar()->currentMessage().contains(QLatin1String("Restored the previous library: 15 drugs")),
            qPrintable(window->statusBar()->currentMessage()));
        searchAndOpen(*window, QStringLiteral("Drug 7"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Drug 7"));
        restore->trigger();
        QCOMPARE(window->database()->drugCount(), 4);

        // A folder inside a source is refused, naming it.
        QVERIFY(fixture.writePage(QStringLiteral("inner/x.md"), fullPage(QStringLiteral("Innerine"))));
        window->importFolder(fixture.pagesDir() + QStringLiteral("/inner"));
        auto *refused = window->findChild<QMessageBox *>(QStringLiteral("importRefused"));
        QVERIFY(refused);
        QTRY_VERIFY(refused->isVisible());
        QVERIFY2(refused->text().contains(QLatin1String("is inside")), qPrintable(refused->text()));
        QTest::keyClick(refused, Qt::Key_Escape);
        QCOMPARE(window->database()->drugCount(), 4);
    }

    // File → Sources… lists the library's folders with their drugs; a folder
    // that has gone is marked, here and on its pages; Remove asks with the
    // counts and takes only that folder's drugs away.
    void sourcesAreListedAndRemoved()
    {
        WindowFixture fixture;
        const QString many = QFileInfo(writeManyPages(fixture, 12)).canonicalFilePath();
        // A page of the same name and file name as one of the library's.
        QVERIFY(fixture.writePage(QStringLiteral("../many/e/examplamine.md"), fullPage(QStringLiteral("Examplamine"))));
        auto window = fixture.openWindow();
        QVERIFY(window);
        QSignalSpy finished(window->importController(), &ImportController::finished);
        window->importFolder(many);
        QVERIFY(answer(*window, QStringLiteral("addSourceQuestion"), QStringLiteral("Add to Library")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTRY_VERIFY(window->findChild<ImportReportDialog *>());
        window->findChild<ImportReportDialog *>()->close();
        QCOMPARE(window->database()->drugCount(), 16);

        // Both are kept, and the results tell them apart by their folders.
        QLineEdit *field = window->searchPanel()->searchField();
        field->clear();
        QTest::keyClicks(field, QStringLiteral("examplamine"));
        QAbstractItemModel *results = window->searchPanel()->resultsView()->model();
        QTRY_VERIFY(results->rowCount() >= 2);
        QStringList twins;
        for (int row = 0; row < results->rowCount(); ++row)
            twins.append(results->index(row, 0).data(SearchResultsModel::TwinSourceRole).toString());
        QVERIFY2(twins.contains(QStringLiteral("pages/e/examplamine.md"))
                     && twins.contains(QStringLiteral("many/e/examplamine.md")),
                 qPrintable(twins.join(QLatin1Char('|'))));

        window->findChild<QAction *>(QStringLiteral("actionSources"))->trigger();
        SourcesDialog *dialog = window->findChild<SourcesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("sourceList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        const auto rowOf = [list](const QString &folder) -> QTreeWidgetItem * {
            for (int row = 0; row < list->topLevelItemCount(); ++row) {
                if (list->topLevelItem(row)->text(0) == QDir::toNativeSeparators(folder))
                    return list->topLevelItem(row);
            }
            return nullptr;
        };
        const QString own = QFileInfo(fixture.pagesDir()).canonicalFilePath();
        QVERIFY(rowOf(many) && rowOf(own));
        QCOMPARE(rowOf(many)->text(1), QStringLiteral("13"));
        QCOMPARE(rowOf(own)->text(1), QStringLiteral("3"));

        // The folder goes away: its drugs stay, marked.
        const QString moved = fixture.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(many, moved));
        window->findChild<QAction *>(QStringLiteral("actionSources"))->trigger(); // lists them again
        QVERIFY(rowOf(many));
        QVERIFY2(rowOf(many)->text(3).contains(QLatin1String("the folder is gone")), qPrintable(rowOf(many)->text(3)));
        list->setCurrentItem(rowOf(many));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("refreshButton"))->isEnabled());
        searchAndOpen(*window, QStringLiteral("Drug 5"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Drug 5"));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("drugSource"))
                    ->text()
                    .contains(QLatin1String("the folder is gone")));

        // Removing it, asked first with the counts.
        dialog->activateWindow();
        list->setCurrentItem(rowOf(many));
        auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        auto *question = dialog->findChild<QMessageBox *>(QStringLiteral("removeSourceQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QCOMPARE(question->buttons().size(), 2);
        QVERIFY2(question->text().contains(QLatin1String("takes away the 13 drugs"))
                     && question->text().contains(QLatin1String("the 3 drugs of other folders")),
                 qPrintable(question->text()));
        QAbstractButton *confirm = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (button->text() == QLatin1String("Remove Source"))
                confirm = button;
        }
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window->database()->drugCount(), 3, 30000);
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("13 drugs taken away")),
                 qPrintable(window->statusBar()->currentMessage()));
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(rowOf(own));
        // Restore brings the folder's drugs back.
        window->findChild<QAction *>(QStringLiteral("actionRestorePrevious"))->trigger();
        QCOMPARE(window->database()->drugCount(), 16);
        QCOMPARE(list->topLevelItemCount(), 2);
    }
};

QTEST_MAIN(TestMainWindowImport)
#include "tst_mainwindow_import.moc"
