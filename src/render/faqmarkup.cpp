#include "render/faqmarkup.h"

#include "parse/faqextractor.h"
#include "parse/markdown.h"
#include "render/internal/htmltree.h"
#include "render/markdownhtml.h"

#include <QCoreApplication>

#include <cmark-gfm.h>

namespace formulary::faqmarkup {
namespace {

const QString kScheme = QStringLiteral("formulary-faq");

QList<cmark_node *> topLevelBlocks(cmark_node *root)
{
    QList<cmark_node *> blocks;
    for (cmark_node *block = cmark_node_first_child(root); block; block = cmark_node_next(block))
        blocks.append(block);
    return blocks;
}

// A page's own link that looks like a star would toggle a bookmark: make it
// lead nowhere.
void disarmLookalikes(cmark_node *root)
{
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_LINK
            && QUrl(QString::fromUtf8(cmark_node_get_url(node))).scheme().compare(kScheme, Qt::CaseInsensitive) == 0)
            cmark_node_set_url(node, "");
    }
    cmark_iter_free(iter);
}

// The paragraphs and headings that open a question, by their first line.
QList<cmark_node *> openersAt(cmark_node *root, const QList<Faq> &faqs)
{
    QList<cmark_node *> openers(faqs.size(), nullptr);
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_PARAGRAPH && type != CMARK_NODE_HEADING))
            continue;
        const int line = cmark_node_get_start_line(node);
        for (int i = 0; i < faqs.size(); ++i) {
            if (!openers.at(i) && faqs.at(i).line == line) {
                openers[i] = node;
                break;
            }
        }
    }
    cmark_iter_free(iter);
    return openers;
}

void insertStar(cmark_node *opener, int index, bool on)
{
    const QString title = on ? QCoreApplication::translate("FaqMarkup", "Remove the bookmark (Ctrl+D)")
                             : QCoreApplication::translate("FaqMarkup", "Bookmark this question (Ctrl+D)");
    const QByteArray open = QStringLiteral("<a class=\"%1\" href=\"%2:%3\" title=\"%4\">")
                                .arg(on ? QStringLiteral("star star-on") : QStringLiteral("star"), kScheme)
                                .arg(index)
                                .arg(title.toHtmlEscaped())
                                .toUtf8();
    cmark_node *star = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(star, open.constData());
    cmark_node_set_on_exit(star, "</a>");
    cmark_node *glyph = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(glyph, on ? "\xe2\x98\x85" : "\xe2\x98\x86"); // ★ ☆
    cmark_node_append_child(star, glyph);
    cmark_node *space = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(space, " ");
    cmark_node_prepend_child(opener, space);
    cmark_node_prepend_child(opener, star);
}

} // namespace

QList<Faq> faqs(const QString &markdown)
{
    const markdown::Document document(markdown.toUtf8());
    return extractFaqs(topLevelBlocks(document.root()), 0, nullptr);
}

Rendered toHtml(const QString &markdown, const std::function<bool(const Faq &faq)> &isBookmarked)
{
    Rendered rendered;
    const QList<Faq> all = faqs(markdown);
    rendered.html = markdown::toHtmlEdited(markdown, [&](cmark_node *root) {
        disarmLookalikes(root);
        const QList<cmark_node *> openers = openersAt(root, all);
        for (int i = 0; i < all.size(); ++i) {
            if (!openers.at(i))
                continue; // not found in the tree: shown without a star rather than beside the wrong text
            insertStar(openers.at(i), int(rendered.faqs.size()), isBookmarked && isBookmarked(all.at(i)));
            rendered.faqs.append(all.at(i));
        }
    });
    return rendered;
}

std::optional<int> starIndex(const QUrl &url)
{
    if (url.scheme().compare(kScheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    bool ok = false;
    const int index = url.path().toInt(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    return index;
}

} // namespace formulary::faqmarkup
