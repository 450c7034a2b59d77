#pragma once

#include <QString>

#include <functional>

struct cmark_node;

namespace formulary::markdown {

// markdown::toHtml with `edit` called on the document's tree just before it
// is rendered, for what the render library adds within a page's text (the
// FAQs' bookmark stars).
QString toHtmlEdited(const QString &markdown, const std::function<void(cmark_node *root)> &edit);

} // namespace formulary::markdown
