#include "app/bookmarkspanel.h"

#include "app/bookmarkfiltermodel.h"
#include "app/clearbuttonnames.h"
#include "app/plaintext.h"
#include "study/bookmarkmodel.h"

#include "ui_bookmarkspanel.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSettings>

#include <cmath>

namespace formulary {
namespace {

const QString kGroupingKey = QStringLiteral("bookmarks/grouping");
constexpr int kAnswerLines = 6;

} // namespace

BookmarksPanel::BookmarksPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BookmarksPanel>())
    , m_filter(new BookmarkFilterModel(this))
{
    m_ui->setupUi(this);
    nameClearButtons(this);
    QTreeView *view = m_ui->bookmarksView;
    view->setModel(m_filter);
    view->setItemDelegate(new PlainToolTipDelegate(view));
    view->header()->setStretchLastSection(false);
    view->header()->setSortIndicatorShown(true);

    m_removeAction = new QAction(tr("&Remove"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setToolTip(tr("Remove the selected bookmarks (Delete); Ctrl+Z brings them back"));
    view->addAction(m_removeAction);
    m_ui->removeButton->setDefaultAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            emit removeRequested(ids);
    });

    m_ui->messageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->detailDrug->setForegroundRole(QPalette::PlaceholderText);
    m_ui->detailMissing->setForegroundRole(QPalette::PlaceholderText);
    QFont question = m_ui->detailQuestion->font();
    question.setWeight(QFont::DemiBold);
    m_ui->detailQuestion->setFont(question);
    m_ui->detailAnswer->viewport()->setBackgroundRole(QPalette::Window);
    m_ui->detailAnswer->document()->setDocumentMargin(0);
    m_ui->detailAnswer->setOpenLinks(false);
    // As tall as the answer, up to a few lines; longer ones scroll.
    connect(m_ui->detailAnswer->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this](const QSizeF &size) {
                const int most = kAnswerLines * fontMetrics().lineSpacing();
                m_ui->detailAnswer->setFixedHeight(std::min(most, int(std::ceil(size.height())) + 2));
            });

    m_ui->filterField->installEventFilter(this);
    connect(m_ui->filterField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        expandDrugs();
        updateState();
    });
    connect(m_ui->groupingBox, &QComboBox::activated, this, &BookmarksPanel::onGroupingChanged);
    connect(view, &QTreeView::activated, this, &BookmarksPanel::openIndex);
    connect(m_ui->noteField, &QLineEdit::editingFinished, this, &BookmarksPanel::saveNote);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BookmarksPanel::expandDrugs);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_ui->bookmarksView->expand(m_filter->index(row, 0));
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BookmarksPanel::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &BookmarksPanel::updateState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &BookmarksPanel::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &BookmarksPanel::updateState);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &BookmarksPanel::showDetails);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BookmarksPanel::showDetails);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BookmarksPanel::updateState);
    updateState();
}

BookmarksPanel::~BookmarksPanel() = default;

QSize BookmarksPanel::sizeHint() const
{
    // Room for a question and its date beside the monograph.
    return {fontMetrics().averageCharWidth() * 60, QWidget::sizeHint().height()};
}

void BookmarksPanel::setModel(BookmarkModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_filter->setSourceModel(model);
    if (model) {
        // The columns exist now.
        QHeaderView *header = m_ui->bookmarksView->header();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(BookmarkModel::QuestionColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(BookmarkModel::AddedColumn, QHeaderView::ResizeToContents);
        header->resizeSection(BookmarkModel::DrugColumn, 8 * fontMetrics().averageCharWidth() * 2);
        // The note is shown and edited below the list, where it has room.
        m_ui->bookmarksView->setColumnHidden(BookmarkModel::NoteColumn, true);
        m_ui->bookmarksView->sortByColumn(BookmarkModel::AddedColumn, Qt::AscendingOrder);
        const bool flat = QSettings().value(kGroupingKey).toString() == QLatin1String("date");
        m_ui->groupingBox->setCurrentIndex(flat ? 1 : 0);
        onGroupingChanged(m_ui->groupingBox->currentIndex());
        connect(model, &BookmarkModel::bookmarksChanged, this, &BookmarksPanel::updateState);
    }
    expandDrugs();
    updateState();
}

void BookmarksPanel::setUnavailable(const QString &message)
{
    m_unavailable = message;
    updateState();
}

void BookmarksPanel::setStudyAction(QAction *action)
{
    m_ui->studyButton->setDefaultAction(action);
}

void BookmarksPanel::onGroupingChanged(int choice)
{
    if (!m_model)
        return;
    const bool flat = choice == 1;
    const qint64 current = currentId();
    m_model->setGrouping(flat ? BookmarkModel::Grouping::Flat : BookmarkModel::Grouping::ByDrug);
    QTreeView *view = m_ui->bookmarksView;
    view->setRootIsDecorated(!flat);
    // Under its drug a bookmark needs no drug column.
    view->setColumnHidden(BookmarkModel::DrugColumn, !flat);
    if (flat && view->header()->sortIndicatorSection() == BookmarkModel::QuestionColumn)
        view->sortByColumn(BookmarkModel::AddedColumn, Qt::AscendingOrder);
    QSettings().setValue(kGroupingKey, flat ? QStringLiteral("date") : QStringLiteral("drug"));
    expandDrugs();
    if (current)
        selectBookmark(current);
}

QList<qint64> BookmarksPanel::selectedIds() const
{
    QList<qint64> ids;
    const auto add = [&ids](qint64 id) {
        if (id && !ids.contains(id))
            ids.append(id);
    };
    for (const QModelIndex &index : m_ui->bookmarksView->selectionModel()->selectedRows()) {
        if (index.data(BookmarkModel::IsDrugRole).toBool()) {
            for (int row = 0; row < m_filter->rowCount(index); ++row)
                add(m_filter->index(row, 0, index).data(BookmarkModel::BookmarkIdRole).toLongLong());
        } else {
            add(index.data(BookmarkModel::BookmarkIdRole).toLongLong());
        }
    }
    return ids;
}

qint64 BookmarksPanel::currentId() const
{
    return m_ui->bookmarksView->currentIndex().data(BookmarkModel::BookmarkIdRole).toLongLong();
}

void BookmarksPanel::selectBookmark(qint64 id)
{
    if (!m_model)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return;
    m_ui->bookmarksView->setCurrentIndex(index);
    m_ui->bookmarksView->scrollTo(index);
}

void BookmarksPanel::focusList()
{
    QTreeView *view = m_ui->bookmarksView;
    view->setFocus(Qt::ShortcutFocusReason);
    if (!view->currentIndex().isValid() && m_filter->rowCount() > 0) {
        QModelIndex first = m_filter->index(0, 0);
        if (m_filter->rowCount(first) > 0)
            first = m_filter->index(0, 0, first);
        view->setCurrentIndex(first);
    }
}

QTreeView *BookmarksPanel::view() const
{
    return m_ui->bookmarksView;
}

QLineEdit *BookmarksPanel::filterField() const
{
    return m_ui->filterField;
}

QLineEdit *BookmarksPanel::noteField() const
{
    return m_ui->noteField;
}

QComboBox *BookmarksPanel::groupingBox() const
{
    return m_ui->groupingBox;
}

void BookmarksPanel::openIndex(const QModelIndex &index)
{
    if (index.isValid())
        emit openRequested(index.data(BookmarkModel::BookmarkIdRole).toLongLong(),
                           index.data(BookmarkModel::DrugSlugRole).toString());
}

void BookmarksPanel::showDetails()
{
    const QModelIndex index = m_ui->bookmarksView->currentIndex().siblingAtColumn(0);
    const bool isBookmark = index.isValid() && !index.data(BookmarkModel::IsDrugRole).toBool();
    const qint64 shown = isBookmark ? index.data(BookmarkModel::BookmarkIdRole).toLongLong() : 0;
    if (shown != m_shownId)
        saveNote(); // what was typed for the one shown before
    const qint64 previous = m_shownId;
    m_shownId = shown;
    m_ui->details->setVisible(isBookmark);
    if (!isBookmark)
        return;
    m_ui->detailDrug->setText(index.data(BookmarkModel::DrugTitleRole).toString());
    m_ui->detailQuestion->setText(index.data(BookmarkModel::QuestionRole).toString());
    const bool missing = index.data(BookmarkModel::MissingRole).toBool();
    m_ui->detailMissing->setText(tr("No longer on the drug's page; this is its last known text."));
    m_ui->detailMissing->setVisible(missing);
    const QString answer = index.data(BookmarkModel::AnswerRole).toString();
    if (m_ui->detailAnswer->toPlainText() != answer)
        m_ui->detailAnswer->setPlainText(answer);
    const QString note = index.data(BookmarkModel::NoteRole).toString();
    // Another bookmark's note replaces what is there; this one's own only
    // when it is not being typed.
    if (m_shownId != previous || !m_ui->noteField->hasFocus()) {
        m_ui->noteField->setText(note);
        m_ui->noteField->setCursorPosition(0); // a long note shows its beginning
    }
    m_ui->noteField->setEnabled(m_model && m_model->isAvailable());
}

void BookmarksPanel::saveNote()
{
    if (!m_model || !m_shownId)
        return;
    const std::optional<Bookmark> bookmark = m_model->bookmark(m_shownId);
    const QString note = m_ui->noteField->text().trimmed();
    if (bookmark && bookmark->note != note)
        m_model->setNote(m_shownId, note);
}

void BookmarksPanel::expandDrugs()
{
    if (m_model && m_model->grouping() == BookmarkModel::Grouping::ByDrug)
        m_ui->bookmarksView->expandAll();
}

void BookmarksPanel::updateState()
{
    const bool available = m_unavailable.isEmpty() && m_model && m_model->isAvailable();
    const bool empty = !m_model || m_model->rowCount() == 0;
    QString message;
    if (!m_unavailable.isEmpty())
        message = m_unavailable;
    else if (empty)
        message = tr(
            "No bookmarks yet. In a drug's FAQs, click the star before a question, or press Ctrl+D, to keep it here.");
    else if (m_filter->rowCount() == 0)
        message = tr("No bookmark matches “%1”.").arg(m_filter->filterText());
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    m_ui->bookmarksView->setVisible(available && !empty);
    m_ui->filterField->setEnabled(available && !empty);
    m_ui->groupingBox->setEnabled(available);
    m_removeAction->setEnabled(available && !selectedIds().isEmpty());
    if (!available || empty)
        m_ui->details->hide();
    else
        showDetails();
}

bool BookmarksPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->filterField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            focusList();
            return true;
        }
        if (key == Qt::Key_Escape && !m_ui->filterField->text().isEmpty()) {
            m_ui->filterField->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace formulary
