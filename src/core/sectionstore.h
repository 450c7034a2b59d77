#pragma once

#include "monograph.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace formulary::sectionstore {

// A drug's sections keep their Markdown in one zlib-compressed blob
// (drug_text.body); each section row holds its byte range in the unpacked
// text. Compressed, the text takes about half its size, which keeps the
// database within 1.3x the pages it was built from; zlib's fastest level,
// because compression is the largest cost of parsing a page.
struct Packed
{
    QByteArray blob;
    QList<QPair<int, int>> ranges; // offset, length of each section's UTF-8 Markdown
};

Packed pack(const QList<Section> &sections);
QByteArray unpack(const QByteArray &blob);

// The sections of a stored drug, in page order, with their Markdown.
QList<Section> read(sqlite3 *db, qint64 drugId);

} // namespace formulary::sectionstore
