#include "nestinglimit.h"

#include <cmark-gfm.h>

#include <QList>

namespace formulary::markdown {
namespace {

bool isContainer(cmark_node *node)
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

// The outermost block quotes and lists that stand deeper than maxDepth.
// (List items are never cut: their parent, a list, holds nothing else.)
QList<cmark_node *> tooDeep(cmark_node *root, int maxDepth)
{
    QList<cmark_node *> cuts;
    cmark_node *openCut = nullptr;
    int depth = 0;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (!isContainer(node))
            continue;
        if (event == CMARK_EVENT_EXIT) {
            --depth;
            if (node == openCut)
                openCut = nullptr;
            continue;
        }
        ++depth;
        if (depth > maxDepth && !openCut && cmark_node_get_type(node) != CMARK_NODE_ITEM) {
            openCut = node;
            cuts.append(node);
        }
    }
    cmark_iter_free(iter);
    return cuts;
}

// The blocks that hold text within a container, in document order: every
// child of a container that is not itself a container.
QList<cmark_node *> leafBlocks(cmark_node *container)
{
    QList<cmark_node *> leaves;
    cmark_iter *iter = cmark_iter_new(container);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        cmark_node *parent = cmark_node_parent(node);
        if (event == CMARK_EVENT_ENTER && node != container && parent && isContainer(parent) && !isContainer(node))
            leaves.append(node);
    }
    cmark_iter_free(iter);
    return leaves;
}

} // namespace

void limitNesting(cmark_node *root, int maxDepth)
{
    for (cmark_node *cut : tooDeep(root, maxDepth)) {
        for (cmark_node *leaf : leafBlocks(cut)) {
            cmark_node_unlink(leaf);
            cmark_node_insert_before(cut, leaf);
        }
        cmark_node_free(cut);
    }
}

} // namespace formulary::markdown
