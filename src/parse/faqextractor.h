#pragma once

#include "parse/monograph.h"

#include <QList>

struct cmark_node;

namespace formulary {

// Question/answer pairs from the blocks of a FAQs section, in every shape the
// pages use: "* **Q: …?** A: …", "**Q:** …" lines, bold questions without
// "Q:", numbered items and question headings. `lineOffset` turns body lines
// into file lines.
QList<Faq> extractFaqs(const QList<cmark_node *> &blocks, int lineOffset, QList<ParseMessage> *warnings);

} // namespace formulary
