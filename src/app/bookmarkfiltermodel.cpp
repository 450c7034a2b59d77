#include "app/bookmarkfiltermodel.h"

#include "parse/textfold.h"
#include "study/bookmarkmodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace formulary {

BookmarkFilterModel::BookmarkFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    setSortRole(BookmarkModel::SortRole);
}

void BookmarkFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_words = foldForMatching(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool BookmarkFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // A drug's row stays when one of its bookmarks matches (recursive filtering).
    if (index.data(BookmarkModel::IsDrugRole).toBool())
        return false;
    const QString text = index.data(BookmarkModel::FilterTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool BookmarkFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.data(BookmarkModel::IsDrugRole).toBool() && right.data(BookmarkModel::IsDrugRole).toBool()) {
        // Drugs in name order whichever way their bookmarks are sorted.
        const int order = QString::compare(left.data(BookmarkModel::DrugTitleRole).toString(),
                                           right.data(BookmarkModel::DrugTitleRole).toString(), Qt::CaseInsensitive);
        return sortOrder() == Qt::AscendingOrder ? order < 0 : order > 0;
    }
    const QVariant a = left.data(BookmarkModel::SortRole);
    const QVariant b = right.data(BookmarkModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Equivalent || order == QPartialOrdering::Unordered) {
        // Ties in the order they were added, as the store keeps them: two
        // bookmarks may share a millisecond, never an id.
        const QDateTime leftAdded = left.data(BookmarkModel::CreatedAtRole).toDateTime();
        const QDateTime rightAdded = right.data(BookmarkModel::CreatedAtRole).toDateTime();
        if (leftAdded != rightAdded)
            return leftAdded < rightAdded;
        return left.data(BookmarkModel::BookmarkIdRole).toLongLong()
               < right.data(BookmarkModel::BookmarkIdRole).toLongLong();
    }
    return order == QPartialOrdering::Less;
}

QVariant BookmarkFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && QSortFilterProxyModel::data(index, BookmarkModel::MissingRole).toBool())
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole) {
        const bool drug = QSortFilterProxyModel::data(index, BookmarkModel::IsDrugRole).toBool();
        const bool missing = QSortFilterProxyModel::data(index, BookmarkModel::MissingRole).toBool();
        if (drug || missing) {
            QFont font = QGuiApplication::font();
            font.setWeight(drug ? QFont::DemiBold : QFont::Normal);
            font.setItalic(missing);
            return font;
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace formulary
