#pragma once

#include "parse/monograph.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace formulary::faqmarkup {

// A FAQs section as the FAQs tab shows it: the section's HTML, as
// markdown::toHtml makes it, with a bookmark toggle (a star link) before each
// question, and the questions in the order of their stars.
struct Rendered
{
    QString html;
    QList<Faq> faqs;
};

// `isBookmarked` tells which stars are filled.
Rendered toHtml(const QString &markdown, const std::function<bool(const Faq &faq)> &isBookmarked);

// The question/answer pairs of a FAQs section's Markdown, as the importer
// reads them (lines are relative to the section).
QList<Faq> faqs(const QString &markdown);

// The index into Rendered::faqs of the star at `url`, if it is one.
std::optional<int> starIndex(const QUrl &url);

} // namespace formulary::faqmarkup
