#pragma once

#include "app/bookmarkspanel.h"
#include "app/bookmarktransfer.h"
#include "app/searchpanel.h"
#include "app/studydialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace formulary {

class BookmarkModel;
class BookmarkStore;
class ContentDatabase;
class MonographView;
class StudySchedule;
class UserDatabase;

// Everything bookmarks add to the window: the user database, the stars in
// the FAQs tab and Ctrl+D, the Bookmarks panel, undo, export and import,
// and study mode. When the user database cannot be used, the window browses
// as before, with these actions disabled and the reason shown once.
class BookmarksController : public QObject
{
    Q_OBJECT

public:
    BookmarksController(const QString &userDatabasePath, MonographView *view, QMainWindow *window);
    ~BookmarksController() override;

    bool isAvailable() const;
    QString error() const { return m_error; }

    // The content the bookmarks are looked up in (not owned; null while
    // there is none). Bookmarks are read again against it.
    void setContentDatabase(const ContentDatabase *content);

    BookmarkModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    QDockWidget *dock() const { return m_dock; }
    BookmarksPanel *panel() const { return m_panel; }
    QMenu *menu() const { return m_menu; }
    QAction *toggleAction() const { return m_toggleAction; }
    QAction *panelAction() const;
    QAction *studyAction() const { return m_studyAction; }
    QAction *drillAction() const { return m_drillAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // Bookmarks the FAQ of the open drug, or removes its bookmark.
    void toggle(const Faq &faq);
    // Ctrl+D: the question at the cursor in the FAQs tab, else the first in view.
    void toggleCurrentQuestion();
    void remove(const QList<qint64> &ids);
    // Opens the bookmark's drug on the FAQs tab that holds it, the question
    // highlighted; with id 0, the drug's FAQs.
    void openBookmark(qint64 id, const QString &drugSlug);
    StudyDialog *openStudy(StudyDialog::Page page);

    // Reads the bookmarks again when another window or process changed
    // them; done whenever the application becomes active.
    void reloadIfChangedElsewhere();

    bool exportTo(const QString &path, bookmarkexport::Format format, QString *error) const;
    bookmarktransfer::ImportResult importFrom(const QString &path);

signals:
    void openRequested(const formulary::OpenRequest &request);
    void statusMessage(const QString &text, int timeout);

private:
    void createActions();
    void createPanel();
    void updateActions();
    void reportUnavailable();
    void reportError(const QString &message);

    QMainWindow *m_window;
    QPointer<MonographView> m_view; // may go before this, with the window's other children
    QString m_error;
    std::unique_ptr<UserDatabase> m_database;
    std::unique_ptr<BookmarkStore> m_store;
    std::unique_ptr<StudySchedule> m_schedule;
    const ContentDatabase *m_content = nullptr;
    qint64 m_dataVersion = 0;
    BookmarkModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    QDockWidget *m_dock = nullptr;
    QPointer<BookmarksPanel> m_panel; // the window's child, like this
    QMenu *m_menu = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_studyAction = nullptr;
    QAction *m_drillAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QPointer<StudyDialog> m_study;
};

} // namespace formulary
