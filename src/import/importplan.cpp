#include "import/importplan.h"

#include "parse/pageparser.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace formulary {

QStringList assignSlugs(const QStringList &pages, const QHash<QString, QString> &kept, const QSet<QString> &reserved)
{
    QStringList fromNames;
    fromNames.reserve(pages.size());
    QHash<QString, int> uses;
    for (const QString &page : pages)
        ++uses[fromNames.emplace_back(PageParser::slugForPath(page))];
    QStringList slugs;
    slugs.reserve(pages.size());
    QSet<QString> taken = reserved;
    taken.reserve(pages.size() + reserved.size());
    for (const QString &page : pages) {
        if (const auto it = kept.constFind(page); it != kept.constEnd())
            taken.insert(*it);
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        if (const auto it = kept.constFind(page); it != kept.constEnd()) {
            slugs.append(*it);
            continue;
        }
        QString slug = fromNames.at(i);
        if (uses.value(slug) > 1) {
            const QString folder = QFileInfo(page).path();
            if (folder != QLatin1String("."))
                slug = PageParser::slugForPath(QString(folder).replace(QLatin1Char('/'), QLatin1Char('-')))
                       + QLatin1Char('-') + slug;
        }
        const QString base = slug;
        for (int n = 2; taken.contains(slug); ++n)
            slug = base + QLatin1Char('-') + QString::number(n);
        taken.insert(slug);
        slugs.append(slug);
    }
    return slugs;
}

ImportPlan ImportPlan::make(const QString &sourceDir, const Stored &stored)
{
    ImportPlan plan;
    plan.listing = PageListing::of(sourceDir);
    QHash<QString, QString> storedSlugs;
    for (const StoredPage &page : stored.pages) {
        storedSlugs.insert(page.sourcePath, page.slug);
        if (stored.buildOn)
            plan.stored.insert(page.sourcePath, page);
    }
    // Stored pages in folders that cannot be read now are kept as they were,
    // slugs included: a new page given one would replace them.
    QSet<QString> keptSlugs = stored.reserved;
    for (auto it = plan.stored.cbegin(); it != plan.stored.cend(); ++it) {
        for (const QString &folder : std::as_const(plan.listing.closedFolders)) {
            if (isInFolder(it.key(), folder)) {
                plan.closedFolderOf.insert(it.key(), folder);
                keptSlugs.insert(it->slug);
                break;
            }
        }
    }
    const QStringList &pages = plan.listing.pages;
    const QStringList slugs = assignSlugs(pages, storedSlugs, keptSlugs);
    plan.jobs.reserve(pages.size());
    const QDir dir(sourceDir);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        const StoredPage previous = plan.stored.value(page);
        const bool reusable = stored.reuseUnchanged && previous.slug == slugs.at(i);
        plan.jobs.append({dir.filePath(page), page, slugs.at(i), reusable ? previous.contentHash : QByteArray()});
    }
    return plan;
}

QStringList ImportPlan::removedPages() const
{
    const QSet<QString> present(listing.pages.cbegin(), listing.pages.cend());
    QStringList removed;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!present.contains(it.key()) && !closedFolderOf.contains(it.key()))
            removed.append(it.key());
    }
    return removed;
}

int ImportPlan::expectedDrugs(const QList<FileOutcome> &outcomes) const
{
    const auto stored = std::count_if(outcomes.cbegin(), outcomes.cend(),
                                      [](const FileOutcome &outcome) { return !outcome.slug.isEmpty(); });
    return int(stored + closedFolderOf.size());
}

bool ImportPlan::keepsStoredVersion(const PageJob &job) const
{
    const auto it = stored.constFind(job.relativePath);
    return it != stored.constEnd() && it->slug == job.slug;
}

} // namespace formulary
