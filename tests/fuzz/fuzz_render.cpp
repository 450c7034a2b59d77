// libFuzzer target: Markdown to the HTML the window shows (with the FAQs'
// bookmark stars) and to the plain text `formulary show` prints.
#include "render/faqmarkup.h"
#include "render/markdownhtml.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)formulary::markdown::toHtml(markdown);
    (void)formulary::markdown::toPlainText(markdown);
    (void)formulary::faqmarkup::toHtml(markdown, [](const formulary::Faq &faq) { return faq.question.size() % 2; });
    return 0;
}
