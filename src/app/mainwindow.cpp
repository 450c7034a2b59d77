#include "app/mainwindow.h"

#include "app/announcement.h"
#include "app/bookmarkscontroller.h"
#include "app/comparedialog.h"
#include "app/comparisonloader.h"
#include "app/dockreflow.h"
#include "app/folderdrop.h"
#include "app/importcontroller.h"
#include "app/importquestion.h"
#include "app/importreportdialog.h"
#include "app/monographprinter.h"
#include "app/monographview.h"
#include "app/pagebrowser.h"
#include "app/plaintext.h"
#include "app/recentdrugs.h"
#include "app/sectionshortcuts.h"
#include "app/sideeffectsdialog.h"
#include "app/sourcesdialog.h"
#include "app/theme.h"
#include "import/importer.h"
#include "parse/sectionkind.h"
#include "render/monographpage.h"
#include "search/searchquery.h"
#include "search/searchservice.h"
#include "store/contentdatabase.h"
#include "store/userdatabase.h"

#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>

namespace formulary {
namespace {

constexpr int kZoomStep = 10;
constexpr int kMaxSectionShortcuts = 9;
// Side by side, more than four drugs leave each too narrow a column to read.
constexpr int kMinCompared = 2;
constexpr int kMaxCompared = 4;

namespace key {
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString splitter = QStringLiteral("window/splitter");
const QString zoom = QStringLiteral("view/zoom");
const QString byFrequency = QStringLiteral("view/sideEffectsByFrequency");
const QString lastDrug = QStringLiteral("session/drug");
const QString lastSection = QStringLiteral("session/section");
const QString importFolder = QStringLiteral("import/folder");
} // namespace key

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_options(options)
{
    if (m_options.databasePath.isEmpty())
        m_options.databasePath = ContentDatabase::defaultPath();
    if (m_options.importDatabasePath.isEmpty())
        m_options.importDatabasePath = ContentDatabase::userDatabasePath();
    if (m_options.userDatabasePath.isEmpty())
        m_options.userDatabasePath = UserDatabase::defaultPath();

    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({320, 780});
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setAccessibleName(tr("Database"));
    statusBar()->addPermanentWidget(m_statusLabel); // unstretched: passing messages need the room to its left

    m_import = new ImportController(this);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    auto *drop = new FolderDrop(this, [this] { return !m_import->isRunning(); });
    connect(drop, &FolderDrop::folderDropped, this, &MainWindow::importFolder);

    SearchPanel *search = m_ui->searchPanel;
    connect(search, &SearchPanel::openRequested, this, &MainWindow::onOpenRequested);
    connect(search, &SearchPanel::selectionChanged, this, &MainWindow::updateCompareAction);
    MonographView *view = m_ui->monographView;
    connect(view, &MonographView::tabActivated, this, &MainWindow::onTabActivated);
    // Told to screen readers too: a star reached with Tab reads as what it does.
    connect(view, &MonographView::linkHovered, this, [this](const QString &text) { tell(text, 0); });
    connect(view->browser()->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::onScrolled);
    connect(&m_history, &NavigationHistory::changed, this, &MainWindow::updateActions);
    connect(m_ui->welcomeImportButton, &QPushButton::clicked, this, &MainWindow::chooseImportFolder);

    setupActions();
    setupBookmarks();
    setupSideEffects();
    setupTheme();
    search->setNavigationActions(m_ui->actionBack, m_ui->actionForward);
    qApp->installEventFilter(this); // the mouse's back and forward buttons, wherever they are pressed

    openDatabase(m_options.databasePath);
    restoreSettings();
    search->focusSearch();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The panel's models read the database and the service: let go of them first.
    m_ui->searchPanel->setDatabase(nullptr);
    m_ui->searchPanel->setSearchService(nullptr);
}

SearchPanel *MainWindow::searchPanel() const
{
    return m_ui->searchPanel;
}

MonographView *MainWindow::monographView() const
{
    return m_ui->monographView;
}

void MainWindow::setupActions()
{
    Ui::MainWindow &ui = *m_ui;
    MonographView *view = ui.monographView;

    ui.actionImportFolder->setShortcut(QKeySequence::Open);
    ui.actionPrintSection->setShortcut(QKeySequence::Print);
    ui.actionPrintMonograph->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    ui.actionExportSectionPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    ui.actionExportMonographPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    // Some platforms bind no key to Quit (offscreen, bare X11): Ctrl+Q then.
    const QList<QKeySequence> quit = QKeySequence::keyBindings(QKeySequence::Quit);
    ui.actionQuit->setShortcuts(quit.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)} : quit);
    ui.actionQuit->setMenuRole(QAction::QuitRole);
    ui.actionCopy->setShortcut(QKeySequence::Copy);
    ui.actionSelectAll->setShortcut(QKeySequence::SelectAll);
    ui.actionFind->setShortcut(QKeySequence::Find);
    ui.actionFindNext->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::Key_G)});
    ui.actionFindPrevious->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)});
    ui.actionFocusSearch->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_L)});
    ui.actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    ui.actionZoomOut->setShortcut(QKeySequence::ZoomOut);
    ui.actionZoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    ui.actionCompare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    ui.actionBack->setShortcuts(QKeySequence::Back);
    ui.actionForward->setShortcuts(QKeySequence::Forward);
    ui.actionBack->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    ui.actionForward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    ui.actionBack->setToolTip(tr("Back (Alt+Left)"));
    ui.actionForward->setToolTip(tr("Forward (Alt+Right)"));
    ui.actionNextSection->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    ui.actionPreviousSection->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                            QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    ui.actionAbout->setMenuRole(QAction::AboutRole);

    connect(ui.actionImportFolder, &QAction::triggered, this, &MainWindow::chooseImportFolder);
    connect(ui.actionRestorePrevious, &QAction::triggered, this, &MainWindow::restorePreviousLibrary);
    connect(ui.actionSources, &QAction::triggered, this, &MainWindow::showSources);
    connect(ui.actionPrintPreview, &QAction::triggered, this, [this] {
        if (QDialog *dialog = monographprinter::preview(*m_ui->monographView, monographprinter::Scope::Monograph, this))
            dialog->open();
    });
    connect(ui.actionPrintSection, &QAction::triggered, this,
            [this] { monographprinter::print(*m_ui->monographView, monographprinter::Scope::Section, this); });
    connect(ui.actionPrintMonograph, &QAction::triggered, this,
            [this] { monographprinter::print(*m_ui->monographView, monographprinter::Scope::Monograph, this); });
    connect(ui.actionExportSectionPdf, &QAction::triggered, this, [this] { exportPdf(false); });
    connect(ui.actionExportMonographPdf, &QAction::triggered, this, [this] { exportPdf(true); });
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionCopy, &QAction::triggered, this, &MainWindow::copy);
    connect(ui.actionSelectAll, &QAction::triggered, this, &MainWindow::selectAll);
    connect(ui.actionFind, &QAction::triggered, view, &MonographView::showFindBar);
    connect(ui.actionFindNext, &QAction::triggered, view, &MonographView::findNext);
    connect(ui.actionFindPrevious, &QAction::triggered, view, &MonographView::findPrevious);
    connect(ui.actionFocusSearch, &QAction::triggered, m_ui->searchPanel, &SearchPanel::focusSearch);
    connect(ui.actionZoomIn, &QAction::triggered, this, [this] { setZoom(m_zoomPercent + kZoomStep); });
    connect(ui.actionZoomOut, &QAction::triggered, this, [this] { setZoom(m_zoomPercent - kZoomStep); });
    connect(ui.actionZoomReset, &QAction::triggered, this, [this] { setZoom(100); });
    connect(ui.actionCompare, &QAction::triggered, this, [this] { compareDrugs(m_ui->searchPanel->selectedSlugs()); });
    connect(ui.actionBack, &QAction::triggered, this, &MainWindow::goBack);
    connect(ui.actionForward, &QAction::triggered, this, &MainWindow::goForward);
    connect(ui.actionNextSection, &QAction::triggered, view, &MonographView::nextTab);
    connect(ui.actionPreviousSection, &QAction::triggered, view, &MonographView::previousTab);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    ui.actionSearchTips->setShortcuts(QKeySequence::HelpContents);
    connect(ui.actionSearchTips, &QAction::triggered, this, &MainWindow::showSearchTips);

    // Go → Recent Drugs, read when it opens: titles from the database in use.
    connect(ui.menuRecentDrugs, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();

    // Alt+U, Alt+D…: a kind of section, wherever it stands on the page.
    for (const sectionshortcuts::KindShortcut &shortcut : sectionshortcuts::all()) {
        auto *action = new QAction(sectionKindDisplayTitle(shortcut.kind), this);
        action->setObjectName(QStringLiteral("actionKind_%1").arg(sectionKindName(shortcut.kind)));
        action->setShortcut(shortcut.keys);
        connect(action, &QAction::triggered, this, [this, kind = shortcut.kind] { goToKind(kind); });
        ui.menuGo->addAction(action);
        m_kindActions.append(action);
    }
    ui.menuGo->addSeparator();
    // Ctrl+1…9 choose a section: listed in the Go menu with the open drug's sections.
    for (int i = 0; i < kMaxSectionShortcuts; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            m_ui->monographView->setCurrentTab(i);
            onTabActivated(i);
        });
        ui.menuGo->addAction(action);
        m_sectionActions.append(action);
    }
    updateActions();
}

// Bookmarks bring their own panel, menu and actions; they are placed here.
void MainWindow::setupBookmarks()
{
    Ui::MainWindow &ui = *m_ui;
    m_bookmarks = new BookmarksController(m_options.userDatabasePath, ui.monographView, this);
    addDockWidget(Qt::RightDockWidgetArea, m_bookmarks->dock());
    m_bookmarks->dock()->hide();
    // Measured: beside the results and the page, the panel leaves the page a
    // readable column from about this width up.
    new DockReflow(this, m_bookmarks->dock(), 960);
    ui.menuFile->insertActions(ui.actionPrintSection, {m_bookmarks->exportAction(), m_bookmarks->importAction()});
    ui.menuFile->insertSeparator(ui.actionPrintSection);
    ui.menuEdit->insertActions(ui.actionCopy, {m_bookmarks->undoAction(), m_bookmarks->redoAction()});
    ui.menuEdit->insertSeparator(ui.actionCopy);
    ui.menuView->addSeparator();
    ui.menuView->addAction(m_bookmarks->panelAction());
    menuBar()->insertMenu(ui.menuHelp->menuAction(), m_bookmarks->menu());
    connect(m_bookmarks, &BookmarksController::openRequested, this,
            [this](const OpenRequest &request) { open(request); });
    connect(m_bookmarks, &BookmarksController::statusMessage, this, &MainWindow::tell);
}

// The side-effect browser: a dialog of its own, made when first asked for.
void MainWindow::setupSideEffects()
{
    m_sideEffectsAction = new QAction(tr("Side &Effects Across Drugs…"), this);
    m_sideEffectsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_sideEffectsAction->setStatusTip(tr("Browse the side effects the pages list, and the drugs that list each"));
    // On the side effect the search names, when it names one.
    connect(m_sideEffectsAction, &QAction::triggered, this,
            [this] { showSideEffects(m_ui->searchPanel->sideEffectTerm()); });
    connect(m_ui->searchPanel, &SearchPanel::sideEffectRequested, this,
            [this](const QString &term) { showSideEffects(term); });
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_sideEffectsAction);

    // The Side Effects tab can open with its side effects by frequency
    // class, above the page's own text.
    auto *byFrequency = new QAction(tr("Side Effects by &Frequency"), this);
    byFrequency->setObjectName(QStringLiteral("actionSideEffectsByFrequency"));
    byFrequency->setCheckable(true);
    byFrequency->setStatusTip(tr("Show a drug's side effects grouped as common, less common, rare and serious "
                                 "above the page's own text"));
    byFrequency->setChecked(QSettings().value(key::byFrequency, false).toBool());
    m_ui->monographView->setSideEffectsByFrequency(byFrequency->isChecked());
    connect(byFrequency, &QAction::toggled, this, [this](bool shown) {
        QSettings().setValue(key::byFrequency, shown);
        m_ui->monographView->setSideEffectsByFrequency(shown);
    });
    m_ui->menuView->addAction(byFrequency);
}

void MainWindow::setupTheme()
{
    // View → Theme: the desktop's colours, or a light or dark palette of the
    // application's own; remembered.
    auto *menu = new QMenu(tr("&Theme"), this);
    menu->setObjectName(QStringLiteral("menuTheme"));
    auto *group = new QActionGroup(this);
    const theme::Theme chosen = theme::chosen();
    const struct
    {
        theme::Theme theme;
        QString text;
        QString tip;
    } choices[] = {{theme::Theme::System, tr("&System"), tr("The desktop's colours, dark or high-contrast included")},
                   {theme::Theme::Light, tr("&Light"), tr("Dark text on a light page")},
                   {theme::Theme::Dark, tr("&Dark"), tr("Light text on a dark page, for reading at night")}};
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        action->setObjectName(QStringLiteral("actionTheme_%1").arg(theme::key(choice.theme)));
        action->setCheckable(true);
        action->setChecked(choice.theme == chosen);
        action->setStatusTip(choice.tip);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [theme = choice.theme] {
            theme::choose(theme);
            theme::apply(*qApp, theme);
        });
    }
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(menu);
}

SideEffectsDialog *MainWindow::showSideEffects(const QString &term)
{
    if (!m_sideEffects) {
        m_sideEffects = new SideEffectsDialog(m_database.get(), this);
        connect(m_sideEffects, &SideEffectsDialog::openRequested, this, [this](const OpenRequest &request) {
            if (open(request))
                activateWindow();
        });
        connect(m_sideEffects, &SideEffectsDialog::compareRequested, this, &MainWindow::compareDrugs);
    }
    if (!term.isEmpty())
        m_sideEffects->showTerm(term);
    m_sideEffects->show();
    m_sideEffects->raise();
    m_sideEffects->activateWindow();
    return m_sideEffects;
}

void MainWindow::openDatabase(const QString &path)
{
    m_ui->searchPanel->setDatabase(nullptr);
    m_bookmarks->setContentDatabase(nullptr);
    if (m_sideEffects)
        m_sideEffects->setDatabase(nullptr);
    m_database.reset();
    m_databaseError.clear();
    m_database = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &m_databaseError);
    m_ui->searchPanel->setDatabase(m_database.get());
    m_bookmarks->setContentDatabase(m_database.get()); // bookmarks find their FAQs again
    if (m_sideEffects)
        m_sideEffects->setDatabase(m_database.get());
    // Searches read the file on their own thread, with their own connection.
    if (!m_search) {
        m_search = new SearchService(path, this);
        m_ui->searchPanel->setSearchService(m_search);
    } else {
        m_search->setDatabasePath(path);
        m_ui->searchPanel->refresh();
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_database) {
        m_statusLabel->setText(tr("No database: %1").arg(m_databaseError));
        return;
    }
    int count = 0;
    try {
        count = m_database->drugCount();
    } catch (const StorageError &e) {
        reportUnreadableDatabase(e);
        return;
    }
    // The home folder as "~", as file managers and shells write it.
    QString path = QDir::cleanPath(QFileInfo(m_database->path()).absoluteFilePath());
    const QString home = QDir::homePath() + QLatin1Char('/');
    if (path.startsWith(home))
        path = QStringLiteral("~/") + path.mid(home.size());
    path = QDir::toNativeSeparators(path);
    m_statusLabel->setToolTip(QDir::toNativeSeparators(m_database->path()));
    m_statusLabel->setText(count == 1 ? tr("1 drug loaded from %1").arg(path)
                                      : tr("%1 drugs loaded from %2").arg(QLocale().toString(count), path));
}

void MainWindow::reportUnreadableDatabase(const StorageError &error)
{
    const QString message = tr("The drug database cannot be read (%1). File → Import Folder… builds it again from "
                               "the pages; your bookmarks are kept apart.")
                                .arg(error.text());
    m_statusLabel->setText(tr("Drug database damaged: %1").arg(QDir::toNativeSeparators(error.file())));
    m_statusLabel->setToolTip(message);
    tell(message, 15000);
}

void MainWindow::tell(const QString &message, int timeout)
{
    statusBar()->showMessage(message, timeout);
    announce(statusBar(), message);
}

void MainWindow::showWelcome()
{
    QString text;
    if (!m_database) {
        text = tr("The drug database could not be opened (%1). Import a folder of Markdown drug pages to begin.")
                   .arg(m_databaseError);
    } else if (!QFileInfo::exists(m_options.importDatabasePath)) {
        text = tr("These are the sample pages that come with Formulary. Import your own folder of Markdown drug "
                  "pages to look them up here; they are read once and kept in a database of your own.");
    } else {
        text = tr("Type a drug's name, or words from its monograph, in the search field; Up and Down choose "
                  "a result and Enter opens it. Ctrl+K returns to the search field from anywhere.");
    }
    m_ui->welcomeText->setText(text);
    m_ui->contentStack->setCurrentWidget(m_ui->welcomePage);
    m_ui->monographView->clear();
    setWindowTitle(QString());
    rebuildSectionMenu();
    updateActions();
}

bool MainWindow::open(const OpenRequest &request)
{
    Location location;
    location.slug = request.slug;
    location.highlightTerms = request.highlightTerms;
    if (!request.sectionKind || !m_database)
        return navigateTo(location, true);

    // A hit in the text opens the section it was found in.
    const MonographView *view = m_ui->monographView;
    std::optional<MonographPage> loaded;
    if (!view->hasPage() || view->page().drug.slug != request.slug) {
        try {
            loaded = MonographPage::load(*m_database, request.slug);
        } catch (const StorageError &e) {
            reportUnreadableDatabase(e);
            return false;
        }
    }
    const MonographPage *page = loaded ? &*loaded : view->hasPage() ? &view->page() : nullptr;
    if (page && page->drug.slug == request.slug) {
        const int tab = page->tabForSection(*request.sectionKind, request.sectionHeading);
        if (tab >= 0)
            location.section = page->tabs.at(tab).position;
    }
    return navigateTo(location, true, loaded ? &*loaded : nullptr);
}

void MainWindow::onOpenRequested(const OpenRequest &request, bool fromKeyboard)
{
    if (open(request) && fromKeyboard)
        m_ui->monographView->browser()->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::navigateTo(const Location &location, bool record, const MonographPage *loaded)
{
    if (!m_database)
        return false;
    MonographView *view = m_ui->monographView;
    std::optional<MonographPage> page;
    const bool samePage = view->hasPage() && view->page().drug.slug == location.slug;
    if (!samePage && loaded && loaded->drug.slug == location.slug) {
        page = *loaded;
    } else if (!samePage) {
        try {
            page = MonographPage::load(*m_database, location.slug);
        } catch (const StorageError &e) {
            reportUnreadableDatabase(e);
            return false;
        }
        if (!page) {
            statusBar()->showMessage(tr("“%1” is not in this database.").arg(location.slug), 5000);
            return false;
        }
    }
    const MonographPage &shown = samePage ? view->page() : *page;
    // Without a section, a drug opens on the kind of section in view (the
    // reader moving from drug to drug on their dosage), else on its first
    // tab; the same drug stays where it is.
    int tab = location.section >= 0 ? shown.tabForPosition(location.section)
              : samePage            ? view->currentTab()
                                    : sameKindTab(shown);
    if (tab < 0)
        tab = 0;
    if (samePage)
        view->setCurrentTab(tab, location.highlightTerms);
    else
        view->showPage(*page, tab, location.highlightTerms);
    m_ui->contentStack->setCurrentWidget(view);
    if (location.scroll > 0)
        view->setScrollPosition(location.scroll);

    if (!samePage)
        m_recent.visit(location.slug);
    if (record) {
        Location here = location;
        here.section = view->currentSectionPosition();
        here.scroll = view->scrollPosition();
        here.search = m_ui->searchPanel->query();
        m_history.visit(here);
    }
    setWindowTitle(view->page().drug.title);
    if (!samePage)
        rebuildSectionMenu();
    updateActions();
    return true;
}

void MainWindow::onTabActivated(int)
{
    // History steps by drug: another section of the same drug is not a
    // step back, but the drug is returned to on the section last read.
    MonographView *view = m_ui->monographView;
    Location location;
    location.slug = view->page().drug.slug;
    location.section = view->currentSectionPosition();
    const Location *current = m_history.current();
    const bool sameDrug = current && current->slug == location.slug;
    location.search = sameDrug ? current->search : m_ui->searchPanel->query();
    if (sameDrug)
        m_history.updateCurrent(location);
    else
        m_history.visit(location);
}

void MainWindow::onScrolled(int value)
{
    // Keep the current place's scroll position, for Back and Forward. While a
    // tab is being switched the view already shows the new section, which
    // is not yet the current place, so the old place keeps its position.
    const MonographView *view = m_ui->monographView;
    const Location *current = m_history.current();
    if (!current || !view->hasPage() || current->slug != view->page().drug.slug
        || current->section != view->currentSectionPosition())
        return;
    Location updated = *current;
    updated.scroll = value;
    m_history.updateCurrent(updated);
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        returnTo(m_history.back());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        returnTo(m_history.forward());
}

// Back or forward: the drug, and the results of the search it was opened
// from, so that the next one is a click away as it was.
void MainWindow::returnTo(const Location &location)
{
    navigateTo(location, false);
    if (location.search != m_ui->searchPanel->query())
        m_ui->searchPanel->setQuery(location.search);
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuRecentDrugs;
    menu->clear();
    int shown = 0;
    for (const QString &slug : m_recent.slugs()) {
        std::optional<DrugRecord> drug;
        try {
            drug = m_database ? m_database->drugBySlug(slug) : std::nullopt;
        } catch (const StorageError &) {
            break; // told when the database is read for a page
        }
        if (!drug)
            continue; // not in this library
        // 1…9 and 0 choose the first ten from the keyboard.
        const QString number = shown < 10 ? QStringLiteral("&%1 ").arg((shown + 1) % 10) : QString();
        QAction *action = menu->addAction(number + QString(drug->title).replace(QLatin1Char('&'), QLatin1String("&&")));
        connect(action, &QAction::triggered, this, [this, slug] { navigateTo({slug, -1, 0, {}}, true); });
        ++shown;
    }
    if (shown == 0)
        menu->addAction(tr("No drugs opened yet"))->setEnabled(false);
}

int MainWindow::sameKindTab(const MonographPage &page) const
{
    const MonographView *view = m_ui->monographView;
    const bool reading = view->hasPage() && m_ui->contentStack->currentWidget() == view && view->currentTab() >= 0;
    if (!reading)
        return 0;
    const MonographPage::Tab &current = view->page().tabs.at(view->currentTab());
    return std::max(0, page.tabForKind(current.kind, current.ingredient));
}

void MainWindow::goToKind(SectionKind kind)
{
    MonographView *view = m_ui->monographView;
    if (!view->hasPage())
        return;
    const MonographPage &page = view->page();
    const int tab = page.tabForKind(kind, view->ingredientInView());
    if (tab < 0) {
        tell(tr("%1 has no %2 section.").arg(page.drug.title, sectionKindDisplayTitle(kind)), 5000);
        return;
    }
    view->setCurrentTab(tab);
    onTabActivated(tab);
}

void MainWindow::rebuildSectionMenu()
{
    const MonographView *view = m_ui->monographView;
    for (int i = 0; i < m_sectionActions.size(); ++i) {
        QAction *action = m_sectionActions.at(i);
        const bool present = view->hasPage() && i < view->tabCount();
        action->setVisible(present);
        action->setEnabled(present);
        if (present)
            action->setText(QStringLiteral("&%1 %2").arg(i + 1).arg(
                QString(view->page().tabs.at(i).title).replace(QLatin1Char('&'), QLatin1String("&&"))));
    }
}

void MainWindow::updateActions()
{
    Ui::MainWindow &ui = *m_ui;
    const bool hasPage = ui.monographView->hasPage() && ui.contentStack->currentWidget() == ui.monographView;
    for (QAction *action :
         {ui.actionPrintPreview, ui.actionPrintSection, ui.actionPrintMonograph, ui.actionExportSectionPdf,
          ui.actionExportMonographPdf, ui.actionFind, ui.actionFindNext, ui.actionFindPrevious}) {
        action->setEnabled(hasPage);
    }
    ui.actionNextSection->setEnabled(hasPage && ui.monographView->tabCount() > 1);
    for (QAction *action : std::as_const(m_kindActions))
        action->setEnabled(hasPage);
    ui.actionPreviousSection->setEnabled(hasPage && ui.monographView->tabCount() > 1);
    ui.actionBack->setEnabled(m_history.canGoBack());
    ui.actionForward->setEnabled(m_history.canGoForward());
    const bool libraryBusy = m_import->isRunning() || (m_sources && m_sources->isRemoving());
    ui.actionImportFolder->setEnabled(!libraryBusy);
    ui.actionRestorePrevious->setEnabled(
        !libraryBusy && QFileInfo::exists(Importer::previousDatabasePath(m_options.importDatabasePath)));
    if (m_sources)
        m_sources->setLibraryBusy(m_import->isRunning());
    ui.welcomeImportButton->setEnabled(!m_import->isRunning());
    updateCompareAction();
}

void MainWindow::updateCompareAction()
{
    const qsizetype selected = m_ui->searchPanel->selectedSlugs().size();
    m_ui->actionCompare->setEnabled(m_database && selected >= kMinCompared && selected <= kMaxCompared);
    if (selected > kMaxCompared)
        statusBar()->showMessage(tr("%1 drugs are selected: Compare shows %2 at most.").arg(selected).arg(kMaxCompared),
                                 5000);
}

void MainWindow::compareDrugs(const QStringList &slugs)
{
    QStringList unique;
    for (const QString &slug : slugs) {
        if (!unique.contains(slug))
            unique.append(slug);
    }
    if (!m_database)
        return;
    if (unique.size() < kMinCompared || unique.size() > kMaxCompared) {
        statusBar()->showMessage(tr("Select %1 to %2 drugs to compare them.").arg(kMinCompared).arg(kMaxCompared),
                                 5000);
        return;
    }
    DrugComparison comparison;
    try {
        comparison = loadDrugComparison(*m_database, unique);
    } catch (const StorageError &e) {
        reportUnreadableDatabase(e);
        return;
    }
    if (comparison.pages.size() < kMinCompared) {
        statusBar()->showMessage(tr("These drugs are not in this database."), 5000);
        return;
    }
    // Beside the browser, not over it: a student reads one page and the comparison in turn.
    auto *dialog = new CompareDialog(comparison, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::setZoom(int percent)
{
    m_zoomPercent = std::clamp(percent, 50, 300);
    m_ui->monographView->setZoomPercent(m_zoomPercent);
    statusBar()->showMessage(tr("Zoom %1%").arg(m_zoomPercent), 1500);
    QSettings().setValue(key::zoom, m_zoomPercent);
}

void MainWindow::copy()
{
    if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
        edit->copy();
    else
        m_ui->monographView->browser()->copy();
}

void MainWindow::selectAll()
{
    if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
        edit->selectAll();
    else
        m_ui->monographView->browser()->selectAll();
}

void MainWindow::chooseImportFolder()
{
    QSettings settings;
    const QString start = settings.value(key::importFolder, QDir::homePath()).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Drug Pages"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(key::importFolder, folder);
    importFolder(folder);
}

void MainWindow::importFolder(const QString &folder)
{
    if (m_import->isRunning() || (m_sources && m_sources->isRemoving()))
        return;
    Importer::Options options;
    options.sourceDir = folder;
    options.databasePath = m_options.importDatabasePath;
    // A library is never replaced by accident: what the import does to it
    // is asked first, with the counts, when it adds a folder or takes many
    // drugs away.
    const ImportQuestion question = ImportQuestion::about(Importer::preview(options), folder, this);
    if (!question.box) {
        m_import->start(folder, m_options.importDatabasePath);
        updateActions();
        return;
    }
    connect(question.box, &QMessageBox::finished, this, [this, question, folder] {
        if (question.proceed && question.box->clickedButton() == question.proceed && !m_import->isRunning()) {
            m_import->start(folder, m_options.importDatabasePath);
            updateActions();
        }
    });
    question.box->open();
}

SourcesDialog *MainWindow::showSources()
{
    if (!m_sources) {
        m_sources = new SourcesDialog(m_options.importDatabasePath, this);
        connect(m_sources, &SourcesDialog::addRequested, this, &MainWindow::chooseImportFolder);
        connect(m_sources, &SourcesDialog::refreshRequested, this, &MainWindow::importFolder);
        connect(m_sources, &SourcesDialog::libraryChanged, this, [this](const QString &message) {
            reopenLibrary();
            tell(message, 8000);
        });
    }
    updateSources();
    updateActions();
    m_sources->show();
    m_sources->raise();
    m_sources->activateWindow();
    return m_sources;
}

void MainWindow::updateSources()
{
    if (!m_sources)
        return;
    // Only the user's own library has sources to change; the shipped one
    // is read-only and listed empty until a first import.
    QList<SourceRecord> sources;
    int drugs = 0;
    if (m_database && QFileInfo(m_database->path()) == QFileInfo(m_options.importDatabasePath)) {
        try {
            sources = m_database->sources();
            drugs = m_database->drugCount();
        } catch (const StorageError &e) {
            reportUnreadableDatabase(e);
        }
    }
    m_sources->setSources(sources, drugs);
}

void MainWindow::restorePreviousLibrary()
{
    QString error;
    if (m_import->isRunning() || (m_sources && m_sources->isRemoving())
        || !Importer::restorePrevious(m_options.importDatabasePath, &error)) {
        plainMessageBox(QMessageBox::Warning, tr("Restore Previous Library"), error, this)->open();
        return;
    }
    reopenLibrary();
    tell(tr("Restored the previous library: %1 drugs. Restore again to undo.")
             .arg(m_database ? m_database->drugCount() : 0),
         8000);
}

void MainWindow::reopenLibrary()
{
    const QString slug = m_ui->monographView->hasPage() ? m_ui->monographView->page().drug.slug : QString();
    const int section = m_ui->monographView->currentSectionPosition();
    m_options.databasePath = m_options.importDatabasePath;
    openDatabase(m_options.databasePath);
    m_history.clear();
    m_ui->monographView->clear(); // shown from the old file: read it again
    if (slug.isEmpty() || !navigateTo({slug, section, 0, {}}, true))
        showWelcome();
    updateSources();
    updateActions();
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    updateActions();
    if (report.cancelled) {
        tell(tr("Import cancelled; the database was left as it was."), 8000);
        return;
    }
    if (!report.error.isEmpty()) {
        plainMessageBox(QMessageBox::Warning, tr("Import Failed"), report.summary(), this)->open();
        return;
    }
    // The importer renamed the new database into place; read it.
    reopenLibrary();

    tell(tr("Import finished: %1").arg(report.summary().section(QLatin1Char('\n'), 0, 0)), 8000);
    auto *dialog = new ImportReportDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportPdf(bool wholeMonograph)
{
    const auto scope = wholeMonograph ? monographprinter::Scope::Monograph : monographprinter::Scope::Section;
    const MonographView &view = *m_ui->monographView;
    if (!view.hasPage())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, wholeMonograph ? tr("Export Monograph to PDF") : tr("Export Section to PDF"),
        QDir(folder).filePath(monographprinter::suggestedFileName(view, scope)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (monographprinter::exportPdf(view, scope, path, &error))
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        plainMessageBox(QMessageBox::Warning, tr("Export to PDF"), error, this)->open();
}

void MainWindow::showSearchTips()
{
    const QString tips =
        tr("Type any part of a drug's name: the results follow as you type, and a misspelt name offers "
           "“did you mean”. Up and Down choose a result, Enter opens it, Esc clears the field.\n\n"
           "Add what you want to know to a drug's name — “clonazepam dose”, “cefuroxime side effects”, "
           "“oxybutynin pregnancy” — and the drug comes first, opened on that section.\n\n"
           "Every word must be found, in any of its forms: “dose” also finds “dosage” and “dosing”. Pages that "
           "have the words as typed come first.\n\n"
           "A side effect (“drowsiness”, “hair loss”) lists first the drugs whose Side Effects list it, under any "
           "of its names; Ctrl+Shift+E shows it across all drugs.\n\n"
           "A filter word limits the search to one kind of section, e.g. “side:rash” or “faqs: alcohol”:\n\n%1")
            .arg(SearchQuery::filterHelp());
    plainMessageBox(QMessageBox::Information, tr("Search Tips"), tips, this)->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Formulary"),
        tr("<p><b>Formulary</b> %1</p><p>A drug-information browser for folders of Markdown drug pages.</p>"
           "<p>The pages are shown as written. They are not medical advice.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(key::geometry).toByteArray());
    restoreState(settings.value(key::state).toByteArray());
    m_ui->splitter->restoreState(settings.value(key::splitter).toByteArray());
    m_zoomPercent = std::clamp(settings.value(key::zoom, 100).toInt(), 50, 300);
    m_ui->monographView->setZoomPercent(m_zoomPercent);

    const QString slug = settings.value(key::lastDrug).toString();
    if (!m_options.restoreSession || slug.isEmpty())
        return showWelcome();
    if (!navigateTo({slug, settings.value(key::lastSection, -1).toInt(), 0, {}}, true)) {
        // Not tried again at the next start: a drug that cannot be shown
        // must not stand between the user and the window.
        settings.remove(key::lastDrug);
        settings.remove(key::lastSection);
        showWelcome();
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(key::geometry, saveGeometry());
    settings.setValue(key::state, saveState());
    settings.setValue(key::splitter, m_ui->splitter->saveState());
    settings.setValue(key::zoom, m_zoomPercent);
    const MonographView *view = m_ui->monographView;
    if (view->hasPage()) {
        settings.setValue(key::lastDrug, view->page().drug.slug);
        settings.setValue(key::lastSection, view->currentSectionPosition());
    } else {
        settings.remove(key::lastDrug);
        settings.remove(key::lastSection);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        // Stop the import; the database it was writing is discarded.
        if (QProgressDialog *dialog = m_import->progressDialog())
            dialog->cancel();
    }
    saveSettings();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == this
            && (mouse->button() == Qt::BackButton || mouse->button() == Qt::ForwardButton)) {
            if (mouse->button() == Qt::BackButton)
                goBack();
            else
                goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace formulary
