#include "study/bookmarkmodel.h"

#include "parse/textfold.h"
#include "store/contentdatabase.h"
#include "store/storageerror.h"

#include <QLocale>

#include <algorithm>

namespace formulary {

BookmarkModel::BookmarkModel(BookmarkStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{ }

BookmarkModel::~BookmarkModel() = default;

QString BookmarkModel::keyOf(const QString &slug, const QString &questionKey)
{
    return slug + QLatin1Char('\n') + questionKey;
}

template<typename Change>
bool BookmarkModel::attempt(Change change)
{
    if (!m_store) {
        emit errorOccurred(tr("Bookmarks are unavailable."));
        return false;
    }
    try {
        change();
        return true;
    } catch (const StorageError &e) {
        emit errorOccurred(tr("The bookmark could not be saved: %1").arg(e.text()));
        return false;
    }
}

void BookmarkModel::reload(const ContentDatabase *content)
{
    QList<Bookmark> bookmarks;
    if (m_store) {
        try {
            bookmarks = m_store->all();
        } catch (const StorageError &e) {
            emit errorOccurred(tr("The bookmarks could not be read: %1").arg(e.text()));
            return;
        }
    }
    // The bookmarks are the user's own: a drug database that cannot be read
    // leaves them as last seen, never hides them.
    if (m_store && content) {
        try {
            bookmarks = m_store->resolve(*content);
        } catch (const StorageError &e) {
            emit errorOccurred(tr("The bookmarks could not be looked up in the drug database: %1").arg(e.text()));
        }
    }
    beginResetModel();
    rebuild(bookmarks);
    endResetModel();
    emit bookmarksChanged();
}

void BookmarkModel::rebuild(const QList<Bookmark> &bookmarks)
{
    m_byId.clear();
    m_byKey.clear();
    m_order.clear();
    m_groups.clear();
    for (const Bookmark &bookmark : bookmarks) {
        m_byId.insert(bookmark.id, bookmark);
        m_byKey.insert(keyOf(bookmark.drugSlug, bookmark.questionKey), bookmark.id);
        m_order.append(bookmark.id);
        const int row = groupRow(bookmark.drugSlug);
        if (row >= 0) {
            m_groups.at(size_t(row))->ids.append(bookmark.id);
        } else {
            m_groups.push_back(std::make_unique<Group>(Group{bookmark.drugSlug, bookmark.drugTitle, {bookmark.id}}));
        }
    }
}

void BookmarkModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    endResetModel();
}

QList<Bookmark> BookmarkModel::bookmarks() const
{
    QList<Bookmark> list;
    list.reserve(m_order.size());
    for (qint64 id : m_order)
        list.append(m_byId.value(id));
    return list;
}

std::optional<Bookmark> BookmarkModel::bookmark(qint64 id) const
{
    const auto found = m_byId.constFind(id);
    if (found == m_byId.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<Bookmark> BookmarkModel::find(const QString &drugSlug, const QString &question) const
{
    const auto found = m_byKey.constFind(keyOf(drugSlug, questionKey(question)));
    if (found == m_byKey.constEnd())
        return std::nullopt;
    return bookmark(*found);
}

QModelIndex BookmarkModel::indexOf(qint64 id, int column) const
{
    if (!m_byId.contains(id))
        return {};
    if (m_grouping == Grouping::Flat)
        return index(int(m_order.indexOf(id)), column);
    const int group = groupRow(m_byId.value(id).drugSlug);
    if (group < 0)
        return {};
    return index(int(m_groups.at(size_t(group))->ids.indexOf(id)), column, index(group, 0));
}

std::optional<Bookmark> BookmarkModel::add(const QString &drugSlug, const QString &drugTitle, const QString &question,
                                           const QString &answer)
{
    if (std::optional<Bookmark> existing = find(drugSlug, question))
        return existing;
    Bookmark added;
    if (!attempt([&] { added = m_store->add(drugSlug, drugTitle, question, answer); }))
        return std::nullopt;
    if (!m_byId.contains(added.id)) // another window may have added it first
        insertRow(added);
    emit bookmarksChanged();
    return added;
}

std::optional<Bookmark> BookmarkModel::remove(qint64 id)
{
    std::optional<Bookmark> removed;
    if (!attempt([&] { removed = m_store->remove(id); }))
        return std::nullopt;
    if (!removed)
        removed = bookmark(id); // already gone from the file: take it from the view as well
    if (m_byId.contains(id)) {
        // What the view showed, with its missing mark, is what undo brings back.
        const bool missing = m_byId.value(id).missing;
        removeRow(id);
        if (removed)
            removed->missing = missing;
    }
    if (removed)
        emit bookmarksChanged();
    return removed;
}

std::optional<Bookmark> BookmarkModel::restore(const Bookmark &bookmark)
{
    std::optional<Bookmark> restored;
    if (!attempt([&] { restored = m_store->restore(bookmark); }))
        return std::nullopt;
    if (!restored) {
        emit errorOccurred(tr("The bookmark on “%1” could not be brought back.").arg(bookmark.question));
        return std::nullopt;
    }
    if (!m_byId.contains(restored->id))
        insertRow(*restored);
    emit bookmarksChanged();
    return restored;
}

bool BookmarkModel::setNote(qint64 id, const QString &note)
{
    if (!m_byId.contains(id))
        return false;
    if (m_byId.value(id).note == note)
        return true;
    bool saved = false;
    if (!attempt([&] { saved = m_store->setNote(id, note); }) || !saved)
        return false;
    m_byId[id].note = note;
    const QModelIndex first = indexOf(id, 0);
    emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    return true;
}

int BookmarkModel::importBookmarks(const QList<Bookmark> &bookmarks, const ContentDatabase *content)
{
    int added = -1;
    if (!attempt([&] { added = m_store->importBookmarks(bookmarks); }))
        return -1;
    if (added > 0)
        reload(content);
    return added;
}

void BookmarkModel::insertRow(const Bookmark &bookmark)
{
    // Rows go where the store's order puts them: by date added, then id.
    const auto before = [this](const Bookmark &b) {
        return [this, &b](qint64 other) {
            const Bookmark &o = m_byId.value(other);
            return o.createdAt < b.createdAt || (o.createdAt == b.createdAt && o.id < b.id);
        };
    };
    const int flatRow = int(std::partition_point(m_order.begin(), m_order.end(), before(bookmark)) - m_order.begin());
    int group = groupRow(bookmark.drugSlug);

    if (m_grouping == Grouping::Flat)
        beginInsertRows({}, flatRow, flatRow);
    m_byId.insert(bookmark.id, bookmark);
    m_byKey.insert(keyOf(bookmark.drugSlug, bookmark.questionKey), bookmark.id);
    m_order.insert(flatRow, bookmark.id);
    if (group < 0) {
        group = int(m_groups.size());
        if (m_grouping == Grouping::ByDrug)
            beginInsertRows({}, group, group);
        m_groups.push_back(std::make_unique<Group>(Group{bookmark.drugSlug, bookmark.drugTitle, {bookmark.id}}));
    } else {
        QList<qint64> &ids = m_groups.at(size_t(group))->ids;
        const int row = int(std::partition_point(ids.begin(), ids.end(), before(bookmark)) - ids.begin());
        if (m_grouping == Grouping::ByDrug)
            beginInsertRows(index(group, 0), row, row);
        ids.insert(row, bookmark.id);
    }
    endInsertRows();
}

void BookmarkModel::removeRow(qint64 id)
{
    const Bookmark bookmark = m_byId.value(id);
    const int flatRow = int(m_order.indexOf(id));
    const int group = groupRow(bookmark.drugSlug);
    QList<qint64> &ids = m_groups.at(size_t(group))->ids;
    const int row = int(ids.indexOf(id));
    if (m_grouping == Grouping::Flat)
        beginRemoveRows({}, flatRow, flatRow);
    else if (ids.size() == 1)
        beginRemoveRows({}, group, group);
    else
        beginRemoveRows(index(group, 0), row, row);
    m_order.removeAt(flatRow);
    m_byKey.remove(keyOf(bookmark.drugSlug, bookmark.questionKey));
    m_byId.remove(id);
    if (ids.size() == 1)
        m_groups.erase(m_groups.begin() + group);
    else
        ids.removeAt(row);
    endRemoveRows();
}

int BookmarkModel::groupRow(const QString &slug) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i)->slug == slug)
            return int(i);
    }
    return -1;
}

const BookmarkModel::Group *BookmarkModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid() || m_grouping != Grouping::ByDrug || index.internalPointer())
        return nullptr;
    return index.row() < int(m_groups.size()) ? m_groups.at(size_t(index.row())).get() : nullptr;
}

const Bookmark *BookmarkModel::bookmarkAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    qint64 id = 0;
    if (m_grouping == Grouping::Flat) {
        if (index.row() >= m_order.size())
            return nullptr;
        id = m_order.at(index.row());
    } else {
        const auto *group = static_cast<const Group *>(index.internalPointer());
        if (!group || index.row() >= group->ids.size())
            return nullptr;
        id = group->ids.at(index.row());
    }
    const auto found = m_byId.constFind(id);
    return found == m_byId.constEnd() ? nullptr : &*found;
}

QModelIndex BookmarkModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        const int rows = m_grouping == Grouping::Flat ? int(m_order.size()) : int(m_groups.size());
        return row < rows ? createIndex(row, column) : QModelIndex();
    }
    const Group *group = groupOf(parent);
    if (!group || parent.column() != 0 || row >= group->ids.size())
        return {};
    return createIndex(row, column, const_cast<Group *>(group));
}

QModelIndex BookmarkModel::parent(const QModelIndex &child) const
{
    const auto *group = child.isValid() ? static_cast<const Group *>(child.internalPointer()) : nullptr;
    if (!group)
        return {};
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).get() == group)
            return createIndex(int(i), 0);
    }
    return {};
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_grouping == Grouping::Flat ? int(m_order.size()) : int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const Group *group = groupOf(parent);
    return group ? int(group->ids.size()) : 0;
}

int BookmarkModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Group *group = groupOf(index)) {
        bool allMissing = true;
        for (qint64 id : group->ids)
            allMissing = allMissing && m_byId.value(id).missing;
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == QuestionColumn ? QVariant(group->title) : QVariant();
        case Qt::ToolTipRole:
            return tr("Bookmarked questions: %1").arg(group->ids.size());
        case DrugSlugRole:
            return group->slug;
        case DrugTitleRole:
            return group->title;
        case IsDrugRole:
            return true;
        case MissingRole:
            return allMissing;
        case BookmarkIdRole:
            return qint64(0);
        case FilterTextRole:
        case SortRole:
            return foldForMatching(group->title);
        default:
            return {};
        }
    }
    const Bookmark *bookmark = bookmarkAt(index);
    if (!bookmark)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuestionColumn:
            return bookmark->question;
        case DrugColumn:
            return bookmark->drugTitle;
        case NoteColumn:
            return bookmark->note;
        case AddedColumn:
            return QLocale().toString(bookmark->createdAt.toLocalTime().date(), QLocale::ShortFormat);
        }
        return {};
    case Qt::EditRole:
        return index.column() == NoteColumn ? QVariant(bookmark->note) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QString tip = bookmark->answer;
        if (bookmark->missing)
            tip = tr("No longer on %1's page; this is its last known text.").arg(bookmark->drugTitle)
                  + QStringLiteral("\n\n") + tip;
        return tip;
    }
    case BookmarkIdRole:
        return bookmark->id;
    case DrugSlugRole:
        return bookmark->drugSlug;
    case DrugTitleRole:
        return bookmark->drugTitle;
    case QuestionRole:
        return bookmark->question;
    case AnswerRole:
        return bookmark->answer;
    case NoteRole:
        return bookmark->note;
    case CreatedAtRole:
        return bookmark->createdAt;
    case MissingRole:
        return bookmark->missing;
    case IsDrugRole:
        return false;
    case FilterTextRole:
        return foldForMatching(QStringList({bookmark->drugTitle, bookmark->question, bookmark->answer, bookmark->note})
                                   .join(QLatin1Char('\n')));
    case SortRole:
        switch (index.column()) {
        case QuestionColumn:
            return foldForMatching(bookmark->question);
        case DrugColumn:
            return foldForMatching(bookmark->drugTitle);
        case NoteColumn:
            return foldForMatching(bookmark->note);
        case AddedColumn:
            return bookmark->createdAt.toMSecsSinceEpoch();
        }
        return {};
    default:
        return {};
    }
}

bool BookmarkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Bookmark *bookmark = bookmarkAt(index);
    if (role != Qt::EditRole || index.column() != NoteColumn || !bookmark || groupOf(index))
        return false;
    return setNote(bookmark->id, value.toString().trimmed());
}

Qt::ItemFlags BookmarkModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NoteColumn && m_store && !groupOf(index))
        flags |= Qt::ItemIsEditable;
    if (!groupOf(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant BookmarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case DrugColumn:
        return tr("Drug");
    case NoteColumn:
        return tr("Note");
    case AddedColumn:
        return tr("Added");
    }
    return {};
}

QHash<int, QByteArray> BookmarkModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(BookmarkIdRole, "bookmarkId");
    names.insert(DrugSlugRole, "drugSlug");
    names.insert(DrugTitleRole, "drugTitle");
    names.insert(QuestionRole, "question");
    names.insert(AnswerRole, "answer");
    names.insert(NoteRole, "note");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(MissingRole, "missing");
    names.insert(IsDrugRole, "isDrug");
    return names;
}

} // namespace formulary
