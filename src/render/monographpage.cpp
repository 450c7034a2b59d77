#include "render/monographpage.h"

#include "parse/sectionkind.h"

#include <QCoreApplication>

namespace formulary {

QString sectionDisplayTitle(const Section &section)
{
    QString heading = section.heading.isEmpty() ? sectionKindDisplayTitle(section.kind) : section.heading;
    // "Cefixime Usage" already says whose it is.
    if (section.ingredient.isEmpty() || heading.startsWith(section.ingredient, Qt::CaseInsensitive))
        return heading;
    return QStringLiteral("%1 — %2").arg(section.ingredient, heading);
}

namespace {

// Text that Markdown shows as written: every ASCII punctuation mark escaped.
QString escapedForMarkdown(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c.unicode() < 128 && c.isPunct())
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

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
        const QString title = sectionDisplayTitle(section);
        page.tabs.append({position,
                          section.kind,
                          title,
                          section.markdown,
                          position,
                          {{section.kind, title}},
                          section.sideEffects,
                          section.ingredient});
    }
    if (page.tabs.size() > MaxTabs) {
        const QList<Tab> rest = page.tabs.mid(MaxTabs - 1);
        page.tabs.resize(MaxTabs - 1);
        Tab more{rest.constFirst().position,
                 SectionKind::Other,
                 QCoreApplication::translate("MonographPage", "%1 More Sections").arg(rest.size()),
                 QString(),
                 rest.constLast().position,
                 {},
                 {},
                 {}};
        for (const Tab &tab : rest) {
            more.markdown += QStringLiteral("#### ") + escapedForMarkdown(tab.title) + QStringLiteral("\n\n")
                             + tab.markdown + QStringLiteral("\n\n");
            more.sections += tab.sections;
            more.sideEffects += tab.sideEffects;
        }
        page.tabs.append(more);
    }
    return page;
}

std::optional<MonographPage> MonographPage::load(const ContentDatabase &database, const QString &slug)
{
    const std::optional<DrugRecord> drug = database.drugBySlug(slug);
    if (!drug)
        return std::nullopt;
    QList<Section> sections = database.sections(drug->id);
    // Each side effect to the section its line is in: both come in page
    // order, sections each from its own line.
    qsizetype section = 0;
    for (const SideEffect &effect : database.sideEffects(drug->id)) {
        while (section + 1 < sections.size() && sections.at(section + 1).line <= effect.line)
            ++section;
        if (section < sections.size())
            sections[section].sideEffects.append(effect);
    }
    return from(*drug, sections);
}

int MonographPage::tabForPosition(int position) const
{
    for (int i = 0; i < tabs.size(); ++i) {
        if (tabs.at(i).position <= position && position <= tabs.at(i).lastPosition)
            return i;
    }
    return -1;
}

int MonographPage::tabForSection(SectionKind kind, const QString &title) const
{
    for (int i = 0; i < tabs.size(); ++i) {
        if (tabs.at(i).sections.contains(qMakePair(kind, title)))
            return i;
    }
    return tabForKind(kind);
}

int MonographPage::tabForKind(SectionKind kind, const QString &ingredient) const
{
    int first = -1;
    for (int i = 0; i < tabs.size(); ++i) {
        if (tabs.at(i).kind != kind)
            continue;
        if (tabs.at(i).ingredient == ingredient)
            return i;
        if (first < 0)
            first = i;
    }
    return first;
}

} // namespace formulary
