// Bookmarks in the window, driven as a person would: the stars in the FAQs
// tab and Ctrl+D, the Bookmarks panel (filter, open, Delete and Ctrl+Z,
// notes), a re-import that removes a bookmarked FAQ, export and import,
// and a user database that cannot be opened.
#include "app/bookmarkfiltermodel.h"
#include "app/bookmarkscontroller.h"
#include "app/bookmarkspanel.h"
#include "app/importcontroller.h"
#include "app/pagebrowser.h"
#include "render/faqmarkup.h"
#include "store/bookmarkstore.h"
#include "store/userdatabase.h"
#include "study/bookmarkmodel.h"
#include "windowtesting.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBlock>
#include <QTreeView>

using namespace formulary;
using namespace formulary::testing;

namespace {

QByteArray faqPage(const QString &title, const QStringList &questions)
{
    QString faqs;
    for (const QString &question : questions)
        faqs += QStringLiteral("**Q: %1**\n\nA: The answer to “%1”.\n\n").arg(question);
    return QStringLiteral("---\ntitle: %1\n---\n# %1\n### Usage\n%1 treats imaginary headaches.\n\n"
                          "### Side Effects\n* Drowsiness\n\n### FAQs\nAsk your pharmacist first.\n\n%2"
                          "**Disclaimer:** For education only.\n")
        .arg(title, faqs)
        .toUtf8();
}

const QStringList kExamplamineFaqs = {"Can I drive?", "Can I drink alcohol?", "How do I store it?"};

void openFaqs(MainWindow &window, const QString &drug)
{
    searchAndOpen(window, drug);
    QTRY_COMPARE(openTitle(window), drug);
    const int tab = int(tabTitles(window).indexOf(QStringLiteral("FAQs")));
    QVERIFY(tab >= 0);
    QTabBar *tabs = window.monographView()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(tab).center());
    QCOMPARE(currentTabTitle(window), QStringLiteral("FAQs"));
}

// Where each star is in the FAQs tab, in page order, and what it shows.
QList<QPair<int, QString>> stars(const MainWindow &window)
{
    QList<QPair<int, QString>> found;
    const QTextDocument *document = window.monographView()->browser()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && faqmarkup::starIndex(QUrl(fragment.charFormat().anchorHref())))
                found.append({fragment.position(), fragment.text()});
        }
    }
    return found;
}

QString starStates(const MainWindow &window)
{
    QString states;
    for (const auto &star : stars(window))
        states += star.second;
    return states;
}

void clickStar(MainWindow &window, int index)
{
    PageBrowser *browser = window.monographView()->browser();
    QTextCursor cursor(browser->document());
    cursor.setPosition(stars(window).at(index).first);
    const QRect left = browser->cursorRect(cursor);
    cursor.movePosition(QTextCursor::NextCharacter);
    const QRect right = browser->cursorRect(cursor);
    const QPoint centre((left.left() + right.left()) / 2, left.center().y());
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, centre);
}

void putCursorAt(MainWindow &window, const QString &text)
{
    PageBrowser *browser = window.monographView()->browser();
    browser->setFocus();
    QTextCursor found = browser->document()->find(text);
    QVERIFY(!found.isNull());
    found.clearSelection();
    browser->setTextCursor(found);
}

QStringList panelRows(BookmarksPanel *panel)
{
    QStringList rows;
    const QAbstractItemModel *model = panel->view()->model();
    std::function<void(const QModelIndex &, const QString &)> walk = [&](const QModelIndex &parent,
                                                                         const QString &indent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            rows << indent + index.data().toString();
            walk(index, indent + QStringLiteral("  "));
        }
    };
    walk({}, QString());
    return rows;
}

QModelIndex panelIndexOf(BookmarksPanel *panel, const QString &question)
{
    const QModelIndexList found = panel->view()->model()->match(panel->view()->model()->index(0, 0), Qt::DisplayRole,
                                                                question, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

QList<Bookmark> storedBookmarks(const WindowFixture &fixture)
{
    auto user = UserDatabase::open(fixture.userDatabasePath(), nullptr);
    return user ? BookmarkStore(*user).all() : QList<Bookmark>();
}

} // namespace

class TestBookmarkPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openWindow(WindowFixture &fixture)
    {
        fixture.writePage(QStringLiteral("e/examplamine.md"), faqPage(QStringLiteral("Examplamine"), kExamplamineFaqs));
        fixture.writePage(QStringLiteral("e/exemplol.md"),
                          faqPage(QStringLiteral("Exemplol"), {"Is it safe with alcohol?"}));
        return fixture.openWindow();
    }

    BookmarksPanel *showPanel(MainWindow &window)
    {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        BookmarksPanel *panel = window.bookmarks()->panel();
        if (!window.bookmarks()->dock()->isVisible())
            return nullptr;
        return panel;
    }

private slots:
    void starsAndCtrlDBookmarkQuestions()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        openFaqs(*window, QStringLiteral("Examplamine"));
        // The section's own text stays, with a star before each question.
        QVERIFY(
            window->monographView()->browser()->toPlainText().contains(QLatin1String("Ask your pharmacist first.")));
        QCOMPARE(starStates(*window), QStringLiteral("☆☆☆"));

        clickStar(*window, 1);
        QTRY_COMPARE(starStates(*window), QStringLiteral("☆★☆"));
        QCOMPARE(storedBookmarks(fixture).size(), 1);
        QCOMPARE(storedBookmarks(fixture).first().question, QStringLiteral("Can I drink alcohol?"));
        QCOMPARE(storedBookmarks(fixture).first().answer, QStringLiteral("The answer to “Can I drink alcohol?”."));
        QCOMPARE(storedBookmarks(fixture).first().drugTitle, QStringLiteral("Examplamine"));

        // Ctrl+D: the question the cursor is in.
        putCursorAt(*window, QStringLiteral("The answer to “How do I store it?”"));
        QTest::keyClick(window->monographView()->browser(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(starStates(*window), QStringLiteral("☆★★"));
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Bookmarked")));
        QTest::keyClick(window->monographView()->browser(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(starStates(*window), QStringLiteral("☆★☆"));
        // Undo brings the removed one back.
        QTest::keyClick(window->monographView()->browser(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(starStates(*window), QStringLiteral("☆★★"));
        QCOMPARE(storedBookmarks(fixture).size(), 2);

        // Clicking a filled star removes the bookmark.
        clickStar(*window, 1);
        QTRY_COMPARE(starStates(*window), QStringLiteral("☆☆★"));

        // From the keyboard: Tab to a star, Enter toggles it.
        PageBrowser *browser = window->monographView()->browser();
        QTextCursor top(browser->document());
        browser->setTextCursor(top);
        browser->setFocus();
        QTest::keyClick(browser, Qt::Key_Tab);
        QCOMPARE(browser->textCursor().selectionStart(), stars(*window).at(0).first);
        QTest::keyClick(browser, Qt::Key_Return);
        QCOMPARE(starStates(*window), QStringLiteral("★☆★"));
        QTest::keyClick(browser, Qt::Key_Tab);
        QCOMPARE(browser->textCursor().selectionStart(), stars(*window).at(1).first);

        // Stars stay with the drug: another drug's FAQs start empty, and
        // these are filled again when it is opened again.
        openFaqs(*window, QStringLiteral("Exemplol"));
        QCOMPARE(starStates(*window), QStringLiteral("☆"));
        openFaqs(*window, QStringLiteral("Examplamine"));
        QCOMPARE(starStates(*window), QStringLiteral("★☆★"));
    }

    void ctrlDOutsideTheFaqsSaysWhere()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        searchAndOpen(*window, QStringLiteral("Examplamine"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QCOMPARE(currentTabTitle(*window), QStringLiteral("Usage"));
        QTest::keyClick(window->monographView()->browser(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("FAQs")));
        QVERIFY(storedBookmarks(fixture).isEmpty());
    }

    void panelListsFiltersAndOpens()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        BookmarkModel *model = window->bookmarks()->model();
        QAbstractItemModelTester sourceTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        openFaqs(*window, QStringLiteral("Examplamine"));
        clickStar(*window, 0);
        clickStar(*window, 2);
        openFaqs(*window, QStringLiteral("Exemplol"));
        clickStar(*window, 0);
        QCOMPARE(model->bookmarks().size(), 3);

        BookmarksPanel *panel = showPanel(*window);
        QVERIFY(panel);
        QAbstractItemModelTester proxyTester(panel->view()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(QApplication::focusWidget(), panel->view());
        QCOMPARE(panelRows(panel), QStringList({"Examplamine", "  Can I drive?", "  How do I store it?", "Exemplol",
                                                "  Is it safe with alcohol?"}));

        // Filtering as you type, in questions, answers and drug names.
        panel->filterField()->setFocus();
        QTest::keyClicks(panel->filterField(), QStringLiteral("alcohol"));
        QCOMPARE(panelRows(panel), QStringList({"Exemplol", "  Is it safe with alcohol?"}));
        QTest::keyClick(panel->filterField(), Qt::Key_Escape);
        QCOMPARE(panelRows(panel).size(), 5);
        QTest::keyClicks(panel->filterField(), QStringLiteral("exampl stor"));
        QCOMPARE(panelRows(panel), QStringList({"Examplamine", "  How do I store it?"}));

        // Down goes to the list; Enter opens the FAQ with its question highlighted.
        QTest::keyClick(panel->filterField(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), panel->view());
        panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("How do I store it?")));
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Examplamine"));
        QCOMPARE(currentTabTitle(*window), QStringLiteral("FAQs"));
        const QList<QTextEdit::ExtraSelection> highlights = window->monographView()->browser()->extraSelections();
        QCOMPARE(highlights.size(), 2); // the question, and the answer that repeats it
        QCOMPARE(highlights.first().cursor.selectedText(), QStringLiteral("How do I store it?"));

        // Flat, by date added, with the drug beside each; sorted by a header click.
        QTest::keyClick(panel->filterField(), Qt::Key_Escape);
        panel->groupingBox()->setCurrentIndex(1);
        emit panel->groupingBox()->activated(1);
        QCOMPARE(model->grouping(), BookmarkModel::Grouping::Flat);
        QCOMPARE(panelRows(panel), QStringList({"Can I drive?", "How do I store it?", "Is it safe with alcohol?"}));
        QVERIFY(!panel->view()->isColumnHidden(BookmarkModel::DrugColumn));
        panel->view()->sortByColumn(BookmarkModel::QuestionColumn, Qt::DescendingOrder);
        QCOMPARE(panelRows(panel), QStringList({"Is it safe with alcohol?", "How do I store it?", "Can I drive?"}));
        QCOMPARE(panel->view()->model()->index(0, BookmarkModel::DrugColumn).data().toString(),
                 QStringLiteral("Exemplol"));
    }

    void deleteThenUndoRestores()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        openFaqs(*window, QStringLiteral("Examplamine"));
        clickStar(*window, 0);
        clickStar(*window, 1);
        BookmarkModel *model = window->bookmarks()->model();
        const qint64 drive = model->find(QStringLiteral("examplamine"), QStringLiteral("Can I drive?"))->id;
        QVERIFY(model->setNote(drive, QStringLiteral("before the long trip")));

        BookmarksPanel *panel = showPanel(*window);
        QVERIFY(panel);
        panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("Can I drive?")));
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QCOMPARE(panelRows(panel), QStringList({"Examplamine", "  Can I drink alcohol?"}));
        QCOMPARE(storedBookmarks(fixture).size(), 1);
        QCOMPARE(starStates(*window), QStringLiteral("☆★☆"));
        QCOMPARE(window->bookmarks()->undoAction()->text(), QStringLiteral("&Undo Remove Bookmark “Can I drive?”"));

        QTest::keyClick(panel->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panelRows(panel), QStringList({"Examplamine", "  Can I drive?", "  Can I drink alcohol?"}));
        QCOMPARE(storedBookmarks(fixture).size(), 2);
        QCOMPARE(model->bookmark(drive)->note, QStringLiteral("before the long trip"));
        QCOMPARE(starStates(*window), QStringLiteral("★★☆"));
        // And redo removes it again.
        QTest::keySequence(panel->view(), window->bookmarks()->redoAction()->shortcut());
        QCOMPARE(storedBookmarks(fixture).size(), 1);

        // A drug's row removes all of its bookmarks at once.
        panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("Examplamine")));
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QVERIFY(storedBookmarks(fixture).isEmpty());
        QVERIFY(!panel->view()->isVisible()); // the list gives way to how to bookmark
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedBookmarks(fixture).size(), 1);
    }

    // The removed bookmark's id was taken by one imported since: Ctrl+Z
    // still brings it back, note and all, and keeps the imported one.
    void undoAfterAnImportTookTheId()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        openFaqs(*window, QStringLiteral("Examplamine"));
        clickStar(*window, 0);
        clickStar(*window, 1);
        BookmarkModel *model = window->bookmarks()->model();
        const qint64 drink = model->find(QStringLiteral("examplamine"), QStringLiteral("Can I drink alcohol?"))->id;
        QVERIFY(model->setNote(drink, QStringLiteral("not with it")));
        BookmarksPanel *panel = showPanel(*window);
        QVERIFY(panel);
        panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("Can I drink alcohol?")));
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QCOMPARE(storedBookmarks(fixture).size(), 1);

        const QString csv = fixture.filePath(QStringLiteral("other.csv"));
        QVERIFY(writeFile(csv, "drug_slug,drug,question,answer\r\nexemplol,Exemplol,Can I drive?,Not if drowsy.\r\n"));
        const bookmarktransfer::ImportResult imported = window->bookmarks()->importFrom(csv);
        QCOMPARE(imported.added, 1);
        QCOMPARE(model->find(QStringLiteral("exemplol"), QStringLiteral("Can I drive?"))->id, drink);

        QTest::keyClick(panel->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedBookmarks(fixture).size(), 3);
        const std::optional<Bookmark> back = model->find(QStringLiteral("examplamine"),
                                                         QStringLiteral("Can I drink alcohol?"));
        QVERIFY(back);
        QCOMPARE(back->note, QStringLiteral("not with it"));
        QVERIFY(model->find(QStringLiteral("exemplol"), QStringLiteral("Can I drive?")));
        // Redo removes the one brought back, not the imported one.
        QTest::keySequence(panel->view(), window->bookmarks()->redoAction()->shortcut());
        QCOMPARE(storedBookmarks(fixture).size(), 2);
        QVERIFY(model->find(QStringLiteral("exemplol"), QStringLiteral("Can I drive?")));
        QVERIFY(!model->find(QStringLiteral("examplamine"), QStringLiteral("Can I drink alcohol?")));
    }

    // A note typed and the window closed at once with Ctrl+Q is kept.
    void noteTypedThenQuitIsKept()
    {
        WindowFixture fixture;
        {
            auto window = openWindow(fixture);
            QVERIFY(window);
            openFaqs(*window, QStringLiteral("Examplamine"));
            clickStar(*window, 0);
            BookmarksPanel *panel = showPanel(*window);
            QVERIFY(panel);
            panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("Can I drive?")));
            QTest::mouseClick(panel->noteField(), Qt::LeftButton);
            QTest::keyClicks(panel->noteField(), QStringLiteral("only short trips"));
            QTest::keyClick(panel->noteField(), Qt::Key_Q, Qt::ControlModifier);
            QTRY_VERIFY(!window->isVisible());
        }
        QCOMPARE(storedBookmarks(fixture).value(0).note, QStringLiteral("only short trips"));
    }

    void noteEditedInThePanelIsKept()
    {
        WindowFixture fixture;
        {
            auto window = openWindow(fixture);
            QVERIFY(window);
            openFaqs(*window, QStringLiteral("Examplamine"));
            clickStar(*window, 2);
            BookmarksPanel *panel = showPanel(*window);
            QVERIFY(panel);
            panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("How do I store it?")));
            QVERIFY(panel->noteField()->isVisible());
            QTest::mouseClick(panel->noteField(), Qt::LeftButton);
            QTest::keyClicks(panel->noteField(), QStringLiteral("fridge, not freezer"));
            QTest::keyClick(panel->noteField(), Qt::Key_Return);
            QCOMPARE(storedBookmarks(fixture).first().note, QStringLiteral("fridge, not freezer"));
            // Moving on to another row keeps a note not yet confirmed, too.
            clickStar(*window, 0);
            panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("How do I store it?")));
            panel->noteField()->setFocus();
            panel->noteField()->selectAll();
            QTest::keyClicks(panel->noteField(), QStringLiteral("fridge"));
            panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("Can I drive?")));
            QCOMPARE(panel->noteField()->text(), QString());
        }
        QCOMPARE(storedBookmarks(fixture).at(0).note, QStringLiteral("fridge"));
        auto window = fixture.openWindow();
        BookmarksPanel *panel = window->bookmarks()->panel();
        panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("How do I store it?")));
        QCOMPARE(panel->noteField()->text(), QStringLiteral("fridge"));
    }

    void bookmarkOfARemovedFaqIsKeptGreyedAndRemovable()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        openFaqs(*window, QStringLiteral("Examplamine"));
        clickStar(*window, 0);
        clickStar(*window, 1);
        BookmarksPanel *panel = showPanel(*window);
        QVERIFY(panel);

        // A new version of the page: one question reworded, one gone.
        QVERIFY(fixture.writePage(QStringLiteral("e/examplamine.md"),
                                  faqPage(QStringLiteral("Examplamine"), {"can I  DRIVE", "How do I store it?"})));
        QSignalSpy finished(window->importController(), &ImportController::finished);
        window->importFolder(fixture.pagesDir());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTRY_VERIFY(window->findChild<QDialog *>(QStringLiteral("ImportReportDialog")));
        window->findChild<QDialog *>(QStringLiteral("ImportReportDialog"))->close();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));

        QCOMPARE(panelRows(panel), QStringList({"Examplamine", "  can I  DRIVE", "  Can I drink alcohol?"}));
        const QModelIndex kept = panelIndexOf(panel, QStringLiteral("can I  DRIVE"));
        const QModelIndex missing = panelIndexOf(panel, QStringLiteral("Can I drink alcohol?"));
        QVERIFY(!kept.data(BookmarkModel::MissingRole).toBool());
        QVERIFY(missing.data(BookmarkModel::MissingRole).toBool());
        const QPalette palette = QGuiApplication::palette();
        QCOMPARE(missing.data(Qt::ForegroundRole).value<QBrush>().color(),
                 palette.color(QPalette::Disabled, QPalette::Text));
        QVERIFY(missing.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!kept.data(Qt::ForegroundRole).isValid());
        // Its last known answer, and why it is grey.
        panel->view()->setCurrentIndex(missing);
        auto *notice = panel->findChild<QLabel *>(QStringLiteral("detailMissing"));
        QVERIFY(notice->isVisible());
        auto *answer = panel->findChild<QTextEdit *>(QStringLiteral("detailAnswer"));
        QCOMPARE(answer->toPlainText(), QStringLiteral("The answer to “Can I drink alcohol?”."));

        // Opening it says it is gone and shows the drug's FAQs.
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QCOMPARE(currentTabTitle(*window), QStringLiteral("FAQs"));
        QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("no longer")));
        QCOMPARE(starStates(*window), QStringLiteral("★☆"));

        panel->view()->setFocus();
        panel->view()->setCurrentIndex(panelIndexOf(panel, QStringLiteral("Can I drink alcohol?")));
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QCOMPARE(panelRows(panel), QStringList({"Examplamine", "  can I  DRIVE"}));
        QCOMPARE(storedBookmarks(fixture).size(), 1);
        // Undone, it comes back as it was: missing.
        QTest::keyClick(panel->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(panelIndexOf(panel, QStringLiteral("Can I drink alcohol?")).data(BookmarkModel::MissingRole).toBool());
    }

    void exportThenImportAddsNothing()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        openFaqs(*window, QStringLiteral("Examplamine"));
        clickStar(*window, 0);
        clickStar(*window, 2);
        BookmarksController *bookmarks = window->bookmarks();
        bookmarks->model()->setNote(bookmarks->model()->bookmarks().first().id,
                                    QStringLiteral("a note, with \"quotes\""));
        QVERIFY(bookmarks->exportAction()->isEnabled());

        const QString csv = fixture.filePath(QStringLiteral("out/bookmarks.csv"));
        QDir().mkpath(QFileInfo(csv).absolutePath());
        QString error;
        QVERIFY2(bookmarks->exportTo(csv, bookmarkexport::Format::Csv, &error), qPrintable(error));
        QVERIFY(bookmarks->exportTo(fixture.filePath(QStringLiteral("out/bookmarks.md")),
                                    bookmarkexport::Format::Markdown, &error));
        QVERIFY(bookmarks->exportTo(fixture.filePath(QStringLiteral("out/bookmarks.txt")),
                                    bookmarkexport::Format::AnkiTsv, &error));
        QFile markdown(fixture.filePath(QStringLiteral("out/bookmarks.md")));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        QVERIFY(markdown.readAll().contains("### How do I store it?"));

        const bookmarktransfer::ImportResult again = bookmarks->importFrom(csv);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.alreadyThere, 2);
        QVERIFY(again.errors.isEmpty());
        QCOMPARE(bookmarktransfer::summary(again, csv),
                 QStringLiteral("From bookmarks.csv: added 0; skipped 2 already bookmarked."));
        QCOMPARE(bookmarks->model()->bookmarks().size(), 2);

        // Into another user's empty bookmarks: all of them, with the note.
        WindowFixture other;
        auto second = openWindow(other);
        QVERIFY(second);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        text += "examplamine,Examplamine,\"Broken\r\n"; // an unterminated record
        QVERIFY(writeFile(other.filePath(QStringLiteral("in.csv")), text));
        const bookmarktransfer::ImportResult imported = second->bookmarks()->importFrom(
            other.filePath(QStringLiteral("in.csv")));
        QCOMPARE(imported.added, 2);
        QCOMPARE(imported.errors.size(), 1);
        QCOMPARE(second->bookmarks()->model()->bookmarks().first().note, QStringLiteral("a note, with \"quotes\""));
        openFaqs(*second, QStringLiteral("Examplamine"));
        QCOMPARE(starStates(*second), QStringLiteral("★☆★"));
    }

    void bookmarksWrittenElsewhereAppear()
    {
        WindowFixture fixture;
        auto window = openWindow(fixture);
        QVERIFY(window);
        openFaqs(*window, QStringLiteral("Examplamine"));
        {
            // Another process, such as "formulary bookmarks import", on the same file.
            auto user = UserDatabase::open(fixture.userDatabasePath(), nullptr);
            QVERIFY(user);
            BookmarkStore(*user).add(QStringLiteral("examplamine"), QStringLiteral("Examplamine"),
                                     QStringLiteral("How do I store it?"), QStringLiteral("Cool and dry."));
        }
        QCOMPARE(starStates(*window), QStringLiteral("☆☆☆"));
        window->bookmarks()->reloadIfChangedElsewhere();
        QCOMPARE(starStates(*window), QStringLiteral("☆☆★"));
        QCOMPARE(window->bookmarks()->model()->bookmarks().size(), 1);
    }

    void unusableUserDatabaseIsReportedAndBrowsingGoesOn()
    {
        WindowFixture fixture;
        QVERIFY(writeFile(fixture.userDatabasePath(), QByteArray(8192, '\x42')));
        auto window = openWindow(fixture);
        QVERIFY(window);
        QMessageBox *message = nullptr;
        QTRY_VERIFY((message = window->findChild<QMessageBox *>(QStringLiteral("bookmarksUnavailableMessage"))));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->informativeText().contains(fixture.userDatabasePath()),
                 qPrintable(message->informativeText()));
        message->close();

        // Browsing works; the FAQs have no stars; bookmark actions are off.
        openFaqs(*window, QStringLiteral("Examplamine"));
        QVERIFY(window->monographView()->browser()->toPlainText().contains(QLatin1String("Can I drive?")));
        QVERIFY(stars(*window).isEmpty());
        BookmarksController *bookmarks = window->bookmarks();
        QVERIFY(!bookmarks->isAvailable());
        for (QAction *action : {bookmarks->toggleAction(), bookmarks->studyAction(), bookmarks->exportAction(),
                                bookmarks->importAction()})
            QVERIFY(!action->isEnabled());
        QTest::keyClick(window->monographView()->browser(), Qt::Key_D, Qt::ControlModifier);
        BookmarksPanel *panel = showPanel(*window);
        QVERIFY(panel);
        auto *label = panel->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(fixture.userDatabasePath()));
        // The file is left as it was, for the user to look at.
        QFile file(fixture.userDatabasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(8192, '\x42'));
        searchAndOpen(*window, QStringLiteral("Exemplol"));
        QTRY_COMPARE(openTitle(*window), QStringLiteral("Exemplol"));
    }
};

QTEST_MAIN(TestBookmarkPanel)
#include "tst_bookmarkpanel.moc"
