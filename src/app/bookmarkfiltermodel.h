#pragma once

#include <QSortFilterProxyModel>

namespace formulary {

// The bookmarks as the panel lists them: filtered by what is typed (every
// word, case and accents ignored, in the drug, question, answer or note),
// sorted by the chosen column with drugs always in name order, and
// bookmarks whose FAQ is gone greyed and in italics.
class BookmarkFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BookmarkFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    QStringList m_words; // folded
};

} // namespace formulary
