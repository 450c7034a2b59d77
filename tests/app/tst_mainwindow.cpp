// The browser window driven as a person would: keys and clicks on the real
// widgets, offscreen.
#include "app/findbar.h"
#include "app/importcontroller.h"
#include "app/importreportdialog.h"
#include "app/monographprinter.h"
#include "app/pagebrowser.h"
#include "app/resultdelegate.h"
#include "search/searchresultsmodel.h"
#include "windowtesting.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

using namespace formulary;
using namespace formulary::testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // The tests that write to the fixture before a window opens on it, or open
    // theirs another way: init() gives them the fixture alone.
    static QByteArrayList testsOpeningTheirOwnWindow()
    {
        return {"backRestoresTheScrollPosition", "firstRunInvitesAnImport", "theDisclaimerIsOneLineThatOpens"};
    }

    // Opens a window on the fixture's pages. One already open is destroyed
    // first, as the app is quit before it is started again.
    bool openWindow(bool restoreSession = false)
    {
        m_window.reset();
        m_window = m_fixture->openWindow(restoreSession);
        return m_window != nullptr;
    }

    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        // A test renamed without its entry would get a window it never asked for.
        for (const QByteArray &test : testsOpeningTheirOwnWindow())
            QVERIFY2(metaObject()->indexOfSlot((test + "()").constData()) >= 0, test.constData());
    }

    // Qt Test calls init() before every test function and cleanup() after it:
    // each test starts on its own pages, database and settings, with the window
    // open on them.
    void init()
    {
        // cleanup() is skipped when init() fails: start from nothing.
        cleanup();
        m_fixture = std::make_unique<WindowFixture>();
        if (!testsOpeningTheirOwnWindow().contains(QTest::currentTestFunction()))
            QVERIFY(openWindow());
    }

    void cleanup()
    {
        // The window before the fixture that holds its database and settings.
        m_window.reset();
        m_fixture.reset();
    }

    void startsWithFocusInTheSearchField()
    {
        QTRY_COMPARE(QApplication::focusWidget(), m_window->searchPanel()->searchField());
        QCOMPARE(resultTitles(*m_window), QStringList({"Examplamine", "Exemplol", "Zolpimar"}));
    }

    void typingAQueryShowsResults()
    {
        QLineEdit *field = m_window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("exa"));
        QTRY_COMPARE(resultTitles(*m_window), QStringList({"Examplamine"}));
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClick(field, Qt::Key_Backspace);
        QTRY_COMPARE(resultTitles(*m_window), QStringList({"Examplamine", "Exemplol"}));
        // Esc clears the field and brings every drug back.
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QString());
        QTRY_COMPARE(resultTitles(*m_window).size(), 3);
    }

    void enterOpensTheSelectedDrug()
    {
        QLineEdit *field = m_window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("ex"));
        QTRY_COMPARE(resultTitles(*m_window).size(), 2);
        QTest::keyClick(field, Qt::Key_Down); // Up and Down move in the results from the field
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Exemplol"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Exemplol"));
        // The reader goes on to the page; Ctrl+K comes back to the field.
        QTRY_COMPARE(QApplication::focusWidget(), m_window->monographView()->browser());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QCOMPARE(field->selectedText(), QStringLiteral("ex"));
    }

    // A pharmacist types the drug and what they want to know: Enter opens
    // the drug on that section.
    void aDrugAndATopicOpenOnThatSection()
    {
        QLineEdit *field = m_window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("examplamine dose"));
        QTRY_COMPARE(resultTitles(*m_window).value(0), QStringLiteral("Examplamine"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Dosage"));

        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("exemplol alcohol"));
        QTRY_COMPARE(resultTitles(*m_window).value(0), QStringLiteral("Exemplol"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Exemplol"));
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Precautions"));
    }

    void searchTipsExplainTheFilters()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QMessageBox *tips = nullptr;
        QTRY_VERIFY((tips = m_window->findChild<QMessageBox *>()) && tips->isVisible());
        QCOMPARE(tips->windowTitle(), QStringLiteral("Search Tips"));
        QVERIFY(tips->text().contains(QStringLiteral("side:")));
        QVERIFY(tips->text().contains(QStringLiteral("clonazepam dose")));
        QVERIFY(tips->text().contains(QStringLiteral("\"hair loss\"")));
        QTest::keyClick(tips, Qt::Key_Escape);
        QTRY_VERIFY(!tips->isVisible());
    }

    void resultsAreGroupedAsRanked()
    {
        QLineEdit *field = m_window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("examplamine"));
        QTRY_VERIFY(!resultTitles(*m_window).isEmpty());
        const QAbstractItemModel *model = m_window->searchPanel()->resultsView()->model();
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Examplamine"));
        QCOMPARE(ResultDelegate::groupLabel(model->index(0, 0)), QStringLiteral("Exact name"));
        // Another drug's text that names it comes after, under its own label.
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, QStringLiteral("receptors"));
        QTRY_COMPARE(resultTitles(*m_window), QStringList({"Examplamine", "Exemplol"}));
        QCOMPARE(ResultDelegate::groupLabel(model->index(0, 0)), QStringLiteral("In the text"));
        QCOMPARE(ResultDelegate::groupLabel(model->index(1, 0)), QString());
        QCOMPARE(model->index(0, 0).data(SearchResultsModel::SectionHeadingRole).toString(),
                 QStringLiteral("How it Works"));
        auto *status = m_window->searchPanel()->findChild<QLabel *>(QStringLiteral("resultsStatus"));
        QCOMPARE(status->text(), QStringLiteral("2 results"));
    }

    void fullTextHitOpensTheSectionHighlighted()
    {
        searchAndOpen(*m_window, QStringLiteral("receptors"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("How it Works"));
        const QList<QTextEdit::ExtraSelection> highlights = m_window->monographView()->browser()->extraSelections();
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights.first().cursor.selectedText(), QStringLiteral("receptors"));
        // Highlights belong to the hit: another section shows none.
        QTest::keyClick(m_window->monographView()->browser(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(m_window->monographView()->browser()->extraSelections().isEmpty());
        // Another section of the same drug is not a step back.
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionBack"))->isEnabled());
    }

    // A quoted phrase is highlighted where it stands whole, and its words
    // nowhere else: "Drowsiness" alone is not marked.
    void aQuotedPhraseIsHighlightedWhole()
    {
        searchAndOpen(*m_window, QStringLiteral("\"severe drowsiness\""));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Side Effects"));
        const QList<QTextEdit::ExtraSelection> highlights = m_window->monographView()->browser()->extraSelections();
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights.first().cursor.selectedText(), QStringLiteral("Severe drowsiness"));
    }

    void didYouMeanIsNeverOpenedUnasked()
    {
        QLineEdit *field = m_window->searchPanel()->searchField();
        QTest::keyClicks(field, QStringLiteral("zolpimer"));
        QTRY_COMPARE(resultTitles(*m_window), QStringList({"Zolpimar"}));
        const QModelIndex suggestion = m_window->searchPanel()->resultsView()->model()->index(0, 0);
        QCOMPARE(ResultDelegate::groupLabel(suggestion), QStringLiteral("Did you mean"));
        QCOMPARE(suggestion.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Did you mean Zolpimar?"));
        auto *status = m_window->searchPanel()->findChild<QLabel *>(QStringLiteral("resultsStatus"));
        QCOMPARE(status->text(), QStringLiteral("No matches"));
        QVERIFY(!m_window->searchPanel()->resultsView()->currentIndex().isValid());
        // Enter shows the suggestion; only a second Enter opens it.
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!m_window->monographView()->hasPage());
        QCOMPARE(m_window->searchPanel()->resultsView()->currentIndex(), suggestion);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(openTitle(*m_window), QStringLiteral("Zolpimar"));
    }

    void clickingAResultOpensIt()
    {
        QListView *results = m_window->searchPanel()->resultsView();
        const QRect rect = results->visualRect(results->model()->index(2, 0));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Zolpimar"));
    }

    void tabsMatchTheSections()
    {
        searchAndOpen(*m_window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        // In page order; the one-line generic name is in the header, the
        // disclaimer below the tabs.
        QCOMPARE(tabTitles(*m_window),
                 QStringList({"Usage", "Dosage", "Side Effects", "How it Works", "Precautions", "FAQs"}));
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Usage"));
        QVERIFY(
            m_window->monographView()->browser()->toPlainText().contains(QStringLiteral("treats imaginary headaches")));
        auto *genericName = m_window->monographView()->findChild<QLabel *>(QStringLiteral("drugGenericName"));
        QCOMPARE(genericName->text(), QStringLiteral("Generic name: Examplamine"));
        auto *source = m_window->monographView()->findChild<QLabel *>(QStringLiteral("drugSource"));
        QVERIFY(source->text().contains(QStringLiteral("e/examplamine.md")));
        auto *disclaimer = m_window->monographView()->findChild<PageBrowser *>(QStringLiteral("disclaimerView"));
        QVERIFY(disclaimer->isVisible());
        QVERIFY(disclaimer->toPlainText().contains(QStringLiteral("educational purposes only")));

        // Every section shows its own text.
        m_window->monographView()->tabBar()->setCurrentIndex(2);
        QVERIFY(m_window->monographView()->browser()->toPlainText().contains(QStringLiteral("Dry mouth")));
        QVERIFY(disclaimer->isVisible());
    }

    // The disclaimer takes one line, always in view; its button shows the
    // rest, and hides it again.
    void theDisclaimerIsOneLineThatOpens()
    {
        QVERIFY(m_fixture->writePage(
            QStringLiteral("w/wordymine.md"),
            QByteArrayLiteral("---\ntitle: Wordymine\n---\n\n# Wordymine\n### Usage\nFor pain.\n\n"
                              "*Disclaimer: This information is for education only and is not medical advice. "
                              "Always ask a pharmacist or a doctor before you start, stop or change a medicine, and "
                              "read the leaflet that comes with it, since doses and warnings differ from one product "
                              "to the next and from one person to the next.*\n")));
        QVERIFY(openWindow());
        searchAndOpen(*m_window, QStringLiteral("Wordymine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Wordymine"));
        auto *disclaimer = m_window->monographView()->findChild<PageBrowser *>(QStringLiteral("disclaimerView"));
        auto *toggle = m_window->monographView()->findChild<QToolButton *>(QStringLiteral("disclaimerToggle"));
        QVERIFY(disclaimer && toggle);
        QTRY_VERIFY(toggle->isVisible());
        const int lineSpacing = disclaimer->fontMetrics().lineSpacing();
        QVERIFY2(disclaimer->height() < 3 * lineSpacing, qPrintable(QString::number(disclaimer->height())));
        const int collapsed = disclaimer->height();
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Show the whole disclaimer"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(disclaimer->height() > collapsed + lineSpacing);
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Show only the disclaimer's first line"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_COMPARE(disclaimer->height(), collapsed);
    }

    void keyboardMovesBetweenTabs()
    {
        searchAndOpen(*m_window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QWidget *browser = m_window->monographView()->browser();
        QTest::keyClick(browser, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Dosage"));
        QTest::keyClick(browser, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Usage"));
        QTest::keyClick(browser, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("FAQs")); // wraps
        QTest::keyClick(browser, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Side Effects"));
        QTest::keyClick(m_window->searchPanel()->searchField(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Precautions"));
        QTest::keyClick(browser, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("FAQs"));
    }

    void backAndForwardAcrossDrugsAndSections()
    {
        QAction *back = m_window->findChild<QAction *>(QStringLiteral("actionBack"));
        QAction *forward = m_window->findChild<QAction *>(QStringLiteral("actionForward"));
        QVERIFY(!back->isEnabled());

        searchAndOpen(*m_window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QWidget *browser = m_window->monographView()->browser();
        QTest::keyClick(browser, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Side Effects"));
        searchAndOpen(*m_window, QStringLiteral("Zolpimar"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Zolpimar"));
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());

        // One step per drug, back on the section last read there, with the
        // search it was opened from.
        QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Side Effects"));
        QCOMPARE(m_window->searchPanel()->query(), QStringLiteral("Examplamine"));
        QTRY_VERIFY(resultTitles(*m_window).contains(QLatin1String("Examplamine")));
        QVERIFY(!back->isEnabled());
        QTest::keyClick(browser, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(openTitle(*m_window), QStringLiteral("Zolpimar"));
        QCOMPARE(m_window->searchPanel()->query(), QStringLiteral("Zolpimar"));
        QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));

        // The mouse's forward and back buttons, anywhere in the window.
        QTest::mouseClick(m_window->monographView()->browser()->viewport(), Qt::ForwardButton);
        QCOMPARE(openTitle(*m_window), QStringLiteral("Zolpimar"));
        QTest::mouseClick(m_window->searchPanel()->resultsView()->viewport(), Qt::BackButton);
        QCOMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));

        // A new place drops the forward entries.
        searchAndOpen(*m_window, QStringLiteral("Exemplol"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Exemplol"));
        QVERIFY(!forward->isEnabled());
    }

    void backRestoresTheScrollPosition()
    {
        QString longUsage;
        for (int i = 0; i < 80; ++i)
            longUsage += QStringLiteral("Paragraph %1 of a long usage section.\n\n").arg(i);
        QVERIFY(m_fixture->writePage(QStringLiteral("l/longamine.md"), page(QStringLiteral("Longamine"), longUsage)));
        QVERIFY(openWindow());
        searchAndOpen(*m_window, QStringLiteral("Longamine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Longamine"));
        QScrollBar *scroll = m_window->monographView()->browser()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 200);
        scroll->setValue(200);
        searchAndOpen(*m_window, QStringLiteral("Zolpimar"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Zolpimar"));
        m_window->goBack();
        QCOMPARE(openTitle(*m_window), QStringLiteral("Longamine"));
        QCOMPARE(scroll->value(), 200);
    }

    void findInPage()
    {
        searchAndOpen(*m_window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QWidget *browser = m_window->monographView()->browser();
        QTest::keyClick(browser, Qt::Key_3, Qt::ControlModifier); // Side Effects
        QTest::keyClick(browser, Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = m_window->monographView()->findBar();
        QVERIFY(bar->isVisible());
        auto *field = bar->findChild<QLineEdit *>(QStringLiteral("findField"));
        auto *status = bar->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, QStringLiteral("drowsiness"));
        // Two here; one each in Precautions and FAQs.
        QCOMPARE(status->text(), QStringLiteral("1 of 2 · 2 more in other sections"));
        QCOMPARE(m_window->monographView()->browser()->textCursor().selectedText().toLower(),
                 QStringLiteral("drowsiness"));
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(status->text(), QStringLiteral("2 of 2 · 2 more in other sections"));
        // Past the last match in this section, on to the next section that has one.
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Precautions"));
        QCOMPARE(status->text(), QStringLiteral("1 of 1 · 3 more in other sections"));
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Side Effects"));
        QCOMPARE(status->text(), QStringLiteral("2 of 2 · 2 more in other sections"));

        QTest::keyClicks(field, QStringLiteral("zzz"));
        QCOMPARE(status->text(), QStringLiteral("Not found"));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(m_window->monographView()->browser()->extraSelections().size(), 0);
    }

    void copiesTheSelectedText()
    {
        searchAndOpen(*m_window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QWidget *browser = m_window->monographView()->browser();
        QTRY_COMPARE(QApplication::focusWidget(), browser);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(browser, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(browser, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text().trimmed(),
                 QStringLiteral("Examplamine treats imaginary headaches."));
        // Edit → Copy does the same from the menu.
        QGuiApplication::clipboard()->clear();
        m_window->findChild<QAction *>(QStringLiteral("actionCopy"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().trimmed(),
                 QStringLiteral("Examplamine treats imaginary headaches."));
    }

    void zoomIsRemembered()
    {
        searchAndOpen(*m_window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        const qreal before = m_window->monographView()->browser()->font().pointSizeF();
        QTest::keyClick(m_window->monographView()->browser(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(m_window->monographView()->browser(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_window->monographView()->zoomPercent(), 120);
        QVERIFY(m_window->monographView()->browser()->font().pointSizeF() > before);
        QTest::keyClick(m_window->monographView()->browser(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_window->monographView()->zoomPercent(), 110);
        m_window->close();

        // A new window on the same fixture, restoring the session.
        QVERIFY(openWindow(true));
        QCOMPARE(m_window->monographView()->zoomPercent(), 110);
        // And the drug that was open, on the section that was open.
        QCOMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QTest::keyClick(m_window->monographView()->browser(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_window->monographView()->zoomPercent(), 100);
    }

    void firstRunInvitesAnImport()
    {
        QVERIFY(m_fixture->import());
        MainWindow::Options options;
        options.databasePath = m_fixture->databasePath();
        options.importDatabasePath = m_fixture->filePath(QStringLiteral("mine/content.sqlite")); // not there yet
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
        bool found = false;
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(QStringLiteral("3 drugs loaded from"))
                && label->text().contains(QStringLiteral("content.sqlite")))
                found = true;
        }
        QVERIFY(found);
    }

    void exportsThePdf()
    {
        searchAndOpen(*m_window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        const MonographView &view = *m_window->monographView();
        const auto section = monographprinter::document(view, monographprinter::Scope::Section);
        QVERIFY(section->toPlainText().contains(QStringLiteral("treats imaginary headaches")));
        QVERIFY(!section->toPlainText().contains(QStringLiteral("Dry mouth")));
        QVERIFY(section->toPlainText().contains(QStringLiteral("educational purposes only")));
        const auto whole = monographprinter::document(view, monographprinter::Scope::Monograph);
        QVERIFY(whole->toPlainText().contains(QStringLiteral("Dry mouth")));
        QVERIFY(whole->toPlainText().contains(QStringLiteral("Can I drive?")));

        const QString path = m_fixture->filePath(QStringLiteral("examplamine.pdf"));
        QString error;
        QVERIFY2(monographprinter::exportPdf(view, monographprinter::Scope::Monograph, path, &error),
                 qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // Named after the drug, not its file.
        QCOMPARE(monographprinter::suggestedFileName(view, monographprinter::Scope::Section),
                 QStringLiteral("Examplamine - Usage.pdf"));
        QCOMPARE(monographprinter::suggestedFileName(view, monographprinter::Scope::Monograph),
                 QStringLiteral("Examplamine.pdf"));
    }

    // Two pages with one name ("Clonazepam" and "Clonazepam ."): each result
    // says which page it is, on screen and to a screen reader.
    void sameNamedDrugsAreToldApart()
    {
        QVERIFY(m_fixture->writePage(QStringLiteral("a/twinol.md"), page(QStringLiteral("Twinol"))));
        QVERIFY(m_fixture->writePage(QStringLiteral("b/twinol-old.md"), page(QStringLiteral("Twinol ."))));
        QVERIFY(m_fixture->writePage(QStringLiteral("b/twinolate.md"), page(QStringLiteral("Twinolate"))));
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        m_window->importFolder(m_fixture->pagesDir());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTRY_VERIFY(m_window->findChild<ImportReportDialog *>());
        m_window->findChild<ImportReportDialog *>()->close();
        QLineEdit *field = m_window->searchPanel()->searchField();
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, QStringLiteral("twinol"));
        QTRY_VERIFY(resultTitles(*m_window).contains(QStringLiteral("Twinol .")));
        const QAbstractItemModel *model = m_window->searchPanel()->resultsView()->model();
        QStringList told;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            told.append(index.data(Qt::AccessibleTextRole).toString());
        }
        QVERIFY2(told.contains(QStringLiteral("Twinol, from a/twinol.md")), qPrintable(told.join('|')));
        QVERIFY2(told.contains(QStringLiteral("Twinol ., from b/twinol-old.md")), qPrintable(told.join('|')));
        QVERIFY2(told.contains(QStringLiteral("Twinolate")), qPrintable(told.join('|'))); // no twin: its name alone
    }

    // File → Print Preview… shows the whole monograph's pages before
    // printing; the preview's own button prints them.
    void printPreviewShowsThePages()
    {
        auto *preview = m_window->findChild<QAction *>(QStringLiteral("actionPrintPreview"));
        QVERIFY(preview);
        QVERIFY(!preview->isEnabled()); // nothing open yet
        searchAndOpen(*m_window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Examplamine"));
        QVERIFY(preview->isEnabled());
        preview->trigger();
        auto *dialog = m_window->findChild<QPrintPreviewDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *pages = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_VERIFY(pages->pageCount() >= 1);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Print Preview: Examplamine"));
        dialog->close();
    }

    void widgetsHaveAccessibleNames()
    {
        searchAndOpen(*m_window, QStringLiteral("Examplamine"));
        for (QWidget *widget :
             QList<QWidget *>{m_window->searchPanel()->searchField(), m_window->searchPanel()->resultsView(),
                              m_window->monographView()->tabBar(), m_window->monographView()->browser()}) {
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->objectName().toUtf8().constData());
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
