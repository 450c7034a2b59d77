#pragma once

#include "app/searchpanel.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class SideEffectsDialog;
}

namespace formulary {

class ContentDatabase;
class SideEffectListingModel;
class SideEffectTermModel;

// The side effects of the whole library: a filterable, sortable list of
// terms with how many drugs list each; choosing one lists its drugs, with
// how often each page says it occurs and the item as written, filterable by
// frequency. Enter in the filter moves to the terms, on a term to its drugs,
// and on a drug asks the window to open it on its Side Effects tab with the
// item highlighted.
class SideEffectsDialog : public QDialog
{
    Q_OBJECT

public:
    // `content` is not owned; null shows an empty list.
    explicit SideEffectsDialog(const ContentDatabase *content, QWidget *parent = nullptr);
    ~SideEffectsDialog() override;

    // Reads the terms again, from `content` (not owned; may be null).
    void setDatabase(const ContentDatabase *content);
    // Selects the term `text` names, as `formulary side-effects TERM` finds
    // it; false when it names none.
    bool showTerm(const QString &text);

    QSortFilterProxyModel *termProxy() const { return m_termProxy; }
    QSortFilterProxyModel *listingProxy() const { return m_listingProxy; }

signals:
    void openRequested(const OpenRequest &request);
    // The drugs selected in the list, 2 to 4 of them, to see side by side.
    void compareRequested(const QStringList &slugs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTermChanged();
    void onFrequencyChanged();
    void openCurrentListing();
    void fitListingColumns();
    QStringList selectedSlugs() const;
    void fetchAllListings();
    void updateTermCount();

    std::unique_ptr<Ui::SideEffectsDialog> m_ui;
    const ContentDatabase *m_content = nullptr;
    SideEffectTermModel *m_terms = nullptr;
    SideEffectListingModel *m_listings = nullptr;
    QSortFilterProxyModel *m_termProxy = nullptr;
    QSortFilterProxyModel *m_listingProxy = nullptr;
};

} // namespace formulary
