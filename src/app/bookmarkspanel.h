#pragma once

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace Ui {
class BookmarksPanel;
}

namespace formulary {

class BookmarkFilterModel;
class BookmarkModel;

// The Bookmarks panel: every bookmarked FAQ, under its drug or by date
// added, filtered as you type and sorted by a column's header; the chosen
// one's answer and the user's note on it below. Enter opens it, Delete
// removes the selected ones.
class BookmarksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BookmarksPanel(QWidget *parent = nullptr);
    ~BookmarksPanel() override;

    QSize sizeHint() const override;

    // Not owned; must outlive the panel or be replaced first.
    void setModel(BookmarkModel *model);
    // Bookmarks cannot be read: says why instead of listing them.
    void setUnavailable(const QString &message);
    void setStudyAction(QAction *action);

    // The bookmarks selected (a drug's row stands for all of its own).
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void selectBookmark(qint64 id);
    void focusList();

    QTreeView *view() const;
    QLineEdit *filterField() const;
    QLineEdit *noteField() const;
    QComboBox *groupingBox() const;
    BookmarkFilterModel *filterModel() const { return m_filter; }
    QAction *removeAction() const { return m_removeAction; }

signals:
    // A bookmark (or, with id 0, a drug's row) to open.
    void openRequested(qint64 bookmarkId, const QString &drugSlug);
    void removeRequested(const QList<qint64> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onGroupingChanged(int choice);
    void showDetails();
    void saveNote();
    void expandDrugs();
    void updateState();
    void openIndex(const QModelIndex &index);

    std::unique_ptr<Ui::BookmarksPanel> m_ui;
    BookmarkModel *m_model = nullptr;
    BookmarkFilterModel *m_filter = nullptr;
    QAction *m_removeAction = nullptr;
    QString m_unavailable;
    qint64 m_shownId = 0; // the bookmark whose note the field holds
};

} // namespace formulary
