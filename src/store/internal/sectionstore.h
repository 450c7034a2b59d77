#pragma once

#include "parse/monograph.h"
#include "store/contentdatabase.h"

#include <QByteArray>
#include <QList>

namespace formulary {
class SqliteStatement;
}

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

// A drug's sections and FAQs are read with three statements, prepared once
// by the caller and kept: a search reads them for every result it shows.
inline constexpr const char *SelectText = "SELECT body FROM drug_text WHERE drug_id = ?";
inline constexpr const char *SelectSections =
    "SELECT kind, heading, ingredient, line, text_offset, text_length FROM section WHERE drug_id = ? ORDER BY position";
inline constexpr const char *SelectFaqs = "SELECT section_position, line, question, answer_offset, answer_length FROM "
                                          "faq WHERE drug_id = ? ORDER BY position";

// The sections of a stored drug, in page order, with their Markdown.
QList<Section> read(SqliteStatement &selectText, SqliteStatement &selectSections, qint64 drugId);
// The FAQs of a stored drug, in page order.
QList<StoredFaq> readFaqs(SqliteStatement &selectText, SqliteStatement &selectFaqs, qint64 drugId);

} // namespace formulary::sectionstore
