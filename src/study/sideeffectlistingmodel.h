#pragma once

#include "store/contentdatabase.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

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
    // Reads the listings through `fetch` (offset, count), a chunk at a time
    // as the view scrolls: a term thousands of drugs list shows at once.
    using Fetch = std::function<QList<SideEffectListing>(int offset, int count)>;
    void setFetch(Fetch fetch);
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void fetchAll();
    const SideEffectListing &listing(int row) const { return m_listings.at(row); }

    // A frequency class as a person reads it ("Less common").
    static QString frequencyLabel(SideEffectFrequency frequency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int Chunk = 200;

private:
    QList<SideEffectListing> m_listings;
    Fetch m_fetch; // empty once everything is read
    bool m_inserting = false;
};

} // namespace formulary
