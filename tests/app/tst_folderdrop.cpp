// Dropping a folder of drug pages, or Markdown files, on the window imports
// the folder as File → Import Folder… does; other drops are not taken.
#include "app/folderdrop.h"
#include "app/importcontroller.h"
#include "app/importreportdialog.h"
#include "windowtesting.h"

#include <QMimeData>
#include <QUrl>

using namespace formulary;
using namespace formulary::testing;

namespace {

std::unique_ptr<QMimeData> urls(const QList<QUrl> &list)
{
    auto data = std::make_unique<QMimeData>();
    data->setUrls(list);
    return data;
}

QUrl local(const QString &path)
{
    return QUrl::fromLocalFile(path);
}

// A drag entering `widget` as a file manager starts one; whether it was taken.
bool dragEnter(QWidget *widget, const QMimeData *data, Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction)
{
    QDragEnterEvent event(widget->rect().center(), actions, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
    return event.isAccepted();
}

bool drop(QWidget *widget, const QMimeData *data)
{
    QDropEvent event(QPointF(widget->rect().center()), Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
    return event.isAccepted();
}

} // namespace

class TestFolderDrop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QString canonical(const QString &relative) const { return QFileInfo(path(relative)).canonicalFilePath(); }

private slots:
    void initTestCase()
    {
        QVERIFY(writeFile(path(QStringLiteral("pages/a.md")), "# A\n"));
        QVERIFY(writeFile(path(QStringLiteral("pages/b.markdown")), "# B\n"));
        QVERIFY(writeFile(path(QStringLiteral("pages/notes.txt")), "text\n"));
        QVERIFY(writeFile(path(QStringLiteral("other/c.MD")), "# C\n"));
    }

    void folderToImport_data()
    {
        QTest::addColumn<QStringList>("items"); // paths under the temporary folder, or URLs
        QTest::addColumn<QString>("folder");    // expected, under the temporary folder
        QTest::newRow("a folder") << QStringList{QStringLiteral("pages")} << QStringLiteral("pages");
        QTest::newRow("a page") << QStringList{QStringLiteral("pages/a.md")} << QStringLiteral("pages");
        QTest::newRow(".markdown") << QStringList{QStringLiteral("pages/b.markdown")} << QStringLiteral("pages");
        QTest::newRow("suffix in capitals") << QStringList{QStringLiteral("other/c.MD")} << QStringLiteral("other");
        QTest::newRow("pages of one folder")
            << QStringList{QStringLiteral("pages/a.md"), QStringLiteral("pages/b.markdown")} << QStringLiteral("pages");
        QTest::newRow("a folder and its page")
            << QStringList{QStringLiteral("pages"), QStringLiteral("pages/a.md")} << QStringLiteral("pages");
        QTest::newRow("other files are ignored")
            << QStringList{QStringLiteral("pages/notes.txt"), QStringLiteral("pages/a.md")} << QStringLiteral("pages");
        QTest::newRow("only another file") << QStringList{QStringLiteral("pages/notes.txt")} << QString();
        QTest::newRow("two folders") << QStringList{QStringLiteral("pages"), QStringLiteral("other")} << QString();
        QTest::newRow("pages of two folders")
            << QStringList{QStringLiteral("pages/a.md"), QStringLiteral("other/c.MD")} << QString();
        QTest::newRow("missing") << QStringList{QStringLiteral("gone")} << QString();
        QTest::newRow("a web address") << QStringList{QStringLiteral("https://example.org/pages/")} << QString();
        QTest::newRow("a web page and a folder")
            << QStringList{QStringLiteral("https://example.org/a.md"), QStringLiteral("pages")}
            << QStringLiteral("pages");
    }

    void folderToImport()
    {
        QFETCH(QStringList, items);
        QFETCH(QString, folder);
        QList<QUrl> list;
        for (const QString &item : std::as_const(items))
            list.append(item.contains(QLatin1String("://")) ? QUrl(item) : local(path(item)));
        QCOMPARE(FolderDrop::folderToImport(urls(list).get()), folder.isEmpty() ? QString() : canonical(folder));
    }

    void textIsNotAFolder()
    {
        QMimeData text;
        text.setText(path(QStringLiteral("pages")));
        QCOMPARE(FolderDrop::folderToImport(&text), QString());
        QCOMPARE(FolderDrop::folderToImport(nullptr), QString());
    }

    void droppedFolderIsImported()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QVERIFY(fixture.writePage(QStringLiteral("n/newamine.md"), fullPage(QStringLiteral("Newamine"))));
        const auto data = urls({local(fixture.pagesPath(QStringLiteral("n/newamine.md")))}); // its folder: n/
        const auto folder = urls({local(fixture.pagesDir())});

        // Anywhere on the window, the search field too, which takes dropped text.
        QWidget *targets[] = {window->centralWidget(), window->monographView(), window->searchPanel()->searchField()};
        for (QWidget *target : targets)
            QVERIFY2(dragEnter(target, folder.get()), target->metaObject()->className());
        QVERIFY(!dragEnter(window->centralWidget(), urls({QUrl(QStringLiteral("https://example.org/"))}).get()));
        QVERIFY(!dragEnter(window->centralWidget(), folder.get(), Qt::LinkAction)); // a copy is what is asked for

        QSignalSpy finished(window->importController(), &ImportController::finished);
        QVERIFY(drop(window->searchPanel()->searchField(), folder.get()));
        QVERIFY(window->searchPanel()->query().isEmpty()); // imported, not typed
        QTRY_VERIFY(window->importController()->isRunning() || finished.count() == 1);
        // No second import while one runs.
        if (window->importController()->isRunning())
            QVERIFY(!dragEnter(window->centralWidget(), data.get()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(window->database()->drugCount(), 4);
        const auto report = finished.first().first().value<ImportReport>();
        QCOMPARE(QFileInfo(report.sourceDir).canonicalFilePath(), QFileInfo(fixture.pagesDir()).canonicalFilePath());
        QTRY_VERIFY(window->findChild<ImportReportDialog *>());
        window->findChild<ImportReportDialog *>()->close();
        searchAndOpen(*window, QStringLiteral("Newamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Newamine"));
    }
};

QTEST_MAIN(TestFolderDrop)
#include "tst_folderdrop.moc"
