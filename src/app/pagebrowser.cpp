#include "app/pagebrowser.h"

#include "app/appstyle.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextFrame>

namespace formulary {
namespace {

// Readable lines: the text column stops growing at about this many average
// characters and the rest of the width is left as margin on both sides.
constexpr int kMaxColumnChars = 90;

QTextEdit::ExtraSelection selectionFor(const QTextCursor &cursor, const QColor &background,
                                       const QColor &foreground = {})
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(background);
    if (foreground.isValid())
        selection.format.setForeground(foreground);
    return selection;
}

// What an image a page names is shown as: the icon Qt shows for an image
// it cannot load. Answering with nothing is not enough, as Qt's image
// handler then reads the file the image names itself, a path such as
// ![x](/home/…/photo.jpg) included.
QVariant refusedResource(int type)
{
    if (type != QTextDocument::ImageResource)
        return {};
    QImage image;
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        image = QApplication::style()->standardIcon(QStyle::SP_FileIcon).pixmap(16, 16).toImage();
    if (image.isNull()) {
        image = QImage(16, 16, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
    }
    return image;
}

} // namespace

QVariant PageDocument::loadResource(int type, const QUrl &)
{
    return refusedResource(type);
}

PageBrowser::PageBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setDocument(new PageDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &PageBrowser::onAnchorClicked);
    document()->setDefaultStyleSheet(appstyle::pageStyleSheet(palette()));
    applyFont();
}

QVariant PageBrowser::loadResource(int type, const QUrl &)
{
    return refusedResource(type);
}

bool PageBrowser::isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
           && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void PageBrowser::onAnchorClicked(const QUrl &url)
{
    if (!isOpenable(url))
        return;
    QDesktopServices::openUrl(url);
    emit externalLinkOpened(url);
}

void PageBrowser::showHtml(const QString &html, const QStringList &highlightTerms)
{
    m_html = html;
    m_highlightTerms = highlightTerms;
    render();
}

void PageBrowser::render()
{
    setHtml(m_html);
    updateColumn();
    m_highlights.clear();
    for (const QString &term : std::as_const(m_highlightTerms))
        m_highlights += matchesOf(term);
    m_findMatches = matchesOf(m_findText);
    updateExtraSelections();
}

void PageBrowser::scrollToFirstHighlight()
{
    if (m_highlights.isEmpty())
        return;
    const QTextCursor *first = &m_highlights.first();
    for (const QTextCursor &cursor : std::as_const(m_highlights)) {
        if (cursor.selectionStart() < first->selectionStart())
            first = &cursor;
    }
    QTextCursor cursor(document());
    cursor.setPosition(first->selectionStart());
    setTextCursor(cursor);
    ensureCursorVisible();
}

QList<QTextCursor> PageBrowser::matchesOf(const QString &text) const
{
    QList<QTextCursor> matches;
    if (text.isEmpty())
        return matches;
    QTextCursor cursor(document());
    while (true) {
        cursor = document()->find(text, cursor);
        if (cursor.isNull())
            break;
        matches.append(cursor);
    }
    return matches;
}

int PageBrowser::setFindText(const QString &text)
{
    m_findText = text;
    m_findMatches = matchesOf(text);
    if (m_findMatches.isEmpty()) {
        QTextCursor cursor = textCursor();
        cursor.clearSelection();
        setTextCursor(cursor);
    }
    updateExtraSelections();
    return int(m_findMatches.size());
}

int PageBrowser::currentFindMatch() const
{
    const QTextCursor cursor = textCursor();
    for (int i = 0; i < m_findMatches.size(); ++i) {
        if (m_findMatches.at(i).selectionStart() == cursor.selectionStart()
            && m_findMatches.at(i).selectionEnd() == cursor.selectionEnd())
            return i + 1;
    }
    return 0;
}

void PageBrowser::selectFindMatch(int index)
{
    if (m_findMatches.isEmpty())
        return;
    if (index < 0 || index >= m_findMatches.size())
        index = int(m_findMatches.size()) - 1;
    setTextCursor(m_findMatches.at(index));
    ensureCursorVisible();
    updateExtraSelections();
}

bool PageBrowser::findNext(bool backward, bool wrap)
{
    if (m_findMatches.isEmpty())
        return false;
    const QTextCursor cursor = textCursor();
    const int from = backward ? cursor.selectionStart() : cursor.selectionEnd();
    if (backward) {
        for (int i = int(m_findMatches.size()) - 1; i >= 0; --i) {
            if (m_findMatches.at(i).selectionStart() < from) {
                selectFindMatch(i);
                return true;
            }
        }
    } else {
        for (int i = 0; i < m_findMatches.size(); ++i) {
            if (m_findMatches.at(i).selectionStart() >= from) {
                selectFindMatch(i);
                return true;
            }
        }
    }
    if (!wrap)
        return false;
    selectFindMatch(backward ? -1 : 0);
    return true;
}

void PageBrowser::updateExtraSelections()
{
    const QColor soft = appstyle::matchHighlight(palette());
    QList<ExtraSelection> selections;
    for (const QTextCursor &cursor : std::as_const(m_highlights))
        selections.append(selectionFor(cursor, soft));
    const int current = currentFindMatch() - 1;
    for (int i = 0; i < m_findMatches.size(); ++i) {
        if (i == current)
            selections.append(selectionFor(m_findMatches.at(i), palette().color(QPalette::Highlight),
                                           palette().color(QPalette::HighlightedText)));
        else
            selections.append(selectionFor(m_findMatches.at(i), soft));
    }
    setExtraSelections(selections);
}

void PageBrowser::setPageMargin(int margin)
{
    m_margin = margin;
    updateColumn();
}

void PageBrowser::setReadingColumn(bool limited)
{
    m_readingColumn = limited;
    updateColumn();
}

void PageBrowser::setZoomPercent(int percent)
{
    m_zoomPercent = std::clamp(percent, 50, 300);
    applyFont();
}

void PageBrowser::applyFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(appstyle::readingPointSize() * m_zoomPercent / 100.0);
    setFont(font);
    document()->setDefaultFont(font);
    updateColumn();
}

void PageBrowser::updateColumn()
{
    // A column of readable width in a wide window, starting where the
    // header does; the zoomed font's width sets it, so zoom widens it.
    const int column = QFontMetrics(font()).averageCharWidth() * kMaxColumnChars;
    const int rest = m_readingColumn ? std::max(0, viewport()->width() - column - 2 * m_margin) : 0;
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (format.leftMargin() == m_margin && format.rightMargin() == m_margin + rest && format.topMargin() == m_margin)
        return;
    format.setMargin(m_margin);
    format.setRightMargin(m_margin + rest);
    document()->rootFrame()->setFrameFormat(format);
}

void PageBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateColumn();
}

bool PageBrowser::focusNextPrevChild(bool next)
{
    const bool stayed = QTextBrowser::focusNextPrevChild(next);
    if (stayed && hasFocus() && textCursor().hasSelection())
        emit linkFocused(QUrl(textCursor().charFormat().anchorHref()));
    return stayed;
}

void PageBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The document's style sheet takes effect when HTML is set.
        const int scroll = verticalScrollBar()->value();
        document()->setDefaultStyleSheet(appstyle::pageStyleSheet(palette()));
        render();
        verticalScrollBar()->setValue(scroll);
    }
}

} // namespace formulary
