#pragma once

#include "store/contentdatabase.h"

#include <QAbstractTableModel>
#include <QList>

namespace formulary {

// The items in which drugs' pages list one side-effect term: the drug, how
// often the page says it occurs, the label it is listed under and the item
// as written, with its line. A drug appears once for each item that lists
// the term (a combination may list it for each ingredient).
class SideEffectListingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DrugColumn, FrequencyColumn, LabelColumn, TextColumn, ColumnCount };
    enum Role {
        SlugRole = Qt::UserRole + 1,
        FrequencyRole, // the class's stable name: "common", "less-common", …
        TextRole,      // the item as written
        LineRole,
        SortRole,
    };

    explicit SideEffectListingModel(QObject *parent = nullptr);

    void setListings(const QList<SideEffectListing> &listings);
    const SideEffectListing &listing(int row) const { return m_listings.at(row); }
    int drugCount() const; // distinct drugs

    // A frequency class as a person reads it ("Less common").
    static QString frequencyLabel(SideEffectFrequency frequency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SideEffectListing> m_listings;
};

} // namespace formulary
