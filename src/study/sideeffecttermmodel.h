#pragma once

#include "store/contentdatabase.h"

#include <QAbstractTableModel>
#include <QList>

namespace formulary {

// The side-effect terms of a database, one a row, with how many drugs list
// each and how many as common and as serious; for a view sorted and filtered
// through a QSortFilterProxyModel on SortRole and FilterTextRole.
class SideEffectTermModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TermColumn, DrugsColumn, CommonColumn, SeriousColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the term's key, for sideEffectListings()
        SynonymsRole,               // the variants folded into it
        FilterTextRole,             // the name and its variants, folded for matching
        SortRole,                   // what the column sorts by
    };

    explicit SideEffectTermModel(QObject *parent = nullptr);

    void setTerms(const QList<SideEffectTermRecord> &terms);
    const SideEffectTermRecord &term(int row) const { return m_terms.at(row); }
    // The row of the term with this key, or -1.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SideEffectTermRecord> m_terms;
    QStringList m_filterTexts; // per row, folded once
};

} // namespace formulary
