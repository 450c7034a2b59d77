#pragma once

#include "parse/monograph.h"
#include "store/contentdatabase.h"

#include <QList>
#include <QString>

#include <optional>

namespace formulary {

// A stored drug as the browser shows it: a header, one tab per section in
// page order, and the closing disclaimer kept apart so that it stays in view.
struct MonographPage
{
    struct Tab
    {
        int position = 0; // the section's index in page order, stable across views
        SectionKind kind = SectionKind::Other;
        QString title; // the heading as written, after its ingredient when there is one
        QString markdown;
        int lastPosition = 0; // the last section shown in the tab: past MaxTabs, one tab shows the rest
        QList<QPair<SectionKind, QString>> sections; // kind and title of each section shown
        QList<SideEffect> sideEffects;               // listed in the sections shown, with their terms
        QString ingredient; // whose section it is, on pages that repeat sections per ingredient
    };

    // Qt's tab bar takes time with the square of its tabs (5,000: 20 s); a
    // hostile page of thousands of headings shows the sections past this
    // many in its last tab, each under its heading.
    static constexpr int MaxTabs = 60;

    DrugRecord drug;
    QList<Tab> tabs;
    QList<Section> disclaimers; // usually one; pages per ingredient may repeat it

    static std::optional<MonographPage> load(const ContentDatabase &database, const QString &slug);
    static MonographPage from(const DrugRecord &drug, const QList<Section> &sections);

    // The tab showing the section at `position`, else the first tab of
    // `kind`; -1 when there is neither.
    int tabForPosition(int position) const;
    // The first tab of `kind`, that of `ingredient` first on a page with
    // sections per ingredient; -1 when there is none.
    int tabForKind(SectionKind kind, const QString &ingredient = QString()) const;
    // The tab showing a section of this kind and title, else the first tab
    // of `kind`; -1 when there is neither.
    int tabForSection(SectionKind kind, const QString &title) const;
};

// A section's title as a tab or a printed heading shows it.
QString sectionDisplayTitle(const Section &section);

} // namespace formulary
