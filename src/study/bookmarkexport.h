#pragma once

#include "parse/monograph.h"
#include "store/bookmarkstore.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace formulary::bookmarkexport {

enum class Format {
    Markdown, // to read and print
    Csv,      // to keep, share, and import again
    AnkiTsv,  // to import into Anki as Basic cards
};

// "markdown"/"md", "csv", "anki"/"tsv"; case ignored.
std::optional<Format> formatFromName(const QString &name);
QString suggestedSuffix(Format format);

QByteArray write(const QList<Bookmark> &bookmarks, Format format);

struct CsvContents
{
    QList<Bookmark> bookmarks;
    QList<ParseMessage> errors; // with the line of each bad record
};

// Reads what write(…, Csv) wrote: RFC 4180 fields, a header naming the columns.
CsvContents readCsv(const QByteArray &csv);

} // namespace formulary::bookmarkexport
