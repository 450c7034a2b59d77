// Pages written to harm whoever reads them, driven through every part of the
// window that shows them: rich text and images where a title, a heading, a
// question or a side effect belongs, links to files, data and scripts,
// control characters in a title, and nesting ten thousand deep. Nothing may
// read the file they name (watched with inotify, so that a read by any part
// of Qt counts), show their markup as anything but text, open their links or
// hang the window.
#include "app/bookmarkscontroller.h"
#include "app/bookmarkspanel.h"
#include "app/monographprinter.h"
#include "app/pagebrowser.h"
#include "app/studydialog.h"
#include "search/searchresultsmodel.h"
#include "study/bookmarkmodel.h"
#include "windowtesting.h"

#include <QDesktopServices>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolTip>
#include <QTreeView>
#include <QWindow>

#include <sys/inotify.h>
#include <unistd.h>

using namespace formulary;
using namespace formulary::testing;

// Stands in for the system's handlers, to see what would have been opened.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

namespace {

// Counts the times a file is opened or read, by this process or any other.
class FileReadWatch
{
public:
    explicit FileReadWatch(const QString &path)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0)
            m_watch = inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
    }
    ~FileReadWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileReadWatch(const FileReadWatch &) = delete;
    FileReadWatch &operator=(const FileReadWatch &) = delete;

    bool isValid() const { return m_fd >= 0 && m_watch >= 0; }

    // The opens and reads since the last call.
    int takeEvents()
    {
        int count = 0;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t size = ::read(m_fd, buffer, sizeof buffer);
            if (size <= 0)
                break;
            for (const char *p = buffer; p < buffer + size;) {
                const auto *event = reinterpret_cast<const inotify_event *>(p);
                if (event->mask & (IN_OPEN | IN_ACCESS))
                    ++count;
                p += sizeof(inotify_event) + event->len;
            }
        }
        return count;
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};

// What a label, button or tab shows of `text`: a single '&' marks a mnemonic
// and is not shown, "&&" shows one.
QString shownText(const QString &text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                shown += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        shown += text.at(i);
    }
    return shown;
}

// Whether `label` shows `text` as written: that text, taken as plain text.
bool showsAsWritten(const QLabel *label, const QString &text)
{
    return label->text() == text
           && (label->textFormat() == Qt::PlainText
               || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(text)));
}

QString describe(const QLabel *label)
{
    return QStringLiteral("%1: \"%2\" (format %3)")
        .arg(label->objectName(), label->text())
        .arg(int(label->textFormat()));
}

void hideToolTip()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel"))
            widget->hide();
    }
}

// The tooltip shown when the pointer rests at `pos` in `widget`, laid out and
// painted as on screen (when images are asked for); empty when none shows.
QString toolTipAt(QWidget *widget, const QPoint &pos)
{
    hideToolTip();
    QHelpEvent event(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QCoreApplication::sendEvent(widget, &event);
    if (!QToolTip::isVisible())
        return QString();
    for (QWidget *tip : QApplication::topLevelWidgets()) {
        if (tip->inherits("QTipLabel") && tip->isVisible())
            tip->grab();
    }
    return QToolTip::text();
}

// A tooltip that shows `text`, markup and all, as text.
bool showsAsText(const QString &tip, const QString &text)
{
    return tip.contains(text.toHtmlEscaped()) && tip.contains(QLatin1String("&lt;img"))
           && !tip.contains(QLatin1String("<img"));
}

QModelIndex rowWithText(const QAbstractItemView *view, const QString &text)
{
    const QAbstractItemModel *model = view->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, text, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

QString toolTipOfRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    return toolTipAt(view->viewport(), view->visualRect(index).center());
}

// The centre of the first occurrence of `text` in the browser's viewport.
QPoint pointOf(PageBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    if (found.isNull())
        return {};
    QTextCursor cursor(browser->document());
    cursor.setPosition(found.selectionStart() + 1);
    return browser->cursorRect(cursor).center();
}

// Every link in the browser's document, with its text, in page order.
QList<QPair<QString, QString>> links(const PageBrowser *browser)
{
    QList<QPair<QString, QString>> found;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                found.append({it.fragment().text(), format.anchorHref()});
        }
    }
    return found;
}

StudyDialog *openStudy(MainWindow &window)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = window.findChild<StudyDialog *>();
    if (!dialog)
        return nullptr;
    dialog->activateWindow();
    return QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }) ? dialog : nullptr;
}

} // namespace

class TestHostilePages : public QObject
{
    Q_OBJECT

private:
    // Names of the hostile page's parts, with the file they name filled in.
    QString hostile(const char *text) const
    {
        return QString::fromUtf8(text).replace(QLatin1String("{FILE}"), m_secret);
    }

    QString title() const { return hostile(R"(Evil <b>Bold</b> & <img src="{FILE}"> Drug)"); }
    QString usageHeading() const { return hostile(R"(Usage & <img src="{FILE}"> <b>Warnings</b> raw)"); }
    QString controlTitle() const { return QStringLiteral("Controlamine \x01\x07\x08\x1b[31mred\x1b[0m\x0b\x1f end"); }

    bool openDrug(const QString &query, const QString &expectedTitle)
    {
        searchAndOpen(*m_window, query);
        return QTest::qWaitFor([&] { return openTitle(*m_window) == expectedTitle; });
    }

    int tabWithTitle(const QString &heading) const
    {
        const QList<MonographPage::Tab> &tabs = m_window->monographView()->page().tabs;
        for (int i = 0; i < tabs.size(); ++i) {
            if (tabs.at(i).title == heading)
                return i;
        }
        return -1;
    }

    bool activateWindow()
    {
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    // Ctrl+D with the cursor in the question of `drug`'s FAQ that has `answer`.
    void bookmarkWithCtrlD(const QString &query, const QString &drug, const QString &answer)
    {
        QVERIFY(activateWindow());
        QVERIFY(openDrug(query, drug));
        const int tab = int(tabTitles(*m_window).indexOf(QStringLiteral("FAQs")));
        QVERIFY(tab >= 0);
        QTabBar *tabs = m_window->monographView()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(tab).center());
        PageBrowser *browser = m_window->monographView()->browser();
        QTextCursor found = browser->document()->find(answer);
        QVERIFY2(!found.isNull(), qPrintable(answer));
        found.clearSelection();
        browser->setFocus();
        browser->setTextCursor(found);
        const QList<Bookmark> before = m_window->bookmarks()->model()->bookmarks();
        QTest::keyClick(browser, Qt::Key_D, Qt::ControlModifier);
        const QList<Bookmark> after = m_window->bookmarks()->model()->bookmarks();
        QCOMPARE(after.size(), before.size() + 1);
        // The Edit menu offers to undo it, naming the question as written.
        const auto added = std::find_if(after.cbegin(), after.cend(), [&before](const Bookmark &bookmark) {
            return std::none_of(before.cbegin(), before.cend(),
                                [&bookmark](const Bookmark &b) { return b.id == bookmark.id; });
        });
        QVERIFY(added != after.cend());
        const QString undo = shownText(m_window->bookmarks()->undoAction()->text());
        QVERIFY2(undo.contains(QStringLiteral("“") + added->question.simplified().left(30)), qPrintable(undo));
    }

    void bookmarkBothDrugs()
    {
        const QList<Bookmark> existing = m_window->bookmarks()->model()->bookmarks();
        const auto has = [&existing](const QString &slug) {
            return std::any_of(existing.cbegin(), existing.cend(),
                               [&slug](const Bookmark &b) { return b.drugSlug == slug; });
        };
        if (!has(QStringLiteral("hostile")))
            bookmarkWithCtrlD(QStringLiteral("Evil"), title(), QStringLiteral("with care"));
        if (!has(QStringLiteral("exemplol")) && !QTest::currentTestFailed())
            bookmarkWithCtrlD(QStringLiteral("Exemplol"), QStringLiteral("Exemplol"),
                              QStringLiteral("Not if you feel drowsiness"));
    }

    std::optional<Bookmark> hostileBookmark() const
    {
        for (const Bookmark &bookmark : m_window->bookmarks()->model()->bookmarks()) {
            if (bookmark.drugSlug == QLatin1String("hostile"))
                return bookmark;
        }
        return std::nullopt;
    }

    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<FileReadWatch> m_watch;
    std::unique_ptr<MainWindow> m_window;
    QString m_secret; // the file the pages name
    QImage m_secretImage;
    UrlRecorder m_recorder;

private slots:
    void initTestCase()
    {
        for (const char *scheme : {"http", "https", "javascript", "file", "data"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_recorder, "open");

        m_fixture = std::make_unique<WindowFixture>();
        // A real image beside the pages, that would show if it were read.
        m_secret = m_fixture->filePath(QStringLiteral("secret.png"));
        m_secretImage = QImage(40, 40, QImage::Format_RGB32);
        m_secretImage.fill(Qt::red);
        QVERIFY(m_secretImage.save(m_secret));
        const QString secretUrl = QUrl::fromLocalFile(m_secret).toString();

        const QString hostilePage = hostile(R"page(---
layout: minimal-medicine
title: Evil <b>Bold</b> & <img src="{FILE}"> Drug
---

# Evil <b>Bold</b> & <img src="{FILE}"> Drug
### Generic Name
Evil <i>generic</i> <img src="{FILE}">

### Usage & \<img src="{FILE}"> \<b>Warnings\</b> <i>raw</i>

Read the xenohostile <img src="{FILE}"> notes first: ![chart]({URL}) ![plain]({FILE})

Then [the script](javascript:alert(1)), [the data](data:text/html,hi), [the file]({URL}) and [the site](https://example.org/drug).

<a href="{URL}">raw file link</a> <a href="javascript:alert(2)">raw script link</a>

### Side Effects

* Rash \<img src="{FILE}"> \<b>bold\</b> <img src="{FILE}">

### FAQs

* **Q: Food & \<img src="{FILE}"> \<b>drive\</b>? <img src="{FILE}">** A: Only \<img src="{FILE}"> with care <img src="{FILE}">.

**Disclaimer:** <img src="{FILE}"> For education only.
)page")
                                        .replace(QLatin1String("{URL}"), secretUrl);
        QVERIFY(m_fixture->writePage(QStringLiteral("h/hostile.md"), hostilePage.toUtf8()));
        QVERIFY(m_fixture->writePage(QStringLiteral("c/controlamine.md"), page(controlTitle())));
        // Ten thousand block quotes, and ten thousand lists, one in another.
        const QString deep = QString(10000, QLatin1Char('>')) + QStringLiteral(" abyssal\n\n")
                             + QStringLiteral("* ").repeated(10000) + QStringLiteral("benthic\n");
        QVERIFY(m_fixture->writePage(QStringLiteral("d/deepamine.md"), page(QStringLiteral("Deepamine"), deep)));

        m_watch = std::make_unique<FileReadWatch>(m_secret);
        QVERIFY(m_watch->isValid());
        // The watch sees a read: this test can tell.
        {
            QFile file(m_secret);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.read(8).isEmpty());
        }
        QVERIFY(m_watch->takeEvents() > 0);

        m_window = m_fixture->openWindow();
        QVERIFY(m_window);
        m_window->grab();
    }

    void cleanup()
    {
        hideToolTip();
        // A test that failed half way leaves no dialog in front of the next.
        if (m_window) {
            for (QDialog *dialog : m_window->findChildren<QDialog *>())
                dialog->close();
        }
        // Whatever a test function did, the file was never read.
        if (m_window)
            m_window->grab();
        QCOMPARE(m_watch->takeEvents(), 0);
        QVERIFY2(m_recorder.opened.isEmpty(), qPrintable(m_recorder.opened.value(0).toString()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_watch)
            QCOMPARE(m_watch->takeEvents(), 0);
        for (const char *scheme : {"http", "https", "javascript", "file", "data"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    void drugListAndResultsShowTitlesAsText()
    {
        QListView *view = m_window->searchPanel()->resultsView();
        QLineEdit *field = m_window->searchPanel()->searchField();
        field->setFocus();
        field->clear();
        // Every drug, by name.
        QModelIndex row = rowWithText(view, title());
        QVERIFY2(row.isValid(), qPrintable(resultTitles(*m_window).join(QLatin1Char('|'))));
        view->grab();
        QString tip = toolTipOfRow(view, row);
        QVERIFY2(showsAsText(tip, title()), qPrintable(tip));

        // A name found by search.
        QTest::keyClicks(field, QStringLiteral("Evil"));
        QTRY_VERIFY(resultTitles(*m_window).contains(title()));
        view->grab();
        tip = toolTipOfRow(view, rowWithText(view, title()));
        QVERIFY2(showsAsText(tip, title()), qPrintable(tip));

        // A hit in the text: a snippet of it, under the section's heading.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("xenohostile"));
        QTRY_VERIFY(resultTitles(*m_window).contains(title()));
        row = rowWithText(view, title());
        QCOMPARE(row.data(SearchResultsModel::SectionHeadingRole).toString(), usageHeading());
        QVERIFY(row.data(SearchResultsModel::SnippetRole).toString().contains(QLatin1String("&lt;img")));
        view->grab();
        tip = toolTipOfRow(view, row);
        QVERIFY2(showsAsText(tip, title() + QStringLiteral(" — ") + usageHeading()), qPrintable(tip));
        field->clear();
    }

    void openedDrugShowsTitleAndHeadingsAsWritten()
    {
        QVERIFY(openDrug(QStringLiteral("Evil"), title()));
        MonographView *view = m_window->monographView();
        m_window->grab();
        auto *titleLabel = view->findChild<QLabel *>(QStringLiteral("drugTitle"));
        QVERIFY2(showsAsWritten(titleLabel, title()), qPrintable(describe(titleLabel)));
        auto *generic = view->findChild<QLabel *>(QStringLiteral("drugGenericName"));
        QVERIFY(view->page().drug.genericName.contains(QLatin1String("<img")));
        QVERIFY2(showsAsWritten(generic, QStringLiteral("Generic name: ") + view->page().drug.genericName),
                 qPrintable(describe(generic)));
        QCOMPARE(m_window->windowTitle(), title());
        QCOMPARE(m_window->windowHandle()->title(), title());

        // The tabs show the headings as written, '&' included, and so do
        // their tooltips and the Go menu.
        QTabBar *tabs = view->tabBar();
        const int usage = tabWithTitle(usageHeading());
        QVERIFY2(usage >= 0, qPrintable(tabTitles(*m_window).join(QLatin1Char('|'))));
        QCOMPARE(shownText(tabs->tabText(usage)), usageHeading());
        const QString tip = toolTipAt(tabs, tabs->tabRect(usage).center());
        QVERIFY2(showsAsText(tip, usageHeading()), qPrintable(tip));
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuGo"));
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [this](const QAction *action) {
            return action->isVisible() && shownText(action->text()).endsWith(usageHeading());
        }));

        // The page's markup is shown as text, in the page and its disclaimer.
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(usage).center());
        QCOMPARE(tabs->currentIndex(), usage);
        PageBrowser *browser = view->browser();
        browser->grab();
        QVERIFY(browser->toPlainText().contains(hostile(R"(xenohostile <img src="{FILE}"> notes)")));
        auto *disclaimer = view->findChild<PageBrowser *>(QStringLiteral("disclaimerView"));
        disclaimer->grab();
        QVERIFY(disclaimer->toPlainText().contains(hostile(R"(<img src="{FILE}"> For education only.)")));
        for (const QString &name : {m_secret, QUrl::fromLocalFile(m_secret).toString()})
            QVERIFY(browser->document()->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>()
                    != m_secretImage);
    }

    void controlCharactersInATitleAreKept()
    {
        QVERIFY(openDrug(QStringLiteral("Controlamine"), controlTitle()));
        auto *titleLabel = m_window->monographView()->findChild<QLabel *>(QStringLiteral("drugTitle"));
        QVERIFY2(showsAsWritten(titleLabel, controlTitle()), qPrintable(describe(titleLabel)));
        QCOMPARE(m_window->windowTitle(), controlTitle());
        QCOMPARE(m_window->windowHandle()->title(), controlTitle());
        m_window->grab();
        QLineEdit *field = m_window->searchPanel()->searchField();
        field->clear();
        QListView *view = m_window->searchPanel()->resultsView();
        const QModelIndex row = rowWithText(view, controlTitle());
        QVERIFY(row.isValid());
        const QString tip = toolTipOfRow(view, row);
        QVERIFY2(tip.contains(controlTitle().toHtmlEscaped()), qPrintable(tip));
    }

    void linksToFilesDataAndScriptsOpenNothing()
    {
        for (const QString &url : {QStringLiteral("javascript:alert(1)"), QStringLiteral("data:text/html,hi"),
                                   QUrl::fromLocalFile(m_secret).toString(), QStringLiteral("file:///") + m_secret})
            QVERIFY2(!PageBrowser::isOpenable(QUrl(url)), qPrintable(url));

        QVERIFY(openDrug(QStringLiteral("Evil"), title()));
        MonographView *view = m_window->monographView();
        const int usage = tabWithTitle(usageHeading());
        QVERIFY(usage >= 0);
        QTest::mouseClick(view->tabBar(), Qt::LeftButton, {}, view->tabBar()->tabRect(usage).center());
        QCOMPARE(view->currentTab(), usage);
        PageBrowser *browser = view->browser();
        QSignalSpy opened(browser, &PageBrowser::externalLinkOpened);
        const QList<QPair<QString, QString>> found = links(browser);
        QVERIFY2(found.size() >= 4, qPrintable(QString::number(found.size())));
        // No link the page holds may be opened but the web page.
        for (const auto &link : found) {
            if (link.first != QLatin1String("the site"))
                QVERIFY2(!PageBrowser::isOpenable(QUrl(link.second)), qPrintable(link.second));
        }

        // Clicked, and chosen from the keyboard.
        for (const QString &text :
             {QStringLiteral("the script"), QStringLiteral("the data"), QStringLiteral("the file"),
              QStringLiteral("raw file link"), QStringLiteral("raw script link")}) {
            const QPoint point = pointOf(browser, text);
            QVERIFY2(!point.isNull(), qPrintable(text));
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
        }
        // From the keyboard, every link Tab reaches (links whose address
        // Markdown dropped are not reached at all).
        browser->setFocus();
        browser->setTextCursor(QTextCursor(browser->document()));
        for (qsizetype i = 0; i < found.size(); ++i) {
            QTest::keyClick(browser, Qt::Key_Tab);
            const QString link = browser->textCursor().selectedText();
            if (link.isEmpty())
                break;
            if (link != QLatin1String("the site"))
                QTest::keyClick(browser, Qt::Key_Return);
        }
        QCOMPARE(opened.count(), 0);
        QVERIFY2(m_recorder.opened.isEmpty(), qPrintable(m_recorder.opened.value(0).toString()));
        QCOMPARE(openTitle(*m_window), title()); // nothing navigated
        QCOMPARE(browser->source(), QUrl());

        // The one link that may open does: the clicks reach the links.
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, pointOf(browser, QStringLiteral("the site")));
        QCOMPARE(m_recorder.opened, QList<QUrl>({QUrl(QStringLiteral("https://example.org/drug"))}));
        QCOMPARE(opened.count(), 1);
        m_recorder.opened.clear();
    }

    void bookmarkedQuestionShowsAsText()
    {
        bookmarkBothDrugs();
        if (QTest::currentTestFailed())
            return;
        const std::optional<Bookmark> bookmark = hostileBookmark();
        QVERIFY(bookmark);
        QVERIFY2(bookmark->question.contains(hostile(R"(<img src="{FILE}">)")), qPrintable(bookmark->question));
        QVERIFY2(bookmark->answer.contains(hostile(R"(<img src="{FILE}">)")), qPrintable(bookmark->answer));
        QCOMPARE(bookmark->drugTitle, title());

        QVERIFY(activateWindow());
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->bookmarks()->dock()->isVisible());
        BookmarksPanel *panel = m_window->bookmarks()->panel();
        QTreeView *view = panel->view();
        const QModelIndex drugRow = rowWithText(view, title());
        const QModelIndex questionRow = rowWithText(view, bookmark->question);
        QVERIFY(drugRow.isValid());
        QVERIFY(questionRow.isValid());
        panel->grab();
        const QString tip = toolTipOfRow(view, questionRow);
        QVERIFY2(showsAsText(tip, bookmark->answer), qPrintable(tip));
        QVERIFY(!toolTipOfRow(view, drugRow).contains(QLatin1String("<img")));

        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(questionRow).center());
        QCOMPARE(view->currentIndex().siblingAtColumn(0), questionRow);
        panel->grab();
        auto *drug = panel->findChild<QLabel *>(QStringLiteral("detailDrug"));
        auto *question = panel->findChild<QLabel *>(QStringLiteral("detailQuestion"));
        QVERIFY2(showsAsWritten(drug, title()), qPrintable(describe(drug)));
        QVERIFY2(showsAsWritten(question, bookmark->question), qPrintable(describe(question)));
        auto *answer = panel->findChild<QTextEdit *>(QStringLiteral("detailAnswer"));
        QCOMPARE(answer->toPlainText(), bookmark->answer);
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    }

    void studyCardsAndDrillShowTextAsWritten()
    {
        bookmarkBothDrugs();
        if (QTest::currentTestFailed())
            return;
        const QList<Bookmark> bookmarks = m_window->bookmarks()->model()->bookmarks();
        StudyDialog *dialog = openStudy(*m_window);
        QVERIFY(dialog);
        auto *cardQuestion = dialog->findChild<QLabel *>(QStringLiteral("cardQuestion"));
        auto *cardDrug = dialog->findChild<QLabel *>(QStringLiteral("cardDrug"));
        bool sawHostile = false;
        for (int card = 0; card < bookmarks.size(); ++card) {
            const auto shown = std::find_if(bookmarks.cbegin(), bookmarks.cend(),
                                            [&](const Bookmark &b) { return b.question == cardQuestion->text(); });
            QVERIFY2(shown != bookmarks.cend(), qPrintable(cardQuestion->text()));
            sawHostile = sawHostile || shown->drugSlug == QLatin1String("hostile");
            QVERIFY2(showsAsWritten(cardQuestion, shown->question), qPrintable(describe(cardQuestion)));
            QVERIFY2(showsAsWritten(cardDrug, shown->drugTitle), qPrintable(describe(cardDrug)));
            QTest::keyClick(dialog, Qt::Key_Space);
            QVERIFY2(showsAsWritten(dialog->answerLabel(), shown->answer), qPrintable(describe(dialog->answerLabel())));
            dialog->grab();
            QTest::keyClick(dialog, Qt::Key_Right);
        }
        QVERIFY(sawHostile);
        QVERIFY(dialog->session().isFinished());

        // The drill, from its tab.
        auto *pages = dialog->findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        const int drillTab = pages->indexOf(dialog->findChild<QWidget *>(QStringLiteral("drillPage")));
        QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {}, pages->tabBar()->tabRect(drillTab).center());
        QCOMPARE(dialog->currentPage(), StudyDialog::Page::Drill);
        QVERIFY(dialog->drill().questionCount() >= 2);
        auto *question = dialog->findChild<QLabel *>(QStringLiteral("drillQuestion"));
        bool sawHostileTerm = false;
        for (int asked = 0; !dialog->drill().isFinished(); ++asked) {
            QVERIFY(asked < dialog->drill().questionCount()); // each key moves the drill on
            const DrillQuestion current = dialog->drill().current();
            sawHostileTerm = sawHostileTerm || current.term.contains(hostile(R"(<img src="{FILE}">)"));
            QCOMPARE(question->textFormat(), Qt::PlainText);
            QVERIFY2(question->text().contains(current.term), qPrintable(question->text()));
            const auto checkChoices = [&] {
                for (int i = 0; i < current.drugs.size(); ++i) {
                    const QString shown = shownText(dialog->choiceButtons().at(i)->text());
                    QVERIFY2(shown.endsWith(QStringLiteral("   ") + current.drugs.at(i)), qPrintable(shown));
                }
            };
            checkChoices();
            dialog->grab();
            QTest::keyClick(dialog, Qt::Key_1);
            checkChoices();
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(dialog->feedbackLabel()->textFormat(), Qt::PlainText);
            QVERIFY(dialog->feedbackLabel()->text().contains(current.term));
            dialog->grab();
            QTest::keyClick(dialog, Qt::Key_Space);
        }
        QVERIFY(sawHostileTerm);
        dialog->close();
    }

    void printedAndExportedMonographReadNothing()
    {
        QVERIFY(openDrug(QStringLiteral("Evil"), title()));
        const MonographView &view = *m_window->monographView();
        const auto document = monographprinter::document(view, monographprinter::Scope::Monograph);
        const QString text = document->toPlainText();
        QVERIFY(text.contains(title()));
        QVERIFY(text.contains(usageHeading()));
        QVERIFY(text.contains(hostile(R"(Food & <img src="{FILE}"> <b>drive</b>?)")));
        QVERIFY(text.contains(hostile(R"(xenohostile <img src="{FILE}"> notes)")));
        for (const auto scope : {monographprinter::Scope::Monograph, monographprinter::Scope::Section}) {
            const QString path = m_fixture->filePath(QStringLiteral("hostile-%1.pdf").arg(int(scope)));
            QString error;
            QVERIFY2(monographprinter::exportPdf(view, scope, path, &error), qPrintable(error));
            QFile pdf(path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        }
    }

    void tenThousandDeepNestingOpensWithItsWords()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(openDrug(QStringLiteral("Deepamine"), QStringLiteral("Deepamine")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier); // its Usage holds the nesting
        QCOMPARE(currentTabTitle(*m_window), QStringLiteral("Usage"));
        PageBrowser *browser = m_window->monographView()->browser();
        browser->grab();
        const QString text = browser->toPlainText();
        QVERIFY(text.contains(QLatin1String("abyssal")));
        QVERIFY(text.contains(QLatin1String("benthic")));
        const auto document = monographprinter::document(*m_window->monographView(), monographprinter::Scope::Section);
        QVERIFY(document->toPlainText().contains(QLatin1String("benthic")));
        qInfo("Opened and laid out in %lld ms", timer.elapsed());
        // Nested as written, Qt's layout would take minutes.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_MAIN(TestHostilePages)
#include "tst_hostilepages.moc"
