// The window on a drug database or a bookmarks file as a disk, a crash,
// another program or a newer Formulary may leave one: it opens, says what
// is wrong and where, and stays usable; a drug that cannot be shown is not
// tried again at the next start; and the files are left as they were.
#include "app/bookmarkscontroller.h"
#include "app/bookmarkspanel.h"
#include "app/pagebrowser.h"
#include "damageddatabase.h"
#include "study/bookmarkmodel.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

#include <sys/stat.h>

using namespace formulary;
using namespace formulary::testing;

namespace {

const QString kLastDrug = QStringLiteral("session/drug");

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// A file that must be left as it is: its bytes, and the file itself, held
// open so that a file made anew in its place gets another inode (a freed
// one may be given out again at once).
class KeptFile
{
public:
    explicit KeptFile(const QString &path)
        : m_path(path)
        , m_hash(hashOf(path))
        , m_held(path)
    {
        m_held.open(QIODevice::ReadOnly);
    }

    bool isValid() const { return m_held.isOpen() && !m_hash.isEmpty(); }

    // The same bytes in the same file. Only once the window is gone: a
    // descriptor closed on the file would drop the locks SQLite holds on it.
    bool isUnchanged() const
    {
        struct stat now, held;
        return isValid() && ::stat(QFile::encodeName(m_path).constData(), &now) == 0
               && ::fstat(m_held.handle(), &held) == 0 && now.st_dev == held.st_dev && now.st_ino == held.st_ino
               && hashOf(m_path) == m_hash;
    }

private:
    QString m_path;
    QByteArray m_hash;
    QFile m_held;
};

// The permanent label at the right of the status bar: what is loaded, or what is wrong.
QLabel *databaseLabel(const MainWindow &window)
{
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("Database"))
            return label;
    }
    return nullptr;
}

QString statusTexts(const MainWindow &window)
{
    const QLabel *label = databaseLabel(window);
    return (label ? label->text() : QString()) + QLatin1Char('\n') + window.statusBar()->currentMessage();
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

class TestDamagedWindow : public QObject
{
    Q_OBJECT

private slots:
    void damagedDrugDatabase_data()
    {
        QTest::addColumn<Damage>("damage");
        for (const auto &[name, damage] : allDamages())
            QTest::newRow(name) << damage;
    }

    void damagedDrugDatabase()
    {
        QFETCH(Damage, damage);
        WindowFixture fixture;
        {
            // A session that ended on a drug, to be opened again at the next start.
            auto window = fixture.openWindow();
            QVERIFY(window);
            searchAndOpen(*window, QStringLiteral("Examplamine"));
            QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
            QVERIFY(window->close());
        }
        QCOMPARE(QSettings().value(kLastDrug).toString(), QStringLiteral("examplamine"));
        const QString pristine = fixture.filePath(QStringLiteral("pristine.sqlite"));
        QVERIFY(QFile::copy(fixture.databasePath(), pristine));
        removeDatabase(fixture.databasePath());
        QVERIFY(writeDamagedCopy(pristine, fixture.databasePath(), damage, "section"));
        const KeptFile damaged(fixture.databasePath());
        QVERIFY(damaged.isValid());

        auto window = fixture.openWindow(true);
        QVERIFY(window);
        // The drug could not be shown, and will not be tried again at the
        // next start even if this one ends badly; the status says which
        // file is at fault.
        QVERIFY(!window->monographView()->hasPage());
        QVERIFY2(!QSettings().contains(kLastDrug), qPrintable(QSettings().value(kLastDrug).toString()));
        const QString file = QDir::toNativeSeparators(fixture.databasePath());
        QVERIFY(databaseLabel(*window));
        QVERIFY2(statusTexts(*window).contains(file), qPrintable(statusTexts(*window)));

        // Search takes typing, and answers or says it cannot.
        QLineEdit *field = window->searchPanel()->searchField();
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, QStringLiteral("examplamine"));
        QCOMPARE(field->text(), QStringLiteral("examplamine"));
        auto *resultsStatus = window->searchPanel()->findChild<QLabel *>(QStringLiteral("resultsStatus"));
        QTRY_VERIFY(resultsStatus->text() != QStringLiteral("Searching…"));
        QVERIFY2(!resultTitles(*window).isEmpty() || resultsStatus->text().contains(file),
                 qPrintable(resultsStatus->text()));
        // Enter on what was found (if anything) fails in place.
        QTest::keyClick(field, Qt::Key_Return);
        QTest::qWait(50);
        QVERIFY(!window->monographView()->hasPage());
        QVERIFY2(statusTexts(*window).contains(file), qPrintable(statusTexts(*window)));
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QString());
        QTest::keyClicks(field, QStringLiteral("zolp"));
        QCOMPARE(field->text(), QStringLiteral("zolp"));
        QTRY_VERIFY(resultsStatus->text() != QStringLiteral("Searching…"));
        window->grab();

        // File → Import Folder is there to build the database again.
        auto *import = window->findChild<QAction *>(QStringLiteral("actionImportFolder"));
        QVERIFY(import);
        QVERIFY(import->isEnabled());
        QVERIFY(window->findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(import));

        // Nor is it once the window is closed.
        QVERIFY(window->close());
        window.reset();
        QVERIFY2(!QSettings().contains(kLastDrug), qPrintable(QSettings().value(kLastDrug).toString()));
        // Read only: the damaged file is as it was.
        QVERIFY(damaged.isUnchanged());
    }

    void damagedBookmarksFile_data()
    {
        QTest::addColumn<Damage>("damage");
        for (const auto &[name, damage] : allDamages())
            QTest::newRow(name) << damage;
    }

    void damagedBookmarksFile()
    {
        QFETCH(Damage, damage);
        WindowFixture fixture;
        {
            auto window = fixture.openWindow();
            QVERIFY(window);
            QVERIFY(window->bookmarks()->isAvailable());
            BookmarkModel *model = window->bookmarks()->model();
            QVERIFY(model->add(QStringLiteral("examplamine"), QStringLiteral("Examplamine"),
                               QStringLiteral("Can I drive?"), QStringLiteral("Not if you feel drowsiness.")));
        }
        const QString user = fixture.userDatabasePath();
        const QString pristine = fixture.filePath(QStringLiteral("user-pristine.sqlite"));
        QVERIFY(QFile::copy(user, pristine));
        removeDatabase(user);
        QVERIFY(writeDamagedCopy(pristine, user, damage, "bookmark"));
        const KeptFile damaged(user);
        QVERIFY(damaged.isValid());

        auto window = fixture.openWindow();
        QVERIFY(window);
        // Said once, in a message that names the file.
        QMessageBox *message = nullptr;
        QTRY_VERIFY((message = window->findChild<QMessageBox *>(QStringLiteral("bookmarksUnavailableMessage"))));
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QVERIFY2(message->informativeText().contains(user), qPrintable(message->informativeText()));
        QTest::mouseClick(message->button(QMessageBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<QMessageBox *>(QStringLiteral("bookmarksUnavailableMessage")));

        BookmarksController *bookmarks = window->bookmarks();
        QVERIFY(!bookmarks->isAvailable());
        for (QAction *action : {bookmarks->toggleAction(), bookmarks->studyAction(), bookmarks->drillAction(),
                                bookmarks->exportAction(), bookmarks->importAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));

        // Browsing goes on; Ctrl+D and Ctrl+Shift+S do nothing.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QTabBar *tabs = window->monographView()->tabBar();
        const int faqs = int(tabTitles(*window).indexOf(QStringLiteral("FAQs")));
        QVERIFY(faqs >= 0);
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(faqs).center());
        QVERIFY(window->monographView()->browser()->toPlainText().contains(QLatin1String("Can I drive?")));
        QTest::keyClick(window->monographView()->browser(), Qt::Key_D, Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window->findChild<StudyDialog *>());
        QVERIFY(bookmarks->model()->bookmarks().isEmpty());

        // The panel says why, and where.
        QTest::keyClick(window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(bookmarks->dock()->isVisible());
        auto *label = bookmarks->panel()->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(user), qPrintable(label->text()));
        QVERIFY(!bookmarks->panel()->view()->isVisible());

        searchAndOpen(*window, QStringLiteral("Zolpimar"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
        QVERIFY(window->close());
        window.reset();

        // Never written over, never made anew: what is in it may yet be saved.
        QVERIFY(damaged.isUnchanged());
        QVERIFY(!QFileInfo::exists(user + QStringLiteral("-journal")));
    }
};

QTEST_MAIN(TestDamagedWindow)
#include "tst_damagedwindow.moc"
