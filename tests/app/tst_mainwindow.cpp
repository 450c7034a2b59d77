// The browser window driven as a person would: keys and clicks on the real
// widgets, offscreen.
#include "app/findbar.h"
#include "app/monographprinter.h"
#include "app/pagebrowser.h"
#include "app/resultdelegate.h"
#include "search/searchresultsmodel.h"
#include "windowtesting.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>

using namespace formulary;
using namespace formulary::testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void startsWithFocusInTheSearchField()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QTRY_COMPARE(QApplication::focusWidget(), window->searchPanel()->searchField());
        QCOMPARE(resultTitles(*window), QStringList({"Examplamine", "Exemplol", "Zolpimar"}));
    }

    void typingAQueryShowsResults()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QLineEdit *field = window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("exa"));
        QTRY_COMPARE(resultTitles(*window), QStringList({"Examplamine"}));
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClick(field, Qt::Key_Backspace);
        QTRY_COMPARE(resultTitles(*window), QStringList({"Examplamine", "Exemplol"}));
        // Esc clears the field and brings every drug back.
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QString());
        QTRY_COMPARE(resultTitles(*window).size(), 3);
    }

    void enterOpensTheSelectedDrug()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QLineEdit *field = window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("ex"));
        QTRY_COMPARE(resultTitles(*window).size(), 2);
        QTest::keyClick(field, Qt::Key_Down); // Up and Down move in the results from the field
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Exemplol"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Exemplol"));
        // The reader goes on to the page; Ctrl+K comes back to the field.
        QTRY_COMPARE(QApplication::focusWidget(), window->monographView()->browser());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QCOMPARE(field->selectedText(), QStringLiteral("ex"));
    }

    void resultsAreGroupedAsRanked()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QLineEdit *field = window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("examplamine"));
        QTRY_VERIFY(!resultTitles(*window).isEmpty());
        const QAbstractItemModel *model = window->searchPanel()->resultsView()->model();
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Examplamine"));
        QCOMPARE(ResultDelegate::groupLabel(model->index(0, 0)), QStringLiteral("Name"));
        // Another drug's text that names it comes after, under its own label.
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, QStringLiteral("receptors"));
        QTRY_COMPARE(resultTitles(*window), QStringList({"Examplamine", "Exemplol"}));
        QCOMPARE(ResultDelegate::groupLabel(model->index(0, 0)), QStringLiteral("In the text"));
        QCOMPARE(ResultDelegate::groupLabel(model->index(1, 0)), QString());
        QCOMPARE(model->index(0, 0).data(SearchResultsModel::SectionHeadingRole).toString(), QStringLiteral("How it Works"));
        auto *status = window->searchPanel()->findChild<QLabel *>(QStringLiteral("resultsStatus"));
        QCOMPARE(status->text(), QStringLiteral("2 results"));
    }

    void fullTextHitOpensTheSectionHighlighted()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("receptors"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QCOMPARE(currentTabTitle(*window), QStringLiteral("How it Works"));
        const QList<QTextEdit::ExtraSelection> highlights = window->monographView()->browser()->extraSelections();
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights.first().cursor.selectedText(), QStringLiteral("receptors"));
        // Highlights belong to the hit: another section shows none.
        QTest::keyClick(window->monographView()->browser(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(window->monographView()->browser()->extraSelections().isEmpty());
        // Back returns to the hit, highlighted again.
        window->goBack();
        QCOMPARE(currentTabTitle(*window), QStringLiteral("How it Works"));
        QCOMPARE(window->monographView()->browser()->extraSelections().size(), 1);
    }

    void didYouMeanIsNeverOpenedUnasked()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QLineEdit *field = window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("zolpimer"));
        QTRY_COMPARE(resultTitles(*window), QStringList({"Zolpimar"}));
        const QModelIndex suggestion = window->searchPanel()->resultsView()->model()->index(0, 0);
        QCOMPARE(ResultDelegate::groupLabel(suggestion), QStringLiteral("Did you mean"));
        QCOMPARE(suggestion.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Did you mean Zolpimar?"));
        auto *status = window->searchPanel()->findChild<QLabel *>(QStringLiteral("resultsStatus"));
        QCOMPARE(status->text(), QStringLiteral("No matches"));
        QVERIFY(!window->searchPanel()->resultsView()->currentIndex().isValid());
        // Enter shows the suggestion; only a second Enter opens it.
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!window->monographView()->hasPage());
        QCOMPARE(window->searchPanel()->resultsView()->currentIndex(), suggestion);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
    }

    void clickingAResultOpensIt()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QListView *results = window->searchPanel()->resultsView();
        const QRect rect = results->visualRect(results->model()->index(2, 0));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
    }

    void tabsMatchTheSections()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        // In page order; the one-line generic name is in the header, the
        // disclaimer below the tabs.
        QCOMPARE(tabTitles(*window), QStringList({"Usage", "Dosage", "Side Effects", "How it Works", "Precautions", "FAQs"}));
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Usage"));
        QVERIFY(window->monographView()->browser()->toPlainText().contains(QStringLiteral("treats imaginary headaches")));
        auto *genericName = window->monographView()->findChild<QLabel *>(QStringLiteral("drugGenericName"));
        QCOMPARE(genericName->text(), QStringLiteral("Generic name: Examplamine"));
        auto *source = window->monographView()->findChild<QLabel *>(QStringLiteral("drugSource"));
        QVERIFY(source->text().contains(QStringLiteral("e/examplamine.md")));
        auto *disclaimer = window->monographView()->findChild<PageBrowser *>(QStringLiteral("disclaimerView"));
        QVERIFY(disclaimer->isVisible());
        QVERIFY(disclaimer->toPlainText().contains(QStringLiteral("educational purposes only")));

        // Every section shows its own text.
        window->monographView()->tabBar()->setCurrentIndex(2);
        QVERIFY(window->monographView()->browser()->toPlainText().contains(QStringLiteral("Dry mouth")));
        QVERIFY(disclaimer->isVisible());
    }

    void keyboardMovesBetweenTabs()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QWidget *browser = window->monographView()->browser();
        QTest::keyClick(browser, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Dosage"));
        QTest::keyClick(browser, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Usage"));
        QTest::keyClick(browser, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("FAQs")); // wraps
        QTest::keyClick(browser, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Side Effects"));
        QTest::keyClick(window->searchPanel()->searchField(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Precautions"));
        QTest::keyClick(browser, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("FAQs"));
    }

    void backAndForwardAcrossDrugsAndSections()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        QAction *back = window->findChild<QAction *>(QStringLiteral("actionBack"));
        QAction *forward = window->findChild<QAction *>(QStringLiteral("actionForward"));
        QVERIFY(!back->isEnabled());

        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QWidget *browser = window->monographView()->browser();
        QTest::keyClick(browser, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Side Effects"));
        searchAndOpen(*window, QStringLiteral("Zolpimar"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());

        QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Side Effects"));
        QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Usage"));
        QVERIFY(!back->isEnabled());
        QTest::keyClick(browser, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Side Effects"));

        // The mouse's forward and back buttons, anywhere in the window.
        QTest::mouseClick(browser->window(), Qt::ForwardButton);
        QTest::mouseClick(window->monographView()->browser()->viewport(), Qt::ForwardButton);
        QCOMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
        QTest::mouseClick(window->searchPanel()->resultsView()->viewport(), Qt::BackButton);
        QCOMPARE(openTitle(*window), QStringLiteral("Examplamine"));

        // A new place drops the forward entries.
        searchAndOpen(*window, QStringLiteral("Exemplol"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Exemplol"));
        QVERIFY(!forward->isEnabled());
    }

    void backRestoresTheScrollPosition()
    {
        WindowFixture fixture;
        QString longUsage;
        for (int i = 0; i < 80; ++i)
            longUsage += QStringLiteral("Paragraph %1 of a long usage section.\n\n").arg(i);
        QVERIFY(fixture.writePage(QStringLiteral("l/longamine.md"), page(QStringLiteral("Longamine"), longUsage)));
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Longamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Longamine"));
        QScrollBar *scroll = window->monographView()->browser()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 200);
        scroll->setValue(200);
        searchAndOpen(*window, QStringLiteral("Zolpimar"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Zolpimar"));
        window->goBack();
        QCOMPARE(openTitle(*window), QStringLiteral("Longamine"));
        QCOMPARE(scroll->value(), 200);
    }

    void findInPage()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QWidget *browser = window->monographView()->browser();
        QTest::keyClick(browser, Qt::Key_3, Qt::ControlModifier); // Side Effects
        QTest::keyClick(browser, Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = window->monographView()->findBar();
        QVERIFY(bar->isVisible());
        auto *field = bar->findChild<QLineEdit *>(QStringLiteral("findField"));
        auto *status = bar->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, QStringLiteral("drowsiness"));
        // Two here; one each in Precautions and FAQs.
        QCOMPARE(status->text(), QStringLiteral("1 of 2 · 2 more in other sections"));
        QCOMPARE(window->monographView()->browser()->textCursor().selectedText().toLower(), QStringLiteral("drowsiness"));
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(status->text(), QStringLiteral("2 of 2 · 2 more in other sections"));
        // Past the last match in this section, on to the next section that has one.
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Precautions"));
        QCOMPARE(status->text(), QStringLiteral("1 of 1 · 3 more in other sections"));
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Side Effects"));
        QCOMPARE(status->text(), QStringLiteral("2 of 2 · 2 more in other sections"));

        QTest::keyClicks(field, QStringLiteral("zzz"));
        QCOMPARE(status->text(), QStringLiteral("Not found"));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(window->monographView()->browser()->extraSelections().size(), 0);
    }

    void copiesTheSelectedText()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QWidget *browser = window->monographView()->browser();
        QTRY_COMPARE(QApplication::focusWidget(), browser);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(browser, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(browser, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text().trimmed(), QStringLiteral("Examplamine treats imaginary headaches."));
        // Edit → Copy does the same from the menu.
        QGuiApplication::clipboard()->clear();
        window->findChild<QAction *>(QStringLiteral("actionCopy"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().trimmed(), QStringLiteral("Examplamine treats imaginary headaches."));
    }

    void zoomIsRemembered()
    {
        WindowFixture fixture;
        {
            auto window = fixture.openWindow();
            QVERIFY(window);
            searchAndOpen(*window, QStringLiteral("Examplamine"));
            QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
            const qreal before = window->monographView()->browser()->font().pointSizeF();
            QTest::keyClick(window->monographView()->browser(), Qt::Key_Plus, Qt::ControlModifier);
            QTest::keyClick(window->monographView()->browser(), Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(window->monographView()->zoomPercent(), 120);
            QVERIFY(window->monographView()->browser()->font().pointSizeF() > before);
            QTest::keyClick(window->monographView()->browser(), Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(window->monographView()->zoomPercent(), 110);
            window->close();
        }
        auto window = fixture.openWindow(true);
        QVERIFY(window);
        QCOMPARE(window->monographView()->zoomPercent(), 110);
        // And the drug that was open, on the section that was open.
        QCOMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QTest::keyClick(window->monographView()->browser(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window->monographView()->zoomPercent(), 100);
    }

    void firstRunInvitesAnImport()
    {
        WindowFixture fixture;
        QVERIFY(fixture.import());
        MainWindow::Options options;
        options.databasePath = fixture.databasePath();
        options.importDatabasePath = fixture.filePath(QStringLiteral("mine/content.sqlite")); // not there yet
        MainWindow window(options);
        window.show();
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("contentStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        auto *text = window.findChild<QLabel *>(QStringLiteral("welcomeText"));
        QVERIFY(text->text().contains(QStringLiteral("Import your own folder")));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("welcomeImportButton"))->isVisible());
    }

    void statusBarSaysWhatIsLoaded()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        bool found = false;
        for (const QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(QStringLiteral("3 drugs loaded from")) && label->text().contains(QStringLiteral("content.sqlite")))
                found = true;
        }
        QVERIFY(found);
    }

    void exportsThePdf()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        const MonographView &view = *window->monographView();
        const auto section = monographprinter::document(view, monographprinter::Scope::Section);
        QVERIFY(section->toPlainText().contains(QStringLiteral("treats imaginary headaches")));
        QVERIFY(!section->toPlainText().contains(QStringLiteral("Dry mouth")));
        QVERIFY(section->toPlainText().contains(QStringLiteral("educational purposes only")));
        const auto whole = monographprinter::document(view, monographprinter::Scope::Monograph);
        QVERIFY(whole->toPlainText().contains(QStringLiteral("Dry mouth")));
        QVERIFY(whole->toPlainText().contains(QStringLiteral("Can I drive?")));

        const QString path = fixture.filePath(QStringLiteral("examplamine.pdf"));
        QString error;
        QVERIFY2(monographprinter::exportPdf(view, monographprinter::Scope::Monograph, path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(monographprinter::suggestedFileName(view, monographprinter::Scope::Section), QStringLiteral("examplamine-usage.pdf"));
    }

    void widgetsHaveAccessibleNames()
    {
        WindowFixture fixture;
        auto window = fixture.openWindow();
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        for (QWidget *widget : QList<QWidget *>{window->searchPanel()->searchField(), window->searchPanel()->resultsView(),
                                                window->monographView()->tabBar(), window->monographView()->browser()}) {
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->objectName().toUtf8().constData());
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
