#include "store/internal/sectionstore.h"

#include "parse/sectionkind.h"
#include "store/internal/sqlitestatement.h"

#include <memory>
#include <zstd.h>

namespace formulary::sectionstore {

namespace {

Packed::Range append(QByteArray &text, const QString &part)
{
    const QByteArray utf8 = part.toUtf8();
    const Packed::Range range(int(text.size()), int(utf8.size()));
    text += utf8;
    return range;
}

// zstd frames begin with these bytes. Databases written before zstd hold
// qCompress blobs, which begin with the text's length as four big-endian
// bytes: below the page size limit, their first byte is 0.
constexpr char kZstdMagic[] = "\x28\xb5\x2f\xfd";
// A damaged blob may claim any size; a page's text is far below this.
constexpr quint64 kMaxUnpackedSize = 64 * 1024 * 1024;

QByteArray compressed(const QByteArray &text)
{
    // One context per parsing thread: creating one per page would cost
    // more than compressing the page.
    struct ContextDeleter
    {
        void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
    };
    static thread_local const std::unique_ptr<ZSTD_CCtx, ContextDeleter> context(ZSTD_createCCtx());
    QByteArray blob(qsizetype(ZSTD_compressBound(size_t(text.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compressCCtx(context.get(), blob.data(), size_t(blob.size()), text.constData(),
                                          size_t(text.size()), 1);
    if (ZSTD_isError(size))
        return qCompress(text, 1); // out of memory: still readable
    blob.truncate(qsizetype(size));
    return blob;
}

QByteArray unpackedText(SqliteStatement &selectText, qint64 drugId)
{
    selectText.bind(1, drugId);
    QByteArray text = selectText.step() ? unpack(selectText.columnBlob(0)) : QByteArray();
    selectText.reset();
    return text;
}

QString slice(const QByteArray &text, qint64 offset, qint64 length)
{
    return QString::fromUtf8(text.mid(offset, length));
}

} // namespace

Packed pack(const QList<Section> &sections)
{
    Packed packed;
    QByteArray text;
    for (const Section &section : sections)
        packed.sectionRanges.append(append(text, section.markdown));
    for (const Section &section : sections) {
        for (const Faq &faq : section.faqs)
            packed.answerRanges.append(append(text, faq.answer));
    }
    packed.blob = compressed(text);
    return packed;
}

QByteArray unpack(const QByteArray &blob)
{
    if (!blob.startsWith(QByteArrayView(kZstdMagic, 4)))
        return blob.isEmpty() ? QByteArray() : qUncompress(blob);
    const unsigned long long size = ZSTD_getFrameContentSize(blob.constData(), size_t(blob.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxUnpackedSize)
        return {};
    QByteArray text(qsizetype(size), Qt::Uninitialized);
    if (ZSTD_isError(ZSTD_decompress(text.data(), size_t(text.size()), blob.constData(), size_t(blob.size()))))
        return {};
    return text;
}

QList<Section> read(SqliteStatement &selectText, SqliteStatement &selectSections, qint64 drugId)
{
    const QByteArray text = unpackedText(selectText, drugId);
    SqliteStatement &rows = selectSections;
    rows.bind(1, drugId);
    QList<Section> sections;
    while (rows.step()) {
        Section section;
        section.kind = sectionKindFromName(rows.columnText(0)).value_or(SectionKind::Other);
        section.heading = rows.columnText(1);
        section.ingredient = rows.columnText(2);
        section.line = int(rows.columnInt64(3));
        section.markdown = slice(text, rows.columnInt64(4), rows.columnInt64(5));
        sections.append(section);
    }
    rows.reset();
    return sections;
}

QList<StoredFaq> readFaqs(SqliteStatement &selectText, SqliteStatement &selectFaqs, qint64 drugId)
{
    const QByteArray text = unpackedText(selectText, drugId);
    SqliteStatement &rows = selectFaqs;
    rows.bind(1, drugId);
    QList<StoredFaq> faqs;
    while (rows.step()) {
        StoredFaq stored;
        stored.sectionPosition = int(rows.columnInt64(0));
        stored.faq.line = int(rows.columnInt64(1));
        stored.faq.question = rows.columnText(2);
        stored.faq.answer = slice(text, rows.columnInt64(3), rows.columnInt64(4));
        faqs.append(stored);
    }
    rows.reset();
    return faqs;
}

} // namespace formulary::sectionstore
