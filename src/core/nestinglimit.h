#pragma once

struct cmark_node;

namespace formulary::markdown {

// Block quotes and lists nested deeper than this are shown flattened.
constexpr int MaxContainerNesting = 24;

// Lifts the blocks inside any block quote or list that stands more than
// `maxDepth` containers (block quotes, lists, list items) deep up to the
// place of that container, in their order, and removes the emptied
// containers. Every paragraph, heading, code block and table is kept; only
// the deeper indentation goes. Qt's rich-text layout takes time that grows
// with the square of the nesting, so a hostile page of ten thousand `>`
// would otherwise stall the window for minutes.
void limitNesting(cmark_node *root, int maxDepth = MaxContainerNesting);

} // namespace formulary::markdown
