// Comparing drugs from the window, as a person would: several results chosen
// with the keyboard or Ctrl+click, the shortcut, and the window it opens.
#include "app/comparedialog.h"
#include "app/pagebrowser.h"
#include "windowtesting.h"

#include <QAction>
#include <QFileDialog>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

using namespace formulary;
using namespace formulary::testing;

namespace {

QAction *compareAction(const MainWindow &window)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->objectName() == QLatin1String("actionCompare"))
            return action;
    }
    return nullptr;
}

QList<CompareDialog *> compareDialogs(const MainWindow &window)
{
    return window.findChildren<CompareDialog *>();
}

QRect rowRect(const MainWindow &window, const QString &title)
{
    QListView *view = window.searchPanel()->resultsView();
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == title)
            return view->visualRect(model->index(row, 0));
    }
    return {};
}

void pressCompareShortcut(MainWindow &window)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_M,
                    Qt::ControlModifier | Qt::ShiftModifier);
}

// The Save dialog, when it opens, answered with `path` typed into its file
// name field and Enter, as a person would.
void answerSaveDialogWith(const QString &path)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        if (!name || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    timer->start();
}

} // namespace

class TestCompareDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Qt's own file dialog, which a test can answer, never the desktop's.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void shiftDownAndTheShortcutCompareTwoResults()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QAction *compare = compareAction(*window);
        QVERIFY(compare);
        QCOMPARE(compare->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

        QLineEdit *field = window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("ex"));
        QTRY_COMPARE(resultTitles(*window), QStringList({"Examplamine", "Exemplol"}));
        QTRY_COMPARE(window->searchPanel()->selectedSlugs().size(), 1);
        QVERIFY(!compare->isEnabled());
        // Shift+Down from the field takes the next result as well.
        QTest::keyClick(field, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(window->searchPanel()->selectedSlugs(), QStringList({"examplamine", "exemplol"}));
        QVERIFY(compare->isEnabled());
        QCOMPARE(field->text(), QStringLiteral("ex"));

        pressCompareShortcut(*window);
        QTRY_COMPARE(compareDialogs(*window).size(), 1);
        CompareDialog *dialog = compareDialogs(*window).constFirst();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Compare Examplamine, Exemplol"));
        const QString text = dialog->browser()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Examplamine · Exemplol")));
        // Sections side by side, Usage's row before Dosage's.
        const qsizetype usage = text.indexOf(QStringLiteral("\nUsage\n"));
        QVERIFY(usage > 0);
        QVERIFY(text.indexOf(QStringLiteral("Examplamine treats imaginary headaches.")) > usage);
        QVERIFY(text.indexOf(QStringLiteral("Exemplol treats imaginary headaches."))
                > text.indexOf(QStringLiteral("Examplamine treats imaginary headaches.")));
        QVERIFY(text.indexOf(QStringLiteral("\nDosage\n")) > text.indexOf(QStringLiteral("Exemplol treats")));
        // Every disclaimer is there.
        QCOMPARE(text.count(QStringLiteral("Disclaimer: This information is for educational purposes only.")), 2);
    }

    void ctrlClickChoosesDrugsAndSharedSideEffectsComeFirst()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QTRY_COMPARE(resultTitles(*window).size(), 3);
        QWidget *viewport = window->searchPanel()->resultsView()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, rowRect(*window, QStringLiteral("Zolpimar")).center());
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar")); // a plain click still opens
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier,
                          rowRect(*window, QStringLiteral("Examplamine")).center());
        QCOMPARE(window->searchPanel()->selectedSlugs(), QStringList({"examplamine", "zolpimar"}));
        QCOMPARE(openTitle(*window), QStringLiteral("Zolpimar")); // Ctrl+click chooses, it does not open

        pressCompareShortcut(*window);
        QTRY_COMPARE(compareDialogs(*window).size(), 1);
        CompareDialog *dialog = compareDialogs(*window).constFirst();
        QCOMPARE(dialog->comparison().titles(), QStringList({"Examplamine", "Zolpimar"}));
        const QString text = dialog->browser()->toPlainText();
        const qsizetype table = text.indexOf(QStringLiteral("Side Effects Compared"));
        QVERIFY(table > 0);
        const QString rows = text.mid(table);
        // Drowsiness, on both pages, leads; each drug's own come after.
        const qsizetype every = rows.indexOf(QStringLiteral("Listed for every drug\nDrowsiness\n"));
        QVERIFY2(every > 0, qPrintable(rows.left(400)));
        QVERIFY(rows.indexOf(QStringLiteral("Listed for Examplamine only")) > every);
        QVERIFY(rows.indexOf(QStringLiteral("Dry mouth"))
                > rows.indexOf(QStringLiteral("Listed for Examplamine only")));
        QVERIFY(rows.indexOf(QStringLiteral("Nausea")) > rows.indexOf(QStringLiteral("Listed for Zolpimar only")));
        QVERIFY(rows.contains(QStringLiteral("serious")));
        QVERIFY(rows.contains(QStringLiteral("—")));
    }

    void exportsAPdfAndEscCloses()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        window->compareDrugs({QStringLiteral("exemplol"), QStringLiteral("zolpimar")});
        QTRY_COMPARE(compareDialogs(*window).size(), 1);
        QPointer<CompareDialog> dialog = compareDialogs(*window).constFirst();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->suggestedFileName(), QStringLiteral("Exemplol vs Zolpimar.pdf"));

        // Every control can be named by a screen reader.
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
        QVERIFY(!dialog->browser()->accessibleName().isEmpty());

        const QString path = fixture.filePath(QStringLiteral("comparison.pdf"));
        answerSaveDialogWith(path);
        auto *exportButton = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QVERIFY(exportButton);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY(QFileInfo(path).size() > 0);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");

        dialog->browser()->setFocus();
        QTest::keyClick(dialog->browser(), Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(window->isVisible());
    }

    void moreThanFourAreRefusedWithAReason()
    {
        WindowFixture fixture;
        for (const char *name : {"Aprilol", "Brimazine", "Cetramol"})
            QVERIFY(fixture.writePage(QStringLiteral("x/%1.md").arg(QString::fromLatin1(name).toLower()),
                                      page(QLatin1String(name))));
        auto window = fixture.openWindow();
        QVERIFY(window);
        QTRY_COMPARE(resultTitles(*window).size(), 6);
        QListView *view = window->searchPanel()->resultsView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_End, Qt::ShiftModifier);
        QCOMPARE(window->searchPanel()->selectedSlugs().size(), 6);
        QAction *compare = compareAction(*window);
        QVERIFY(!compare->isEnabled());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("4 at most")));
        window->compareDrugs(window->searchPanel()->selectedSlugs());
        QVERIFY(compareDialogs(*window).isEmpty());
        // Back to three, and the shortcut works from the list.
        QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(window->searchPanel()->selectedSlugs().size(), 3);
        QVERIFY(compare->isEnabled());
        pressCompareShortcut(*window);
        QTRY_COMPARE(compareDialogs(*window).size(), 1);
        QCOMPARE(compareDialogs(*window).constFirst()->comparison().pages.size(), 3);
    }

    void titlesAreShownAsPlainText()
    {
        WindowFixture fixture;
        QVERIFY(
            fixture.writePage(QStringLiteral("h/hostile.md"), page(QStringLiteral("Evil <img src=x> & <b>bold</b>"))));
        auto window = fixture.openWindow();
        QVERIFY(window);
        const QList<DrugRecord> hostile = window->database()->findByName(
            QStringLiteral("Evil <img src=x> & <b>bold</b>"));
        QCOMPARE(hostile.size(), 1);
        window->compareDrugs({hostile.constFirst().slug, QStringLiteral("zolpimar")});
        QTRY_COMPARE(compareDialogs(*window).size(), 1);
        CompareDialog *dialog = compareDialogs(*window).constFirst();
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Compare Evil <img src=x> & <b>bold</b>, Zolpimar"));
        QVERIFY(
            dialog->browser()->toPlainText().startsWith(QStringLiteral("Evil <img src=x> & <b>bold</b> · Zolpimar")));
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
