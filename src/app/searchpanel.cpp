#include "app/searchpanel.h"

#include "app/announcement.h"
#include "app/clearbuttonnames.h"
#include "app/plaintext.h"
#include "app/resultdelegate.h"
#include "search/druglistmodel.h"
#include "search/searchresultsmodel.h"
#include "store/contentdatabase.h"

#include "ui_searchpanel.h"

#include <QAction>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QTextDocumentFragment>

#include <algorithm>

namespace formulary {
namespace {

QString countText(int count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(QLocale().toString(count));
}

// Results as a screen reader should say them: "did you mean" as such, and
// where in the text a hit is.
class PresentedResults : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::AccessibleTextRole)
            return QIdentityProxyModel::data(index, role);
        QString name = index.data(SearchResultsModel::NameRole).toString();
        if (const QString twin = index.data(SearchResultsModel::TwinSourceRole).toString(); !twin.isEmpty())
            name = SearchPanel::tr("%1, from %2").arg(name, twin); // another result has its name
        if (index.data(SearchResultsModel::IsSuggestionRole).toBool())
            return SearchPanel::tr("Did you mean %1?").arg(name);
        const QString heading = index.data(SearchResultsModel::SectionHeadingRole).toString();
        const QString snippet =
            QTextDocumentFragment::fromHtml(index.data(SearchResultsModel::SnippetRole).toString()).toPlainText();
        if (heading.isEmpty())
            return snippet.isEmpty() ? name : name + QStringLiteral(", ") + snippet;
        // "Clonazepam, Side Effects: …may cause drowsiness…"
        return SearchPanel::tr("%1, %2: %3").arg(name, heading, snippet);
    }
};

// The words a hit's snippet marks, to highlight in the section it opens.
QStringList markedWords(const SearchResult &result)
{
    QStringList words;
    for (const auto &mark : result.snippet.marks) {
        const QString word = result.snippet.text.mid(mark.first, mark.second);
        if (!word.isEmpty() && !words.contains(word, Qt::CaseInsensitive))
            words.append(word);
    }
    return words;
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SearchPanel>())
    , m_drugs(new DrugListModel(this))
    , m_presented(new PresentedResults(this))
    , m_resultDelegate(new ResultDelegate(this))
    , m_plainDelegate(new PlainToolTipDelegate(this))
{
    m_ui->setupUi(this);
    nameClearButtons(this);
    m_ui->resultsStatus->setForegroundRole(QPalette::PlaceholderText);
    m_ui->resultsStatus->setTextFormat(Qt::RichText);
    connect(m_ui->resultsStatus, &QLabel::linkActivated, this, [this] { emit sideEffectRequested(sideEffectTerm()); });
    m_ui->searchField->setToolTip(tr("A drug's name, or words from its monograph.\n"
                                     "Words in \"quotes\" are found side by side, as typed.\n"
                                     "A filter word such as side: or faqs: searches one kind of section only."));
    showModel(m_drugs);

    m_ui->searchField->installEventFilter(this);
    connect(m_ui->searchField, &QLineEdit::textChanged, this, &SearchPanel::onQueryChanged);
    m_ui->resultsView->viewport()->installEventFilter(this);
    m_ui->resultsView->installEventFilter(this);
    connect(m_ui->resultsView, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!m_clickSelects)
            openIndex(index, false);
    });
    connect(m_ui->resultsView, &QListView::activated, this, [this](const QModelIndex &index) {
        if (!m_clickSelects)
            openIndex(index, true);
    });
    connect(m_drugs, &QAbstractItemModel::modelReset, this, &SearchPanel::updateStatus);
    // A reset clears the selection without saying so.
    connect(m_drugs, &QAbstractItemModel::modelReset, this, &SearchPanel::selectionChanged);
    connect(m_presented, &QAbstractItemModel::modelReset, this, &SearchPanel::selectionChanged);
    connect(m_drugs, &DrugListModel::readFailed, this, [this](const QString &message) {
        m_ui->resultsStatus->setText(
            tr("The list stops here: the drug database cannot be read (%1)").arg(message).toHtmlEscaped());
    });
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setDatabase(const ContentDatabase *database)
{
    m_database = database;
    m_drugs->setDatabase(database);
    updateStatus();
}

void SearchPanel::setSearchService(SearchService *service)
{
    delete m_results;
    m_results = service ? new SearchResultsModel(service, this) : nullptr;
    m_presented->setSourceModel(m_results);
    if (m_results)
        connect(m_results, &SearchResultsModel::searchFinished, this, &SearchPanel::onSearchFinished);
    refresh();
}

void SearchPanel::refresh()
{
    onQueryChanged(query());
}

void SearchPanel::setNavigationActions(QAction *back, QAction *forward)
{
    m_ui->backButton->setDefaultAction(back);
    m_ui->forwardButton->setDefaultAction(forward);
}

void SearchPanel::focusSearch()
{
    m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchField->selectAll();
}

QString SearchPanel::query() const
{
    return m_ui->searchField->text();
}

void SearchPanel::setQuery(const QString &query)
{
    m_ui->searchField->setText(query);
}

QLineEdit *SearchPanel::searchField() const
{
    return m_ui->searchField;
}

QListView *SearchPanel::resultsView() const
{
    return m_ui->resultsView;
}

bool SearchPanel::showsResults() const
{
    return m_ui->resultsView->model() == m_presented;
}

void SearchPanel::showModel(QAbstractItemModel *model)
{
    QListView *view = m_ui->resultsView;
    if (view->model() == model)
        return;
    QItemSelectionModel *old = view->selectionModel();
    const bool results = model == m_presented;
    // Results have rows of different heights; the list of every drug can be
    // long, and uniform rows keep it fast.
    view->setUniformItemSizes(!results);
    view->setItemDelegate(results ? static_cast<QStyledItemDelegate *>(m_resultDelegate) : m_plainDelegate);
    view->setModel(model);
    delete old;
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SearchPanel::selectionChanged);
    emit selectionChanged();
}

void SearchPanel::onQueryChanged(const QString &text)
{
    m_openWhenFinished = false;
    m_searchError.clear();
    if (text.trimmed().isEmpty() || !m_results) {
        if (m_results)
            m_results->setQuery(QString());
        showModel(m_drugs);
        m_ui->resultsView->scrollToTop();
    } else {
        // The rows of the previous query stay until this one's arrive.
        m_results->setQuery(text);
        showModel(m_presented);
    }
    updateStatus();
}

void SearchPanel::onSearchFinished(int, const QString &error)
{
    m_searchError = error;
    selectFirst(false);
    m_ui->resultsView->scrollToTop();
    updateStatus();
    if (m_openWhenFinished) {
        m_openWhenFinished = false;
        if (!m_ui->resultsView->currentIndex().isValid())
            selectFirst(true); // shown, not opened: a suggestion is never opened unasked
        else
            openIndex(m_ui->resultsView->currentIndex(), true);
    }
}

void SearchPanel::selectFirst(bool includeSuggestions)
{
    QAbstractItemModel *model = m_ui->resultsView->model();
    QModelIndex first;
    for (int row = 0; row < model->rowCount() && !first.isValid(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (includeSuggestions || !index.data(SearchResultsModel::IsSuggestionRole).toBool() || !showsResults())
            first = index;
    }
    if (first.isValid())
        m_ui->resultsView->setCurrentIndex(first);
    else
        m_ui->resultsView->selectionModel()->clear();
}

void SearchPanel::updateStatus()
{
    QString status;
    if (!m_database && !showsResults()) {
        status = tr("No database");
    } else if (!showsResults()) {
        status = countText(m_database->drugCount(), tr("1 drug"), tr("%1 drugs"));
    } else if (!m_searchError.isEmpty()) {
        status = tr("Search failed: %1").arg(m_searchError);
    } else if (m_results->isSearching()) {
        status = tr("Searching…");
    } else if (m_results->totalCount() == 0 || onlySuggestions()) {
        status = tr("No matches");
    } else {
        status = countText(m_results->totalCount(), tr("1 result"), tr("%1 results"));
    }
    QString html = status.toHtmlEscaped();
    // A side effect: its drugs are one step away, in the browser made for them.
    if (!sideEffectTerm().isEmpty() && !m_results->isSearching())
        html += QStringLiteral(" · <a href=\"side-effect\">%1</a>")
                    .arg(tr("“%1” across drugs (Ctrl+Shift+E)").arg(sideEffectTerm()).toHtmlEscaped());
    m_ui->resultsStatus->setText(html);
    if (!showsResults() || !m_results->isSearching())
        announce(m_ui->resultsStatus, status);
}

QString SearchPanel::sideEffectTerm() const
{
    return showsResults() ? m_results->sideEffectTerm() : QString();
}

bool SearchPanel::onlySuggestions() const
{
    if (m_results->rowCount() < m_results->totalCount())
        return false;
    for (int row = 0; row < m_results->rowCount(); ++row) {
        if (m_results->result(row).match != MatchKind::Suggestion)
            return false;
    }
    return true;
}

QString SearchPanel::slugAt(const QModelIndex &index) const
{
    if (showsResults())
        return m_results->result(m_presented->mapToSource(index).row()).slug;
    return index.data(DrugListModel::SlugRole).toString();
}

QStringList SearchPanel::selectedSlugs() const
{
    const QItemSelectionModel *selection = m_ui->resultsView->selectionModel();
    if (!selection)
        return {};
    QModelIndexList rows = selection->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList slugs;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString slug = slugAt(index);
        if (!slug.isEmpty() && !slugs.contains(slug))
            slugs.append(slug);
    }
    return slugs;
}

void SearchPanel::openIndex(const QModelIndex &index, bool fromKeyboard)
{
    if (!index.isValid())
        return;
    OpenRequest request;
    if (showsResults()) {
        const SearchResult &result = m_results->result(m_presented->mapToSource(index).row());
        request.slug = result.slug;
        if (result.sectionKind) { // a match in the text, or the section a query asked for
            request.sectionKind = result.sectionKind;
            request.sectionHeading = result.sectionHeading;
            request.highlightTerms = markedWords(result);
        }
    } else {
        request.slug = index.data(DrugListModel::SlugRole).toString();
    }
    emit openRequested(request, fromKeyboard);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->resultsView->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto modifiers = static_cast<QMouseEvent *>(event)->modifiers();
        m_clickSelects = modifiers & (Qt::ControlModifier | Qt::ShiftModifier);
    } else if (event->type() == QEvent::KeyPress) {
        m_clickSelects = false; // Enter opens the current row again
    }
    if (watched != m_ui->searchField || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    QListView *view = m_ui->resultsView;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        // With Shift they extend the selection in the list: a one-line field has nothing above or below.
        if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            break;
        if (!view->currentIndex().isValid()) {
            selectFirst(true);
            return true;
        }
        QCoreApplication::sendEvent(view, event);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (showsResults() && m_results->isSearching())
            m_openWhenFinished = true; // open this query's first result, not the last one's
        else if (!view->currentIndex().isValid())
            selectFirst(true);
        else
            openIndex(view->currentIndex(), true);
        return true;
    case Qt::Key_Escape:
        if (!m_ui->searchField->text().isEmpty()) {
            m_ui->searchField->clear();
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace formulary
