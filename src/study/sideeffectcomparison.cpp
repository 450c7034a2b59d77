#include "study/sideeffectcomparison.h"

#include "store/contentdatabase.h"

#include <QSet>

#include <algorithm>

namespace formulary {
namespace {

// The row's group and, within it, where it sorts: by group, then (for a
// drug's own terms) by that drug, then by how many drugs list it, then by name.
struct SortKey
{
    int group = 0;
    int ownerDrug = 0;
    int listedBy = 0;
};

SortKey sortKeyOf(const SideEffectComparison::Row &row)
{
    SortKey key;
    key.group = int(row.group);
    key.listedBy = row.listedBy();
    if (row.group == SideEffectComparison::Group::Own) {
        const auto owner = std::find_if(row.listings.cbegin(), row.listings.cend(),
                                        [](const SideEffectComparison::Listing &listing) { return listing.listed(); });
        key.ownerDrug = int(owner - row.listings.cbegin());
    }
    return key;
}

bool comesBefore(const SideEffectComparison::Row &a, const SideEffectComparison::Row &b)
{
    const SortKey ka = sortKeyOf(a), kb = sortKeyOf(b);
    if (ka.group != kb.group)
        return ka.group < kb.group;
    if (ka.ownerDrug != kb.ownerDrug)
        return ka.ownerDrug < kb.ownerDrug;
    if (ka.listedBy != kb.listedBy)
        return ka.listedBy > kb.listedBy;
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.term < b.term;
}

// The name most written for a term among the drugs' items; the first seen on a tie.
QString mostWrittenName(const QList<QString> &names)
{
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const QString &name : names) {
        const int count = ++counts[name];
        if (count > bestCount) {
            best = name;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

int SideEffectComparison::Row::listedBy() const
{
    return int(
        std::count_if(listings.cbegin(), listings.cend(), [](const Listing &listing) { return listing.listed(); }));
}

SideEffectComparison SideEffectComparison::compare(const QList<Drug> &drugs, const QHash<QString, QString> &folds,
                                                   const QHash<QString, QString> &names)
{
    SideEffectComparison comparison;
    comparison.m_drugs = drugs;
    QHash<QString, int> rowOf;
    QHash<QString, QStringList> writtenNames;
    for (int drug = 0; drug < drugs.size(); ++drug) {
        for (const SideEffect &effect : drugs.at(drug).sideEffects) {
            const SideEffectTerm &term = effect.normalised;
            if (term.isNote || term.term.isEmpty())
                continue;
            const QString key = folds.value(term.term, term.term);
            auto found = rowOf.constFind(key);
            if (found == rowOf.constEnd()) {
                Row row;
                row.term = key;
                row.listings.resize(drugs.size());
                found = rowOf.insert(key, int(comparison.m_rows.size()));
                comparison.m_rows.append(row);
            }
            Listing &listing = comparison.m_rows[*found].listings[drug];
            if (!listing.frequencies.contains(term.frequency))
                listing.frequencies.append(term.frequency);
            if (!listing.texts.contains(effect.text))
                listing.texts.append(effect.text);
            writtenNames[key].append(term.name.isEmpty() ? effect.text : term.name);
        }
    }

    for (Row &row : comparison.m_rows) {
        for (Listing &listing : row.listings) {
            // A class a label named says more than an item listed under no class.
            if (listing.frequencies.size() > 1)
                listing.frequencies.removeAll(SideEffectFrequency::Unspecified);
            std::sort(listing.frequencies.begin(), listing.frequencies.end());
        }
        const int listedBy = row.listedBy();
        row.group = listedBy == drugs.size() ? Group::Shared : listedBy > 1 ? Group::Several : Group::Own;
        row.name = names.value(row.term);
        if (row.name.isEmpty())
            row.name = mostWrittenName(writtenNames.value(row.term));
    }
    std::stable_sort(comparison.m_rows.begin(), comparison.m_rows.end(), comesBefore);
    return comparison;
}

SideEffectComparison SideEffectComparison::load(const ContentDatabase &database, const QStringList &slugs)
{
    const ContentDatabase::ReadTransaction snapshot(database);
    QList<Drug> drugs;
    QSet<QString> seen;
    for (const QString &slug : slugs) {
        if (seen.contains(slug))
            continue;
        seen.insert(slug);
        const std::optional<DrugRecord> record = database.drugBySlug(slug);
        if (record)
            drugs.append({record->title, record->slug, database.sideEffects(record->id)});
    }
    QHash<QString, QString> folds;
    for (const SideEffectSynonymRecord &synonym : database.sideEffectSynonyms())
        folds.insert(synonym.variant, synonym.term);

    // The index's names, for the terms these drugs list only.
    QSet<QString> terms;
    for (const Drug &drug : std::as_const(drugs)) {
        for (const SideEffect &effect : drug.sideEffects)
            terms.insert(folds.value(effect.normalised.term, effect.normalised.term));
    }
    QHash<QString, QString> names;
    for (const SideEffectTermRecord &term : database.sideEffectTerms()) {
        if (terms.contains(term.key))
            names.insert(term.key, term.name);
    }
    return compare(drugs, folds, names);
}

} // namespace formulary
