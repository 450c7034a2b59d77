#include "monographpage.h"

#include "sectionkind.h"

namespace formulary {

QString sectionDisplayTitle(const Section &section)
{
    const QString heading = section.heading.isEmpty() ? sectionKindDisplayTitle(section.kind) : section.heading;
    // "Cefixime Usage" already says whose it is.
    if (section.ingredient.isEmpty() || heading.startsWith(section.ingredient, Qt::CaseInsensitive))
        return heading;
    return QStringLiteral("%1 — %2").arg(section.ingredient, heading);
}

MonographPage MonographPage::from(const DrugRecord &drug, const QList<Section> &sections)
{
    MonographPage page;
    page.drug = drug;
    for (int position = 0; position < sections.size(); ++position) {
        const Section &section = sections.at(position);
        if (section.kind == SectionKind::Disclaimer) {
            page.disclaimers.append(section);
            continue;
        }
        // The header already shows a one-line generic name; a tab holding
        // only that line would be an empty stop on the way to Usage.
        if (section.kind == SectionKind::GenericName && section.ingredient.isEmpty()
            && section.markdown.trimmed() == drug.genericName.trimmed())
            continue;
        page.tabs.append({position, section.kind, sectionDisplayTitle(section), section.markdown});
    }
    return page;
}

std::optional<MonographPage> MonographPage::load(const ContentDatabase &database, const QString &slug)
{
    const std::optional<DrugRecord> drug = database.drugBySlug(slug);
    if (!drug)
        return std::nullopt;
    return from(*drug, database.sections(drug->id));
}

int MonographPage::tabForPosition(int position) const
{
    for (int i = 0; i < tabs.size(); ++i) {
        if (tabs.at(i).position == position)
            return i;
    }
    return -1;
}

int MonographPage::tabForKind(SectionKind kind) const
{
    for (int i = 0; i < tabs.size(); ++i) {
        if (tabs.at(i).kind == kind)
            return i;
    }
    return -1;
}

} // namespace formulary
