#pragma once

#include "store/contentdatabase.h"

#include <QAbstractListModel>
#include <QList>

namespace formulary {

// Every drug in the content database, in name order, read in batches as a
// view scrolls so that a large database opens at once.
class DrugListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DrugIdRole = Qt::UserRole + 1,
        SlugRole,
        GenericNameRole,
        FoldedNameRole, // the title with case and accents folded, for filtering
    };

    explicit DrugListModel(QObject *parent = nullptr);

    // The database is not owned and must outlive the model or be replaced first.
    void setDatabase(const ContentDatabase *database);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int BatchSize = 256;

signals:
    // The database could not be read past the rows shown.
    void readFailed(const QString &message);

private:
    struct Row
    {
        DrugRecord drug;
        QString foldedName;
    };

    const ContentDatabase *m_database = nullptr;
    QList<Row> m_rows;
    bool m_complete = true;
};

} // namespace formulary
