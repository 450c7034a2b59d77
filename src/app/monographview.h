#pragma once

#include "render/monographpage.h"
#include "render/quickfacts.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QTabBar;
class QUrl;

namespace Ui {
class MonographView;
}

namespace formulary {

class BookmarkModel;
class FindBar;
class PageBrowser;

// One drug's monograph: a header with its name, generic name, source file and
// import date; one tab per section in page order; the section's text; find
// in page; and the page's disclaimer, always in view below.
class MonographView : public QWidget
{
    Q_OBJECT

public:
    explicit MonographView(QWidget *parent = nullptr);
    ~MonographView() override;

    // Shows `page` on tab `tab` (clamped), highlighting `highlightTerms`.
    void showPage(const MonographPage &page, int tab = 0, const QStringList &highlightTerms = {});
    void clear();
    bool hasPage() const { return m_hasPage; }
    const MonographPage &page() const { return m_page; }

    int tabCount() const;
    int currentTab() const;
    // The section position of the current tab, -1 when none.
    int currentSectionPosition() const;
    // On a page that repeats its sections per ingredient, the ingredient
    // whose tabs are shown; else the current tab's, empty when none.
    QString ingredientInView() const;
    void setCurrentTab(int tab, const QStringList &highlightTerms = {});
    int scrollPosition() const;
    void setScrollPosition(int value);

    // The section's HTML as shown, for printing.
    QString sectionHtml(int tab) const;
    QString disclaimerHtml() const;

    void nextTab();
    void previousTab();

    void showFindBar();
    void findNext();
    void findPrevious();

    void setZoomPercent(int percent);
    // Whether a Side Effects tab opens with its side effects by frequency
    // class, above the page's own text.
    void setSideEffectsByFrequency(bool shown);
    int zoomPercent() const;

    // With bookmarks (not owned; null for none), each question in a FAQs tab
    // has a star that shows and toggles its bookmark.
    void setBookmarks(const BookmarkModel *bookmarks);
    // The questions of the FAQs tab in view, in page order; empty elsewhere.
    QList<Faq> shownFaqs() const { return m_shownFaqs; }
    // The question a bookmark toggle acts on: the one at the cursor when the
    // cursor is in view, else the first in view. Nothing outside a FAQs tab.
    std::optional<Faq> currentFaq() const;

    PageBrowser *browser() const;
    QTabBar *tabBar() const;
    FindBar *findBar() const;

signals:
    // The reader chose another tab (by click or keyboard), not showPage.
    void tabActivated(int tab);
    // The pointer or the keyboard is on a link: its address, or for a
    // bookmark star what pressing it does, with its question.
    void linkHovered(const QString &text);
    // A question's star was clicked or activated with the keyboard.
    void bookmarkToggleRequested(const formulary::Faq &faq);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTabChanged();
    void showQuickFacts();
    void layoutQuickFacts();
    void showQuickFact(const QString &link);
    void renderCurrentTab();
    QString displayHtml(int tab);
    void refreshStars();
    void onAnchorClicked(const QUrl &url);
    QString starMeaning(int star) const;
    void onFindTextChanged(const QString &text);
    void find(bool backward);
    void updateFindStatus();
    int matchesInTab(int tab, const QString &text) const;
    void updateDisclaimerHeight();

    std::unique_ptr<Ui::MonographView> m_ui;
    MonographPage m_page;
    QList<QuickFact> m_facts; // shown above the tabs
    bool m_hasPage = false;
    bool m_switching = false;
    // Pages with sections per ingredient: the ingredients in page order,
    // chosen above the tabs, which show the chosen one's sections only.
    QStringList m_ingredients;
    QList<int> m_barTabs; // the page's tab of each tab in the bar
    bool m_refilling = false;
    void setUpIngredients();
    // Shows the page's tab `tab`, its ingredient's tabs first if need be.
    void selectTab(int tab);
    void showIngredient(const QString &ingredient);
    // Shows the ingredient of `tab` when it is another than the one shown.
    void revealTab(int tab);
    void chooseIngredient(int index);
    bool m_byFrequency = false;
    bool m_disclaimerExpanded = false; // else its first line only
    QStringList m_highlightTerms;
    QString m_disclaimerHtml;
    mutable QStringList m_html;      // per tab, rendered on first view
    mutable QStringList m_plainText; // per tab, for counting matches elsewhere
    const BookmarkModel *m_bookmarks = nullptr;
    QList<Faq> m_shownFaqs;     // the questions with a star in the tab in view
    QList<int> m_starPositions; // where each star is in the document
    bool m_clickedLast = false; // the reader's last move in the text was a click, not a key
    bool m_redrawingStars = false;
};

} // namespace formulary
