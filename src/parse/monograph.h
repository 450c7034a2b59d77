#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include "parse/sideeffectterm.h"

namespace formulary {

// The kinds a section can have. The seven standard kinds come from the page
// format; Preamble holds text before the first section, Disclaimer the closing
// notice, and Other any section under a heading the parser does not know.
enum class SectionKind {
    Preamble,
    GenericName,
    Usage,
    Dosage,
    SideEffects,
    HowItWorks,
    Precautions,
    Faqs,
    Disclaimer,
    Other,
};

struct Faq
{
    QString question; // plain text, without "Q:" and markup
    QString answer;   // plain text, without "A:"
    int line = 0;     // 1-based line of the question in the file
};

struct SideEffect
{
    QString text;  // plain text as listed
    QString group; // the label it was listed under, "" when none
    int line = 0;  // 1-based line of the item in the file
    SideEffectTerm normalised; // its term, frequency, body system…, for the index
};

struct Section
{
    SectionKind kind = SectionKind::Other;
    QString heading;    // as written on the page (without '#', '**' or trailing colon)
    QString ingredient; // for pages that repeat sections per ingredient, else ""
    QString markdown;   // the section's own Markdown, exactly as on the page
    int line = 0;       // 1-based line where the section starts
    QList<Faq> faqs;
    QList<SideEffect> sideEffects;
};

struct ParseMessage
{
    int line = 0; // 0 when the message concerns the whole file
    QString text;

    // "path:line", or the path alone for a message about the whole file.
    QString location(const QString &path) const;
};

struct Monograph
{
    QString slug;
    QString title;
    QList<QPair<QString, QString>> frontMatter; // in file order
    QList<Section> sections;                    // in page order
    QList<ParseMessage> warnings;

    QString genericName() const;
    QList<Faq> faqs() const;
    QList<SideEffect> sideEffects() const;
};

} // namespace formulary
