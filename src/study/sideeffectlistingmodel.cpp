#include "study/sideeffectlistingmodel.h"

#include "parse/sideeffectterm.h"

#include <QSet>

namespace formulary {

SideEffectListingModel::SideEffectListingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SideEffectListingModel::setListings(const QList<SideEffectListing> &listings)
{
    beginResetModel();
    m_listings = listings;
    endResetModel();
}

int SideEffectListingModel::drugCount() const
{
    QSet<qint64> drugs;
    for (const SideEffectListing &listing : m_listings)
        drugs.insert(listing.drugId);
    return int(drugs.size());
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
