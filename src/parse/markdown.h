#pragma once

#include "parse/cmarkarena.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct cmark_mem;
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

// Which of cmark-gfm's extensions a parse uses: those that shape blocks
// (tables), enough to read a page's structure, or all that the pages are
// written for (tables, strikethrough, autolinks, tagfilter), to show it.
enum class Extensions { Structure, All };

// Parses `utf8` into a tree the caller frees (with cmark_node_free, unless
// `memory` is an arena's). Tables are read as text on a page with an
// over-wide table line (see firstOverwideTableLine).
cmark_node *parseTree(const QByteArray &utf8, int options, Extensions extensions, cmark_mem *memory = nullptr);

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

} // namespace formulary::markdown
