#pragma once

#include "parse/monograph.h"
#include "search/snippet.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace formulary {

// The groups of a result list, in the order they are shown.
enum class MatchKind {
    Exact,      // the name, case and diacritics ignored
    Prefix,     // a word of the name starts with the query ("clav" in "Amoxicillin + Clavulanic Acid")
    Ingredient, // one ingredient of a combination ("paracetamol" in "Aceclofenac + Paracetamol")
    Suggestion, // a name a small edit away: "did you mean", never a match
    FullText,   // the text of a section
};

QString matchKindName(MatchKind kind); // "exact", "prefix", "ingredient", "suggestion", "fulltext"

struct SearchResult
{
    qint64 drugId = 0;
    QString name;
    QString slug;
    QString sourcePath; // the page's file, relative to its folder (after the folder's name when the
                        // library has several): tells same-named drugs apart
    MatchKind match = MatchKind::Exact;
    // Full-text results: where the words were found. No section when only
    // the name matched.
    std::optional<SectionKind> sectionKind;
    QString sectionHeading; // as written, with its ingredient on pages that repeat sections
    Snippet snippet;
};

// One finished query as delivered to a view: the first results and how many
// there are in all.
struct SearchPage
{
    QString text;
    int total = 0;
    QList<SearchResult> results;
    QString error;          // the query failed: the database could not be read
    QString sideEffectTerm; // the query names this side effect: the Side Effects browser lists its drugs
};

} // namespace formulary

Q_DECLARE_METATYPE(formulary::SearchResult)
Q_DECLARE_METATYPE(formulary::SearchPage)
