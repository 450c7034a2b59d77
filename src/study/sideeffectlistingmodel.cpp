#include "study/sideeffectlistingmodel.h"

#include "parse/sideeffectterm.h"


namespace formulary {

SideEffectListingModel::SideEffectListingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SideEffectListingModel::setListings(const QList<SideEffectListing> &listings)
{
    beginResetModel();
    m_listings = listings;
    m_fetch = nullptr;
    endResetModel();
}

void SideEffectListingModel::setFetch(Fetch fetch)
{
    beginResetModel();
    m_listings = fetch(0, Chunk);
    m_fetch = nullptr;
    endResetModel();
    // Not before the reset is told: a view asking for more while it learns
    // of the reset would insert rows inside it.
    if (m_listings.size() == Chunk)
        m_fetch = std::move(fetch);
}

bool SideEffectListingModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetch != nullptr && !m_inserting;
}

void SideEffectListingModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<SideEffectListing> more = m_fetch(int(m_listings.size()), Chunk);
    if (more.size() < Chunk)
        m_fetch = nullptr;
    if (more.isEmpty())
        return;
    // A view told of the insertion may ask for more before it is done.
    m_inserting = true;
    beginInsertRows({}, int(m_listings.size()), int(m_listings.size() + more.size()) - 1);
    m_listings += more;
    endInsertRows();
    m_inserting = false;
}

void SideEffectListingModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

QString SideEffectListingModel::frequencyLabel(SideEffectFrequency frequency)
{
    switch (frequency) {
    case SideEffectFrequency::Common:
        return tr("Common");
    case SideEffectFrequency::LessCommon:
        return tr("Less common");
    case SideEffectFrequency::Rare:
        return tr("Rare");
    case SideEffectFrequency::Serious:
        return tr("Serious");
    case SideEffectFrequency::Unspecified:
        break;
    }
    return tr("Not stated");
}

int SideEffectListingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listings.size());
}

int SideEffectListingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SideEffectListingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SideEffectListing &listing = m_listings.at(index.row());
    const SideEffectTerm &term = listing.effect.normalised;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DrugColumn:
            return listing.drugTitle;
        case FrequencyColumn:
            if (term.band != SideEffectBand::None)
                return tr("%1, %2").arg(frequencyLabel(term.frequency), sideEffectBandName(term.band));
            return frequencyLabel(term.frequency);
        case LabelColumn:
            return listing.effect.group;
        case TextColumn:
            return tr("%1 (line %2)").arg(listing.effect.text).arg(listing.effect.line);
        default:
            return {};
        }
    case SlugRole:
        return listing.drugSlug;
    case FrequencyRole:
        return sideEffectFrequencyName(term.frequency);
    case TextRole:
        return listing.effect.text;
    case LineRole:
        return listing.effect.line;
    case SortRole:
        // Cheap keys, compared thousands of times: the listings come in
        // drug name order, and the proxy compares text without case.
        switch (index.column()) {
        case DrugColumn:
            return index.row();
        case FrequencyColumn:
            return int(term.frequency);
        case LabelColumn:
            return listing.effect.group;
        default:
            return listing.effect.text;
        }
    default:
        return {};
    }
}

QVariant SideEffectListingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DrugColumn:
        return tr("Drug");
    case FrequencyColumn:
        return tr("How often");
    case LabelColumn:
        return tr("Listed under");
    case TextColumn:
        return tr("As the page writes it");
    default:
        return {};
    }
}

} // namespace formulary
