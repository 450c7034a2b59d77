#include "app/monographview.h"

#include "app/findbar.h"
#include "app/pagebrowser.h"
#include "app/plaintext.h"
#include "app/sectionshortcuts.h"
#include "import/importer.h"
#include "render/faqmarkup.h"
#include "render/markdownhtml.h"
#include "render/quickfacts.h"
#include "render/sideeffectsbyfrequency.h"
#include "study/bookmarkmodel.h"

#include "ui_monographview.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QDir>
#include <QLocale>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

#include <cmath>

namespace formulary {
namespace {

constexpr int kDisclaimerMaxLines = 6;

} // namespace

MonographView::MonographView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MonographView>())
{
    m_ui->setupUi(this);
    QTabBar *tabs = m_ui->sectionTabs;
    tabs->setDocumentMode(true);
    tabs->setExpanding(false);
    tabs->setUsesScrollButtons(true);
    tabs->setElideMode(Qt::ElideNone);
    tabs->setFocusPolicy(Qt::TabFocus);
    tabs->setDrawBase(true);
    connect(tabs, &QTabBar::currentChanged, this, &MonographView::onTabChanged);
    connect(m_ui->ingredientChooser, &QComboBox::activated, this, &MonographView::chooseIngredient);
    m_ui->ingredientLabel->hide();
    m_ui->ingredientChooser->hide();

    m_ui->findBar->hide();
    connect(m_ui->findBar, &FindBar::textChanged, this, &MonographView::onFindTextChanged);
    connect(m_ui->findBar, &FindBar::findNext, this, &MonographView::findNext);
    connect(m_ui->findBar, &FindBar::findPrevious, this, &MonographView::findPrevious);
    connect(m_ui->findBar, &FindBar::closed, this, [this] {
        m_ui->pageBrowser->setFindText(QString());
        m_ui->pageBrowser->setFocus(Qt::OtherFocusReason);
    });

    const auto tellLink = [this](const QUrl &url) {
        if (m_redrawingStars)
            return; // not the reader pointing at a link: the page drawn again under the pointer
        const std::optional<int> star = faqmarkup::starIndex(url);
        emit linkHovered(star ? starMeaning(*star) : url.toString());
    };
    connect(m_ui->pageBrowser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, tellLink);
    connect(m_ui->pageBrowser, &PageBrowser::linkFocused, this, tellLink);
    connect(m_ui->pageBrowser, &QTextBrowser::anchorClicked, this, &MonographView::onAnchorClicked);
    m_ui->pageBrowser->installEventFilter(this);
    m_ui->pageBrowser->viewport()->installEventFilter(this);

    PageBrowser *disclaimer = m_ui->disclaimerView;
    disclaimer->setPageMargin(8);
    disclaimer->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Sized to its text whenever the text is laid out again (new page, new width).
    connect(disclaimer->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &MonographView::updateDisclaimerHeight);
    // On the window's background, by role, so that it follows a change of theme.
    disclaimer->viewport()->setBackgroundRole(QPalette::Window);
    // One line, always in view, leaves the page its room; the rest on demand.
    connect(m_ui->disclaimerToggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_disclaimerExpanded = expanded;
        updateDisclaimerHeight();
    });

    connect(m_ui->quickFacts, &QLabel::linkActivated, this, &MonographView::showQuickFact);
    // Its lines are cut to its width, not the other way round.
    m_ui->quickFacts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->quickFacts->installEventFilter(this);

    // The source line in the palette's own muted tone.
    m_ui->drugSource->setForegroundRole(QPalette::PlaceholderText);
    clear();
}

MonographView::~MonographView() = default;

void MonographView::showPage(const MonographPage &page, int tab, const QStringList &highlightTerms)
{
    m_page = page;
    m_facts.clear(); // the last page's, until this one's are found
    m_hasPage = true;
    m_html = QStringList(page.tabs.size(), QString());
    m_plainText = QStringList(page.tabs.size(), QString());
    m_highlightTerms = highlightTerms;

    m_ui->drugTitle->setText(page.drug.title);
    m_ui->drugGenericName->setText(tr("Generic name: %1").arg(page.drug.genericName));
    m_ui->drugGenericName->setVisible(!page.drug.genericName.isEmpty());
    const QString imported = QLocale().toString(page.drug.importedAt.toLocalTime(), QLocale::ShortFormat);
    QString source = tr("Source: %1 · Imported %2").arg(page.drug.sourcePath, imported);
    // A page whose folder has gone is kept until its source is removed, and says so.
    const SourceFolderState state = sourceFolderState(page.drug.sourceFolder);
    if (state == SourceFolderState::Missing || state == SourceFolderState::Unreadable)
        source += QStringLiteral(" · ") + sourceFolderStateText(state);
    m_ui->drugSource->setText(source);
    m_ui->drugSource->setToolTip(QDir::toNativeSeparators(QDir(page.drug.sourceFolder).filePath(page.drug.sourcePath)));
    showQuickFacts();
    m_ui->header->show();

    QString disclaimer;
    for (const Section &section : page.disclaimers) {
        // The heading leads the first paragraph, as "Disclaimer:" does on the page.
        const QString heading = QStringLiteral("<b>%1:</b> ").arg(sectionDisplayTitle(section).toHtmlEscaped());
        QString html = markdown::toHtml(section.markdown);
        if (html.startsWith(QLatin1String("<p>")))
            html.insert(3, heading);
        else
            html.prepend(QStringLiteral("<p>%1</p>").arg(heading));
        disclaimer += html;
    }
    m_disclaimerHtml = disclaimer.isEmpty() ? QString()
                                            : QStringLiteral("<div class=\"disclaimer\">%1</div>").arg(disclaimer);
    m_ui->disclaimerView->showHtml(m_disclaimerHtml);
    m_ui->disclaimerView->setVisible(!disclaimer.isEmpty());
    m_ui->disclaimerRule->setVisible(!disclaimer.isEmpty());
    updateDisclaimerHeight();

    m_switching = true;
    setUpIngredients();
    const int first = std::clamp(tab, 0, std::max(0, int(page.tabs.size()) - 1));
    const QString &firstIngredient = page.tabs.isEmpty() ? QString() : page.tabs.at(first).ingredient;
    showIngredient(firstIngredient.isEmpty() && !m_ingredients.isEmpty() ? m_ingredients.constFirst()
                                                                         : firstIngredient);
    m_ui->sectionTabs->setVisible(true);
    m_ui->sectionTabs->setCurrentIndex(int(m_barTabs.indexOf(first)));
    m_switching = false;
    m_ui->pageBrowser->show();
    renderCurrentTab();
}

void MonographView::clear()
{
    m_page = MonographPage();
    m_facts.clear();
    m_hasPage = false;
    m_html.clear();
    m_plainText.clear();
    m_highlightTerms.clear();
    m_disclaimerHtml.clear();
    m_shownFaqs.clear();
    m_starPositions.clear();
    m_switching = true;
    while (m_ui->sectionTabs->count() > 0)
        m_ui->sectionTabs->removeTab(0);
    m_switching = false;
    m_ingredients.clear();
    m_barTabs.clear();
    m_ui->ingredientLabel->hide();
    m_ui->ingredientChooser->hide();
    m_ui->header->hide();
    m_ui->sectionTabs->hide();
    m_ui->pageBrowser->showHtml(QString());
    m_ui->disclaimerView->hide();
    m_ui->disclaimerRule->hide();
    m_ui->disclaimerToggle->hide();
    m_ui->findBar->hide();
}

int MonographView::tabCount() const
{
    return m_hasPage ? int(m_page.tabs.size()) : 0;
}

int MonographView::currentTab() const
{
    const int shown = m_ui->sectionTabs->currentIndex();
    return shown >= 0 && shown < m_barTabs.size() ? m_barTabs.at(shown) : -1;
}

void MonographView::selectTab(int tab)
{
    const int before = currentTab();
    revealTab(tab);
    const int shown = int(m_barTabs.indexOf(tab));
    if (m_ui->sectionTabs->currentIndex() == shown) {
        // Filled again, the bar already stands on it and says nothing.
        if (tab != before)
            onTabChanged();
        return;
    }
    m_ui->sectionTabs->setCurrentIndex(shown);
}

int MonographView::currentSectionPosition() const
{
    const int tab = currentTab();
    return tab >= 0 && tab < m_page.tabs.size() ? m_page.tabs.at(tab).position : -1;
}

void MonographView::setCurrentTab(int tab, const QStringList &highlightTerms)
{
    if (tab < 0 || tab >= tabCount())
        return;
    m_highlightTerms = highlightTerms;
    m_switching = true;
    const bool changed = tab != currentTab();
    selectTab(tab);
    m_switching = false;
    if (!changed)
        renderCurrentTab();
}

int MonographView::scrollPosition() const
{
    return m_ui->pageBrowser->verticalScrollBar()->value();
}

void MonographView::setScrollPosition(int value)
{
    m_ui->pageBrowser->verticalScrollBar()->setValue(value);
}

QString MonographView::sectionHtml(int tab) const
{
    if (tab < 0 || tab >= m_page.tabs.size())
        return QString();
    if (m_html.at(tab).isNull())
        m_html[tab] = markdown::toHtml(m_page.tabs.at(tab).markdown);
    return m_html.at(tab);
}

QString MonographView::disclaimerHtml() const
{
    return m_disclaimerHtml;
}

void MonographView::showQuickFacts()
{
    m_facts = quickFacts(m_page);
    QStringList whole;
    for (const QuickFact &fact : std::as_const(m_facts))
        whole.append(fact.label.isEmpty() ? fact.text : fact.label + QLatin1Char(' ') + fact.text);
    whole.removeDuplicates();
    m_ui->quickFacts->setToolTip(plainToolTip(whole.join(QLatin1Char('\n'))));
    m_ui->quickFacts->setVisible(!m_facts.isEmpty());
    layoutQuickFacts();
}

void MonographView::layoutQuickFacts()
{
    // One line a topic, cut to the width, so that the strip never takes the
    // page's room in a narrow window; the tooltip has the whole of each, and
    // the link shows it in its section.
    QLabel *strip = m_ui->quickFacts;
    const QFontMetrics plain(strip->font());
    QFont boldFont = strip->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const int width = strip->contentsRect().width();
    QStringList lines;
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        const QuickFact &fact = m_facts.at(i);
        if (fact.tab < 0 || fact.tab >= m_page.tabs.size())
            continue;
        // Words that answer several topics are shown once, under all of them.
        QStringList topics{quickFactTopicTitle(fact.topic)};
        bool shownBefore = false;
        for (qsizetype j = 0; j < m_facts.size(); ++j) {
            const QuickFact &other = m_facts.at(j);
            if (j != i && other.tab == fact.tab && other.text == fact.text) {
                shownBefore = shownBefore || j < i;
                topics.append(quickFactTopicTitle(other.topic));
            }
        }
        if (shownBefore)
            continue;
        // The page's own label leads where it has one, else the topics.
        const QString lead = fact.label.isEmpty() ? topics.join(QLatin1String(", ")) + QLatin1Char(':') : fact.label;
        const QString link = tr("(in %1)").arg(m_page.tabs.at(fact.tab).title);
        const int room = width - bold.horizontalAdvance(lead + QLatin1Char(' '))
                         - plain.horizontalAdvance(QLatin1Char(' ') + link) - plain.averageCharWidth();
        const QString text = plain.elidedText(fact.text, Qt::ElideRight, std::max(room, 0));
        // One pass: the page's words may hold "%1" themselves.
        lines.append(QStringLiteral("<b>%1</b> %2 <a href=\"fact:%3\">%4</a>")
                         .arg(lead.toHtmlEscaped(), text.toHtmlEscaped(), QString::number(i), link.toHtmlEscaped()));
    }
    strip->setText(lines.join(QLatin1String("<br>")));
}

void MonographView::showQuickFact(const QString &link)
{
    bool ok = false;
    const int index = link.mid(link.indexOf(QLatin1Char(':')) + 1).toInt(&ok);
    if (!ok || index < 0 || index >= m_facts.size())
        return;
    const QuickFact &fact = m_facts.at(index);
    setCurrentTab(fact.tab);
    emit tabActivated(fact.tab);
    // Selected where it stands.
    PageBrowser *browser = m_ui->pageBrowser;
    const QTextCursor found = browser->document()->find(fact.text);
    if (!found.isNull()) {
        browser->setTextCursor(found);
        browser->ensureCursorVisible();
    }
    browser->setFocus(Qt::OtherFocusReason);
}

void MonographView::onTabChanged()
{
    if (m_refilling)
        return;
    const int tab = currentTab();
    if (m_switching) {
        renderCurrentTab();
        return;
    }
    // A tab the reader chose: the highlights of a search hit belong to its section.
    m_highlightTerms.clear();
    renderCurrentTab();
    emit tabActivated(tab);
}

void MonographView::setSideEffectsByFrequency(bool shown)
{
    if (m_byFrequency == shown)
        return;
    m_byFrequency = shown;
    if (m_hasPage && currentTab() >= 0 && m_page.tabs.at(currentTab()).kind == SectionKind::SideEffects)
        renderCurrentTab();
}

QString MonographView::displayHtml(int tab)
{
    m_shownFaqs.clear();
    if (m_byFrequency && tab >= 0 && tab < m_page.tabs.size() && m_page.tabs.at(tab).kind == SectionKind::SideEffects)
        return sideEffectsByFrequencyHtml(m_page.tabs.at(tab).sideEffects) + sectionHtml(tab);
    if (!m_bookmarks || tab < 0 || tab >= m_page.tabs.size() || m_page.tabs.at(tab).kind != SectionKind::Faqs)
        return sectionHtml(tab);
    const QString slug = m_page.drug.slug;
    const faqmarkup::Rendered rendered = faqmarkup::toHtml(m_page.tabs.at(tab).markdown, [this, &slug](const Faq &faq) {
        return m_bookmarks->find(slug, faq.question).has_value();
    });
    m_shownFaqs = rendered.faqs;
    return rendered.html;
}

void MonographView::renderCurrentTab()
{
    const int tab = currentTab();
    m_ui->pageBrowser->showHtml(displayHtml(tab), m_highlightTerms);
    // Where the stars are, to tell which question the cursor is in.
    m_starPositions.clear();
    for (QTextBlock block = m_ui->pageBrowser->document()->begin(); block.isValid() && !m_shownFaqs.isEmpty();
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && faqmarkup::starIndex(QUrl(format.anchorHref())))
                m_starPositions.append(it.fragment().position());
        }
    }
    if (m_starPositions.size() != m_shownFaqs.size())
        m_starPositions.clear(); // cannot tell the stars apart: no keyboard toggling rather than the wrong question
    if (!m_highlightTerms.isEmpty())
        m_ui->pageBrowser->scrollToFirstHighlight();
    if (m_ui->findBar->isVisible())
        updateFindStatus();
}

void MonographView::setBookmarks(const BookmarkModel *bookmarks)
{
    if (m_bookmarks)
        disconnect(m_bookmarks, nullptr, this, nullptr);
    m_bookmarks = bookmarks;
    if (m_bookmarks)
        connect(m_bookmarks, &BookmarkModel::bookmarksChanged, this, &MonographView::refreshStars);
    refreshStars();
}

void MonographView::refreshStars()
{
    if (!m_hasPage || currentTab() < 0 || m_page.tabs.at(currentTab()).kind != SectionKind::Faqs)
        return;
    // Drawn again in place: the reader keeps their position and the cursor
    // (a star is one character either way). A star reached with Tab stays
    // selected, so that Tab goes on from it; one clicked does not, so that
    // its new colour shows.
    PageBrowser *browser = m_ui->pageBrowser;
    const QTextCursor cursor = browser->textCursor();
    const int anchor = m_clickedLast ? cursor.selectionEnd() : cursor.anchor();
    const int position = m_clickedLast ? cursor.selectionEnd() : cursor.position();
    const int scroll = browser->verticalScrollBar()->value();
    m_redrawingStars = true;
    renderCurrentTab();
    QTextCursor restored(browser->document());
    const int end = browser->document()->characterCount() - 1;
    restored.setPosition(std::clamp(anchor, 0, end));
    restored.setPosition(std::clamp(position, 0, end), QTextCursor::KeepAnchor);
    browser->setTextCursor(restored);
    browser->verticalScrollBar()->setValue(scroll);
    m_redrawingStars = false;
}

bool MonographView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && watched == m_ui->pageBrowser->viewport())
        m_clickedLast = true;
    else if (event->type() == QEvent::KeyPress && watched == m_ui->pageBrowser)
        m_clickedLast = false;
    else if (event->type() == QEvent::Resize && watched == m_ui->quickFacts && m_hasPage)
        layoutQuickFacts();
    return QWidget::eventFilter(watched, event);
}

QString MonographView::starMeaning(int star) const
{
    if (star < 0 || star >= m_shownFaqs.size() || !m_bookmarks)
        return {};
    const QString question = m_shownFaqs.at(star).question;
    return m_bookmarks->find(m_page.drug.slug, question) ? tr("Remove the bookmark of “%1” (Ctrl+D)").arg(question)
                                                         : tr("Bookmark this question: “%1” (Ctrl+D)").arg(question);
}

void MonographView::onAnchorClicked(const QUrl &url)
{
    const std::optional<int> star = faqmarkup::starIndex(url);
    if (!star || *star >= m_shownFaqs.size())
        return;
    const Faq faq = m_shownFaqs.at(*star); // a copy: the toggle draws the stars, and this list, again
    emit bookmarkToggleRequested(faq);
}

std::optional<Faq> MonographView::currentFaq() const
{
    if (m_starPositions.isEmpty())
        return std::nullopt;
    const PageBrowser *browser = m_ui->pageBrowser;
    const int firstVisible = browser->cursorForPosition(QPoint(0, 0)).position();
    const QPoint bottomRight(browser->viewport()->width() - 1, browser->viewport()->height() - 1);
    const int lastVisible = browser->cursorForPosition(bottomRight).position();
    const int cursor = browser->textCursor().selectionStart();
    int chosen = -1;
    if (cursor >= firstVisible && cursor <= lastVisible) {
        // The question the cursor is in: the last star at or before it.
        chosen = 0;
        for (int i = 0; i < m_starPositions.size(); ++i) {
            if (m_starPositions.at(i) <= cursor)
                chosen = i;
        }
    } else {
        chosen = int(m_starPositions.size()) - 1;
        for (int i = 0; i < m_starPositions.size(); ++i) {
            if (m_starPositions.at(i) >= firstVisible) {
                chosen = i;
                break;
            }
        }
    }
    return m_shownFaqs.at(chosen);
}

// Every section in page order, an ingredient's and the next's alike.
void MonographView::nextTab()
{
    if (tabCount() <= 1)
        return;
    selectTab((currentTab() + 1) % tabCount());
}

void MonographView::previousTab()
{
    if (tabCount() <= 1)
        return;
    selectTab((currentTab() + tabCount() - 1) % tabCount());
}

QString MonographView::ingredientInView() const
{
    if (!m_ingredients.isEmpty())
        return m_ui->ingredientChooser->currentText();
    const int tab = currentTab();
    return tab >= 0 && tab < m_page.tabs.size() ? m_page.tabs.at(tab).ingredient : QString();
}

// A page with sections per ingredient (five ingredients: 31 tabs) is read
// in two steps: the ingredient above the tabs, then the kind of section,
// each tab named by its heading alone.
void MonographView::setUpIngredients()
{
    m_ingredients.clear();
    for (const MonographPage::Tab &tab : std::as_const(m_page.tabs)) {
        if (!tab.ingredient.isEmpty() && !m_ingredients.contains(tab.ingredient))
            m_ingredients.append(tab.ingredient);
    }
    if (m_ingredients.size() < 2)
        m_ingredients.clear();
    QComboBox *chooser = m_ui->ingredientChooser;
    const QSignalBlocker blocker(chooser);
    chooser->clear();
    chooser->addItems(m_ingredients);
    m_ui->ingredientLabel->setVisible(!m_ingredients.isEmpty());
    chooser->setVisible(!m_ingredients.isEmpty());
}

// The bar holds the tabs of the page, or on a page per ingredient those of
// `ingredient` and those of no ingredient. (Hidden tabs of Qt's own bar are
// laid out and scrolled wrongly, so the bar is filled again instead.)
void MonographView::showIngredient(const QString &ingredient)
{
    if (!m_ingredients.isEmpty()) {
        const QSignalBlocker blocker(m_ui->ingredientChooser);
        m_ui->ingredientChooser->setCurrentIndex(int(m_ingredients.indexOf(ingredient)));
    }
    m_refilling = true;
    QTabBar *tabs = m_ui->sectionTabs;
    while (tabs->count() > 0)
        tabs->removeTab(tabs->count() - 1);
    m_barTabs.clear();
    for (int i = 0; i < m_page.tabs.size(); ++i) {
        const MonographPage::Tab &pageTab = m_page.tabs.at(i);
        if (!m_ingredients.isEmpty() && !pageTab.ingredient.isEmpty() && pageTab.ingredient != ingredient)
            continue;
        QString text = pageTab.title;
        const QString prefix = pageTab.ingredient + QStringLiteral(" — ");
        if (!m_ingredients.isEmpty() && !pageTab.ingredient.isEmpty() && text.startsWith(prefix))
            text = text.mid(prefix.size());
        // "&&": a tab takes '&' for the mark of a shortcut, and a heading's
        // "Cefixime & Cloxacillin" would lose it and underline a letter.
        const int index = tabs->addTab(text.replace(QLatin1Char('&'), QLatin1String("&&")));
        // Where the tab can be reached from any page.
        const QKeySequence keys = sectionshortcuts::forKind(pageTab.kind);
        tabs->setTabToolTip(
            index,
            plainToolTip(keys.isEmpty() ? pageTab.title
                                        : tr("%1 (%2)").arg(pageTab.title, keys.toString(QKeySequence::NativeText))));
        m_barTabs.append(i);
    }
    m_refilling = false;
}

void MonographView::revealTab(int tab)
{
    if (m_ingredients.isEmpty() || tab < 0 || tab >= m_page.tabs.size())
        return;
    const QString &ingredient = m_page.tabs.at(tab).ingredient;
    if (!ingredient.isEmpty() && ingredient != m_ui->ingredientChooser->currentText())
        showIngredient(ingredient);
}

// The reader chose an ingredient: its section of the kind in view, else its first.
void MonographView::chooseIngredient(int index)
{
    if (index < 0 || index >= m_ingredients.size())
        return;
    const QString &ingredient = m_ingredients.at(index);
    const int current = currentTab();
    const SectionKind kind = current >= 0 && current < m_page.tabs.size() ? m_page.tabs.at(current).kind
                                                                          : SectionKind::Other;
    int target = m_page.tabForKind(kind, ingredient);
    if (target < 0 || m_page.tabs.at(target).ingredient != ingredient) {
        target = -1;
        for (int i = 0; i < m_page.tabs.size() && target < 0; ++i) {
            if (m_page.tabs.at(i).ingredient == ingredient)
                target = i;
        }
    }
    showIngredient(ingredient);
    if (target >= 0) {
        m_switching = true;
        selectTab(target);
        m_switching = false;
        emit tabActivated(target);
    }
}

void MonographView::showFindBar()
{
    m_ui->findBar->activate();
    onFindTextChanged(m_ui->findBar->text());
}

void MonographView::onFindTextChanged(const QString &text)
{
    PageBrowser *browser = m_ui->pageBrowser;
    // Start from the top of what is in view, as a reader expects.
    QTextCursor start = browser->cursorForPosition(QPoint(0, 0));
    start.clearSelection();
    browser->setTextCursor(start);
    if (browser->setFindText(text) > 0)
        browser->findNext(false, true);
    updateFindStatus();
}

void MonographView::findNext()
{
    find(false);
}

void MonographView::findPrevious()
{
    find(true);
}

void MonographView::find(bool backward)
{
    if (!m_ui->findBar->isVisible()) {
        showFindBar();
        return;
    }
    const QString text = m_ui->findBar->text();
    if (text.isEmpty())
        return;
    PageBrowser *browser = m_ui->pageBrowser;
    // Within this section first; past its last match, on to the next section
    // that has one, so that find covers the whole monograph.
    if (browser->findNext(backward, false)) {
        updateFindStatus();
        return;
    }
    for (int step = 1; step <= tabCount(); ++step) {
        const int tab = (currentTab() + (backward ? -step : step) + tabCount() * step) % tabCount();
        if (tab == currentTab() || matchesInTab(tab, text) > 0) {
            if (tab != currentTab()) {
                selectTab(tab); // counts as the reader's move
            }
            browser->selectFindMatch(backward ? -1 : 0);
            break;
        }
    }
    updateFindStatus();
}

int MonographView::matchesInTab(int tab, const QString &text) const
{
    if (tab == currentTab())
        return m_ui->pageBrowser->findMatchCount();
    if (m_plainText.at(tab).isNull()) {
        PageDocument document;
        document.setHtml(sectionHtml(tab));
        m_plainText[tab] = document.toPlainText();
    }
    return int(m_plainText.at(tab).count(text, Qt::CaseInsensitive));
}

void MonographView::updateFindStatus()
{
    const QString text = m_ui->findBar->text();
    PageBrowser *browser = m_ui->pageBrowser;
    if (text.isEmpty()) {
        m_ui->findBar->setStatus(QString(), false);
        return;
    }
    int elsewhere = 0;
    for (int tab = 0; tab < tabCount(); ++tab) {
        if (tab != currentTab())
            elsewhere += matchesInTab(tab, text);
    }
    const int here = browser->findMatchCount();
    QString status;
    if (here > 0)
        status = tr("%1 of %2").arg(std::max(1, browser->currentFindMatch())).arg(here);
    else if (elsewhere == 0)
        status = tr("Not found");
    else
        status = tr("Not in this section");
    if (elsewhere > 0)
        status += QStringLiteral(" · ") + tr("%n more in other sections", nullptr, elsewhere);
    m_ui->findBar->setStatus(status, here == 0 && elsewhere == 0);
}

void MonographView::setZoomPercent(int percent)
{
    m_ui->pageBrowser->setZoomPercent(percent);
}

int MonographView::zoomPercent() const
{
    return m_ui->pageBrowser->zoomPercent();
}

PageBrowser *MonographView::browser() const
{
    return m_ui->pageBrowser;
}

QTabBar *MonographView::tabBar() const
{
    return m_ui->sectionTabs;
}

FindBar *MonographView::findBar() const
{
    return m_ui->findBar;
}

void MonographView::updateDisclaimerHeight()
{
    PageBrowser *view = m_ui->disclaimerView;
    QToolButton *toggle = m_ui->disclaimerToggle;
    if (view->isHidden()) {
        toggle->hide();
        return;
    }
    const int frame = 2 * view->frameWidth();
    const int wanted = int(std::ceil(view->document()->size().height())) + frame;
    // Its first line, down to the bottom of that line and the page margin.
    int oneLine = wanted;
    const QTextBlock first = view->document()->firstBlock();
    if (const QTextLayout *layout = first.layout(); layout && layout->lineCount() > 0) {
        const QRectF block = view->document()->documentLayout()->blockBoundingRect(first);
        oneLine = int(std::ceil(block.top() + layout->lineAt(0).rect().bottom() + view->document()->documentMargin()))
                  + frame;
    }
    const bool moreThanALine = wanted > oneLine + 2;
    toggle->setVisible(moreThanALine);
    const bool expanded = m_disclaimerExpanded || !moreThanALine;
    toggle->setArrowType(expanded ? Qt::DownArrow : Qt::UpArrow);
    toggle->setAccessibleName(expanded ? tr("Show only the disclaimer's first line") : tr("Show the whole disclaimer"));
    // Expanded: as tall as its text, up to a few lines; beyond that it scrolls.
    const int most = int(kDisclaimerMaxLines * view->fontMetrics().lineSpacing() * 1.4) + frame;
    const int height = expanded ? std::min(wanted, most) : oneLine;
    view->setVerticalScrollBarPolicy(expanded && wanted > most ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    if (!expanded)
        view->verticalScrollBar()->setValue(0);
    if (view->height() != height)
        view->setFixedHeight(height);
}

} // namespace formulary
