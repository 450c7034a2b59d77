#include "parse/markdown.h"

#include "parse/nestinglimit.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <mutex>

namespace formulary::markdown {
namespace {

// Rendering uses every extension the pages are written for.
const std::initializer_list<const char *> kAllExtensions = {"table", "strikethrough", "autolink", "tagfilter"};
// Reading a page's structure needs only those that change where blocks begin
// and end: autolinks and strikethrough are inline, and the autolink pass
// alone costs a tenth of parsing.
const std::initializer_list<const char *> kStructureExtensions = {"table"};

void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// Stops once `out` holds `limit` bytes: callers that look at how a paragraph
// begins need not copy all of it.
void appendInline(cmark_node *node, QByteArray &out, qsizetype limit = std::numeric_limits<qsizetype>::max())
{
    if (out.size() >= limit)
        return;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
        out += cmark_node_get_literal(node);
        return;
    case CMARK_NODE_SOFTBREAK:
        out += ' ';
        return;
    case CMARK_NODE_LINEBREAK:
        out += '\n';
        return;
    case CMARK_NODE_HTML_INLINE:
        return;
    default:
        for (cmark_node *child = cmark_node_first_child(node); child && out.size() < limit;
             child = cmark_node_next(child))
            appendInline(child, out, limit);
    }
}

} // namespace

cmark_node *parseTree(const QByteArray &utf8, int options, Extensions which, cmark_mem *memory)
{
    ensureExtensionsRegistered();
    if (!memory)
        memory = cmark_get_default_mem_allocator();
    cmark_parser *parser = cmark_parser_new_with_mem(options, memory);
    const bool tables = firstOverwideTableLine(utf8) == 0;
    for (const char *name : which == Extensions::Structure ? kStructureExtensions : kAllExtensions) {
        if (!tables && qstrcmp(name, "table") == 0)
            continue;
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *root = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    return root;
}

int firstOverwideTableLine(QByteArrayView utf8)
{
    // Most pages have fewer '|' in all than a line may: counted at once,
    // they need no walk line by line (this runs for every page imported).
    // memchr skips the text between them many bytes at a time.
    if (utf8.isEmpty())
        return 0;
    qsizetype bars = 0;
    for (const char *at = utf8.data(), *end = at + utf8.size();
         (at = static_cast<const char *>(std::memchr(at, '|', size_t(end - at)))); ++at) {
        if (++bars > MaxTableCells + 1)
            break;
    }
    if (bars <= MaxTableCells + 1)
        return 0;
    int line = 1;
    int cells = 0; // '|' on this line so far
    for (const char c : utf8) {
        if (c == '\n') {
            ++line;
            cells = 0;
        } else if (c == '|' && ++cells > MaxTableCells + 1) { // n cells take n + 1 '|' with the outer ones
            return line;
        }
    }
    return 0;
}

int firstLinkCrowdedBlockLine(QByteArrayView utf8)
{
    // A page has fewer marks than bytes: with few links, it needs no walk.
    qint64 links = 0;
    for (const char *at = utf8.data(), *end = at + utf8.size();
         (at = static_cast<const char *>(std::memchr(at, ']', size_t(end - at)))); ++at) {
        if (at + 1 < end && at[1] == '(')
            ++links;
    }
    if (links * utf8.size() <= MaxLinksTimesMarks)
        return 0;
    int line = 1;
    bool blank = true; // the current line so far
    links = 0;
    qint64 marks = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '\n') {
            if (blank)
                links = marks = 0;
            ++line;
            blank = true;
            continue;
        }
        if (c == ' ' || c == '\t')
            continue;
        blank = false;
        if (c == ']' && i + 1 < utf8.size() && utf8[i + 1] == '(')
            ++links;
        else if (c == '*' || c == '_' || c == '`' || c == '~')
            ++marks;
        else
            continue;
        if (links * marks > MaxLinksTimesMarks)
            return line;
    }
    return 0;
}

Document::Document(const QByteArray &utf8)
{
    // The arena does not reuse what cmark-gfm frees while it parses: for a
    // page of a few kilobytes that is nothing, for a hostile one of 2 MiB
    // (a table of 100,000 rows) a few hundred megabytes.
    constexpr qsizetype kLargestPageInArena = 256 * 1024;
    if (utf8.size() <= kLargestPageInArena)
        m_arena.emplace();
    m_root = parseTree(utf8, CMARK_OPT_SOURCEPOS, Extensions::Structure,
                       m_arena ? ArenaUse::allocator() : cmark_get_default_mem_allocator());
    limitNesting(m_root);
}

Document::~Document()
{
    // A tree in the arena goes with it.
    if (!m_arena)
        cmark_node_free(m_root);
}

QByteArray inlineText(cmark_node *node)
{
    return inlineTextFrom(cmark_node_first_child(node));
}

QByteArray inlineTextPrefix(cmark_node *node, int bytes)
{
    QByteArray out;
    appendInline(node, out, bytes);
    return out.left(bytes);
}

QByteArray inlineTextFrom(cmark_node *first)
{
    QByteArray out;
    for (cmark_node *child = first; child; child = cmark_node_next(child))
        appendInline(child, out);
    return out;
}

QByteArray blockText(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
        return inlineText(node);
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK:
        return QByteArray(cmark_node_get_literal(node)).trimmed();
    default:
        break;
    }
    QByteArray out;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        const QByteArray text = blockText(child);
        if (text.isEmpty())
            continue;
        if (!out.isEmpty())
            out += '\n';
        out += text;
    }
    return out;
}

} // namespace formulary::markdown
