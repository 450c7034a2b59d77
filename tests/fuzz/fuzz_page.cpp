// libFuzzer target: a page's bytes through the parser and into the rows an
// import stores. Any crash, sanitizer report or hang is a defect.
#include "parse/pageparser.h"
#include "store/monographrecord.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const formulary::ParseResult result = formulary::PageParser::parse(bytes, QStringLiteral("fuzz"));
    if (!result.skipped)
        (void)formulary::MonographRecord::from(result.monograph);
    return 0;
}
