#pragma once

#include <QStringList>
#include <QTextBrowser>
#include <QTextDocument>

namespace formulary {

// A document that loads nothing a page names. QTextDocument falls back to
// reading local files and data: URLs itself when its view declines, so the
// refusal has to be here as well as in the view; and every image is given a
// placeholder, as Qt reads the file of an image it was given nothing for.
class PageDocument : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

// Shows a section's HTML. It never navigates by itself and loads no images,
// style sheets or pages: links are offered to the application through
// linkActivated, which opens only http and https in the system browser.
class PageBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PageBrowser(QWidget *parent = nullptr);

    // Sets the section's HTML (from markdown::toHtml) and highlights `terms`.
    void showHtml(const QString &html, const QStringList &highlightTerms = {});

    // Scrolls the first highlighted term into view.
    void scrollToFirstHighlight();

    // Find in page: setFindText highlights every match of `text` and returns
    // how many there are; findNext selects the next or previous one from the
    // cursor, wrapping when `wrap`, and returns whether it selected one.
    int setFindText(const QString &text);
    bool findNext(bool backward, bool wrap);
    int findMatchCount() const { return int(m_findMatches.size()); }
    int currentFindMatch() const;    // 1-based, 0 when no match is selected
    void selectFindMatch(int index); // 0-based; -1 selects the last

    // Space around the text column, in pixels.
    void setPageMargin(int margin);
    // Whether the text stays in a column of readable width (the default), or
    // takes the whole width, as a table of several drugs needs.
    void setReadingColumn(bool limited);

    // Zoom in percent of the application's font size.
    void setZoomPercent(int percent);
    int zoomPercent() const { return m_zoomPercent; }

    // Whether a link with this address may be opened (http and https only).
    static bool isOpenable(const QUrl &url);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    // A link the application decided to open; others are dropped.
    void externalLinkOpened(const QUrl &url);
    // Tab or Shift+Tab selected a link: QTextBrowser tells `highlighted`
    // only for the pointer.
    void linkFocused(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void onAnchorClicked(const QUrl &url);
    void render();
    void applyFont();
    void updateColumn();
    void updateExtraSelections();
    QList<QTextCursor> matchesOf(const QString &text) const;

    QString m_html;
    QStringList m_highlightTerms;
    QList<QTextCursor> m_highlights;
    QString m_findText;
    QList<QTextCursor> m_findMatches;
    int m_zoomPercent = 100;
    int m_margin = 14;
    bool m_readingColumn = true;
};

} // namespace formulary
