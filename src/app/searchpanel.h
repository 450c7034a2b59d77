#pragma once

#include "parse/monograph.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QAbstractItemModel;
class QIdentityProxyModel;
class QLineEdit;
class QListView;
class QModelIndex;
class QStyledItemDelegate;

namespace Ui {
class SearchPanel;
}

namespace formulary {

class ContentDatabase;
class DrugListModel;
class ResultDelegate;
class SearchResultsModel;
class SearchService;

// What a result opens: a drug, and for a hit in its text, the section and
// the words to highlight there.
struct OpenRequest
{
    QString slug;
    std::optional<SectionKind> sectionKind;
    QString sectionHeading;
    QStringList highlightTerms;
};

// The search field and the results under it, as the search engine ranks and
// groups them; with the field empty, every drug by name. Up, Down, Page
// Up/Down and Enter work from the field; Esc clears it.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    // Neither is owned. The database lists every drug while the field is
    // empty; the service answers what is typed.
    void setDatabase(const ContentDatabase *database);
    void setSearchService(SearchService *service);
    // Runs the query again, as after an import.
    void refresh();
    void setNavigationActions(QAction *back, QAction *forward);

    // Focuses the field with its text selected, so that typing replaces it.
    void focusSearch();
    QString query() const;
    // The side effect the query names, when the results are shown and it names one.
    QString sideEffectTerm() const;
    void setQuery(const QString &query);

    QLineEdit *searchField() const;
    QListView *resultsView() const;

    // The drugs of the selected rows, each once, in the list's order: several
    // are chosen with Ctrl+click, Shift+click or Shift+Up/Down, to compare them.
    QStringList selectedSlugs() const;

signals:
    // `fromKeyboard`: opened with Enter, so the reader goes on to the page.
    void openRequested(const formulary::OpenRequest &request, bool fromKeyboard);
    // The status line's link to the side effect the query names.
    void sideEffectRequested(const QString &term);
    // The selected rows changed, or the list under them did.
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onQueryChanged(const QString &text);
    void onSearchFinished(int total, const QString &error);
    void showModel(QAbstractItemModel *model);
    bool showsResults() const;
    bool onlySuggestions() const;
    void openIndex(const QModelIndex &index, bool fromKeyboard);
    QString slugAt(const QModelIndex &index) const;
    void selectFirst(bool includeSuggestions);
    void updateStatus();

    std::unique_ptr<Ui::SearchPanel> m_ui;
    DrugListModel *m_drugs = nullptr;
    SearchResultsModel *m_results = nullptr;
    QIdentityProxyModel *m_presented = nullptr;
    ResultDelegate *m_resultDelegate = nullptr;
    QStyledItemDelegate *m_plainDelegate = nullptr;
    const ContentDatabase *m_database = nullptr;
    QString m_searchError;
    bool m_openWhenFinished = false; // Enter came before the results
    bool m_clickSelects = false;     // the last click held Ctrl or Shift: it chose rows, it opens nothing
};

} // namespace formulary
