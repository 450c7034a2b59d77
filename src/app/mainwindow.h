#pragma once

#include "app/navigationhistory.h"
#include "app/recentdrugs.h"
#include "app/searchpanel.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace formulary {

class StorageError;
struct MonographPage;

class BookmarksController;
class ContentDatabase;
class ImportController;
class MonographView;
class SideEffectsDialog;
class SourcesDialog;
class SearchService;
struct ImportReport;
struct MonographPage;

struct MainWindowOptions
{
    QString databasePath;       // default: ContentDatabase::defaultPath()
    QString importDatabasePath; // default: ContentDatabase::userDatabasePath()
    QString userDatabasePath;   // bookmarks; default: UserDatabase::defaultPath()
    bool restoreSession = true; // reopen the last drug
};

// The browser: search on the left, the open monograph on the right, menus
// with every action and its standard shortcut, and the session remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using Options = MainWindowOptions;

    explicit MainWindow(const Options &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a drug; false when the database has no such slug.
    bool open(const OpenRequest &request);
    // Imports the folder into the user's library; asks first when that
    // would take many of the drugs there away.
    void importFolder(const QString &folder);
    // Brings back the library the last import replaced.
    void restorePreviousLibrary();
    void goBack();
    void goForward();
    // Shows the side-effect browser, on `term` when it names one.
    SideEffectsDialog *showSideEffects(const QString &term = {});
    // File → Sources…: the library's folders, to add, refresh or remove one.
    SourcesDialog *showSources();
    // Opens the drugs of `slugs` (2 to 4 of them) side by side in a window of
    // their own; says in the status bar why when it cannot.
    void compareDrugs(const QStringList &slugs);

    const ContentDatabase *database() const { return m_database.get(); }
    SearchPanel *searchPanel() const;
    MonographView *monographView() const;
    ImportController *importController() const { return m_import; }
    BookmarksController *bookmarks() const { return m_bookmarks; }
    const NavigationHistory &history() const { return m_history; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions();
    void setupBookmarks();
    void setupSideEffects();
    void setupTheme();
    void openDatabase(const QString &path);
    bool navigateTo(const Location &location, bool record, const MonographPage *loaded = nullptr);
    void onOpenRequested(const OpenRequest &request, bool fromKeyboard);
    void onTabActivated(int tab);
    void onScrolled(int value);
    void showWelcome();
    void updateActions();
    void updateCompareAction();
    void rebuildRecentMenu();
    // Shows the page's section of `kind`, of the ingredient in view first.
    void goToKind(SectionKind kind);
    // The tab of `page` with the kind of section in view, else its first.
    int sameKindTab(const MonographPage &page) const;
    void rebuildSectionMenu();
    void updateStatus();
    // The content database failed a read: says so where it stays in view,
    // and keeps the window usable (search, import, bookmarks).
    void reportUnreadableDatabase(const StorageError &error);
    // A message in the status bar that a screen reader also hears.
    void tell(const QString &message, int timeout);
    void setZoom(int percent);
    void chooseImportFolder();
    void returnTo(const Location &location);
    // The sources dialog, when open, lists what the library holds now.
    void updateSources();
    // Reads the library again after an import or a restore, on the drug in view.
    void reopenLibrary();
    void onImportFinished(const ImportReport &report);
    void exportPdf(bool wholeMonograph);
    void copy();
    void selectAll();
    void showSearchTips();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Options m_options;
    std::unique_ptr<ContentDatabase> m_database;
    QString m_databaseError;
    NavigationHistory m_history;
    SearchService *m_search = nullptr;
    ImportController *m_import = nullptr;
    BookmarksController *m_bookmarks = nullptr;
    SideEffectsDialog *m_sideEffects = nullptr;
    SourcesDialog *m_sources = nullptr;
    QAction *m_sideEffectsAction = nullptr;
    QLabel *m_statusLabel = nullptr;
    RecentDrugs m_recent;
    QList<QAction *> m_kindActions;
    QList<QAction *> m_sectionActions;
    int m_zoomPercent = 100;
};

} // namespace formulary
