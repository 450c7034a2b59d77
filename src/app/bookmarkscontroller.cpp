#include "app/bookmarkscontroller.h"

#include "app/bookmarkcommands.h"
#include "app/bookmarkspanel.h"
#include "app/monographview.h"
#include "app/plaintext.h"
#include "parse/textfold.h"
#include "render/faqmarkup.h"
#include "render/monographpage.h"
#include "store/bookmarkstore.h"
#include "store/contentdatabase.h"
#include "store/userdatabase.h"
#include "study/bookmarkmodel.h"
#include "study/studyschedule.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace formulary {

BookmarksController::BookmarksController(const QString &userDatabasePath, MonographView *view, QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_view(view)
{
    m_database = UserDatabase::open(userDatabasePath, &m_error);
    if (m_database) {
        m_store = std::make_unique<BookmarkStore>(*m_database);
        m_schedule = std::make_unique<StudySchedule>(*m_database);
    }
    m_model = new BookmarkModel(m_store.get(), this);
    m_undo = new QUndoStack(this);
    connect(m_model, &BookmarkModel::errorOccurred, this, &BookmarksController::reportError);

    createActions();
    createPanel();
    if (isAvailable()) {
        m_view->setBookmarks(m_model);
        connect(m_view, &MonographView::bookmarkToggleRequested, this, &BookmarksController::toggle);
    } else {
        m_panel->setUnavailable(tr("Bookmarks are unavailable: %1").arg(m_error));
        // Once the window is up, so that the message has a window to stand on.
        QMetaObject::invokeMethod(this, &BookmarksController::reportUnavailable, Qt::QueuedConnection);
    }
    connect(m_model, &BookmarkModel::bookmarksChanged, this, &BookmarksController::updateActions);
    // Bookmarks added from the command line, or another window, while this
    // one was in the background.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            reloadIfChangedElsewhere();
    });
    updateActions();
}

BookmarksController::~BookmarksController()
{
    delete m_study; // it studies with the schedule held here
    // The model goes with this; what shows it must let go first.
    if (m_view)
        m_view->setBookmarks(nullptr);
    if (m_panel)
        m_panel->setModel(nullptr);
}

bool BookmarksController::isAvailable() const
{
    return m_database != nullptr;
}

QAction *BookmarksController::panelAction() const
{
    return m_dock->toggleViewAction();
}

void BookmarksController::createActions()
{
    m_toggleAction = new QAction(tr("&Bookmark Question"), this);
    m_toggleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_toggleAction->setToolTip(tr("Bookmark the question at the cursor in the FAQs, or remove its bookmark (Ctrl+D)"));
    connect(m_toggleAction, &QAction::triggered, this, &BookmarksController::toggleCurrentQuestion);

    m_studyAction = new QAction(tr("&Study Bookmarked FAQs…"), this);
    m_studyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_studyAction, &QAction::triggered, this, [this] { openStudy(StudyDialog::Page::Cards); });

    m_drillAction = new QAction(tr("Side-Effect &Drill…"), this);
    connect(m_drillAction, &QAction::triggered, this, [this] { openStudy(StudyDialog::Page::Drill); });

    m_exportAction = new QAction(tr("E&xport Bookmarks…"), this);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString done = bookmarktransfer::exportWithDialog(m_window, m_model->bookmarks());
        if (!done.isEmpty())
            emit statusMessage(done, 8000);
    });
    m_importAction = new QAction(tr("Import &Bookmarks…"), this);
    connect(m_importAction, &QAction::triggered, this,
            [this] { bookmarktransfer::importWithDialog(m_window, *m_model, m_content); });

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);

    m_menu = new QMenu(tr("&Bookmarks"), m_window);
    m_menu->setObjectName(QStringLiteral("menuBookmarks"));
    m_menu->addAction(m_toggleAction);
    m_menu->addSeparator();
    m_menu->addAction(m_studyAction);
    m_menu->addAction(m_drillAction);
    m_window->addActions({m_toggleAction, m_studyAction, m_undoAction, m_redoAction});
}

void BookmarksController::createPanel()
{
    m_dock = new QDockWidget(tr("Bookmarks"), m_window);
    m_dock->setObjectName(QStringLiteral("bookmarksDock")); // by name in the window's saved state
    m_panel = new BookmarksPanel(m_dock);
    m_dock->setWidget(m_panel);
    m_panel->setModel(m_model);
    m_panel->setStudyAction(m_studyAction);
    QAction *show = m_dock->toggleViewAction();
    show->setText(tr("&Bookmarks Panel"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(show, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            m_dock->raise();
            m_panel->focusList();
        }
    });
    m_menu->insertAction(m_menu->actions().value(1), show);
    connect(m_panel, &BookmarksPanel::openRequested, this, &BookmarksController::openBookmark);
    connect(m_panel, &BookmarksPanel::removeRequested, this, &BookmarksController::remove);
}

void BookmarksController::updateActions()
{
    const bool available = isAvailable();
    const bool any = available && m_model->rowCount() > 0;
    m_toggleAction->setEnabled(available);
    m_studyAction->setEnabled(available);
    m_drillAction->setEnabled(available);
    m_exportAction->setEnabled(any);
    m_importAction->setEnabled(available);
}

void BookmarksController::setContentDatabase(const ContentDatabase *content)
{
    m_content = content;
    if (m_study)
        m_study->setContentDatabase(content);
    if (content && isAvailable()) {
        m_model->reload(content);
        m_dataVersion = m_database->dataVersion();
    }
}

void BookmarksController::reloadIfChangedElsewhere()
{
    if (!isAvailable())
        return;
    const qint64 version = m_database->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    m_model->reload(m_content);
}

void BookmarksController::toggle(const Faq &faq)
{
    if (!isAvailable() || !m_view || !m_view->hasPage())
        return;
    const DrugRecord drug = m_view->page().drug;
    if (const std::optional<Bookmark> existing = m_model->find(drug.slug, faq.question)) {
        m_undo->push(new RemoveBookmarksCommand(*m_model, {*existing}));
        emit statusMessage(tr("Removed the bookmark on “%1” (Ctrl+Z brings it back)").arg(faq.question), 5000);
        return;
    }
    Bookmark bookmark;
    bookmark.drugSlug = drug.slug;
    bookmark.drugTitle = drug.title;
    bookmark.question = faq.question;
    bookmark.answer = faq.answer;
    m_undo->push(new AddBookmarkCommand(*m_model, bookmark));
    if (m_model->find(drug.slug, faq.question))
        emit statusMessage(tr("Bookmarked “%1”").arg(faq.question), 5000);
}

void BookmarksController::toggleCurrentQuestion()
{
    if (!m_view || !m_view->hasPage() || !m_view->isVisible()) {
        emit statusMessage(tr("Open a drug's FAQs to bookmark a question."), 5000);
        return;
    }
    const std::optional<Faq> faq = m_view->currentFaq();
    if (!faq) {
        emit statusMessage(tr("Bookmarks are for the questions in a drug's FAQs: open its FAQs tab first."), 5000);
        return;
    }
    toggle(*faq);
}

void BookmarksController::remove(const QList<qint64> &ids)
{
    QList<Bookmark> bookmarks;
    for (qint64 id : ids) {
        if (const std::optional<Bookmark> bookmark = m_model->bookmark(id))
            bookmarks.append(*bookmark);
    }
    if (bookmarks.isEmpty())
        return;
    m_undo->push(new RemoveBookmarksCommand(*m_model, bookmarks));
    emit statusMessage(bookmarks.size() == 1
                           ? tr("Removed the bookmark on “%1” (Ctrl+Z brings it back)").arg(bookmarks.first().question)
                           : tr("Removed bookmarks: %1 (Ctrl+Z brings them back)").arg(bookmarks.size()),
                       5000);
}

void BookmarksController::openBookmark(qint64 id, const QString &drugSlug)
{
    if (!m_content)
        return;
    std::optional<MonographPage> page;
    try {
        page = MonographPage::load(*m_content, drugSlug);
    } catch (const StorageError &e) {
        emit statusMessage(tr("The drug database cannot be read: %1").arg(e.text()), 8000);
        return;
    }
    const std::optional<Bookmark> bookmark = id ? m_model->bookmark(id) : std::nullopt;
    if (!page) {
        emit statusMessage(tr("“%1” is not in this database.").arg(bookmark ? bookmark->drugTitle : drugSlug), 8000);
        return;
    }
    OpenRequest request;
    request.slug = drugSlug;
    bool found = false;
    for (const MonographPage::Tab &tab : page->tabs) {
        if (tab.kind != SectionKind::Faqs)
            continue;
        if (!request.sectionKind) {
            request.sectionKind = SectionKind::Faqs;
            request.sectionHeading = tab.title;
        }
        if (!bookmark)
            break;
        for (const Faq &faq : faqmarkup::faqs(tab.markdown)) {
            if (questionKey(faq.question) == bookmark->questionKey) {
                request.sectionHeading = tab.title;
                request.highlightTerms = {faq.question};
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    emit openRequested(request);
    if (bookmark && !found)
        emit statusMessage(tr("“%1” is no longer on %2's page.").arg(bookmark->question, page->drug.title), 8000);
}

StudyDialog *BookmarksController::openStudy(StudyDialog::Page page)
{
    if (!isAvailable())
        return nullptr;
    if (!m_study) {
        m_study = new StudyDialog(*m_schedule, m_model->bookmarks(), m_content, m_window);
        m_study->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_study->showPage(page);
    m_study->show();
    m_study->raise();
    m_study->activateWindow();
    return m_study;
}

bool BookmarksController::exportTo(const QString &path, bookmarkexport::Format format, QString *error) const
{
    return bookmarktransfer::exportToFile(m_model->bookmarks(), path, format, error);
}

bookmarktransfer::ImportResult BookmarksController::importFrom(const QString &path)
{
    return bookmarktransfer::importFromFile(*m_model, path, m_content);
}

void BookmarksController::reportUnavailable()
{
    QMessageBox *box = plainMessageBox(QMessageBox::Warning, tr("Bookmarks Unavailable"),
                                       tr("Your bookmarks cannot be opened, so bookmarking is turned off for now. "
                                          "Everything else works as usual."),
                                       m_window);
    box->setObjectName(QStringLiteral("bookmarksUnavailableMessage"));
    box->setInformativeText(tr("%1\n\nMove the file aside, or make it writable, and start Formulary again to "
                               "bookmark questions; a new file is made when there is none.")
                                .arg(m_error));
    box->open();
}

void BookmarksController::reportError(const QString &message)
{
    plainMessageBox(QMessageBox::Warning, tr("Bookmarks"), message, m_window)->open();
}

} // namespace formulary
