#include "study/sideeffecttermmodel.h"

#include "parse/textfold.h"

namespace formulary {

SideEffectTermModel::SideEffectTermModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SideEffectTermModel::setTerms(const QList<SideEffectTermRecord> &terms)
{
    beginResetModel();
    m_terms = terms;
    m_filterTexts.clear();
    m_filterTexts.reserve(m_terms.size());
    for (const SideEffectTermRecord &term : std::as_const(m_terms))
        m_filterTexts.append(foldForMatching(term.name + QLatin1Char('\n') + term.synonyms.join(QLatin1Char('\n'))));
    endResetModel();
}

int SideEffectTermModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).key == key)
            return row;
    }
    return -1;
}

int SideEffectTermModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int SideEffectTermModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SideEffectTermModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SideEffectTermRecord &term = m_terms.at(index.row());
    const int count = index.column() == DrugsColumn    ? term.drugs
                      : index.column() == CommonColumn ? term.common
                                                       : term.serious;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() != TermColumn)
            return count;
        if (term.synonyms.isEmpty())
            return term.name;
        return tr("%1 (also: %2)").arg(term.name, term.synonyms.join(QStringLiteral(", ")));
    case Qt::TextAlignmentRole:
        if (index.column() != TermColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return term.key;
    case SynonymsRole:
        return term.synonyms;
    case FilterTextRole:
        return m_filterTexts.at(index.row());
    case SortRole:
        if (index.column() == TermColumn)
            return m_filterTexts.at(index.row());
        return count;
    default:
        return {};
    }
}

QVariant SideEffectTermModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TermColumn:
        return tr("Side effect");
    case DrugsColumn:
        return tr("Drugs");
    case CommonColumn:
        return tr("Common");
    case SeriousColumn:
        return tr("Serious");
    default:
        return {};
    }
}

} // namespace formulary
