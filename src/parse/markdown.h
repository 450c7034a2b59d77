#pragma once

#include "parse/cmarkarena.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

struct cmark_node;

namespace formulary::markdown {

// cmark-gfm's table extension walks a row's cells from the first for every
// cell it adds: a row of n cells costs n² steps, and a hostile page of one
// wide row would take minutes. A text with a line of more cells than this
// (more than MaxTableCells + 1 '|') is read without the extension; its
// tables show as the text they are written with, every word kept.
constexpr int MaxTableCells = 256;
// The 1-based number of the first line of `utf8` with more than
// MaxTableCells + 1 '|', or 0 when there is none.
int firstOverwideTableLine(QByteArrayView utf8);

// cmark-gfm 0.29's inline parser takes time in proportion to the links of a
// paragraph times the emphasis and code marks around them: a paragraph of
// 4,000 links among 400,000 '*' takes 20 s, a 2 MiB page of them minutes,
// when the page is read and each time it is shown. A page with a block of
// lines (no blank line between them) past this product is not read; real
// paragraphs stay below it by a factor of a thousand.
constexpr qint64 MaxLinksTimesMarks = 10'000'000;
// The 1-based number of the line on which a block of lines first holds more
// links ("](") times marks ('*', '_', '`', '~') than MaxLinksTimesMarks, or 0.
int firstLinkCrowdedBlockLine(QByteArrayView utf8);

// Owns a cmark-gfm document parsed with source positions and the GFM
// extensions that shape its blocks (tables), for reading its structure;
// nesting past the limits of nestinglimit.h is flattened, words kept. The
// tree of a page of usual size lives in the arena of the thread that made
// it (cmarkarena.h), and is read and dropped on that thread.
class Document
{
public:
    explicit Document(const QByteArray &utf8);
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    cmark_node *root() const { return m_root; }

private:
    std::optional<ArenaUse> m_arena;
    cmark_node *m_root = nullptr;
};

// The plain text of a node's inline content: text and code literals, soft
// breaks as spaces, hard breaks as newlines, markup and raw HTML tags left out.
QByteArray inlineText(cmark_node *node);
// At most the first `bytes` bytes of inlineText(node), without computing the rest.
QByteArray inlineTextPrefix(cmark_node *node, int bytes);
// The same for `first` and the siblings after it; empty when `first` is null.
QByteArray inlineTextFrom(cmark_node *first);

// Like inlineText, for a block and everything inside it; blocks are separated
// by newlines.
QByteArray blockText(cmark_node *node);

// Markdown to HTML without raw HTML: raw HTML on a page is shown as text, so
// that nothing the page says disappears and nothing it embeds runs. A
// paragraph of bold text alone is wrapped in <div class="label">. A word of
// over 200 characters gets an invisible break (U+200B) every 200, paragraphs
// over 64 KiB are cut into several, tables past 2,000 cells in all are shown
// as the lines they are written with, and lists of over 256 items are cut
// into shorter ones (numbered ones shown as numbered paragraphs): Qt needs
// these to lay the text out in reasonable time.
QString toHtml(const QString &markdown);
// The same, with `edit` called on the document's tree just before it is
// rendered, for what the application shows within a page's text.
QString toHtml(const QString &markdown, const std::function<void(cmark_node *root)> &edit);

// Markdown to plain text, for the terminal; raw HTML is kept as text.
QString toPlainText(const QString &markdown);

} // namespace formulary::markdown
