#include "search/druglistmodel.h"

#include "parse/textfold.h"

namespace formulary {

DrugListModel::DrugListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void DrugListModel::setDatabase(const ContentDatabase *database)
{
    beginResetModel();
    m_database = database;
    m_rows.clear();
    m_complete = database == nullptr;
    endResetModel();
}

int DrugListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DrugListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.drug.title;
    case Qt::ToolTipRole:
        return row.drug.genericName.isEmpty() || row.drug.genericName == row.drug.title
                   ? row.drug.title
                   : QStringLiteral("%1\n%2").arg(row.drug.title, row.drug.genericName);
    case DrugIdRole:
        return row.drug.id;
    case SlugRole:
        return row.drug.slug;
    case GenericNameRole:
        return row.drug.genericName;
    case FoldedNameRole:
        return row.foldedName;
    default:
        return {};
    }
}

QHash<int, QByteArray> DrugListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DrugIdRole, "drugId");
    names.insert(SlugRole, "slug");
    names.insert(GenericNameRole, "genericName");
    names.insert(FoldedNameRole, "foldedName");
    return names;
}

bool DrugListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void DrugListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<DrugRecord> drugs;
    try {
        drugs = m_database->drugs(int(m_rows.size()), BatchSize);
    } catch (const StorageError &e) {
        // The list shows what could be read, and says why it stops there.
        m_complete = true;
        emit readFailed(e.text());
        return;
    }
    m_complete = drugs.size() < BatchSize;
    if (drugs.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + drugs.size() - 1));
    for (const DrugRecord &drug : drugs)
        m_rows.append({drug, foldForMatching(drug.title)});
    endInsertRows();
}

} // namespace formulary
