#include "app/comparisonloader.h"

#include "store/contentdatabase.h"
#include "study/sideeffectcomparison.h"

namespace formulary {

DrugComparison loadDrugComparison(const ContentDatabase &database, const QStringList &slugs)
{
    const ContentDatabase::ReadTransaction snapshot(database);
    const SideEffectComparison sideEffects = SideEffectComparison::load(database, slugs);
    DrugComparison comparison;
    for (const SideEffectComparison::Drug &drug : sideEffects.drugs()) {
        const std::optional<DrugRecord> record = database.drugBySlug(drug.slug);
        if (record)
            comparison.pages.append({*record, database.sections(record->id)});
    }
    // The study library's rows, as the renderer takes them: it knows nothing of study.
    for (const SideEffectComparison::Row &row : sideEffects.rows()) {
        DrugComparison::SideEffectRow shown;
        shown.name = row.name;
        for (const SideEffectComparison::Listing &listing : row.listings)
            shown.cells.append({listing.frequencies, listing.texts});
        comparison.sideEffects.append(shown);
    }
    return comparison;
}

} // namespace formulary
