#pragma once

#include "parse/monograph.h"

#include <QByteArray>
#include <QString>

namespace formulary {

struct ParseResult
{
    Monograph monograph;
    bool skipped = false;
    ParseMessage skipReason; // why the page was not imported, when skipped
};

// Turns the bytes of one Markdown drug page into a Monograph, through
// cmark-gfm's syntax tree. Never throws; bad input yields a skip reason or
// warnings with line numbers.
class PageParser
{
public:
    static constexpr qsizetype MaxFileSize = 2 * 1024 * 1024;

    static ParseResult parse(const QByteArray &bytes, const QString &slug);

    // A stable, URL-safe key from a page's path relative to the imported
    // folder: its file name without extension, lower case.
    static QString slugForPath(const QString &relativePath);
};

} // namespace formulary
