#pragma once

#include <QString>

namespace formulary::markdown {

// Markdown to HTML without raw HTML: raw HTML on a page is shown as text, so
// that nothing the page says disappears and nothing it embeds runs. A
// paragraph of bold text alone is wrapped in <div class="label">. A word of
// over 200 characters gets an invisible break (U+200B) every 200, paragraphs
// over 64 KiB are cut into several, tables past 2,000 cells in all are shown
// as the lines they are written with, and lists of over 256 items are cut
// into shorter ones (numbered ones shown as numbered paragraphs): Qt needs
// these to lay the text out in reasonable time.
QString toHtml(const QString &markdown);

// Markdown to plain text, for the terminal; raw HTML is kept as text.
QString toPlainText(const QString &markdown);

} // namespace formulary::markdown
