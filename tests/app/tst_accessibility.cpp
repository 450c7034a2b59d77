// The window as a screen reader and a keyboard user meet it: every control
// a person can focus or click, in the main window, the Bookmarks panel, the
// find bar and every dialog, has an accessible name; what happens (results,
// bookmarks, a card turned, an import) is told without moving the focus; Tab
// goes round each window in reading order and back, never trapped, the
// focus always visible; and twice the font still fits the screen.
#include "app/appstyle.h"
#include "app/bookmarkscontroller.h"
#include "app/comparedialog.h"
#include "app/importcontroller.h"
#include "app/importreportdialog.h"
#include "app/monographview.h"
#include "app/pagebrowser.h"
#include "app/sideeffectsdialog.h"
#include "app/sourcesdialog.h"
#include "app/studydialog.h"
#include "study/bookmarkmodel.h"
#include "windowtesting.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextDocument>
#include <QtTest>

using namespace formulary;
using namespace formulary::testing;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

// What a control is, for the failure message: its class and object name.
QString describe(QAccessibleInterface *node)
{
    const QObject *object = node->object();
    QString path;
    for (const QObject *o = object; o; o = o->parent())
        path.prepend(QStringLiteral("/%1(%2)").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName()));
    return QStringLiteral("role %1 %2").arg(int(node->role())).arg(path);
}

// The interactive elements under `node`, visible ones only, without a name.
void collectUnnamed(QAccessibleInterface *node, QStringList *unnamed, int depth = 0)
{
    if (!node || !node->isValid() || depth > 64)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible)
        return;
    if (isInteractive(node->role()) && node->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(describe(node));
    // A list's rows are named by their text; their children need not be walked.
    if (node->role() == QAccessible::List || node->role() == QAccessible::Table || node->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, depth + 1);
}

QStringList unnamedControls(QWidget *widget)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(widget), &unnamed);
    return unnamed;
}

// What a screen reader reads as the widget's name.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *node = QAccessible::queryAccessibleInterface(widget);
    return node ? node->text(QAccessible::Name) : QString();
}

QByteArray drugPage(const QString &title, const QString &question)
{
    return QStringLiteral("---\ntitle: %1\n---\n\n# %1\n### Generic Name\n%1\n\n### Usage\nFor pain.\n\n"
                          "### Side Effects\n* Drowsiness\n\n### FAQs\n* **Q: %2** A: Only with care.\n")
        .arg(title, question)
        .toUtf8();
}

// The widgets Tab visits from `start`, in order, until it comes back to
// `start` (or gives up: a trap, or a cycle that leaves `start` out).
QList<QWidget *> focusChain(QWidget *start, int limit = 60)
{
    QList<QWidget *> chain;
    start->setFocus(Qt::TabFocusReason);
    for (QWidget *focused = start; chain.size() < limit;) {
        chain.append(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
        focused = QApplication::focusWidget();
        if (!focused || focused == start)
            break;
    }
    return chain;
}

// The widgets of `start`'s window that Tab should reach.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->isVisibleTo(window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy() && widget->window() == window)
            stops.append(widget);
    }
    return stops;
}

// Tab from `start` comes back to it (no trap), on the way reaching every
// tab stop of the window once, each with a focus ring of 3:1; Shift+Tab
// goes the same way back. Returns the cycle, from `start`.
QList<QWidget *> checkedFocusChain(QWidget *start)
{
    QWidget *window = start->window();
    QList<QWidget *> chain = focusChain(start);
    QStringList visited;
    for (const QWidget *widget : chain)
        visited.append(widget->objectName());
    if (chain.size() >= 60) {
        [&] { QFAIL(qPrintable(QStringLiteral("no way out: ") + visited.mid(0, 8).join(QLatin1Char(' ')))); }();
        return chain;
    }
    const QList<QWidget *> stops = tabStops(window);
    for (QWidget *stop : stops) {
        [&] {
            QVERIFY2(chain.contains(stop), qPrintable(QStringLiteral("never reached: %1 %2; visited %3")
                                                          .arg(QString::fromLatin1(stop->metaObject()->className()),
                                                               stop->objectName(), visited.join(QLatin1Char(' ')))));
        }();
    }
    // Back the same way.
    QList<QWidget *> back;
    start->setFocus(Qt::TabFocusReason);
    for (QWidget *focused = start; back.size() < chain.size();) {
        QTest::keyClick(focused, Qt::Key_Backtab);
        focused = QApplication::focusWidget();
        back.prepend(focused);
    }
    [&] { QCOMPARE(back, chain); }();
    for (int i = 0; i < chain.size(); ++i) {
        const double contrast = focusIndicatorContrast(chain.at(i), chain.at((i + 1) % chain.size()));
        [&] {
            QVERIFY2(contrast >= 3, qPrintable(QStringLiteral("%1 %2: focus %3:1")
                                                   .arg(QString::fromLatin1(chain.at(i)->metaObject()->className()),
                                                        chain.at(i)->objectName())
                                                   .arg(contrast)));
        }();
    }
    return chain;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void init()
    {
        m_window.reset();
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->writePage(QStringLiteral("a/alphadrine.md"),
                                     drugPage(QStringLiteral("Alphadrine"), QStringLiteral("Can I drive?"))));
        QVERIFY(m_fixture->writePage(QStringLiteral("b/betazol.md"),
                                     drugPage(QStringLiteral("Betazol"), QStringLiteral("Can I drink?"))));
        m_window = m_fixture->openWindow();
        QVERIFY(m_window);
        m_window->bookmarks()->model()->add(QStringLiteral("alphadrine"), QStringLiteral("Alphadrine"),
                                            QStringLiteral("Can I drive?"), QStringLiteral("Only with care."));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void everyControlOfTheWindowHasAName()
    {
        searchAndOpen(*m_window, QStringLiteral("alphadrine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Alphadrine"));
        // The find bar and the Bookmarks panel open.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        // Text in the fields shows their clear buttons.
        for (const char *name : {"findField", "filterField"}) {
            auto *field = m_window->findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY2(field && field->isVisible(), name);
            QTest::keyClicks(field, QStringLiteral("a"));
        }
        QTest::qWait(50);
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        // The page itself, which takes the focus to be read and scrolled.
        QAccessibleInterface *page = QAccessible::queryAccessibleInterface(m_window->monographView()->browser());
        QVERIFY(page);
        QVERIFY(!page->text(QAccessible::Name).isEmpty());
    }

    void everyControlOfTheStudyDialogHasAName()
    {
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = m_window->findChild<StudyDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        // Turning the card (Space) tells its answer.
        dialog->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == dialog);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        auto *answer = dialog->findChild<QLabel *>(QStringLiteral("cardAnswer"));
        QVERIFY(answer);
        QTRY_COMPARE(accessibleName(answer), QStringLiteral("Answer: Only with care."));
    }

    // The number of results after typing, and "Bookmarked", become the
    // accessible name of the status that shows them (a screen reader hears
    // the change; the offscreen platform sends no events to observe), while
    // the focus stays put.
    void resultsAndBookmarksAreAnnounced()
    {
        QLineEdit *field = m_window->searchPanel()->searchField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("betazol"));
        auto *status = m_window->searchPanel()->findChild<QLabel *>(QStringLiteral("resultsStatus"));
        QVERIFY(status);
        QTRY_COMPARE(accessibleName(status), QStringLiteral("1 result"));
        QCOMPARE(QApplication::focusWidget(), field);
        // A row reads as its drug, where the words were found, and the snippet.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("drive "));
        QTRY_VERIFY(resultTitles(*m_window).contains(QStringLiteral("Alphadrine")));
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_window->searchPanel()->resultsView());
        QVERIFY(list);
        QStringList rows;
        for (int i = 0; i < list->childCount(); ++i)
            rows.append(list->child(i)->text(QAccessible::Name));
        QVERIFY2(rows.contains(QStringLiteral("Alphadrine, FAQs: Q: Can I drive? A: Only with care.")),
                 qPrintable(rows.join(QLatin1Char('|'))));
        field->clear();
        QTest::keyClicks(field, QStringLiteral("betazol"));
        QTRY_COMPARE(accessibleName(status), QStringLiteral("1 result"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Betazol"));
        // Bookmarking the open FAQ (Ctrl+D) is told, and the focus stays on the page.
        QWidget *page = m_window->monographView()->browser();
        page->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(currentTabTitle(*m_window), QStringLiteral("FAQs"));
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(accessibleName(m_window->statusBar()), QStringLiteral("Bookmarked “Can I drink?”"));
        QCOMPARE(QApplication::focusWidget(), page);
    }

    // Tab goes through the window as it reads, left to right and top to
    // bottom, and Shift+Tab comes back the same way; the focus always shows.
    void focusMovesInReadingOrderAndShows()
    {
        searchAndOpen(*m_window, QStringLiteral("alphadrine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Alphadrine"));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        const QList<QWidget *> chain = checkedFocusChain(m_window->searchPanel()->searchField());
        if (QTest::currentTestFailed())
            return;
        QStringList names;
        for (const QWidget *widget : chain)
            names.append(widget->objectName());
        QCOMPARE(names, QStringList({"searchField", "resultsView", "sectionTabs", "pageBrowser", "findField",
                                     "previousButton", "nextButton", "closeButton", "filterField", "groupingBox",
                                     "bookmarksView", "studyButton"}));
    }

    // Each dialog: Tab goes round it and back, the focus always shows; the
    // comparison, not walked elsewhere, has every control named.
    void everyDialogHasAFocusCycle()
    {
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        auto *study = m_window->findChild<StudyDialog *>();
        QVERIFY(study);
        QTRY_VERIFY(study->isVisible());
        study->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), study);
        checkedFocusChain(QApplication::focusWidget());
        study->close();
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        auto *sideEffects = m_window->findChild<SideEffectsDialog *>();
        QVERIFY(sideEffects);
        QTRY_VERIFY(sideEffects->isVisible());
        sideEffects->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), sideEffects);
        checkedFocusChain(QApplication::focusWidget());
        sideEffects->close();
        m_window->compareDrugs({QStringLiteral("alphadrine"), QStringLiteral("betazol")});
        auto *compare = m_window->findChild<CompareDialog *>();
        QVERIFY(compare);
        QTRY_VERIFY(compare->isVisible());
        compare->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), compare);
        const QStringList unnamed = unnamedControls(compare);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        checkedFocusChain(QApplication::focusWidget());
        compare->close();

        SourcesDialog *sources = m_window->showSources();
        QTRY_VERIFY(sources->isVisible());
        sources->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), sources);
        const QStringList unnamedInSources = unnamedControls(sources);
        QVERIFY2(unnamedInSources.isEmpty(), qPrintable(unnamedInSources.join(QLatin1Char('\n'))));
        checkedFocusChain(QApplication::focusWidget());
    }

    // An import tells its start, its progress by tenths and its end to
    // screen readers; its progress and report dialogs are named throughout
    // and Tab goes round the report.
    void importIsAnnounced()
    {
        for (int i = 0; i < 40; ++i) {
            const QString name = QStringLiteral("Gammadrine%1").arg(i);
            QVERIFY(m_fixture->writePage(QStringLiteral("g/%1.md").arg(name.toLower()),
                                         drugPage(name, QStringLiteral("Can I swim?"))));
        }
        QVERIFY(m_fixture->writePage(QStringLiteral("b/broken.md"), "I cannot provide this page.\n"));
        // Told as a screen reader hears it: the offscreen platform has none,
        // so the application's own record of what it announced is read.
        static QStringList names;
        names.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("formulary.announcement.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (qstrcmp(context.category, "formulary.announcement") == 0)
                    names.append(message);
            });
        QSignalSpy finished(m_window->importController(), &ImportController::finished);
        m_window->importFolder(m_fixture->pagesDir());
        QProgressDialog *progress = m_window->importController()->progressDialog();
        QVERIFY(progress && progress->isVisible());
        const QStringList unnamedInProgress = unnamedControls(progress);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(unnamedInProgress.isEmpty(), qPrintable(unnamedInProgress.join(QLatin1Char('\n'))));
        QVERIFY2(names.value(0).startsWith(QLatin1String("Reading the pages in")), qPrintable(names.join('|')));
        QVERIFY2(names.last().startsWith(QLatin1String("Import finished: ")) && names.last().endsWith(" 1 skipped."),
                 qPrintable(names.join('|')));
        QTRY_VERIFY(m_window->findChild<ImportReportDialog *>());
        auto *report = m_window->findChild<ImportReportDialog *>();
        QTRY_VERIFY(report->isVisible());
        report->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), report);
        const QStringList unnamed = unnamedControls(report);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        checkedFocusChain(QApplication::focusWidget());
    }

    // A bookmark star reached with Tab reads as what pressing it does, with
    // its question; pressing it is told too.
    void starsReadAsWhatTheyDo()
    {
        searchAndOpen(*m_window, QStringLiteral("alphadrine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Alphadrine"));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(currentTabTitle(*m_window), QStringLiteral("FAQs"));
        PageBrowser *page = m_window->monographView()->browser();
        page->setFocus();
        QTest::keyClick(page, Qt::Key_Tab);
        QTRY_COMPARE(accessibleName(m_window->statusBar()),
                     QStringLiteral("Remove the bookmark of “Can I drive?” (Ctrl+D)"));
        QCOMPARE(QApplication::focusWidget(), page);
        QTest::keyClick(page, Qt::Key_Return);
        QTRY_VERIFY(m_window->bookmarks()->model()->rowCount() == 0);
        QTest::keyClick(page, Qt::Key_Tab, Qt::ShiftModifier);
        QTest::keyClick(page, Qt::Key_Tab);
        QTRY_COMPARE(accessibleName(m_window->statusBar()),
                     QStringLiteral("Bookmark this question: “Can I drive?” (Ctrl+D)"));
    }

    // At twice the desktop's font size the window still fits a 1280×800 screen.
    void doubledFontFitsTheScreen()
    {
        const QFont original = QApplication::font();
        QFont doubled = original;
        doubled.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(doubled);
        m_window.reset();
        m_window = m_fixture->openWindow();
        searchAndOpen(*m_window, QStringLiteral("alphadrine"));
        QTRY_COMPARE(openTitle(*m_window), QStringLiteral("Alphadrine"));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::qWait(50);
        const QSize size = m_window->size();
        PageBrowser *page = m_window->monographView()->browser();
        const qreal textWidth = page->document()->size().width();
        const int viewWidth = page->viewport()->width();
        QApplication::setFont(original);
        QVERIFY2(size.width() <= 1280 && size.height() <= 800,
                 qPrintable(QStringLiteral("%1×%2").arg(size.width()).arg(size.height())));
        // The page's text is not cut at the right.
        QVERIFY2(textWidth <= viewWidth, qPrintable(QStringLiteral("%1 > %2").arg(textWidth).arg(viewWidth)));
    }

    void everyControlOfTheSideEffectsBrowserHasAName()
    {
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = m_window->findChild<SideEffectsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("termFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("d"));
        QTest::qWait(50);
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
