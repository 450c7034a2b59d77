#pragma once

#include "store/bookmarkstore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace formulary {

class ContentDatabase;

// The bookmarked FAQs, grouped under their drugs or flat in the order they
// were added, with every change written through to the store. Rows whose
// FAQ is gone from the content keep their last known text and say so
// (MissingRole); nothing is removed but by the user.
class BookmarkModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { QuestionColumn, DrugColumn, NoteColumn, AddedColumn, ColumnCount };
    enum Role {
        BookmarkIdRole = Qt::UserRole + 1, // 0 on a drug's row
        DrugSlugRole,
        DrugTitleRole,
        QuestionRole,
        AnswerRole,
        NoteRole,
        CreatedAtRole,
        MissingRole,    // the FAQ (on a drug's row: every FAQ) is no longer in the content
        IsDrugRole,     // a drug's row, above its bookmarks
        FilterTextRole, // drug, question, answer and note, folded for matching
        SortRole,       // what the column sorts by
    };
    enum class Grouping { ByDrug, Flat };

    // Without a store the model is empty and every change fails.
    explicit BookmarkModel(BookmarkStore *store, QObject *parent = nullptr);
    ~BookmarkModel() override;

    bool isAvailable() const { return m_store != nullptr; }

    // Reads the bookmarks again, looked up in `content` when there is one
    // (not owned; used only during the call).
    void reload(const ContentDatabase *content);

    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);

    QList<Bookmark> bookmarks() const; // oldest first
    std::optional<Bookmark> bookmark(qint64 id) const;
    std::optional<Bookmark> find(const QString &drugSlug, const QString &question) const;
    QModelIndex indexOf(qint64 id, int column = QuestionColumn) const;

    // Changes, each saved at once. Failures are reported by errorOccurred.
    std::optional<Bookmark> add(const QString &drugSlug, const QString &drugTitle, const QString &question,
                                const QString &answer);
    std::optional<Bookmark> remove(qint64 id);
    // The bookmark as restored (its id may be new; see BookmarkStore::restore),
    // or nothing when it could not be, errorOccurred saying why.
    std::optional<Bookmark> restore(const Bookmark &bookmark);
    bool setNote(qint64 id, const QString &note);
    // Adds bookmarks read from a file; returns how many were new, or -1.
    int importBookmarks(const QList<Bookmark> &bookmarks, const ContentDatabase *content);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A bookmark was added, removed or restored, or all were read again.
    void bookmarksChanged();
    void errorOccurred(const QString &message);

private:
    struct Group
    {
        QString slug;
        QString title;
        QList<qint64> ids; // in the order added
    };

    template<typename Change>
    bool attempt(Change change);
    void rebuild(const QList<Bookmark> &bookmarks);
    void insertRow(const Bookmark &bookmark);
    void removeRow(qint64 id);
    int groupRow(const QString &slug) const;
    const Group *groupOf(const QModelIndex &index) const;
    const Bookmark *bookmarkAt(const QModelIndex &index) const;
    static QString keyOf(const QString &slug, const QString &questionKey);

    BookmarkStore *m_store = nullptr;
    Grouping m_grouping = Grouping::ByDrug;
    QHash<qint64, Bookmark> m_byId;
    QHash<QString, qint64> m_byKey;               // slug and question key -> id
    QList<qint64> m_order;                        // flat rows, oldest first
    std::vector<std::unique_ptr<Group>> m_groups; // drug rows
};

} // namespace formulary
