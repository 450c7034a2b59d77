#include "render/markdownhtml.h"

#include "parse/markdown.h"
#include "parse/nestinglimit.h"
#include "render/internal/htmltree.h"

#include <QList>

#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstring>
#include <limits>

namespace formulary::markdown {
namespace {

// Raw HTML becomes literal text: rendered escaped, it shows what the page
// wrote instead of being omitted or interpreted.
void rawHtmlToText(cmark_node *root)
{
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HTML_INLINE) {
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, cmark_node_get_literal(node));
            cmark_node_replace(node, text);
            cmark_node_free(node);
            cmark_iter_reset(iter, text, CMARK_EVENT_EXIT);
        } else if (type == CMARK_NODE_HTML_BLOCK) {
            cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            QByteArray literal(cmark_node_get_literal(node));
            while (literal.endsWith('\n'))
                literal.chop(1);
            cmark_node_set_literal(text, literal.constData());
            cmark_node_append_child(para, text);
            cmark_node_replace(node, para);
            cmark_node_free(node);
            cmark_iter_reset(iter, para, CMARK_EVENT_EXIT);
        }
    }
    cmark_iter_free(iter);
}

// cmark takes link reference definitions ("[1]: https://…", also what reads
// like a footnote, "[^1]: …") out of the tree: rendered, a page's list of
// references would vanish. Lines that no top-level block covers and that
// are not blank are put back where they stood, as literal text, one
// paragraph per run of lines. Needs a tree parsed with source positions.
void keepUncoveredLines(cmark_node *root, const QByteArray &utf8)
{
    const QList<QByteArray> lines = utf8.split('\n');
    int next = 1; // the first line not yet looked at
    auto restore = [&](int until, cmark_node *before) {
        cmark_node *paragraph = nullptr;
        for (; next < until && next <= lines.size(); ++next) {
            const QByteArray line = lines.at(next - 1).trimmed();
            if (line.isEmpty()) {
                paragraph = nullptr;
                continue;
            }
            if (!paragraph) {
                paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
                if (before)
                    cmark_node_insert_before(before, paragraph);
                else
                    cmark_node_append_child(root, paragraph);
            } else {
                cmark_node_append_child(paragraph, cmark_node_new(CMARK_NODE_LINEBREAK));
            }
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, line.constData());
            cmark_node_append_child(paragraph, text);
        }
    };
    for (cmark_node *block = cmark_node_first_child(root); block; block = cmark_node_next(block)) {
        const int start = cmark_node_get_start_line(block);
        if (start <= 0)
            continue;
        restore(start, block);
        next = std::max(next, cmark_node_get_end_line(block) + 1);
    }
    restore(int(lines.size()) + 1, nullptr);
}

bool isBlank(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
        return true;
    return type == CMARK_NODE_TEXT && QByteArray(cmark_node_get_literal(node)).trimmed().isEmpty();
}

// The nodes under `root` for which `keep` holds, in document order: the
// passes below change the tree, which cmark's iterator must not see.
template<typename Keep>
QList<cmark_node *> nodesWhere(cmark_node *root, Keep keep)
{
    QList<cmark_node *> nodes;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && keep(node))
            nodes.append(node);
    }
    cmark_iter_free(iter);
    return nodes;
}

bool isOfType(cmark_node *node, cmark_node_type type)
{
    return cmark_node_get_type(node) == type;
}

// How many children `node` has, counting no further than `atMost`.
int childCount(cmark_node *node, int atMost = std::numeric_limits<int>::max())
{
    int count = 0;
    for (cmark_node *child = cmark_node_first_child(node); child && count < atMost; child = cmark_node_next(child))
        ++count;
    return count;
}

// A paragraph of bold text alone ("**Common Side Effects:**") labels what
// follows it; wrapping it in <div class="label"> lets the stylesheet set it
// apart. The paragraph itself is kept: its text lives in its buffer.
void markLabels(cmark_node *root)
{
    const QList<cmark_node *> labels = nodesWhere(root, [](cmark_node *node) {
        if (!isOfType(node, CMARK_NODE_PARAGRAPH))
            return false;
        int strong = 0, other = 0;
        for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
            if (isOfType(child, CMARK_NODE_STRONG))
                ++strong;
            else if (!isBlank(child))
                ++other;
        }
        return strong == 1 && other == 0;
    });
    for (cmark_node *paragraph : labels) {
        cmark_node *wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(wrapper, "<div class=\"label\">");
        cmark_node_set_on_exit(wrapper, "</div>");
        cmark_node_insert_before(paragraph, wrapper);
        cmark_node_unlink(paragraph);
        cmark_node_append_child(wrapper, paragraph);
    }
}

// Qt lays out a word too long for its line in time that grows with the
// square of the word's length: one word of 100,000 characters (a base64
// image written as raw HTML, a wide table row read as text) holds the window
// for seconds, and a full-size page of one for an hour. Such a word gets an
// invisible break opportunity (U+200B) every this many characters (fewer
// make a page of one long word no faster); words of ordinary text are far
// shorter and never touched.
constexpr int kLongestUnbrokenWord = 200;

// `run` is the count of characters since the last space or break, carried
// from the text before: a word may go on over several text nodes ("[[[…"
// is one node per bracket).
QByteArray withBreakOpportunities(const QByteArray &utf8, int &run)
{
    QByteArray out;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const bool startsCharacter = (c & 0xC0) != 0x80;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            run = 0;
        } else if (startsCharacter && ++run > kLongestUnbrokenWord) {
            if (out.isEmpty())
                out = utf8.left(i);
            out += "\xE2\x80\x8B";
            run = 1;
        }
        if (!out.isEmpty())
            out += c;
    }
    return out; // empty when nothing needed breaking
}

void breakLongWords(cmark_node *root)
{
    int run = 0;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        // A word ends with its block, and at a line break.
        if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK || type == CMARK_NODE_SOFTBREAK
            || type == CMARK_NODE_LINEBREAK) {
            run = 0;
            continue;
        }
        if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_TEXT && type != CMARK_NODE_CODE))
            continue;
        const char *literal = cmark_node_get_literal(node);
        if (const QByteArray broken = withBreakOpportunities(QByteArray(literal), run); !broken.isEmpty())
            cmark_node_set_literal(node, broken.constData());
    }
    cmark_iter_free(iter);
}

// Qt lays out a rich-text table at about a third of a millisecond a cell
// here, so a page of a million cells would hold the window for minutes.
// Past this many cells in one text, tables are shown as the lines they are
// written with, in a preformatted block, which Qt lays out at once.
constexpr int kMostTableCellsShown = 2000;

void showLargeTablesAsText(cmark_node *root, const QByteArray &utf8)
{
    int cells = 0; // in the tables so far, in page order
    const QList<cmark_node *> tables = nodesWhere(root, [&cells](cmark_node *node) {
        if (qstrcmp(cmark_node_get_type_string(node), "table") != 0)
            return false;
        cells += childCount(node) * int(cmark_gfm_extensions_get_table_columns(node));
        return cells > kMostTableCellsShown;
    });
    if (tables.isEmpty())
        return;
    const QList<QByteArray> lines = utf8.split('\n');
    for (cmark_node *table : tables) {
        // One line a row, and the delimiter row: cmark-gfm gives a table the
        // start line of a paragraph it interrupts, which is shown already.
        const int last = std::min(cmark_node_get_end_line(table), int(lines.size()));
        const int first = std::max({cmark_node_get_start_line(table), last - childCount(table), 1});
        QByteArray text;
        for (int line = first; line <= last; ++line)
            text += lines.at(line - 1) + '\n';
        cmark_node *block = cmark_node_new(CMARK_NODE_CODE_BLOCK);
        cmark_node_set_literal(block, text.constData());
        cmark_node_insert_before(table, block);
        cmark_node_free(table);
    }
}

// A tight list writes its items' paragraphs without <p>: paragraphs added
// inside an item would run into each other, so its list is made loose.
void loosenEnclosingList(cmark_node *node)
{
    cmark_node *parent = cmark_node_parent(node);
    if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM)
        cmark_node_set_list_tight(cmark_node_parent(parent), 0);
}

// Qt lays out one paragraph of a couple of megabytes in minutes, though it
// takes the same text in shorter paragraphs at once: a paragraph longer than
// this is shown as several, cut where a line or a word ends.
constexpr qsizetype kLongestParagraphShown = 64 * 1024;

qsizetype inlineSize(cmark_node *node)
{
    if (const char *literal = cmark_node_get_literal(node))
        return qsizetype(qstrlen(literal));
    qsizetype size = 1;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        size += inlineSize(child);
    return size;
}

void cutLongParagraphs(cmark_node *root)
{
    const QList<cmark_node *> paragraphs = nodesWhere(
        root, [](cmark_node *node) { return isOfType(node, CMARK_NODE_PARAGRAPH); });
    for (cmark_node *paragraph : paragraphs) {
        cmark_node *current = paragraph;
        qsizetype size = 0;
        for (cmark_node *child = cmark_node_first_child(current); child;) {
            if (cmark_node_get_type(child) == CMARK_NODE_TEXT) {
                // A text too long for the room left is cut after a word.
                const QByteArray literal(cmark_node_get_literal(child));
                const qsizetype cut = size + literal.size() > kLongestParagraphShown
                                          ? literal.lastIndexOf(' ', kLongestParagraphShown - size)
                                          : -1;
                if (cut > 0) {
                    cmark_node *rest = cmark_node_new(CMARK_NODE_TEXT);
                    cmark_node_set_literal(rest, literal.mid(cut + 1).constData());
                    cmark_node_set_literal(child, literal.left(cut + 1).constData());
                    cmark_node_insert_after(child, rest);
                }
            }
            const qsizetype childSize = inlineSize(child);
            if (size > 0 && size + childSize > kLongestParagraphShown) {
                // This child and those after it begin the next paragraph.
                cmark_node *part = cmark_node_new(CMARK_NODE_PARAGRAPH);
                cmark_node_insert_after(current, part);
                loosenEnclosingList(part);
                for (cmark_node *moving = child; moving;) {
                    cmark_node *next = cmark_node_next(moving);
                    cmark_node_append_child(part, moving);
                    moving = next;
                }
                current = part;
                size = 0;
                continue;
            }
            size += childSize;
            child = cmark_node_next(child);
        }
    }
}

// Qt adds each item to a rich-text list in time that grows with the items
// before it: a list of 8,000 items takes a second to show, one of a
// full-size page half a minute. A bullet list longer than this is shown as
// consecutive lists of this many items, which looks the same. Qt here cannot
// start a numbered list at another number than 1, so a numbered list that
// long is shown as paragraphs that begin with their numbers.
constexpr int kLongestListShown = 256;

void splitBulletList(cmark_node *list)
{
    cmark_node *current = list;
    int items = 0;
    for (cmark_node *item = cmark_node_first_child(list); item;) {
        cmark_node *next = cmark_node_next(item);
        if (items == kLongestListShown) {
            cmark_node *part = cmark_node_new(CMARK_NODE_LIST);
            cmark_node_set_list_type(part, CMARK_BULLET_LIST);
            cmark_node_set_list_tight(part, cmark_node_get_list_tight(list));
            cmark_node_insert_after(current, part);
            current = part;
            items = 0;
        }
        if (current != list)
            cmark_node_append_child(current, item);
        ++items;
        item = next;
    }
}

void numberedListAsParagraphs(cmark_node *list)
{
    const bool parenthesis = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM;
    int number = cmark_node_get_list_start(list);
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_first_child(list), ++number) {
        cmark_node *marker = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(marker,
                               QByteArray(QByteArray::number(number) + (parenthesis ? ") " : ". ")).constData());
        cmark_node *first = cmark_node_first_child(item);
        if (!first || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH) {
            first = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_prepend_child(item, first);
        }
        cmark_node_prepend_child(first, marker);
        while (cmark_node *child = cmark_node_first_child(item))
            cmark_node_insert_before(list, child);
        cmark_node_free(item);
    }
    loosenEnclosingList(list);
    cmark_node_free(list);
}

void shortenLongLists(cmark_node *root)
{
    const QList<cmark_node *> lists = nodesWhere(root, [](cmark_node *node) {
        return isOfType(node, CMARK_NODE_LIST) && childCount(node, kLongestListShown + 1) > kLongestListShown;
    });
    // Innermost first: a list is changed only after those inside it.
    for (auto it = lists.crbegin(); it != lists.crend(); ++it) {
        if (cmark_node_get_list_type(*it) == CMARK_ORDERED_LIST)
            numberedListAsParagraphs(*it);
        else
            splitBulletList(*it);
    }
}

} // namespace

QString toHtml(const QString &markdown)
{
    return toHtmlEdited(markdown, {});
}

QString toHtmlEdited(const QString &markdown, const std::function<void(cmark_node *root)> &edit)
{
    const int options = CMARK_OPT_DEFAULT;
    const QByteArray utf8 = markdown.toUtf8();
    cmark_node *root = parseTree(utf8, options | CMARK_OPT_SOURCEPOS, Extensions::All);
    keepUncoveredLines(root, utf8);
    showLargeTablesAsText(root, utf8);
    rawHtmlToText(root);
    limitNesting(root);
    shortenLongLists(root);
    cutLongParagraphs(root);
    breakLongWords(root);
    markLabels(root);
    if (edit)
        edit(root);
    char *html = cmark_render_html(root, options, nullptr);
    QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(root);
    return result;
}

QString toPlainText(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    cmark_node *root = parseTree(utf8, CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS, Extensions::All);
    keepUncoveredLines(root, utf8);
    rawHtmlToText(root);
    limitNesting(root);
    char *text = cmark_render_plaintext(root, CMARK_OPT_DEFAULT, 0);
    QString result = QString::fromUtf8(text);
    cmark_get_default_mem_allocator()->free(text);
    cmark_node_free(root);
    while (result.endsWith(QLatin1Char('\n')))
        result.chop(1);
    return result;
}

} // namespace formulary::markdown
