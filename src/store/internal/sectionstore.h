#pragma once

#include "parse/monograph.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace formulary::sectionstore {

// A drug's sections keep their Markdown in one compressed blob
// (drug_text.body); each section row holds its byte range in the unpacked
// text. Compressed, the text takes under half its size, which keeps the
// database within 1.3x the pages it was built from. zstd's fastest level:
// at 100k pages, zlib's fastest took ~6 s of the parsing threads' CPU, zstd
// a quarter of that, for slightly smaller blobs. Blobs written with zlib
// (qCompress) by earlier versions are still read.
// FAQ answers are packed after the sections: they repeat text of the FAQs
// section, which the compressor then stores almost for free.
struct Packed
{
    using Range = QPair<int, int>; // offset and length in the unpacked UTF-8
    QByteArray blob;
    QList<Range> sectionRanges; // one per section
    QList<Range> answerRanges;  // one per FAQ, in page order
};

Packed pack(const QList<Section> &sections);
QByteArray unpack(const QByteArray &blob);

// The sections of a stored drug, in page order, with their Markdown.
QList<Section> read(sqlite3 *db, qint64 drugId);

// A stored FAQ and where it stands on its page.
struct StoredFaq
{
    Faq faq;
    int sectionPosition = 0;
};

// The FAQs of a stored drug, in page order.
QList<StoredFaq> readFaqs(sqlite3 *db, qint64 drugId);

} // namespace formulary::sectionstore
