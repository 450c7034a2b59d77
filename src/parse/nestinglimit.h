#pragma once

struct cmark_node;

namespace formulary::markdown {

// Block quotes and lists nested deeper than this are shown flattened.
constexpr int MaxContainerNesting = 24;
// Emphasis, links and other inline spans nested deeper than this likewise.
constexpr int MaxInlineNesting = 16;

// Lifts the blocks inside any block quote or list that stands more than
// MaxContainerNesting containers (block quotes, lists, list items) deep up
// to the place of that container, in their order, and removes the emptied
// containers; likewise the text inside inline spans (emphasis, links, …)
// nested more than MaxInlineNesting deep. Every word is kept; only the
// deeper indentation and styling go. cmark's plain-text renderer and Qt's
// rich-text layout take time that grows with the square of the nesting, and
// walking a tree by recursion runs out of stack, so a hostile page of a
// million `*` would otherwise stall the window or bring the program down.
void limitNesting(cmark_node *root);

} // namespace formulary::markdown
