#include "parse/nestinglimit.h"

#include <QList>

#include <cmark-gfm.h>

namespace formulary::markdown {
namespace {

bool isBlockContainer(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_LIST:
    case CMARK_NODE_ITEM:
        return true;
    default:
        return false;
    }
}

// An inline node that holds other inlines: emphasis, strong, links, images,
// and the extensions' spans (strikethrough).
bool isInlineContainer(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    return (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE && cmark_node_first_child(node);
}

// The nodes within `cut` that hold its content, in document order: every
// descendant of the family's nodes that is not itself one of them.
template<typename Family>
QList<cmark_node *> contentOf(cmark_node *cut, Family inFamily)
{
    QList<cmark_node *> content;
    cmark_iter *iter = cmark_iter_new(cut);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        cmark_node *parent = cmark_node_parent(node);
        if (event == CMARK_EVENT_ENTER && node != cut && parent && inFamily(parent) && !inFamily(node))
            content.append(node);
    }
    cmark_iter_free(iter);
    return content;
}

// Puts the content of `cut` in its place.
template<typename Family>
void flatten(cmark_node *cut, Family inFamily)
{
    for (cmark_node *node : contentOf(cut, inFamily)) {
        cmark_node_unlink(node);
        cmark_node_insert_before(cut, node);
    }
    cmark_node_free(cut);
}

// How deep a walk stands in one family of nodes, and the outermost nodes it
// found too deep.
struct Depth
{
    int depth = 0;
    cmark_node *openCut = nullptr;
    QList<cmark_node *> cuts;

    void enter(cmark_node *node, int maxDepth, bool cuttable)
    {
        if (++depth > maxDepth && !openCut && cuttable) {
            openCut = node;
            cuts.append(node);
        }
    }
    void exit(cmark_node *node)
    {
        --depth;
        if (node == openCut)
            openCut = nullptr;
    }
};

} // namespace

void limitNesting(cmark_node *root)
{
    // One walk finds both; real pages have nothing to cut.
    Depth blocks, inlines;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        Depth *depth = isBlockContainer(node) ? &blocks : isInlineContainer(node) ? &inlines : nullptr;
        if (!depth)
            continue;
        if (event == CMARK_EVENT_EXIT)
            depth->exit(node);
        else if (depth == &blocks) // a list item is never cut: its parent, a list, can hold nothing else
            blocks.enter(node, MaxContainerNesting, cmark_node_get_type(node) != CMARK_NODE_ITEM);
        else
            inlines.enter(node, MaxInlineNesting, true);
    }
    cmark_iter_free(iter);
    for (cmark_node *cut : std::as_const(blocks.cuts))
        flatten(cut, isBlockContainer);
    for (cmark_node *cut : std::as_const(inlines.cuts))
        flatten(cut, isInlineContainer);
}

} // namespace formulary::markdown
