#include "import/titlewarnings.h"

#include "import/importmessages.h"

#include <QHash>

namespace formulary {

void addSharedTitleWarnings(const QList<QList<DrugRecord>> &groups, QList<FileOutcome> &files)
{
    constexpr int kOthersNamed = 3;
    QHash<QString, int> index;
    for (int i = 0; i < files.size(); ++i)
        index.insert(files.at(i).path, i);
    for (const QList<DrugRecord> &group : groups) {
        for (const DrugRecord &page : group) {
            const auto it = index.constFind(page.sourcePath);
            if (it == index.constEnd())
                continue;
            QStringList others;
            const DrugRecord *other = nullptr;
            for (const DrugRecord &candidate : group) {
                if (&candidate == &page)
                    continue;
                other = &candidate;
                others.append(candidate.sourcePath);
                if (others.size() == kOthersNamed)
                    break;
            }
            FileOutcome &file = files[*it];
            if (group.size() == 2) {
                file.messages.append(
                    {0, ImportMessages::tr(
                            "same title \"%1\" as %2; both are kept (this one as \"%3\", the other as \"%4\")")
                            .arg(page.title, other->sourcePath, file.slug, other->slug)});
            } else {
                // One arg() for all: a title or a file name may hold "%1".
                const QString count = QString::number(group.size() - 1);
                const int more = int(group.size()) - 1 - int(others.size());
                const QString named = others.join(QStringLiteral(", "));
                file.messages.append(
                    {0,
                     more > 0
                         ? ImportMessages::tr(
                               "same title \"%1\" as %2 other pages (%3 and %4 more); all are kept, this one as \"%5\"")
                               .arg(page.title, count, named, QString::number(more), file.slug)
                         : ImportMessages::tr(
                               "same title \"%1\" as %2 other pages (%3); all are kept, this one as \"%4\"")
                               .arg(page.title, count, named, file.slug)});
            }
            if (file.kind == FileOutcome::Kind::Imported)
                file.kind = FileOutcome::Kind::ImportedWithWarnings;
        }
    }
}

} // namespace formulary
