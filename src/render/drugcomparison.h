#pragma once

#include "parse/monograph.h"
#include "parse/sideeffectterm.h"
#include "store/contentdatabase.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace formulary {

// A few drugs side by side, as the Compare window shows and prints them.
struct DrugComparison
{
    struct Page
    {
        DrugRecord drug;
        QList<Section> sections; // in page order, disclaimers included
    };

    // A side effect's line in the table: what each drug's page says of it.
    struct SideEffectRow
    {
        struct Cell
        {
            QList<SideEffectFrequency> frequencies; // in class order
            QStringList texts;                      // as written; empty when the page does not list it
            bool listed() const { return !texts.isEmpty(); }
        };
        QString name;
        QList<Cell> cells; // one per page, in the pages' order
    };

    QList<Page> pages;
    // Those every drug lists first, then those several list, then each
    // drug's own (as SideEffectComparison orders them).
    QList<SideEffectRow> sideEffects;

    QStringList titles() const;
};

namespace drugcomparison {

// Qt lays out a table's cells in time that grows quickly with their number:
// past these, sections of other kinds share one row, and the side-effect
// table says how many lines it left out.
constexpr int MaxOtherRows = 30;
constexpr int MaxSideEffectRows = 400;

// The comparison as HTML: a header naming the drugs; a row per kind of
// section (Generic Name, Usage, Dosage, Side Effects, How it Works,
// Precautions, FAQs, then the others by heading) with a column per drug,
// each section's Markdown as the page view shows it; the side-effect table;
// then each drug's disclaimer and source. Page text is escaped, nothing
// external is named, and colours are left to the style sheet's classes.
QString toHtml(const DrugComparison &comparison);

// What the table says of a drug's listing: "common", "less common, serious",
// "listed" (under no class), or "—" when the page does not list it.
QString frequencyText(const DrugComparison::SideEffectRow::Cell &cell);

} // namespace drugcomparison
} // namespace formulary
