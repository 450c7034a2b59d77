#include "import/pagejob.h"

#include "import/importmessages.h"
#include "parse/pageparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace formulary {

PageJobResult readPage(const PageJob &job)
{
    PageJobResult result;
    result.outcome.path = job.relativePath;
    auto skip = [&result](int line, const QString &why) {
        result.outcome.kind = FileOutcome::Kind::Skipped;
        result.outcome.messages.append({line, why});
        return result;
    };
    // A pipe or a device would block or never end: only regular files are read.
    const QFileInfo info(job.absolutePath);
    if (info.isSymLink() && !info.exists())
        return skip(0, ImportMessages::tr("a link to %1, which does not exist").arg(info.symLinkTarget()));
    if (!info.isFile())
        return skip(0, ImportMessages::tr("not a regular file"));
    QFile file(job.absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return skip(0, ImportMessages::tr("cannot read the file: %1").arg(file.errorString()));
    // Read no more than the limit allows, whatever size the file claims. A
    // buffer the size of the limit for every page would be mapped and unmapped
    // each time, which stalls the other threads: the file's size comes first,
    // then whatever it has grown by since.
    const qint64 claimedSize = file.size();
    QByteArray bytes = file.read(std::min<qint64>(claimedSize, PageParser::MaxFileSize) + 1);
    if (bytes.size() > claimedSize && bytes.size() <= PageParser::MaxFileSize)
        bytes += file.read(PageParser::MaxFileSize + 1 - bytes.size());
    if (bytes.size() > PageParser::MaxFileSize)
        return skip(0, ImportMessages::tr("file is larger than %1 MiB").arg(PageParser::MaxFileSize / (1024 * 1024)));
    result.bytes = bytes.size();
    result.hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    result.outcome.slug = job.slug;
    if (!job.previousHash.isEmpty() && job.previousHash == result.hash) {
        result.outcome.kind = FileOutcome::Kind::Unchanged;
        return result;
    }
    const ParseResult parsed = PageParser::parse(bytes, job.slug);
    if (parsed.skipped) {
        result.outcome.slug.clear();
        return skip(parsed.skipReason.line, parsed.skipReason.text);
    }
    result.record = MonographRecord::from(parsed.monograph);
    result.outcome.messages = parsed.monograph.warnings;
    result.outcome.kind = result.outcome.messages.isEmpty() ? FileOutcome::Kind::Imported
                                                            : FileOutcome::Kind::ImportedWithWarnings;
    return result;
}

} // namespace formulary
