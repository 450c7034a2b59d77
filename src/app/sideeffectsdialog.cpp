#include "app/sideeffectsdialog.h"

#include "app/clearbuttonnames.h"
#include "parse/sectionkind.h"
#include "parse/sideeffectterm.h"
#include "parse/textfold.h"
#include "store/contentdatabase.h"
#include "study/sideeffectindex.h"
#include "study/sideeffectlistingmodel.h"
#include "study/sideeffecttermmodel.h"

#include "ui_sideeffectsdialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace formulary {

SideEffectsDialog::SideEffectsDialog(const ContentDatabase *content, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SideEffectsDialog>())
    , m_terms(new SideEffectTermModel(this))
    , m_listings(new SideEffectListingModel(this))
    , m_termProxy(new QSortFilterProxyModel(this))
    , m_listingProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    nameClearButtons(this);
    m_termProxy->setSourceModel(m_terms);
    m_termProxy->setSortRole(SideEffectTermModel::SortRole);
    m_termProxy->setFilterRole(SideEffectTermModel::FilterTextRole);
    m_termProxy->setFilterKeyColumn(SideEffectTermModel::TermColumn);
    m_ui->termView->setModel(m_termProxy);
    m_ui->termView->sortByColumn(SideEffectTermModel::DrugsColumn, Qt::DescendingOrder);
    m_ui->termView->horizontalHeader()->setSectionResizeMode(SideEffectTermModel::TermColumn, QHeaderView::Stretch);
    for (int column = SideEffectTermModel::DrugsColumn; column < SideEffectTermModel::ColumnCount; ++column)
        m_ui->termView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The counts fitted to the rows in view, not to a thousand rows each
    // time the list changes (most of the time a list of thousands took).
    m_ui->termView->horizontalHeader()->setResizeContentsPrecision(0);

    m_listingProxy->setSourceModel(m_listings);
    m_listingProxy->setSortRole(SideEffectListingModel::SortRole);
    m_listingProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_listingProxy->setFilterRole(SideEffectListingModel::FrequencyRole);
    m_listingProxy->setFilterKeyColumn(SideEffectListingModel::DrugColumn);
    m_ui->listingView->setModel(m_listingProxy);
    // The listings come in drug order: shown as they come until a header is
    // clicked, so a term of thousands of drugs is not sorted again; columns
    // fit what is in view, not every row.
    m_ui->listingView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->listingView->horizontalHeader()->setResizeContentsPrecision(0);
    m_listingProxy->sort(-1);
    connect(m_ui->listingView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &SideEffectsDialog::fetchAllListings);
    m_ui->listingView->horizontalHeader()->setSectionResizeMode(SideEffectListingModel::TextColumn,
                                                                QHeaderView::Stretch);

    m_ui->frequencyBox->addItem(tr("Any"), QString());
    for (const SideEffectFrequency frequency :
         {SideEffectFrequency::Common, SideEffectFrequency::LessCommon, SideEffectFrequency::Rare,
          SideEffectFrequency::Serious, SideEffectFrequency::Unspecified})
        m_ui->frequencyBox->addItem(SideEffectListingModel::frequencyLabel(frequency),
                                    sideEffectFrequencyName(frequency));

    connect(m_ui->termFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_termProxy->setFilterFixedString(foldForMatching(text));
        updateTermCount();
    });
    connect(m_ui->termView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SideEffectsDialog::onTermChanged);
    connect(m_ui->frequencyBox, &QComboBox::currentIndexChanged, this, &SideEffectsDialog::onFrequencyChanged);
    connect(m_ui->listingView, &QAbstractItemView::activated, this, &SideEffectsDialog::openCurrentListing);
    m_ui->compareButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)); // as in the window
    m_ui->compareButton->setEnabled(false);
    connect(m_ui->listingView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qsizetype drugs = selectedSlugs().size();
        m_ui->compareButton->setEnabled(drugs >= 2 && drugs <= 4);
    });
    connect(m_ui->compareButton, &QPushButton::clicked, this, [this] { emit compareRequested(selectedSlugs()); });
    for (QObject *watched : {static_cast<QObject *>(m_ui->termFilter), static_cast<QObject *>(m_ui->termView),
                             static_cast<QObject *>(m_ui->listingView)})
        watched->installEventFilter(this);

    setDatabase(content);
}

SideEffectsDialog::~SideEffectsDialog() = default;

void SideEffectsDialog::setDatabase(const ContentDatabase *content)
{
    m_content = content;
    m_listings->setListings({});
    QList<SideEffectTermRecord> terms;
    QString problem;
    if (content) {
        try {
            terms = content->sideEffectTerms();
        } catch (const StorageError &e) {
            problem = e.text();
        }
    }
    m_terms->setTerms(terms);
    m_ui->termHeading->setText(problem.isEmpty() ? tr("Choose a side effect to see the drugs that list it.") : problem);
    updateTermCount();
}

bool SideEffectsDialog::showTerm(const QString &text)
{
    if (!m_content)
        return false;
    int row = -1;
    try {
        // A term or another name of one at once; a beginning needs every term.
        if (const auto term = m_content->sideEffectTerm(sideEffectTermKey(text))) {
            row = m_terms->rowOf(term->key);
        } else {
            const SideEffectIndex index = SideEffectIndex::load(*m_content);
            const SideEffectIndex::Match match = index.find(text);
            if (match.term >= 0)
                row = m_terms->rowOf(index.terms().at(match.term).key);
        }
    } catch (const StorageError &e) {
        m_ui->termHeading->setText(e.text());
        return false;
    }
    if (row < 0)
        return false;
    m_ui->termFilter->clear();
    const QModelIndex shown = m_termProxy->mapFromSource(m_terms->index(row, SideEffectTermModel::TermColumn));
    m_ui->termView->setCurrentIndex(shown);
    m_ui->termView->scrollTo(shown);
    return true;
}

void SideEffectsDialog::onTermChanged()
{
    const QModelIndex current = m_ui->termView->currentIndex();
    if (!current.isValid() || !m_content) {
        m_listings->setListings({});
        return;
    }
    const QModelIndex source = m_termProxy->mapToSource(current);
    const SideEffectTermRecord &term = m_terms->term(source.row());
    try {
        const ContentDatabase *content = m_content;
        const QString key = term.key;
        // Read as the view scrolls, outside this try: a failure says so and
        // ends the list.
        m_listings->setFetch([this, content, key](int offset, int count) {
            try {
                return content->sideEffectListings(key, offset, count);
            } catch (const StorageError &e) {
                m_ui->termHeading->setText(e.text());
                return QList<SideEffectListing>();
            }
        });
        // A filter or a sort is over every listing, not the ones read so far.
        if (!m_ui->frequencyBox->currentData().toString().isEmpty() || m_listingProxy->sortColumn() >= 0)
            m_listings->fetchAll();
    } catch (const StorageError &e) {
        m_listings->setListings({});
        m_ui->termHeading->setText(e.text());
        return;
    }
    QString heading = tr("%1: listed by %n drug(s)", nullptr, term.drugs).arg(term.name);
    if (!term.synonyms.isEmpty())
        heading += QLatin1Char(' ') + tr("(also written: %1)").arg(term.synonyms.join(QStringLiteral(", ")));
    m_ui->termHeading->setText(heading);
    m_ui->listingView->setAccessibleName(tr("Drugs listing %1").arg(term.name));
    fitListingColumns();
    if (m_listingProxy->rowCount() > 0)
        m_ui->listingView->setCurrentIndex(m_listingProxy->index(0, SideEffectListingModel::DrugColumn));
}

// The drug, frequency and label as wide as they need, within reason; the
// item as written takes the rest.
void SideEffectsDialog::fitListingColumns()
{
    const int widest = m_ui->listingView->viewport()->width() / 4;
    for (const int column : {SideEffectListingModel::DrugColumn, SideEffectListingModel::FrequencyColumn,
                             SideEffectListingModel::LabelColumn}) {
        m_ui->listingView->resizeColumnToContents(column);
        m_ui->listingView->setColumnWidth(column, std::min(m_ui->listingView->columnWidth(column), widest));
    }
}

void SideEffectsDialog::onFrequencyChanged()
{
    const QString name = m_ui->frequencyBox->currentData().toString();
    if (!name.isEmpty())
        fetchAllListings();
    if (name.isEmpty())
        m_listingProxy->setFilterRegularExpression(QRegularExpression());
    else
        m_listingProxy->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(name))));
    if (m_listingProxy->rowCount() > 0)
        m_ui->listingView->setCurrentIndex(m_listingProxy->index(0, SideEffectListingModel::DrugColumn));
}

void SideEffectsDialog::openCurrentListing()
{
    const QModelIndex current = m_ui->listingView->currentIndex();
    if (!current.isValid())
        return;
    const SideEffectListing &listing = m_listings->listing(m_listingProxy->mapToSource(current).row());
    OpenRequest request;
    request.slug = listing.drugSlug;
    request.sectionKind = SectionKind::SideEffects;
    request.highlightTerms = {listing.effect.text};
    emit openRequested(request);
}

void SideEffectsDialog::fetchAllListings()
{
    m_listings->fetchAll();
}

QStringList SideEffectsDialog::selectedSlugs() const
{
    QStringList slugs;
    for (const QModelIndex &row : m_ui->listingView->selectionModel()->selectedRows()) {
        const QString slug = row.data(SideEffectListingModel::SlugRole).toString();
        if (!slugs.contains(slug))
            slugs.append(slug);
    }
    return slugs;
}

void SideEffectsDialog::updateTermCount()
{
    m_ui->termCount->setText(tr("%1 of %n side effect(s)", nullptr, m_terms->rowCount()).arg(m_termProxy->rowCount()));
}

bool SideEffectsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_ui->termFilter && (enter || key == Qt::Key_Down)) {
        m_ui->termView->setFocus(Qt::TabFocusReason);
        if (!m_ui->termView->currentIndex().isValid() && m_termProxy->rowCount() > 0)
            m_ui->termView->setCurrentIndex(m_termProxy->index(0, SideEffectTermModel::TermColumn));
        return true;
    }
    if (watched == m_ui->termView && enter) {
        m_ui->listingView->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (watched == m_ui->listingView && enter) {
        openCurrentListing();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace formulary
